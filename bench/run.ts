/**
 * `npm run bench [-- --check] [-- --quick] [-- --project <dir> ...]`: the benchmark of issue 8.
 *
 * One run measures, alternating variants round by round in fresh child processes:
 * - untyped: ESLint with the TypeScript parser and no rules vs. ironclad's `recommended`, on the
 *   example driver and the generated 10k/50k/200k-line corpora (and each --project); on the
 *   largest generated corpus also one core rule alone (ESLint's floor for enabling any rule);
 * - typed: projectService + no-floating-promises (baseline) vs. the same + `recommended-type-
 *   checked` on the example driver; on the typed corpus (generated 10k) also projectService with
 *   no rules and the baseline plus each rule alone, for each rule's own (marginal) cost;
 * - ESLint's per-rule stats (TIMING) beside them, for information;
 * - scaling: pathological functions of doubling length, per engine.
 * It prints a table, writes bench/results.json and, with --check, exits 1 when a budget is broken.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import type { Budget, Comparison, RuleCost, ScalingRow, TimingFigures } from './analysis.js';
import type { CorpusSize } from './generate-corpus.js';
import type { BlockRuns, Variant } from './measure.js';
import type { LintResult } from './worker.js';
import type { Target } from './targets.js';
import { BUDGETS, budget, compare, ruleCosts, scalingBudgets, scalingRows, timingFigures } from './analysis.js';
import { NO_FLOATING_PROMISES, TYPED_CONFIG, UNTYPED_CONFIG, configRules, onlyRule, ruleIds } from './configs.js';
import { DEFAULT_SEED } from './generate-corpus.js';
import { childProcessCpu, lintOnce, runBlock, runScaling } from './measure.js';
import { PATHOLOGICAL_SHAPES } from './pathological.js';
import { loadPlugin, snapshotPlugin } from './plugin.js';
import { formatReport } from './report.js';
import { exampleDriverTarget, generatedTarget, projectTarget, REPOSITORY_ROOT } from './targets.js';
import { PROBE_RULE } from './worker.js';

export interface Options {
  readonly check: boolean;
  readonly quick: boolean;
  readonly projects: readonly string[];
  readonly rounds: number;
  readonly seed: number;
  readonly out: string;
  readonly sections: ReadonlySet<Section>;
  /** 2: the A/B comparisons in one lane, scaling and TIMING beside them in another; 1: all in turn. */
  readonly lanes: 1 | 2;
  /** The pathological shapes to run (all by default). */
  readonly shapes: ReadonlySet<string>;
}

export type Section = 'scaling' | 'timing' | 'typed' | 'untyped';
const SECTIONS: readonly Section[] = ['untyped', 'typed', 'timing', 'scaling'];
const PARSE_ONLY_LABEL = 'parser only';
/**
 * A core rule with one listener (`DebuggerStatement`), so that it does next to nothing: what ESLint
 * costs for enabling any rule at all, measured beside the parse-only baseline on the budget's corpus.
 */
const FLOOR_RULE = 'no-debugger';

export interface Results {
  readonly meta: {
    readonly mode: 'full' | 'quick';
    readonly date: string;
    readonly durationSeconds: number;
    /** CPU time of all child processes: about what the run takes on an idle machine. */
    readonly childCpuSeconds: number;
    /** The same by lane: the A/B comparisons, and scaling with TIMING. */
    readonly childCpuSecondsByLane: { readonly comparisons: number; readonly within: number };
    readonly childProcesses: number;
    readonly rounds: number;
    readonly lanes: number;
    readonly seed: number;
    readonly metric: string;
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly loadAverage: readonly number[];
    readonly versions: Record<string, string>;
    readonly commit: string;
    /** What did not finish (a crashed or timed-out worker). */
    readonly failures: readonly { section: string; message: string }[];
  };
  readonly rules: { readonly untyped: readonly string[]; readonly typed: readonly string[] };
  readonly targets: readonly { name: string; kind: string; files: number; lines: number }[];
  readonly untyped: readonly Comparison[];
  readonly typed: readonly Comparison[];
  readonly ruleCosts: readonly { target: string; noFloatingPromises: { ratio: Comparison['time']; ms: number }; rules: readonly RuleCost[] }[];
  readonly timing: readonly TimingFigures[];
  readonly scaling: readonly ScalingRow[];
  readonly budgets: readonly Budget[];
  /** Every run's CPU ms, wall ms and peak RSS KiB, by target, mode and variant (rounds in order). */
  readonly raw: Record<string, Record<string, { cpuMs: number[]; wallMs: number[]; maxRssKb: number[] }>>;
}

