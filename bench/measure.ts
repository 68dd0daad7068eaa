/**
 * Running measurements: each run is a child process (bench/worker.ts), and the runs of a block
 * alternate between its variants round by round, so that whatever the machine does meanwhile
 * falls on every variant alike. Round r runs the variants rotated by ⌊r/2⌋, reversed on odd
 * rounds (A B, B A, A B, ... for two variants).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import type { RuleEntries } from './configs.js';
import type { Target } from './targets.js';
import type { Job, JobResult, LintResult, ScalingJob, ScalingResult } from './worker.js';

const WORKER = path.join(import.meta.dirname, 'worker.ts');
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

export interface Variant {
  readonly id: string;
  readonly label: string;
  readonly typed: boolean;
  readonly rules: RuleEntries;
}

/** One block's results: per variant, one run per round (index = round). */
export type BlockRuns = Map<string, LintResult[]>;

export type Progress = (message: string) => void;

/** CPU time of every child so far, start-up included: what the run costs on an idle machine. */
export const childProcessCpu = { ms: 0, runs: 0 };

export function runWorker(job: Job, extraNodeArguments: readonly string[] = []): JobResult {
  const child = spawnSync(process.execPath, [...extraNodeArguments, '--import', 'tsx', WORKER, JSON.stringify(job)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: RUN_TIMEOUT_MS,
  });
  if (child.error) throw child.error;
  if (child.status !== 0) {
    throw new Error(`bench worker failed (exit ${String(child.status)}, signal ${String(child.signal)}):\n${child.stderr.slice(-4000)}`);
  }
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  const result = JSON.parse(line) as JobResult;
  childProcessCpu.ms += result.processCpuMs;
  childProcessCpu.runs++;
  return result;
}

export function lintOnce(pluginDir: string, target: Target, variant: Variant, stats = false, extraNodeArguments: readonly string[] = []): LintResult {
  const result = runWorker({ kind: 'lint', pluginDir, cwd: target.dir, files: target.files, typed: variant.typed, rules: variant.rules, stats }, extraNodeArguments);
  if (result.kind !== 'lint') throw new Error('bench worker answered a lint job with a scaling result');
  return result;
}

/** The order of the variants in round `round`. */
export function roundOrder<T>(variants: readonly T[], round: number): T[] {
  const shift = Math.floor(round / 2) % Math.max(1, variants.length);
  const rotated = [...variants.slice(shift), ...variants.slice(0, shift)];
  return round % 2 === 0 ? rotated : rotated.reverse();
}

export function runBlock(pluginDir: string, target: Target, variants: readonly Variant[], rounds: number, progress: Progress): BlockRuns {
  const runs: BlockRuns = new Map(variants.map((variant) => [variant.id, [] as LintResult[]]));
  const total = rounds * variants.length;
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    for (const variant of roundOrder(variants, round)) {
      const result = lintOnce(pluginDir, target, variant);
      runs.get(variant.id)?.push(result);
      done++;
      progress(
        `${target.name}: ${variant.label} [${String(done)}/${String(total)}] cpu ${(result.cpuMs / 1000).toFixed(2)}s, wall ${(result.wallMs / 1000).toFixed(2)}s, rss ${String(Math.round(result.maxRssKb / 1024))} MiB`,
      );
    }
  }
  return runs;
}

/** Pairs (baseline, variant) of one metric, by round. */
export function pairsOf(runs: BlockRuns, baseline: string, variant: string, metric: (run: LintResult) => number): [number, number][] {
  const a = runs.get(baseline) ?? [];
  const b = runs.get(variant) ?? [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) pairs.push([metric(a[i] as LintResult), metric(b[i] as LintResult)]);
  return pairs;
}

export function runScaling(job: Omit<ScalingJob, 'kind'>): ScalingResult {
  const result = runWorker({ kind: 'scaling', ...job }, ['--expose-gc']);
  if (result.kind !== 'scaling') throw new Error('bench worker answered a scaling job with a lint result');
  return result;
}
