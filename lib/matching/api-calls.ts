/**
 * Which call reaches a remote API: the calls whose errors no-unhandled-api-errors follows.
 *
 * Built in, by name: a call whose receiver chain has a segment that is exactly (any case)
 * `ironic`, `client`, `api`, `sdk`, `baremetal`, `conn` or `connection`, or whose last word is
 * `client`, `api` or `sdk` (`this.ironicClient.getNode`, `getBalenaSdk().models`), through aliases; the global `fetch()`;
 * and the requests of HTTP client packages by their import (axios, got, ky, node-fetch, undici).
 * `clientRegistry`, `apiVersion` and `connPool` are not. With type information: a method declared
 * on a class or interface whose name's last word is Client, Api, Sdk, Connection or Proxy, and a
 * function documented `@throws` in the project's own files or in a configured package (the
 * default library and @types/node document `@throws` on JSON.parse and path.join: not API calls);
 * `match` tells calls named by an `apiCalls` name pattern from those inferred (from the built-in
 * names, declarations and types, and declaration specifiers). A client-like name on a receiver
 * declared with a Homebridge type (`api: API`) is not evidence: that API is local.
 * A log call is never an API call, nor is an EventEmitter method (`client.on('error', ...)`)
 * unless a name pattern spells that method out. Options and settings add matchers, replace the built-in
 * recognition, or exempt calls (`ignore`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

import type { AccessPath } from './access-path.js';
import type { FunctionNode } from './ast.js';
import { enclosingFunction, functionReturning, importedNames, isFunctionNode, outermostWrapper, staticPropertyName, stringLiteralValue, unwrapExpression } from './ast.js';
import type { CallMatcherSpec, CallSite } from './call-matcher.js';
import type { CallSites } from './call-site.js';
import type { LoggerMatcher } from './loggers.js';
import type { TypeInfo } from './type-info.js';
import { headWords, lastWord, splitWords } from '../words.js';
import { CallMatcher } from './call-matcher.js';
import {
  isCallbackClientMethod,
  isCallbackClientPromiseMethod,
  isDeclaredFrom,
  isDeclaredFromLocalPackage,
  isDriverSynchronousMember,
  isFromHostPackage,
  isWebSocketTypedMethod,
  receiverTypePackage,
  writtenReceiverType,
} from './local-packages.js';
import { calleeDeclarations, calleeSymbol, containerName, declarationOrigin, hasJSDocTag, isDefaultLibrarySymbol, knownTypeOf, skipWrappers } from './type-info.js';

export const CLIENT_SEGMENTS: ReadonlySet<string> = new Set(['ironic', 'client', 'api', 'sdk', 'baremetal', 'conn', 'connection']);
export const CLIENT_LAST_WORDS: ReadonlySet<string> = new Set(['client', 'api', 'sdk']);
const CLIENT_TYPE_WORDS: ReadonlySet<string> = new Set(['client', 'api', 'sdk', 'connection', 'proxy']);
const CONFIGURATION_WORDS: ReadonlySet<string> = new Set(['options', 'opts', 'config', 'configuration', 'defaults', 'utils', 'util', 'helpers', 'interceptors', 'middlewarestack', 'schema']);
/** Methods of a local collection under a client (`sdk.interceptors.push(i)`), not of its API. */
const COLLECTION_METHODS: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'includes', 'indexOf', 'lastIndexOf', 'forEach', 'join', 'slice', 'concat', 'at', 'some', 'every', 'reduce', 'flat', 'flatMap', 'sort', 'toSorted', 'toReversed', 'toSpliced']);
/**
 * Parts of a client object that are the process it runs in or the terminal it talks to, not the
 * remote side (`client.argv.slice(2)`, `client.stdout.write(...)`, a CLI's `client.input.confirm(...)`).
 */
const PROCESS_SEGMENTS: ReadonlySet<string> = new Set(['argv', 'env', 'stdout', 'stderr', 'stdin', 'cwd', 'input', 'prompt']);
/** A block tag, as TypeScript reads one: `@throws` at a line's start (after its `*`) or after a space (not `*@throws*`, `x@throws`). */
const THROWS_TAG = /(?:^[ \t]*\*?[ \t]*|[ \t])@(?:throws|rejects|exception)\b/mu;
/** A code span (`` `@throws` ``, ``` ``@throws`` ```): text, not a tag. */
const CODE_SPAN = /(`+)[^`]*?\1/gu;
/** EventEmitter and EventTarget methods: a client's event wiring is local and synchronous, not a call to its API. */
const EMITTER_METHODS: ReadonlySet<string> = new Set([
  // Prisma's client: `client.$on('query', log)`, as an emitter's `on`.
  '$on',
  'addEventListener',
  'removeEventListener',
  'dispatchEvent',
  'on',
  'once',
  'off',
  'addListener',
  'prependListener',
  'prependOnceListener',
  'removeListener',
  'removeAllListeners',
  'emit',
  'listeners',
  'listenerCount',
  'setMaxListeners',
  'getMaxListeners',
  'eventNames',
]);

export interface ApiCallMatcherOptions {
  readonly extra: readonly CallMatcherSpec[];
  readonly ignore: readonly CallMatcherSpec[];
  readonly builtIn: boolean;
  /** Packages whose `@throws`-documented functions are API calls. */
  readonly throwsPackages: readonly string[];
  readonly loggers: LoggerMatcher;
}

export class ApiCallMatcher {
  readonly #extra: CallMatcher;
  /** The extra matchers that spell a call result (or are regular expressions or declarations), and the others. */
  readonly #extraResults: CallMatcher;
  readonly #extraPlain: CallMatcher;
  /** The extra matchers that name an EventEmitter method outright (`this.bus.emit`). */
  readonly #extraEmitters: CallMatcher;
  readonly #ignore: CallMatcher;
  readonly #builtIn: boolean;
  readonly #throwsPackages: ReadonlySet<string>;
  readonly #loggers: LoggerMatcher;
  /** Weak: one matcher serves every file and program of a configuration (see perConfig). */
  readonly #byDeclaration = new WeakMap<ts.Declaration, boolean>();
  /** Weak: per declaration of a project function, whether its body catches every failure (see catchesEverything). */
  readonly #neverRejects = new WeakMap<ts.Declaration, boolean>();
  /** Weak: per file's import table, whether it imports a mocking package. */
  readonly #mockingImports = new WeakMap<ReadonlyMap<string, string>, boolean>();

  constructor(options: ApiCallMatcherOptions) {
    // A pattern that spells no call result (`balena.**`) names the client's methods, not those of
    // what they return (`balena.models.application.getAll().map`): see withoutReturnedValues.
    this.#extra = new CallMatcher(options.extra, 'apiCalls');
    this.#extraResults = new CallMatcher(options.extra.filter((spec) => spellsCallResult(spec)), 'apiCalls');
    this.#extraPlain = new CallMatcher(options.extra.filter((spec) => !spellsCallResult(spec)), 'apiCalls');
    this.#extraEmitters = new CallMatcher(options.extra.filter(namesEmitterMethod), 'apiCalls');
    this.#ignore = new CallMatcher(options.ignore, 'ignore');
    this.#builtIn = options.builtIn;
    this.#throwsPackages = new Set(options.throwsPackages);
    this.#loggers = options.loggers;
  }

  /** Whether a call is an API call. */
  matches(site: CallSite, info: TypeInfo | null): boolean {
    return this.match(site, info) !== null;
  }

