/**
 * One measurement in a fresh process, so that its peak RSS is its own and no JIT state, type
 * program or cache leaks from one run into the next. Run by bench/run.ts as
 * `node --import tsx bench/worker.ts <job as JSON>`; prints one JSON line.
 *
 * - `lint`: ESLint (the ESLint class, in this process) over a list of files with the given rules,
 *   untyped (TypeScript parser only) or typed (projectService). The time is the wall time of
 *   `lintFiles`; module loading is measured apart.
 * - `scaling`: the Linter API over each size of a pathological shape, alternating sizes within
 *   each repetition, with ESLint's per-rule stats: times of each rule, and of the parse.
 */
import type { Linter } from 'eslint';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import type { RuleEntries } from './configs.js';
import { createCodePathProbe } from './code-path-probe.js';
import { shapeNamed } from './pathological.js';
import { loadCodePath, loadPlugin } from './plugin.js';

export interface LintJob {
  readonly kind: 'lint';
  /** The plugin's dist/ (or the run's snapshot of it). */
  readonly pluginDir: string;
  readonly cwd: string;
  readonly files: readonly string[];
  readonly typed: boolean;
  readonly rules: RuleEntries;
  /** Collect ESLint's per-rule times (adds a wrapper to every listener: not for A/B timing). */
  readonly stats: boolean;
}

export interface LintResult {
  readonly kind: 'lint';
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly loadMs: number;
  /** Peak resident set size of the whole process, in KiB. */
  readonly maxRssKb: number;
  readonly files: number;
  readonly fatal: number;
  /** Problems per rule id, to show that the rules ran. */
  readonly problems: Record<string, number>;
  /** With stats: total time per rule and of parsing, in ms. */
  readonly ruleMs: Record<string, number>;
  readonly parseMs: number;
  /** CPU time of the whole child process, start-up included. */
  readonly processCpuMs: number;
}

export interface ScalingJob {
  readonly kind: 'scaling';
  readonly pluginDir: string;
  readonly shape: string;
  readonly sizes: readonly number[];
  readonly reps: number;
  readonly rules: RuleEntries;
  /** A size predicted to take more CPU time than this (ms) to lint is not run (nor larger ones). */
  readonly capMs: number;
}

export interface ScalingSample {
  readonly size: number;
  readonly rep: number;
  readonly totalMs: number;
  /** CPU time of the whole verify (the worker runs --single-threaded: the main thread's). */
  readonly cpuMs: number;
  /**
   * cpuMs / totalMs (at most 1): the share of the wall time the process ran. ESLint's per-rule times
   * are wall times; times this share they are CPU times, other processes' slices taken out (with
   * many processes runnable, slices are a few ms and spread evenly over a verify).
   */
  readonly cpuShare: number;
  /** Times this sample was retaken because the process was descheduled during it. */
  readonly retakes: number;
  readonly parseMs: number;
  readonly ruleMs: Record<string, number>;
}

export interface ScalingResult {
  readonly kind: 'scaling';
  readonly shape: string;
  readonly lines: Record<number, number>;
  readonly problems: Record<number, Record<string, number>>;
  readonly samples: readonly ScalingSample[];
  /** The sizes measured: a prefix of the sizes asked for, cut after the first over the cap. */
  readonly measured: readonly number[];
  /** The warm-up CPU time (ms) of each size linted. */
  readonly warmupMs: Record<number, number>;
  readonly maxRssKb: number;
  readonly processCpuMs: number;
}

export type Job = LintJob | ScalingJob;
export type JobResult = LintResult | ScalingResult;

export const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
export const PROBE_RULE = 'bench/code-path-probe';
const MAX_RETAKES = 2;
const PREEMPTED = 1.5;

interface RuleTimes {
  passes?: { parse?: { total: number }; rules?: Record<string, { total: number }> }[];
}

async function configFor(pluginDir: string, rules: RuleEntries, typed: boolean, tsconfigRootDir: string | null): Promise<Linter.Config[]> {
  const parser = await import('@typescript-eslint/parser');
  const ironclad = await loadPlugin(pluginDir);
  const plugins: NonNullable<Linter.Config['plugins']> = { ironclad };
  // typescript-eslint's own rules only when asked for: loading them all costs every run ~0.3 s.
  if (Object.keys(rules).some((id) => id.startsWith('@typescript-eslint/'))) plugins['@typescript-eslint'] = (await import('typescript-eslint')).default.plugin;
  if (PROBE_RULE in rules) plugins['bench'] = { rules: { 'code-path-probe': createCodePathProbe(await loadCodePath(pluginDir)) } };
  return [
    {
      files: TS_FILES,
      languageOptions: {
        parser,
        parserOptions: typed ? { projectService: true, tsconfigRootDir } : {},
      },
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      plugins,
      rules: rules as Linter.RulesRecord,
    },
  ];
}

