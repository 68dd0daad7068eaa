/**
 * Lints every .ts, .tsx, .mts, .cts, .js and .mjs file under a directory with every rule in every
 * config, and reports what a crash-free plugin must survive: files, findings per config and rule,
 * ESLint's own parse errors, every exception a rule threw and every file a rule did not finish.
 *
 *   npm run corpus -- <dir> [--json summary.json] [--untyped] [--jobs N] [--timeout seconds] [--quiet]
 *
 * - Typed where a tsconfig.json exists (the nearest one between the file and <dir>): the project
 *   service, with `tsconfigRootDir` at that tsconfig's folder. A file its project does not include
 *   is linted untyped (counted as `typedFallback`). `--untyped` never builds a program.
 * - Each file is linted once with the three configs side by side, under the namespaces
 *   `recommended/`, `recommended-type-checked/` and `strict-type-checked/`. Untyped files get the
 *   `-type-checked` configs' options with `requireTypeInformation: false`: that option's refusal of
 *   untyped files is deliberate, and turning it off runs the rest of those configs' options.
 * - Files are taken in sorted order, deduplicated by content (sha256), and files over 1 MB are
 *   left out. `node_modules` folders below <dir> are skipped unless <dir> is in a node_modules.
 * - ESLint aborts a file when a rule throws; a file that throws is linted again one rule of one
 *   config at a time, so that every throwing rule is named and the others' findings are counted.
 * - Files are linted in worker threads (`--jobs`, default: one per CPU up to 4), one file at a
 *   time; a file not done within `--timeout` seconds (default 120) is recorded as a timeout, its
 *   worker is replaced and the run goes on.
 *
 * Exits 1 when a rule threw or a file timed out, 2 on a usage error.
 */
import type { Linter } from 'eslint';
import { Linter as ESLintLinter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ResourceLimits } from 'node:worker_threads';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

import plugin from '../index.js';
import { CONFIG_NAMES } from '../lib/configs.js';
import type { ConfigName } from '../lib/configs.js';

export const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs'] as const;
export const MAX_FILE_BYTES = 1024 * 1024;
export const RULE_NAMES = Object.keys(plugin.rules).sort();

export interface CorpusFile {
  /** Absolute path. */
  readonly path: string;
  /** The folder of the nearest tsconfig.json between the file and the corpus root, if any. */
  readonly tsconfigRootDir: string | null;
}

export interface CollectResult {
  /** Sorted by path, one per content. */
  readonly files: readonly CorpusFile[];
  /** Files with a wanted extension found under the root. */
  readonly found: number;
  readonly duplicates: number;
  readonly tooLarge: number;
}