  /**
   * How a call is an API call: `named` by an `apiCalls` name pattern, or `inferred` from names,
   * declarations and types (a rule may want more evidence for those); null when it is not one.
   */
  match(written: CallSite, info: TypeInfo | null): 'inferred' | 'named' | null {
    // `executeGetNodeClient.call(this, id)`: the function called, not a method `call` of a client.
    const invoked = invokedFunctionPaths(written);
    const site = invoked ? { ...written, calleePaths: invoked } : written;
    if (!this.#ignore.isEmpty && this.#ignore.matches(site, info)) return null;
    if (this.#loggers.match(site, info)) return null;
    if (isPromiseMethodCall(site) || isBindCall(site) || isTestDoubleCall(site) || (!info && isArrayCallbackCall(site)) || site.calleePaths.some((path) => isMockPath(path, site.node, this.#mockingImports))) return null;
    if (isEmitterCall(site)) return !this.#extraEmitters.isEmpty && this.#extraEmitters.matches(site, info) ? 'named' : null;
    if (!this.#extraResults.isEmpty && this.#extraResults.matchesPaths(site.calleePaths)) return 'named';
    if (!this.#extraPlain.isEmpty && this.#extraPlain.matchesPaths(withoutReturnedValues(site.calleePaths))) return 'named';
    if (info && this.#extra.matchesDeclaration(site.node, info)) return 'inferred';
    if (!this.#builtIn) return null;
    if (!info && isHandlerRegistration(site)) return null;
    const inferred = this.#inferred(site, info);
    // With types, a method of the project whose body catches every failure is no API call, whatever its receiver is called.
    if (inferred && info && this.#declaredToCatchEverything(site, info)) return null;
    return inferred;
  }

  /** The built-in inference from names, imports, written types and declarations. */
  #inferred(site: CallSite, info: TypeInfo | null): 'inferred' | null {
    // The host platform a plugin runs under (`import sdk from '@scrypted/sdk'`), by any alias.
    if (site.calleePaths.some(isFromHostPackage)) return null;
    // What an insights or telemetry object holds (`appInsights.client.trackEvent(...)`, also from a
    // project's wrapper package, `@logto/app-insights`), by any of its paths; tRPC's cache helpers
    // (`const utils = trpc.useUtils(); utils.api.nodes.invalidate()`), the query cache here.
    if (site.calleePaths.some((path) => isInsightsRoot(path) || isTrpcCacheHelper(path))) return null;
    // Names that say a call gives no promise decide only where types do not (untyped, or `any`): a
    // type known to be a promise (an async `send` of a JSON-RPC socket class) says otherwise. Asked
    // of the checker only once a name has said so.
    let typesSayNothing: boolean | undefined;
    const byName = (): boolean => (typesSayNothing ??= info === null || knownTypeOf(info, site.node) === undefined);
    // A record a model's lookup gave back, kept under a client's name (`const client = await
    // provider.Client.find(id); client.redirectUriAllowed(uri)`): a method of a returned value.
    if (site.calleePaths.some(isFetchedRecordPath) && byName()) return null;
    // A value the platform's own constructors make (`const api = new Map(); api.set(k, v)`).
    if (site.calleePaths.some(isMadeByPlainBuiltIn)) return null;
    // A callback-style method of an event-based client (MQTT.js's `client.subscribe(topic)`).
    const method = site.calleePaths[0]?.names.at(-1) ?? null;
    if (method !== null && site.calleePaths.some((path) => isCallbackClientMethod(path, site.node, method) || isDriverSynchronousMember(path, site.node, method))) return null;
    // A socket's method on a receiver whose written type is named as a WebSocket (`client: WebSocketClient`).
    if (method !== null && site.calleePaths.some((path) => isWebSocketTypedMethod(path, site.node, method)) && byName()) return null;
    // Its promise methods are API calls by their package (`await connectAsync(url)`).
    if (method !== null && site.calleePaths.some((path) => isCallbackClientPromiseMethod(path, method))) return 'inferred';
    // A request of an HTTP client package (`axios.get(url)`, `got(url)`, an `axios.create()` instance's `post`).
    if (site.calleePaths.some(isHttpRequestPath)) return 'inferred';
    // Its other members, of the package or an instance, whatever the receiver is called (`this.api.getUri(config)`, `api.interceptors.request.use(f)`).
    if (site.calleePaths.some(isHttpClientLocalPath)) return null;
    // A method of a remote API's SDK object, whatever it is called (`const octokit = new Octokit()`,
    // `getOctokit(token)`, `new Docker()`): `octokit.rest.pulls.get(...)`, `docker.listContainers()`.
    if (site.calleePaths.some(isRemoteSdkPath) || site.calleePaths.some(isGoogleApiRequest) || site.calleePaths.some(isFluentKubernetesRequest) || site.calleePaths.some(isKubernetesClientRequest) || site.calleePaths.some((path) => isN8nRequest(path, site.node))) return 'inferred';
    // A receiver written with such an SDK's type (`octokit: Octokit`, `type GH = ReturnType<typeof getOctokit>`).
    if (site.calleePaths.some((path) => isRemoteSdkTypedPath(path, site.node))) return 'inferred';
    // A query cache's mutation object (`updateSettingsMutation.mutate(values)`, TanStack Query's
    // `useMutation()`): `mutate` returns nothing and hands a failure to the mutation's `onError`.
    if (method === 'mutate' && site.calleePaths.some((path) => isMutationObjectName(path.names.at(-2) ?? '')) && byName()) return null;
    // A setter of the client's own configuration whose value nothing uses (`client.setApiKey(key);`,
    // `oAuth2Client.setCredentials(tokens);`, `this.hubspotClient.setAccessToken(token);`): it keeps what it is given.
    if (method !== null && isConfigurationSetter(method) && isValueUnused(site.node) && byName()) return null;
    // VS Code's webview host by any of its paths, also kept under a client's name (`const api = window.__appVsCodeApi`).
    if (site.calleePaths.some((path) => path.names.slice(0, -1).some(isWebviewHostName))) return null;
    // Awaited, chained on or returned from an async function, a method named like a hook is no hook
    // (`await client.useContext(o)`); asked only of a call named so.
    const awaited = site.calleePaths.some((path) => HOOK_NAME.test(path.names.at(-1) ?? '')) && (isAwaitedOrChained(site.node) || functionReturning(outermostWrapper(site.node))?.async === true);
    // A receiver written with a local package's type decides, by whichever of its paths
    // (`this.hap`, declared `HAP` from homebridge, holds `camera.platform.api.hap`).
    if (site.calleePaths.some((path) => isClientPath(path, awaited))) return site.calleePaths.some((path) => isDeclaredFromLocalPackage(path, site.node)) ? null : 'inferred';
    // A receiver declared with a client type (`balena: BalenaSDK`), whatever its own name: the
    // written type read as the receiver's name, with the same exclusions.
    for (const path of site.calleePaths) {
      const receiverIndex = path.root.kind === 'this' ? 1 : 0;
      if (path.names.length < receiverIndex + 2 || (path.root.kind !== 'variable' && path.root.kind !== 'this')) continue;
      // Without types, a client class's own synchronous methods (`client1.stopClient()`) look the
      // same: the call must be awaited or chained on, as only a promise is.
      if (!isAwaitedOrChained(site.node)) continue;
      const type = writtenReceiverType(path, site.node);
      if (type === null || !isClientName(type)) continue;
      const names = [...path.names];
      names[receiverIndex] = type;
      if (isClientPath({ ...path, names }, true) && !isDeclaredFromLocalPackage(path, site.node)) return 'inferred';
    }
    return info !== null && this.#matchesByDeclaration(site, info) ? 'inferred' : null;
  }

  /**
   * Whether a call is in a callback a mocking package records rather than runs against a client
   * (`client.setup((o) => o.doAction(id))`, `client.verify((o) => o.doAction(id), Times.Once())`).
   */
  isRecordedByMock(call: TSESTree.CallExpression, sites: CallSites): boolean {
    const fn = enclosingFunction(call);
    const owner = fn?.parent;
    if (owner?.type !== AST_NODE_TYPES.CallExpression || !owner.arguments.includes(fn as TSESTree.CallExpressionArgument)) return false;
    const method = owner.callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(owner.callee) : null;
    return (method === 'setup' || method === 'verify') && sites.of(owner).calleePaths.some((path) => isMockPath(path, owner, this.#mockingImports));
  }

  #matchesByDeclaration(site: CallSite, info: TypeInfo): boolean {
    // A global of the default library called by name (`String(x)`, `Number(x)`, `setTimeout`) is
    // never a client's: no need to resolve its signature, which type-checks the arguments.
    if (site.node.callee.type === AST_NODE_TYPES.Identifier && isDefaultLibrarySymbol(info, calleeSymbol(info, site.node.callee))) return false;
    const { declarations } = calleeDeclarations(info, site.node);
    const [first] = declarations;
    if (!first) return false;
    let result = this.#byDeclaration.get(first);
    if (result === undefined) {
      result = declarations.some((declaration) => this.#isApiDeclaration(info, declaration));
      this.#byDeclaration.set(first, result);
    }
    // A method a client type inherits (`interface IronicClient extends NodeOps`, `class ChassisClient
    // extends HttpBase`): called on a value of the client type, it is the client's.
    return result || (declarations.some((declaration) => info.ts.isFunctionLike(declaration) && !isCallbackSlot(info, declaration)) && this.#hasClientReceiver(site, info));
  }

  /**
   * Whether a method call's receiver is of a type named like a client, declared outside the default
   * library: `client.getNode(id)`, `client.getNode.call(client, id)`, or a method taken off the
   * client first (`const get = client.getNode`, `const { getNode } = client`, `.bind(client)`).
   */
  #hasClientReceiver(site: CallSite, info: TypeInfo): boolean {
    const type = receiverType(site.node, info);
    return type !== undefined && isClientType(type, info, 0);
  }

  /**
   * A call of a method of the project whose body catches every failure (`async listRepos() { try {
   * ... } catch (e) { log(e) } return ret; }`): its callers get a value, never the API's error.
   */
  #declaredToCatchEverything(site: CallSite, info: TypeInfo): boolean {
    const { declarations } = calleeDeclarations(info, site.node);
    return declarations.length > 0 && declarations.every((declaration) => this.#catchesEverything(info, declaration));
  }

  #catchesEverything(info: TypeInfo, declaration: ts.Declaration): boolean {
    let result = this.#neverRejects.get(declaration);
    if (result === undefined) {
      result = declarationOrigin(info, declaration).kind === 'file' && !declaration.getSourceFile().isDeclarationFile && catchesEverything(info.ts, declaration);
      this.#neverRejects.set(declaration, result);
    }
    return result;
  }

  #isApiDeclaration(info: TypeInfo, declaration: ts.Declaration): boolean {
    if (isCallbackSlot(info, declaration)) return false;
    const container = containerName(info, declaration);
    // The default library's own classes (`RTCPeerConnection`) are the platform, not a remote API's client.
    if (container !== null && isClientTypeName(container)) return declarationOrigin(info, declaration).kind !== 'lib';
    if (!hasJSDocTag(info, declaration, ['throws', 'exception', 'rejects'])) return false;
    const origin = declarationOrigin(info, declaration);
    if (origin.kind === 'file') return true;
    return origin.kind === 'package' && this.#throwsPackages.has(origin.packageName);
  }
}

/**
 * With types, whether the function a call calls, declared in another file of the project, returns
 * a function that runs the callback it is given at `position` only awaited inside tries whose catch
 * neither throws nor rejects and does something (a command wrapper's factory: `cloudAction(fn)`
 * returning `async (...args) => { try { await fn(client, ...args) } catch (e) { print(e);
 * process.exit(1) } }`): the callback's errors are handled there.
 */
export function runsCallbackInCatchingTry(info: TypeInfo, call: TSESTree.CallExpression, position: number, cache: WeakMap<object, Map<number, boolean>>): boolean {
  const { declarations } = calleeDeclarations(info, call);
  const [declaration] = declarations;
  if (declarations.length !== 1 || !declaration || declarationOrigin(info, declaration).kind !== 'file' || declaration.getSourceFile().isDeclarationFile) return false;
  // Once per factory and position: a command file calls its wrapper at every command.
  let byPosition = cache.get(declaration);
  if (!byPosition) {
    byPosition = new Map();
    cache.set(declaration, byPosition);
  }
  let verdict = byPosition.get(position);
  if (verdict === undefined) {
    verdict = factoryRunsCallbackInCatchingTry(info.ts, declaration, position);
    byPosition.set(position, verdict);
  }
  return verdict;
}

function factoryRunsCallbackInCatchingTry(typescript: typeof ts, declaration: ts.Declaration, position: number): boolean {
  let factory: ts.Node = declaration;
  if (typescript.isVariableDeclaration(declaration) && declaration.initializer) factory = skipWrappers(typescript, declaration.initializer);
  if (!typescript.isFunctionDeclaration(factory) && !typescript.isFunctionExpression(factory) && !typescript.isArrowFunction(factory)) return false;
  const parameter = factory.parameters[position];
  const body = factory.body;
  if (!parameter || !typescript.isIdentifier(parameter.name) || !body) return false;
  const name = parameter.name.text;
  // What the factory returns: its expression body, or the value of each `return` of its own.
  const returned: ts.Expression[] = [];
  if (!typescript.isBlock(body)) returned.push(body);
  else {
    const visit = (node: ts.Node): void => {
      if (typescript.isReturnStatement(node) && node.expression) returned.push(node.expression);
      if (!typescript.isFunctionLike(node)) typescript.forEachChild(node, visit);
    };
    typescript.forEachChild(body, visit);
  }
  const runners = returned.map((value) => skipWrappers(typescript, value));
  if (runners.length === 0 || !runners.every((runner) => typescript.isArrowFunction(runner) || typescript.isFunctionExpression(runner))) return false;
  let calls = 0;
  let handled = true;
  const inspect = (node: ts.Node): void => {
    if (typescript.isIdentifier(node) && node.text === name) {
      // Called, awaited in a catching try; used any other way (`ids.map(fn)`, `.then(fn)`), it may run elsewhere.
      const call = node.parent;
      if (typescript.isCallExpression(call) && call.expression === node) {
        calls++;
        if (!isAwaitedInCatchingTry(typescript, call)) handled = false;
      } else if (!(typescript.isParameter(call) && call.name === node)) handled = false;
    }
    typescript.forEachChild(node, inspect);
  };
  for (const runner of runners) inspect(runner);
  return calls > 0 && handled;
}

/** Whether a block calls something (reports or logs, exits): `return;` or `void e` alone drop the error. */
function callsSomething(typescript: typeof ts, block: ts.Node): boolean {
  const visit = (node: ts.Node): boolean => typescript.isCallExpression(node) || (!typescript.isFunctionLike(node) && typescript.forEachChild(node, visit) === true);
  return typescript.forEachChild(block, visit) === true;
}

/** An awaited call inside the block of a try, within its function, whose catch neither throws nor rejects and does something. */
function isAwaitedInCatchingTry(typescript: typeof ts, call: ts.CallExpression): boolean {
  let awaited: ts.Node = call;
  while (typescript.isParenthesizedExpression(awaited.parent)) awaited = awaited.parent;
  if (!typescript.isAwaitExpression(awaited.parent)) return false;
  for (let child: ts.Node = awaited.parent, current = child.parent; !typescript.isFunctionLike(current); child = current, current = current.parent) {
    if (typescript.isTryStatement(current) && current.tryBlock === child) {
      const handler = current.catchClause;
      return handler !== undefined && callsSomething(typescript, handler.block) && !mayFail(typescript, handler.block, true) && !(current.finallyBlock && mayFail(typescript, current.finallyBlock, true));
    }
    if (typescript.isSourceFile(current)) return false;
  }
  return false;
}

/**
 * Whether a function's body (TypeScript's tree) can neither throw nor reject: every statement is a
 * `try` with a `catch` that neither throws nor rejects (nor does its `finally`), a block or an `if`
 * (whose test cannot fail) made of such statements, or does nothing that can fail (no call but a
 * string's or array's reading method, no `new`, `await`, `yield` or `throw`: `const ret = []`,
 * `const name = config.trim()`, `return ret`), and one `try` at least.
 */
function catchesEverything(typescript: typeof ts, declaration: ts.Declaration): boolean {
  if (!typescript.isFunctionLike(declaration)) return false;
  const body = (declaration as ts.FunctionLikeDeclarationBase).body;
  if (!body || !typescript.isBlock(body)) return false;
  return statementsCatchEverything(typescript, body.statements, 0) === 'guarded';
}

/** Whether statements can neither throw nor reject (see catchesEverything): 'guarded' when a `try` makes it so, 'safe' when nothing can fail. */
function statementsCatchEverything(typescript: typeof ts, statements: readonly ts.Statement[], depth: number): 'guarded' | 'safe' | false {
  let guarded = false;
  for (const statement of statements) {
    let verdict: 'guarded' | 'safe' | false;
    if (typescript.isTryStatement(statement) && statement.catchClause) {
      verdict = mayFail(typescript, statement.catchClause.block, true) || (statement.finallyBlock && mayFail(typescript, statement.finallyBlock, true)) ? false : 'guarded';
    } else if (typescript.isBlock(statement) && depth < MAX_GUARD_DEPTH) {
      verdict = statementsCatchEverything(typescript, statement.statements, depth + 1);
    } else if (typescript.isIfStatement(statement) && depth < MAX_GUARD_DEPTH && !mayFail(typescript, statement.expression, false)) {
      // `if (this.connected) { try { ... } catch { ... } } return {}`: a test that cannot fail, and branches that catch everything.
      const branches = [statement.thenStatement, ...(statement.elseStatement ? [statement.elseStatement] : [])];
      const verdicts = branches.map((branch) => statementsCatchEverything(typescript, typescript.isBlock(branch) ? branch.statements : [branch], depth + 1));
      verdict = verdicts.includes(false) ? false : verdicts.includes('guarded') ? 'guarded' : 'safe';
    } else {
      verdict = mayFail(typescript, statement, false) ? false : 'safe';
    }
    if (verdict === false) return false;
    if (verdict === 'guarded') guarded = true;
  }
  return guarded ? 'guarded' : 'safe';
}

/** How deep blocks and `if` statements are followed for a body that catches every failure. */
const MAX_GUARD_DEPTH = 8;

/** Methods of strings and arrays that read their receiver and make a new value (no request, no callback). */
const READING_METHODS: ReadonlySet<string> = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toString', 'slice', 'substring', 'split', 'includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'join', 'concat', 'padStart', 'padEnd', 'at', 'charAt']);

/**
 * Whether code may throw or reject: a `throw`, a call of `reject`; and, unless `callsAllowed`
 * (a catch block, whose calls log or clean up), any call, `new`, `await` or `yield`. Nested
 * functions are not run here.
 */
function mayFail(typescript: typeof ts, node: ts.Node, callsAllowed: boolean): boolean {
  if (typescript.isFunctionLike(node) || typescript.isClassLike(node)) return false;
  if (typescript.isThrowStatement(node)) return true;
  if (typescript.isCallExpression(node)) {
    const callee = node.expression;
    const name = typescript.isPropertyAccessExpression(callee) ? callee.name.text : typescript.isIdentifier(callee) ? callee.text : '';
    // A string's or array's own method that only reads it (`config.trim()`) fails no request.
    if (name === 'reject' || (!callsAllowed && !(typescript.isPropertyAccessExpression(callee) && READING_METHODS.has(name)))) return true;
  }
  if (!callsAllowed && (typescript.isNewExpression(node) || typescript.isAwaitExpression(node) || typescript.isYieldExpression(node))) return true;
  return typescript.forEachChild(node, (child) => (mayFail(typescript, child, callsAllowed) ? true : undefined)) === true;
}

/**
 * A function type written on a class field or as a type argument (`private onConnected?: () =>
 * Promise<void>`, `new Map<number, (report: Report) => Promise<void>>()`): a slot for a callback its
 * owner is given, not a method of the owner. One written on an interface or type literal member is
 * a method's signature (`getNode: (id: string) => Promise<Node>`).
 */
function isCallbackSlot(info: TypeInfo, declaration: ts.Declaration): boolean {
  const typescript = info.ts;
  if (!typescript.isFunctionTypeNode(declaration)) return false;
  let current: ts.Node = declaration;
  while (typescript.isParenthesizedTypeNode(current.parent) || typescript.isUnionTypeNode(current.parent)) current = current.parent;
  const holder = current.parent;
  return (
    typescript.isPropertyDeclaration(holder) ||
    typescript.isParameter(holder) ||
    typescript.isTypeReferenceNode(holder) ||
    typescript.isExpressionWithTypeArguments(holder) ||
    ((typescript.isNewExpression(holder) || typescript.isCallExpression(holder)) && (holder.typeArguments?.some((argument) => argument === current) ?? false))
  );
}

/** The default library's views of a type (`Readonly<NodeClient>`, `Pick<NodeClient, 'getNode'>`): the type they show. */
const TYPE_VIEWS: ReadonlySet<string> = new Set(['Readonly', 'Partial', 'Required', 'Pick', 'Omit', 'NonNullable']);

/**
 * A type named like a client, declared outside the default library; or one derived from such a
 * type: a type parameter by its constraint (`T extends NodeClient`), an intersection by a member
 * (`NodeClient & Extra`), a default-library view of one (`Readonly<NodeClient>`).
 */
function isClientType(type: ts.Type, info: TypeInfo, depth: number): boolean {
  if (depth > 4) return false;
  if (type.isIntersection()) return type.types.some((member) => isClientType(member, info, depth + 1));
  if (type.getFlags() & info.ts.TypeFlags.TypeParameter) {
    const constraint = info.checker.getBaseConstraintOfType(type);
    return constraint !== undefined && constraint !== type && isClientType(constraint, info, depth + 1);
  }
  const alias = type.aliasSymbol;
  const [viewed] = type.aliasTypeArguments ?? [];
  if (alias && viewed && TYPE_VIEWS.has(alias.getName()) && (alias.getDeclarations() ?? []).every((declaration) => declarationOrigin(info, declaration).kind === 'lib')) {
    return isClientType(viewed, info, depth + 1);
  }
  const symbol = alias ?? type.getSymbol();
  if (!symbol || !isClientTypeName(symbol.getName())) return false;
  const declarations = symbol.getDeclarations() ?? [];
  // A module's namespace (`await import('./api.js')`) is named after its file, not a client, as a namespace import is.
  return declarations.length > 0 && declarations.every((declaration) => !info.ts.isSourceFile(declaration) && declarationOrigin(info, declaration).kind !== 'lib');
}

/** The type of the value a call's method was taken from, or undefined when the call names no receiver. */
function receiverType(call: CallSite['node'], info: TypeInfo): ts.Type | undefined {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = callee.object;
    const forwarding = !callee.computed && callee.property.type === AST_NODE_TYPES.Identifier && (callee.property.name === 'call' || callee.property.name === 'apply');
    if (!forwarding) return info.typeOf(method);
    // `client.getNode.call(client, id)`: the object the method is read from; `get.call(client)`:
    // the alias's origin, else the `this` the call passes.
    if (method.type === AST_NODE_TYPES.MemberExpression) return info.typeOf(method.object);
    const [thisArgument] = call.arguments;
    const origin = method.type === AST_NODE_TYPES.Identifier ? aliasOrigin(method, info) : undefined;
    return origin ?? (thisArgument && thisArgument.type !== AST_NODE_TYPES.SpreadElement ? info.typeOf(thisArgument) : undefined);
  }
  return callee.type === AST_NODE_TYPES.Identifier ? aliasOrigin(callee, info) : undefined;
}

/**
 * The type of the object a variable's function was taken from: `const get = client.getNode`,
 * `const get = client.getNode.bind(client)`, `const { getNode } = client`.
 */
function aliasOrigin(identifier: TSESTree.Identifier, info: TypeInfo): ts.Type | undefined {
  const { ts: typescript, checker } = info;
  const node = info.tsNode(identifier);
  if (!node) return undefined;
  let declaration: ts.Declaration | undefined;
  try {
    declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
  } catch {
    return undefined;
  }
  if (!declaration) return undefined;
  const typeAt = (expression: ts.Expression): ts.Type | undefined => {
    try {
      return checker.getTypeAtLocation(expression);
    } catch {
      return undefined;
    }
  };
  if (typescript.isBindingElement(declaration)) {
    const pattern = declaration.parent;
    const holder = pattern.parent;
    if (!typescript.isObjectBindingPattern(pattern) || !typescript.isVariableDeclaration(holder) || !holder.initializer) return undefined;
    return typeAt(skipWrappers(typescript, holder.initializer));
  }
  if (!typescript.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
  let initializer = skipWrappers(typescript, declaration.initializer);
  // `client.getNode.bind(client)`: the method bound.
  if (typescript.isCallExpression(initializer) && typescript.isPropertyAccessExpression(initializer.expression) && initializer.expression.name.text === 'bind') {
    initializer = skipWrappers(typescript, initializer.expression.expression);
  }
  return typescript.isPropertyAccessExpression(initializer) ? typeAt(initializer.expression) : undefined;
}

/** A class, interface, type or namespace name whose last word is Client, Api, Sdk, Connection or Proxy. */
function isClientTypeName(name: string): boolean {
  return CLIENT_TYPE_WORDS.has(lastWord(name));
}

/**
 * Whether a call's type says its result is a plain value: neither a promise (or a union with
 * one), nor an async iterable, nor `any`/`unknown`. JavaScript cannot wait on a remote API
 * synchronously, so such a call only touches local state.
 */
export function hasSynchronousResult(info: TypeInfo, call: CallSite['node']): boolean {
  const type = knownTypeOf(info, call);
  if (!type) return false;
  const parts = type.isUnion() ? type.types : [type];
  return !parts.some((part) => part.getProperty('then') !== undefined || part.getProperties().some((property) => property.getName().startsWith('__@asyncIterator')));
}

/**
 * Whether a call's type says its result is an async iterable and not a promise
 * (`listNodes(): AsyncIterable<Node>`): nothing runs, so nothing rejects, until it is iterated.
 */
export function hasLazyIterableResult(info: TypeInfo, call: CallSite['node']): boolean {
  const type = knownTypeOf(info, call);
  if (!type) return false;
  const parts = type.isUnion() ? type.types : [type];
  return parts.every((part) => part.getProperty('then') === undefined && part.getProperties().some((property) => property.getName().startsWith('__@asyncIterator')));
}

/** `.then`, `.catch`, `.finally`: chaining a promise is not calling an API (`this.connectToApi().catch(...)`). */
function isPromiseMethodCall(site: CallSite): boolean {
  const literal = site.calleePaths[0]?.names;
  const method = literal?.[literal.length - 1];
  return literal !== undefined && literal.length > 1 && (method === 'then' || method === 'catch' || method === 'finally');
}

/** `client.getNode.bind(client)`: makes a function, calls nothing (the call of what it made may be an API call). */
function isBindCall(site: CallSite): boolean {
  const literal = site.calleePaths[0]?.names;
  // Awaited or chained on, it is no function made (an LDAP client's `await client.bind(dn, password)`).
  return literal !== undefined && literal.length > 2 && literal[literal.length - 1] === 'bind' && !isAwaitedOrChained(site.node);
}

/**
 * Methods of test doubles (jest's and vitest's mock functions, sinon's stubs): they set up what a
 * fake returns, and call nothing remote (`(HttpClient as jest.Mock).mockImplementation(...)`,
 * `client.getNode.resolves(node)`).
 */
const TEST_DOUBLE_METHODS: ReadonlySet<string> = new Set([
  'mockImplementation',
  'mockImplementationOnce',
  'mockReturnValue',
  'mockReturnValueOnce',
  'mockResolvedValue',
  'mockResolvedValueOnce',
  'mockRejectedValue',
  'mockRejectedValueOnce',
  'mockReturnThis',
  'mockClear',
  'mockReset',
  'mockRestore',
  'mockName',
]);
/** sinon's, on a stubbed method (`client.getNode.resolves(node)`): a client's own method may have such a name. */
const STUB_METHODS: ReadonlySet<string> = new Set(['resolves', 'rejects', 'returns', 'callsFake', 'resolvesArg', 'returnsArg', 'callThrough']);

/**
 * Packages that make test doubles of a whole object (`new Mock<Client>()` of moq.ts, `mock(Client)`
 * of ts-mockito, `mock<Client>()` of jest-mock-extended): what is called on a double, or on what it
 * gives (`client.object()`, `client.setup(...)`, `instance(mocked).getNode()`), calls nothing remote.
 */
const MOCKING_PACKAGES: ReadonlySet<string> = new Set([
  'moq.ts',
  'typemoq',
  'ts-mockito',
  '@typestrong/ts-mockito',
  'jest-mock-extended',
  'vitest-mock-extended',
  '@fluffy-spoon/substitute',
  'strong-mock',
  'testdouble',
  'sinon',
  // `mockClient(STSClient)` of the AWS SDK v3: its `reset()`, `on(...)`, `resolves(...)`
  'aws-sdk-client-mock',
  // HTTP mocks: nock's scopes (`api.done()`), msw's handlers and links (`graphql.link(url).mutation(...)`), fetch-mock, axios-mock-adapter.
  'nock',
  'msw',
  'msw/node',
  'msw/browser',
  'fetch-mock',
  'axios-mock-adapter',
]);

/** Whether an access path starts at a mocking package (see MOCKING_PACKAGES). */
function isFromMockingPackage(path: AccessPath): boolean {
  return path.root.kind === 'module' && MOCKING_PACKAGES.has(path.root.module);
}

/** A path from a mocking package's import, or from a receiver whose written type is one of its types (`api: Mock<API>`). */
function isMockPath(path: AccessPath, call: TSESTree.Node, seen: WeakMap<ReadonlyMap<string, string>, boolean>): boolean {
  if (isFromMockingPackage(path)) return true;
  return importsMockingPackage(call, seen) && isDeclaredFrom(path, call, (module) => MOCKING_PACKAGES.has(module));
}

/** Whether the file imports a mocking package (kept per file's import table by `seen`: most files import none). */
function importsMockingPackage(node: TSESTree.Node, seen: WeakMap<ReadonlyMap<string, string>, boolean>): boolean {
  const imports = importedNames(node);
  let known = seen.get(imports);
  if (known === undefined) {
    known = [...imports.values()].some((module) => MOCKING_PACKAGES.has(module));
    seen.set(imports, known);
  }
  return known;
}

function isTestDoubleCall(site: CallSite): boolean {
  const literal = site.calleePaths[0]?.names;
  const method = literal?.[literal.length - 1];
  if (literal === undefined || method === undefined) return false;
  return (literal.length > 1 && TEST_DOUBLE_METHODS.has(method)) || (literal.length > 2 && STUB_METHODS.has(method));
}

/** `await call`, `for await (... of call)`, `call.then(...)`, `call.catch(...)`, `call.finally(...)`, through parentheses and assertions. */
function isAwaitedOrChained(call: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(call);
  const parent = wrapper.parent;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) return true;
  if (parent?.type === AST_NODE_TYPES.ForOfStatement && parent.await && parent.right === wrapper) return true;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === wrapper && ['then', 'catch', 'finally'].includes(staticPropertyName(parent) ?? '');
}

/** A name pattern that spells a call result (`getClient().**`), or a regular expression (its author's to decide). */
function spellsCallResult(spec: CallMatcherSpec): boolean {
  return typeof spec !== 'string' || spec.startsWith('/') || spec.includes('()');
}

/**
 * The paths that are not a method of a value a call returned inside the path (`balena.models.
 * application.getAll().map`); a path from a factory's result (`getBalenaSdk().models.device.get`) stays.
 */
function withoutReturnedValues(paths: readonly AccessPath[]): readonly AccessPath[] {
  return paths.filter((path) => !path.names.some((name, index) => index > 0 && index < path.names.length - 1 && name.endsWith('()')));
}

/** `client.on('event', ...)` and the other EventEmitter methods. */
function isEmitterCall(site: CallSite): boolean {
  const literal = site.calleePaths[0]?.names;
  const method = literal?.[literal.length - 1];
  return literal !== undefined && literal.length > 1 && method !== undefined && EMITTER_METHODS.has(method);
}

/** A method named `on` and a capital, or one that sets, adds or registers a handler (`setRequestHandler`, `addHandler`). */
const REGISTRATION_METHOD = /^(?:on[A-Z]|(?:set|add|register)(?:[A-Z]\w*)?Handler$)/u;

/** A web framework's routing methods: an HTTP verb, `use`, `all`, `route`. */
const ROUTE_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'all', 'use', 'route']);

/**
 * `router.get('/download', handler)`: a routing method given a route path first (`'/x'`, `'*'`),
 * written out, on a receiver that is no HTTP client's (`axios.create()`'s `api.post('/x', ...)` is a
 * request), and no node-style callback after it (`client.get('/nodes', (err, nodes) => ...)` is a request too).
 */
function isRouteRegistration(site: CallSite, method: string): boolean {
  if (!ROUTE_METHODS.has(method)) return false;
  const [first, ...rest] = site.node.arguments;
  const path = first ? stringLiteralValue(first) : null;
  if (path === null || !(path.startsWith('/') || path === '*')) return false;
  // A node-style callback takes its error first and at most two results (`(err, res, body)`); Express's
  // error middleware takes four (`(err, req, res, next)`), and is a route's handler.
  const takesError = rest.some((argument) => isFunctionNode(argument) && argument.params.length <= 3 && argument.params[0]?.type === AST_NODE_TYPES.Identifier && isErrorParameterName(argument.params[0].name));
  return !takesError && !site.calleePaths.some(isHttpRequestPath);
}

/** The names of a callback's first parameter that say it receives the error (`(err, data) => ...`). */
export const ERROR_PARAMETER_WORDS: ReadonlySet<string> = new Set(['er', 'err', 'error', 'ex', 'exc', 'exception']);

/** Those, or `e`: a route's handler is never written so (`(req, res) => ...`). */
function isErrorParameterName(name: string): boolean {
  return name === 'e' || ERROR_PARAMETER_WORDS.has(name);
}

/**
 * `connection.onInitialize(() => ...)`, `client.onNotification(type, handler)`, the MCP SDK's
 * `client.setNotificationHandler(schema, ...)`: a registration method (see REGISTRATION_METHOD) given
 * a function written in place registers it (returning nothing, or a way to unregister) — judged
 * without types only; with them, the type of its result decides.
 */
function isHandlerRegistration(site: CallSite): boolean {
  const literal = site.calleePaths[0]?.names;
  const method = literal?.[literal.length - 1];
  if (literal === undefined || literal.length < 2 || method === undefined || !(REGISTRATION_METHOD.test(method) || isRouteRegistration(site, method))) return false;
  // Awaited or returned, it is a request that happens to be named so (`await client.onDemandBackup(id, onProgress)`).
  const parent = outermostWrapper(site.node).parent;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression || parent?.type === AST_NODE_TYPES.ReturnStatement || parent?.type === AST_NODE_TYPES.MemberExpression) return false;
  return site.node.arguments.some((argument) => argument.type === AST_NODE_TYPES.ArrowFunctionExpression || argument.type === AST_NODE_TYPES.FunctionExpression);
}

/** A name pattern whose last segment is an EventEmitter method, written out. */
function namesEmitterMethod(spec: CallMatcherSpec): boolean {
  if (typeof spec !== 'string' || spec.startsWith('/')) return false;
  const last = spec.slice(spec.lastIndexOf('.') + 1);
  return EMITTER_METHODS.has(last);
}

/**
 * For `f.call(this, ...)`, `f.apply(null, args)`: the paths of `f`, the function invoked (a `this`
 * of `this`, `null` or `undefined` is Function's `call`, not an RPC client's `call('method', ...)`).
 */
function invokedFunctionPaths(site: CallSite): readonly AccessPath[] | null {
  const callee = site.node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return null;
  if (callee.property.name !== 'call' && callee.property.name !== 'apply') return null;
  const receiver = site.node.arguments[0];
  const bound = receiver ? unwrapExpression(receiver) : null;
  const isFunctionThis = bound !== null && (bound.type === AST_NODE_TYPES.ThisExpression || (bound.type === AST_NODE_TYPES.Literal && bound.value === null) || (bound.type === AST_NODE_TYPES.Identifier && bound.name === 'undefined'));
  if (!isFunctionThis) return null;
  return site.calleePaths.map((path) => ({ ...path, names: path.names.slice(0, -1) })).filter((path) => path.names.length > 0);
}

/**
 * Whether a callee path goes through a client-like receiver, or is the global fetch. A method
 * called on what an API call returned (`client.x().then(...)`, `client.list().map(...)`) is not
 * an API call itself: a call result after the last client-like segment means a returned value.
 * Nor is a method of a client's event source (`ringApi.onRefreshTokenUpdated.subscribe(...)`), nor
 * of its configuration (`this.client.options.headers.set(...)`, `connection.config.get(...)`).
 */
export function isClientPath(path: AccessPath, awaited = false): boolean {
  const names = path.names;
  if (names.length === 1 && names[0] === 'fetch' && path.root.kind === 'global') return true;
  if (names.length === 2 && names[1] === 'fetch' && path.root.kind === 'global' && ['globalThis', 'window', 'self'].includes(names[0] ?? '')) return true;
  let lastClient = -1;
  for (let i = 0; i < names.length - 1; i++) {
    if (i === 0 && (path.root.kind === 'this' || path.root.kind === 'module')) continue;
    if (isClientName(names[i] ?? '') && !isTelemetryName(names[i] ?? '') && !isWebviewHostName(names[i] ?? '') && !isRequestResult(names[i] ?? '')) lastClient = i;
  }
  if (lastClient === -1) return false;
  for (let i = lastClient + 1; i < names.length - 1; i++) {
    const name = names[i] ?? '';
    // A returned value, an event source (`client.onSession.subscribe(...)`, an RxJS subject), or
    // the client's own configuration (`connection.options.replicas.map(...)`).
    // Configuration right under the client: deeper, it is a resource the API names so
    // (`sdk.models.config.getDeviceTypeManifestBySlug(...)`).
    // An assertion chain (should.js, chai's `should`: `client.getNode.callCount.should.eql(1)`) too.
    // Homebridge's `api.hap` is the HAP-NodeJS library it lends plugins (`this.api.hap.uuid.generate(name)`), local.
    if (name.endsWith('()') || /^on[A-Z]/u.test(name) || (i === lastClient + 1 && (isConfigurationName(name) || name === 'hap')) || PROCESS_SEGMENTS.has(name) || name === 'should') return false;
  }
  const method = names[names.length - 1] ?? '';
  // A query cache's own client, wherever it is made (`queryClient.invalidateQueries(...)`, what
  // `getQueryClient()` or `makeQueryClient()` gives): its cache methods work here.
  if (lastClient === names.length - 2 && QUERY_CACHE_METHODS.has(method) && isQueryClientName(names[lastClient] ?? '')) return false;
  // A React hook (`api.post.byId.useQuery({ id })`, tRPC's `api.useUtils()`): synchronous, by the rules of
  // hooks, and never awaited (`await client.useContext(o)` is a request).
  if (HOOK_NAME.test(method) && !awaited) return false;
  // An array's iteration (`device.connection.forEach(...)`): no client has these methods.
  if (ITERATION_METHODS.has(method)) return false;
  // A collection the client keeps (`sdk.interceptors.push(i)`), not a method of the client itself.
  if (COLLECTION_METHODS.has(method) && names.length - 2 > lastClient) return false;
  // A map or set kept beside the client (`TrueNasClient.connectionMap.delete(id)`, `client.nodeCache.get(id)`).
  return !(KEYED_COLLECTION_METHODS.has(method) && names.length - 2 > lastClient && isKeyedCollectionName(names[names.length - 2] ?? ''));
}

/** Words of a lookup that hands out a shared object, a client as likely as not (`getInstance()`, `getDefault()`). */
const SINGLETON_WORDS: ReadonlySet<string> = new Set(['instance', 'default', 'shared', 'singleton', 'current', 'session']);

/** First words of a model's method that gives back a record it looked up (`find`, `findById`), not a client (`DockerApi.get()`, a singleton). */
const RECORD_LOOKUP_VERBS: ReadonlySet<string> = new Set(['find', 'search', 'lookup', 'retrieve']);

/**
 * Whether a callee path reads a method off what a lookup of a client gave back (`provider.Client.find()`,
 * then `.redirectUriAllowed(uri)`): the record, whatever the variable holding it is called; not a
 * client a call makes or connects (`client.connect()`, `getClient()`).
 */
function isFetchedRecordPath(path: AccessPath): boolean {
  const names = path.names;
  for (let index = 1; index < names.length - 1; index++) {
    const name = names[index] ?? '';
    // A lookup on a model class (`Client.find()`, `User.findById()`), named in PascalCase.
    const model = names[index - 1] ?? '';
    if (!name.endsWith('()') || !/^[A-Z][a-z]/u.test(model) || model.endsWith('()')) continue;
    const words = splitWords(name.slice(0, -2));
    // Not a client or a singleton it hands out (`getConnection()`, `ApiClient.getInstance()`).
    if (RECORD_LOOKUP_VERBS.has(words[0] ?? '') && !words.some((word) => CLIENT_SEGMENTS.has(word) || SINGLETON_WORDS.has(word))) return true;
  }
  return false;
}

/**
 * Without types, an array's method given a function written in place (`client.liveviews.map((lv) =>
 * lv.id)`, `api.nodes.filter((n) => n.ready)`): a remote API's `find` or `filter` takes a query, not a
 * callback (with types, what the method returns decides).
 */
function isArrayCallbackCall(site: CallSite): boolean {
  const callee = unwrapExpression(site.node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !CALLBACK_ARRAY_METHODS.has(staticPropertyName(callee) ?? '')) return false;
  const [first] = site.node.arguments;
  return first !== undefined && isFunctionNode(unwrapExpression(first));
}

/** Array methods taking a callback whose names a remote API may also use (see ITERATION_METHODS for those it does not). */
const CALLBACK_ARRAY_METHODS: ReadonlySet<string> = new Set(['map', 'filter', 'find', 'findLast', 'sort', 'toSorted']);

/** A React hook's name: `use` and a capital. */
const HOOK_NAME = /^use[A-Z]/u;
/** Array methods that only read or walk it: no API client is called so. */
const ITERATION_METHODS: ReadonlySet<string> = new Set(['forEach', 'indexOf', 'lastIndexOf', 'includes', 'some', 'every', 'reduce', 'reduceRight', 'flat', 'flatMap', 'findIndex', 'findLastIndex']);
/** Methods of a `Map` or a `Set`. */
const KEYED_COLLECTION_METHODS: ReadonlySet<string> = new Set(['get', 'set', 'has', 'delete', 'clear', 'add', 'keys', 'values', 'entries', 'forEach']);
/** The last words of a name for a local map or set (`connectionMap`, `nodeCache`, `seenSet`); `nodesById` is one too. */
const KEYED_COLLECTION_WORDS: ReadonlySet<string> = new Set(['map', 'cache', 'set', 'lookup']);

function isKeyedCollectionName(name: string): boolean {
  const words = splitWords(name);
  const by = words.indexOf('by');
  return (by !== -1 && by < words.length - 1) || KEYED_COLLECTION_WORDS.has(words[words.length - 1] ?? '');
}

/**
 * SDKs of remote APIs whose objects are not named like clients: GitHub's Octokit (also through
 * `@actions/github`'s `getOctokit`), Docker's dockerode, Stripe, OpenAI.
 */
const REMOTE_SDK_PACKAGES: ReadonlySet<string> = new Set(['octokit', '@octokit/rest', '@octokit/core', '@octokit/action', '@actions/github', 'dockerode', 'stripe', 'openai']);

/**
 * A request of a client Google's API SDKs make (`google.calendar({ version: 'v3', auth })` of
 * googleapis, `new calendar_v3.Calendar({ auth })` of `@googleapis/calendar`): a method of one of its
 * resources, reached through properties only (`calendar.events.patch(...)`, `sheets.spreadsheets.values.get(...)`).
 * Not `google.auth`'s, whose clients mostly work locally.
 */
function isGoogleApiRequest(path: AccessPath): boolean {
  if (path.root.kind !== 'module') return false;
  const module = path.root.module;
  if (module !== 'googleapis' && !module.startsWith('@googleapis/')) return false;
  const names = path.names[0] === module ? path.names.slice(1) : path.names;
  if (names.includes('auth')) return false;
  // `calendar({ version, auth })` called by its own name, or `google.calendar(...)`, `new calendar_v3.Calendar(...)`.
  const [made, ...rest] = names[0]?.endsWith('()') === true ? names : names.slice(1);
  return made !== undefined && made.endsWith('()') && rest.length >= 2 && rest.every((name) => !name.endsWith('()'));
}

/**
 * A request of kubernetes-fluent-client (Pepr's Kubernetes client): `K8s(kind.Pod)` makes a handle,
 * its builders narrow it (`InNamespace`, `WithLabel`, `WithField`), and its verbs call the API
 * server (`Get`, `Apply`, `Create`, `Delete`, `Patch`, `PatchStatus`, `Raw`, `Logs`, `Evict`).
 */
function isFluentKubernetesRequest(path: AccessPath): boolean {
  // Pepr re-exports it (`import { K8s } from 'pepr'`).
  if (path.root.kind !== 'module' || (path.root.module !== 'kubernetes-fluent-client' && path.root.module !== 'pepr')) return false;
  const names = path.names[0] === path.root.module ? path.names.slice(1) : path.names;
  const [made, ...rest] = names;
  const verb = rest[rest.length - 1];
  return made === 'K8s()' && verb !== undefined && FLUENT_KUBERNETES_VERBS.has(verb) && rest.slice(0, -1).every((name) => FLUENT_KUBERNETES_BUILDERS.has(name));
}

/**
 * What the Kubernetes client (`@kubernetes/client-node`) makes to call the API server: its
 * `Watch`, `Exec`, `Attach`, `PortForward`, `Log`, `Metrics` and `Cp` (`new k8s.Watch(kc).watch(path, ...)`)
 * and the API objects a `KubeConfig` makes (`kc.makeApiClient(CoreV1Api).listNamespacedPod(o)`).
 * `KubeConfig`'s own methods read and apply the configuration here.
 */
const KUBERNETES_REQUESTERS: ReadonlySet<string> = new Set(['Watch()', 'Exec()', 'Attach()', 'PortForward()', 'Log()', 'Metrics()', 'Cp()', 'makeApiClient()']);

function isKubernetesClientRequest(path: AccessPath): boolean {
  if (path.root.kind !== 'module' || path.root.module !== '@kubernetes/client-node') return false;
  const { names } = path;
  const method = names.at(-1);
  return names.length >= 2 && KUBERNETES_REQUESTERS.has(names.at(-2) ?? '') && method !== undefined && !method.endsWith('()');
}

/**
 * An n8n node's request helper (`this.helpers.requestWithAuthentication.call(this, 'api', options)`,
 * `this.helpers.httpRequest(options)`) in a file importing n8n's workflow package: a request to the
 * service the node drives (its other helpers, `returnJsonArray`, work locally).
 */
function isN8nRequest(path: AccessPath, call: TSESTree.Node): boolean {
  const [root, helpers, method] = path.names;
  if (path.root.kind !== 'this' || path.names.length !== 3 || root !== 'this' || helpers !== 'helpers' || method === undefined || !N8N_REQUEST_HELPERS.has(method)) return false;
  return [...importedNames(call).values()].some((module) => N8N_PACKAGES.has(module));
}

const N8N_REQUEST_HELPERS: ReadonlySet<string> = new Set(['request', 'requestWithAuthentication', 'requestOAuth1', 'requestOAuth2', 'httpRequest', 'httpRequestWithAuthentication']);
const N8N_PACKAGES: ReadonlySet<string> = new Set(['n8n-workflow', 'n8n-core']);

const FLUENT_KUBERNETES_VERBS: ReadonlySet<string> = new Set(['Get', 'Apply', 'Create', 'Delete', 'Patch', 'PatchStatus', 'Raw', 'Logs', 'Evict']);
const FLUENT_KUBERNETES_BUILDERS: ReadonlySet<string> = new Set(['InNamespace()', 'WithLabel()', 'WithField()']);

/**
 * A method of an object such a package makes (`new Octokit()`, `getOctokit(token)`, `Docker()`),
 * reached through properties only (`octokit.rest.pulls.get`); not a method of what one of its
 * methods returns (`docker.getContainer(id).inspect()`: without types, that value may be a handle).
 */
function isRemoteSdkPath(path: AccessPath): boolean {
  if (path.root.kind !== 'module' || !REMOTE_SDK_PACKAGES.has(path.root.module)) return false;
  // A named import's path starts with the module (`@octokit/rest.Octokit()...`), a default import's with its call (`dockerode()...`).
  const [made, ...rest] = path.names[0] === path.root.module ? path.names.slice(1) : path.names;
  if (made === undefined || !made.endsWith('()') || rest.length === 0 || !rest.every((name) => !name.endsWith('()'))) return false;
  if (rest.slice(0, -1).some((name) => PROCESS_SEGMENTS.has(name) || isConfigurationName(name))) return false;
  const isLocal = SDK_LOCAL_PARTS.get(path.root.module);
  return !(isLocal && rest.some((name) => isLocal(name)));
}

/** A method reached from a receiver written with a remote API SDK's type, under the same exclusions as one made by the SDK. */
function isRemoteSdkTypedPath(path: AccessPath, call: TSESTree.Node): boolean {
  if (path.root.kind !== 'variable' && path.root.kind !== 'this') return false;
  const rest = path.names.slice(path.root.kind === 'this' ? 2 : 1);
  if (rest.length === 0 || rest.some((name) => name.endsWith('()'))) return false;
  const module = receiverTypePackage(path, call, isSdkClientImport);
  if (module === null || !REMOTE_SDK_PACKAGES.has(module)) return false;
  if (rest.slice(0, -1).some((name) => PROCESS_SEGMENTS.has(name) || isConfigurationName(name))) return false;
  const isLocal = SDK_LOCAL_PARTS.get(module);
  return !(isLocal && rest.some((name) => isLocal(name)));
}

/** The client an SDK package exports: its default export, or Octokit's classes (`Octokit`, `App`, and `GitHub` of `@actions/github`). */
function isSdkClientImport(module: string, imported: string): boolean {
  return REMOTE_SDK_PACKAGES.has(module) && (imported === 'default' || imported === 'Octokit' || imported === 'App' || imported === 'GitHub');
}

const OCTOKIT_LOCAL: ReadonlySet<string> = new Set(['hook', 'log', 'endpoint', 'iterator']);
/**
 * Parts of those SDK objects that work locally, as a segment anywhere or the method: Octokit's
 * request hooks, logger, `endpoint` (request options built, not sent) and lazy `paginate.iterator`;
 * dockerode's transport (`modem`) and its handle getters (`docker.getContainer(id)` makes an object,
 * `inspect()` on it calls the daemon); Stripe's webhook signature checks and error classes; OpenAI's
 * `withOptions` (a copy of the client).
 */
const SDK_LOCAL_PARTS: ReadonlyMap<string, (name: string) => boolean> = new Map([
  ['octokit', (name: string) => OCTOKIT_LOCAL.has(name)],
  ['@octokit/rest', (name: string) => OCTOKIT_LOCAL.has(name)],
  ['@octokit/core', (name: string) => OCTOKIT_LOCAL.has(name)],
  ['@octokit/action', (name: string) => OCTOKIT_LOCAL.has(name)],
  ['@actions/github', (name: string) => OCTOKIT_LOCAL.has(name)],
  ['dockerode', (name: string) => name === 'modem' || /^get[A-Z]/u.test(name)],
  ['stripe', (name: string) => name === 'webhooks' || name === 'errors'],
  ['openai', (name: string) => name === 'withOptions'],
]);

/** HTTP client packages: their requests reach a remote API as `fetch()` does. */
const HTTP_CLIENT_PACKAGES: ReadonlySet<string> = new Set(['axios', 'got', 'ky', 'node-fetch', 'cross-fetch', 'undici']);
/** Their request methods (`axios.post`, `got.get`, undici's `request`). */
const HTTP_REQUEST_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'fetch', 'postForm', 'putForm', 'patchForm']);
/** What makes an instance of one (`axios.create()`, `got.extend()`, `ky.create()`), and a CommonJS default. */
const HTTP_INSTANCE_LINKS: ReadonlySet<string> = new Set(['create()', 'extend()', 'default']);

/** undici's dispatchers, each of which sends requests (`new Pool(origin).request(options)`), and what gives the global one. */
const UNDICI_DISPATCHER_LINKS: ReadonlySet<string> = new Set(['Pool()', 'Client()', 'Agent()', 'BalancedPool()', 'ProxyAgent()', 'EnvHttpProxyAgent()', 'RetryAgent()', 'getGlobalDispatcher()']);

/**
 * A request of an HTTP client package, by its import: the package called (`axios(config)`,
 * `got(url)`, node-fetch's `fetch(url)`), or a request method of it or of an instance it makes
 * (`axios.get(url)`, `const http = axios.create(); http.post(...)`, `got.extend(o).get(url)`,
 * undici's `request(url)` and a dispatcher's, `new Pool(origin).request(options)`). Not its other
 * members (`axios.isAxiosError(e)`, `axios.create()`, `pool.close()`).
 */
function isHttpRequestPath(path: AccessPath): boolean {
  if (path.root.kind !== 'module' || !HTTP_CLIENT_PACKAGES.has(path.root.module)) return false;
  const rest = httpPathRest(path, path.root.module);
  if (rest.length === 0) return path.root.module !== 'undici';
  const method = rest[rest.length - 1] ?? '';
  const links = rest.slice(0, -1);
  if (path.root.module === 'undici' && links.length === 1 && UNDICI_DISPATCHER_LINKS.has(links[0] ?? '')) return method === 'request' || method === 'stream' || method === 'pipeline';
  return HTTP_REQUEST_METHODS.has(method) && links.every((name) => HTTP_INSTANCE_LINKS.has(name));
}

/**
 * The names after an HTTP client package's import: after its default import, or after its own name
 * imported by name (got's `import { got } from 'got'`, a named import's path starting with the module).
 */
function httpPathRest(path: AccessPath, module: string): readonly string[] {
  const rest = path.names.slice(1);
  return path.names[0] === module && rest[0] === module ? rest.slice(1) : rest;
}

/** Packages whose every request method is known, and the local parts of an instance (its interceptors, defaults). */
const KNOWN_HTTP_PACKAGES: ReadonlySet<string> = new Set(['axios', 'got', 'ky']);
const HTTP_LOCAL_LINKS: ReadonlySet<string> = new Set([...HTTP_INSTANCE_LINKS, 'interceptors', 'request', 'response', 'defaults', 'headers', 'common']);

/**
 * A member of axios, got or ky, or of an instance one makes, that is not a request: `getUri(config)`,
 * `isAxiosError(e)`, `interceptors.request.use(f)`. (Not undici's pools and agents, whose `request` is one.)
 */
function isHttpClientLocalPath(path: AccessPath): boolean {
  if (path.root.kind !== 'module' || !KNOWN_HTTP_PACKAGES.has(path.root.module)) return false;
  const rest = httpPathRest(path, path.root.module);
  const method = rest[rest.length - 1];
  if (method === undefined || method.endsWith('()')) return false;
  const links = rest.slice(0, -1);
  return links.every((name) => HTTP_LOCAL_LINKS.has(name)) && (!HTTP_REQUEST_METHODS.has(method) || links.includes('interceptors'));
}

/**
 * `options`, `opts`, `config`, `configuration`, `defaults` (any case): a client's local settings;
 * `utils`, `util`, `helpers`: its local helpers (`sdk.utils.mergePineOptions(...)`); `interceptors`,
 * `middlewareStack`: what it runs around its requests; `schema`: a plugin SDK's schema builder. A compound name
 * may be a remote resource (`client.runtimeConfig.set(...)`), and so may `settings`
 * (`client.settings.update(...)` in many SDKs): not these.
 */
function isConfigurationName(name: string): boolean {
  return CONFIGURATION_WORDS.has(name.toLowerCase());
}

/**
 * A telemetry client (`new ActivityTelemetryClient(...)`, Application Insights' `TelemetryClient`):
 * it records events for later sending and is built not to fail the code it observes.
 */
function isTelemetryName(raw: string): boolean {
  return splitWords(raw.endsWith('()') ? raw.slice(0, -2) : raw).includes('telemetry');
}

/** tRPC's query cache helpers (`utils.nodes.list.invalidate()`); not its vanilla client (`utils.client.nodes.create.mutate(...)`), which sends. */
const TRPC_CACHE_METHODS: ReadonlySet<string> = new Set(['invalidate', 'refetch', 'cancel', 'reset', 'setData', 'getData', 'setInfiniteData', 'getInfiniteData', 'prefetch', 'prefetchInfinite']);

function isTrpcCacheHelper(path: AccessPath): boolean {
  const at = path.names.indexOf('useUtils()');
  return at !== -1 && TRPC_CACHE_METHODS.has(path.names.at(-1) ?? '') && !path.names.slice(at + 1).includes('client');
}

const INSIGHTS_TEXT = /insights|telemetry/iu;

/**
 * Whether a path starts at an insights or telemetry object (`appInsights.client.trackEvent(...)`,
 * imported from a project's wrapper package too): its receiver's own name, not a client's (an
 * Insights service's SDK client, `ApplicationInsightsClient`, `insightsApi`) nor a resource below one
 * (`client.insights.v1.conferences.list()`).
 */
function isInsightsRoot(path: AccessPath): boolean {
  // A named import's path starts with its module, a member of `this` with `this`.
  const named = path.root.kind === 'this' || (path.root.kind === 'module' && path.names[0] === path.root.module);
  const root = path.names[named ? 1 : 0] ?? '';
  return isInsightsName(root) && !isClientName(root);
}

/** Application Insights or another telemetry object by name (`appInsights`, `applicationInsights`, `@logto/app-insights/node`). */
function isInsightsName(raw: string): boolean {
  // Most names hold neither word, in any case: no need to split them.
  if (!INSIGHTS_TEXT.test(raw)) return false;
  const words = splitWords(raw.endsWith('()') ? raw.slice(0, -2) : raw);
  return words.includes('insights') || words.includes('telemetry');
}

/** `queryClient`, or a call that gives one (`getQueryClient()`, `makeQueryClient()`, `useQueryClient()`). */
function isQueryClientName(name: string): boolean {
  const words = splitWords(name.endsWith('()') ? name.slice(0, -2) : name);
  return words.length === 2 ? words[0] === 'query' && words[1] === 'client' : words.length === 3 && words[1] === 'query' && words[2] === 'client' && name.endsWith('()');
}

/**
 * TanStack Query's `QueryClient` methods that read and write the cache here (not `fetchQuery` or
 * `ensureQueryData`, whose promise rejects with the query's failure).
 */
const QUERY_CACHE_METHODS: ReadonlySet<string> = new Set([
  'invalidateQueries',
  'refetchQueries',
  'cancelQueries',
  'removeQueries',
  'resetQueries',
  'setQueryData',
  'setQueriesData',
  'getQueryData',
  'getQueriesData',
  'prefetchQuery',
  'prefetchInfiniteQuery',
  'setQueryDefaults',
  'setMutationDefaults',
  'clear',
]);

/**
 * VS Code's webview host (`const vscodeApi = acquireVsCodeApi()`, `window.vscodeApi`): its
 * `postMessage`, `getState` and `setState` are synchronous and reach no remote service.
 */
function isWebviewHostName(raw: string): boolean {
  const words = splitWords(raw.endsWith('()') ? raw.slice(0, -2) : raw).join('');
  return words.endsWith('vscodeapi');
}

/**
 * Whether nothing uses a call's value: a statement (also the right side of `&&` or `||` in one,
 * `key && client.setApiKey(key);`), or the body of an arrow handed to a listener or a `forEach`,
 * which drop what it gives back (`on('tokens', (t) => client.setCredentials(t))`).
 */
function isValueUnused(call: TSESTree.Node): boolean {
  let wrapper = outermostWrapper(call);
  while (wrapper.parent?.type === AST_NODE_TYPES.LogicalExpression && wrapper.parent.right === wrapper) wrapper = outermostWrapper(wrapper.parent);
  const parent = wrapper.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement) return true;
  if (parent?.type !== AST_NODE_TYPES.ArrowFunctionExpression || parent.body !== wrapper) return false;
  const arrow = outermostWrapper(parent);
  const holder = arrow.parent;
  const callee = holder?.type === AST_NODE_TYPES.CallExpression ? unwrapExpression(holder.callee) : null;
  return callee?.type === AST_NODE_TYPES.MemberExpression && holder?.type === AST_NODE_TYPES.CallExpression && holder.arguments.includes(arrow as TSESTree.CallExpressionArgument) && VALUE_DROPPING_METHODS.has(staticPropertyName(callee) ?? '');
}

