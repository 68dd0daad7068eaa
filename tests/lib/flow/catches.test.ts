/**
 * lib/flow/catches: the verdict on each catch clause and rejection handler, path by path, and
 * whether a handler can reject.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import * as parser from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import dedent from 'dedent';
import { Linter } from 'eslint';
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';

import type { CatchVerdict } from '../../../lib/flow/catches.js';
import type { FunctionNode } from '../../../lib/matching/ast.js';
import { CatchAnalysis, isRejectionHandler } from '../../../lib/flow/catches.js';
import { CodePathRecorder } from '../../../lib/flow/code-path.js';
import { mergeListeners } from '../../../lib/flow/listeners.js';
import { isFunctionNode, unwrapExpression } from '../../../lib/matching/ast.js';
import { fileNames } from '../../../lib/matching/call-site.js';

interface Analysed {
  /** Verdicts of the catch clauses and inline rejection handlers, in source order. */
  readonly verdicts: CatchVerdict[];
  /** Whether each inline rejection handler can reject, in source order. */
  readonly canReject: boolean[];
}

/** `LOG.*` calls are log calls; `api.*` calls are API calls. */
function analyse(code: string): Analysed {
  const result: { verdicts: CatchVerdict[]; canReject: boolean[] } = { verdicts: [], canReject: [] };
  const rule = {
    create(context: { sourceCode: never }) {
      const handlers: (TSESTree.CatchClause | FunctionNode)[] = [];
      const recorder: CodePathRecorder = new CodePathRecorder({
        onSolved: () => {
          for (const handler of handlers) {
            result.verdicts.push(catches.verdict(handler));
            if (isFunctionNode(handler)) result.canReject.push(catches.canReject(handler));
          }
        },
      });
      const calleeRoot = (call: TSESTree.CallExpression | TSESTree.NewExpression): string | null => {
        const callee = unwrapExpression(call.callee);
        return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier ? callee.object.name : null;
      };
      const catches = new CatchAnalysis({
        sourceCode: context.sourceCode,
        paths: fileNames(context.sourceCode).paths,
        recorder,
        isLogCall: (call) => calleeRoot(call) === 'LOG',
        isApiCall: (call) => calleeRoot(call) === 'api',
      });
      return mergeListeners(catches.earlyListeners, recorder.listeners, catches.listeners, {
        CatchClause: (node: TSESTree.CatchClause) => {
          handlers.push(node);
        },
        ':function': (node: FunctionNode) => {
          if (isRejectionHandler(node)) handlers.push(node);
        },
      });
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { test: { rules: { catches: rule as never } } }, rules: { 'test/catches': 'error' } }],
    'file.ts',
  );
  assert.deepEqual(
    messages.filter((message) => message.fatal === true),
    [],
  );
  return result;
}

/** The verdict on the one catch of `try { await api.get(); } catch (error) { <body> }`. */
function verdictOf(body: string): CatchVerdict {
  const { verdicts } = analyse(`async function f() {\n  try {\n    await api.get();\n  } catch (error) {\n${body}\n  }\n}`);
  assert.equal(verdicts.length, 1);
  return verdicts[0] ?? 'useless';
}

