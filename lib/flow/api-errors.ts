/**
 * Where an API call's error goes: the fate of its promise (awaited, returned, chained, combined,
 * assigned, left floating) and of the error thrown where it is awaited (caught by an effective
 * catch, swallowed, partially handled, or propagated out of its function), up to a boundary.
 *
 * A function may let an error propagate when it is documented `@throws`/`@rejects`, or when all
 * its callers are in this file (a private helper: a `private`/`#` method or a non-exported
 * function that is only ever called) and every one of those calls is itself handled. Exported
 * functions, public methods and anything referenced other than by being called are boundaries.
 * An inline callback's error goes where its caller puts it: into the chain (`.then`), into the
 * array of promises (`map`), synchronously out of `forEach` — or nowhere (`setTimeout`,
 * `emitter.on`, an async `forEach` callback).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import type { AccessPath, AccessPathResolver } from '../matching/access-path.js';
import type { FunctionNode } from '../matching/ast.js';
import type { CallSites } from '../matching/call-site.js';
import type { TypeInfo } from '../matching/type-info.js';
import { knownTypeOf, writtenSignatures } from '../matching/type-info.js';
import type { CatchAnalysis, CatchVerdict } from './catches.js';
import { stashedRethrows, throwsSomewhere } from './catches.js';
import { branchTargets } from './code-path.js';
import { docCommentOf, documentedNode, ERROR_PARAMETER_WORDS, hasLazyIterableResult, hasSynchronousResult, isClientName, isThrowsDocumented, runsCallbackInCatchingTry } from '../matching/api-calls.js';
import { booleanLiteral, childNodes, collectInTry, constructorOf, contains, declarationsNamed, enclosingFunction, functionName, functionReturning, identifiersReadIn, HANDLING_PROMISE_METHODS, isFunctionNode, LOOP_TYPES, nodeText, outermostWrapper, PASSING_PROMISE_METHODS, promiseChainOf, promiseMethodOf, returnedValues, shortText, statementAfter, staticPropertyName, typeAliasOf, typeReferencesOf, unwrapExpression, writtenCalleeName } from '../matching/ast.js';
import { choiceFunctionsOfVariable, functionOfVariable, isExportedWhereDeclared, localCallee, PrivateHelpers } from '../matching/local-functions.js';
import { isDeclaredFrom, receiverOwnType } from '../matching/local-packages.js';
import { isErrorName, localClassOf } from '../matching/value-calls.js';
import { splitWords } from '../words.js';

export type ApiErrorMessageId =
  | 'callbackEscapes'
  | 'callbackEscapesTry'
  | 'escapesTry'
  | 'escapesTryThrough'
  | 'floating'
  | 'floatingOnAPath'
  | 'floatingHandlerRejects'
  | 'lateHandler'
  | 'loggedAndSwallowed'
  | 'partialCatch'
  | 'swallowed'
  | 'unhandled'
  | 'unhandledHelper'
  | 'unhandledHelperSite'
  | 'unhandledInHandler'
  | 'unhandledRethrown'
  | 'voidedPromise';

/** Why an error is not handled, with the message data. */
export interface Unhandled {
  readonly messageId: ApiErrorMessageId;
  readonly data: Readonly<Record<string, string>>;
  /** The function a `@throws` tag would document, when that would be a fix. */
  readonly boundary?: FunctionNode;
  /** Whether adding `await` would be a fix. */
  readonly awaitFixes?: boolean;
  /** Set when the promise left unread is a handling wrapper's (`withRetries(...)`), which handles the call inside it. */
  readonly ofWrapper?: boolean;
  /** Set when the promise goes to the module's importers through an exported callback, beyond any handler here. */
  readonly exported?: boolean;
  /** The promise to await, when it is not the call's own (an async IIFE's the call is awaited in). */
  readonly awaitAt?: TSESTree.Node;
  /** Where the error is thrown in the reporting function (the `await`, a synchronous call, a `for await`). */
  readonly thrownAt?: TSESTree.Node;
}

type Fate = Unhandled | null;

export interface ApiErrorAnalysisOptions {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly paths: AccessPathResolver;
  readonly sites: CallSites;
  readonly info: TypeInfo | null;
  readonly catches: CatchAnalysis;
  /** Whether a call is an API call (one the rule judges itself). */
  readonly isApiCall: (call: TSESTree.CallExpression) => boolean;
  /** Whether a call is a log call (whose arguments are plain values: nobody logs a promise). */
  readonly isLogCall: (call: TSESTree.CallExpression) => boolean;
  /** Whether an expression is a log method passed by reference (`.catch(console.error)`), given the call it is passed to. */
  readonly isLogMethod: (method: TSESTree.Node, call: TSESTree.CallExpression) => boolean;
  /** A configured wrapper that handles the errors of the calls made inside it (`withRetries`). */
  readonly isHandlerWrapper: (call: TSESTree.CallExpression) => boolean;
  /** A configured wrapper used as a decorator (`@HandleIntegrationErrors([])`, `@Translated`): it wraps what it decorates. */
  readonly isHandlerDecorator: (decorator: TSESTree.Decorator) => boolean;
  /** Whether a catch with this body is allowed to swallow (an explicit reason comment). */
  readonly swallowAllowed: (handler: TSESTree.CatchClause | FunctionNode) => boolean;
  readonly documentedPropagation: boolean;
  readonly localPropagation: boolean;
  /** Report a catch that only logs and carries on, at a boundary (strict). */
  readonly checkLogOnly: boolean;
  /** For a `const` holding a promise: an exit of its function some path reaches without reading it (see HeldPromises). */
  readonly unreadExit?: (identifier: TSESTree.Identifier) => TSESTree.Node | null;
}

const { DefinitionType } = TSESLint.Scope;

const CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);
/** Assignments that may store the right side: `=`, and the logical ones (`p ??= client.x()`). */
const ASSIGNING_OPERATORS: ReadonlySet<string> = new Set(['=', '??=', '||=', '&&=']);
/** Fates decided by a catch (the message names the catch's line). */
const CATCH_FATES: ReadonlySet<ApiErrorMessageId> = new Set(['swallowed', 'partialCatch', 'loggedAndSwallowed']);
const COMBINATORS: ReadonlySet<string> = new Set(['all', 'race', 'any']);
/** Static methods of a promise library (Bluebird) whose promise carries its promise arguments' rejections. */
const LIBRARY_PASSING_STATICS: ReadonlySet<string> = new Set(['resolve', 'cast', 'join', 'map', 'mapSeries', 'each', 'filter', 'reduce', 'props', 'some']);
/** Assertions on a promise's outcome (node:assert, chai-as-promised): a test that expects the rejection. */
const SETTLEMENT_ASSERTIONS: ReadonlySet<string> = new Set(['rejects', 'doesNotReject', 'isRejected', 'isFulfilled', 'becomes']);
/** Assertions that call the function they are given and catch what it throws (node:assert, chai's assert, ava, tap). */
const THROW_ASSERTIONS: ReadonlySet<string> = new Set(['throws', 'throw', 'doesNotThrow']);
/** Links of an `expect(fn)` chain that call `fn` and catch what it throws (jest, vitest, chai). */
const THROW_MATCHERS: ReadonlySet<string> = new Set(['toThrow', 'toThrowError', 'toThrowErrorMatchingSnapshot', 'toThrowErrorMatchingInlineSnapshot', 'throw', 'throws', 'Throw']);
/** Functions that turn what they are given into a promise of its outcome (rxjs). */
const PROMISE_ADAPTERS: ReadonlySet<string> = new Set(['firstValueFrom', 'lastValueFrom']);
/** Written types of a promise. */
const PROMISE_TYPE_NAMES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike']);
/** Links of an `expect(promise)` chain that wait for the promise (jest, vitest, jest-extended, chai-as-promised). */
const SETTLEMENT_MATCHERS: ReadonlySet<string> = new Set(['rejects', 'resolves', 'toResolve', 'toReject', 'rejected', 'rejectedWith', 'fulfilled', 'eventually', 'become']);
/** Array methods that return their callbacks' results. */
const RESULT_HOFS: ReadonlySet<string> = new Set(['map', 'flatMap']);
/** Array methods that call their callback synchronously and drop its result. */
const SYNC_HOFS: ReadonlySet<string> = new Set(['forEach', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight', 'sort', 'toSorted']);
/** Calls that run a callback later, on their own: its errors never come back to the caller (and any `onEvent`). */
const DETACHING_CALLS: ReadonlySet<string> = new Set([
  'setTimeout',
  'setInterval',
  'setImmediate',
  'queueMicrotask',
  'nextTick',
  'on',
  'once',
  'addListener',
  'prependListener',
  'addEventListener',
  'subscribe',
  // lodash's and the `debounce`/`throttle-debounce` packages': the wrapped function runs later, its promise dropped.
  'debounce',
  'throttle',
]);

export class ApiErrorAnalysis {
  readonly #options: ApiErrorAnalysisOptions;
  readonly #helpers: PrivateHelpers;
  readonly #callSites = new Map<FunctionNode, TSESTree.CallExpression[]>();
  readonly #combinatorReads = new Map<TSESLint.Scope.Variable, { position: number; combinator: TSESTree.CallExpression }[]>();
  /** Per function body, its waits in source order (see #awaitBetween). */
  readonly #waits = new Map<TSESTree.Node, TSESTree.Node[]>();
  readonly #helperVerdicts = new Map<FunctionNode, Fate>();
  readonly #inProgress = new Set<FunctionNode>();
  /** Catches whose stored error is being followed to where it is thrown again (see stashedRethrows). */
  readonly #stashesInProgress = new Set<TSESTree.CatchClause>();
  /** Per block, for each statement: how what follows it in the block ends (see throwsAfter). */
  readonly #blockEnds = new Map<TSESTree.Node, readonly BlockEnd[]>();
  /** Documented functions that let an API error through, and those whose calls were handed out. */
  readonly #documentedPropagators = new Set<FunctionNode>();
  /** Per factory declaration of another file and callback position: whether it runs the callback in a catching try (runsCallbackInCatchingTry). */
  readonly #factoryVerdicts = new WeakMap<object, Map<number, boolean>>();
  readonly #handedOut = new Set<FunctionNode>();

  constructor(options: ApiErrorAnalysisOptions) {
    this.#options = options;
    this.#helpers = new PrivateHelpers(options.sourceCode, options.paths);
  }

  /** Records a call to a same-file function (call during traversal, for every call). */
  noteCall(call: TSESTree.CallExpression): void {
    const target = localCallee(call, this.#options.paths);
    // Or each function written as a choice of the `const` called (`const create = options.create ?? (() => ...)`).
    const callee = target ? null : unwrapExpression(call.callee);
    const variable = callee?.type === AST_NODE_TYPES.Identifier ? this.#options.paths.variableOf(callee) : null;
    for (const fn of target ? [target] : variable ? choiceFunctionsOfVariable(variable) : []) {
      const list = this.#callSites.get(fn) ?? [];
      list.push(call);
      this.#callSites.set(fn, list);
    }
  }

  /**
   * The same-file calls of documented functions that were found to pass an API error on, not
   * handed out before: each is an API call for its caller (without type information nothing else
   * makes it one).
   */
  takeDocumentedPropagations(): TSESTree.CallExpression[] {
    const sites: TSESTree.CallExpression[] = [];
    for (const fn of this.#documentedPropagators) {
      if (this.#handedOut.has(fn)) continue;
      this.#handedOut.add(fn);
      sites.push(...(this.#callSites.get(fn) ?? []));
    }
    return sites;
  }

  /** Why an API call's error may escape or be lost, or null when it is handled (after solving). */
  fateOfApiCall(call: TSESTree.CallExpression): Fate {
    // An SDK that resolves with its failure (`const { data, error } = await supabase.auth.signIn(o);
    // if (error) ...`): nothing rejects, and the caller tests what it reports.
    if (reportsFailureInResult(call, this.#options.paths)) return null;
    const sync = this.#isSynchronous(call);
    const fate = this.#promiseFate(call, { sync, text: calleeText(call, this.#options.sourceCode) });
    // An async iterable nobody iterates runs nothing: no promise floats.
    if (fate?.messageId === 'floating' && this.#options.info && hasLazyIterableResult(this.#options.info, call)) return null;
    return fate;
  }

  // --- the promise ----------------------------------------------------------------------------

  #promiseFate(expression: TSESTree.Node, context: FateContext): Fate {
    const wrapper = outermostWrapper(expression);
    const parent = wrapper.parent;
    if (!parent) return this.#floating(context);
    switch (parent.type) {
      case AST_NODE_TYPES.AwaitExpression:
        return this.#throwFate(parent, context);
      case AST_NODE_TYPES.ForOfStatement: {
        if (parent.right === wrapper && parent.await) return this.#throwFate(parent, context);
        // `for (const p of pending) { await p; }` over promises made before the loop: each is awaited
        // in turn, so a later one can reject while an earlier one is awaited.
        const each = parent.right === wrapper && !context.sync ? this.#awaitOfElement(parent) : null;
        if (each) {
          const fate = this.#throwFate(each, context);
          return fate === null || CATCH_FATES.has(fate.messageId) ? { messageId: 'lateHandler', data: { call: context.text, line: lineOf(each) } } : fate;
        }
        return this.#syncOrFloating(wrapper, context);
      }
      case AST_NODE_TYPES.ReturnStatement:
        return this.#returnedFate(parent, context);
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === wrapper ? this.#returnedFate(wrapper, context) : this.#floating(context);
      case AST_NODE_TYPES.YieldExpression:
        return parent.delegate ? this.#throwFate(parent, context) : this.#returnedFate(parent, context);
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object === wrapper && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent) {
          const method = staticPropertyName(parent);
          if (method !== null && CHAIN_METHODS.has(method)) return this.#chainFate(parent.parent, method, context);
          // A promise library's links (Bluebird): `.timeout(ms)`, `.tap(f)` pass the rejection on;
          // `.reflect()`, `.asCallback(cb)` take it.
          if (method !== null && !context.sync && PASSING_PROMISE_METHODS.has(method)) return this.#promiseFate(parent.parent, context);
          if (method !== null && !context.sync && HANDLING_PROMISE_METHODS.has(method)) return null;
          // With types, a method of a thenable that gives a thenable too (`await api.getJsonSafe(url).onValue(f)`
          // of a result class): its own value carries the outcome on, as a promise library's link does.
          const info = this.#options.info;
          if (!context.sync && info && givesThenable(info, parent.parent)) return this.#promiseFate(parent.parent, context);
        }
        // should.js / chai's should on the promise (`await p.should.be.rejectedWith(/E05/)`): an
        // assertion on its outcome, handled once the assertion is waited on.
        const should = context.sync ? null : shouldSettlement(wrapper);
        if (should) {
          const fate = this.#promiseFate(should, { ...context, sync: false });
          return fate?.messageId === 'floating' || fate?.messageId === 'voidedPromise' ? fate : null;
        }
        return this.#syncOrFloating(wrapper, context);
      }
      // `Promise.all([client.a(), ...ids.map((id) => client.b(id))])`: the spread's elements are the array's.
      case AST_NODE_TYPES.SpreadElement: {
        if (parent.parent.type === AST_NODE_TYPES.ArrayExpression && !context.sync) return this.#promiseFate(parent, context);
        // `pending.push(...ports.map((p) => client.deletePort(p)))`: into a collection of this function, as one pushed alone is.
        const collection = parent.parent.type === AST_NODE_TYPES.CallExpression && !context.sync ? collectionStoredIn(parent.parent, parent) : null;
        if (collection?.type === AST_NODE_TYPES.Identifier && this.#isOwnVariable(collection) && parent.parent.type === AST_NODE_TYPES.CallExpression) return this.#collectedFate(collection, parent.parent, context);
        return this.#syncOrFloating(wrapper, context);
      }
      case AST_NODE_TYPES.ArrayExpression: {
        const array = outermostWrapper(parent);
        const combinator = array.parent;
        if (combinator?.type === AST_NODE_TYPES.CallExpression && combinator.arguments.includes(array as TSESTree.CallExpressionArgument)) {
          // A batch transaction (Prisma's `client.$transaction([client.a.create(o), client.b.delete(o)])`,
          // a wrapper of it named so) runs the promises it is given and rejects with their failure.
          // When the batch is an API call itself, its own report covers theirs: one failure, one report.
          if (!context.sync && isBatchTransaction(combinator)) return this.#options.isApiCall(combinator) ? null : this.#promiseFate(combinator, { ...context, sync: false });
          return this.#argumentFate(combinator, context, combinator.arguments.indexOf(array as TSESTree.CallExpressionArgument), true);
        }
        // `const tasks = [client.a(), client.b()]; ... await Promise.all(tasks)`.
        if (combinator?.type === AST_NODE_TYPES.VariableDeclarator && combinator.init === array && combinator.id.type === AST_NODE_TYPES.Identifier) {
          return this.#collectedFate(combinator.id, combinator, context);
        }
        // `const [nodeP, portsP] = [client.node.get(id), client.port.list(id)]`: each held by its own name.
        if (combinator?.type === AST_NODE_TYPES.VariableDeclarator && combinator.init === array && combinator.id.type === AST_NODE_TYPES.ArrayPattern) {
          const index = parent.elements.indexOf(wrapper as TSESTree.Expression);
          const rest = combinator.id.elements.findIndex((element) => element?.type === AST_NODE_TYPES.RestElement);
          const binding = rest !== -1 && index >= rest ? null : combinator.id.elements[index];
          if (binding?.type === AST_NODE_TYPES.Identifier) return this.#assignedFate(binding, combinator, context);
        }
        return this.#floating(context);
      }
      case AST_NODE_TYPES.CallExpression: {
        if (parent.callee === wrapper) return this.#syncOrFloating(wrapper, context);
        // `pending.push(client.x())`, `inflight.set(id, client.x())`: into a collection of this function.
        const collection = context.sync ? null : collectionStoredIn(parent, wrapper);
        if (collection?.type === AST_NODE_TYPES.Identifier && this.#isOwnVariable(collection)) return this.#collectedFate(collection, parent, context);
        // Into a collection kept on an object (`this.inflight.set(id, client.x())`) or declared
        // outside this function (a module's `inflight` map): stored, as an assignment to the object
        // is; where it is awaited is beyond this function.
        if (collection) return this.#stored(wrapper, context);
        // `client.scope(client.parseUserContext(req))`: a client's method given what another of its
        // methods made takes a value of the client's own, not a promise; that call only builds it.
        // Untyped only, and for a call named as making a value (`parse…`, `build…`): a forgotten
        // `await` (`client.setSession(client.login(id))`) stays a promise handed over.
        if (!context.sync && this.#options.info === null && isOwnReceiversValue(parent, wrapper, this.#options.sourceCode)) return null;
        return this.#argumentFate(parent, context, parent.arguments.indexOf(wrapper as TSESTree.CallExpressionArgument));
      }
      case AST_NODE_TYPES.VariableDeclarator:
        if (parent.init === wrapper && parent.id.type === AST_NODE_TYPES.Identifier) return this.#assignedFate(parent.id, parent, context);
        return this.#syncOrFloating(wrapper, context);
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.right === wrapper && ASSIGNING_OPERATORS.has(parent.operator) && parent.left.type === AST_NODE_TYPES.Identifier) {
          // Its value awaited, returned or chained on right there too (`return await (cached ??= client.connect())`):
          // the promise goes on through it; otherwise (dropped, tested) the variable's reads say.
          if (isAwaitedOrChained(outermostWrapper(parent))) return this.#promiseFate(parent, context);
          return this.#assignedFate(parent.left, parent, context);
        }
        // Stored on an object (`this.pending = client.x()`): assigned, not floating; where it is
        // awaited is beyond this function. A synchronous call still throws right here.
        if (parent.right === wrapper && ASSIGNING_OPERATORS.has(parent.operator) && parent.left.type === AST_NODE_TYPES.MemberExpression) {
          return this.#stored(wrapper, context);
        }
        return this.#syncOrFloating(wrapper, context);
      case AST_NODE_TYPES.Property:
        // A value of an object written out (`{ provider: client.getProvider() }`): stored in it.
        if (parent.value === wrapper && parent.parent.type === AST_NODE_TYPES.ObjectExpression) return this.#stored(wrapper, context);
        return this.#syncOrFloating(wrapper, context);
      case AST_NODE_TYPES.PropertyDefinition:
        // A class field's initializer (`ready = client.connect()`): stored on the object, as an assignment to it.
        if (parent.value === wrapper) return this.#stored(wrapper, context);
        return this.#syncOrFloating(wrapper, context);
      case AST_NODE_TYPES.ExportDefaultDeclaration:
      case AST_NODE_TYPES.ExportSpecifier:
        // Exported (`export default client.connect()`, `export { ready }`): handed to the module's
        // importers, as a value stored on an object is to whoever reads it.
        return this.#stored(wrapper, context);
      case AST_NODE_TYPES.AssignmentPattern:
        // A parameter's default (`async function f(id, node = client.node.get(id))`): read in the body.
        if (parent.right === wrapper && parent.left.type === AST_NODE_TYPES.Identifier) return this.#assignedFate(parent.left, parent, context);
        return this.#syncOrFloating(wrapper, context);
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test === wrapper ? this.#syncOrFloating(wrapper, context) : this.#promiseFate(parent, context);
      case AST_NODE_TYPES.LogicalExpression:
        return this.#promiseFate(parent, context);
      case AST_NODE_TYPES.UnaryExpression:
        if (parent.operator === 'void' && !context.sync) return { messageId: 'voidedPromise', data: { call: context.text }, awaitFixes: true };
        return this.#syncOrFloating(wrapper, context);
      case AST_NODE_TYPES.SequenceExpression:
        return parent.expressions[parent.expressions.length - 1] === wrapper ? this.#promiseFate(parent, context) : this.#syncOrFloating(wrapper, context);
      case AST_NODE_TYPES.NewExpression:
        // Given to a class nothing in view describes whose object is awaited, chained on or returned by
        // an async function (`return new APIPromise($do(client, request))`, a thenable wrapper): the
        // object carries the outcome on, as such a function's value does.
        if (!context.sync && parent.callee !== wrapper && localCallee(parent, this.#options.paths) === null && isAwaitedOrChained(outermostWrapper(parent)) && this.#mayBeThenable(parent)) return this.#promiseFate(parent, context);
        return this.#syncOrFloating(wrapper, context);
      default:
        return this.#syncOrFloating(wrapper, context);
    }
  }

  /**
   * A value stored on an object (a member, a field, an object literal, a collection kept on an
   * object): assigned, not floating, as issue 4 has it; where the promise is awaited is beyond this
   * function. A synchronous call's error is still thrown right there.
   */
  #stored(position: TSESTree.Node, context: FateContext): Fate {
    return context.sync ? this.#throwFate(position, context) : null;
  }

  /** A value nobody consumes: a synchronous call's error is thrown right there; a promise floats. */
  #syncOrFloating(position: TSESTree.Node, context: FateContext): Fate {
    return context.sync ? this.#throwFate(position, context) : this.#floating(context);
  }

  #floating(context: FateContext): Fate {
    if (context.sync) return null;
    return { messageId: 'floating', data: { call: context.text }, awaitFixes: true };
  }

  /** The promise is an argument: of a combinator, a handler wrapper, `Promise.resolve`, or anything else. */
  #argumentFate(call: TSESTree.CallExpression, context: FateContext, position = -1, inArray = false): Fate {
    const method = promiseMethodOf(call);
    if (method === 'allSettled') return null;
    if (method !== null && (COMBINATORS.has(method) || LIBRARY_PASSING_STATICS.has(method))) return this.#promiseFate(call, { ...context, sync: false });
    // A synchronous call throws before the function is called.
    if (context.sync) return this.#options.isHandlerWrapper(call) ? null : this.#throwFate(call, context);
    if (this.#options.isHandlerWrapper(call)) return this.#lostOnly(call, context);
    // A test assertion on the promise's outcome handles it, once the assertion itself is waited on.
    const assertion = settlementAssertion(call);
    if (assertion) {
      const fate = this.#promiseFate(assertion, { ...context, sync: false });
      return fate?.messageId === 'floating' || fate?.messageId === 'voidedPromise' ? fate : null;
    }
    // A promise adapter passes the outcome on through its own value, as a combinator does
    // (`await firstValueFrom(api.get(url))`, `return withTimeout(client.getNode(id), 5000)`).
    if (isPromiseAdapter(call)) return this.#promiseFate(call, { ...context, sync: false });
    // A toast library's `toast.promise(p, { loading, success, error })` shows the rejection: handled
    // there, or passed on when its own value is awaited or chained on.
    if (isToastPromise(call, this.#options.paths)) return isAwaitedOrChained(outermostWrapper(call)) ? this.#promiseFate(call, { ...context, sync: false }) : null;
    // neverthrow's `fromPromise(p, toError)` (`ResultAsync.fromPromise`): the rejection becomes an `Err` the result holds.
    if (position === 0 && call.arguments.length >= 2 && isResultFromPromise(call, this.#options.paths)) return null;
    // rxjs's `from(client.get(url))`: the stream's error, as for an operator's callback.
    if (isRxjsCall(call, RXJS_INPUT_CREATORS, this.#options.paths)) return null;
    // A translating wrapper of this file (`translated(client.x())` awaiting its parameter in a
    // try whose catch handles the error): handled there.
    const local = position < 0 || inArray ? null : localCallee(call, this.#options.paths);
    const wrapped = local ? this.#wrapperFate(local, position, false, context) : undefined;
    if (wrapped !== undefined) return wrapped ?? this.#lostOnly(call, context);
    // A function written to take a promise there (`(app: Promise<App>) => Promise<Named>`, or
    // one that awaits its parameter) waits on it: through its own promise when it returns one.
    const consumer = position < 0 || inArray ? null : this.#promiseConsumer(call, position);
    if (consumer === 'passes') return this.#promiseFate(call, { ...context, sync: false });
    if (consumer === 'takes') return null;
    // A function nothing in view describes (imported, untyped), whose own value is awaited or
    // chained on (`await getCommandRunner()(client.pullImage(o))`, `await normalize(client.exec(o))`):
    // given a promise and waited on, it passes the outcome on. One whose parameter is written
    // (a function or declaration of the file, or any signature with types) said above what it does.
    // So is one whose value is an element of an array a promise combinator is given (`await Promise.all([a, trySafe(p)])`).
    if (position >= 0 && (isAwaitedOrChained(outermostWrapper(call)) || isCombinatorElement(outermostWrapper(call))) && !this.#hasWrittenSignature(call)) return this.#promiseFate(call, { ...context, sync: false });
    // Any other function: nothing says it waits on the promise.
    return this.#floating(context);
  }

  /**
   * Whether a class's object may be a thenable that carries a promise on: with types, when its type
   * is one (or `any`); without them, when the class is named so (`APIPromise`, `Deferred`, `Task`).
   */
  #mayBeThenable(made: TSESTree.NewExpression): boolean {
    const info = this.#options.info;
    const type = info ? knownTypeOf(info, made) : undefined;
    if (type) return isThenable(type);
    const callee = unwrapExpression(made.callee);
    const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
    return name !== null && /Promise|Thenable|Deferred|Future|Task/u.test(name);
  }

  /**
   * Whether the parameters of the function a call is made to are written somewhere in view: a
   * function of the file, a `declare function` or function-typed `const`, a method of a `const`
   * declared with an object type (`declare const bus: { publish(t: string, p: unknown): Promise<void> }`),
   * or, with types, any declaration.
   */
  #hasWrittenSignature(call: TSESTree.CallExpression): boolean {
    if (localCallee(call, this.#options.paths)) return true;
    const callee = unwrapExpression(call.callee);
    const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : callee;
    const node = receiver.type === AST_NODE_TYPES.Identifier ? this.#options.paths.variableOf(receiver)?.defs[0]?.node : undefined;
    if (callee.type === AST_NODE_TYPES.Identifier && writtenFunctionSignature(node)) return true;
    if (callee.type === AST_NODE_TYPES.MemberExpression && node?.type === AST_NODE_TYPES.VariableDeclarator) {
      const written = node.id.typeAnnotation?.typeAnnotation;
      const method = staticPropertyName(callee);
      if (written?.type === AST_NODE_TYPES.TSTypeLiteral && written.members.some((member) => (member.type === AST_NODE_TYPES.TSMethodSignature || member.type === AST_NODE_TYPES.TSPropertySignature) && staticPropertyName(member) === method)) return true;
    }
    const info = this.#options.info;
    return info !== null && (writtenSignatures(info, call)?.length ?? 0) > 0;
  }

  /**
   * Whether the function a call is made to takes a promise as its argument at `position`: its
   * parameter is typed `Promise`/`PromiseLike`, or (a function of this file) it awaits, chains or
   * returns the parameter. 'passes' when it returns a promise of its own (async, or a promise type
   * written), 'takes' when it handles the promise itself, null when nothing says it waits on it.
   */
  #promiseConsumer(call: TSESTree.CallExpression, position: number): 'passes' | 'takes' | null {
    const local = localCallee(call, this.#options.paths);
    if (local) return this.#localPromiseConsumer(local, position);
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      // `const f: (p: Promise<T>) => Promise<U> = ...`, `declare function f(p: Promise<T>): void`.
      const defs = this.#options.paths.variableOf(callee)?.defs;
      const written = defs?.length === 1 ? writtenFunctionSignature(defs[0]?.node) : undefined;
      if (written) {
        const parameter = written.params[position];
        const type = parameter?.type === AST_NODE_TYPES.Identifier ? parameter.typeAnnotation?.typeAnnotation : undefined;
        if (!type || !isPromiseTypeNode(type)) return null;
        return written.returnType && isPromiseTypeNode(written.returnType.typeAnnotation) ? 'passes' : 'takes';
      }
    }
    const info = this.#options.info;
    if (!info) return null;
    const signatures = writtenSignatures(info, call);
    if (!signatures || signatures.length === 0) return null;
    let verdict: 'passes' | 'takes' | null = null;
    for (const signature of signatures) {
      const parameter = signature.parameters[position];
      if (!parameter?.type || parameter.dotDotDotToken || !isPromiseTypeNodeTs(info, parameter.type)) return null;
      const passes = signature.type ? isPromiseTypeNodeTs(info, signature.type) : hasAsyncModifier(info, signature);
      const next = passes ? 'passes' : 'takes';
      if (verdict !== null && verdict !== next) return null;
      verdict = next;
    }
    return verdict;
  }

  #localPromiseConsumer(fn: FunctionNode, position: number): 'passes' | 'takes' | null {
    const parameter = fn.params[position];
    if (!parameter) return null;
    const returnsPromise = fn.async || (fn.returnType !== undefined && isPromiseTypeNode(fn.returnType.typeAnnotation));
    const binding = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    if (binding.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#options.sourceCode.scopeManager?.getDeclaredVariables(fn).find((candidate) => candidate.name === binding.name);
    // Every use of it handles its rejection (`await Promise.race([promise.then(done, done), timeout])`):
    // its own promise, if any, never rejects with the error.
    const reads = variable?.references.filter((reference) => reference.isRead()) ?? [];
    if (reads.length > 0 && reads.every((reference) => this.#settlesEitherWay(outermostWrapper(reference.identifier)))) return 'takes';
    const written = binding.typeAnnotation?.typeAnnotation;
    const typedPromise = written !== undefined && isPromiseTypeNode(written);
    // Written with another type, it takes no promise (`any` and `unknown` say nothing).
    if ((written && !typedPromise && written.type !== AST_NODE_TYPES.TSAnyKeyword && written.type !== AST_NODE_TYPES.TSUnknownKeyword) || !variable) return null;
    let waited = false;
    let returned = false;
    for (const reference of reads) {
      // The parameter, or a chain on it (`p.then(f)`), returned (also with handlers that may reject:
      // `return p.catch((e) => { log(e); throw e; })` passes it on), awaited, or handling rejections.
      const { end: use, handlesRejection } = promiseChainOf(outermostWrapper(reference.identifier));
      const parent = use.parent;
      if (parent?.type === AST_NODE_TYPES.ReturnStatement || (parent === fn && fn.body === use)) returned = true;
      else if (parent?.type === AST_NODE_TYPES.AwaitExpression || handlesRejection) waited = true;
    }
    // Returned, it is the function's own promise (`(p: Promise<T>) => p.then(f)` without a written return type).
    if (returnsPromise || returned) return typedPromise || waited || returned ? 'passes' : null;
    // Written to take a promise and return none, or awaiting it where nothing takes its own promise.
    return typedPromise || waited ? 'takes' : null;
  }

  /**
   * Whether a chain on a promise handles its rejection with handlers written there that cannot
   * reject themselves (`promise.then(done, done)`; not `promise.catch((e) => { log(e); throw e; })`,
   * which passes it on).
   */
  #settlesEitherWay(promise: TSESTree.Node): boolean {
    const { handlers } = promiseChainOf(promise);
    return (
      handlers.length > 0 &&
      handlers.every((argument) => {
        const handler = this.#handlerFunction(argument);
        return handler !== null && !this.#options.catches.canReject(handler);
      })
    );
  }

  /** What becomes of a handling wrapper's own promise, which rejects with what it made of the error: reported only when nothing waits on it. */
  #lostOnly(call: TSESTree.CallExpression, context: FateContext): Fate {
    // Handed to a method registering a function (`program.action(cloudAction(async (client) =>
    // ...))`): what it gives there is a function, one that runs the callback in its own try as an
    // error-handling command wrapper's does; the registration decides what becomes of it.
    const wrapper = outermostWrapper(call);
    const holder = wrapper.parent;
    // Only a method registering a function (`.action(...)`, `.on(event, ...)`): anywhere else
    // (`withTimeout(withRetries(...), 5000)`) it is a promise still.
    if (holder?.type === AST_NODE_TYPES.CallExpression && holder.arguments.includes(wrapper as TSESTree.CallExpressionArgument) && holder.callee.type === AST_NODE_TYPES.MemberExpression && REGISTERING_METHODS.has(writtenCalleeName(holder) ?? '')) return null;
    // A framework's entry point listed as a handler (`server.add('com.atproto.server.getSession', handler)`,
    // `app.get('/nodes', handler)`): a registration, whose value is no promise of the function's outcome.
    if (this.#options.isHandlerWrapper(call) && this.#isRegistration(call)) return null;
    // The message names the wrapper, whose promise it is (`The promise of \`withRetries\` ...`).
    const fate = this.#promiseFate(call, { ...context, sync: false, text: calleeText(call, this.#options.sourceCode, 40) });
    // Not the API call's `await`: the wrapper's (which the report's suggestion cannot place). Handed
    // to the module's importers through an exported callback (`export const list = createServerFn().handler(() =>
    // withPortal(...))`), it rejects with what the wrapper made of the error, for them to handle.
    if (fate?.exported === true) return null;
    return fate?.messageId === 'floating' || fate?.messageId === 'voidedPromise' ? { ...fate, awaitFixes: false, ofWrapper: true } : null;
  }

  /**
   * Whether a configured handler's call registers its function rather than running it: with types,
   * its value is known and no thenable; without them (or typed `any`), it is a method named as a
   * registration or an HTTP verb (`server.add`, `app.get`, `router.post`), given a name first (a
   * string, or a constant or member holding one: a route, a method, an event) and the function
   * after it, as a retry or lock helper called by name is not (`withRetries('op', fn)`, `withLock(key, fn)`).
   */
  #isRegistration(call: TSESTree.CallExpression): boolean {
    const info = this.#options.info;
    const type = info ? knownTypeOf(info, call) : undefined;
    if (type) return !isThenable(type);
    const callee = unwrapExpression(call.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
    if (method === null || !REGISTRATION_METHODS.has(method) || call.arguments.length < 2) return false;
    const first = call.arguments[0] ? unwrapExpression(call.arguments[0]) : null;
    if (first?.type === AST_NODE_TYPES.TemplateLiteral || (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string')) return true;
    // `app.get(ROUTES.nodes, handler)`, `server.add(NSID, handler)`: a name held elsewhere.
    if (first?.type === AST_NODE_TYPES.MemberExpression && !first.computed) return true;
    const definition = first?.type === AST_NODE_TYPES.Identifier ? this.#options.paths.variableOf(first)?.defs[0] : undefined;
    // Imported (`import { NODES_ROUTE } from './routes'`): a name held in another module.
    if (definition?.type === DefinitionType.ImportBinding) return true;
    const held = definition?.node;
    const init = held?.type === AST_NODE_TYPES.VariableDeclarator && held.parent.kind === 'const' && held.init ? unwrapExpression(held.init) : null;
    return init?.type === AST_NODE_TYPES.TemplateLiteral || (init?.type === AST_NODE_TYPES.Literal && typeof init.value === 'string');
  }

  /**
   * The fate of what a wrapper of this file is given at `position` — a promise, or what the
   * function passed there returns (`called`) — when the wrapper awaits it only inside tries with a
   * catch: handled where every catch handles the error, as a translating wrapper does (`try {
   * return await fn(); } catch (e) { throw new DriverError(what, { cause: e }); }`, also in a
   * retry loop); swallowed or partly dropped where a catch does that. Undefined for any other
   * function: its own value then says where the outcome goes.
   */
  #wrapperFate(fn: FunctionNode, position: number, called: boolean, context: FateContext, depth = 0): Fate | undefined {
    const parameter = fn.params[position];
    const binding = parameter?.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    if (binding?.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = this.#options.sourceCode.scopeManager?.getDeclaredVariables(fn).find((candidate) => candidate.name === binding.name);
    const reads = variable?.references.filter((reference) => reference.isRead()) ?? [];
    if (reads.length === 0) return undefined;
    const handlers: TSESTree.CatchClause[] = [];
    const handedOn: Fate[] = [];
    for (const reference of reads) {
      let use: TSESTree.Node = outermostWrapper(reference.identifier);
      // Handed on to another wrapper of the file (`this.runScanner(scanner)`), which judges it there.
      const next = depth < MAX_WRAPPER_HANDOFFS && use.parent?.type === AST_NODE_TYPES.CallExpression && use.parent.callee !== use ? localCallee(use.parent, this.#options.paths) : null;
      if (next && next !== fn && use.parent?.type === AST_NODE_TYPES.CallExpression) {
        const handoff = use.parent;
        const fate = this.#wrapperFate(next, handoff.arguments.indexOf(use as TSESTree.CallExpressionArgument), called, context, depth + 1);
        if (fate === undefined) return undefined;
        // What that wrapper rejects with, having translated the error, this one must keep: dropped
        // here (`start(fn) { this.runScanner(fn); }`), it is lost.
        const rejects = fate === null && (next.async || returnedValues(next).length > 0) && throwsSomewhere(next);
        handedOn.push(rejects && this.#isFloating(handoff) ? this.#lostOnly(handoff, context) : fate);
        continue;
      }
      if (called) {
        const invocation = use.parent;
        if (invocation?.type !== AST_NODE_TYPES.CallExpression || invocation.callee !== use) return undefined;
        use = outermostWrapper(invocation);
      }
      if (use.parent?.type !== AST_NODE_TYPES.AwaitExpression) return undefined;
      const tryStatement = enclosingTryBlock(use.parent);
      // In the wrapper, or in the function it returns (`cloudAction(fn)` returning `async (...args)
      // => { try { await fn(client, ...args) } catch ... }`: a factory of the handled function).
      const runner = tryStatement ? enclosingFunction(tryStatement) : null;
      if (!tryStatement?.handler || (runner !== fn && !(runner !== null && isReturnedBy(runner, fn)))) return undefined;
      handlers.push(tryStatement.handler);
    }
    // A retry giving up with a throw after its loop swallows nothing (#throwFate).
    const verdicts = handlers.map((handler) => {
      // `catch (e) { lastError = e; } ... throw lastError;`: passed on unchanged, as a rethrow is.
      if (stashedRethrows(handler, this.#options.paths)) return 'useless';
      const verdict = this.#handlerVerdict(handler);
      return verdict === 'swallowed' && this.#retriedThenThrown(handler.parent) ? 'effective' : verdict;
    });
    // A catch that only rethrows: the wrapper passes the error on through its own promise.
    if (verdicts.includes('useless')) return undefined;
    const swallowing = handlers[verdicts.indexOf('swallowed')];
    if (swallowing) return swallowedFate(context, swallowing);
    const partial = handlers[verdicts.indexOf('partial')];
    if (partial) return { messageId: 'partialCatch', data: { call: context.text, line: lineOf(partial) } };
    // Handled, or logged in a private helper (no boundary), unless a wrapper it is handed to says otherwise.
    return handedOn.find((fate) => fate !== null) ?? null;
  }

  /** `.then(f, h)`, `.catch(h)`, `.finally(g)` on the promise. */
  #chainFate(link: TSESTree.CallExpression, method: string, context: FateContext): Fate {
    const handlerArgument = method === 'catch' ? link.arguments[0] : method === 'then' ? link.arguments[1] : undefined;
    const next: FateContext = { ...context, sync: false };
    if (!handlerArgument || isUndefined(handlerArgument)) return this.#promiseFate(link, next);
    const handler = this.#handlerFunction(handlerArgument);
    // `.catch(console.error)`, `.catch(LOG.warning)`: a log method by reference only logs the error.
    if (!handler && this.#options.isLogMethod(handlerArgument, link)) {
      const fate = this.#loggedOnlyFate(handlerArgument, link, context, handlerArgument);
      if (fate) return fate;
    }
    if (!handler) {
      // `.catch(noop)` with a no-op from elsewhere swallows; any other handler we cannot see
      // (imported, a parameter) is taken at its word.
      return isNoopName(handlerArgument) ? swallowedFate(context, handlerArgument) : null;
    }
    const verdict = this.#handlerVerdict(handler);
    if (verdict === 'useless') {
      // A handler that only rethrows passes the error on: awaited or returned, as if it were not
      // there; on a floating chain, its rejection is lost.
      if (this.#isFloating(link)) return { messageId: 'floatingHandlerRejects', data: { call: context.text, line: lineOf(handler) } };
      return this.#promiseFate(link, next);
    }
    if (verdict === 'swallowed') return isPollRejectionAttempt(link, handler) ? null : swallowedFate(context, handlerArgument);
    if (verdict === 'partial') return { messageId: 'partialCatch', data: { call: context.text, line: lineOf(handlerArgument) } };
    if (verdict === 'loggedOnly') {
      const fate = this.#loggedOnlyFate(handler, link, context, handlerArgument);
      if (fate) return fate;
    }
    // Handled; only a floating chain whose handler can reject loses something.
    if (this.#isFloating(link) && this.#options.catches.canReject(handler)) {
      return { messageId: 'floatingHandlerRejects', data: { call: context.text, line: lineOf(handler) } };
    }
    return null;
  }

  #handlerFunction(node: TSESTree.Node): FunctionNode | null {
    const inner = unwrapExpression(node);
    if (isFunctionNode(inner)) return inner;
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const variable = this.#options.paths.variableOf(inner);
      const def = variable?.defs[0];
      if (def?.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
      if (def?.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && isFunctionNode(unwrapExpression(def.node.init))) {
        return unwrapExpression(def.node.init) as FunctionNode;
      }
    }
    return null;
  }

  #handlerVerdict(handler: TSESTree.CatchClause | FunctionNode): CatchVerdict {
    const verdict = this.#options.catches.verdict(handler);
    if ((verdict === 'swallowed' || verdict === 'partial') && this.#options.swallowAllowed(handler)) return 'effective';
    return verdict;
  }

  /** Whether a promise-valued expression is left floating (its value unused). */
  #isFloating(expression: TSESTree.Node): boolean {
    // The end of any `.then`/`.catch`/`.finally` chain on it decides.
    const parent = promiseChainOf(outermostWrapper(expression)).end.parent;
    if (!parent) return true;
    return parent.type === AST_NODE_TYPES.ExpressionStatement || (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void');
  }

  /**
   * A promise kept in an array, set or map held by a variable: handled where the collection is
   * given to a promise combinator (`Promise.all(tasks)`, `Promise.allSettled([...pending])`,
   * `Promise.all(inflight.values())`); late when another await comes first; floating otherwise.
   */
  #collectedFate(identifier: TSESTree.Identifier, writer: TSESTree.Node, context: FateContext): Fate {
    const variable = this.#options.paths.variableOf(identifier);
    if (!variable) return this.#floating(context);
    for (const { position, combinator } of this.#combinatorReadsOf(variable)) {
      if (position < writer.range[1]) continue;
      const fate = this.#argumentFate(combinator, { ...context, sync: false });
      if (fate !== null) return fate;
      const late = this.#awaitBetween(writer, combinator);
      return late ? { messageId: 'lateHandler', data: { call: context.text, line: String(late.loc.start.line) } } : null;
    }
    return this.#floating(context);
  }

  /** The reads of a variable that hand it to a promise combinator, in source order (once per variable: a loop of pushes asks each time). */
  #combinatorReadsOf(variable: TSESLint.Scope.Variable): readonly { position: number; combinator: TSESTree.CallExpression }[] {
    let reads = this.#combinatorReads.get(variable);
    if (!reads) {
      reads = [];
      for (const reference of variable.references) {
        const read = reference.identifier;
        if (!reference.isRead() || read.type !== AST_NODE_TYPES.Identifier) continue;
        const combinator = combinatorTaking(read);
        if (combinator) reads.push({ position: read.range[0], combinator });
      }
      this.#combinatorReads.set(variable, reads);
    }
    return reads;
  }

  /** The first `await` (or `yield`, `for await`) of the same function strictly between two nodes, if any. */
  #awaitBetween(from: TSESTree.Node, to: TSESTree.Node): TSESTree.Node | null {
    const fn = enclosingFunction(from);
    const body = fn ? fn.body : rootOf(from);
    let waits = this.#waits.get(body);
    if (!waits) {
      waits = waitsOf(body);
      this.#waits.set(body, waits);
    }
    const start = from.range[1];
    const end = to.range[0];
    // The first wait starting after `from` (binary search), then on to one that ends before `to`.
    let low = 0;
    let high = waits.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((waits[middle] as TSESTree.Node).range[0] > start) high = middle;
      else low = middle + 1;
    }
    for (let index = low; index < waits.length; index++) {
      const wait = waits[index] as TSESTree.Node;
      if (wait.range[0] >= end) break;
      if (wait.range[1] <= end) return wait;
    }
    return null;
  }

  /** `const p = call(); ... await p`: the first use that consumes the promise decides; another await before it is late. */
  #assignedFate(identifier: TSESTree.Identifier, writer: TSESTree.Node, context: FateContext): Fate {
    const variable = this.#options.paths.variableOf(identifier);
    if (!variable) return this.#floating(context);
    // A synchronous call throws right where it is made, whatever the variable becomes.
    if (context.sync) return this.#throwFate(writer, context);
    // A variable of the module written in a function (`cached = client.connect()`) is read on later
    // calls too, by the reads written before the write (`if (cached) return cached`).
    const declared = variable.defs[0]?.name;
    const kept = declared !== undefined && enclosingFunction(declared) === null && enclosingFunction(writer) !== null;
    const reads = variable.references
      .filter((reference) => reference.isRead() && (reference.identifier.range[0] > writer.range[1] || (kept && !contains(writer, reference.identifier))))
      .map((reference) => reference.identifier)
      .sort((a, b) => a.range[0] - b.range[0]);
    // Read only by exports (`export { ready }`), or by none: handed to the module's importers, as one
    // stored on an object is, when exported (`export const ready = client.connect()`); else floating.
    if (reads.every(isExportedHere)) return reads.length > 0 || isExportedDeclarator(writer) ? null : this.#floating(context);
    let firstFailure: Fate = null;
    // A rejection handler attached before (`p.catch(() => undefined)`, then `await p` later): the
    // rejection is observed from there on, even if that handler drops it.
    let observer: TSESTree.Node | null = null;
    let storedBeyond = false;
    /** The first side branch with a rejection handler (see below). */
    let side: TSESTree.Node | null = null;
    let failedAt: TSESTree.Node | null = null;
    for (const [index, read] of reads.entries()) {
      // A test or a plain read before a later use (`if (deletes) await Promise.all(deletes)`, `deletes.length`):
      // the later use says what becomes of the promises.
      if (index < reads.length - 1 && isUsedAsPlainValue(read) && outermostWrapper(read).parent?.type !== AST_NODE_TYPES.ForOfStatement) continue;
      // Exported by name (`export { ready }`, `export default ready`): handed to the importers; the other reads here still say what they do.
      if (isExportedHere(read)) continue;
      // A side branch with a rejection handler, its own value dropped (`pending.catch(() => { cache = null })`,
      // then `return pending`): it observes the rejection; the later uses say where the error goes.
      const chain = promiseChainOf(outermostWrapper(read));
      if (index < reads.length - 1 && chain.handlesRejection && chain.end.parent?.type === AST_NODE_TYPES.ExpressionStatement) {
        observer ??= read;
        side ??= read;
        continue;
      }
      const fate = this.#promiseFate(read, context);
      // Handed to a call nothing says waits on it, then read again (`toast.promise(mutation, messages);
      // await mutation`): the later reads say where the rejection goes.
      if (index < reads.length - 1 && fate?.messageId === 'floating' && isCallArgument(read) && inSameBlock(read, reads[index + 1])) continue;
      // Kept beyond this function as well (`inflight.set(uri, p); return p;`): where it is
      // returned or awaited here still decides (the cache hands the same promise to later callers).
      if (fate === null && reads.length > 1 && this.#isStoredBeyond(read)) {
        storedBeyond = true;
        continue;
      }
      if (observer === null && chain.handlesRejection) observer = read;
      // A read that handles the rejection, well or badly (a catch that only logs it): before it,
      // another await leaves the rejection unobserved, the graver fault of the two.
      if (fate === null || (firstFailure === null && CATCH_FATES.has(fate.messageId))) {
        const late = this.#awaitBetween(writer, observer ?? read);
        if (late) return { messageId: 'lateHandler', data: { call: context.text, line: String(late.loc.start.line) } };
        if (fate === null) return this.#unreadOnAPath(identifier, context);
      }
      if (firstFailure === null) {
        firstFailure = fate;
        failedAt = read;
      }
    }
    const dropped = firstFailure !== null && DROPPED_FATES.has(firstFailure.messageId);
    // Left unconsumed here but kept elsewhere: whoever reads it there may handle it.
    if (storedBeyond && (firstFailure?.messageId === 'floating' || firstFailure?.messageId === 'voidedPromise')) return null;
    // Dropped by the other reads (`p.catch(log); void p`): the side branch's handler is all that takes
    // the error — unless the read dropped is a chain made on it, whose own promise rejects unobserved
    // (`p.catch(log); p.finally(done)`).
    if (side && dropped && failedAt !== null && promiseChainOf(outermostWrapper(failedAt)).end === outermostWrapper(failedAt)) return this.#promiseFate(side, context);
    return firstFailure ?? this.#unreadOnAPath(identifier, context);
  }

  /** A held promise read on some paths only: floating on a path that leaves its function without reading it. */
  #unreadOnAPath(identifier: TSESTree.Identifier, context: FateContext): Fate {
    const exit = this.#options.unreadExit?.(identifier) ?? null;
    if (!exit) return null;
    const where = exit.type === AST_NODE_TYPES.ReturnStatement ? `the \`return\` at line ${lineOf(exit)}` : `the end of ${nameOf(exit as FunctionNode, this.#options.sourceCode)}`;
    return { messageId: 'floatingOnAPath', data: { call: context.text, exit: where }, awaitFixes: false };
  }

  /** A read that stores the value where this function does not follow it: a member, an object literal, a collection not its own. */
  #isStoredBeyond(read: TSESTree.Node): boolean {
    const wrapper = outermostWrapper(read);
    const parent = wrapper.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression) return parent.right === wrapper && ASSIGNING_OPERATORS.has(parent.operator) && parent.left.type === AST_NODE_TYPES.MemberExpression;
    if (parent?.type === AST_NODE_TYPES.Property) return parent.value === wrapper && parent.parent.type === AST_NODE_TYPES.ObjectExpression;
    if (parent?.type !== AST_NODE_TYPES.CallExpression) return false;
    const collection = collectionStoredIn(parent, wrapper);
    return collection !== null && !(collection.type === AST_NODE_TYPES.Identifier && this.#isOwnVariable(collection));
  }

  // --- the error ------------------------------------------------------------------------------

  /** An error raised at `position`: the catches around it in its function, then the function's callers. */
  #throwFate(position: TSESTree.Node, context: FateContext): Fate {
    let child: TSESTree.Node = position;
    let current: TSESTree.Node | undefined = position.parent;
    let rethrownBy: TSESTree.CatchClause | null = null;
    while (current && !isFunctionNode(current)) {
      if (current.type === AST_NODE_TYPES.TryStatement) {
        if (child === current.block) {
          if (current.finalizer && returnsInFinally(current.finalizer)) return null;
          // `catch (e) { lastError = e; } ... throw lastError;`: the error leaves where it is thrown again.
          const rethrows = current.handler && !this.#stashesInProgress.has(current.handler) ? stashedRethrows(current.handler, this.#options.paths) : null;
          if (current.handler && rethrows) {
            this.#stashesInProgress.add(current.handler);
            try {
              for (const rethrow of rethrows) {
                const fate = this.#throwFate(rethrow, context);
                if (fate) return fate;
              }
              return null;
            } finally {
              this.#stashesInProgress.delete(current.handler);
            }
          }
          if (current.handler) {
            const verdict = this.#handlerVerdict(current.handler);
            // A retry that gives up with a throw nothing can skip (`for (...) { try { return await
            // client.x(); } catch { await sleep(ms); } } throw new DriverError(...)`): nothing carries
            // on as if the call had succeeded.
            if (verdict === 'swallowed') return this.#retriedThenThrown(current) || isPollAttempt(current) ? null : swallowedFate(context, current.handler);
            if (verdict === 'partial') return { messageId: 'partialCatch', data: { call: context.text, line: lineOf(current.handler) } };
            if (verdict === 'loggedOnly') return this.#loggedOnlyFate(current.handler, position, context);
            if (verdict === 'effective') return null;
            // A catch that only rethrows: as if there were no try (the message names the innermost).
            rethrownBy ??= current.handler;
          }
        }
      }
      child = current;
      current = current.parent;
    }
    const fn = current && isFunctionNode(current) ? current : null;
    const fate = this.#exitFate(fn, context);
    const lost = fn ? this.#lostWithFunction(fn, fate, context) : null;
    if (lost) return lost;
    if (fate?.messageId !== 'unhandled') return fate;
    const block = handlerBlockOf(position);
    if (block) return { ...fate, messageId: 'unhandledInHandler', data: { ...fate.data, block }, thrownAt: position };
    // Caught and rethrown unchanged: say so, and translate there (no try to add around it).
    if (rethrownBy) return { ...fate, messageId: 'unhandledRethrown', data: { ...fate.data, line: lineOf(rethrownBy) } };
    return { ...fate, thrownAt: position };
  }

  /**
   * Awaited or returned in `fn`, the error rejects the promise of `fn`, which nobody keeps
   * (`(async () => { await client.sync(); })();`, `.then(async (n) => { ... })` floating): what is
   * missing is a catch in it, not an `await` of the call. Not when that promise is a handling
   * wrapper's (`withRetries(async () => { ... });`): the wrapper handles the call, and its own
   * promise is what is left unread.
   */
  #lostWithFunction(fn: FunctionNode, fate: Fate, context: FateContext): Unhandled | null {
    if ((fate?.messageId !== 'floating' && fate?.messageId !== 'voidedPromise') || fate.ofWrapper === true) return null;
    return { messageId: 'unhandled', data: { call: context.text, function: nameOf(fn, this.#options.sourceCode) } };
  }

  /** A try inside a loop whose catch carries on to the next attempt, and whose loop is followed by a throw nothing can skip, or only a success flag (see #thrownUnlessSent). */
  #retriedThenThrown(tryStatement: TSESTree.TryStatement): boolean {
    const handler = tryStatement.handler;
    if (!handler || leavesSomehow(handler.body)) return false;
    for (let current: TSESTree.Node | undefined = tryStatement.parent; current && !isFunctionNode(current); current = current.parent) {
      if (LOOP_TYPES.has(current.type)) return throwsAfter(tryStatement, this.#blockEnds) || this.#thrownUnlessSent(tryStatement, current);
    }
    return false;
  }

  /**
   * `let sent = false; for (...) { try { await client.post(o); sent = true; } catch { await sleep(d) } }
   * if (!sent) throw new Error('gave up')`: right after the loop, a throw only an attempt that got
   * through skips — a flag declared `false` or without a value that the `try` block alone sets to
   * `true`, after its last `await`, and that stops the loop (its test asks `!sent`, or a `break` follows).
   */
  #thrownUnlessSent(tryStatement: TSESTree.TryStatement, loop: TSESTree.Node): boolean {
    const next = statementAfter(loop);
    if (next?.type !== AST_NODE_TYPES.IfStatement || next.alternate) return false;
    const body = next.consequent.type === AST_NODE_TYPES.BlockStatement ? next.consequent.body : [next.consequent];
    const test = unwrapExpression(next.test);
    const flag = test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!' ? unwrapExpression(test.argument) : null;
    if (body.at(-1)?.type !== AST_NODE_TYPES.ThrowStatement || flag?.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.#options.paths.variableOf(flag);
    // Declared unset (`let sent = false`, `let sent;`), and the loop stops once it is set: its test asks `!sent`, or a `break` follows the write.
    const declaration = variable?.defs[0]?.node;
    if (!variable || declaration?.type !== AST_NODE_TYPES.VariableDeclarator || (declaration.init !== null && booleanLiteral(declaration.init) !== false)) return false;
    const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
    if (writes.length === 0) return false;
    const loopTest = 'test' in loop && loop.test ? loop.test : null;
    const loopAsksFlag = loopTest !== null && identifiersReadIn(loopTest).some((read) => read.name === flag.name && read.parent.type === AST_NODE_TYPES.UnaryExpression && read.parent.operator === '!');
    const stopsWhenSet = (write: TSESTree.Node): boolean => loopAsksFlag || followedByBreak(write);
    const lastAwait = Math.max(...collectInTry(tryStatement.block, (node) => (node.type === AST_NODE_TYPES.AwaitExpression ? node.range[1] : null)));
    return (
      writes.every((reference) => {
        const assignment = reference.identifier.parent;
        const afterAttempt = contains(tryStatement.block, reference.identifier) && reference.identifier.range[0] > lastAwait;
        return afterAttempt && assignment.type === AST_NODE_TYPES.AssignmentExpression && booleanLiteral(assignment.right) === true && stopsWhenSet(assignment);
      })
    );
  }

  /** `written`: where the handler is given, for the message's line (`.catch(reportError)`, not `reportError`'s declaration). */
  #loggedOnlyFate(handler: TSESTree.Node, position: TSESTree.Node, context: FateContext, written: TSESTree.Node = handler): Fate {
    if (!this.#options.checkLogOnly) return null;
    const fn = enclosingFunction(position);
    if (fn && !this.#isBoundary(fn)) return null;
    // A cleanup whose failure is logged before the function throws anyway (`catch (e) { try {
    // await undo() } catch (u) { LOG.error(u) } throw e; }`): nothing carries on as if it succeeded.
    if (handler.type === AST_NODE_TYPES.CatchClause && !leavesSomehow(handler.body) && throwsAfter(handler.parent, this.#blockEnds)) return null;
    return { messageId: 'loggedAndSwallowed', data: { call: context.text, line: lineOf(written), function: nameOf(fn, this.#options.sourceCode) } };
  }

  /** A promise returned from its function: escapes any try it is returned from, then goes to the function's callers. */
  #returnedFate(node: TSESTree.Node, context: FateContext): Fate {
    if (context.sync) return this.#throwFate(node, context);
    // An async generator awaits what it yields or returns: its rejection is thrown right there.
    const owner = enclosingFunction(node);
    if (owner?.async && owner.generator && (node.type === AST_NODE_TYPES.YieldExpression || node.type === AST_NODE_TYPES.ReturnStatement)) return this.#throwFate(node, context);
    const tryStatement = enclosingTryBlock(node);
    if (tryStatement?.handler && this.#handlerVerdict(tryStatement.handler) !== 'useless') {
      const line = String(tryStatement.loc.start.line);
      // `return (async () => await client.x())();`: the call is awaited; the function's promise is not.
      if (context.through) {
        const promise = node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.YieldExpression ? node.argument : node;
        return { messageId: 'escapesTryThrough', data: { call: context.text, line }, awaitFixes: true, ...(promise ? { awaitAt: promise } : {}) };
      }
      return { messageId: 'escapesTry', data: { call: context.text, line }, awaitFixes: true };
    }
    const fn = enclosingFunction(node);
    const fate = this.#exitFate(fn, context);
    // Returned by a `return` statement, the promise is the function's (`const skeleton = async (input) =>
    // { return ctx.client.call(...) }` handed to a caller that drops it), as when awaited there. An
    // arrow's expression body gives the call's own promise to whatever holds the arrow's value.
    const lost = fn?.async === true && node.type === AST_NODE_TYPES.ReturnStatement && !isChainCallback(fn) ? this.#lostWithFunction(fn, fate, context) : null;
    if (lost) return lost;
    // `catch (e) { return client.x(); }`: an API call in a catch or finally block, as when awaited there.
    const block = fate?.messageId === 'unhandled' ? handlerBlockOf(node) : null;
    return fate && block ? { ...fate, messageId: 'unhandledInHandler', data: { ...fate.data, block } } : fate;
  }

  /** The error leaves function `fn` (thrown, or its promise rejects). */
  #exitFate(fn: FunctionNode | null, context: FateContext): Fate {
    if (!fn) return { messageId: 'unhandled', data: { call: context.text, function: 'the module' } };
    if (this.#options.documentedPropagation && isThrowsDocumented(fn, this.#options.sourceCode)) {
      this.#documentedPropagators.add(fn);
      return null;
    }
    const iife = immediateCall(fn);
    if (iife) return fn.async || !context.sync ? this.#promiseFate(iife, { ...context, sync: false, through: fn }) : this.#throwFate(iife, context);
    const callback = callbackCall(fn) ?? this.#passedOnlyTo(fn);
    if (callback) return this.#callbackFate(fn, callback, context);
    // A method a configured wrapper decorates, itself or its class (or a class of the file it extends).
    if (this.#isDecoratedByHandler(fn)) return null;
    // A module mock's double (`vi.mock('./http', () => ({ get: (url) => fetch(url) }))`): the code under test answers for its error.
    if (isModuleMockMember(fn)) return null;
    // A query function of options a query hook is given by a function (Solid's `createQuery(() => ({ queryFn }))`).
    const optionsCall = returnedOptionsCall(fn);
    if (optionsCall && isQueryHookFunction(fn, optionsCall, this.#options.paths)) return null;
    if (this.#options.localPropagation && this.#helpers.isPrivateHelper(fn)) return this.#helperFate(fn, context);
    return { messageId: 'unhandled', data: { call: context.text, function: nameOf(fn, this.#options.sourceCode) }, boundary: fn };
  }

  /**
   * Whether a method is wrapped by a configured handler used as a decorator: on the method, on its
   * class, or on a class of the file its class extends (`@HandleIntegrationErrors([]) export
   * abstract class Integration`, a subclass's methods too).
   */
  #isDecoratedByHandler(fn: FunctionNode): boolean {
    // A method: a class's decorator rewraps its prototype's methods, not its fields or static members.
    const element = fn.parent;
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== 'method') return false;
    if (element.decorators.some(this.#options.isHandlerDecorator)) return true;
    if (element.static) return false;
    let owner: TSESTree.Node | null = element.parent.parent;
    for (let hops = 0; hops < 8 && (owner?.type === AST_NODE_TYPES.ClassDeclaration || owner?.type === AST_NODE_TYPES.ClassExpression); hops++) {
      if (owner.decorators.some(this.#options.isHandlerDecorator)) return true;
      const superClass: TSESTree.Node | null = owner.superClass ? unwrapExpression(owner.superClass) : null;
      owner = superClass?.type === AST_NODE_TYPES.Identifier ? localClassOf(superClass, this.#options.paths) : null;
    }
    return false;
  }

  /** A callback's error goes where its caller puts it. */
  #callbackFate(fn: FunctionNode, call: TSESTree.CallExpression | TSESTree.NewExpression, context: FateContext): Fate {
    const callee = unwrapExpression(call.callee);
    const method = writtenCalleeName(call);
    const returnsPromise = fn.async || !context.sync;
    // A configured wrapper handles the callback's error, and rejects with what it makes of it: lost
    // only when its own promise is (`withRetries(() => client.x());` as a statement, or `void`).
    if (call.type === AST_NODE_TYPES.CallExpression && this.#options.isHandlerWrapper(call)) return returnsPromise ? this.#lostOnly(call, context) : null;
    // A pattern match's branch (ts-pattern's `match(policy).with(p, (p) => client.x(p)).exhaustive()`):
    // its value is the match's, and what becomes of that decides.
    const matched = call.type === AST_NODE_TYPES.CallExpression ? patternMatchEnd(call) : null;
    if (matched) return this.#promiseFate(matched, { ...context, sync: false });
    // A test or a hook of a test framework: the framework waits for it and reports its failure.
    if (call.type === AST_NODE_TYPES.CallExpression && isTestRegistration(call, this.#options.paths)) return null;
    // An rxjs operator or creator (`switchMap(() => client.getRooms())`, `defer(() => api.get(url))`):
    // the promise becomes the stream's, and its rejection the stream's error, which goes to its subscribers.
    if (call.type === AST_NODE_TYPES.CallExpression && isRxjsCall(call, RXJS_FLATTENING_OPERATORS, this.#options.paths)) return null;
    // An HTTP client's interceptor (`api.interceptors.response.use(ok, async (e) => { await refresh();
    // return api.request(e.config); })`, `sdk.interceptors.push({ responseError })`): the request
    // it intercepts settles with its outcome, and that request's caller handles it.
    if (call.type === AST_NODE_TYPES.CallExpression && isInterceptorRegistration(call)) return null;
    // A query cache hook's query or mutation function (`useQuery({ queryKey, queryFn: () => api.getStats() })`,
    // `useMutation({ mutationFn })`): the library keeps its rejection in the query's `error` state.
    if (call.type === AST_NODE_TYPES.CallExpression && isQueryHookFunction(fn, call, this.#options.paths)) return null;
    // A test double's implementation (`jest.fn(async (id) => client.node.get(id))`): the code under
    // test calls it, and what that code does with its error is the code's own matter.
    if (call.type === AST_NODE_TYPES.CallExpression && call.arguments.at(-1) === outermostWrapper(fn) && isFakeImplementation(call)) return null;
    // Effect's `tryPromise` (`Effect.tryPromise({ try: () => fetch(url), catch: (e) => new HttpError(e) })`): the effect's failure.
    if (call.type === AST_NODE_TYPES.CallExpression && isEffectTryPromise(fn, call, this.#options.paths)) return null;
    if (call.type === AST_NODE_TYPES.NewExpression) {
      // A `new Promise` executor: what it throws rejects the new promise; what it returns is
      // dropped (`new Promise((resolve) => client.x().then(resolve))` loses the rejection).
      if (isIdentifierNamed(callee, 'Promise') && !fn.async) return context.sync ? this.#promiseFate(call, { ...context, sync: false }) : this.#escapedCallback(call, context);
      return this.#escapedCallback(call, context);
    }
    if (method !== null && CHAIN_METHODS.has(method) && callee.type === AST_NODE_TYPES.MemberExpression) {
      return this.#promiseFate(call, { ...context, sync: false });
    }
    if (method !== null && RESULT_HOFS.has(method)) {
      // `for await (const n of ids.map((id) => client.node.get(id)))`: an array of promises awaited
      // one by one, so a later one can reject before the loop reaches it (as `for (const p of
      // pending) await p` does); an async iterable would be awaited as it is iterated.
      const loop = outermostWrapper(call).parent;
      if (returnsPromise && loop?.type === AST_NODE_TYPES.ForOfStatement && loop.await && loop.right === outermostWrapper(call)) {
        return { messageId: 'lateHandler', data: { call: context.text, line: String(loop.loc.start.line) } };
      }
      return returnsPromise ? this.#promiseFate(call, { ...context, sync: false }) : this.#throwFate(call, { ...context, sync: true });
    }
    // A promise chain folded by `reduce` (`await ids.reduce(async (prev, id) => { await prev; ... },
    // Promise.resolve())`): each callback's promise is the next one's accumulator, the last one the
    // call's value, so a rejection reaches the end when every callback waits on its accumulator.
    if (returnsPromise && (method === 'reduce' || method === 'reduceRight') && call.arguments[0] === fn && this.#waitsOnAccumulator(fn)) {
      return this.#promiseFate(call, { ...context, sync: false });
    }
    if (method !== null && SYNC_HOFS.has(method)) {
      return returnsPromise ? this.#escapedCallback(call, context) : this.#throwFate(call, { ...context, sync: true });
    }
    if (method !== null && isDetaching(method)) return this.#escapedCallback(call, context);
    // A test assertion that the function throws (`expect(() => client.parse(urn)).toThrow()`,
    // `assert.throws(() => …)`): it calls the function and catches what it throws. An async
    // function's rejection is no throw: such an assertion misses it.
    if (!fn.async && call.arguments[0] === outermostWrapper(fn) && isThrowAssertion(call)) return null;
    // A test assertion calling the function for its outcome (`await expect(() => client.x()).rejects…`,
    // `await assert.rejects(async () => …)`), once itself waited on.
    const assertion = settlementAssertion(call);
    if (assertion) {
      const fate = this.#promiseFate(assertion, { ...context, sync: false });
      return fate?.messageId === 'floating' || fate?.messageId === 'voidedPromise' ? fate : null;
    }
    // A translating wrapper of this file (`ironicCall(what, () => client.x())`, Nova's
    // `ironicclient.call`): it awaits what the callback returns in a try whose catch handles it.
    const wrapper = localCallee(call, this.#options.paths);
    const wrapped = wrapper ? this.#wrapperFate(wrapper, call.arguments.indexOf(outermostWrapper(fn) as TSESTree.CallExpressionArgument), true, context) : undefined;
    // A factory (every value it returns a function), or one that returns nothing (`startScanning(fn)`
    // handing it to another wrapper and keeping that one's promise): no promise of its own to lose.
    if (wrapped !== undefined) return wrapped ?? (wrapper && (returnsOnlyFunctions(wrapper) || returnsNothing(wrapper)) ? null : this.#lostOnly(call, context));
    // With types, such a factory in another file of the project (an imported command wrapper).
    const info = this.#options.info;
    if (!wrapper && info && runsCallbackInCatchingTry(info, call, call.arguments.indexOf(outermostWrapper(fn) as TSESTree.CallExpressionArgument), this.#factoryVerdicts)) return null;
    // Any other function taking a callback: when its own value is consumed (awaited, returned,
    // chained, assigned), it is taken to pass the callback's outcome on (retry helpers, locks,
    // transactions); a synchronous callback's error comes out of the call itself.
    // A value used as no promise can be (a builder chained on: `yargs.command(name, d, build,
    // async (argv) => ...).option(...)`) is not the callback's promise either.
    // A function made around the callback (`const getType = memoize((id) => sdk.get(id))`,
    // `handleFailure(name, fn)(args)`): its calls give back the callback's outcome.
    const made = returnsPromise ? this.#madeFunctionFate(call, context) : undefined;
    if (made !== undefined) return made;
    if (this.#isFloating(call) || isUsedAsPlainValue(call) || this.#storedAsPlainValue(call)) return this.#escapedCallback(call, context);
    // Exported (`export const describe = cloudAction(async (client) => ...)`): its importers run
    // the callback, beyond any handler here, where an exported promise is only handed over.
    if (returnsPromise && isExportedValue(call, this.#options.paths)) {
      // A builder's link (`createServerFn(...).handler(fn)`) makes the function the importers call, which gives back the callback's value.
      const builder = callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.CallExpression;
      return { messageId: 'floating', data: { call: context.text }, awaitFixes: true, ...(builder ? { exported: true } : {}) };
    }
    return returnsPromise ? this.#promiseFate(call, { ...context, sync: false }) : this.#throwFate(call, { ...context, sync: true });
  }

  /**
   * For a call named as making a function around its callback (memoize, once, a cache, a wrapper,
   * a retry): the fate of the callback's promise at the calls of what it made — called right away
   * (`handleFailure(name, fn)(args)`) or held by a `const` only ever called. Undefined otherwise.
   */
  #madeFunctionFate(call: TSESTree.CallExpression, context: FateContext): Fate | undefined {
    const name = writtenCalleeName(call)?.toLowerCase() ?? '';
    if (!FUNCTION_MAKER_WORDS.some((word) => name.includes(word))) return undefined;
    const wrapper = outermostWrapper(call);
    const parent = wrapper.parent;
    const promiseContext = { ...context, sync: false };
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === wrapper) return this.#promiseFate(parent, promiseContext);
    if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== wrapper || parent.id.type !== AST_NODE_TYPES.Identifier || parent.parent.kind !== 'const') return undefined;
    const reads = this.#options.paths.variableOf(parent.id)?.references.filter((reference) => reference.isRead()) ?? [];
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of reads) {
      const read = outermostWrapper(reference.identifier);
      if (read.parent?.type !== AST_NODE_TYPES.CallExpression || read.parent.callee !== read) return undefined;
      calls.push(read.parent);
    }
    if (calls.length === 0) return undefined;
    for (const made of calls) {
      const fate = this.#promiseFate(made, promiseContext);
      if (fate) return fate;
    }
    return null;
  }

  /** The first `await` of a for-of loop's element (`for (const p of pending) { out.push(await p); }`) in the loop's own function. */
  #awaitOfElement(loop: TSESTree.ForOfStatement): TSESTree.AwaitExpression | null {
    const declared = loop.left.type === AST_NODE_TYPES.VariableDeclaration ? loop.left.declarations.at(0)?.id : loop.left;
    if (declared?.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#options.paths.variableOf(declared);
    const fn = enclosingFunction(loop);
    for (const reference of variable?.references ?? []) {
      const read = outermostWrapper(reference.identifier);
      if (read.parent?.type === AST_NODE_TYPES.AwaitExpression && enclosingFunction(read) === fn && read.range[0] >= loop.body.range[0]) return read.parent;
    }
    return null;
  }

  /** Whether a name is a variable declared in the function it is used in (not a module's or an enclosing function's). */
  #isOwnVariable(name: TSESTree.Identifier): boolean {
    const declared = this.#options.paths.variableOf(name)?.defs[0]?.name;
    return declared !== undefined && enclosingFunction(declared) === enclosingFunction(name);
  }

  /** The accumulator of a `reduce` callback is awaited, returned or chained on. */
  #waitsOnAccumulator(fn: FunctionNode): boolean {
    const accumulator = fn.params[0];
    if (accumulator?.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.#options.paths.variableOf(accumulator);
    return variable?.references.some((reference) => reference.isRead() && usedAsPromise(outermostWrapper(reference.identifier))) ?? false;
  }

  /**
   * A call's value stored in a variable that is then used only as an object, never as a promise
   * (`const informer = makeInformer(kc, path, listFn); informer.on('add', ...)`): not the callback's promise.
   */
  #storedAsPlainValue(call: TSESTree.CallExpression): boolean {
    const wrapper = outermostWrapper(call);
    const declarator = wrapper.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== wrapper || declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.#options.paths.variableOf(declarator.id);
    const reads = variable?.references.filter((reference) => reference.isRead()).map((reference) => outermostWrapper(reference.identifier)) ?? [];
    const usedAsObject = (use: TSESTree.Node): boolean => use.parent?.type === AST_NODE_TYPES.MemberExpression && use.parent.object === use && !usedAsPromise(use);
    // Also when it is handed on as it is (`collection.subscribe(cb); return collection`): a
    // return or an argument says nothing of a promise, a member that no promise has does.
    const handedOn = (use: TSESTree.Node): boolean =>
      use.parent?.type === AST_NODE_TYPES.ReturnStatement || (use.parent?.type === AST_NODE_TYPES.CallExpression && use.parent.callee !== use && !usedAsPromise(use));
    return reads.some(usedAsObject) && reads.every((use) => usedAsObject(use) || handedOn(use));
  }

  #escapedCallback(call: TSESTree.CallExpression | TSESTree.NewExpression, context: FateContext): Fate {
    const receiver = calleeText(call, this.#options.sourceCode);
    const tryStatement = enclosingTryBlock(call);
    if (tryStatement?.handler) {
      return { messageId: 'callbackEscapesTry', data: { call: context.text, callee: receiver, line: String(tryStatement.loc.start.line) } };
    }
    return { messageId: 'callbackEscapes', data: { call: context.text, callee: receiver } };
  }

  /** A private helper propagates when every same-file call of it handles what it lets through. */
  #helperFate(fn: FunctionNode, context: FateContext): Fate {
    if (this.#inProgress.has(fn)) return null;
    if (!this.#helperVerdicts.has(fn)) {
      this.#inProgress.add(fn);
      let verdict: Fate = null;
      try {
        // A private getter's reads run it, as calls run a method.
        const sites: readonly (TSESTree.CallExpression | TSESTree.MemberExpression)[] = this.#helpers.getterReads(fn) ?? this.#callSites.get(fn) ?? [];
        // Without types, a call of it whose value has members no promise has (`this.createBackup().pipe(map(f))`):
        // what it returns is no promise (an observable), so neither is the API call it returns. (Not a
        // test of it, `!this.fetchNode(id)`, which is as much a forgotten `await`.)
        const plainSomewhere = !fn.async && !this.#options.info && sites.some((site) => site.type === AST_NODE_TYPES.CallExpression && hasNonPromiseMember(site));
        for (const site of plainSomewhere ? [] : sites) {
          const siteContext: FateContext = {
            sync: !(fn.async || this.#returnsPromise(fn, site)),
            text: site.type === AST_NODE_TYPES.CallExpression ? calleeText(site, this.#options.sourceCode) : shortText(nodeText(this.#options.sourceCode, site)),
          };
          const fate = this.#promiseFate(site, siteContext);
          if (fate) {
            if (CATCH_FATES.has(fate.messageId)) {
              // Dropped by a catch around a call of the helper: say so, about the API call.
              verdict = fate;
            } else {
              // Through a chain of helpers, name the helpers it passes through and the call where
              // the error is finally dropped (`inner`, through `outer`, ... the call at line 8).
              const outer = fate.messageId === 'unhandledHelper' || fate.messageId === 'unhandledHelperSite';
              const line = outer ? (fate.data.line ?? lineOf(site)) : lineOf(site);
              const via = outer ? [fate.data.helper, fate.data.via].filter((name) => name !== undefined && name !== '').join(' and ') : '';
              const helper = nameOf(fn, this.#options.sourceCode);
              const data = { function: via === '' ? helper : `${helper}, through ${via},`, helper, via, line };
              // The call of the helper leaves its promise unwatched (`refresh(id)` with no `await`,
              // `void refresh(id)`): say what is missing there, where the await goes.
              const how = outer ? fate.data.how : siteMiss(fate);
              const awaitAt = outer ? fate.awaitAt : fate.awaitFixes === true ? outermostWrapper(site) : undefined;
              verdict = how === undefined
                ? { messageId: 'unhandledHelper', data }
                : { messageId: 'unhandledHelperSite', data: { ...data, how, ...(awaitAt ? { awaited: outer ? (fate.data.awaited ?? siteContext.text) : siteContext.text } : {}) }, ...(awaitAt ? { awaitFixes: true, awaitAt } : {}) };
            }
            break;
          }
        }
      } finally {
        this.#inProgress.delete(fn);
      }
      this.#helperVerdicts.set(fn, verdict);
    }
    const verdict = this.#helperVerdicts.get(fn) ?? null;
    if (!verdict) return null;
    return CATCH_FATES.has(verdict.messageId) ? { ...verdict, data: { ...verdict.data, call: context.text } } : { ...verdict, data: { ...verdict.data, call: context.text }, boundary: fn };
  }

  /** Whether a function is a boundary: its callers are not all visible in this file. */
  #isBoundary(fn: FunctionNode): boolean {
    return !callbackCall(fn) && !immediateCall(fn) && !this.#helpers.isPrivateHelper(fn) && !this.#passedOnlyTo(fn) && !this.#helpers.isPrivateCallback(fn);
  }

  /**
   * The one call a named function of this file is handed to, when that is all that is done with it
   * (`const doRequest = async () => ...; await retry(doRequest, 3)`): a callback by another name.
   * Not for an exported function, nor one also called, stored or passed elsewhere.
   */
  #passedOnlyTo(fn: FunctionNode): TSESTree.CallExpression | TSESTree.NewExpression | null {
    const declarator = outermostWrapper(fn).parent;
    const name =
      fn.type === AST_NODE_TYPES.FunctionDeclaration
        ? fn.id
        : declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === outermostWrapper(fn) && declarator.parent.kind === 'const'
          ? declarator.id
          : null;
    if (name?.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#options.paths.variableOf(name);
    // Exported where declared, or by name later (`export { doRequest }`, a second reference).
    if (!variable || isExportedWhereDeclared(fn)) return null;
    const reads = variable.references.filter((reference) => reference.identifier !== name);
    const [only] = reads;
    if (reads.length !== 1 || !only || only.isWrite()) return null;
    let use: TSESTree.Node = outermostWrapper(only.identifier);
    // Or as a property of an options object written in the call (`useQuery({ queryKey, queryFn: fetchStats })`), as callbackCall reads one.
    if (use.parent?.type === AST_NODE_TYPES.Property && use.parent.value === use && use.parent.parent.type === AST_NODE_TYPES.ObjectExpression) use = outermostWrapper(use.parent.parent);
    const call = use.parent;
    if ((call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.arguments.includes(use as TSESTree.CallExpressionArgument)) return call;
    return null;
  }


  #returnsPromise(fn: FunctionNode, site: TSESTree.CallExpression | TSESTree.MemberExpression): boolean {
    const info = this.#options.info;
    if (info) {
      const type = info.typeOf(site);
      if (type) return isThenable(type);
    }
    // Without types: a non-async function that returns a call passes that call's promise on.
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return unwrapExpression(fn.body).type === AST_NODE_TYPES.CallExpression;
    return fn.body.body.some((statement) => statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument && unwrapExpression(statement.argument).type === AST_NODE_TYPES.CallExpression);
  }

  /**
   * Whether a call returns its value synchronously (and so throws where it is called): by its
   * type when known; otherwise when its value — or a variable it is stored in — is used in a way a
   * promise cannot be (`client.version() > 2`, `` `${client.url()}` ``, `names.length`).
   */
  #isSynchronous(call: TSESTree.CallExpression): boolean {
    return isSynchronousCall(call, this.#options.paths, this.#options.info, this.#options.isLogCall);
  }
}

interface FateContext {
  /** The call throws synchronously (typed non-promise) instead of rejecting. */
  readonly sync: boolean;
  /** The API call as written, for messages. */
  readonly text: string;
  /** Set when the promise followed is that of an async function the call is awaited in (an IIFE), not the call's own. */
  readonly through?: FunctionNode;
}

function swallowedFate(context: FateContext, handler: TSESTree.Node): Unhandled {
  return { messageId: 'swallowed', data: { call: context.text, line: lineOf(handler) } };
}

/**
 * What is missing at a call of a helper whose promise nothing watches: the clause a message
 * appends to "the call at line N", or undefined when the call is watched and nothing handles it.
 */
function siteMiss(fate: Unhandled): string | undefined {
  switch (fate.messageId) {
    case 'floating':
      return 'whose promise is neither awaited, returned nor handled';
    case 'voidedPromise':
      return 'where `void` discards its promise';
    case 'lateHandler':
      return `whose promise is handled only after the \`await\` at line ${fate.data.line ?? '?'}`;
    case 'escapesTry':
    case 'escapesTryThrough':
      return `which is returned without \`await\`, so the rejection escapes the try at line ${fate.data.line ?? '?'}`;
    default:
      return undefined;
  }
}

/** The fates of a promise nothing takes: dropped, or discarded. */
const DROPPED_FATES: ReadonlySet<string> = new Set(['floating', 'voidedPromise', 'floatingOnAPath']);

/** A declarator of `export const x = ...` (`export let`, `export var`). */
function isExportedDeclarator(writer: TSESTree.Node): boolean {
  return writer.type === AST_NODE_TYPES.VariableDeclarator && writer.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration;
}

/** How many object literals and calls an exported value may be found through (see isExportedValue). */
const MAX_EXPORT_HOPS = 4;

/**
 * A value the module exports: where it is written (`export default x`, `export const y = x`), or by
 * the `const` holding it (`export { y }`, `export default y`); also as a property of an object so
 * exported, or handed to a call whose value is (a router's table, `export const router =
 * createTRPCRouter({ list: procedure.query(fn) })`, with the procedure written there or held by a `const`).
 */
function isExportedValue(node: TSESTree.Node, paths: AccessPathResolver, hops = 0): boolean {
  if (isExportedHere(node)) return true;
  const wrapper = outermostWrapper(node);
  const parent = wrapper.parent;
  if (parent?.type === AST_NODE_TYPES.Property) return isExportedPropertyValue(wrapper, paths, hops);
  if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== wrapper) return false;
  if (isExportedDeclarator(parent)) return true;
  const variable = parent.id.type === AST_NODE_TYPES.Identifier ? paths.variableOf(parent.id) : null;
  return variable?.references.some((reference) => isExportedHere(reference.identifier) || isExportedPropertyValue(outermostWrapper(reference.identifier), paths, hops)) ?? false;
}

/** A property's value in an object literal that is exported, or handed to a call whose value is. */
function isExportedPropertyValue(value: TSESTree.Node, paths: AccessPathResolver, hops: number): boolean {
  const property = value.parent;
  if (hops >= MAX_EXPORT_HOPS || property?.type !== AST_NODE_TYPES.Property || property.value !== value || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
  const object = outermostWrapper(property.parent);
  const holder = object.parent;
  if ((holder?.type === AST_NODE_TYPES.CallExpression || holder?.type === AST_NODE_TYPES.NewExpression) && holder.arguments.includes(object as TSESTree.CallExpressionArgument)) {
    return isExportedValue(holder, paths, hops + 1);
  }
  return isExportedValue(object, paths, hops + 1);
}

/** A value handed to the module's importers where it stands: `export default x`, `export { x }`. */
function isExportedHere(node: TSESTree.Node): boolean {
  const parent = outermostWrapper(node).parent;
  return parent?.type === AST_NODE_TYPES.ExportSpecifier || parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

function lineOf(node: TSESTree.Node): string {
  return String(node.loc.start.line);
}

function nameOf(fn: FunctionNode | null, sourceCode: Readonly<TSESLint.SourceCode>): string {
  if (!fn) return 'the module';
  const name = functionName(fn);
  if (name !== null) return `\`${name}\``;
  // An anonymous callback: by the call it is passed to (`the callback passed to \`ids.forEach\``).
  const call = callbackCall(fn);
  if (call) return `the callback passed to \`${calleeText(call, sourceCode)}\``;
  // `export default async function (id) {...}`, `export default async (id) => ...`.
  if (fn.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return 'the default export';
  // `[ACTION]: async (id) => ...`, `async [Symbol.asyncIterator]() {...}`: by the key as written.
  const owner = fn.parent.type === AST_NODE_TYPES.Property || fn.parent.type === AST_NODE_TYPES.MethodDefinition || fn.parent.type === AST_NODE_TYPES.PropertyDefinition ? fn.parent : null;
  if (owner?.computed) return `\`[${shortText(sourceCode.getText(owner.key), 40).replaceAll('`', "'")}]\``;
  return 'this function';
}

/** A call's callee as written, shortened so that the method name stays: `motion.getCharacteristic(…).onGet`. */
export function calleeText(call: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: Readonly<TSESLint.SourceCode>, max = 60): string {
  // The function called, not the casts around it (`(original as Fn)(...args)` calls `original`).
  const callee = unwrapExpression(call.callee);
  const whole = shortText(nodeText(sourceCode, callee), max);
  if (!whole.endsWith('…')) return whole;
  // A chain through calls, written short: its arguments when they are names, else `…`
  // (`service.getCharacteristic(TargetHeatingCoolingState).onSet`, `a.b(…).c`).
  for (const keepNames of [true, false]) {
    const compact = compactChain(callee, sourceCode, keepNames, 0);
    if (compact !== null && compact.length <= max) return compact;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return whole;
  const name = staticPropertyName(callee);
  if (name === null) return whole;
  const suffix = `${callee.optional ? '?.' : '.'}${name}`;
  return `${shortText(nodeText(sourceCode, callee.object), Math.max(10, max - suffix.length))}${suffix}`;
}

/** A chain of names, members and calls as text, each call's arguments shown only when all are short names (or as `…`); null for anything else. */
function compactChain(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, keepNames: boolean, depth: number): string | null {
  if (depth > 12) return null;
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Identifier:
      return inner.name;
    case AST_NODE_TYPES.ThisExpression:
      return 'this';
    case AST_NODE_TYPES.MemberExpression: {
      const name = staticPropertyName(inner);
      const object = compactChain(inner.object, sourceCode, keepNames, depth + 1);
      return name === null || object === null || inner.computed ? null : `${object}${inner.optional ? '?.' : '.'}${name}`;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = compactChain(inner.callee, sourceCode, keepNames, depth + 1);
      if (callee === null) return null;
      if (inner.arguments.length === 0) return `${callee}()`;
      const names = inner.arguments.map((argument) => (argument.type === AST_NODE_TYPES.Identifier || argument.type === AST_NODE_TYPES.MemberExpression ? nodeText(sourceCode, argument) : null));
      const shown = keepNames && names.every((name) => name !== null && name.length <= 40) ? names.join(', ') : '…';
      return `${callee}(${shown})`;
    }
    default:
      return null;
  }
}

/**
 * Whether a call returns a plain value (and so throws where it is called): by its type when the
 * type is known; otherwise when its value — or the variable it is stored in — is used the way
 * only a plain value can be (`client.version() > 2`, `` `${client.url()}` ``,
 * `if (client.isReady())`, `names.length`, destructuring).
 */
export function isSynchronousCall(call: TSESTree.CallExpression, paths: AccessPathResolver, info: TypeInfo | null, isLogCall: (call: TSESTree.CallExpression) => boolean): boolean {
  if (info && knownTypeOf(info, call)) return hasSynchronousResult(info, call);
  // Used as a plain value, or logged (`log.info('%s', api.getDeviceName(d))`: nobody logs a promise).
  const plain = (node: TSESTree.Node): boolean => isUsedAsPlainValue(node) || isLogArgument(node, isLogCall);
  if (plain(call)) return true;
  // A method the receiver's written type (an interface or type of the file) writes to return a plain value or nothing.
  if (isWrittenPlainMethod(call, paths)) return true;
  // `api.throttle(fn)()`: a promise cannot be called (a callback given to it may still run later).
  const called = outermostWrapper(call);
  if (isCalled(called)) return true;
  const wrapper = valuePosition(called);
  const parent = wrapper.parent;
  const target =
    parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === wrapper
      ? parent.id
      : parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === wrapper
        ? parent.left
        : null;
  const variable = target?.type === AST_NODE_TYPES.Identifier ? paths.variableOf(target) : null;
  // Nothing about its value says it is a promise: not awaited, chained, returned, combined or
  // dropped, here or (stored) later.
  // Asked by several of the tests below; computed once (it reads the stored variable's every use).
  let neverAPromiseSeen: boolean | undefined;
  const neverAPromise = (): boolean => (neverAPromiseSeen ??=
    !usedAsPromise(wrapper) && parent?.type !== AST_NODE_TYPES.ExpressionStatement && !(variable?.references.some((reference) => reference.isRead() && usedAsPromise(outermostWrapper(reference.identifier))) ?? false));
  // A static method of a client class (`PaseClient.generateRandomPasscode()`), a function of a
  // module of the project imported whole (`import * as api from '../api'; api.origin()`).
  if ((isClassMemberCall(call, paths) || isProjectNamespaceCall(call, paths)) && neverAPromise()) return true;
  // A class's conversion from a value (`DynamoDBDocumentClient.from(client)`, as `Array.from`, `Buffer.from`): made here, whatever is done with it.
  if (call.callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(call.callee) === 'from' && isClassMemberCall(call, paths)) return true;
  // The function a call made, called (`api.throttle(fn)()`, `const handler = client.wrap(fn);
  // handler()`): no client method by its name; a promise only where its value is used as one. (Not
  // a function bound, `client.request.bind(client)`: that is the client's method.)
  if (callsMadeFunction(call, paths) && !usedAsPromise(wrapper) && !(variable?.references.some((reference) => reference.isRead() && usedAsPromise(outermostWrapper(reference.identifier))) ?? false)) return true;
  // Returned by a function written to return a plain value (`isChannelValid(): boolean { return
  // this._client !== null && this._client.isOpened(); }`).
  if (returnedAsPlainValue(wrapper)) return true;
  // A predicate (`isArchitectureCompatibleWith`, `hasFeature`) deciding an array method's callback
  // (`all.filter((c) => sdk.models.os.isCompatible(arch, c.slug))`): a promise there would always pass.
  if (isPredicateCall(call) && decidesArrayCallback(wrapper)) return true;
  if (target?.type === AST_NODE_TYPES.ObjectPattern || target?.type === AST_NODE_TYPES.ArrayPattern) return true;
  // Passed where a function or class of the file writes a plain type (`new TcpSocket(client.nextId())`
  // with `constructor(public id: number)`).
  if (isPlainParameterArgument(wrapper, paths)) return true;
  if (neverAPromise() && isMethodCalledAsPlainValue(call, paths, plain)) return true;
  if (target?.type !== AST_NODE_TYPES.Identifier) return false;
  // Stored in a variable written with a plain type (`const region: string = client.region()`, or declared so
  // and assigned later: `let session: Session | null; session = client.currentSession()`).
  const definition = variable?.defs[0];
  const declared = target.typeAnnotation?.typeAnnotation ?? (definition?.type === DefinitionType.Variable && definition.name.typeAnnotation?.typeAnnotation);
  if (declared && isPlainWrittenType(declared)) return true;
  // A client made from a client (`const orgClient = client.clone(headers)`, `api.withToken(t)`).
  if (isClientName(target.name) && neverAPromise()) return true;
  // Or called (`const handler = client.wrap(fn); handler()`), which a promise cannot be.
  // Or handed where a function of the file writes a plain type (`const doc = api.generateDocument(); strip(doc)`).
  // Or returned by a function written to return a plain value (`const unsubscribe = client.subscribe(f); return unsubscribe;` in `(): () => void`).
  // A variable assigned the value later, tested for being set only to hand it back (`if (cached) return cached;
  // cached = client.connect()`): a cache of whatever it holds, no plain use.
  const assigned = parent?.type === AST_NODE_TYPES.AssignmentExpression;
  return variable?.references.some((reference) => reference.isRead() && ((plain(reference.identifier) && !(assigned && isCacheGuard(reference.identifier))) || isCalled(outermostWrapper(reference.identifier)) || isPlainParameterArgument(outermostWrapper(reference.identifier), paths) || returnedAsPlainValue(outermostWrapper(reference.identifier)))) ?? false;
}

/** Whether every path a call's callee resolves to is the value of a call (`api.throttle(fn)`), not a function bound or invoked. */
function callsMadeFunction(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  const all = paths.pathsOf(call.callee);
  const resolved = all.length > 1 ? all.slice(1) : all;
  return resolved.length > 0 && resolved.every((path) => {
    const last = path.names[path.names.length - 1] ?? '';
    return last.endsWith('()') && last !== 'bind()' && last !== 'call()' && last !== 'apply()';
  });
}

/** Whether a member no promise has is read off a value (`.pipe(...)`, `.subscribe(...)`, `.length`). */
function hasNonPromiseMember(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  const member = wrapper.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== wrapper || member.computed) return false;
  const name = staticPropertyName(member);
  return name !== null && !isPromiseLink(name) && name !== 'should' && name !== 'constructor' && name !== 'toString';
}

/** Whether a value is called: the callee of a call (`f()`, `api.throttle(fn)()`). */
function isCalled(wrapper: TSESTree.Node): boolean {
  return wrapper.parent?.type === AST_NODE_TYPES.CallExpression && wrapper.parent.callee === wrapper;
}

/**
 * Whether a method call's receiver is written with a type the file declares (an interface, also
 * through the interfaces of the file it extends, or a type alias of an object type) whose member of
 * that name is written to return a plain value or nothing (`client: WsEventEmitter` with `interface
 * WsEventEmitter extends EventEmitter { disconnect: () => void }`), as the type checker would read it.
 */
function isWrittenPlainMethod(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  const callee = unwrapExpression(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || method === null) return false;
  const path = paths.literalPathOf(callee.object);
  const isReceiver = (path.root.kind === 'variable' && path.names.length === 1) || (path.root.kind === 'this' && path.names.length === 2);
  const annotation = isReceiver ? receiverOwnType(path, call) : null;
  const written = annotation ? memberReturnType(annotation, method, 0) : undefined;
  return written !== undefined && isPlainReturnType(written);
}

/** The return type written for a member of a type of the file (see isWrittenPlainMethod); undefined when none is written or found. */
function memberReturnType(type: TSESTree.TypeNode, method: string, depth: number): TSESTree.TypeNode | undefined {
  if (depth > MAX_ALIAS_DEPTH) return undefined;
  // `WsEventEmitter | undefined`: the one type that is not nothing.
  const members = type.type === AST_NODE_TYPES.TSUnionType ? type.types.filter((member) => member.type !== AST_NODE_TYPES.TSUndefinedKeyword && member.type !== AST_NODE_TYPES.TSNullKeyword) : [type];
  const [only] = members;
  if (members.length !== 1 || !only) return undefined;
  if (only.type === AST_NODE_TYPES.TSTypeLiteral) return signatureReturn(only.members, method);
  if (only.type !== AST_NODE_TYPES.TSTypeReference || only.typeName.type !== AST_NODE_TYPES.Identifier || only.typeArguments) return undefined;
  return namedMemberReturnType(type, only.typeName.name, method, depth);
}

/** For the interface or type alias of the file named `name`: what memberReturnType says. */
function namedMemberReturnType(at: TSESTree.Node, name: string, method: string, depth: number): TSESTree.TypeNode | undefined {
  const declarations = declarationsNamed(at, name);
  // A class may be a thenable, or have members the file does not write; a name declared twice merges.
  if (declarations.length !== 1) return undefined;
  const [declaration] = declarations;
  if (declaration?.type === AST_NODE_TYPES.TSInterfaceDeclaration) {
    const found = signatureReturn(declaration.body.body, method);
    if (found !== undefined || depth >= MAX_ALIAS_DEPTH) return found;
    // Or one of the interfaces of the file it extends (`extends EventEmitter` is no interface of the file).
    for (const heritage of declaration.extends) {
      const parent = heritage.expression.type === AST_NODE_TYPES.Identifier && !heritage.typeArguments ? namedMemberReturnType(at, heritage.expression.name, method, depth + 1) : undefined;
      if (parent !== undefined) return parent;
    }
    return undefined;
  }
  if (declaration?.type === AST_NODE_TYPES.TSTypeAliasDeclaration && !declaration.typeParameters) return memberReturnType(declaration.typeAnnotation, method, depth + 1);
  return undefined;
}

/**
 * The return type a method signature, or a property of a function type, writes for `method`;
 * undefined when none is written, or when overloads write more than one.
 */
function signatureReturn(members: readonly TSESTree.TypeElement[], method: string): TSESTree.TypeNode | undefined {
  const written: (TSESTree.TypeNode | undefined)[] = [];
  for (const member of members) {
    if ((member.type !== AST_NODE_TYPES.TSMethodSignature && member.type !== AST_NODE_TYPES.TSPropertySignature) || staticPropertyName(member) !== method) continue;
    if (member.type === AST_NODE_TYPES.TSMethodSignature) written.push(member.returnType?.typeAnnotation);
    else {
      const type = member.typeAnnotation?.typeAnnotation;
      written.push(type?.type === AST_NODE_TYPES.TSFunctionType ? type.returnType?.typeAnnotation : undefined);
    }
  }
  return written.length === 1 ? written[0] : undefined;
}

/**
 * A return type that is no promise whatever the file imports: `void`, the keywords and literals of
 * plain values, arrays and tuples of them, and unions of those (not a named type: an imported one
 * may be a promise's alias, a class of the file a thenable).
 */
function isPlainReturnType(written: TSESTree.TypeNode): boolean {
  switch (written.type) {
    case AST_NODE_TYPES.TSVoidKeyword:
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
      return true;
    case AST_NODE_TYPES.TSUnionType:
      return written.types.every(isPlainReturnType);
    case AST_NODE_TYPES.TSArrayType:
      return isPlainReturnType(written.elementType);
    case AST_NODE_TYPES.TSTupleType:
      return written.elementTypes.every((element) => element.type !== AST_NODE_TYPES.TSNamedTupleMember && element.type !== AST_NODE_TYPES.TSRestType && element.type !== AST_NODE_TYPES.TSOptionalType && isPlainReturnType(element));
    default:
      return PLAIN_RETURN_TYPES.has(written.type);
  }
}

/**
 * Whether the same method of the same variable, called elsewhere with as many arguments and no
 * callback, has its value used as a plain value there (`expect(client.topics()).toEqual([])` beside
 * `expect(client.topics()).not.toContain(t)`): a method gives a promise at every such call or at none.
 */
function isMethodCalledAsPlainValue(call: TSESTree.CallExpression, paths: AccessPathResolver, plain: (node: TSESTree.Node) => boolean): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || hasCallbackArgument(call)) return false;
  const method = staticPropertyName(callee);
  // The receiver: a variable, or a chain of names on one (`client.state.snapshot()`).
  const names: string[] = [];
  let root = unwrapExpression(callee.object);
  while (root.type === AST_NODE_TYPES.MemberExpression && !root.computed && names.length < 8) {
    const name = staticPropertyName(root);
    if (name === null) return false;
    names.unshift(name);
    root = unwrapExpression(root.object);
  }
  const variable = method !== null && root.type === AST_NODE_TYPES.Identifier ? paths.variableOf(root) : null;
  if (!variable) return false;
  // The first uses only: a file calling one method thousands of times is not searched for each call.
  return variable.references.slice(0, MAX_SIBLING_USES).some(({ identifier }) => {
    if (identifier === root) return false;
    let current: TSESTree.Node = identifier;
    for (const name of [...names, method]) {
      const member: TSESTree.Node = current.parent;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== current || staticPropertyName(member) !== name) return false;
      current = member;
    }
    const other = current.parent;
    return other.type === AST_NODE_TYPES.CallExpression && other.callee === current && other !== call && other.arguments.length === call.arguments.length && !hasCallbackArgument(other) && plain(other);
  });
}

const MAX_SIBLING_USES = 200;

function hasCallbackArgument(call: TSESTree.CallExpression): boolean {
  return call.arguments.some((argument) => isFunctionNode(argument));
}

/** Whether a value is an argument of a call of a same-file function or class whose parameter there is written with a plain type. */
function isPlainParameterArgument(wrapper: TSESTree.Node, paths: AccessPathResolver): boolean {
  const call = wrapper.parent;
  if ((call?.type !== AST_NODE_TYPES.CallExpression && call?.type !== AST_NODE_TYPES.NewExpression) || call.callee === wrapper) return false;
  const index = call.arguments.indexOf(wrapper as TSESTree.CallExpressionArgument);
  if (index === -1 || call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return false;
  let fn: FunctionNode | null = null;
  const callee = unwrapExpression(call.callee);
  const definition = call.type === AST_NODE_TYPES.NewExpression && callee.type === AST_NODE_TYPES.Identifier ? paths.variableOf(callee)?.defs[0] : undefined;
  if (definition?.type === DefinitionType.ClassName) {
    fn = constructorOf(definition.node.body);
  } else if (call.type === AST_NODE_TYPES.CallExpression) {
    fn = localCallee(call, paths);
  }
  // A `this: T` parameter is written, not passed.
  const passed = fn?.params[0]?.type === AST_NODE_TYPES.Identifier && fn.params[0].name === 'this' ? fn.params.slice(1) : fn?.params;
  let parameter: TSESTree.Node | undefined = passed?.[index];
  if (parameter?.type === AST_NODE_TYPES.TSParameterProperty) parameter = parameter.parameter;
  if (parameter?.type === AST_NODE_TYPES.AssignmentPattern) parameter = parameter.left;
  const written = parameter?.type === AST_NODE_TYPES.Identifier ? parameter.typeAnnotation?.typeAnnotation : undefined;
  return written !== undefined && (isPlainWrittenType(written) || isAsyncIterableType(written));
}

/** Types of async iterables, which the function iterates (`for await`): no promise to wait on. */
const ASYNC_ITERABLE_TYPES: ReadonlySet<string> = new Set(['AsyncIterable', 'AsyncIterableIterator', 'AsyncGenerator']);

/** `AsyncIterable<Packet>`, `AsyncGenerator<T>` (the default library's names, not a type of the file called so). */
function isAsyncIterableType(written: TSESTree.TypeNode): boolean {
  if (written.type !== AST_NODE_TYPES.TSTypeReference || written.typeName.type !== AST_NODE_TYPES.Identifier) return false;
  const name = written.typeName.name;
  return ASYNC_ITERABLE_TYPES.has(name) && typeAliasOf(written, name) === null && !isTypeParameterInScope(written, name);
}

/** Whether a value is an argument of a log call, as it is. */
function isLogArgument(node: TSESTree.Node, isLogCall: (call: TSESTree.CallExpression) => boolean): boolean {
  // Also as an arm of `?:` or a side of `??`/`||` (`log.info('%s', device ? api.getDeviceName(device) : name)`),
  // and through the text made of it on the way (`` o.debug(`saved in ${hp(client.configPath())}`) ``: a
  // template's part, a `+`'s side, a formatter's argument).
  let wrapper = valuePosition(outermostWrapper(node));
  for (let steps = 0; steps < MAX_LOGGED_TEXT_STEPS; steps++) {
    const parent = wrapper.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== wrapper && parent.arguments.includes(wrapper as TSESTree.CallExpressionArgument)) {
      if (isLogCall(parent)) return true;
    } else if (!(parent?.type === AST_NODE_TYPES.TemplateLiteral || (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+'))) {
      return false;
    }
    wrapper = valuePosition(outermostWrapper(parent));
  }
  return false;
}

/** How many steps of text (a template, a `+`, a formatter's call) a value may take to a log call's arguments. */
const MAX_LOGGED_TEXT_STEPS = 4;

/** Primitive types written as a return type: a function declared so returns no promise. */
const PLAIN_RETURN_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSBooleanKeyword,
  AST_NODE_TYPES.TSStringKeyword,
  AST_NODE_TYPES.TSNumberKeyword,
  AST_NODE_TYPES.TSBigIntKeyword,
  AST_NODE_TYPES.TSLiteralType,
]);

/** A value returned (or an arrow's body) by a non-async function whose written return type is a primitive. */
function returnedAsPlainValue(value: TSESTree.Node): boolean {
  const fn = functionReturning(value);
  const written = fn && !fn.async ? fn.returnType?.typeAnnotation : undefined;
  return written !== undefined && isPlainWrittenType(written);
}

/**
 * A written type no promise can be (the code type-checks, so a promise is not stored, passed or
 * returned there): `string`, `number | null`, `boolean`, an array or tuple, a function type, a container
 * (`Record<string, Node>`, `Map<string, Port>`), a named type without type arguments (`ConnectVariant
 * | null`, `Node`; an alias of the file by what it stands for), `Partial<T>` and the like of such a
 * type. Not `any`, `unknown`, `object`, `Object`, a type literal, a type parameter, a namespace of
 * the file's member, nor a name that says promise (`Promise`, `PromiseLike`, `Thenable`, `MaybePromise`).
 */
function isPlainWrittenType(written: TSESTree.TypeNode, depth = 0): boolean {
  const members = written.type === AST_NODE_TYPES.TSUnionType ? written.types : [written];
  return members.every(
    (member) =>
      PLAIN_RETURN_TYPES.has(member.type) ||
      member.type === AST_NODE_TYPES.TSNullKeyword ||
      member.type === AST_NODE_TYPES.TSUndefinedKeyword ||
      member.type === AST_NODE_TYPES.TSArrayType ||
      member.type === AST_NODE_TYPES.TSTupleType ||
      // A function (`(): () => void`, an unsubscribe function), which no promise is.
      member.type === AST_NODE_TYPES.TSFunctionType ||
      member.type === AST_NODE_TYPES.TSConstructorType ||
      (member.type === AST_NODE_TYPES.TSTypeReference && isPlainNamedType(member, depth)),
  );
}

/** Containers, never a promise whatever they hold. */
const PLAIN_CONTAINER_TYPES: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray', 'Map', 'ReadonlyMap', 'Set', 'ReadonlySet', 'Record']);
/** Types made from their first argument's type, a promise when it is one. */
const MAPPED_TYPES: ReadonlySet<string> = new Set(['Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'NonNullable']);
/** Words of a type's name that say it may be a promise; `Object` admits one. */
const PROMISE_TYPE_WORDS: ReadonlySet<string> = new Set(['promise', 'thenable', 'awaitable', 'deferred', 'future', 'async']);
const MAX_ALIAS_DEPTH = 4;

function isPlainNamedType(reference: TSESTree.TSTypeReference, depth = 0): boolean {
  const typeName = reference.typeName;
  const name = typeName.type === AST_NODE_TYPES.Identifier ? typeName.name : typeName.type === AST_NODE_TYPES.TSQualifiedName ? typeName.right.name : null;
  if (name === null || name === 'Object' || depth > MAX_ALIAS_DEPTH || splitWords(name).some((word) => PROMISE_TYPE_WORDS.has(word))) return false;
  const argumentsWritten = reference.typeArguments?.params ?? [];
  if (typeName.type === AST_NODE_TYPES.Identifier && isTypeParameterInScope(reference, name)) return false;
  if (PLAIN_CONTAINER_TYPES.has(name)) return true;
  if (MAPPED_TYPES.has(name)) return argumentsWritten[0] !== undefined && isPlainWrittenType(argumentsWritten[0], depth + 1);
  if (argumentsWritten.length > 0) return false;
  // A namespace of the file may alias anything (`namespace NS { export type Out = Promise<X> }`).
  if (typeName.type === AST_NODE_TYPES.TSQualifiedName) return !declaresNamespace(reference, typeName);
  // An alias of the file is what it stands for (`type NodeRequest = Promise<Node>`, `type Anything = any`).
  const alias = typeAliasOf(reference, name);
  return alias ? isPlainWrittenType(alias.typeAnnotation, depth + 1) : true;
}

/** Whether the file declares a namespace named as the qualified name's leftmost part. */
function declaresNamespace(node: TSESTree.Node, name: TSESTree.TSQualifiedName): boolean {
  let left: TSESTree.EntityName = name;
  while (left.type === AST_NODE_TYPES.TSQualifiedName) left = left.left;
  if (left.type !== AST_NODE_TYPES.Identifier) return false;
  return declarationsNamed(node, left.name).some((declaration) => declaration.type === AST_NODE_TYPES.TSModuleDeclaration);
}

/** Whether `name` is a type parameter of a declaration around `node` (`T` of `get<T>(): T`). */
function isTypeParameterInScope(node: TSESTree.Node, name: string): boolean {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    const declared = 'typeParameters' in current ? current.typeParameters : undefined;
    if (declared?.params.some((parameter) => parameter.name.name === name)) return true;
  }
  return false;
}

/**
 * The expression whose value a call's may be: through the value sides of `??`, `||`, `&&` and the
 * branches of a conditional (`const uuid = given ?? sdk.generateUniqueKey()`).
 */
function valuePosition(wrapper: TSESTree.Node): TSESTree.Node {
  let current = wrapper;
  for (let parent = current.parent; parent; parent = current.parent) {
    const isValueSide =
      (parent.type === AST_NODE_TYPES.LogicalExpression && (parent.right === current || parent.operator !== '&&')) ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current);
    if (!isValueSide) break;
    current = outermostWrapper(parent);
  }
  return current;
}

/** The signature a definition writes for a function: `declare function f(...)`, or `const f: (...) => T`. */
function writtenFunctionSignature(node: TSESTree.Node | undefined): TSESTree.TSDeclareFunction | TSESTree.TSFunctionType | undefined {
  if (node?.type === AST_NODE_TYPES.TSDeclareFunction) return node;
  const written = node?.type === AST_NODE_TYPES.VariableDeclarator ? node.id.typeAnnotation?.typeAnnotation : undefined;
  return written?.type === AST_NODE_TYPES.TSFunctionType ? written : undefined;
}

/**
 * Whether a value is awaited, has `.then`/`.catch`/`.finally` called on it, or is returned by a
 * function that is `async` or written to return a promise (not `format(p)` returned as a `string`).
 */
function isAwaitedOrChained(wrapper: TSESTree.Node): boolean {
  const parent = wrapper.parent;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) return true;
  const fn = functionReturning(wrapper);
  if (fn) {
    const written = fn.returnType?.typeAnnotation;
    return fn.async || (written !== undefined && isPromiseTypeNode(written));
  }
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return false;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === wrapper && CHAIN_METHODS.has(staticPropertyName(parent) ?? '') && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent;
}

/** Whether a value is used the way a promise is: awaited, chained on, returned, yielded, or an element or argument of a `Promise` combinator. */
function usedAsPromise(wrapper: TSESTree.Node): boolean {
  const parent = wrapper.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.YieldExpression:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === wrapper;
    case AST_NODE_TYPES.MemberExpression:
      return parent.object === wrapper && isPromiseLink(staticPropertyName(parent) ?? '');
    case AST_NODE_TYPES.ArrayExpression:
      return true;
    case AST_NODE_TYPES.CallExpression:
      return parent.callee !== wrapper && promiseMethodOf(parent) !== null;
    default:
      return false;
  }
}

/** For a method called on a name (`Client.make()`, `api.origin()`): the callee, the name and its definition. */
function namedReceiverOf(call: TSESTree.CallExpression, paths: AccessPathResolver): { callee: TSESTree.MemberExpression; receiver: TSESTree.Identifier; def: TSESLint.Scope.Definition | undefined } | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const receiver = unwrapExpression(callee.object);
  return receiver.type === AST_NODE_TYPES.Identifier ? { callee, receiver, def: paths.variableOf(receiver)?.defs[0] } : null;
}

/**
 * A static method of a class (`PaseClient.generateRandomPasscode()`, `MdnsClient.diagnostics(d)`):
 * the receiver is a class declared here or a capitalized name imported by name or as a default
 * export (not a namespace, not an all-capitals constant such as `API`).
 */
function isClassMemberCall(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  const { receiver, def } = namedReceiverOf(call, paths) ?? {};
  if (!receiver || !def) return false;
  if (def.type === DefinitionType.ClassName) return true;
  // Imported by name or as the default export (`import TuyaOpenAPI from './TuyaOpenAPI'`), not as a namespace.
  if (def.type !== DefinitionType.ImportBinding || (def.node.type !== AST_NODE_TYPES.ImportSpecifier && def.node.type !== AST_NODE_TYPES.ImportDefaultSpecifier)) return false;
  return /^[A-Z]/u.test(receiver.name) && /[a-z]/u.test(receiver.name);
}


/**
 * A function of one of the project's modules imported as a namespace (`import * as api from
 * '../api'; api.dataconnectOrigin()`): the namespace is named after the file, which says nothing of
 * what its functions return. A module of the project is one written as a relative path (`./`,
 * `../`) or through a path alias (`@/api`, `~/api`, `#api`).
 */
function isProjectNamespaceCall(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  const { callee, def } = namedReceiverOf(call, paths) ?? {};
  if (!callee || def?.type !== DefinitionType.ImportBinding || def.node.type !== AST_NODE_TYPES.ImportNamespaceSpecifier || def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return false;
  if (!PROJECT_MODULE.test(def.parent.source.value)) return false;
  // A function named for what it does to a resource (`api.deleteNode(id)`, `api.getNode(id)`) is
  // the module's request; one named for a value (`api.dataconnectOrigin()`) gives that value.
  const first = splitWords(staticPropertyName(callee) ?? '')[0];
  return first !== undefined && !REQUEST_VERBS.has(first);
}

/** First words of a function that asks something of a service (`getNode`, `deleteNode`, `powerOn`). */
const REQUEST_VERBS: ReadonlySet<string> = new Set([
  'get', 'list', 'fetch', 'load', 'read', 'query', 'search', 'find', 'lookup', 'describe', 'show', 'create', 'add', 'insert', 'post', 'put', 'patch', 'update', 'set', 'save', 'write', 'delete', 'remove', 'destroy', 'del', 'start', 'stop', 'restart', 'reboot', 'power', 'deploy', 'undeploy', 'provision', 'attach', 'detach', 'plug', 'unplug', 'enable', 'disable', 'send', 'upload', 'download', 'sync', 'refresh', 'reload', 'run', 'exec', 'execute', 'call', 'request', 'invoke', 'trigger', 'validate', 'verify', 'check', 'wait', 'connect', 'disconnect', 'login', 'logout', 'register', 'unregister', 'ensure', 'apply', 'install', 'uninstall', 'submit', 'reset', 'rename', 'move', 'copy', 'clone', 'import', 'export', 'publish', 'subscribe', 'unsubscribe', 'grant', 'revoke', 'rotate', 'renew', 'claim', 'release', 'lock', 'unlock', 'rescue', 'unrescue', 'rebuild', 'resize', 'migrate', 'backup', 'restore', 'scale', 'open', 'close',
]);

/** A module specifier naming a file of the project: relative, absolute, or through a path alias. */
const PROJECT_MODULE = /^(?:\.{1,2}\/|\/|[@~]\/|#)/u;

/**
 * A polled condition's attempt: a `try` in a callback written into a call of a poller
 * (`pWaitFor(async () => { try { return (await client.status()).ready; } catch { return false; }
 * })`), whose catch answers "not yet" (`return false`, `null`, `undefined`, a bare `return`): as
 * its last statement, or by falling through to such a `return` right after the `try` (`catch {}
 * return false;`), having only run expressions (a log). The poller asks again, and gives up with
 * its own timeout error: as a retry loop followed by a throw, the catch swallows nothing.
 */
function isPollAttempt(tryStatement: TSESTree.TryStatement): boolean {
  const body = tryStatement.handler?.body.body ?? [];
  const last = body.at(-1);
  const answered = last?.type === AST_NODE_TYPES.ReturnStatement ? last : body.every((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement) ? statementAfter(tryStatement) : undefined;
  if (answered?.type !== AST_NODE_TYPES.ReturnStatement || (answered.argument !== null && !isNotYet(answered.argument))) return false;
  const fn = enclosingFunction(tryStatement);
  return fn !== null && isPollerCallback(fn);
}

/** A callback written into a call of a poller (`pWaitFor(async () => ...)`). */
function isPollerCallback(fn: FunctionNode): boolean {
  const call = outermostWrapper(fn).parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(outermostWrapper(fn) as TSESTree.CallExpressionArgument) && POLLER_NAME.test(writtenCalleeName(call) ?? '');
}

/**
 * A polled condition's attempt as a promise chain: a rejection handler answering "not yet"
 * (`.catch(() => false)`) on the chain a poller's callback gives back (`pWaitFor(() =>
 * client.status().then((s) => s.ready).catch(() => false))`).
 */
function isPollRejectionAttempt(link: TSESTree.CallExpression, handler: FunctionNode): boolean {
  // An empty body answers `undefined`.
  const [only, ...more] = handler.body.type === AST_NODE_TYPES.BlockStatement ? handler.body.body : [];
  const answer = handler.body.type !== AST_NODE_TYPES.BlockStatement ? handler.body : only === undefined ? null : only.type === AST_NODE_TYPES.ReturnStatement && more.length === 0 ? only.argument : undefined;
  if (answer === undefined || (answer !== null && !isNotYet(answer))) return false;
  const fn = functionReturning(outermostWrapper(promiseChainOf(outermostWrapper(link)).end));
  return fn !== null && isPollerCallback(fn);
}

/** A poller's name: `pWaitFor`, `waitFor`, `waitUntil`, `pollUntil`, `poll`, `until`, `eventually`. */
const POLLER_NAME = /^(?:p(?=[A-Z]))?(?:[Ww]ait(?:For|Until)|[Pp]oll(?:Until|For)?|[Uu]ntil|[Ee]ventually)$/u;

/** `false`, `null`, `undefined` or `void 0`: a condition not met yet. */
function isNotYet(value: TSESTree.Node): boolean {
  const inner = unwrapExpression(value);
  if (inner.type === AST_NODE_TYPES.Literal) return inner.value === false || inner.value === null;
  return (inner.type === AST_NODE_TYPES.Identifier && inner.name === 'undefined') || (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === 'void');
}

/** The names of a parameter or variable holding a node-style callback (`client.end(done)`). */
const CALLBACK_NAMES: ReadonlySet<string> = new Set(['cb', 'callback', 'done', 'next']);

/**
 * Whether a call hands its outcome to a node-style callback passed as its last argument
 * (`client.publish(topic, message, (err) => ...)`, `conn.end(done)`): such an API reports its
 * failure to the callback, and the call itself neither rejects nor throws it.
 */
export function reportsToCallback(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  const last = call.arguments[call.arguments.length - 1];
  if (!last || last.type === AST_NODE_TYPES.SpreadElement) return false;
  const argument = unwrapExpression(last);
  if (isFunctionNode(argument)) return takesErrorFirst(argument);
  if (argument.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = paths.variableOf(argument);
  const fn = variable ? functionOfVariable(variable) : null;
  if (fn) return takesErrorFirst(fn);
  // The name speaks only where no value is known: a parameter, an import, a global
  // (`let next = page.next` is a cursor, `const done = true` a flag).
  const definition = variable?.defs[0];
  if (definition && definition.type !== TSESLint.Scope.DefinitionType.Parameter && definition.type !== TSESLint.Scope.DefinitionType.ImportBinding) return false;
  const words = splitWords(argument.name);
  return CALLBACK_NAMES.has(argument.name.toLowerCase()) || words[words.length - 1] === 'callback';
}

function takesErrorFirst(fn: FunctionNode): boolean {
  let first = fn.params[0];
  if (first?.type === AST_NODE_TYPES.AssignmentPattern) first = first.left;
  if (first?.type !== AST_NODE_TYPES.Identifier) return false;
  const words = splitWords(first.name);
  const lastWord = words[words.length - 1];
  if (ERROR_PARAMETER_WORDS.has(first.name.toLowerCase()) || (lastWord !== undefined && ERROR_PARAMETER_WORDS.has(lastWord) && lastWord.length > 2)) return true;
  // Whatever its name, a first parameter typed as an error (`(e: Error, res)`, `(e: grpc.ServiceError | null)`).
  const annotation = first.typeAnnotation?.typeAnnotation;
  return annotation !== undefined && namesErrorType(annotation);
}

function namesErrorType(type: TSESTree.TypeNode): boolean {
  return (
    typeReferencesOf(type)?.every((reference) => {
      const name = reference.typeName.type === AST_NODE_TYPES.TSQualifiedName ? reference.typeName.right : reference.typeName;
      return name.type === AST_NODE_TYPES.Identifier && isErrorName(name.name);
    }) ?? false
  );
}

/** A method of a promise: `then`, `catch`, `finally`, or a promise library's (`tap`, `timeout`, `reflect`). */
function isPromiseLink(name: string): boolean {
  return CHAIN_METHODS.has(name) || PASSING_PROMISE_METHODS.has(name) || HANDLING_PROMISE_METHODS.has(name);
}

/** Whether an expression's value is used the way only a non-promise value can be. */
function isUsedAsPlainValue(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  const parent = wrapper.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      // A computed key (`table[client.cacheKey(id)]`): a promise would be the key `[object Promise]`.
      if (parent.computed && parent.property === wrapper) return true;
      if (parent.object !== wrapper) return false;
      const name = staticPropertyName(parent);
      // `should` is on every object, a promise too (`p.should.be.rejected`).
      return name === null || (!isPromiseLink(name) && name !== 'should');
    }
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.SpreadElement:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator !== 'void' && parent.operator !== 'delete';
    case AST_NODE_TYPES.LogicalExpression:
      // The left operand is tested; the right one is the expression's value (`if (f && f.ready())`).
      if (parent.left === wrapper) return parent.operator !== '??';
      return isUsedAsPlainValue(parent);
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return parent.test === wrapper;
    // Tested, or an arm whose value is the expression's (`{ ...(on ? client.getVariant(n) : fallback()) }`).
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === wrapper || isUsedAsPlainValue(parent);
    case AST_NODE_TYPES.ForOfStatement:
      return parent.right === wrapper && !parent.await;
    // Compared with its cases (`switch (client.connectionState())`), as `===` would.
    case AST_NODE_TYPES.SwitchStatement:
      return parent.discriminant === wrapper;
    case AST_NODE_TYPES.Property:
      return parent.computed && parent.key === wrapper;
    // `new URL(api.getUri(config))`, `new Date(client.lastSeen())`: what the platform parses (a promise is no URL or date).
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrapExpression(parent.callee);
      return callee.type === AST_NODE_TYPES.Identifier && PLAIN_CONSTRUCTORS.has(callee.name) && parent.arguments.includes(wrapper as TSESTree.CallExpressionArgument);
    }
    case AST_NODE_TYPES.CallExpression:
      // `path.join(api.user.storagePath(), 'x')`, `setTimeout(beat, client.interval())`,
      // `JSON.stringify(dump)`: a built-in that takes only plain values there.
      if (takesPlainValue(parent, wrapper)) return true;
      if (parent.arguments[0] !== wrapper) return false;
      // `expect(agent).toHaveProperty('keepAlive', true)`: a test asserting on what the value holds,
      // which a promise would fail (not `toBeDefined()`, which a forgotten `await` passes, nor a
      // negated one, `.not.toEqual(x)`, which a promise passes; but `.not.toBeTruthy()` it fails).
      if (!isIdentifierNamed(unwrapExpression(parent.callee), 'expect')) return false;
      {
        const matcher = matcherOf(parent);
        if (matcher === null) return false;
        return matcher.negated ? NEGATED_VALUE_MATCHERS.has(matcher.name) : VALUE_MATCHERS.has(matcher.name);
      }
    default:
      return false;
  }
}

/**
 * The arguments where a built-in takes only plain values, `[first, last]`: Node's `path`
 * functions, the timers' delay, number and URI conversions, and the first argument of a built-in
 * that reads what a value holds, which of a promise is nothing (`JSON.stringify`, `Object.keys`);
 * `Math`'s functions take them everywhere.
 */
const PLAIN_ARGUMENTS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ...['path.join', 'path.resolve', 'path.basename', 'path.dirname', 'path.extname', 'path.relative', 'path.normalize'].map((name) => [name, [0, Infinity]] as const),
  ...['setTimeout', 'setInterval'].map((name) => [name, [1, Infinity]] as const),
  ...['Number', 'parseInt', 'parseFloat', 'encodeURIComponent', 'decodeURIComponent'].map((name) => [name, [0, Infinity]] as const),
  ...['JSON.stringify', 'Object.keys', 'Object.values', 'Object.entries', 'Array.from', 'Buffer.from', 'Buffer.byteLength'].map((name) => [name, [0, 0]] as const),
  // Node's assert comparing values (a promise compared with a plain value fails the test): both sides.
  ...['assert.equal', 'assert.strictEqual', 'assert.deepEqual', 'assert.deepStrictEqual'].map((name) => [name, [0, 1]] as const),
]);

/** Whether the type of a call's result is known to be a thenable (a promise or a class with `then`). */
function givesThenable(info: TypeInfo, call: TSESTree.CallExpression): boolean {
  const type = knownTypeOf(info, call);
  return type !== undefined && isThenable(type);
}

/** rxjs operators and creators whose callback's value the stream subscribes to (a promise becomes the stream's). */
const RXJS_FLATTENING_OPERATORS: ReadonlySet<string> = new Set(['switchMap', 'mergeMap', 'concatMap', 'exhaustMap', 'flatMap', 'switchScan', 'mergeScan', 'expand', 'catchError', 'defer']);
/** rxjs creators that subscribe to the promises they are given (`from(p)`, `forkJoin([p, q])`; not `of(p)`, which emits the promise itself). */
const RXJS_INPUT_CREATORS: ReadonlySet<string> = new Set(['from', 'forkJoin', 'combineLatest', 'zip', 'race', 'merge', 'concat', 'onErrorResumeNext']);

/** One of `names`, a function of rxjs imported from `rxjs` or one of its entry points (`rxjs/operators`). */
function isRxjsCall(call: TSESTree.CallExpression, names: ReadonlySet<string>, paths: AccessPathResolver): boolean {
  return paths.pathsOf(call.callee).some((path) => path.root.kind === 'module' && (path.root.module === 'rxjs' || path.root.module.startsWith('rxjs/')) && path.names.length === 2 && names.has(path.names[1] ?? ''));
}

/** Global constructors that parse what they are given: a promise there is an invalid URL, an invalid date, the pattern `[object Promise]`. */
const PLAIN_CONSTRUCTORS: ReadonlySet<string> = new Set(['URL', 'Date', 'RegExp']);

/** Whether `argument` is where a built-in takes only a plain value (a path segment, a delay, a number, what it serialises). */
function takesPlainValue(call: TSESTree.CallExpression, argument: TSESTree.Node): boolean {
  const callee = unwrapExpression(call.callee);
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  if (index === -1) return false;
  let name: string | null = null;
  if (callee.type === AST_NODE_TYPES.Identifier) name = callee.name;
  else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier) {
    if (callee.object.name === 'Math') return true;
    name = `${callee.object.name}.${staticPropertyName(callee) ?? ''}`;
  }
  const range = name === null ? undefined : PLAIN_ARGUMENTS.get(name);
  return range !== undefined && index >= range[0] && index <= range[1];
}

/** Jest's and vitest's matchers that throw for a value without a length, no string or no number, negated or not. */
const THROWING_MATCHERS: readonly string[] = ['toHaveLength', 'toMatch', 'toBeGreaterThan', 'toBeGreaterThanOrEqual', 'toBeLessThan', 'toBeLessThanOrEqual', 'toBeCloseTo'];

/**
 * Negated matchers a promise fails: those it passes (`expect(p).not.toBeTruthy()`), and Jest's and
 * Vitest's that throw for a value without a length, no string or no number, negated or not
 * (`.not.toHaveLength(0)`, `.not.toMatch(/x/)`, `.not.toBeGreaterThan(1)`); not `.not.toContain(x)`,
 * which reads a promise as an empty list and passes.
 */
const NEGATED_VALUE_MATCHERS: ReadonlySet<string> = new Set(['toBeTruthy', 'toBeDefined', 'ok', 'exist', ...THROWING_MATCHERS]);

/** Jest's and vitest's matchers that look into a value: a promise fails them. */
const VALUE_MATCHERS: ReadonlySet<string> = new Set([
  'toBeFalsy',
  'toBeNull',
  'toBeUndefined',
  'toBeNaN',
  'toBeFalse',
  'toBeTrue',
  'toHaveProperty',
  'toEqual',
  'toStrictEqual',
  'toBe',
  'toMatchObject',
  'toContain',
  'toContainEqual',
  ...THROWING_MATCHERS,
  // chai's (`expect(x).to.deep.equal(y)`), which a promise fails as well (not `ok` or `exist`, which it passes)
  'equal',
  'equals',
  'eq',
  'eql',
  'eqls',
  'above',
  'below',
  'least',
  'most',
  'within',
  'lengthOf',
  'property',
  'include',
  'includes',
  'contain',
  'contains',
  'members',
  'keys',
  'string',
  'closeTo',
  'approximately',
  'true',
  'false',
  'null',
  'undefined',
  'NaN',
  'empty',
]);

/** chai's language chains and flags between `expect(x)` and its assertion (`.to.be`, `.deep`, `.not`). */
const CHAI_CHAINS: ReadonlySet<string> = new Set(['not', 'to', 'be', 'been', 'is', 'that', 'which', 'and', 'has', 'have', 'with', 'at', 'of', 'same', 'but', 'does', 'still', 'also', 'deep', 'nested', 'own', 'ordered', 'any', 'all']);

/**
 * The matcher an `expect(x)` call leads to, past `.not` and chai's chains, and whether a `.not`
 * negates it: `expect(x).not.toEqual(y)` → `toEqual`, negated; `expect(x).to.deep.equal(y)` → `equal`.
 */
function matcherOf(expectCall: TSESTree.CallExpression): { name: string; negated: boolean } | null {
  let link: TSESTree.Node = outermostWrapper(expectCall);
  let negated = false;
  while (link.parent?.type === AST_NODE_TYPES.MemberExpression && link.parent.object === link) {
    const name = staticPropertyName(link.parent);
    if (name === null) return null;
    if (!CHAI_CHAINS.has(name)) return { name, negated };
    if (name === 'not') negated = !negated;
    link = link.parent;
  }
  return null;
}

/** Names of do-nothing handlers imported from elsewhere (`noop`, `_.noop`). */
const NOOP_NAMES: ReadonlySet<string> = new Set(['noop', 'ignore', 'ignoreError', 'ignoreErrors', 'swallow', 'swallowError', 'swallowErrors']);

function isNoopName(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Identifier) return NOOP_NAMES.has(inner.name);
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(inner);
    return name !== null && NOOP_NAMES.has(name);
  }
  return false;
}

function isDetaching(method: string): boolean {
  return DETACHING_CALLS.has(method) || /^on[A-Z]/u.test(method);
}

/**
 * A test assertion on what the promise passed to it settles to — `assert.rejects(p)`,
 * `expect(p).rejects.toThrow()`, `expect(p).to.be.rejectedWith(E)` — as the expression whose value
 * is the assertion's own promise (the call, or the end of the `expect` chain); null otherwise.
 */
function settlementAssertion(call: TSESTree.CallExpression): TSESTree.Node | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(callee);
    const object = unwrapExpression(callee.object);
    const receiver = object.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(object) : object.type === AST_NODE_TYPES.Identifier ? object.name : null;
    return method !== null && SETTLEMENT_ASSERTIONS.has(method) && receiver === 'assert' ? call : null;
  }
  return isIdentifierNamed(callee, 'expect') ? settlingChainEnd(outermostWrapper(call)) : null;
}

/**
 * An assertion that a function throws, given the function first: `assert.throws(fn)`,
 * `assert.doesNotThrow(fn)` (node:assert, chai's assert, ava's and tap's `t`), or `expect(fn)`
 * followed by a throw matcher (`.toThrow()`, `.toThrowError(E)`, chai's `.to.throw(E)`).
 */
function isThrowAssertion(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(callee);
    const receiver = unwrapExpression(callee.object);
    return method !== null && THROW_ASSERTIONS.has(method) && receiver.type === AST_NODE_TYPES.Identifier && (receiver.name === 'assert' || receiver.name === 't');
  }
  if (!isIdentifierNamed(callee, 'expect')) return false;
  for (let link = nextLink(outermostWrapper(call)); link; link = nextLink(link.end)) {
    if (link.name !== null && THROW_MATCHERS.has(link.name)) return true;
    if (link.name !== null && SETTLEMENT_MATCHERS.has(link.name)) return false;
  }
  return false;
}

/** The next link of a member chain on `node` (`.rejects`, `.toThrow(E)`): its name, and where it ends (the call, for a method). */
function nextLink(node: TSESTree.Node): { name: string | null; end: TSESTree.Node } | null {
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node) return null;
  const call = member.parent;
  return { name: staticPropertyName(member), end: call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call : member };
}

/** The end of the assertion chain on `start` (`.rejects.toThrow()`, `.should.be.rejectedWith(E)`), when a link of it asserts the settling; else null. */
function settlingChainEnd(start: TSESTree.Node): TSESTree.Node | null {
  let settles = false;
  let end = start;
  for (let link = nextLink(start); link; link = nextLink(link.end)) {
    if (link.name !== null && SETTLEMENT_MATCHERS.has(link.name)) settles = true;
    end = link.end;
  }
  return settles ? end : null;
}

/** The end of a `.should` assertion chain on a value that asserts its settling (`p.should.be.rejectedWith(E)`, `p.should.eventually.equal(1)`), or null. */
function shouldSettlement(wrapper: TSESTree.Node): TSESTree.Node | null {
  const first = wrapper.parent;
  if (first?.type !== AST_NODE_TYPES.MemberExpression || first.object !== wrapper || staticPropertyName(first) !== 'should') return null;
  return settlingChainEnd(wrapper);
}

/** The catch or finally block of the same function a node sits in, or null. */
function handlerBlockOf(node: TSESTree.Node): 'catch' | 'finally' | null {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current && !isFunctionNode(current); child = current, current = current.parent) {
    if (current.type === AST_NODE_TYPES.TryStatement) {
      if (child === current.handler) return 'catch';
      if (child === current.finalizer) return 'finally';
    }
  }
  return null;
}

/** Methods that keep a value in a collection: `push`, `unshift`, `add`, `set` (the value is its last argument). */
const STORING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'add', 'set']);

/** The variable whose collection a call stores `value` in (`pending.push(a, value)`, `map.set(key, value)`), or null. */
function collectionStoredIn(call: TSESTree.CallExpression, value: TSESTree.Node): TSESTree.Identifier | TSESTree.MemberExpression | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !STORING_METHODS.has(staticPropertyName(callee) ?? '')) return null;
  // The value is the last argument of `set`, any of `push`/`unshift`/`add`.
  const method = staticPropertyName(callee);
  if (method === 'set' ? call.arguments[call.arguments.length - 1] !== value : !call.arguments.includes(value as TSESTree.CallExpressionArgument)) return null;
  const object = unwrapExpression(callee.object);
  return object.type === AST_NODE_TYPES.Identifier || object.type === AST_NODE_TYPES.MemberExpression ? object : null;
}

/** The `Promise.all/allSettled/race/any` call a collection is given to, directly, spread or as `.values()`. */
function combinatorTaking(read: TSESTree.Identifier): TSESTree.CallExpression | null {
  let value: TSESTree.Node = outermostWrapper(read);
  const member = value.parent;
  if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === value && staticPropertyName(member) === 'values' && member.parent.type === AST_NODE_TYPES.CallExpression) {
    value = outermostWrapper(member.parent);
  }
  const spread = value.parent;
  if (spread?.type === AST_NODE_TYPES.SpreadElement && spread.parent.type === AST_NODE_TYPES.ArrayExpression) {
    value = outermostWrapper(spread.parent);
  }
  const call = value.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== value) return null;
  const method = promiseMethodOf(call);
  return method !== null && (COMBINATORS.has(method) || method === 'allSettled') ? call : null;
}

/** A written type that is a promise: `Promise<T>`, `PromiseLike<T>`, or a union with one. */
function isPromiseTypeNode(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSUnionType) return type.types.some(isPromiseTypeNode);
  return type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && PROMISE_TYPE_NAMES.has(type.typeName.name);
}

function isPromiseTypeNodeTs(info: TypeInfo, type: import('typescript').TypeNode): boolean {
  const typescript = info.ts;
  if (typescript.isUnionTypeNode(type)) return type.types.some((part) => isPromiseTypeNodeTs(info, part));
  if (!typescript.isTypeReferenceNode(type)) return false;
  if (typescript.isIdentifier(type.typeName) && PROMISE_TYPE_NAMES.has(type.typeName.text)) return true;
  // An alias for a union with one (`MaybePromise<T> = T | PromiseLike<T>`, `Awaitable<T>`).
  const resolved = info.checker.getTypeFromTypeNode(type);
  return resolved.aliasSymbol !== undefined && resolved.isUnion() && resolved.types.some((part) => part.getProperty('then') !== undefined);
}

function hasAsyncModifier(info: TypeInfo, signature: import('typescript').SignatureDeclaration): boolean {
  const typescript = info.ts;
  return typescript.canHaveModifiers(signature) && (typescript.getModifiers(signature)?.some((modifier) => modifier.kind === typescript.SyntaxKind.AsyncKeyword) ?? false);
}

/** How many wrappers of the file a callback may be handed through before one runs it (`start(fn)` → `this.run(fn)`). */
const MAX_WRAPPER_HANDOFFS = 2;

/** Toast libraries whose `toast.promise(p, messages)` attaches handlers to `p` and shows its outcome. */
const TOAST_PACKAGES: ReadonlySet<string> = new Set(['sonner', 'react-hot-toast', 'react-toastify', 'vue-sonner', 'svelte-sonner', 'solid-toast']);

function isToastPromise(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  if (paths.pathsOf(call.callee).some((path) => path.root.kind === 'module' && TOAST_PACKAGES.has(path.root.module) && path.names.length >= 2 && path.names.at(-1) === 'promise')) return true;
  // Re-exported by the project's own UI package (`import { toast } from '@unkey/ui'`): `toast.promise(p, { loading, success, error })`.
  const callee = unwrapExpression(call.callee);
  const messages = call.arguments[1] ? unwrapExpression(call.arguments[1]) : null;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    staticPropertyName(callee) === 'promise' &&
    isIdentifierNamed(unwrapExpression(callee.object), 'toast') &&
    messages?.type === AST_NODE_TYPES.ObjectExpression &&
    messages.properties.some((property) => property.type === AST_NODE_TYPES.Property && staticPropertyName(property) === 'error')
  );
}

/** neverthrow's `fromPromise` and `ResultAsync.fromPromise`, which map a rejection to an `Err` (not `fromSafePromise`, which expects none). */
function isResultFromPromise(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  return paths.pathsOf(call.callee).some((path) => path.root.kind === 'module' && path.root.module === 'neverthrow' && path.names.at(-1) === 'fromPromise');
}

/** Effect's modules, whose `tryPromise` makes a rejection the effect's typed failure. */
const EFFECT_MODULES: ReadonlySet<string> = new Set(['effect', 'effect/Effect', 'effect/Micro']);

/**
 * Effect's `tryPromise(evaluate)` and `tryPromise({ try, catch })` (and `tryMapPromise`): the
 * promise's rejection becomes the effect's failure (`UnknownException`, or what `catch` makes of
 * it), which the effect's runner hands on; not `Effect.promise`, which expects none.
 */
function isEffectTryPromise(fn: FunctionNode, call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  const wrapper = outermostWrapper(fn);
  const property = wrapper.parent;
  // The options first, or after the effect in the data-first form (`Effect.tryMapPromise(self, { try, catch })`).
  const isTry = call.arguments[0] === wrapper || (property?.type === AST_NODE_TYPES.Property && staticPropertyName(property) === 'try' && call.arguments.includes(outermostWrapper(property.parent) as TSESTree.CallExpressionArgument));
  return isTry && paths.pathsOf(call.callee).some((path) => path.root.kind === 'module' && EFFECT_MODULES.has(path.root.module) && (path.names.at(-1) === 'tryPromise' || path.names.at(-1) === 'tryMapPromise'));
}

/** rxjs's `firstValueFrom`/`lastValueFrom`, and timeout wrappers (`withTimeout(p, ms)`, `pTimeout(p, ms)`). */
function isPromiseAdapter(call: TSESTree.CallExpression): boolean {
  const name = writtenCalleeName(call);
  if (name === null) return false;
  if (PROMISE_ADAPTERS.has(name)) return true;
  const words = splitWords(name);
  return words[words.length - 1] === 'timeout' && words[0] !== 'set' && words[0] !== 'clear';
}

/**
 * A cache's guard: an `if` testing that the variable is set (`if (cached)`, `if (cached !== undefined)`,
 * `if (cached != null)`) whose branch hands it back (`return cached`, `return await cached`).
 */
function isCacheGuard(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  const comparison = wrapper.parent?.type === AST_NODE_TYPES.BinaryExpression && ['!==', '!='].includes(wrapper.parent.operator) ? wrapper.parent : null;
  const other = comparison ? (comparison.left === wrapper ? comparison.right : comparison.left) : null;
  const test = comparison && other && isUndefined(other) ? comparison : wrapper;
  const statement = test.parent;
  if (statement?.type !== AST_NODE_TYPES.IfStatement || statement.test !== test || node.type !== AST_NODE_TYPES.Identifier) return false;
  const [only] = statement.consequent.type === AST_NODE_TYPES.BlockStatement ? statement.consequent.body : [statement.consequent];
  const returned = only?.type === AST_NODE_TYPES.ReturnStatement && only.argument ? unwrapExpression(only.argument) : null;
  const value = returned?.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(returned.argument) : returned;
  return value !== null && isIdentifierNamed(value, node.name);
}

/** Whether the statement a write is made in is followed, in its block, by a `break` (`sent = true; break;`). */
function followedByBreak(write: TSESTree.Node): boolean {
  const statement = write.parent;
  const block = statement?.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || block?.type !== AST_NODE_TYPES.BlockStatement) return false;
  return block.body.some((sibling) => sibling.type === AST_NODE_TYPES.BreakStatement && sibling.range[0] > statement.range[1]);
}

function isIdentifierNamed(node: TSESTree.Node, name: string): boolean {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.Identifier && inner.name === name;
}

function isUndefined(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return (inner.type === AST_NODE_TYPES.Identifier && inner.name === 'undefined') || (inner.type === AST_NODE_TYPES.Literal && inner.value === null);
}

/**
 * Whether an argument of a method call is the value of a call of another method on the same
 * receiver, written the same way (`ctx.flags.scope(ctx.flags.parseUserContext(req))`).
 */
function isOwnReceiversValue(call: TSESTree.CallExpression, argument: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const inner = unwrapExpression(argument);
  const outerCallee = unwrapExpression(call.callee);
  if (inner.type !== AST_NODE_TYPES.CallExpression || outerCallee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const innerCallee = unwrapExpression(inner.callee);
  if (innerCallee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(innerCallee) === staticPropertyName(outerCallee)) return false;
  const name = staticPropertyName(innerCallee);
  if (name === null || !VALUE_MAKING_WORDS.has(splitWords(name)[0] ?? '')) return false;
  const receiver = unwrapExpression(outerCallee.object);
  return receiver.type !== AST_NODE_TYPES.CallExpression && sourceCode.getText(receiver) === sourceCode.getText(unwrapExpression(innerCallee.object));
}

/** First words of a method that makes a value out of what it is given rather than asks the service. */
const VALUE_MAKING_WORDS: ReadonlySet<string> = new Set(['parse', 'build', 'to', 'format', 'encode', 'decode', 'serialize', 'normalize', 'compose', 'derive', 'extract']);

function isThenable(type: import('typescript').Type): boolean {
  if (type.getProperty('then')) return true;
  return type.isUnion() && type.types.some((part) => part.getProperty('then') !== undefined);
}

/** A call of a method named as a question: `is`, `has`, `can`, `should`, `supports` and a capital (`isCompatible`). */
function isPredicateCall(call: TSESTree.CallExpression): boolean {
  const name = writtenCalleeName(call);
  return name !== null && /^(?:is|has|can|should|supports)[A-Z]/u.test(name);
}

/** A value returned by the callback of `filter`, `some`, `every`, `find` or `findIndex`, which tests it as a boolean. */
function decidesArrayCallback(wrapper: TSESTree.Node): boolean {
  const fn = functionReturning(wrapper);
  if (!fn || fn.async) return false;
  const call = outermostWrapper(fn).parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== outermostWrapper(fn)) return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && ['filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex'].includes(staticPropertyName(callee) ?? '');
}

/** Functions of test frameworks (mocha, Jest, Vitest, node:test, Jasmine) that run the function they are given as a test or a hook. */
const TEST_REGISTRATIONS: ReadonlySet<string> = new Set(['it', 'test', 'specify', 'before', 'beforeAll', 'beforeEach', 'after', 'afterAll', 'afterEach', 'fit', 'xit']);
const TEST_MODIFIERS: ReadonlySet<string> = new Set(['only', 'skip', 'ignore', 'concurrent', 'serial', 'todo', 'failing', 'sequential']);

/**
 * Whether an identifier names a test framework's registration: its global or an import of it
 * (`import { it as spec } from 'mocha'` by the name imported), or a `const` made from one by
 * Playwright's `test.extend(...)` — not a function of the file that happens to be called `test`.
 */
function isTestFunction(identifier: TSESTree.Identifier, paths: AccessPathResolver, depth: number): boolean {
  const definition = paths.variableOf(identifier)?.defs[0];
  if (definition === undefined) return TEST_REGISTRATIONS.has(identifier.name);
  if (definition.type === DefinitionType.ImportBinding) {
    const specifier = definition.node;
    const imported = specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : identifier.name;
    return TEST_REGISTRATIONS.has(imported);
  }
  // `function givenUser(beforeFn: Mocha.HookFunction)`: a parameter written to be one.
  if (definition.type === DefinitionType.Parameter) {
    const annotation = definition.name.type === AST_NODE_TYPES.Identifier ? definition.name.typeAnnotation?.typeAnnotation : undefined;
    return annotation !== undefined && depth <= 3 && isTestFunctionType(annotation, paths, depth);
  }
  if (depth > 3 || definition.type !== DefinitionType.Variable || definition.parent.kind !== 'const' || !definition.node.init) return false;
  const init = unwrapExpression(definition.node.init);
  // `const afterFn = beforeFn === beforeEach ? afterEach : after`: one of them either way.
  if (init.type === AST_NODE_TYPES.ConditionalExpression) {
    return [init.consequent, init.alternate].every((arm) => {
      const value = unwrapExpression(arm);
      return value.type === AST_NODE_TYPES.Identifier && isTestFunction(value, paths, depth + 1);
    });
  }
  if (init.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(init.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'extend') return false;
  const base = unwrapExpression(callee.object);
  return base.type === AST_NODE_TYPES.Identifier && isTestFunction(base, paths, depth + 1);
}

/** mocha's and Jest's types of a test or hook registration (`Mocha.HookFunction`, `jest.Lifecycle`). */
const TEST_FUNCTION_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Mocha', new Set(['HookFunction', 'TestFunction', 'ExclusiveTestFunction', 'PendingTestFunction'])],
  ['jest', new Set(['Lifecycle', 'It'])],
]);

/** A written type of a test registration: mocha's or Jest's named types, or `typeof beforeEach`. */
function isTestFunctionType(type: TSESTree.TypeNode, paths: AccessPathResolver, depth: number): boolean {
  if (type.type === AST_NODE_TYPES.TSTypeQuery) {
    return type.exprName.type === AST_NODE_TYPES.Identifier && isTestFunction(type.exprName, paths, depth + 1);
  }
  if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.TSQualifiedName) return false;
  const { left, right } = type.typeName;
  return left.type === AST_NODE_TYPES.Identifier && (TEST_FUNCTION_TYPES.get(left.name)?.has(right.name) ?? false);
}

/** Words in the name of a call that makes a function around the one it is given, which gives back that one's outcome. */
const FUNCTION_MAKER_WORDS: readonly string[] = ['memo', 'once', 'cache', 'wrap', 'retry', 'limit', 'failure', 'handle', 'guard', 'safe'];

/** Methods that add an interceptor to a client's list of them. */
const INTERCEPTOR_REGISTRATIONS: ReadonlySet<string> = new Set(['use', 'push', 'unshift', 'add']);

/** `client.interceptors.response.use(...)`, `sdk.interceptors.push(...)`: a method adding to a member named `interceptors`. */
function isInterceptorRegistration(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !INTERCEPTOR_REGISTRATIONS.has(staticPropertyName(callee) ?? '')) return false;
  for (let object = unwrapExpression(callee.object), steps = 0; steps < 3; steps++) {
    if (object.type !== AST_NODE_TYPES.MemberExpression) return false;
    if (staticPropertyName(object) === 'interceptors') return true;
    object = unwrapExpression(object.object);
  }
  return false;
}

/**
 * Query cache hooks of TanStack Query and its ports (React, Solid, Svelte, Vue, Angular; TanStack
 * DB's `queryCollectionOptions`, whose collection runs `queryFn` through a query observer) and
 * SWR-like hooks that take the same options: they run the query or mutation function and keep its
 * rejection in the state they return. Not `fetchQuery` or `ensureQueryData`, whose promise rejects
 * with it, nor `queryOptions`, whose options may go to either. The React hooks count by name (an
 * app's own hook may hand them out); the ports' `create*` and `inject*`, generic names, by import.
 */
const QUERY_HOOKS: ReadonlySet<string> = new Set(['useQuery', 'useSuspenseQuery', 'useInfiniteQuery', 'useSuspenseInfiniteQuery', 'useMutation']);
const IMPORTED_QUERY_HOOKS: ReadonlySet<string> = new Set(['createQuery', 'createInfiniteQuery', 'createMutation', 'injectQuery', 'injectInfiniteQuery', 'injectMutation', 'queryCollectionOptions']);

/** `@tanstack/solid-query`, `@tanstack/angular-query-experimental`, `react-query`, …: a query cache package. */
function isQueryPackage(module: string): boolean {
  return (module.startsWith('@tanstack/') && module.includes('query')) || module === 'react-query';
}
/** The options of such a hook that hold the function it runs. */
const QUERY_FUNCTION_KEYS: ReadonlySet<string> = new Set(['queryFn', 'mutationFn']);

/**
 * Whether a function is the query or mutation function of a query hook's call, by the hook's name:
 * an options object's `queryFn` or `mutationFn` (`useQuery({ queryKey, queryFn })`), or a function
 * argument of the older signatures (`useQuery(key, fn)`, `useMutation(fn)`).
 */
function isQueryHookFunction(fn: FunctionNode, call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  // By its name, written or imported as (`import { useQuery as useCachedQuery } from '@tanstack/react-query'`).
  const calleePaths = paths.pathsOf(call.callee);
  const names = [writtenCalleeName(call) ?? '', ...calleePaths.map((path) => path.names.at(-1) ?? '')];
  const fromQueryPackage = calleePaths.some((path) => path.root.kind === 'module' && isQueryPackage(path.root.module));
  if (!names.some((name) => QUERY_HOOKS.has(name) || (fromQueryPackage && IMPORTED_QUERY_HOOKS.has(name)))) return false;
  const wrapper = outermostWrapper(fn);
  // Written there, or named there (a function the file declares, passed only to this call: see #passedOnlyTo).
  const declarator = wrapper.parent;
  const name = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id?.name : declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id.name : undefined;
  const isFunction = (value: TSESTree.Node): boolean => {
    const written = outermostWrapper(value);
    const inner = unwrapExpression(written);
    return written === wrapper || (name !== undefined && inner.type === AST_NODE_TYPES.Identifier && inner.name === name);
  };
  const isQueryFunctionIn = (options: TSESTree.ObjectExpression): boolean =>
    options.properties.some((property) => property.type === AST_NODE_TYPES.Property && QUERY_FUNCTION_KEYS.has(staticPropertyName(property) ?? '') && isFunction(property.value));
  return call.arguments.some((argument) => {
    if (argument.type === AST_NODE_TYPES.ObjectExpression) return isQueryFunctionIn(argument);
    // Solid's and Angular's options given by a function (`createQuery(() => ({ queryKey, queryFn }))`, or `{ return { ... } }`).
    const options = isFunctionNode(argument) && !argument.generator ? returnedValues(argument).map((value) => unwrapExpression(value)) : [];
    const literals = options.filter((value): value is TSESTree.ObjectExpression => value.type === AST_NODE_TYPES.ObjectExpression);
    return literals.length > 0 ? literals.some(isQueryFunctionIn) : isFunction(argument);
  });
}

/**
 * For a function given as a property of an options object a function returns to its caller
 * (`createQuery(() => ({ queryKey, queryFn: () => api.get() }))`): that caller's call; null otherwise.
 */
function returnedOptionsCall(fn: FunctionNode): TSESTree.CallExpression | null {
  const property = outermostWrapper(fn).parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const options = outermostWrapper(property.parent);
  // The arrow's expression body, or what a `return` of the function gives.
  const maker = functionReturning(options);
  if (!maker) return null;
  const call = outermostWrapper(maker).parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(outermostWrapper(maker) as TSESTree.CallExpressionArgument) ? call : null;
}

/** The names of a batch transaction (Prisma's `$transaction`, and wrappers named for it), in lower case. */
const TRANSACTION_NAMES: ReadonlySet<string> = new Set(['transaction', 'runintransaction', 'withtransaction', 'intransaction']);

/** A call named as a transaction (`$transaction`, `transaction`, `runInTransaction`, `withTransaction`): given an array, a batch of the promises in it. */
function isBatchTransaction(call: TSESTree.CallExpression): boolean {
  const name = writtenCalleeName(call);
  return name !== null && TRANSACTION_NAMES.has(name.replace(/^\$/u, '').toLowerCase());
}

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);

/** Packages whose calls resolve with their failure, `{ data, error }`, instead of rejecting: supabase-js and urql. */
const RESULT_REPORTING_PACKAGES: ReadonlySet<string> = new Set(['urql', '@urql/core', '@urql/vue', '@urql/svelte', '@urql/preact']);
const RESULT_REPORTING_SCOPES = ['@supabase/'];

function isResultReportingModule(module: string): boolean {
  return RESULT_REPORTING_PACKAGES.has(module) || RESULT_REPORTING_SCOPES.some((scope) => module.startsWith(scope));
}

/**
 * A callee path reaching such a package's object: from its import (`createClient(url, key)` of
 * `@supabase/supabase-js`, urql's `createClient`), or through a receiver named for it (`const supabase =
 * createClient()` of the project's own module, `this.supabaseAdmin`).
 */
function isResultReportingPath(path: AccessPath): boolean {
  const { root } = path;
  if (root.kind === 'module' && isResultReportingModule(root.module)) return true;
  return path.names.some((name) => splitWords(name.endsWith('()') ? name.slice(0, -2) : name).includes('supabase'));
}

/**
 * Whether an awaited call's result is read for the failure it reports, as supabase-js's and urql's
 * results are: its `error` destructured (`const { data, error } = await supabase.from('nodes').select()`)
 * or read off the `const` holding it (`result.error`), and tested (`if (error) ...`, `error ? a : b`,
 * `!result.error && ...`). Such SDKs resolve with `{ data, error }` instead of rejecting.
 */
function reportsFailureInResult(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  // urql's `await client.query(q, vars).toPromise()`: the operation's promise.
  let value: TSESTree.Node = outermostWrapper(call);
  const link = value.parent;
  if (link?.type === AST_NODE_TYPES.MemberExpression && link.object === value && staticPropertyName(link) === 'toPromise' && link.parent.type === AST_NODE_TYPES.CallExpression && link.parent.callee === link) value = outermostWrapper(link.parent);
  const awaited = value.parent;
  if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const declarator = outermostWrapper(awaited).parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== outermostWrapper(awaited)) return false;
  // (Asked after the shape above, which most calls lack: these read the file's imports and written types.)
  // Reached from the package, named for it, or on a receiver written with its type (`client: SupabaseClient`).
  if (!paths.pathsOf(call.callee).some((path) => isResultReportingPath(path) || isDeclaredFrom(path, call, isResultReportingModule))) return false;
  const fn = enclosingFunction(call);
  // In a test position, alone or compared (`if (error !== null)`).
  const tested = (node: TSESTree.Node): boolean => {
    // By the function that awaited it, not a callback written there to run some other time.
    if (enclosingFunction(node) !== fn) return false;
    const wrapper = outermostWrapper(node);
    const comparison = wrapper.parent;
    return branchTargets(wrapper) !== null || (comparison?.type === AST_NODE_TYPES.BinaryExpression && EQUALITY_OPERATORS.has(comparison.operator) && branchTargets(outermostWrapper(comparison)) !== null);
  };
  const pattern = declarator.id;
  if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
    const property = pattern.properties.find((item) => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === 'error');
    const value = property?.type === AST_NODE_TYPES.Property ? property.value : null;
    const binding = value?.type === AST_NODE_TYPES.AssignmentPattern ? value.left : value;
    const variable = binding?.type === AST_NODE_TYPES.Identifier ? paths.variableOf(binding) : null;
    return variable?.references.some((reference) => reference.isRead() && tested(reference.identifier)) ?? false;
  }
  if (pattern.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const') return false;
  const variable = paths.variableOf(pattern);
  return (
    variable?.references.some((reference) => {
      const member = reference.identifier.parent;
      return member.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier && staticPropertyName(member) === 'error' && tested(member);
    }) ?? false
  );
}

/** Methods that give a test double its implementation (jest's and vitest's mocks, sinon's stubs). */
const FAKE_IMPLEMENTATION_METHODS: ReadonlySet<string> = new Set(['mockImplementation', 'mockImplementationOnce', 'callsFake']);

/** `jest.fn(impl)`, `vi.fn(impl)`, `sinon.fake(impl)`, `mock.mockImplementation(impl)`, `stub.callsFake(impl)`. */
function isFakeImplementation(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(callee) ?? '';
  if (FAKE_IMPLEMENTATION_METHODS.has(method)) return true;
  const object = unwrapExpression(callee.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  return (method === 'fn' && (object.name === 'jest' || object.name === 'vi')) || (method === 'fake' && object.name === 'sinon');
}

/** Module mocks of jest and vitest: their factory (the second argument) gives the module's doubles. */
const MODULE_MOCK_METHODS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['jest', new Set(['mock', 'doMock', 'unstable_mockModule'])],
  ['vi', new Set(['mock', 'doMock'])],
]);

/**
 * A function in what a module mock's factory gives back (`vi.mock('./http', () => ({ fetchJson:
 * (url) => fetch(url) }))`, also a method, and in a nested object, `default: { ... }`): an
 * implementation of a test double, as `vi.fn(impl)`'s is.
 */
function isModuleMockMember(fn: FunctionNode): boolean {
  let value: TSESTree.Node = outermostWrapper(fn);
  let object: TSESTree.Node | undefined;
  for (let depth = 0; depth < 4; depth += 1) {
    const property = value.parent;
    if (property?.type !== AST_NODE_TYPES.Property || property.value !== value || property.parent.type !== AST_NODE_TYPES.ObjectExpression) break;
    object = outermostWrapper(property.parent);
    value = object;
  }
  if (!object) return false;
  const factory = functionReturning(object);
  const call = factory ? outermostWrapper(factory).parent : undefined;
  if (!factory || call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[1] !== outermostWrapper(factory)) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiver = unwrapExpression(callee.object);
  return receiver.type === AST_NODE_TYPES.Identifier && MODULE_MOCK_METHODS.get(receiver.name)?.has(staticPropertyName(callee) ?? '') === true;
}

/** `it('...', fn)`, `test.only(...)`, `it.each(table)('...', fn)`, `beforeEach(fn)`. */
function isTestRegistration(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  let callee = unwrapExpression(call.callee);
  // `it.each(table)(name, fn)`: the registration is what `each` returned.
  if (callee.type === AST_NODE_TYPES.CallExpression) {
    const inner = unwrapExpression(callee.callee);
    if (inner.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(inner) !== 'each') return false;
    callee = unwrapExpression(inner.object);
  }
  while (callee.type === AST_NODE_TYPES.MemberExpression && TEST_MODIFIERS.has(staticPropertyName(callee) ?? '')) callee = unwrapExpression(callee.object);
  if (callee.type === AST_NODE_TYPES.Identifier) return isTestFunction(callee, paths, 0);
  if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
    const property = staticPropertyName(callee) ?? '';
    const object = unwrapExpression(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && TEST_REGISTRATIONS.has(property)) {
      // `import * as nt from 'node:test'; nt.it(...)`: a framework's namespace.
      const definition = paths.variableOf(object)?.defs[0];
      if (definition?.type === DefinitionType.ImportBinding && definition.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return true;
    }
    // Deno's runner: the global `Deno.test(name, fn)`.
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Deno' && property === 'test' && paths.variableOf(object)?.defs[0] === undefined) return true;
    // Playwright's hooks and steps on its `test`: `test.beforeEach(fn)`, `test.step(name, fn)`.
    if (object.type === AST_NODE_TYPES.Identifier && (TEST_REGISTRATIONS.has(property) || property === 'step') && isTestFunction(object, paths, 0)) return true;
  }
  // `t.test(...)`: node:test's subtest, where `t` is the context a test callback receives — not any
  // object with a `test` method (`scheduler.test(name, job)` runs the job as its own code).
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'test') return false;
  const context = unwrapExpression(callee.object);
  if (context.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = paths.variableOf(context)?.defs[0];
  if (definition?.type !== DefinitionType.Parameter || !isFunctionNode(definition.node)) return false;
  const registration = callbackCall(definition.node);
  return registration?.type === AST_NODE_TYPES.CallExpression && registration.arguments.at(-1) === outermostWrapper(definition.node) && isTestRegistration(registration, paths);
}

/**
 * The call a function is passed to as an argument (a callback), directly or as a property of an
 * options object written in the call (`retry({ func: async () => ..., attempts: 3 })`).
 */
function callbackCall(fn: FunctionNode): TSESTree.CallExpression | TSESTree.NewExpression | null {
  let wrapper = outermostWrapper(fn);
  let parent = wrapper.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.value === wrapper && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    wrapper = outermostWrapper(parent.parent);
    parent = wrapper.parent;
  }
  if (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) {
    if (parent.arguments.includes(wrapper as TSESTree.CallExpressionArgument)) return parent;
  }
  return null;
}


/** Methods that register a function to run later (a command's action, an event's listener, a route's handler). */
const REGISTERING_METHODS: ReadonlySet<string> = new Set(['action', 'on', 'once', 'addListener', 'addEventListener', 'prependListener', 'handler', 'handle', 'use', 'register', 'subscribe', 'hook', 'tap']);

/** Methods that register a function under a name (a route, an HTTP verb, a method, a command) rather than run it. */
const REGISTRATION_METHODS: ReadonlySet<string> = new Set([...REGISTERING_METHODS, 'get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all', 'route', 'add', 'method', 'command', 'define']);

/** Whether every value a function returns is a function written there (a factory: `return async (...args) => ...`). */
function returnsOnlyFunctions(fn: FunctionNode): boolean {
  // An async function gives a promise (of a function, a disposer); a generator, an iterator.
  if (fn.async || fn.generator) return false;
  const values = returnedValues(fn);
  return values.length > 0 && values.every((value) => isFunctionNode(unwrapExpression(value)));
}

/** A `.then`, `.catch` or `.finally` callback, whose value the chain adopts (and whose chain's fate is judged already). */
function isChainCallback(fn: FunctionNode): boolean {
  const call = outermostWrapper(fn).parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(call.callee);
  return method !== null && CHAIN_METHODS.has(method);
}

/** The links of a pattern match's chain that take a branch, and those that end it with the value of the branch taken. */
const PATTERN_BRANCH_LINKS: ReadonlySet<string> = new Set(['with', 'when', 'otherwise']);
const PATTERN_END_LINKS: ReadonlySet<string> = new Set(['exhaustive', 'otherwise', 'run']);

/**
 * For a branch link of a pattern match's chain (`match(x).with(pattern, handler)`, ts-pattern and its
 * ports), the call that ends the chain and gives the value of the branch taken (`.exhaustive()`,
 * `.otherwise(f)`, `.run()`); null for any other call.
 */
function patternMatchEnd(call: TSESTree.CallExpression): TSESTree.CallExpression | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !PATTERN_BRANCH_LINKS.has(staticPropertyName(callee) ?? '')) return null;
  // Down to the head: `match(x)`.
  let head: TSESTree.Node = unwrapExpression(callee.object);
  while (head.type === AST_NODE_TYPES.CallExpression && head.callee.type === AST_NODE_TYPES.MemberExpression && PATTERN_BRANCH_LINKS.has(staticPropertyName(head.callee) ?? '')) head = unwrapExpression(head.callee.object);
  if (head.type !== AST_NODE_TYPES.CallExpression || !isIdentifierNamed(unwrapExpression(head.callee), 'match')) return null;
  // Up to the end.
  let end: TSESTree.CallExpression = call;
  for (;;) {
    const member = end.parent;
    const next = member.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== end || next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) break;
    end = next;
  }
  const last = end.callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(end.callee) : null;
  return last !== null && PATTERN_END_LINKS.has(last) ? end : null;
}

/** Whether a value is an element of an array written as a promise combinator's argument (`Promise.all([a, b])`). */
function isCombinatorElement(node: TSESTree.Node): boolean {
  const array = node.parent;
  if (array?.type !== AST_NODE_TYPES.ArrayExpression) return false;
  const combinator = outermostWrapper(array).parent;
  const method = combinator?.type === AST_NODE_TYPES.CallExpression ? promiseMethodOf(combinator) : null;
  return method !== null && COMBINATORS.has(method);
}

/** Whether a later read is a statement of the same block as an earlier one, so runs whenever it does. */
function inSameBlock(earlier: TSESTree.Node, later: TSESTree.Node | undefined): boolean {
  // The nearest statement around a read (not one a branch or a loop holds it in).
  const statementOf = (node: TSESTree.Node): TSESTree.Node | null => {
    for (let current: TSESTree.Node | undefined = node.parent; current && !isFunctionNode(current); current = current.parent) {
      if (current.type.endsWith('Statement') || current.type === AST_NODE_TYPES.VariableDeclaration) return current;
    }
    return null;
  };
  const first = statementOf(earlier);
  const second = later ? statementOf(later) : null;
  return first !== null && second !== null && first.parent === second.parent;
}

/** Whether a value is written as an argument of a call (through parentheses and casts). */
function isCallArgument(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  const parent = wrapper.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== wrapper;
}

/** Whether a function gives nothing back: neither async nor a generator, and no `return` of a value. */
function returnsNothing(fn: FunctionNode): boolean {
  return !fn.async && !fn.generator && returnedValues(fn).length === 0;
}

/** Whether a function expression is what `outer` returns (`return async () => ...`, or an arrow's expression body). */
function isReturnedBy(inner: FunctionNode, outer: FunctionNode): boolean {
  return functionReturning(outermostWrapper(inner)) === outer;
}

/** `(async () => { ... })()`: the call invoking a function expression right away. */
function immediateCall(fn: FunctionNode): TSESTree.CallExpression | null {
  const wrapper = outermostWrapper(fn);
  const parent = wrapper.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === wrapper ? parent : null;
}

/** The try whose block contains the node, within the node's function. */
function enclosingTryBlock(node: TSESTree.Node): TSESTree.TryStatement | null {
  let child: TSESTree.Node = node;
  let current: TSESTree.Node | undefined = node.parent;
  while (current && !isFunctionNode(current)) {
    if (current.type === AST_NODE_TYPES.TryStatement && current.block === child) return current;
    child = current;
    current = current.parent;
  }
  return null;
}

/** Whether a finally block returns (and so discards any error leaving the try). */
export function returnsInFinally(finalizer: TSESTree.BlockStatement): boolean {
  return finallyExits(finalizer).length > 0;
}

/**
 * The statements that leave a finally block and so discard the error leaving its try: a
 * `return`, and a `break` or `continue` whose target is outside the block (a loop around the try).
 */
export function finallyExits(finalizer: TSESTree.BlockStatement): (TSESTree.BreakStatement | TSESTree.ContinueStatement | TSESTree.ReturnStatement)[] {
  const exits: (TSESTree.BreakStatement | TSESTree.ContinueStatement | TSESTree.ReturnStatement)[] = [];
  const stack: TSESTree.Node[] = [...finalizer.body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === AST_NODE_TYPES.ReturnStatement) exits.push(node);
    if ((node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) && !targetsWithin(node, finalizer)) exits.push(node);
    if (isFunctionNode(node)) continue;
    stack.push(...childNodes(node));
  }
  return exits.sort((a, b) => a.range[0] - b.range[0]);
}

/** Whether a `break`/`continue` lands inside `block` (its loop, switch or label is in it). */
function targetsWithin(jump: TSESTree.BreakStatement | TSESTree.ContinueStatement, block: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = jump.parent; current && current !== block; current = current.parent) {
    if (jump.label) {
      if (current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === jump.label.name) return true;
    } else if (LOOP_TYPES.has(current.type) || (jump.type === AST_NODE_TYPES.BreakStatement && current.type === AST_NODE_TYPES.SwitchStatement)) {
      return true;
    }
  }
  return false;
}

/** The awaits, yields and `for await` loops of a function's own body (not of nested functions), in source order. */
function waitsOf(body: TSESTree.Node): TSESTree.Node[] {
  const waits: TSESTree.Node[] = [];
  const stack: TSESTree.Node[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    if (node !== body && isFunctionNode(node)) continue;
    if (node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression || (node.type === AST_NODE_TYPES.ForOfStatement && node.await)) waits.push(node);
    stack.push(...childNodes(node));
  }
  return waits.sort((a, b) => a.range[0] - b.range[0]);
}

function rootOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/**
 * The fix wrapping the statement where an error is thrown (`await c.x();`, `return await c.x();`,
 * a `for await` loop) in a try/catch that rethrows with `cause`; null for other positions.
 */
export function wrapInTryFix(thrownAt: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction | null {
  const parent = outermostWrapper(thrownAt).parent;
  const wrapped =
    thrownAt.type === AST_NODE_TYPES.ForOfStatement
      ? thrownAt
      : parent?.type === AST_NODE_TYPES.ExpressionStatement || parent?.type === AST_NODE_TYPES.ReturnStatement
        ? parent
        : null;
  if (!wrapped) return null;
  const fn = enclosingFunction(wrapped);
  const name = fn ? (functionName(fn) ?? 'operation') : 'operation';
  const indent = ' '.repeat(wrapped.loc.start.column);
  const body = sourceCode.getText(wrapped).replaceAll('\n', '\n  ');
  return (fixer) =>
    fixer.replaceText(
      wrapped,
      `try {\n${indent}  ${body}\n${indent}} catch (error) {\n${indent}  throw new Error('${name} failed', { cause: error });\n${indent}}`,
    );
}

/** How the statements after one in its block end: a `throw` first, a way out first, or neither. */
type BlockEnd = 'leave' | 'none' | 'throw';

/**
 * Whether what runs after `statement` completes normally always throws: a `throw` in its block
 * before any statement that could leave some other way (`return`, `break`, `continue`, outside
 * nested functions), or — at the end of a loop's or an `if`'s block — after that loop or `if`.
 * `cache` keeps each block's answers, computed in one pass (a block of many handlers asks often).
 */
function throwsAfter(statement: TSESTree.Node, cache: Map<TSESTree.Node, readonly BlockEnd[]>): boolean {
  let current = statement;
  for (let depth = 0; depth < 16; depth++) {
    const block = current.parent;
    const siblings = block?.type === AST_NODE_TYPES.BlockStatement ? block.body : block?.type === AST_NODE_TYPES.SwitchCase ? block.consequent : null;
    if (!siblings || !block) return false;
    let ends = cache.get(block);
    if (!ends) {
      const computed: BlockEnd[] = new Array<BlockEnd>(siblings.length);
      let after: BlockEnd = 'none';
      for (let i = siblings.length - 1; i >= 0; i--) {
        computed[i] = after;
        const sibling = siblings[i] as TSESTree.Statement;
        if (sibling.type === AST_NODE_TYPES.ThrowStatement) after = 'throw';
        else if (leavesSomehow(sibling)) after = 'leave';
      }
      ends = computed;
      cache.set(block, ends);
    }
    const end = ends[siblings.indexOf(current as TSESTree.Statement)];
    if (end !== 'none') return end === 'throw';
    // The end of the block: on to what follows the loop or `if` it is the body of.
    const owner = block.parent;
    if (!owner || !(LOOP_TYPES.has(owner.type) || owner.type === AST_NODE_TYPES.IfStatement)) return false;
    current = owner;
  }
  return false;
}

/** Whether a statement holds a `return`, `break` or `continue` of its own (not in a nested function). */
function leavesSomehow(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ReturnStatement || node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) return true;
  if (isFunctionNode(node)) return false;
  return childNodes(node).some(leavesSomehow);
}

/** The fix documenting `@throws` on a function: a line in its doc comment, or a new doc comment. */
export function throwsDocFix(fn: FunctionNode, callText: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.ReportFixFunction {
  const documented = documentedNode(fn);
  const indent = ' '.repeat(documented.loc.start.column);
  const line = `@throws when \`${callText}\` fails.`;
  const comment = docCommentOf(fn, sourceCode);
  // Inside a line (`return (x) => ...`, an argument), a line break would end a `return`: the
  // comment stays on the line.
  const lineStart = sourceCode.text.lastIndexOf('\n', documented.range[0] - 1) + 1;
  const inLine = sourceCode.text.slice(lineStart, (comment ?? documented).range[0]).trim() !== '';
  if (inLine && comment && !comment.value.includes('\n')) {
    const text = comment.value.replace(/^\*\s*/u, '').trimEnd();
    return (fixer) => fixer.replaceText(comment, `/** ${text} ${line} */`);
  }
  if (comment?.value.includes('\n')) {
    // Before the closing line of a multi-line doc comment.
    const close = comment.range[1] - 2;
    const lineStart = sourceCode.text.lastIndexOf('\n', close - 1) + 1;
    return (fixer) => fixer.insertTextBeforeRange([lineStart, lineStart], `${indent} * ${line}\n`);
  }
  if (comment) {
    // trimEnd, not /\s*$/: that pattern retries at every space of a long run (quadratic).
    const text = comment.value.replace(/^\*\s*/u, '').trimEnd();
    return (fixer) => fixer.replaceText(comment, `/**\n${indent} * ${text}\n${indent} * ${line}\n${indent} */`);
  }
  if (inLine) return (fixer) => fixer.insertTextBefore(documented, `/** ${line} */ `);
  return (fixer) => fixer.insertTextBefore(documented, `/**\n${indent} * ${line}\n${indent} */\n${indent}`);
}