/** Methods that call a callback and drop what it gives back: event listeners, subscriptions, `forEach`. */
const VALUE_DROPPING_METHODS: ReadonlySet<string> = new Set(['on', 'once', 'addListener', 'prependListener', 'addEventListener', 'subscribe', 'forEach', 'watch', 'listen']);

/** What a client keeps for its requests, set by name: `setApiKey`, `setCredentials`, `setAccessToken`, `setHeaders`, `setBaseUrl`. */
const CONFIGURATION_SETTERS: ReadonlySet<string> = new Set([
  'apikey',
  'accesstoken',
  'authtoken',
  'bearertoken',
  'token',
  'credentials',
  'credential',
  'auth',
  'authorization',
  'header',
  'headers',
  'defaultheaders',
  'baseurl',
  'baseuri',
  'basepath',
  'timeout',
  'locale',
]);

function isConfigurationSetter(method: string): boolean {
  const words = splitWords(method);
  return words.length > 1 && words[0] === 'set' && CONFIGURATION_SETTERS.has(words.slice(1).join(''));
}

/** A query cache's mutation object by its name: `mutation`, `updateSettingsMutation`. */
function isMutationObjectName(raw: string): boolean {
  return splitWords(raw.endsWith('()') ? raw.slice(0, -2) : raw).at(-1) === 'mutation';
}