export function parseArguments(argv: readonly string[]): Options {
  let check = false;
  let quick = false;
  let rounds: number | null = null;
  let seed = DEFAULT_SEED;
  let out: string | null = null;
  let sections: Set<Section> = new Set(SECTIONS);
  let lanes: 1 | 2 = 2;
  let shapes: Set<string> = new Set(PATHOLOGICAL_SHAPES.map((shape) => shape.name));
  const projects: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${String(argument)} needs a value`);
      return next;
    };
    switch (argument) {
      case '--check':
        check = true;
        break;
      case '--quick':
        quick = true;
        break;
      case '--project':
        projects.push(value());
        break;
      case '--rounds':
        rounds = Number(value());
        break;
      case '--seed':
        seed = Number(value());
        break;
      case '--out':
        out = value();
        break;
      case '--lanes': {
        const wanted = value();
        if (wanted !== '1' && wanted !== '2') throw new Error('--lanes must be 1 or 2');
        lanes = wanted === '1' ? 1 : 2;
        break;
      }
      case '--shapes':
        shapes = new Set(value().split(','));
        for (const shape of shapes) if (!PATHOLOGICAL_SHAPES.some((known) => known.name === shape)) throw new Error(`--shapes: unknown shape ${shape}`);
        break;
      case '--only':
        sections = new Set(value().split(',') as Section[]);
        for (const section of sections) if (!SECTIONS.includes(section)) throw new Error(`--only: unknown section ${section} (${SECTIONS.join(', ')})`);
        break;
      case '--help':
        process.stdout.write(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown argument ${String(argument)}\n${USAGE}`);
    }
  }
  const defaultRounds = quick ? 3 : 7;
  const resolvedRounds = rounds ?? defaultRounds;
  if (!Number.isInteger(resolvedRounds) || resolvedRounds < 2) throw new Error('--rounds must be an integer of at least 2');
  return {
    check,
    quick,
    projects,
    rounds: resolvedRounds,
    seed,
    out: out ?? path.join(import.meta.dirname, quick ? 'results/quick.json' : 'results.json'),
    sections,
    lanes,
    shapes,
  };
}

const USAGE = `Usage: npm run bench -- [--check] [--quick] [--project <dir>]... [--rounds n] [--seed n] [--only ${SECTIONS.join(',')}] [--lanes 1|2] [--shapes ${PATHOLOGICAL_SHAPES.map((shape) => shape.name).join(',')}] [--out file]
  --check     exit 1 when a budget of issue 8 is broken (the upper end of the 95% interval is over it)
  --quick     development mode: 3 rounds, the example driver and the 10k corpus, smaller scaling inputs
  --project   also measure a TypeScript project (its tsconfig.json lists the files; typed runs need it)
  --lanes 1   run scaling and TIMING after the comparisons instead of beside them (a quieter machine, a longer run)
`;

interface Plan {
  readonly untyped: readonly Target[];
  /** Typed, baseline vs. baseline + the whole config. */
  readonly typed: readonly Target[];
  /** Typed with each rule alone too (own costs) — also the target of the typed budgets. */
  readonly typedPerRule: readonly Target[];
  readonly untypedTiming: Target | null;
  readonly statsRuns: number;
  readonly scalingReps: number;
  readonly scalingDivisor: number;
  /** A pathological size predicted to take longer (ms of CPU) to lint is not run. */
  readonly scalingCapMs: number;
}

