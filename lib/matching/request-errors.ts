/**
 * Errors that carry the request they were made with. An axios error holds `config` (its headers,
 * body and `auth`), a got error `options`: logged whole (`LOG.debug(err)`, `util.inspect`, a
 * logger's serializer), they print the token or password the request was sent with.
 *
 * Without type information the error's binding is connected to the calls it receives the rejection
 * of: the parameter of a `.catch(...)` callback (or of `.then`'s second) on a promise chain whose
 * head is the call, or a `catch (err)` clause whose `try` block awaits the call.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { AccessPath, AccessPathResolver } from './access-path.js';
import type { TypeInfo } from './type-info.js';
import { booleanComparison, childNodes, collectInTry, isFunctionNode, staticPropertyName, unwrapExpression } from './ast.js';
import { calleeSymbol, declarationOrigin } from './type-info.js';

/** HTTP client packages whose errors carry the request (axios's `config`, got's `options`). */
const REQUEST_CARRYING_PACKAGES: ReadonlySet<string> = new Set(['axios', 'got']);

/**
 * Per HTTP client package, the tests that an error is any of its errors: axios's `isAxiosError` and
 * `AxiosError`; got's base `RequestError` (not `HTTPError`, one kind of it: a network failure is a
 * `RequestError` holding the request too).
 */
const CLIENT_ERROR_TESTS: ReadonlyMap<string, { readonly guards: ReadonlySet<string>; readonly classes: ReadonlySet<string> }> = new Map([
  ['axios', { guards: new Set(['isAxiosError']), classes: new Set(['AxiosError']) }],
  ['got', { guards: new Set<string>(), classes: new Set(['RequestError']) }],
]);

const CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/** Per such package, the function that makes an instance with defaults merged into its every request (`axios.create(o)`, `got.extend(o)`). */
const INSTANCE_FACTORIES: ReadonlyMap<string, string> = new Map([
  ['axios', 'create'],
  ['got', 'extend'],
]);

/** Whether a callee path is such a factory (see INSTANCE_FACTORIES): what it is given, its instance's requests carry. */
export function isRequestInstanceFactory(path: AccessPath): boolean {
  return path.root.kind === 'module' && INSTANCE_FACTORIES.get(path.root.module) === path.names.at(-1);
}

/** Node's child_process functions whose errors quote the command line (`Command failed: ipmitool -P ...`). */
const COMMAND_FUNCTIONS: ReadonlySet<string> = new Set(['exec', 'execSync', 'execFile', 'execFileSync']);
/** execa's, whose errors hold `command` and quote it in `message`. */
const EXECA_FUNCTIONS: ReadonlySet<string> = new Set(['execa', 'execaSync', 'execaCommand', 'execaCommandSync', 'execaNode']);
const PROMISIFY_MODULES: ReadonlySet<string> = new Set(['util', 'node:util']);

/** Those whose second argument is the command's arguments too (`execFile('ipmitool', args)`); the others take the command line first. */
const FILE_AND_ARGUMENTS: ReadonlySet<string> = new Set(['execFile', 'execFileSync', 'execa', 'execaSync', 'execaNode']);

/**
 * How many of a call's first arguments make the command line its error quotes, or 0 when it runs
 * no such command: Node's `exec`, `execSync` (the command), `execFile`, `execFileSync` (the file
 * and its arguments; also promisified, `const run = promisify(execFile)`), execa's functions.
 * Options (`{ env: process.env }`) are not quoted.
 */
export function commandArgumentCount(call: TSESTree.CallExpression, calleePaths: readonly AccessPath[], paths: AccessPathResolver): number {
  const direct = calleePaths.map(commandFunction).find((name) => name !== null);
  if (direct) return FILE_AND_ARGUMENTS.has(direct) ? 2 : 1;
  // `const run = promisify(execFile); await run('ipmitool', args)`: what the `promisify` call wraps.
  const callee = unwrapExpression(call.callee);
  const variable = callee.type === AST_NODE_TYPES.Identifier ? paths.variableOf(callee) : null;
  const alias = variable ? paths.aliasTargetOf(variable) : null;
  const made = alias && alias.names.length === 0 ? unwrapExpression(alias.expression) : null;
  if (made?.type !== AST_NODE_TYPES.CallExpression || made.arguments.length !== 1) return 0;
  const isPromisify = paths.pathsOf(made.callee).some((path) => path.root.kind === 'module' && PROMISIFY_MODULES.has(path.root.module) && path.names.at(-1) === 'promisify');
  const [wrapped] = made.arguments;
  const name = isPromisify && wrapped !== undefined ? paths.pathsOf(wrapped).map(commandFunction).find((found) => found !== null) : undefined;
  return name ? (FILE_AND_ARGUMENTS.has(name) ? 2 : 1) : 0;
}

/** The command function a path names (`exec`, `execa`), or null. */
function commandFunction(path: AccessPath): string | null {
  if (path.root.kind !== 'module') return null;
  const method = path.names.at(-1) ?? '';
  if (path.root.module === 'child_process' || path.root.module === 'node:child_process') return COMMAND_FUNCTIONS.has(method) && path.names.length <= 2 ? method : null;
  return path.root.module === 'execa' && EXECA_FUNCTIONS.has(method) ? method : null;
}

/**
 * The calls whose error a binding receives when they run a command: those of `rejectedCallsOf`,
 * every call a `catch`'s `try` block makes (`execSync` throws where it is called), and the call a
 * node-style callback is the last argument of (`exec(cmd, (err) => ...)`).
 */