export interface ParseError {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface RuleException {
  readonly file: string;
  /** The config the throwing rule was configured by. */
  readonly config: ConfigName | null;
  /** The rule's name without namespace (`require-precondition`), or null when ESLint did not say. */
  readonly rule: string | null;
  readonly typed: boolean;
  readonly message: string;
  readonly stack: string;
}

export interface CorpusSummary {
  readonly root: string;
  readonly files: {
    readonly found: number;
    readonly linted: number;
    readonly duplicates: number;
    readonly tooLarge: number;
    readonly typed: number;
    readonly untyped: number;
    /** Under a tsconfig.json, but not part of its project: linted untyped. */
    readonly typedFallback: number;
  };
  /** Findings by config, then by rule name. */
  readonly findings: Record<ConfigName, Record<string, number>>;
  readonly parseErrors: readonly ParseError[];
  readonly exceptions: readonly RuleException[];
  /** Files not done within the timeout. */
  readonly timeouts: readonly { readonly file: string; readonly seconds: number }[];
  readonly durationMs: number;
  /** The slowest files, slowest first. */
  readonly slowest: readonly { readonly file: string; readonly ms: number }[];
}

export interface CorpusOptions {
  /** Never build a program, even where a tsconfig.json exists. */
  readonly untyped?: boolean;
  /** Worker threads; default one per CPU, at most 4. */
  readonly jobs?: number;
  /** Seconds a file may take; default 120. */
  readonly timeoutSeconds?: number;
  /** Called after each file with the number done. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

/** What linting one file found. */
interface FileOutcome {
  readonly file: string;
  readonly ms: number;
  readonly typed: boolean;
  readonly typedFallback: boolean;
  /** By `config/rule`. */
  readonly findings: Record<string, number>;
  readonly parseErrors: ParseError[];
  readonly exceptions: RuleException[];
  /**
   * TypeScript's parser and project service are not safe to use after a stack overflow inside
   * them (later files fail with "Debug Failure. False expression."): the worker is replaced.
   */
  readonly overflowed: boolean;
}

/** Every wanted file under `root` in sorted order, deduplicated by content, none over 1 MB. */
export function collectFiles(root: string): CollectResult {
  const absoluteRoot = path.resolve(root);
  const skipNodeModules = !absoluteRoot.split(path.sep).includes('node_modules');
  const candidates: CorpusFile[] = [];
  walk(absoluteRoot, null);
  candidates.sort((a, b) => compareStrings(a.path, b.path));

  const seen = new Set<string>();
  const files: CorpusFile[] = [];
  let duplicates = 0;
  let tooLarge = 0;
  for (const candidate of candidates) {
    if (statSync(candidate.path).size > MAX_FILE_BYTES) {
      tooLarge++;
      continue;
    }
    const hash = createHash('sha256').update(readFileSync(candidate.path)).digest('hex');
    if (seen.has(hash)) {
      duplicates++;
      continue;
    }
    seen.add(hash);
    files.push(candidate);
  }
  return { files, found: candidates.length, duplicates, tooLarge };

  function walk(dir: string, tsconfigRootDir: string | null): void {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
    const here = entries.some((entry) => entry.isFile() && entry.name === 'tsconfig.json') ? dir : tsconfigRootDir;
    for (const entry of entries) {
      // Symbolic links are not followed: no cycles, and no file is reached twice by two names.
      if (entry.isDirectory()) {
        if (entry.name === '.git' || (skipNodeModules && entry.name === 'node_modules')) continue;
        walk(path.join(dir, entry.name), here);
      } else if (entry.isFile() && EXTENSIONS.some((extension) => entry.name.endsWith(extension))) {
        candidates.push({ path: path.join(dir, entry.name), tsconfigRootDir: here });
      }
    }
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Linting one file (in a worker)

const LINTED_GLOBS = EXTENSIONS.map((extension) => `**/*${extension}`);

/** What to lint a file with besides the configs: one rule of one config only, options laid over the configs'. */
export interface LintConfigOptions {
  /** `config/rule`: only this rule of this config. */
  readonly only?: string;
  /** Options by rule name, laid over each config's options for that rule. */
  readonly extraOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** The rules of one config under the namespace `config`, typed or with `requireTypeInformation` off. */
function rulesOf(config: ConfigName, typed: boolean, options: LintConfigOptions): Linter.RulesRecord {
  const rules: Linter.RulesRecord = {};
  for (const [id, entry] of Object.entries(plugin.configs[config].rules ?? {})) {
    const name = id.slice(id.indexOf('/') + 1);
    if (options.only !== undefined && `${config}/${name}` !== options.only) continue;
    const [severity, ruleOptions = {}] = (Array.isArray(entry) ? entry : [entry]) as [Linter.RuleSeverity, Record<string, unknown>?];
    rules[`${config}/${name}`] = [
      severity,
      { ...ruleOptions, ...(typed ? {} : { requireTypeInformation: false }), ...(options.extraOptions?.[name] ?? {}) },
    ];
  }
  return rules;
}

/**
 * A config array for one file: every config side by side under the namespaces `recommended/`,
 * `recommended-type-checked/` and `strict-type-checked/`; typed with the project service when
 * `tsconfigRootDir` is given.
 */
export function lintConfig(file: string, tsconfigRootDir: string | null, options: LintConfigOptions = {}): Linter.Config[] {
  const typed = tsconfigRootDir !== null;
  const rules: Linter.RulesRecord = {};
  for (const config of CONFIG_NAMES) Object.assign(rules, rulesOf(config, typed, options));
  return [
    // ESLint ignores node_modules/ by default; a corpus may be one.
    { ignores: ['!**/node_modules/'] },
    {
      files: LINTED_GLOBS,
      plugins: Object.fromEntries(CONFIG_NAMES.map((config) => [config, plugin])),
      languageOptions: {
        parser: tsParser,
        sourceType: file.endsWith('.cts') ? 'commonjs' : 'module',
        parserOptions: {
          ecmaFeatures: { jsx: !/\.[cm]?ts$/u.test(file) },
          ...(typed ? { projectService: true, tsconfigRootDir } : {}),
        },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      rules,
    },
  ];
}

/** ESLint's messages for the file, and the exceptions of the rules that threw (each named). */
function verify(linter: ESLintLinter, file: string, text: string, tsconfigRootDir: string | null): { messages: Linter.LintMessage[]; exceptions: RuleException[] } {
  const typed = tsconfigRootDir !== null;
  const options = { filename: file, allowInlineConfig: false };
  try {
    return { messages: linter.verify(text, lintConfig(file, tsconfigRootDir), options), exceptions: [] };
  } catch (error) {
    const messages: Linter.LintMessage[] = [];
    const exceptions: RuleException[] = [];
    for (const config of CONFIG_NAMES) {
      for (const rule of RULE_NAMES) {
        try {
          messages.push(...linter.verify(text, lintConfig(file, tsconfigRootDir, { only: `${config}/${rule}` }), options));
        } catch (alone) {
          exceptions.push(exceptionOf(file, typed, alone));
        }
      }
    }
    // Thrown together but by none alone: an interaction between rules, reported as it was thrown.
    if (exceptions.length === 0) exceptions.push(exceptionOf(file, typed, error));
    // The file parsed (a rule ran), so every message here is a rule's.
    return { messages: messages.filter((message) => message.ruleId !== null), exceptions };
  }
}

/** The rule id ESLint attached to the error, or wrote into its message. */
export function exceptionOf(file: string, typed: boolean, error: unknown): RuleException {
  const err = error instanceof Error ? error : new Error(String(error));
  const attached = (err as Error & { ruleId?: unknown }).ruleId;
  const id =
    (typeof attached === 'string' ? attached : null) ??
    /\nRule: "([^"]+)"/u.exec(err.message)?.[1] ??
    /^Error while loading rule '([^']+)'/u.exec(err.message)?.[1] ??
    null;
  const [config, rule] = id?.includes('/') === true ? (id.split('/', 2) as [string, string]) : [null, id];
  return {
    file,
    config: (CONFIG_NAMES as readonly string[]).includes(config ?? '') ? (config as ConfigName) : null,
    rule,
    typed,
    message: err.message,
    stack: err.stack ?? err.message,
  };
}

function lintFile(linter: ESLintLinter, file: CorpusFile, untyped: boolean): FileOutcome {
  const started = performance.now();
  const text = readFileSync(file.path, 'utf8');
  const tsconfigRootDir = untyped ? null : file.tsconfigRootDir;
  let result = verify(linter, file.path, text, tsconfigRootDir);
  let typedFallback = false;
  if (tsconfigRootDir !== null && result.messages.some((message) => message.fatal === true && message.message.includes('was not found by the project service'))) {
    typedFallback = true;
    result = verify(linter, file.path, text, null);
  }
  const findings: Record<string, number> = {};
  const parseErrors: ParseError[] = [];
  for (const message of result.messages) {
    if (message.ruleId === null) {
      if (message.fatal === true) parseErrors.push({ file: file.path, line: message.line, message: message.message });
    } else {
      findings[message.ruleId] = (findings[message.ruleId] ?? 0) + 1;
    }
  }
  return {
    file: file.path,
    ms: performance.now() - started,
    typed: tsconfigRootDir !== null && !typedFallback,
    typedFallback,
    findings,
    parseErrors,
    exceptions: result.exceptions,
    overflowed: parseErrors.some((error) => error.message.includes('Maximum call stack size exceeded')),
  };
}

// ---------------------------------------------------------------------------------------------
// Workers

interface WorkerInput {
  readonly corpusWorker: true;
  readonly root: string;
  readonly untyped: boolean;
}

/**
 * A worker thread running the module at `moduleUrl`, loaded through tsx's loader when the worker
 * did not inherit it (Node 20 does not run `--import` in workers).
 */
export function moduleWorker(moduleUrl: string, data: unknown, resourceLimits?: ResourceLimits): Worker {
  const bootstrap = `
const url = ${JSON.stringify(moduleUrl)};
import(url).catch(async (error) => {
  if (error?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))});
  register();
  // A failed import stays failed for its URL; the query makes it a new one.
  await import(url + '?worker');
});
`;
  return new Worker(bootstrap, { eval: true, workerData: data, ...(resourceLimits ? { resourceLimits } : {}) });
}

type ToWorker = { readonly type: 'lint'; readonly index: number; readonly file: CorpusFile };
type FromWorker = { readonly type: 'ready' } | { readonly type: 'done'; readonly index: number; readonly outcome: FileOutcome };

function runWorker(input: WorkerInput): void {
  const port = parentPort;
  if (!port) return;
  const linter = new ESLintLinter({ cwd: path.parse(input.root).root });
  port.on('message', (message: ToWorker) => {
    const outcome = lintFile(linter, message.file, input.untyped);
    port.postMessage({ type: 'done', index: message.index, outcome } satisfies FromWorker);
  });
  port.postMessage({ type: 'ready' } satisfies FromWorker);
}

/**
 * Lints the files in worker threads, one file per worker at a time; files of one tsconfig go to
 * one worker in order, so that a program is built once per worker. A throwing rule is recorded
 * and the run goes on; a file past the timeout is recorded and its worker replaced.
 */
export async function lintCorpus(root: string, collected: CollectResult, options: CorpusOptions = {}): Promise<CorpusSummary> {
  const started = performance.now();
  const absoluteRoot = path.resolve(root);
  const untyped = options.untyped === true;
  const timeoutMs = (options.timeoutSeconds ?? 120) * 1000;
  const jobs = Math.max(1, Math.min(options.jobs ?? Math.min(os.availableParallelism(), 4), collected.files.length));
  const outcomes = new Array<FileOutcome | undefined>(collected.files.length);
  const timeouts: { file: string; seconds: number }[] = [];
  const queues = groupsOf(collected.files, untyped);
  let done = 0;

  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const start = (): void => {
      const queue = queues.shift();
      if (!queue) {
        if (running === 0) resolve();
        return;
      }
      running++;
      const worker = moduleWorker(import.meta.url, { corpusWorker: true, root: absoluteRoot, untyped } satisfies WorkerInput);
      let timer: NodeJS.Timeout | undefined;
      /** Ends this worker; the rest of its group goes to a fresh one. */
      const retire = (): void => {
        worker.removeAllListeners();
        void worker.terminate();
        running--;
        if (queue.length > 0) queues.unshift([...queue]);
        start();
        if (running === 0 && queues.length === 0) resolve();
      };
      const next = (): void => {
        let current = queue.shift();
        if (current === undefined) {
          // A group is done: this worker takes the next group, if any.
          const following = queues.shift();
          if (!following) {
            retire();
            return;
          }
          queue.push(...following);
          current = queue.shift() ?? 0;
        }
        const file = collected.files[current];
        if (!file) throw new Error(`no file ${String(current)}`);
        timer = setTimeout(() => {
          timeouts.push({ file: file.path, seconds: timeoutMs / 1000 });
          report(file.path);
          retire();
        }, timeoutMs);
        worker.postMessage({ type: 'lint', index: current, file } satisfies ToWorker);
      };
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          next();
          return;
        }
        clearTimeout(timer);
        outcomes[message.index] = message.outcome;
        report(message.outcome.file);
        // After a stack overflow inside TypeScript, a fresh TypeScript for the rest of the group.
        if (message.outcome.overflowed) retire();
        else next();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    };
    for (let i = 0; i < jobs; i++) start();
  });

  function report(file: string): void {
    done++;
    options.onProgress?.(done, collected.files.length, file);
  }

  const findings = Object.fromEntries(
    CONFIG_NAMES.map((config) => [config, Object.fromEntries(RULE_NAMES.map((rule) => [rule, 0]))]),
  ) as Record<ConfigName, Record<string, number>>;
  const parseErrors: ParseError[] = [];
  const exceptions: RuleException[] = [];
  let typed = 0;
  let typedFallback = 0;
  const linted = outcomes.filter((outcome): outcome is FileOutcome => outcome !== undefined);
  for (const outcome of linted) {
    if (outcome.typed) typed++;
    if (outcome.typedFallback) typedFallback++;
    parseErrors.push(...outcome.parseErrors);
    exceptions.push(...outcome.exceptions);
    for (const [id, count] of Object.entries(outcome.findings)) {
      const [config, rule] = id.split('/', 2) as [ConfigName, string];
      findings[config][rule] = (findings[config][rule] ?? 0) + count;
    }
  }
  return {
    root: absoluteRoot,
    files: {
      found: collected.found,
      linted: linted.length,
      duplicates: collected.duplicates,
      tooLarge: collected.tooLarge,
      typed,
      untyped: linted.length - typed,
      typedFallback,
    },
    findings,
    parseErrors,
    exceptions,
    timeouts: timeouts.sort((a, b) => compareStrings(a.file, b.file)),
    durationMs: Math.round(performance.now() - started),
    slowest: [...linted]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10)
      .map(({ file, ms }) => ({ file, ms: Math.round(ms) })),
  };
}

