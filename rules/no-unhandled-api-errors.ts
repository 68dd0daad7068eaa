import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { CallMatcherSpec } from '../lib/matching/call-matcher.js';
import type { AccessPathResolver } from '../lib/matching/access-path.js';
import type { ListSetting } from '../lib/matching/vocabulary.js';
import type { ApiErrorMessageId, Unhandled } from '../lib/flow/api-errors.js';
import { createRule } from '../lib/create-rule.js';
import { ApiErrorAnalysis, calleeText, finallyExits, isSynchronousCall, reportsToCallback, returnsInFinally, throwsDocFix, wrapInTryFix } from '../lib/flow/api-errors.js';
import { CatchAnalysis } from '../lib/flow/catches.js';
import { CodePathRecorder } from '../lib/flow/code-path.js';
import { HeldPromises } from '../lib/flow/held-promises.js';
import { mergeListeners } from '../lib/flow/listeners.js';
import { ApiCallMatcher, isThrowsDocumented } from '../lib/matching/api-calls.js';
import { enclosingFunction, isFunctionNode, outermostWrapper, staticPropertyName, unwrapExpression } from '../lib/matching/ast.js';
import { CallMatcher } from '../lib/matching/call-matcher.js';
import { fileNames } from '../lib/matching/call-site.js';
import { isWrittenNever, localCallee } from '../lib/matching/local-functions.js';
import { LoggerMatcher } from '../lib/matching/loggers.js';
import { calleeLastName } from '../lib/matching/access-path.js';
import { callReturnsNever, requiredTypeInfoOf } from '../lib/matching/type-info.js';
import { isReplaced, readSettings, resolveList, sharedSettingSchema } from '../lib/matching/vocabulary.js';
import { perConfig } from '../lib/matching/per-config.js';
import { withSharedSchemas } from '../lib/matching/shared-schemas.js';

export type Options = [
  {
    apiCalls?: ListSetting<CallMatcherSpec>;
    checkLogOnly?: boolean;
    checkVoid?: boolean;
    documentedPropagation?: boolean;
    handlers?: ListSetting<CallMatcherSpec>;
    ignore?: ListSetting<CallMatcherSpec>;
    localPropagation?: boolean;
    loggers?: ListSetting<CallMatcherSpec>;
    reasonPattern?: string;
    requireTypeInformation?: boolean;
    swallow?: 'allow-with-reason' | 'report';
    throwsPackages?: string[];
  },
];

export type MessageId = ApiErrorMessageId | 'finallyDiscards' | 'suggestAwait' | 'suggestAwaitFunction' | 'suggestThrows' | 'suggestWrap';

