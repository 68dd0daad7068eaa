/**
 * Order and threads: a gate must answer the same whatever the run, the order of the files, the
 * number of threads, and whatever was linted before. The fixture is a typed project whose files
 * use all three rules under `strict-type-checked` (tests/fixtures/robustness/determinism), linted
 * with the plugin as built (dist/), in fresh processes (./lint-sequence.ts) and with the ESLint CLI.
 *
 * And statically: the built plugin keeps no module-level mutable state but caches keyed by the
 * TypeScript program.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { LintSequence, LintStep, StepResult } from './lint-sequence.js';
import { stableFields } from './lint-sequence.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(REPO, 'tests/fixtures/robustness/determinism');
const FILES = readdirSync(path.join(FIXTURE, 'src'))
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => `src/${name}`);
/** The file full of declarations linted between two lints of another file. */
const NOISE = 'src/many.ts';
/** The fixture config's settings, and others that change what is found. */
const FIXTURE_SETTINGS = { loggers: ['audit.record'], sensitiveNames: ['bmcKey'], apiCalls: ['inventory.*'] };
const OTHER_SETTINGS = {
  loggers: { replace: ['emit*', 'logger*.info'] },
  sensitiveNames: { replace: ['address', 'label'] },
  apiCalls: { replace: ['check*'] },
  actions: { replace: [] },
};

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runNode(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** Lints the steps in order in a fresh process. */
async function sequence(steps: readonly LintStep[]): Promise<StepResult[]> {
  const spec: LintSequence = { cwd: FIXTURE, steps };
  const run = await runNode(['--import', 'tsx', path.join(import.meta.dirname, 'lint-sequence.ts'), JSON.stringify(spec)], REPO);
  if (run.code !== 0) throw new Error(`lint-sequence failed (${String(run.code)}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as StepResult[];
}

/** The ESLint CLI's results by file (relative path), as its JSON formatter reports them. */
async function cli(args: readonly string[]): Promise<Record<string, StepResult>> {
  const run = await runNode([path.join(REPO, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', ...args, ...FILES], FIXTURE);
  if (run.code !== 0 && run.code !== 1) throw new Error(`eslint ${args.join(' ')} exited ${String(run.code)}:\n${run.stderr}`);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: (StepResult[number] & Record<string, unknown>)[] }[];
  // Through JSON, as lint-sequence's results come: absent and undefined fields alike.
  return JSON.parse(JSON.stringify(Object.fromEntries(
    results.map((result) => [
      path.relative(FIXTURE, result.filePath),
      result.messages.map(stableFields),
    ]),
  ))) as Record<string, StepResult>;
}

/** Runs the tasks, two at a time. */
async function twoAtATime<T>(tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (task) results[index] = await task();
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

function byFile(files: readonly string[], results: readonly StepResult[]): Record<string, StepResult> {
  return Object.fromEntries(files.map((file, index) => [file, results[index] ?? []]));
}

describe('robustness: results do not depend on runs, order, threads or what came before', function () {
  this.timeout(10 * 60 * 1000);

  let baseline: Record<string, StepResult>;

  before(async () => {
    if (!existsSync(path.join(REPO, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
    baseline = byFile(FILES, await sequence(FILES.map((file) => ({ file }))));
  });

  it('finds something of every rule in the fixture (so that a difference would show)', () => {
    const rules = new Set(Object.values(baseline).flatMap((messages) => messages.map((message) => message.ruleId)));
    assert.deepEqual([...rules].sort(), ['ironclad/no-secrets-in-logs', 'ironclad/no-unhandled-api-errors', 'ironclad/require-precondition']);
    assert.ok(Object.values(baseline).filter((messages) => messages.length > 0).length >= 4);
  });

  it('gives the same results on a second run, and in three shuffled orders', async () => {
    const orders = [FILES, ...[1, 2, 3].map((seed) => shuffled(FILES, seed))];
    const runs = await twoAtATime(orders.map((order) => () => sequence(order.map((file) => ({ file })))));
    for (const [index, order] of orders.entries()) assert.deepEqual(byFile(order, runs[index] ?? []), baseline, `order ${order.join(', ')}`);
  });

  it('gives each file alone the results it gets among the others', async () => {
    const alone = await twoAtATime(FILES.map((file) => () => sequence([{ file }])));
    for (const [index, file] of FILES.entries()) assert.deepEqual(alone[index]?.[0], baseline[file], file);
  });

  it('gives the ESLint CLI the same results with --concurrency off, twice, and with --concurrency 2', async () => {
    const [off, again, two] = await twoAtATime([() => cli(['--concurrency', 'off']), () => cli(['--concurrency', 'off']), () => cli(['--concurrency', '2'])]);
    assert.deepEqual(off, baseline);
    assert.deepEqual(again, baseline);
    assert.deepEqual(two, baseline);
  });

  it('keeps no state between files: X, then many declarations under other settings, then X again', async () => {
    const runs = await twoAtATime(
      FILES.filter((file) => file !== NOISE).map((file) => () =>
        sequence([{ file, settings: FIXTURE_SETTINGS }, { file: NOISE, settings: OTHER_SETTINGS }, { file, settings: OTHER_SETTINGS }, { file, settings: FIXTURE_SETTINGS }]),
      ),
    );
    const others = await twoAtATime(FILES.filter((file) => file !== NOISE).map((file) => () => sequence([{ file, settings: OTHER_SETTINGS }])));
    let changed = 0;
    for (const [index, file] of FILES.filter((name) => name !== NOISE).entries()) {
      const [first, , otherSettings, last] = runs[index] ?? [];
      assert.deepEqual(first, baseline[file], `${file}, first`);
      assert.deepEqual(last, baseline[file], `${file}, after ${NOISE} and other settings`);
      assert.deepEqual(otherSettings, others[index]?.[0], `${file} under other settings, after the fixture's vs alone`);
      if (JSON.stringify(otherSettings) !== JSON.stringify(first)) changed++;
    }
    // The other settings change what is found, so that state leaking from them would show.
    assert.ok(changed >= 3, `only ${String(changed)} files changed under other settings`);
  });
});

