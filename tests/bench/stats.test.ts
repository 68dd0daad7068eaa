import assert from 'node:assert/strict';
import { describe, it } from 'mocha';

import type { Interval } from '../../bench/stats.js';
import { bootstrapMedian, doublingRatios, median, medianOfRatios, pairwiseRatios, quantile, withinBudget } from '../../bench/stats.js';

describe('bench/stats', () => {
  it('takes the median of odd and even samples without reordering them', () => {
    const values = [5, 1, 3];
    assert.equal(median(values), 3);
    assert.deepEqual(values, [5, 1, 3]);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it('interpolates quantiles between order statistics', () => {
    assert.equal(quantile([0, 10], 0.25), 2.5);
    assert.equal(quantile([3, 1, 2], 1), 3);
  });

  it('pairs ratios round by round, variant over baseline', () => {
    assert.deepEqual(pairwiseRatios([[100, 110], [200, 180]]), [1.1, 0.9]);
  });

  it('reports the median of pairwise ratios, not the ratio of medians', () => {
    // Medians of each side: 100 and 150 (ratio 1.5); the pairwise ratios are 1.1, 1.1, 2, so 1.1.
    const interval = medianOfRatios([[100, 110], [50, 55], [300, 600]]);
    assert.equal(interval.median, 1.1);
    assert.equal(interval.n, 3);
  });

  it('gives the same bootstrap interval for the same seed, around the median', () => {
    const ratios = [1.02, 1.05, 0.99, 1.04, 1.03, 1.01, 1.06, 1.0];
    const a = bootstrapMedian(ratios, 42);
    const b = bootstrapMedian(ratios, 42);
    assert.deepEqual(a, b);
    assert.ok(a.low <= a.median && a.median <= a.high, JSON.stringify(a));
    assert.ok(a.low >= 0.99 && a.high <= 1.06, JSON.stringify(a));
    const c = bootstrapMedian(ratios, 7);
    assert.ok(c.low >= 0.99 && c.high <= 1.06);
  });

  it('collapses the interval when every ratio is the same, and widens it with spread', () => {
    const flat = bootstrapMedian([1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]);
    assert.deepEqual([flat.low, flat.median, flat.high], [1.5, 1.5, 1.5]);
    const spread = bootstrapMedian([1, 1.2, 1.4, 1.6, 1.8, 2, 2.2]);
    assert.ok(spread.high - spread.low > 0.3, JSON.stringify(spread));
  });

  it('computes one ratio per doubling from the same repetition', () => {
    // Size n: 10 ms; 2n: 20 ms (linear); 4n: 80 ms (quadratic step).
    const ratios = doublingRatios([
      [10, 11, 9, 10, 10, 12, 10],
      [20, 22, 18, 20, 20, 24, 20],
      [80, 88, 72, 80, 80, 96, 80],
    ]);
    assert.equal(ratios.length, 2);
    const [first, second] = ratios as [Interval, Interval];
    assert.equal(first.median, 2);
    assert.equal(first.high, 2);
    assert.equal(second.median, 4);
    assert.ok(withinBudget(first, 2.2));
    assert.ok(!withinBudget(second, 2.2));
  });

  it('holds a budget on the upper end of the interval, not the median', () => {
    assert.ok(withinBudget({ median: 1.02, low: 1.0, high: 1.05, n: 7 }, 1.05));
    assert.ok(!withinBudget({ median: 1.02, low: 1.0, high: 1.06, n: 7 }, 1.05));
    assert.ok(!withinBudget({ median: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0 }, 1.05));
  });
});
