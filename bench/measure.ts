/**
 * Running measurements: each run is a child process (bench/worker.ts), and the runs of a block
 * alternate between its variants round by round, so that whatever the machine does meanwhile
 * falls on every variant alike. Round r runs the variants rotated by ⌊r/2⌋, reversed on odd
 * rounds (A B, B A, A B, ... for two variants).
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import path from 'node:path';

import type { RuleEntries } from './configs.js';
import type { Target } from './targets.js';
import type { Job, JobResult, LintResult, ScalingJob, ScalingResult } from './worker.js';

const WORKER = path.join(import.meta.dirname, 'worker.ts');
/** A lint is one corpus; a scaling job is every size of a shape, 8 times each. */
const LINT_TIMEOUT_MS = 10 * 60 * 1000;
const SCALING_TIMEOUT_MS = 40 * 60 * 1000;

export interface Variant {
  readonly id: string;
  readonly label: string;
  readonly typed: boolean;
  readonly rules: RuleEntries;
}

/** One block's results: per variant, one run per round (index = round). */
export type BlockRuns = Map<string, LintResult[]>;

export type Progress = (message: string) => void;

/**
 * CPU time of every child so far, start-up included, in total and by lane: `comparisons` (the A/B
 * lints) and `within` (scaling and TIMING runs). On an idle 2-core machine the run takes about
 * the larger of the two.
 */
export const childProcessCpu = { ms: 0, runs: 0, comparisonsMs: 0, withinMs: 0 };

const running = new Set<ChildProcess>();
let stopping = false;
let handlersInstalled = false;

function stopChildren(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  for (const child of running) child.kill('SIGTERM');
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/** Runs one job in a fresh `node` (with tsx); resolves with its JSON answer. */
export function runWorker(job: Job, extraNodeArguments: readonly string[] = []): Promise<JobResult> {
  const timeoutMs = job.kind === 'scaling' ? SCALING_TIMEOUT_MS : LINT_TIMEOUT_MS;
  if (!handlersInstalled) {
    handlersInstalled = true;
    process.once('SIGINT', stopChildren);
    process.once('SIGTERM', stopChildren);
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...extraNodeArguments, '--import', 'tsx', WORKER, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-8000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (timedOut) {
        reject(new Error(`bench worker stopped after ${String(timeoutMs / 60_000)} min (${job.kind}${job.kind === 'scaling' ? ` ${job.shape}` : ''})`));
        return;
      }
      if (code !== 0) {
        reject(new Error(`bench worker failed (exit ${String(code)}, signal ${String(signal)}):\n${stderr.slice(-4000)}`));
        return;
      }
      try {
        const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as JobResult;
        childProcessCpu.ms += result.processCpuMs;
        childProcessCpu.runs++;
        if (job.kind === 'lint' && !job.stats) childProcessCpu.comparisonsMs += result.processCpuMs;
        else childProcessCpu.withinMs += result.processCpuMs;
        resolve(result);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

export async function lintOnce(pluginDir: string, target: Target, variant: Variant, stats = false, extraNodeArguments: readonly string[] = []): Promise<LintResult> {
  const result = await runWorker({ kind: 'lint', pluginDir, cwd: target.dir, files: target.files, typed: variant.typed, rules: variant.rules, stats }, extraNodeArguments);
  if (result.kind !== 'lint') throw new Error('bench worker answered a lint job with a scaling result');
  return result;
}

/** The order of the variants in round `round`. */
export function roundOrder<T>(variants: readonly T[], round: number): T[] {
  const shift = Math.floor(round / 2) % Math.max(1, variants.length);
  const rotated = [...variants.slice(shift), ...variants.slice(0, shift)];
  return round % 2 === 0 ? rotated : rotated.reverse();
}

export async function runBlock(pluginDir: string, target: Target, variants: readonly Variant[], rounds: number, progress: Progress): Promise<BlockRuns> {
  const runs: BlockRuns = new Map(variants.map((variant) => [variant.id, [] as LintResult[]]));
  const total = rounds * variants.length;
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    for (const variant of roundOrder(variants, round)) {
      const result = await lintOnce(pluginDir, target, variant);
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

/** Scaling runs --single-threaded (no GC or compiler threads: its CPU time is the main thread's). */
export async function runScaling(job: Omit<ScalingJob, 'kind'>): Promise<ScalingResult> {
  const result = await runWorker({ kind: 'scaling', ...job }, ['--expose-gc', '--single-threaded']);
  if (result.kind !== 'scaling') throw new Error('bench worker answered a scaling job with a lint result');
  return result;
}