/** A name a client goes by: `client`, `api`, `conn`, `orgClient`, `ironicApi`. */
export function isClientName(raw: string): boolean {
  const name = raw.endsWith('()') ? raw.slice(0, -2) : raw;
  if (CLIENT_SEGMENTS.has(name.toLowerCase())) return true;
  // The words before a preposition name the thing (`buildDeviceWithApi()` builds a device,
  // `deviceForClient` is a device); a client named after one is still one (`apiClientForTests`).
  const words = splitWords(name);
  const head = headWords(words, NAME_PREPOSITIONS);
  const last = head[head.length - 1];
  // A test double named as one (`mockMqttClient`, `fakeApi`, `createMockClient()`): what its methods do is the test's.
  const named = MAKING_VERBS.has(head[0] ?? '') ? head.slice(1) : head;
  if (named.length > 1 && TEST_DOUBLE_WORDS.has(named[0] ?? '')) return false;
  // `apiToReasons`, `clientToSession`: a mapping from clients to something else, not a client
  // (`apiToUse`, `clientToCall` are the client to use).
  if (words[head.length] === 'to' && head.length < words.length - 1 && !PURPOSE_VERBS.has(words[head.length + 1] ?? '')) return false;
  return last !== undefined && CLIENT_LAST_WORDS.has(last);
}