describe('lib/flow/catches', () => {
  describe('catch clauses', () => {
    it('effective: every path throws, passes the error on, or handles a case', () => {
      const bodies = [
        "throw new DriverError('failed', { cause: error });",
        'if (error instanceof NotFound) throw new InstanceNotFound({ cause: error });\nthrow error;',
        'if (error instanceof NotFound) return null;\nthrow error;',
        'if (!(error instanceof NotFound)) throw error;\nreturn null;',
        'reportError(error);',
        'return { ok: false, error };',
        'this.lastError = error;',
        'return isNotFound(error) ? null : Promise.reject(error);',
        "switch (error.code) {\n  case 404:\n    return null;\n  default:\n    throw error;\n}",
        'switch (true) {\n  case error instanceof NotFound:\n    return null;\n  default:\n    throw error;\n}',
        'if (error.response?.statusCode !== 409) throw error;',
        "if (error.status >= 500) throw new DriverError('down', { cause: error });",
        'if (!error.response) return retry();\nthrow error;',
        "if (client.promptFor2fa) return prompt();\nthrow new DriverError('login failed', { cause: error });",
      ];
      for (const body of bodies) assert.equal(verdictOf(body), 'effective', body);
    });

    it('logged only: every path hands the error to log calls and carries on', () => {
      assert.equal(verdictOf("LOG.warning('cleanup failed', error);"), 'loggedOnly');
      assert.equal(verdictOf("LOG.warning(describe(error));\nreturn false;"), 'loggedOnly');
      assert.equal(verdictOf("if (error) {\n  LOG.error('failed', error);\n  return;\n}"), 'loggedOnly');
    });

    it('partial: some paths handle, others drop the rest', () => {
      assert.equal(verdictOf('if (error instanceof NotFound) return null;'), 'partial');
      assert.equal(verdictOf('if (error.code === 404) {\n  return null;\n}'), 'partial');
      assert.equal(verdictOf('switch (error.code) {\n  case 404:\n    return null;\n}'), 'partial');
      assert.equal(verdictOf("if (verbose) LOG.debug('failed');\nif (error instanceof NotFound) return null;"), 'partial');
    });

    it('swallowed: no path uses or rethrows the error', () => {
      assert.equal(verdictOf(''), 'swallowed');
      assert.equal(verdictOf('// ignore'), 'swallowed');
      assert.equal(verdictOf('return false;'), 'swallowed');
      assert.equal(verdictOf('const message = error.message;\nreturn null;'), 'swallowed');
      assert.equal(verdictOf('if (quiet) return;'), 'swallowed');
      assert.equal(verdictOf('if (error) return;'), 'swallowed');
    });

    it('useless: a catch that only rethrows the error unchanged', () => {
      assert.equal(verdictOf('throw error;'), 'useless');
    });

    it('a catch without a binding that translates is effective, one that carries on swallows', () => {
      const translated = analyse("async function f() {\n  try {\n    await api.get();\n  } catch {\n    throw new DriverError('failed');\n  }\n}");
      assert.deepEqual(translated.verdicts, ['effective']);
      const dropped = analyse('async function f() {\n  try {\n    await api.get();\n  } catch {\n    return null;\n  }\n}');
      assert.deepEqual(dropped.verdicts, ['swallowed']);
    });

    it('a continue or a break that leaves the catch is a way out of it', () => {
      const retry = analyse(dedent`
        async function f() {
          for (let attempt = 0; attempt < 3; attempt++) {
            try {
              return await api.get();
            } catch (error) {
              if (isRetryable(error)) continue;
              break;
            }
          }
        }
      `);
      assert.deepEqual(retry.verdicts, ['partial']);
    });

    it('a loop inside the catch does not end it', () => {
      const looped = analyse(dedent`
        async function f() {
          try {
            await api.get();
          } catch (error) {
            for (const hook of hooks) {
              if (!hook) break;
            }
            throw error;
          }
        }
      `);
      assert.deepEqual(looped.verdicts, ['effective']);
    });
  });

  describe('rejection handlers', () => {
    it('judges .catch(h) and .then(f, h) by their own paths', () => {
      const { verdicts } = analyse(dedent`
        api.get().catch(() => {});
        api.get().catch((error) => reportError(error));
        api.get().then(use, (error) => LOG.warning('failed', error));
        api.get().catch((error) => {
          if (error instanceof NotFound) return null;
        });
      `);
      assert.deepEqual(verdicts, ['swallowed', 'effective', 'loggedOnly', 'partial']);
    });

    it('judges a local function passed as a handler', () => {
      const { verdicts } = analyse(dedent`
        const onError = (error) => reportError(error);
        function ignore() {}
        api.get().catch(onError);
        api.get().catch(ignore);
      `);
      // Not inline, so not listed by isRejectionHandler; the analysis still registers them.
      assert.deepEqual(verdicts, []);
      const registered = analyseNamed(dedent`
        const onError = (error) => reportError(error);
        function ignore() {}
        api.get().catch(onError);
        api.get().catch(ignore);
      `);
      assert.deepEqual(registered, ['effective', 'swallowed']);
    });

    it('can reject when it throws, rejects, or awaits or returns an API call', () => {
      const { canReject } = analyse(dedent`
        api.get().catch((error) => { throw error; });
        api.get().catch((error) => Promise.reject(error));
        api.get().catch(async () => { await api.reset(); });
        api.get().catch(() => api.reset());
        api.get().catch((error) => reportError(error));
        api.get().catch(async (error) => { await LOG.flush(error); });
      `);
      assert.deepEqual(canReject, [true, true, true, true, false, false]);
    });
  });
});

/** Verdicts of the functions declared at the top level of `code` (handlers passed by name). */
function analyseNamed(code: string): CatchVerdict[] {
  const verdicts: CatchVerdict[] = [];
  const rule = {
    create(context: { sourceCode: never }) {
      const functions: FunctionNode[] = [];
      const recorder: CodePathRecorder = new CodePathRecorder({
        onSolved: () => {
          for (const fn of functions) verdicts.push(catches.verdict(fn));
        },
      });
      const catches = new CatchAnalysis({ sourceCode: context.sourceCode, paths: fileNames(context.sourceCode).paths, recorder, isLogCall: () => false, isApiCall: () => false });
      return mergeListeners(catches.earlyListeners, recorder.listeners, catches.listeners, {
        ':function': (node: FunctionNode) => {
          if (node.parent.type === AST_NODE_TYPES.VariableDeclarator || node.type === AST_NODE_TYPES.FunctionDeclaration) functions.push(node);
        },
      });
    },
  };
  const linter = new Linter({ configType: 'flat' });
  linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { test: { rules: { catches: rule as never } } }, rules: { 'test/catches': 'error' } }], 'file.ts');
  return verdicts;
}