/** A module-level binding the built plugin mutates, with where. */
interface MutableState {
  readonly file: string;
  readonly name: string;
  readonly line: number;
  readonly why: string;
}

/**
 * Module-level state the plugin may keep: caches keyed by the TypeScript program (or by objects
 * that live only as long as it). Each entry says what keys it; anything else fails the test.
 * The two entries below are not keyed by the program; they carry nothing from one file to the
 * next, and are reported on issue 9 for a decision.
 */
const ALLOWED_STATE: readonly { readonly file: string; readonly name: string; readonly keyedBy: string }[] = [
  // The settings object ESLint passes to every file of one config, mapped to itself once validated.
  { file: 'lib/matching/vocabulary.js', name: 'validated', keyedBy: 'the settings.ironclad object (a validation memo)' },
  // A file's access paths and call sites, shared by the rules linting it: a WeakMap keyed by the
  // SourceCode object ESLint makes anew for every file and fix pass; what it holds depends only on that tree.
  { file: 'lib/matching/call-site.js', name: 'byFile', keyedBy: 'the SourceCode object (per file and pass)' },
  // What a rule compiles from its options and settings (matchers, name tables, the precondition
  // vocabulary), once per configuration: keyed by the settings object and the options' content,
  // holding nothing of a file (lib/matching/per-config.ts).
  { file: 'lib/matching/per-config.js', name: 'compiled', keyedBy: 'the settings.ironclad object, then the rule id, cwd and options as JSON' },
  // The words of a name (lib/words.ts): a pure function of the name, bounded, holding no node,
  // option or file; the arrays are frozen, so no caller can change what another one is given.
  { file: 'lib/words.js', name: 'splitCache', keyedBy: 'the name split (a memo of a pure function, bounded)' },
  // The names a file's imports bind, with their modules (lib/matching/ast.ts: Homebridge's `API`,
  // a promise library): a WeakMap keyed by the file's Program node, holding only what that tree says.
  { file: 'lib/matching/ast.js', name: 'importsByProgram', keyedBy: 'the Program node of a file (per file and pass)' },
  // The declarations of a file by name (type aliases, interfaces, classes...): the same kind of index.
  { file: 'lib/matching/ast.js', name: 'declarationsByProgram', keyedBy: 'the Program node of a file (per file and pass)' },
  // The `typescript` module, required on first typed use: a constant once set.
  { file: 'lib/matching/type-info.js', name: 'typescriptModule', keyedBy: 'nothing (a lazily loaded module)' },
];

