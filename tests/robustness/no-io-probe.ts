/**
 * Run in a child process by no-io.test.ts: loads ESLint, typescript-eslint's parser and the
 * plugin as built (dist/), then replaces the functions of fs, fs/promises, net, http, https,
 * child_process and dns (and fetch) with recorders, lints typed and untyped files with every
 * config, and prints the calls whose stack passes through dist/ as JSON.
 *
 * A call counts as the plugin's when the innermost frame outside Node's internals is in dist/:
 * TypeScript reading a declaration file while the plugin asks it for a type is TypeScript's.
 *
 *   node --import tsx tests/robustness/no-io-probe.ts <fixture dir>
 */
import type { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { Linter as ESLintLinter } from 'eslint';
import childProcess from 'node:child_process';
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

interface Call {
  readonly api: string;
  /** The first argument, when it is a path or a URL. */
  readonly target: string | null;
  readonly phase: 'load' | 'lint' | 'sanity';
  /** The innermost frame outside Node's internals. */
  readonly caller: string;
}

const repo = path.resolve(fileURLToPath(import.meta.url), '../../..');
const dist = path.join(repo, 'dist');
const distUrl = pathToFileURL(dist).href;
const fixture = path.resolve(process.argv[2] ?? '');
const calls: Call[] = [];
let phase: Call['phase'] = 'load';
let recording = false;

/** The innermost stack frame that is not Node's own nor this probe's recorder. */
function callerOf(stack: string): string {
  const frames = stack.split('\n').slice(1).map((line) => line.trim());
  return frames.find((frame) => !frame.includes('node:') && !frame.includes('no-io-probe.ts')) ?? '(node internals)';
}

function isPlugin(frame: string): boolean {
  return frame.includes(`${dist}${path.sep}`) || frame.includes(`${distUrl}/`);
}

function record(api: string, first?: unknown): void {
  if (!recording) return;
  recording = false;
  try {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 200;
    const stack = new Error('probe').stack ?? '';
    Error.stackTraceLimit = limit;
    const caller = callerOf(stack);
    const target = typeof first === 'string' || first instanceof URL ? String(first) : null;
    if (isPlugin(caller)) calls.push({ api, target, phase, caller });
  } finally {
    recording = true;
  }
}

function patch(module: object, name: string): void {
  const target = module as Record<string, unknown>;
  for (const key of Object.keys(target)) {
    const original = target[key];
    if (typeof original !== 'function' || /^[A-Z]/u.test(key)) continue;
    const wrapped = function (this: unknown, ...args: unknown[]): unknown {
      record(`${name}.${key}`, args[0]);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    try {
      target[key] = wrapped;
    } catch {
      // A read-only export: not patchable, and not one the checks below depend on.
    }
  }
}

patch(fs, 'fs');
patch(fs.promises, 'fs.promises');
patch(net, 'net');
patch(net.Socket.prototype, 'net.Socket');
patch(http, 'http');
patch(https, 'https');
patch(childProcess, 'child_process');
patch(dns, 'dns');
patch(dns.promises, 'dns.promises');
const originalFetch = globalThis.fetch;
globalThis.fetch = (...args: Parameters<typeof fetch>) => {
  record('fetch', args[0]);
  return originalFetch(...args);
};
syncBuiltinESMExports();

recording = true;
const { default: plugin } = (await import(pathToFileURL(path.join(dist, 'index.js')).href)) as {
  default: { configs: Record<string, Linter.Config> };
};

phase = 'lint';
const files = fs
  .readdirSync(path.join(fixture, 'src'))
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => path.join(fixture, 'src', name));
const texts = files.map((file) => fs.readFileSync(file, 'utf8'));
const linter = new ESLintLinter({ cwd: fixture });
const settings = { ironclad: { loggers: ['audit.record', { from: 'file', name: 'Audit', path: 'src/types.ts' }], apiCalls: ['inventory.*', '/^client\\./u'] } };
let findings = 0;
let linted = 0;
for (const [name, config] of Object.entries(plugin.configs)) {
  for (const typed of [true, false]) {
    // The -type-checked configs refuse files without type information, by design.
    if (!typed && name !== 'recommended') continue;
    const configs: Linter.Config[] = [
      {
        ...config,
        files: ['**/*.ts'],
        settings,
        languageOptions: { parser: tsParser, parserOptions: typed ? { projectService: true, tsconfigRootDir: fixture } : {} },
      },
    ];
    for (const [index, file] of files.entries()) {
      const messages = linter.verify(texts[index] ?? '', configs, file);
      const fatal = messages.find((message) => message.fatal === true);
      if (fatal) throw new Error(`${file}: ${fatal.message}`);
      findings += messages.length;
      linted++;
    }
  }
}

// The recorder attributes a call from dist/ to the plugin (the check can fail).
phase = 'sanity';
const fromDist = vm.runInThisContext('(fs) => fs.existsSync(".")', { filename: path.join(dist, 'sanity-probe.js') }) as (module: typeof fs) => boolean;
fromDist(fs);
recording = false;

process.stdout.write(`${JSON.stringify({ linted, findings, calls })}\n`);
