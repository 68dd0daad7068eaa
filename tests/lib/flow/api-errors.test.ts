/**
 * lib/flow/api-errors: the fate of each API call's promise and error, propagation through
 * helpers and documented functions, the synchronous-use evidence, and the suggestion fixes.
 * `api.*` calls stand for API calls, `LOG.*` for log calls, `retrying` for a handler wrapper.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as parser from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import dedent from 'dedent';
import { Linter } from 'eslint';
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';

import type { ApiErrorAnalysisOptions, Unhandled } from '../../../lib/flow/api-errors.js';
import type { FunctionNode } from '../../../lib/matching/ast.js';
import { ApiErrorAnalysis, calleeText, isSynchronousCall, returnsInFinally, throwsDocFix, wrapInTryFix } from '../../../lib/flow/api-errors.js';
import { CatchAnalysis } from '../../../lib/flow/catches.js';
import { CodePathRecorder } from '../../../lib/flow/code-path.js';
import { mergeListeners } from '../../../lib/flow/listeners.js';
import { AccessPathResolver } from '../../../lib/matching/access-path.js';
import { isFunctionNode, unwrapExpression } from '../../../lib/matching/ast.js';
import { CallSites } from '../../../lib/matching/call-site.js';

interface Judged {
  readonly code: string;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly paths: AccessPathResolver;
  /** Each `api.*` call's fate (null: handled), in source order. */
  readonly fates: (Unhandled | null)[];
  /** The calls handed out by takeDocumentedPropagations after judging every API call. */
  readonly documentedSites: string[];
  readonly calls: TSESTree.CallExpression[];
  readonly functions: FunctionNode[];
  readonly finalizers: TSESTree.BlockStatement[];
}

function rootName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  let callee = unwrapExpression(call.callee);
  while (callee.type === AST_NODE_TYPES.MemberExpression) callee = unwrapExpression(callee.object);
  return callee.type === AST_NODE_TYPES.Identifier ? callee.name : null;
}

function judge(code: string, options: Partial<Pick<ApiErrorAnalysisOptions, 'checkLogOnly' | 'documentedPropagation' | 'localPropagation'>> = {}): Judged {
  const result: { judged?: Judged } = {};
  const rule = {
    create(context: { sourceCode: Readonly<TSESLint.SourceCode> }) {
      const sourceCode = context.sourceCode;
      const paths = new AccessPathResolver(sourceCode);
      const sites = new CallSites(paths);
      const apiCalls: TSESTree.CallExpression[] = [];
      const calls: TSESTree.CallExpression[] = [];
      const functions: FunctionNode[] = [];
      const finalizers: TSESTree.BlockStatement[] = [];
      const isApiCall = (call: TSESTree.CallExpression): boolean => rootName(call) === 'api' && !isPromiseMethod(call);
      const recorder: CodePathRecorder = new CodePathRecorder({
        onSolved: () => {
          const fates = apiCalls.map((call) => analysis.fateOfApiCall(call));
          const documentedSites = analysis.takeDocumentedPropagations().map((site) => sourceCode.getText(site.callee));
          result.judged = { code, sourceCode, paths, fates, documentedSites, calls, functions, finalizers };
        },
      });
      const catches = new CatchAnalysis({ sourceCode, paths, recorder, isLogCall: (call) => rootName(call) === 'LOG', isApiCall });
      const analysis = new ApiErrorAnalysis({
        sourceCode,
        paths,
        sites,
        info: null,
        catches,
        isApiCall,
        isLogCall: (call) => rootName(call) === 'LOG',
        isLogMethod: (method) => method.type === AST_NODE_TYPES.MemberExpression && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === 'LOG',
        isHandlerWrapper: (call) => rootName(call) === 'retrying',
        isHandlerDecorator: () => false,
        swallowAllowed: (handler) => sourceCode.getCommentsInside(handler).some((comment) => comment.value.includes('ironclad-ignore:')),
        documentedPropagation: options.documentedPropagation ?? true,
        localPropagation: options.localPropagation ?? true,
        checkLogOnly: options.checkLogOnly ?? false,
      });
      return mergeListeners(recorder.listeners, catches.listeners, {
        CallExpression: (node: TSESTree.CallExpression) => {
          analysis.noteCall(node);
          calls.push(node);
          if (isApiCall(node)) apiCalls.push(node);
        },
        ':function': (node: FunctionNode) => {
          functions.push(node);
        },
        'TryStatement > BlockStatement.finalizer': (node: TSESTree.BlockStatement) => {
          finalizers.push(node);
        },
      });
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { test: { rules: { fates: rule as never } } }, rules: { 'test/fates': 'error' } }],
    'file.ts',
  );
  assert.deepEqual(
    messages.filter((message) => message.fatal === true),
    [],
  );
  if (!result.judged) throw new Error('the file was not solved');
  return result.judged;
}