/** Verbs of a call that makes a request (`callAssistantApi()`, `fetchApi()`): its value is the response, not a client. */
const REQUEST_VERBS: ReadonlySet<string> = new Set(['call', 'fetch', 'request', 'invoke', 'query', 'send', 'post', 'perform', 'execute']);

/**
 * A call segment named as making a request to an API (`callAssistantApi()`, `fetchApi()`), whose value
 * is a response; not one fetching a client (`fetchApiClient()`, `requestClient()`).
 */
function isRequestResult(segment: string): boolean {
  const words = segment.endsWith('()') ? splitWords(segment.slice(0, -2)) : [];
  return words.length > 1 && REQUEST_VERBS.has(words[0] ?? '') && words.at(-1) === 'api';
}

/** First words naming a test double (also after a verb making or fetching one: `createMockClient()`, `getFakeApi()`). */
const TEST_DOUBLE_WORDS: ReadonlySet<string> = new Set(['mock', 'mocked', 'fake', 'stub', 'stubbed', 'dummy', 'spy']);
const MAKING_VERBS: ReadonlySet<string> = new Set(['create', 'make', 'build', 'new', 'get', 'setup']);

/** Verbs after `to` that give a thing's purpose (`clientToUse`), not a mapping's values. */
const PURPOSE_VERBS: ReadonlySet<string> = new Set(['use', 'call', 'query', 'invoke', 'try', 'test', 'check', 'run', 'be', 'pass', 'return', 'close', 'keep', 'reuse']);

