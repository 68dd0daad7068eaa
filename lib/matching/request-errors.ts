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
import { childNodes, isFunctionNode, staticPropertyName, unwrapExpression } from './ast.js';
import { calleeSymbol, declarationOrigin } from './type-info.js';

/** HTTP client packages whose errors carry the request (axios's `config`, got's `options`). */
const REQUEST_CARRYING_PACKAGES: ReadonlySet<string> = new Set(['axios', 'got']);

const CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/** Node's child_process functions whose errors quote the command line (`Command failed: ipmitool -P ...`). */
const COMMAND_FUNCTIONS: ReadonlySet<string> = new Set(['exec', 'execSync', 'execFile', 'execFileSync']);
/** execa's, whose errors hold `command` and quote it in `message`. */
const EXECA_FUNCTIONS: ReadonlySet<string> = new Set(['execa', 'execaSync', 'execaCommand', 'execaCommandSync', '$', 'execaNode']);
const PROMISIFY_MODULES: ReadonlySet<string> = new Set(['util', 'node:util']);

/**
 * Whether a call runs a command whose error quotes its command line: Node's `exec`, `execSync`,
 * `execFile` and `execFileSync` (also promisified, `const run = promisify(execFile)`), execa's
 * `execa`, `$`, ... — by the paths of its callee, and for a promisified one by what it wraps.
 */
export function isCommandCall(call: TSESTree.CallExpression, calleePaths: readonly AccessPath[], paths: AccessPathResolver): boolean {
  if (calleePaths.some(isCommandPath)) return true;
  // `const run = promisify(execFile); await run('ipmitool', args)`: what the `promisify` call wraps.
  const callee = unwrapExpression(call.callee);
  const variable = callee.type === AST_NODE_TYPES.Identifier ? paths.variableOf(callee) : null;
  const alias = variable ? paths.aliasTargetOf(variable) : null;
  const made = alias && alias.names.length === 0 ? unwrapExpression(alias.expression) : null;
  if (made?.type !== AST_NODE_TYPES.CallExpression || made.arguments.length !== 1) return false;
  const isPromisify = paths.pathsOf(made.callee).some((path) => path.root.kind === 'module' && PROMISIFY_MODULES.has(path.root.module) && path.names.at(-1) === 'promisify');
  const [wrapped] = made.arguments;
  return isPromisify && wrapped !== undefined && paths.pathsOf(wrapped).some(isCommandPath);
}

function isCommandPath(path: AccessPath): boolean {
  if (path.root.kind !== 'module') return false;
  const method = path.names.at(-1) ?? '';
  if (path.root.module === 'child_process' || path.root.module === 'node:child_process') return COMMAND_FUNCTIONS.has(method) && path.names.length <= 2;
  return path.root.module === 'execa' && EXECA_FUNCTIONS.has(method);
}

/**
 * The calls whose error a binding receives when they run a command: those of `rejectedCallsOf`,
 * every call a `catch`'s `try` block makes (`execSync` throws where it is called), and the call a
 * node-style callback is the last argument of (`exec(cmd, (err) => ...)`).
 */
export function failedCallsOf(binding: TSESTree.Identifier): TSESTree.CallExpression[] {
  const parent = binding.parent;
  if (parent.type === AST_NODE_TYPES.CatchClause && parent.param === binding) return callsIn(parent.parent.block);
  if (isFunctionNode(parent) && parent.params[0] === binding) {
    const call = parent.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.arguments.at(-1) === parent) return [call];
  }
  return rejectedCallsOf(binding);
}

/** The calls of a block, outside nested functions, in source order. */
function callsIn(block: TSESTree.BlockStatement): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  const stack: TSESTree.Node[] = [block];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isFunctionNode(node)) continue;
    if (node.type === AST_NODE_TYPES.CallExpression) found.push(node);
    const children = childNodes(node);
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as TSESTree.Node);
  }
  return found;
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
  if (calleePaths.some((path) => path.root.kind === 'module' && REQUEST_CARRYING_PACKAGES.has(path.root.module))) return true;
  if (!info) return false;
  return (calleeSymbol(info, call.callee)?.getDeclarations() ?? []).some((declaration) => {
    const origin = declarationOrigin(info, declaration);
    return origin.kind === 'package' && REQUEST_CARRYING_PACKAGES.has(origin.packageName);
  });
}