function isPromiseMethod(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier && ['then', 'catch', 'finally'].includes(callee.property.name);
}

/** The message ids of every `api.*` call's fate, `null` for handled ones. */
function fatesOf(code: string, options: Parameters<typeof judge>[1] = {}): (string | null)[] {
  return judge(code, options).fates.map((fate) => fate?.messageId ?? null);
}

function applyFix(code: string, fix: TSESLint.ReportFixFunction): string {
  const fixer = {
    replaceText: (node: TSESTree.Node | TSESTree.Token, text: string) => ({ range: node.range, text }),
    insertTextBefore: (node: TSESTree.Node | TSESTree.Token, text: string) => ({ range: [node.range[0], node.range[0]] as const, text }),
    insertTextBeforeRange: (range: readonly [number, number], text: string) => ({ range: [range[0], range[0]] as const, text }),
  };
  const result = fix(fixer as unknown as TSESLint.RuleFixer) as { range: readonly [number, number]; text: string };
  return code.slice(0, result.range[0]) + result.text + code.slice(result.range[1]);
}

describe('lib/flow/api-errors', () => {
  describe('the promise', () => {
    it('awaited, returned, chained, combined, passed to a wrapper or left floating', () => {
      const code = dedent`
        export async function f() {
          try {
            await api.a();
            await Promise.all([api.b(), api.c()]);
            await api.d().then(use);
            await retrying(api.e());
          } catch (error) {
            throw new DriverError('failed', { cause: error });
          }
          api.f();
          void api.g();
          api.h().then(use);
          await Promise.allSettled([api.i()]);
        }
      `;
      assert.deepEqual(fatesOf(code), [null, null, null, null, null, 'floating', 'voidedPromise', 'floating', null]);
    });

    it('a promise returned from a try escapes it; assigned and handled after another await is late', () => {
      const code = dedent`
        export async function f() {
          const early = api.a();
          await other();
          try {
            await early;
            return api.b();
          } catch (error) {
            throw new DriverError('failed', { cause: error });
          }
        }
      `;
      assert.deepEqual(fatesOf(code), ['lateHandler', 'escapesTry']);
    });

    it('a floating chain whose handler rethrows loses the rethrown error', () => {
      assert.deepEqual(fatesOf('export function f() { api.a().catch((error) => { throw error; }); }'), ['floatingHandlerRejects']);
      assert.deepEqual(fatesOf('export function f() { api.a().catch((error) => reportError(error)); }'), [null]);
    });
  });

  describe('the error', () => {
    it('escapes a boundary, or is lost in a swallowing or partial catch', () => {
      assert.deepEqual(fatesOf('export async function f() { await api.a(); }'), ['unhandled']);
      assert.deepEqual(fatesOf('export async function f() { try { await api.a(); } catch {} }'), ['swallowed']);
      assert.deepEqual(fatesOf('export async function f() { try { await api.a(); } catch (e) { if (e instanceof NotFound) return null; } }'), ['partialCatch']);
      // A catch that only rethrows is no handling: the error escapes, and the message names that catch.
      assert.deepEqual(fatesOf('export async function f() { try { await api.a(); } catch (e) { throw e; } }'), ['unhandledRethrown']);
      assert.deepEqual(fatesOf('export async function f() { try { try { await api.a(); } catch (e) { throw e; } } catch (e) { throw e; } }'), ['unhandledRethrown']);
    });

    it('in a catch or finally block, it is reported as such', () => {
      const code = dedent`
        export async function f() {
          try {
            await api.a();
          } catch (error) {
            await api.b();
            throw new DriverError('failed', { cause: error });
          } finally {
            await api.c();
          }
        }
      `;
      const fates = judge(code).fates;
      assert.deepEqual(
        fates.map((fate) => fate?.messageId ?? null),
        [null, 'unhandledInHandler', 'unhandledInHandler'],
      );
      assert.deepEqual(
        fates.map((fate) => fate?.data.block ?? null),
        [null, 'catch', 'finally'],
      );
    });

    it('a log-only catch is reported at a boundary only under checkLogOnly', () => {
      const code = "export async function f() { try { await api.a(); } catch (e) { LOG.warning('failed', e); } }";
      assert.deepEqual(fatesOf(code), [null]);
      assert.deepEqual(fatesOf(code, { checkLogOnly: true }), ['loggedAndSwallowed']);
    });

    it('a callback that runs outside the try, or nowhere', () => {
      const code = dedent`
        export async function f(ids, emitter) {
          try {
            ids.forEach(async (id) => await api.a(id));
            setTimeout(() => api.b(), 0);
          } catch (error) {
            throw new DriverError('failed', { cause: error });
          }
          emitter.on('change', async () => await api.c());
        }
      `;
      assert.deepEqual(fatesOf(code), ['callbackEscapesTry', 'callbackEscapesTry', 'callbackEscapes']);
    });
  });

  describe('propagation', () => {
    it('a private helper propagates when every call of it in the file is handled', () => {
      const handled = dedent`
        async function helper() { return await api.a(); }
        export async function f() {
          try { return await helper(); } catch (error) { throw new DriverError('failed', { cause: error }); }
        }
      `;
      assert.deepEqual(fatesOf(handled), [null]);
      assert.deepEqual(fatesOf(handled, { localPropagation: false }), ['unhandled']);
      const unhandled = `${handled}\nexport async function g() { return await helper(); }`;
      const [fate] = judge(unhandled).fates;
      assert.equal(fate?.messageId, 'unhandledHelper');
      assert.equal(fate.data.line, '5');
    });

    it('a documented function propagates, and hands its calls out as API calls once an error goes through it', () => {
      const code = dedent`
        /** @throws {NotFound} */
        async function fetchNode() { return await api.a(); }
        /** @throws {RangeError} */
        function validate(mode) { if (mode > 3) throw new RangeError('mode'); }
        export async function f() {
          validate(1);
          return await fetchNode();
        }
      `;
      const judged = judge(code);
      assert.deepEqual(
        judged.fates.map((fate) => fate?.messageId ?? null),
        [null],
      );
      assert.deepEqual(judged.documentedSites, ['fetchNode']);
      // Without documented propagation it is a private helper whose call is not handled.
      assert.deepEqual(fatesOf(code, { documentedPropagation: false }), ['unhandledHelper']);
    });

    it('an immediately invoked function passes its error to the call site', () => {
      const code = dedent`
        export async function f() {
          try { await (async () => { await api.a(); })(); } catch (error) { throw new DriverError('failed', { cause: error }); }
          (async () => { await api.b(); })();
        }
      `;
      // The second is awaited in a function whose promise nobody keeps: it escapes that function.
      assert.deepEqual(fatesOf(code), [null, 'unhandled']);
    });
  });

  describe('isSynchronousCall without types', () => {
    it('a value used the way only a plain value can be is evidence', () => {
      const code = dedent`
        const a = api.a() + 1;
        const b = \`\${api.b()}\`;
        if (api.c()) use();
        const { d } = api.d();
        const e = api.e();
        use(e.length);
        const f = api.f();
        await f;
        const g = api.g().then(use);
        api.h();
      `;
      const { calls, paths } = judge(code);
      const apiCalls = calls.filter((call) => rootName(call) === 'api' && !isPromiseMethod(call));
      assert.deepEqual(
        apiCalls.map((call) => isSynchronousCall(call, paths, null, (logCall) => rootName(logCall) === 'LOG')),
        [true, true, true, true, true, false, false, false],
      );
    });
  });

  describe('texts and fixes', () => {
    it('calleeText keeps the method name when it shortens', () => {
      const code = 'accessory.getService(Service.MotionSensor).getCharacteristic(Characteristic.MotionDetected).onGet(handler);';
      const { calls, sourceCode } = judge(code);
      const onGet = calls.find((call) => sourceCode.getText(call.callee).endsWith('.onGet'));
      assert.ok(onGet);
      const text = calleeText(onGet, sourceCode, 40);
      assert.ok(text.endsWith('….onGet'), text);
      assert.ok(text.length <= 40, text);
      assert.equal(calleeText(onGet, sourceCode, 200), sourceCode.getText(onGet.callee));
    });

    it('wrapInTryFix wraps an expression statement, a return and a for-await loop, nothing else', () => {
      const code = dedent`
        async function fetchNode() {
          await api.a();
          return await api.b();
        }
      `;
      const judged = judge(code);
      const awaitOf = (index: number): TSESTree.Node => {
        const call = judged.calls.filter((item) => rootName(item) === 'api')[index];
        assert.ok(call);
        return call.parent;
      };
      const wrapped = wrapInTryFix(awaitOf(0), judged.sourceCode);
      assert.ok(wrapped);
      assert.equal(
        applyFix(code, wrapped),
        dedent`
          async function fetchNode() {
            try {
              await api.a();
            } catch (error) {
              throw new Error('fetchNode failed', { cause: error });
            }
            return await api.b();
          }
        `,
      );
      const wrappedReturn = wrapInTryFix(awaitOf(1), judged.sourceCode);
      assert.ok(wrappedReturn);
      assert.match(applyFix(code, wrappedReturn), /try \{\n {4}return await api\.b\(\);\n {2}\} catch/u);
      const declared = judge('async function g() { const node = await api.a(); return node; }');
      const call = declared.calls[0];
      assert.ok(call);
      assert.equal(wrapInTryFix(call.parent, declared.sourceCode), null);
      const loop = judge('async function h() {\n  for await (const node of api.list()) use(node);\n}');
      const forOf = loop.calls[0]?.parent;
      assert.equal(forOf?.type, AST_NODE_TYPES.ForOfStatement);
      const loopFix = wrapInTryFix(forOf, loop.sourceCode);
      assert.ok(loopFix);
      assert.equal(
        applyFix(loop.code, loopFix),
        "async function h() {\n  try {\n    for await (const node of api.list()) use(node);\n  } catch (error) {\n    throw new Error('h failed', { cause: error });\n  }\n}",
      );
    });

    it('throwsDocFix adds a doc comment, or a line to the one there is', () => {
      const bare = judge('export async function f() {}');
      const [f] = bare.functions;
      assert.ok(f);
      assert.equal(applyFix(bare.code, throwsDocFix(f, 'api.a', bare.sourceCode)), '/**\n * @throws when `api.a` fails.\n */\nexport async function f() {}');
      const multi = judge('/**\n * Gets a node.\n */\nasync function g() {}');
      const [g] = multi.functions;
      assert.ok(g);
      assert.equal(applyFix(multi.code, throwsDocFix(g, 'api.a', multi.sourceCode)), '/**\n * Gets a node.\n * @throws when `api.a` fails.\n */\nasync function g() {}');
      const single = judge('class D {\n  /** Gets a node. */\n  async get() {}\n}');
      const method = single.functions.find((fn) => isFunctionNode(fn));
      assert.ok(method);
      assert.equal(
        applyFix(single.code, throwsDocFix(method, 'api.a', single.sourceCode)),
        'class D {\n  /**\n   * Gets a node.\n   * @throws when `api.a` fails.\n   */\n  async get() {}\n}',
      );
    });

    it('returnsInFinally sees a return in the finally block, not in a function inside it', () => {
      const code = dedent`
        async function f() {
          try { await api.a(); } finally { if (cached) return cached; }
          try { await api.b(); } finally { hooks.forEach(() => { return; }); }
        }
      `;
      const { finalizers } = judge(code);
      assert.deepEqual(
        finalizers.map((block) => returnsInFinally(block)),
        [true, false],
      );
    });
  });
});