/** File indexes in groups: one group per tsconfig (typed), untyped files in runs of 50. */
function groupsOf(files: readonly CorpusFile[], untyped: boolean): number[][] {
  const typedGroups = new Map<string, number[]>();
  const groups: number[][] = [];
  let loose: number[] = [];
  for (const [index, file] of files.entries()) {
    if (!untyped && file.tsconfigRootDir !== null) {
      let group = typedGroups.get(file.tsconfigRootDir);
      if (!group) {
        group = [];
        typedGroups.set(file.tsconfigRootDir, group);
        groups.push(group);
      }
      group.push(index);
    } else {
      loose.push(index);
      if (loose.length === 50) {
        groups.push(loose);
        loose = [];
      }
    }
  }
  if (loose.length > 0) groups.push(loose);
  return groups;
}

// ---------------------------------------------------------------------------------------------
// Command line

/** The summary as the lines `npm run corpus` prints. */
export function formatSummary(summary: CorpusSummary): string {
  const { files } = summary;
  const lines = [
    `corpus ${summary.root}`,
    `files: ${String(files.linted)} linted (${String(files.typed)} typed, ${String(files.untyped)} untyped, ` +
      `${String(files.typedFallback)} of them outside their tsconfig's project); ${String(files.found)} found, ` +
      `${String(files.duplicates)} duplicates, ${String(files.tooLarge)} over 1 MB`,
    'findings:',
  ];
  for (const [config, counts] of Object.entries(summary.findings)) {
    lines.push(`  ${config}: ${Object.entries(counts).map(([rule, count]) => `${rule} ${String(count)}`).join(', ')}`);
  }
  lines.push(`parse errors: ${String(summary.parseErrors.length)}`);
  for (const error of summary.parseErrors.slice(0, 20)) lines.push(`  ${error.file}:${String(error.line)} ${error.message}`);
  if (summary.parseErrors.length > 20) lines.push(`  … and ${String(summary.parseErrors.length - 20)} more`);
  lines.push(`rule exceptions: ${String(summary.exceptions.length)}`);
  for (const exception of summary.exceptions) {
    lines.push(`  ${exception.file} [${exception.config ?? '?'}/${exception.rule ?? '?'}${exception.typed ? ', typed' : ''}]`);
    lines.push(...exception.stack.split('\n').slice(0, 12).map((line) => `    ${line}`));
  }
  lines.push(`timeouts: ${String(summary.timeouts.length)}`);
  for (const timeout of summary.timeouts) lines.push(`  ${timeout.file} (over ${String(timeout.seconds)} s)`);
  lines.push(`slowest: ${summary.slowest.slice(0, 5).map(({ file, ms }) => `${path.relative(summary.root, file)} ${String(ms)} ms`).join(', ')}`);
  lines.push(`time: ${(summary.durationMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}

interface Arguments {
  readonly dir: string;
  readonly json: string | null;
  readonly untyped: boolean;
  readonly quiet: boolean;
  readonly jobs: number | undefined;
  readonly timeoutSeconds: number | undefined;
}

function parseArguments(argv: readonly string[]): Arguments {
  let dir: string | null = null;
  let json: string | null = null;
  let untyped = false;
  let quiet = false;
  let jobs: number | undefined;
  let timeoutSeconds: number | undefined;
  const positive = (name: string, value: string | undefined): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${name} needs a positive integer`);
    return number;
  };
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? '';
    if (argument === '--json') {
      json = argv[++i] ?? null;
      if (json === null) throw new Error('--json needs a file name');
    } else if (argument === '--untyped') {
      untyped = true;
    } else if (argument === '--quiet') {
      quiet = true;
    } else if (argument === '--jobs') {
      jobs = positive('--jobs', argv[++i]);
    } else if (argument === '--timeout') {
      timeoutSeconds = positive('--timeout', argv[++i]);
    } else if (argument.startsWith('-')) {
      throw new Error(`unknown option ${argument}`);
    } else if (dir === null) {
      dir = argument;
    } else {
      throw new Error(`one directory only (got ${dir} and ${argument})`);
    }
  }
  if (dir === null) throw new Error('a directory is required');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is not a directory`);
  return { dir, json, untyped, quiet, jobs, timeoutSeconds };
}

async function main(): Promise<void> {
  let args: Arguments;
  try {
    args = parseArguments(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `corpus: ${(error as Error).message}\nusage: npm run corpus -- <dir> [--json summary.json] [--untyped] [--jobs N] [--timeout seconds] [--quiet]\n`,
    );
    process.exitCode = 2;
    return;
  }
  const collected = collectFiles(args.dir);
  const summary = await lintCorpus(args.dir, collected, {
    untyped: args.untyped,
    jobs: args.jobs,
    timeoutSeconds: args.timeoutSeconds,
    onProgress: args.quiet
      ? undefined
      : (done, total, file) => {
          if (done % 200 === 0 || done === total) process.stderr.write(`  ${String(done)}/${String(total)} ${path.relative(args.dir, file)}\n`);
        },
  });
  process.stdout.write(`${formatSummary(summary)}\n`);
  if (args.json !== null) writeFileSync(args.json, `${JSON.stringify(summary, null, 2)}\n`);
  if (summary.exceptions.length > 0 || summary.timeouts.length > 0) process.exitCode = 1;
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.corpusWorker === true) {
  runWorker(workerData as WorkerInput);
} else if (isMainThread && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
