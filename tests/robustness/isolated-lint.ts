/**
 * Lints code in a worker thread with every rule of every config (scripts/corpus.ts's lintConfig),
 * so that a case that never finishes — a super-linear regular expression, a runaway loop — fails
 * its test after a timeout instead of hanging the suite: the worker is terminated and replaced.
 */
import type { Linter } from 'eslint';
import type { Worker } from 'node:worker_threads';
import tsParser from '@typescript-eslint/parser';
import { Linter as ESLintLinter } from 'eslint';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

import type { LintConfigOptions } from '../../scripts/corpus.js';
import { exceptionOf, lintConfig, moduleWorker } from '../../scripts/corpus.js';

export interface LintJob {
  readonly code: string;
  /** Absolute path the code is linted as. */
  readonly filename: string;
  /** Typed with the project service rooted here, or untyped. */
  readonly tsconfigRootDir: string | null;
  readonly options?: LintConfigOptions;
  /** `parse-only`: no plugin rule, one core rule (parsing and ESLint's traversal only). */
  readonly mode?: 'parse-only' | 'plugin';
}

export type LintOutcome =
  | { readonly kind: 'done'; readonly messages: Linter.LintMessage[]; readonly ms: number }
  | { readonly kind: 'threw'; readonly ruleId: string | null; readonly message: string; readonly stack: string }
  | { readonly kind: 'timeout'; readonly seconds: number };

interface WorkerInput {
  readonly isolatedLintWorker: true;
}

/**
 * A worker that lints one job at a time; replaced after a timeout, and after a stack overflow in a
 * typed parse (TypeScript's project service is not safe to use after one: later files fail with
 * "Debug Failure. False expression.").
 */
export class IsolatedLinter {
  #worker: Worker | null = null;

  async lint(job: LintJob, timeoutSeconds: number): Promise<LintOutcome> {
    const worker = (this.#worker ??= moduleWorker(import.meta.url, { isolatedLintWorker: true } satisfies WorkerInput));
    return new Promise<LintOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        worker.removeAllListeners();
        void worker.terminate();
        this.#worker = null;
        resolve({ kind: 'timeout', seconds: timeoutSeconds });
      }, timeoutSeconds * 1000);
      worker.once('message', (outcome: LintOutcome) => {
        clearTimeout(timer);
        worker.removeAllListeners('error');
        if (job.tsconfigRootDir !== null && overflowed(outcome)) {
          void worker.terminate();
          this.#worker = null;
        }
        resolve(outcome);
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        this.#worker = null;
        reject(error);
      });
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
    this.#worker = null;
  }
}

function overflowed(outcome: LintOutcome): boolean {
  return outcome.kind === 'done' && outcome.messages.some((message) => message.fatal === true && message.message.includes('Maximum call stack size exceeded'));
}

/** Parsing and ESLint's traversal (one core rule), without the plugin. */
function parseOnlyConfig(job: LintJob): Linter.Config[] {
  return [
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.js'],
      languageOptions: {
        parser: tsParser,
        parserOptions: job.tsconfigRootDir === null ? {} : { projectService: true, tsconfigRootDir: job.tsconfigRootDir },
      },
      rules: { 'no-debugger': 'error' },
    },
  ];
}

/** Lints a job here, in this thread: ESLint's messages, or what a rule threw. */
export function lintHere(linter: ESLintLinter, job: LintJob): LintOutcome {
  const started = performance.now();
  const config = job.mode === 'parse-only' ? parseOnlyConfig(job) : lintConfig(job.filename, job.tsconfigRootDir, job.options);
  try {
    const messages = linter.verify(job.code, config, { filename: job.filename, allowInlineConfig: false });
    return { kind: 'done', messages, ms: performance.now() - started };
  } catch (error) {
    const exception = exceptionOf(job.filename, job.tsconfigRootDir !== null, error);
    return { kind: 'threw', ruleId: exception.rule === null ? null : `${exception.config ?? '?'}/${exception.rule}`, message: exception.message, stack: exception.stack };
  }
}

if (!isMainThread && (workerData as Partial<WorkerInput> | null)?.isolatedLintWorker === true) {
  const port = parentPort;
  const linter = new ESLintLinter({ cwd: path.parse(process.cwd()).root });
  port?.on('message', (job: LintJob) => {
    port.postMessage(lintHere(linter, job));
  });
}