const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'for', 'from', 'of', 'via', 'to', 'by', 'using']);

/** Whether a function's doc comment documents `@throws`, `@rejects` or `@exception`. */
export function isThrowsDocumented(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const comment = docCommentOf(fn, sourceCode);
  return comment !== null && THROWS_TAG.test(comment.value.replace(CODE_SPAN, 'code'));
}

/** The `/** ... *\/` comment right before a function (or its method, variable or export). */
export function docCommentOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Comment | null {
  const documented = documentedNode(fn);
  const comments = sourceCode.getCommentsBefore(documented);
  const last = comments[comments.length - 1];
  if (last !== undefined && isDocComment(last)) return last;
  // `fetchNode: /** @throws ... */ async (id) => ...`: the comment sits before the function itself.
  if (documented === fn) return null;
  const own = sourceCode.getCommentsBefore(fn);
  const nearest = own[own.length - 1];
  return nearest !== undefined && isDocComment(nearest) ? nearest : null;
}

/** The node a function's doc comment sits before. */
export function documentedNode(fn: FunctionNode): TSESTree.Node {
  let node: TSESTree.Node = fn;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.Property) node = parent;
  else if (parent.type === AST_NODE_TYPES.VariableDeclarator) node = parent.parent;
  const outer = node.parent as TSESTree.Node | undefined;
  if (outer?.type === AST_NODE_TYPES.ExportNamedDeclaration || outer?.type === AST_NODE_TYPES.ExportDefaultDeclaration) node = outer;
  return node;
}

