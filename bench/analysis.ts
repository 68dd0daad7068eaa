/**
 * From runs to figures: comparisons of paired runs, each rule's own (marginal) cost, the scaling
 * rows of the pathological inputs, and the budgets of issue 8.
 *
 * Time is the CPU time (user + system) of the lint call in its child process: on a shared
 * machine it moves far less than wall time with the load of other jobs, and the rules are
 * single-threaded JavaScript, so their cost is CPU time. Wall-time ratios are reported alongside.
 */
import type { Interval } from './stats.js';
import type { BlockRuns } from './measure.js';
import type { LintResult, ScalingResult } from './worker.js';
import { bootstrapMedian, doublingRatios, median, medianOfRatios } from './stats.js';
import { pairsOf } from './measure.js';

export const BUDGETS = {
  /** Untyped: the recommended rules together over the parse-only run, largest corpus. */
  untypedTime: 1.05,
  /** Typed: recommended-type-checked together over the no-floating-promises baseline. */
  typedTime: 1.1,
  /** Typed: each rule's own time over no-floating-promises' own time (must stay below). */
  ruleVersusNoFloatingPromises: 1,
  /** Time ratio of each doubling of a pathological function. */
  doubling: 2.2,
  /** Peak RSS over the baseline's. */
  memory: 1.1,
} as const;

/** Below this median time (ms) at the larger size, a doubling ratio is noise, not a measurement. */
export const SCALING_MIN_MS = 20;

export type Mode = 'typed' | 'untyped';

export interface Comparison {
  readonly target: string;
  readonly mode: Mode;
  readonly baseline: string;
  readonly variant: string;
  /** CPU-time ratio variant / baseline. */
  readonly time: Interval;
  readonly wall: Interval;
  readonly rss: Interval;
  readonly baselineCpuMs: number;
  readonly variantCpuMs: number;
  readonly baselineRssMb: number;
  readonly variantRssMb: number;
}

export const cpuOf = (run: LintResult): number => run.cpuMs;
export const wallOf = (run: LintResult): number => run.wallMs;
export const rssOf = (run: LintResult): number => run.maxRssKb;

export function compare(runs: BlockRuns, target: string, mode: Mode, baseline: { id: string; label: string }, variant: { id: string; label: string }): Comparison {
  const cpuPairs = pairsOf(runs, baseline.id, variant.id, cpuOf);
  const rssPairs = pairsOf(runs, baseline.id, variant.id, rssOf);
  return {
    target,
    mode,
    baseline: baseline.label,
    variant: variant.label,
    time: medianOfRatios(cpuPairs),
    wall: medianOfRatios(pairsOf(runs, baseline.id, variant.id, wallOf)),
    rss: medianOfRatios(rssPairs),
    baselineCpuMs: median(cpuPairs.map(([a]) => a)),
    variantCpuMs: median(cpuPairs.map(([, b]) => b)),
    baselineRssMb: median(rssPairs.map(([a]) => a)) / 1024,
    variantRssMb: median(rssPairs.map(([, b]) => b)) / 1024,
  };
}

export interface RuleCost {
  readonly rule: string;
  readonly target: string;
  /** Ratio (baseline + rule) / baseline: its marginal cost is `marginal - 1` of the baseline. */
  readonly marginal: Interval;
  /** Round by round, the rule's marginal time over no-floating-promises' own marginal time. */
  readonly versusNoFloatingPromises: Interval;
  readonly marginalMs: number;
}

/**
 * Each rule's own cost from a typed block with variants `typed-parse` (projectService, no rules),
 * `baseline` (no-floating-promises) and `baseline+<rule>`: per round, rule = T(b+r) - T(b) and
 * no-floating-promises = T(b) - T(typed-parse).
 */
export function ruleCosts(runs: BlockRuns, target: string, rules: readonly { rule: string; variantId: string }[]): { noFloatingPromises: Interval; noFloatingPromisesMs: number; rules: RuleCost[] } {
  const parse = (runs.get('typed-parse') ?? []).map(cpuOf);
  const baseline = (runs.get('baseline') ?? []).map(cpuOf);
  const nfpMs = baseline.map((time, round) => time - (parse[round] ?? Number.NaN));
  const costs = rules.map(({ rule, variantId }) => {
    const withRule = (runs.get(variantId) ?? []).map(cpuOf);
    const ruleMs = withRule.map((time, round) => time - (baseline[round] ?? Number.NaN));
    const relative = ruleMs.map((ms, round) => ms / (nfpMs[round] ?? Number.NaN)).filter(Number.isFinite);
    return {
      rule,
      target,
      marginal: medianOfRatios(pairsOf(runs, 'baseline', variantId, cpuOf)),
      versusNoFloatingPromises: bootstrapMedian(relative),
      marginalMs: median(ruleMs),
    };
  });
  return {
    noFloatingPromises: medianOfRatios(pairsOf(runs, 'typed-parse', 'baseline', cpuOf)),
    noFloatingPromisesMs: median(nfpMs.filter(Number.isFinite)),
    rules: costs,
  };
}

export interface TimingFigures {
  readonly target: string;
  readonly mode: Mode;
  readonly runs: number;
  /** Median over the stats runs of ESLint's per-rule time, ms. */
  readonly rules: Record<string, number>;
  readonly parseMs: number;
}