const MUTATORS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);
const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'Object']);

/** Top-level `let`/`var`, and top-level collections the module mutates, in one built file. */
function mutableStateOf(file: string, text: string): MutableState[] {
  const program = parse(text, { sourceType: 'module', loc: true, range: true });
  const found: MutableState[] = [];
  const collections = new Map<string, number>();
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
        if (declaration.kind !== 'const') {
          found.push({ file, name: declarator.id.name, line: declarator.loc.start.line, why: `top-level ${declaration.kind}` });
        } else if (declarator.init && isCollection(declarator.init)) {
          collections.set(declarator.id.name, declarator.loc.start.line);
        }
      }
    }
    if (declaration?.type === AST_NODE_TYPES.ClassDeclaration) {
      for (const member of declaration.body.body) {
        if (member.type === AST_NODE_TYPES.PropertyDefinition && member.static && member.value && isCollection(member.value)) {
          found.push({ file, name: `${declaration.id?.name ?? '(class)'}.${sourceOf(text, member.key)}`, line: member.loc.start.line, why: 'static collection' });
        }
      }
    }
  }
  for (const [name, line] of collections) {
    if (isMutated(program, name)) found.push({ file, name, line, why: 'top-level collection the module mutates' });
  }
  return found;
}

function isCollection(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ArrayExpression || node.type === AST_NODE_TYPES.ObjectExpression) return true;
  return node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && COLLECTIONS.has(node.callee.name);
}

/** Whether `name` is the object of a mutating call (`name.set(...)`) or of an assignment (`name.x = ...`). */
function isMutated(root: TSESTree.Node, name: string): boolean {
  let mutated = false;
  const isName = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.Identifier && node.name === name;
  const visit = (node: TSESTree.Node): void => {
    if (mutated) return;
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      isName(node.callee.object) &&
      node.callee.property.type === AST_NODE_TYPES.Identifier &&
      MUTATORS.has(node.callee.property.name)
    ) {
      mutated = true;
      return;
    }
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && isName(node.left.object)) {
      mutated = true;
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child);
      } else if (isNode(value)) {
        visit(value);
      }
    }
  };
  visit(root);
  return mutated;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function sourceOf(text: string, node: TSESTree.Node): string {
  return text.slice(node.range[0], node.range[1]);
}

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return builtFiles(full);
    return entry.name.endsWith('.js') ? [full] : [];
  });
}

describe('robustness: the built plugin keeps no module-level mutable state', () => {
  const dist = path.join(REPO, 'dist');

  it('has no top-level let, var, mutated collection or static collection but the allowed caches', () => {
    assert.ok(existsSync(path.join(dist, 'index.js')), 'dist/ is missing: run `npm run build` first.');
    const found = builtFiles(dist).flatMap((file) => mutableStateOf(path.relative(dist, file), readFileSync(file, 'utf8')));
    const unexpected = found.filter((state) => !ALLOWED_STATE.some((allowed) => allowed.file === state.file && allowed.name === state.name));
    assert.deepEqual(unexpected.map((state) => `dist/${state.file}:${String(state.line)} ${state.name} (${state.why})`), []);
  });

  it('recognises each kind of mutable state (the check itself can fail)', () => {
    const sample = [
      'let counter = 0;',
      'export var legacy = [];',
      'const cache = new Map();',
      'const table = new Set(["a"]);',
      'const seen = [];',
      'class Registry { static entries = new Map(); }',
      'export function note(key) { cache.set(key, 1); seen.push(key); return table.has(key); }',
    ].join('\n');
    assert.deepEqual(
      mutableStateOf('sample.js', sample).map((state) => `${state.name}: ${state.why}`),
      ['counter: top-level let', 'legacy: top-level var', 'Registry.entries: static collection', 'cache: top-level collection the module mutates', 'seen: top-level collection the module mutates'],
    );
  });
});