export function failedCallsOf(binding: TSESTree.Identifier): TSESTree.CallExpression[] {
  const parent = binding.parent;
  if (parent.type === AST_NODE_TYPES.CatchClause && parent.param === binding) {
    // Not a call inside a nested try whose own catch takes its error; in source order.
    return collectInTry(parent.parent.block, (node) => (node.type === AST_NODE_TYPES.CallExpression ? node : null)).sort((a, b) => a.range[0] - b.range[0]);
  }
  // A rejection handler's parameter: the chain's first call (before the node-style callback's test,
  // which `.catch(h)` would pass as well).
  const rejected = rejectedCallsOf(binding);
  if (rejected.length > 0) return rejected;
  if (isFunctionNode(parent) && parent.params[0] === binding) {
    const call = parent.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.arguments.at(-1) === parent) return [call];
  }
  return [];
}


/** The calls whose rejection a binding receives (see the module comment); empty for any other binding. */
export function rejectedCallsOf(binding: TSESTree.Identifier): TSESTree.CallExpression[] {
  const parent = binding.parent;
  if (parent.type === AST_NODE_TYPES.CatchClause && parent.param === binding) return awaitedCalls(parent.parent.block);
  if (!isFunctionNode(parent) || parent.params[0] !== binding) return [];
  const call = parent.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = staticPropertyName(call.callee);
  const handlesRejection = (method === 'catch' && call.arguments[0] === parent) || (method === 'then' && call.arguments[1] === parent);
  return handlesRejection ? chainHeadCalls(call.callee.object) : [];
}

/**
 * The call a promise chain starts with, whose rejection a handler on `promise` receives:
 * `client.post(...).then(f)` → `client.post(...)`. Empty when the chain starts with no call.
 */
export function chainHeadCalls(promise: TSESTree.Node): TSESTree.CallExpression[] {
  let head = unwrapExpression(promise);
  while (head.type === AST_NODE_TYPES.CallExpression && head.callee.type === AST_NODE_TYPES.MemberExpression && CHAIN_METHODS.has(staticPropertyName(head.callee) ?? '')) {
    head = unwrapExpression(head.callee.object);
  }
  return head.type === AST_NODE_TYPES.CallExpression ? [head] : [];
}

/** The calls inside `await` expressions of a block, outside nested functions. */
function awaitedCalls(block: TSESTree.BlockStatement): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  const visit = (node: TSESTree.Node, awaited: boolean): void => {
    if (isFunctionNode(node)) return;
    if (awaited && node.type === AST_NODE_TYPES.CallExpression) found.push(node);
    const inside = awaited || node.type === AST_NODE_TYPES.AwaitExpression;
    // `for await (const page of client.pages())`: what is iterated is awaited, not the body.
    for (const child of childNodes(node)) visit(child, inside || (node.type === AST_NODE_TYPES.ForOfStatement && node.await && child === node.right));
  };
  visit(block, false);
  return found;
}

/**
 * Whether a call is made with an HTTP client whose errors carry the request: by the paths of its
 * callee (`axios.get`, `client.post` with `const client = axios.create()`), or with types by where
 * the method is declared (`requestClient.post` with `requestClient: AxiosInstance` from another file).
 */
export function isRequestCarryingCall(call: TSESTree.CallExpression, calleePaths: readonly AccessPath[], info: TypeInfo | null): boolean {
  return requestCarryingPackage(call, calleePaths, info) !== null;
}

/** The package (`axios`, `got`) of a call whose error carries its request (see isRequestCarryingCall), or null. */
export function requestCarryingPackage(call: TSESTree.CallExpression, calleePaths: readonly AccessPath[], info: TypeInfo | null): string | null {
  for (const path of calleePaths) if (path.root.kind === 'module' && REQUEST_CARRYING_PACKAGES.has(path.root.module)) return path.root.module;
  if (!info) return null;
  for (const declaration of calleeSymbol(info, call.callee)?.getDeclarations() ?? []) {
    const origin = declarationOrigin(info, declaration);
    if (origin.kind === 'package' && REQUEST_CARRYING_PACKAGES.has(origin.packageName)) return origin.packageName;
  }
  return null;
}

/** Whether a test taking an outcome shows the error is none of `library`'s (`!isAxiosError(err)` true). */
export function showsOtherError(raw: TSESTree.Node, outcome: boolean, library: string, isTheError: (node: TSESTree.Node | undefined) => boolean, namesOf: (node: TSESTree.Node) => readonly string[]): boolean {
  const test = unwrapExpression(raw);
  if (test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!') return showsOtherError(test.argument, !outcome, library, isTheError, namesOf);
  // `isAxiosError(err) === false`, `true !== isAxiosError(err)`: the test, or its negation.
  const compared = booleanComparison(test);
  if (compared) return showsOtherError(compared.operand, compared.same ? outcome : !outcome, library, isTheError, namesOf);
  return !outcome && isClientErrorTest(test, library, isTheError, namesOf);
}


/**
 * `isAxiosError(err)`, `axios.isAxiosError(err)`, `err instanceof AxiosError` (got's `RequestError`),
 * of the error; the function or class by any of `namesOf`'s names for it (written, or imported as).
 */
function isClientErrorTest(test: TSESTree.Node, library: string, isTheError: (node: TSESTree.Node | undefined) => boolean, namesOf: (node: TSESTree.Node) => readonly string[]): boolean {
  const tests = CLIENT_ERROR_TESTS.get(library);
  if (!tests) return false;
  if (test.type === AST_NODE_TYPES.CallExpression) return namesOf(test.callee).some((name) => tests.guards.has(name)) && isTheError(test.arguments[0]);
  if (test.type !== AST_NODE_TYPES.BinaryExpression || test.operator !== 'instanceof' || !isTheError(test.left)) return false;
  return namesOf(test.right).some((name) => tests.classes.has(name));
}