export function timingFigures(target: string, mode: Mode, runs: readonly LintResult[]): TimingFigures {
  const ids = new Set(runs.flatMap((run) => Object.keys(run.ruleMs)));
  const rules: Record<string, number> = {};
  for (const id of [...ids].sort()) rules[id] = median(runs.map((run) => run.ruleMs[id] ?? 0));
  return { target, mode, runs: runs.length, rules, parseMs: median(runs.map((run) => run.parseMs)) };
}

export interface ScalingRow {
  readonly shape: string;
  readonly engines: readonly string[];
  readonly unit: string;
  /** A rule id, `code-path engine (probe)`, or `parse` / `whole lint` for context. */
  readonly subject: string;
  /** Whether the doubling budget applies to this row. */
  readonly budgeted: boolean;
  readonly sizes: readonly number[];
  readonly lines: readonly number[];
  readonly medianMs: readonly number[];
  readonly doublings: readonly Interval[];
  /** Per doubling: whether the larger size is slow enough to measure (else the ratio is noise). */
  readonly measurable: readonly boolean[];
  /** Sizes not run because the previous one took longer than the cap: [size, warm-up ms of the last run]. */
  readonly notRun: readonly number[];
  readonly lastWarmupMs: number;
  readonly problems: Record<string, number>;
}

export const PROBE_SUBJECT = 'code-path engine (probe)';

export function scalingRows(result: ScalingResult, engines: readonly string[], unit: string, sizes: readonly number[], ruleIds: readonly string[], probeRule: string): ScalingRow[] {
  type Sample = ScalingResult['samples'][number];
  // ESLint's per-rule (and parse) wall times, times the share of the verify the process ran.
  const cpuOfRule = (sample: Sample, id: string): number => (sample.ruleMs[id] ?? 0) * sample.cpuShare;
  const subjects: { subject: string; budgeted: boolean; time: (sample: Sample) => number }[] = [
    ...ruleIds.map((id) => ({ subject: id, budgeted: true, time: (s: Sample) => cpuOfRule(s, id) })),
    { subject: PROBE_SUBJECT, budgeted: true, time: (s) => cpuOfRule(s, probeRule) },
    { subject: 'parse', budgeted: false, time: (s) => s.parseMs * s.cpuShare },
    { subject: 'whole lint', budgeted: false, time: (s) => s.cpuMs },
  ];
  const largest = result.measured[result.measured.length - 1] ?? 0;
  const notRun = sizes.filter((size) => !result.measured.includes(size));
  return subjects.map(({ subject, budgeted, time }) => {
    const bySize = sizes.map((size) =>
      result.samples
        .filter((sample) => sample.size === size)
        .sort((a, b) => a.rep - b.rep)
        .map(time),
    );
    const medianMs = bySize.map((times) => median(times));
    const problemId = subject === PROBE_SUBJECT ? probeRule : subject;
    return {
      shape: result.shape,
      engines,
      unit,
      subject,
      budgeted,
      sizes,
      lines: sizes.map((size) => result.lines[size] ?? 0),
      medianMs,
      doublings: doublingRatios(bySize),
      measurable: medianMs.slice(1).map((ms) => ms >= SCALING_MIN_MS),
      notRun,
      lastWarmupMs: result.warmupMs[largest] ?? Number.NaN,
      problems: { [String(largest)]: result.problems[largest]?.[problemId] ?? 0 },
    };
  });
}

export interface Budget {
  readonly id: string;
  readonly description: string;
  readonly limit: number;
  readonly median: number;
  /** The upper end of the 95% interval: what must be within the limit. */
  readonly high: number;
  /** null: not measured in this run (or below the noise floor). */
  readonly holds: boolean | null;
  readonly where: string;
}

export function budget(id: string, description: string, limit: number, interval: Interval | undefined, where: string, strict = false): Budget {
  if (!interval || !Number.isFinite(interval.high)) return { id, description, limit, median: Number.NaN, high: Number.NaN, holds: null, where };
  const holds = strict ? interval.high < limit : interval.high <= limit;
  return { id, description, limit, median: interval.median, high: interval.high, holds, where };
}

export function scalingBudgets(rows: readonly ScalingRow[]): Budget[] {
  const budgets: Budget[] = [];
  for (const row of rows) {
    if (!row.budgeted) continue;
    row.doublings.forEach((interval, index) => {
      const from = row.sizes[index] ?? 0;
      const to = row.sizes[index + 1] ?? 0;
      const id = `doubling/${row.shape}/${row.subject}/${String(from)}-${String(to)}`;
      const description = `${row.subject} on ${row.shape}, ${String(from)} → ${String(to)} ${row.unit}`;
      if (row.notRun.includes(to)) {
        const where = `not run: ${String(from)} took ${(row.lastWarmupMs / 1000).toFixed(1)} s of CPU, ${String(to)} was predicted to take over the cap`;
        budgets.push({ id, description, limit: BUDGETS.doubling, median: Number.NaN, high: Number.NaN, holds: null, where });
        return;
      }
      if (row.measurable[index] !== true) {
        budgets.push({ id, description, limit: BUDGETS.doubling, median: interval.median, high: interval.high, holds: null, where: `below ${String(SCALING_MIN_MS)} ms` });
        return;
      }
      budgets.push(budget(id, description, BUDGETS.doubling, interval, `${row.shape} ${String(to)} ${row.unit}`));
    });
  }
  return budgets;
}
