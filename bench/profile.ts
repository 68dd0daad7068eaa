/**
 * A CPU profile of one measurement, summarised: where the plugin spends its time.
 *
 *   node --import tsx bench/profile.ts corpus <10k|50k|200k|driver> [--typed] [--only <rule>]
 *   node --import tsx bench/profile.ts shape <branches|loops|straight|chain|accumulate|aliases|collections> <size>
 *
 * Runs the worker under `node --cpu-prof` (profiles in bench/results/profiles/, git-ignored) with
 * ironclad's recommended config (recommended-type-checked + no-floating-promises with --typed),
 * and prints the functions with the most self time, the plugin's functions with the most
 * inclusive time (each sample counted once per function on its stack), and self time per file.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Target } from './targets.js';
import { NO_FLOATING_PROMISES, TYPED_CONFIG, UNTYPED_CONFIG, configRules } from './configs.js';
import { lintOnce, runWorker } from './measure.js';
import { loadPlugin, PLUGIN_DIST } from './plugin.js';
import { table } from './report.js';
import { exampleDriverTarget, generatedTarget, REPOSITORY_ROOT } from './targets.js';
import { PROBE_RULE } from './worker.js';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface FunctionCost {
  readonly name: string;
  readonly location: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

const PROFILE_DIR = path.join(import.meta.dirname, 'results', 'profiles');

function shortUrl(url: string): string {
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  const relative = path.relative(REPOSITORY_ROOT, file);
  return relative.startsWith('..') ? file : relative;
}

/** Self and inclusive time per function (keyed by name and location), in ms. */
export function summarise(profile: CpuProfile): FunctionCost[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (node: ProfileNode): string => `${node.callFrame.functionName || '(anonymous)'}\u0000${shortUrl(node.callFrame.url)}:${String(node.callFrame.lineNumber + 1)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    const leafKey = keyOf(leaf);
    self.set(leafKey, (self.get(leafKey) ?? 0) + ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const node = byId.get(current);
      if (!node) break;
      const key = keyOf(node);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  return [...total.entries()].map(([key, totalMs]) => {
    const [name = '', location = ''] = key.split('\u0000');
    return { name, location, selfMs: self.get(key) ?? 0, totalMs };
  });
}

function isPlugin(location: string): boolean {
  return /^(?:dist\/)?(?:lib|rules)\//u.test(location) || location.startsWith('dist/index') || location.startsWith('bench/code-path-probe');
}

export function formatSummary(costs: readonly FunctionCost[], wallMs: number, top = 20): string {
  const row = (cost: FunctionCost): string[] => [cost.name, cost.location, cost.selfMs.toFixed(0), cost.totalMs.toFixed(0)];
  const bySelf = [...costs].sort((a, b) => b.selfMs - a.selfMs).slice(0, top);
  const pluginTotal = costs.filter((cost) => isPlugin(cost.location)).sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
  const files = new Map<string, number>();
  for (const cost of costs) {
    const file = cost.location.replace(/:\d+$/u, '');
    files.set(file, (files.get(file) ?? 0) + cost.selfMs);
  }
  const byFile = [...files.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `profiled ${wallMs.toFixed(0)} ms`,
    '',
    'Most self time',
    table(['function', 'location', 'self ms', 'total ms'], bySelf.map(row), [2, 3]),
    '',
    'Plugin functions by inclusive time',
    table(['function', 'location', 'self ms', 'total ms'], pluginTotal.map(row), [2, 3]),
    '',
    'Self time per file',
    table(['file', 'self ms'], byFile.map(([file, ms]) => [file, ms.toFixed(0)]), [1]),
    '',
  ].join('\n');
}

function newestProfile(since: number): string {
  const files = readdirSync(PROFILE_DIR)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => path.join(PROFILE_DIR, file))
    .filter((file) => statSync(file).mtimeMs >= since)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const newest = files[0];
  if (newest === undefined) throw new Error(`no profile written to ${PROFILE_DIR}`);
  return newest;
}

async function main(argv: readonly string[]): Promise<void> {
  const plugin = await loadPlugin(PLUGIN_DIST);
  mkdirSync(PROFILE_DIR, { recursive: true });
  const flags = ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR, '--cpu-prof-interval', '200'];
  const started = Date.now();
  const [kind, name, size] = argv;
  if (kind === 'corpus' && name !== undefined) {
    const typed = argv.includes('--typed');
    const target: Target = name === 'driver' ? exampleDriverTarget() : generatedTarget(name as '10k', 20_260_601);
    const only = argv[argv.indexOf('--only') + 1];
    const all = typed ? { [NO_FLOATING_PROMISES]: 'error' as const, ...configRules(plugin, TYPED_CONFIG) } : configRules(plugin, UNTYPED_CONFIG);
    // `--only <rule>`: that rule alone (with no-floating-promises when typed, as in the own-cost runs).
    const rules = argv.includes('--only') && only !== undefined ? Object.fromEntries(Object.entries(all).filter(([id]) => id === only || id === `ironclad/${only}` || (typed && id === NO_FLOATING_PROMISES))) : all;
    if (Object.keys(rules).length === 0) throw new Error(`--only ${String(only)}: no such rule in the config`);
    const result = await lintOnce(PLUGIN_DIST, target, { id: 'profile', label: 'profile', typed, rules }, true, flags);
    process.stdout.write(`${target.name} (${typed ? 'typed' : 'untyped'}): cpu ${result.cpuMs.toFixed(0)} ms; TIMING ${JSON.stringify(result.ruleMs)}\n`);
  } else if (kind === 'shape' && name !== undefined && size !== undefined) {
    const rules = { ...configRules(plugin, UNTYPED_CONFIG), [PROBE_RULE]: 'error' as const };
    await runWorker({ kind: 'scaling', pluginDir: PLUGIN_DIST, shape: name, sizes: [Number(size)], reps: 1, rules, capMs: 1e12 }, flags);
    process.stdout.write(`shape ${name} at ${size}\n`);
  } else {
    process.stderr.write('usage: bench/profile.ts corpus <10k|50k|200k|driver> [--typed] | shape <name> <size>\n');
    process.exitCode = 2;
    return;
  }
  const file = newestProfile(started - 1000);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  process.stdout.write(`${path.relative(process.cwd(), file)}\n${formatSummary(summarise(profile), (profile.endTime - profile.startTime) / 1000)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