function makePlan(options: Options, progress: (message: string) => void): Plan {
  const corpus = (size: CorpusSize): Target => {
    const target = generatedTarget(size, options.seed);
    progress(`${target.name}: ${String(target.files.length)} files, ${String(target.lines)} lines (seed ${String(options.seed)})`);
    return target;
  };
  const driver = exampleDriverTarget();
  const projects = options.projects.map((dir) => projectTarget(dir));
  if (options.quick) {
    const small = corpus('10k');
    return { untyped: [driver, small, ...projects], typed: [], typedPerRule: [driver, ...projects.filter((p) => p.typeable)], untypedTiming: small, statsRuns: 1, scalingReps: 3, scalingDivisor: 4, scalingCapMs: 2000 };
  }
  const sizes = (['10k', '50k', '200k'] as const).map(corpus);
  return {
    untyped: [driver, ...sizes, ...projects],
    typed: [driver],
    typedPerRule: [sizes[0] as Target, ...projects.filter((p) => p.typeable)],
    untypedTiming: sizes[1] ?? null,
    statsRuns: 3,
    scalingReps: 7,
    scalingDivisor: 1,
    scalingCapMs: 5000,
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  const options = parseArguments(argv);
  const started = performance.now();
  const pluginDir = snapshotPlugin();
  const plugin = await loadPlugin(pluginDir);
  const pluginVersion = plugin.meta.version;
  const progress = (message: string): void => {
    const seconds = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
    process.stderr.write(`[${seconds}s] ${message}\n`);
  };
  const untypedRules = ruleIds(plugin, UNTYPED_CONFIG);
  const typedRules = ruleIds(plugin, TYPED_CONFIG);
  progress(`ironclad ${pluginVersion}: ${UNTYPED_CONFIG} = ${untypedRules.join(', ')}; ${TYPED_CONFIG} = ${typedRules.join(', ')}`);
  const plan = makePlan(options, progress);
  const raw: Results['raw'] = {};
  const record = (target: Target, mode: string, runs: BlockRuns): void => {
    const entry: Results['raw'][string] = {};
    for (const [id, list] of runs) entry[id] = { cpuMs: list.map((r) => round1(r.cpuMs)), wallMs: list.map((r) => round1(r.wallMs)), maxRssKb: list.map((r) => r.maxRssKb) };
    raw[`${mode}/${target.name}`] = entry;
  };

  const untyped: Comparison[] = [];
  const typed: Comparison[] = [];
  const costs: Results['ruleCosts'][number][] = [];
  const timing: TimingFigures[] = [];
  const scaling: ScalingRow[] = [];
  const failures: { section: string; message: string }[] = [];
  const parseOnly: Variant = { id: 'parse-only', label: PARSE_ONLY_LABEL, typed: false, rules: {} };
  const recommended: Variant = { id: 'recommended', label: `ironclad ${UNTYPED_CONFIG}`, typed: false, rules: configRules(plugin, UNTYPED_CONFIG) };
  // ESLint's floor for any rule at all: one core rule that listens to a node type the corpora lack.
  const oneCoreRule: Variant = { id: 'one-core-rule', label: `one core rule (${FLOOR_RULE})`, typed: false, rules: { [FLOOR_RULE]: 'error' } };
  const floorTarget = largestGenerated(plan.untyped);
  const nfp = { [NO_FLOATING_PROMISES]: 'error' } as const;
  const typedParse: Variant = { id: 'typed-parse', label: 'projectService, no rules', typed: true, rules: {} };
  const baseline: Variant = { id: 'baseline', label: 'no-floating-promises', typed: true, rules: nfp };
  const withConfig: Variant = { id: 'baseline+all', label: `+ ironclad ${TYPED_CONFIG}`, typed: true, rules: { ...nfp, ...configRules(plugin, TYPED_CONFIG) } };
  const perRule: Variant[] = typedRules.map((rule) => ({ id: `baseline+${rule}`, label: `+ ${rule}`, typed: true, rules: { ...nfp, ...onlyRule(plugin, TYPED_CONFIG, rule) } }));

  /** Lane 1, strictly one process at a time: the A/B comparisons. */
  const comparisons = async (): Promise<void> => {
    if (options.sections.has('untyped')) {
      for (const target of plan.untyped) {
        const withFloor = target === floorTarget;
        const runs = await runBlock(pluginDir, target, withFloor ? [parseOnly, oneCoreRule, recommended] : [parseOnly, recommended], options.rounds, progress);
        record(target, 'untyped', runs);
        untyped.push(compare(runs, target.name, 'untyped', parseOnly, recommended));
        if (withFloor) {
          untyped.push(compare(runs, target.name, 'untyped', parseOnly, oneCoreRule));
          untyped.push(compare(runs, target.name, 'untyped', oneCoreRule, recommended));
        }
      }
    }
    if (!options.sections.has('typed')) return;
    for (const target of plan.typed) {
      if (!target.typeable) continue;
      const runs = await runBlock(pluginDir, target, [baseline, withConfig], options.rounds, progress);
      record(target, 'typed', runs);
      typed.push(compare(runs, target.name, 'typed', baseline, withConfig));
    }
    for (const target of plan.typedPerRule) {
      // With a single rule, "baseline + that rule" is "baseline + the config": measured once.
      const single = perRule.length === 1;
      const variants = [typedParse, baseline, withConfig, ...(single ? [] : perRule)];
      const runs = await runBlock(pluginDir, target, variants, options.rounds, progress);
      record(target, 'typed', runs);
      typed.push(compare(runs, target.name, 'typed', baseline, withConfig));
      typed.push(compare(runs, target.name, 'typed', typedParse, baseline));
      const own = ruleCosts(runs, target.name, typedRules.map((rule) => ({ rule, variantId: single ? withConfig.id : `baseline+${rule}` })));
      costs.push({ target: target.name, noFloatingPromises: { ratio: own.noFloatingPromises, ms: own.noFloatingPromisesMs }, rules: own.rules });
    }
  };

  /** Lane 2: what is measured within one process (scaling ratios) or only informs (TIMING). */
  const withinProcess = async (): Promise<void> => {
    if (options.sections.has('scaling')) {
      const rules = { ...configRules(plugin, UNTYPED_CONFIG), [PROBE_RULE]: 'error' } as const;
      for (const shape of PATHOLOGICAL_SHAPES.filter((candidate) => options.shapes.has(candidate.name))) {
        const sizes = shape.sizes.map((size) => Math.max(1, Math.round(size / plan.scalingDivisor)));
        let result: Awaited<ReturnType<typeof runScaling>>;
        try {
          result = await runScaling({ pluginDir, shape: shape.name, sizes, reps: plan.scalingReps, rules, capMs: plan.scalingCapMs });
        } catch (error) {
          // Too slow to finish, or a crash: a broken budget, not a reason to lose the rest of the run.
          const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
          failures.push({ section: `scaling ${shape.name}`, message });
          progress(`scaling ${shape.name}: FAILED — ${message}`);
          continue;
        }
        const rows = scalingRows(result, shape.engines, shape.unit, sizes, untypedRules, PROBE_RULE);
        scaling.push(...rows);
        const summary = rows
          .filter((row) => row.budgeted)
          .map((row) => `${row.subject} ${row.medianMs.map((ms) => (Number.isFinite(ms) ? ms.toFixed(0) : '–')).join('/')} ms`)
          .join('; ');
        const skipped = sizes.filter((size) => !result.measured.includes(size));
        progress(`scaling ${shape.name} (${result.measured.join('/')} ${shape.unit}${skipped.length > 0 ? `; ${skipped.join('/')} not run, over the cap` : ''}): ${summary}`);
      }
    }
    // ESLint's per-rule stats (TIMING), informational: lazy type-checking is charged to the first asker.
    if (options.sections.has('timing')) {
      const typedTarget = plan.typedPerRule[0];
      if (typedTarget) {
        const runs: LintResult[] = [];
        for (let i = 0; i < plan.statsRuns; i++) runs.push(await lintOnce(pluginDir, typedTarget, withConfig, true));
        progress(`${typedTarget.name}: TIMING of ${withConfig.label} (${String(runs.length)} runs)`);
        timing.push(timingFigures(typedTarget.name, 'typed', runs));
      }
      if (plan.untypedTiming) {
        const target = plan.untypedTiming;
        const runs: LintResult[] = [];
        for (let i = 0; i < plan.statsRuns; i++) runs.push(await lintOnce(pluginDir, target, recommended, true));
        progress(`${target.name}: TIMING of ${recommended.label} (${String(runs.length)} runs)`);
        timing.push(timingFigures(target.name, 'untyped', runs));
      }
    }
  };

  // A lane that fails leaves its error in the results; the other lane still finishes.
  const guarded = (lane: string, run: () => Promise<void>) => async (): Promise<void> => {
    try {
      await run();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ section: lane, message });
      progress(`${lane}: FAILED — ${message}`);
    }
  };
  const lanes = [guarded('comparisons', comparisons), guarded('scaling and TIMING', withinProcess)];
  if (options.lanes === 2) {
    await Promise.all(lanes.map((lane) => lane()));
  } else {
    for (const lane of lanes) await lane();
  }

  const budgets = [
    ...collectBudgets(untyped, typed, costs, scaling, plan),
    ...failures.filter((failure) => failure.section.startsWith('scaling ')).map((failure) => ({
      id: `failed/${failure.section}`,
      description: `${failure.section} did not finish`,
      limit: BUDGETS.doubling,
      median: Number.NaN,
      high: Number.NaN,
      holds: false,
      where: failure.message,
    })),
  ];
  const results: Results = {
    meta: {
      mode: options.quick ? 'quick' : 'full',
      date: new Date().toISOString(),
      durationSeconds: Math.round((performance.now() - started) / 1000),
      childCpuSeconds: Math.round(childProcessCpu.ms / 1000),
      childCpuSecondsByLane: { comparisons: Math.round(childProcessCpu.comparisonsMs / 1000), within: Math.round(childProcessCpu.withinMs / 1000) },
      childProcesses: childProcessCpu.runs,
      rounds: options.rounds,
      lanes: options.lanes,
      seed: options.seed,
      metric: 'CPU time (user + system) of ESLint#lintFiles in a fresh child process; ratios are medians of per-round ratios with a 95% bootstrap interval',
      node: process.version,
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      loadAverage: os.loadavg().map(round1),
      versions: versions(pluginVersion),
      commit: gitCommit(),
      failures,
    },
    rules: { untyped: untypedRules, typed: typedRules },
    targets: uniqueTargets(plan).map((target) => ({ name: target.name, kind: target.kind, files: target.files.length, lines: target.lines })),
    untyped,
    typed,
    ruleCosts: costs,
    timing,
    scaling,
    budgets,
    raw,
  };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 1)}\n`);
  process.stdout.write(formatReport(results));
  process.stdout.write(`\nResults written to ${path.relative(process.cwd(), options.out)}\n`);
  const broken = budgets.filter((item) => item.holds === false);
  if (failures.some((failure) => !failure.section.startsWith('scaling '))) {
    process.stdout.write(`\nThe run did not finish: ${failures.map((failure) => failure.section).join(', ')}.\n`);
    return 2;
  }
  if (options.check && broken.length > 0) {
    process.stdout.write(`\n--check: ${String(broken.length)} budget(s) broken.\n`);
    return 1;
  }
  return 0;
}

function collectBudgets(untyped: readonly Comparison[], typed: readonly Comparison[], costs: Results['ruleCosts'], scaling: readonly ScalingRow[], plan: Plan): Budget[] {
  const budgets: Budget[] = [];
  // Untyped: the largest generated corpus measured.
  const largest = largestGenerated(plan.untyped);
  const untypedMain = untyped.find((comparison) => comparison.target === largest?.name && comparison.baseline === PARSE_ONLY_LABEL && comparison.variant === `ironclad ${UNTYPED_CONFIG}`);
  if (untypedMain) {
    budgets.push(budget('untyped/time', `untyped: ironclad ${UNTYPED_CONFIG} over the parser alone (≤ +5%)`, BUDGETS.untypedTime, untypedMain.time, untypedMain.target));
    budgets.push(budget('untyped/memory', 'untyped: peak RSS over the parser alone (≤ +10%)', BUDGETS.memory, untypedMain.rss, untypedMain.target));
  }
  // Typed: the per-rule target (the generated corpus, or the example driver in quick mode).
  const typedTarget = plan.typedPerRule[0];
  const typedMain = typed.find((comparison) => comparison.target === typedTarget?.name && comparison.baseline === 'no-floating-promises');
  if (typedMain) {
    budgets.push(budget('typed/time', `typed: ironclad ${TYPED_CONFIG} over no-floating-promises (≤ +10%)`, BUDGETS.typedTime, typedMain.time, typedMain.target));
    budgets.push(budget('typed/memory', 'typed: peak RSS over no-floating-promises (≤ +10%)', BUDGETS.memory, typedMain.rss, typedMain.target));
  }
  const own = costs.find((cost) => cost.target === typedTarget?.name);
  for (const cost of own?.rules ?? []) {
    budgets.push(budget(`typed/own/${cost.rule}`, `typed: ${cost.rule}'s own time below no-floating-promises' (ratio < 1)`, BUDGETS.ruleVersusNoFloatingPromises, cost.versusNoFloatingPromises, cost.target, true));
  }
  budgets.push(...scalingBudgets(scaling));
  return budgets;
}

/** The largest generated corpus of a list: the one the untyped budget is checked on. */
function largestGenerated(targets: readonly Target[]): Target | undefined {
  return [...targets].filter((target) => target.kind === 'generated').sort((a, b) => b.lines - a.lines)[0];
}

function uniqueTargets(plan: Plan): Target[] {
  const seen = new Map<string, Target>();
  for (const target of [...plan.untyped, ...plan.typed, ...plan.typedPerRule]) seen.set(target.name, target);
  return [...seen.values()];
}

function versions(pluginVersion: string): Record<string, string> {
  const read = (name: string): string => {
    try {
      return (JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(require('${name}/package.json'))`], { cwd: REPOSITORY_ROOT, encoding: 'utf8' })) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  };
  return { 'eslint-plugin-ironclad': pluginVersion, eslint: read('eslint'), typescript: read('typescript'), 'typescript-eslint': read('typescript-eslint') };
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPOSITORY_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  });
}