async function runLint(job: LintJob): Promise<LintResult> {
  const loadStart = performance.now();
  const { ESLint } = await import('eslint');
  const config = await configFor(job.pluginDir, job.rules, job.typed, job.cwd);
  const eslint = new ESLint({ cwd: job.cwd, overrideConfigFile: true, overrideConfig: config, stats: job.stats, cache: false, errorOnUnmatchedPattern: false });
  const loadMs = performance.now() - loadStart;

  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const results = await eslint.lintFiles([...job.files]);
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);

  const problems: Record<string, number> = {};
  const ruleMs: Record<string, number> = {};
  let fatal = 0;
  let parseMs = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal === true) fatal++;
      const id = message.ruleId ?? (message.fatal === true ? '(fatal)' : '(none)');
      problems[id] = (problems[id] ?? 0) + 1;
    }
    const times = (result as { stats?: { times?: RuleTimes } }).stats?.times;
    for (const pass of times?.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) ruleMs[id] = (ruleMs[id] ?? 0) + time.total;
    }
  }
  return {
    kind: 'lint',
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    loadMs,
    maxRssKb: process.resourceUsage().maxRSS,
    files: results.length,
    fatal,
    problems,
    ruleMs,
    parseMs,
    processCpuMs: totalCpuMs(),
  };
}

function totalCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function runScaling(job: ScalingJob): Promise<ScalingResult> {
  const { Linter } = await import('eslint');
  const shape = shapeNamed(job.shape);
  const config = await configFor(job.pluginDir, job.rules, false, null);
  const linter = new Linter({ configType: 'flat' });
  const sources = new Map(job.sizes.map((size) => [size, shape.render(size)]));
  const lines: Record<number, number> = {};
  const problems: Record<number, Record<string, number>> = {};
  const samples: ScalingSample[] = [];

  // Started with --expose-gc: a full collection before each measurement, so that a collection
  // of the previous one's garbage is not charged to whichever listener happens to trigger it.
  const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
  const lintOnce = (size: number, rep: number, retakes = 0): ScalingSample => {
    const code = sources.get(size) ?? '';
    collect();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    // `stats` is a verify option ESLint's types leave out; it also resets the times of the last call.
    const verifyOptions: Linter.FixOptions & { stats: boolean } = { filename: `${shape.name}-${String(size)}.ts`, fix: false, stats: true };
    const result = linter.verifyAndFix(code, config, verifyOptions);
    const totalMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    // A sample during which the process ran less than 2/3 of the time is taken again (at most twice).
    if (rep >= 0 && retakes < MAX_RETAKES && totalMs > cpuMs * PREEMPTED && totalMs > 5) return lintOnce(size, rep, retakes + 1);
    const times = linter.getTimes() as RuleTimes;
    const ruleMs: Record<string, number> = {};
    let parseMs = 0;
    for (const pass of times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) ruleMs[id] = (ruleMs[id] ?? 0) + time.total;
    }
    const counts: Record<string, number> = {};
    for (const message of result.messages) {
      const id = message.ruleId ?? '(fatal)';
      counts[id] = (counts[id] ?? 0) + 1;
    }
    problems[size] = counts;
    return { size, rep, totalMs, cpuMs, cpuShare: totalMs > 0 ? Math.min(1, cpuMs / totalMs) : 1, retakes, parseMs, ruleMs };
  };

  // Warm-up (JIT, first use of every code path), smallest first. The next size is predicted from
  // this one and the growth so far (at least 2x); one predicted over the cap is not run: a
  // superlinear engine would cost the run minutes, and the doublings measured already show it.
  const measured: number[] = [];
  const warmupMs: Record<number, number> = {};
  let previousMs = Number.NaN;
  for (const size of job.sizes) {
    lines[size] = (sources.get(size) ?? '').split('\n').length;
    const warm = lintOnce(size, -1);
    warmupMs[size] = warm.cpuMs;
    measured.push(size);
    const growth = Number.isFinite(previousMs) && previousMs > 0 ? Math.max(2, warm.cpuMs / previousMs) : 2;
    if (warm.cpuMs * growth > job.capMs) break;
    previousMs = warm.cpuMs;
  }
  for (let rep = 0; rep < job.reps; rep++) {
    // Alternate the order so that drift during a repetition does not favour small or large sizes.
    const order = rep % 2 === 0 ? measured : [...measured].reverse();
    for (const size of order) samples.push(lintOnce(size, rep));
  }
  return { kind: 'scaling', shape: shape.name, lines, problems, samples, measured, warmupMs, maxRssKb: process.resourceUsage().maxRSS, processCpuMs: totalCpuMs() };
}

async function main(): Promise<void> {
  // An orphan (the benchmark was interrupted) stops instead of running on for minutes.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(3);
  }, 500).unref();
  const job = JSON.parse(process.argv[2] ?? '{}') as Job;
  const result = job.kind === 'lint' ? await runLint(job) : await runScaling(job);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