function isDocComment(comment: TSESTree.Comment): boolean {
  return comment.type === AST_TOKEN_TYPES.Block && comment.value.startsWith('*');
}

/**
 * The global constructors whose objects' methods never return a promise: collections, dates,
 * patterns, URLs, headers and forms, encoders, typed arrays, abort controllers, errors.
 */
const PLAIN_BUILT_INS: ReadonlySet<string> = new Set(
  [
    'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'Array', 'Date', 'RegExp', 'Error', 'URL', 'URLSearchParams', 'Headers', 'FormData',
    'AbortController', 'TextEncoder', 'TextDecoder', 'ArrayBuffer', 'DataView', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
    'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  ].map((name) => `${name}()`),
);

/**
 * A method of (or read off) a value one of those constructors made: `new Map().set(k, v)`, `const api =
 * new Map(); api.set(k, v)`, `new URL(u).searchParams.get('a')` — not of what a call of it gives (`const
 * client = clients.get(id); client.getDevices()`: what the map holds may be a client).
 */
function isMadeByPlainBuiltIn(path: AccessPath): boolean {
  return path.root.kind === 'global' && path.names.length >= 2 && PLAIN_BUILT_INS.has(path.names[0] ?? '') && !path.names.slice(1, -1).some((name) => name.endsWith('()'));
}