export default createRule<Options, MessageId>({
  name: 'no-unhandled-api-errors',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow API call errors that escape a driver boundary untranslated or get lost',
      recommended: true,
      requiresTypeChecking: false,
      cwe: ['CWE-248', 'CWE-391', 'CWE-755'],
      securitySeverity: '5.3',
      typeCheckedOptions: { requireTypeInformation: true },
      strictOptions: { checkLogOnly: true, checkVoid: true },
    },
    hasSuggestions: true,
    schema: [
      withSharedSchemas({
        type: 'object',
        properties: {
          apiCalls: sharedSettingSchema('apiCalls'),
          checkLogOnly: {
            type: 'boolean',
            description: 'Report a catch that only logs the error and carries on, in a boundary function.',
          },
          checkVoid: { type: 'boolean', description: 'Report `void` on any promise, not only API calls\' (needs type information).' },
          documentedPropagation: {
            type: 'boolean',
            description: 'Let a function documented `@throws` or `@rejects` pass API errors to its callers.',
          },
          handlers: sharedSettingSchema('errorHandlers'),
          ignore: sharedSettingSchema('ignoredApiCalls'),
          localPropagation: {
            type: 'boolean',
            description: 'Let a private helper pass API errors to its callers when every same-file call of it handles them.',
          },
          loggers: sharedSettingSchema('loggers'),
          reasonPattern: {
            type: 'string',
            minLength: 1,
            format: 'regex',
            description: 'With `swallow: "allow-with-reason"`, a comment inside the catch matching this pattern allows it to swallow.',
          },
          requireTypeInformation: {
            type: 'boolean',
            description: 'Fail when the file has no type information instead of judging calls by names only.',
          },
          swallow: {
            type: 'string',
            enum: ['allow-with-reason', 'report'],
            description: 'Whether a catch that swallows the error is reported, or allowed when it says why in a comment.',
          },
          throwsPackages: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Packages whose functions documented `@throws` are API calls (with type information).',
          },
        },
        additionalProperties: false,
      }),
    ],
    defaultOptions: [
      {
        checkLogOnly: false,
        checkVoid: false,
        documentedPropagation: true,
        localPropagation: true,
        reasonPattern: 'ironclad-ignore:\\s*\\S',
        requireTypeInformation: false,
        swallow: 'report',
        throwsPackages: [],
      },
    ],
    messages: {
      callbackEscapes: '`{{call}}` runs in a callback passed to `{{callee}}`, and nothing handles its error.',
      callbackEscapesTry: '`{{call}}` runs in a callback passed to `{{callee}}`, which the try at line {{line}} does not cover.',
      escapesTry: '`{{call}}` is returned without `await`, so its rejection escapes the try at line {{line}}.',
      escapesTryThrough: '`{{call}}` is awaited in an async function whose promise is returned without `await`, so its rejection escapes the try at line {{line}}.',
      finallyDiscards: '`{{statement}}` in `finally` discards the errors of the API calls in the try at line {{line}}.',
      floating: 'The promise of `{{call}}` is neither awaited, returned nor handled; its rejection is lost.',
      floatingOnAPath: 'The promise of `{{call}}` is left unread on a path to {{exit}}; its rejection is lost there.',
      floatingHandlerRejects: 'The promise chain of `{{call}}` is not awaited, and its rejection handler at line {{line}} can itself reject; that rejection is lost.',
      lateHandler: 'The promise of `{{call}}` is handled only after the `await` at line {{line}}; it can reject unobserved before that.',
      loggedAndSwallowed: 'The catch at line {{line}} only logs the error of `{{call}}`, and {{function}} carries on as if it had succeeded.',
      partialCatch: 'The catch at line {{line}} handles the error of `{{call}}` on some paths and silently drops it on others.',
      suggestAwait: 'Await `{{call}}`.',
      suggestAwaitFunction: 'Await the async function\'s promise.',
      suggestThrows: 'Document `@throws` on {{function}}.',
      suggestWrap: 'Wrap the statement in a try/catch that rethrows with `cause`.',
      swallowed: 'The catch at line {{line}} swallows the error of `{{call}}`: it neither uses nor rethrows it.',
      unhandled: '`{{call}}` can fail with an API error that escapes {{function}} untranslated; catch and translate it, or document `@throws`.',
      unhandledHelper: '`{{call}}` can fail with an API error that {{function}} passes on to the call at line {{line}}, where nothing handles it.',
      unhandledHelperSite: '`{{call}}` can fail with an API error that {{function}} passes on to the call at line {{line}}, {{how}}.',
      unhandledInHandler: '`{{call}}` runs in a {{block}} block, and its API error escapes {{function}} unhandled.',
      unhandledRethrown: '`{{call}}` can fail with an API error that the catch at line {{line}} rethrows unchanged, so it escapes {{function}} untranslated; translate it there, or document `@throws`.',
      voidedPromise: '`void` discards the promise of `{{call}}` without handling its rejection.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    const settings = readSettings(context);
    const info = requiredTypeInfoOf(context, options.requireTypeInformation === true);
    const sourceCode = context.sourceCode;
    const { paths, sites } = fileNames(sourceCode);
    const { loggers, apiCalls, handlers, reason } = perConfig(context, () => {
      const logMatcher = new LoggerMatcher(resolveList([], settings.loggers, options.loggers), !isReplaced(settings.loggers, options.loggers));
      return {
        loggers: logMatcher,
        apiCalls: new ApiCallMatcher({
          extra: resolveList([], settings.apiCalls, options.apiCalls),
          ignore: resolveList([], settings.ignoredApiCalls, options.ignore),
          builtIn: !isReplaced(settings.apiCalls, options.apiCalls),
          throwsPackages: options.throwsPackages ?? [],
          loggers: logMatcher,
        }),
        handlers: new CallMatcher(resolveList([], settings.errorHandlers, options.handlers), 'handlers'),
        // Compiled as the schema's `format: 'regex'` check compiles it (no flags), so what passes the schema compiles.
        reason: new RegExp(options.reasonPattern ?? 'ironclad-ignore:\\s*\\S'),
      };
    });
    // A call named by a pattern is an API call whatever it returns. One inferred from names or
    // types is not when its result is a plain value (JavaScript cannot wait on a remote API
    // synchronously), nor when it hands its outcome to a node-style callback, nor when it calls
    // a function of this file, whose own API calls speak for it (unless it is documented
    // @throws: then the documentation does).
    // A method no logger has is ruled out by its name, before its receiver's aliases are resolved.
    const isLogCall = (call: TSESTree.CallExpression | TSESTree.NewExpression): boolean => {
      const method = call.type === AST_NODE_TYPES.CallExpression ? calleeLastName(call) : null;
      return (method === null || loggers.mayBeMethod(method)) && loggers.match(sites.of(call), info) !== null;
    };
    const isApiCall = (call: TSESTree.CallExpression): boolean => {
      const how = apiCalls.match(sites.of(call), info);
      if (how !== 'inferred') return how === 'named';
      if (reportsToCallback(call, paths) || apiCalls.isRecordedByMock(call, sites)) return false;
      if (isSynchronousCall(call, paths, info, isLogCall)) return false;
      const local = localCallee(call, paths);
      return local === null || isThrowsDocumented(local, sourceCode);
    };

    const found: TSESTree.CallExpression[] = [];
    const voided: TSESTree.CallExpression[] = [];
    const recorder: CodePathRecorder = new CodePathRecorder({
      onSolved: () => {
        report();
      },
    });
    const held = new HeldPromises(recorder, paths);
    const catches = new CatchAnalysis({
      sourceCode,
      paths,
      recorder,
      isLogCall,
      isApiCall,
      // A test framework's global `fail(...)` (jest, jasmine) fails the test: the error is not lost.
      neverReturns: (call) => isGlobalFail(call, paths) || isWrittenNever(call, paths) || (info !== null && callReturnsNever(info, call)),
      info,
    });
    const analysis = new ApiErrorAnalysis({
      sourceCode,
      paths,
      sites,
      info,
      catches,
      isApiCall,
      isLogCall,
      isLogMethod: (method, call) => {
        const inner = unwrapExpression(method);
        const name = inner.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(inner) : inner.type === AST_NODE_TYPES.Identifier ? inner.name : null;
        return name !== null && loggers.mayBeMethod(name) && loggers.match({ node: call, calleePaths: paths.pathsOf(inner) }, info)?.kind === 'method';
      },
      isHandlerWrapper: (call) => !handlers.isEmpty && handlers.matches(sites.of(call), info),
      // `@HandleErrors([])` is a call; `@Translated` is matched by its paths.
      isHandlerDecorator: (decorator) => {
        if (handlers.isEmpty) return false;
        const expression = unwrapExpression(decorator.expression);
        return expression.type === AST_NODE_TYPES.CallExpression ? handlers.matches(sites.of(expression), info) : handlers.matchesPaths(paths.pathsOf(expression));
      },
      swallowAllowed: (handler) => options.swallow === 'allow-with-reason' && sourceCode.getCommentsInside(handler).some((comment) => reason.test(comment.value)),
      documentedPropagation: options.documentedPropagation !== false,
      localPropagation: options.localPropagation !== false,
      checkLogOnly: options.checkLogOnly === true,
      unreadExit: (identifier) => held.unreadExit(identifier),
    });

    return mergeListeners(catches.earlyListeners, recorder.listeners, catches.listeners, held.listeners, {
      CallExpression: (node: TSESTree.CallExpression) => {
        analysis.noteCall(node);
        if (isApiCall(node)) {
          found.push(node);
          held.hold(node);
        }
        else if (options.checkVoid === true && isVoided(node)) voided.push(node);
      },
    });

    function report(): void {
      // A same-file function documented @throws that passes an API error on makes its calls API calls too.
      const judged = new Set(found);
      const queue = [...found];
      // An index, not shift(): shifting a long array moves every element (quadratic in the calls).
      for (let head = 0; head < queue.length; head++) {
        const call = queue[head] as TSESTree.CallExpression;
        const fate = analysis.fateOfApiCall(call);
        if (fate) context.report({ node: call, messageId: fate.messageId, data: fate.data, suggest: suggestionsFor(call, fate) });
        for (const site of analysis.takeDocumentedPropagations()) {
          if (judged.has(site)) continue;
          judged.add(site);
          queue.push(site);
        }
      }
      reportFinallyReturns();
      if (info) {
        for (const call of voided) {
          const type = info.typeOf(call);
          if (type?.getProperty('then')) context.report({ node: call, messageId: 'voidedPromise', data: { call: calleeText(call, sourceCode) } });
        }
      }
    }

    /** `finally { return ... }` (or a `break`/`continue` out of it) after a try that makes API calls. */
    function reportFinallyReturns(): void {
      const reported = new Set<TSESTree.Node>();
      for (const call of found) {
        let child: TSESTree.Node = call;
        for (let current: TSESTree.Node | undefined = call.parent; current && !isFunctionNode(current); current = current.parent) {
          if (current.type === AST_NODE_TYPES.TryStatement && child !== current.finalizer && current.finalizer && returnsInFinally(current.finalizer)) {
            for (const statement of finallyExits(current.finalizer)) {
              if (reported.has(statement)) continue;
              reported.add(statement);
              const keyword = statement.type === AST_NODE_TYPES.ReturnStatement ? 'return' : statement.type === AST_NODE_TYPES.BreakStatement ? 'break' : 'continue';
              context.report({ node: statement, messageId: 'finallyDiscards', data: { statement: keyword, line: String(current.loc.start.line) } });
            }
          }
          child = current;
        }
      }
    }

    function suggestionsFor(call: TSESTree.CallExpression, fate: Unhandled): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      const suggestions: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
      const text = calleeText(call, sourceCode);
      const promise = fate.awaitAt ?? outermostWrapper(call);
      if (fate.awaitFixes === true && enclosingFunction(promise)?.async === true) {
        // A helper's call left unwatched is awaited there, by the helper's name.
        const awaited = fate.data.awaited;
        if (awaited !== undefined) suggestions.push({ messageId: 'suggestAwait', data: { call: awaited }, fix: (fixer) => awaitFix(fixer, promise) });
        else suggestions.push(fate.awaitAt ? { messageId: 'suggestAwaitFunction', fix: (fixer) => awaitFix(fixer, promise) } : { messageId: 'suggestAwait', data: { call: text }, fix: (fixer) => awaitFix(fixer, promise) });
      }
      if (fate.thrownAt) {
        const wrap = wrapInTryFix(fate.thrownAt, sourceCode);
        if (wrap) suggestions.push({ messageId: 'suggestWrap', fix: wrap });
      }
      if (fate.boundary && (fate.messageId === 'unhandled' || fate.messageId === 'unhandledInHandler' || fate.messageId === 'unhandledRethrown')) {
        suggestions.push({ messageId: 'suggestThrows', data: { function: fate.data.function ?? 'the function' }, fix: throwsDocFix(fate.boundary, text, sourceCode) });
      }
      return suggestions;
    }
  },
});

/** `fail('should have resolved')` with no `fail` declared or imported: jest's and jasmine's global. */
function isGlobalFail(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'fail' && paths.variableOf(callee) === null;
}

function isVoided(call: TSESTree.CallExpression): boolean {
  const parent = outermostWrapper(call).parent;
  return parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void';
}

/** `await` before a promise; `await (p as T)` for a cast, which `await p as T` would apply to the awaited value. */
function awaitFix(fixer: TSESLint.RuleFixer, promise: TSESTree.Node): TSESLint.RuleFix[] {
  if (promise.type === AST_NODE_TYPES.TSAsExpression || promise.type === AST_NODE_TYPES.TSSatisfiesExpression) {
    return [fixer.insertTextBefore(promise, 'await ('), fixer.insertTextAfter(promise, ')')];
  }
  return [fixer.insertTextBefore(promise, 'await ')];
}
