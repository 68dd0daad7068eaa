/**
 * The statistics of the harness: medians of paired ratios with a percentile-bootstrap 95% interval.
 *
 * Shared machines drift (other jobs, thermal limits, page cache), so an absolute time says little;
 * the ratio of two runs made back to back says much more. A comparison is a list of pairs
 * (baseline, variant) measured alternately; its figure is the median of the pairwise ratios,
 * and its interval comes from resampling those ratios with a fixed seed.
 */
import { createRandom } from './random.js';

export interface Interval {
  readonly median: number;
  readonly low: number;
  readonly high: number;
  readonly n: number;
}

export const BOOTSTRAP_SEED = 0x1c1ad;
export const BOOTSTRAP_RESAMPLES = 2000;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The value at quantile `q` (0..1) with linear interpolation between order statistics. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] as number;
  const b = sorted[upper] as number;
  return a + (b - a) * (position - lower);
}

/** Pairwise ratios variant / baseline, in measurement order. */
export function pairwiseRatios(pairs: readonly (readonly [baseline: number, variant: number])[]): number[] {
  return pairs.map(([baseline, variant]) => variant / baseline);
}

/** The median of `values` with a percentile-bootstrap 95% interval (deterministic for a seed). */
export function bootstrapMedian(values: readonly number[], seed = BOOTSTRAP_SEED, resamples = BOOTSTRAP_RESAMPLES): Interval {
  const n = values.length;
  if (n === 0) return { median: Number.NaN, low: Number.NaN, high: Number.NaN, n: 0 };
  const random = createRandom(seed);
  const medians: number[] = [];
  const sample: number[] = new Array<number>(n).fill(0);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = values[Math.floor(random.next() * n)] as number;
    medians.push(median(sample));
  }
  return { median: median(values), low: quantile(medians, 0.025), high: quantile(medians, 0.975), n };
}

/** The median ratio of paired runs (variant / baseline) with its bootstrap interval. */
export function medianOfRatios(pairs: readonly (readonly [baseline: number, variant: number])[], seed = BOOTSTRAP_SEED): Interval {
  return bootstrapMedian(pairwiseRatios(pairs), seed);
}

/**
 * The time ratio of each doubling of a pathological input: for sizes n, 2n, 4n, ... and one
 * list of times per size (index = repetition), the ratios t(2n) / t(n) of the same repetition.
 */
export function doublingRatios(timesBySize: readonly (readonly number[])[], seed = BOOTSTRAP_SEED): Interval[] {
  const result: Interval[] = [];
  for (let i = 1; i < timesBySize.length; i++) {
    const smaller = timesBySize[i - 1] ?? [];
    const larger = timesBySize[i] ?? [];
    const reps = Math.min(smaller.length, larger.length);
    const pairs: [number, number][] = [];
    for (let rep = 0; rep < reps; rep++) pairs.push([smaller[rep] as number, larger[rep] as number]);
    result.push(medianOfRatios(pairs, seed));
  }
  return result;
}

/** Whether an interval stays within a ratio budget: its upper end at most `limit`. */
export function withinBudget(interval: Interval, limit: number): boolean {
  return Number.isFinite(interval.high) && interval.high <= limit;
}
