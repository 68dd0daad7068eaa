/**
 * Truthiness narrowing without types: whether a read sits where a test of the same expression has
 * shown it falsy (`undefined`, `null`, `''`, `0`, `false`), so that it holds no secret there.
 *
 * - the branch a test does not take: `if (this.credentials) { ... } else { log(this.credentials) }`,
 *   `if (!token) log(token)`, `token ? use(token) : log(token)`, `token || log(token)`;
 * - after a guard that leaves the block: `if (token) return; log(token)`;
 * - a nullish comparison: `if (token == null)`, `if (token !== undefined) { } else { ... }`; a strict
 *   comparison with a falsy literal (`token === ''`), an `||` of such tests, a `switch` case of one.
 *
 * The read must be of a variable or of a chain of static names (`this.credentials`, `options.auth`),
 * and nothing may write it between the test and the read: no assignment to it; for a variable, no
 * write from another function; for a chain, no call, `await`, `new`, `yield` or `delete` in between
 * (a method may set the field: `if (!this.token) { await this.login(); log(this.token) }`), except,
 * for a chain on `this`, an event emitted on it when the class writes the field only in the method
 * the read is in, or a call of a method of the class that neither writes the field nor calls anything.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { enclosingClassBody } from './access-path.js';
import { childNodes, contains, enclosingFunction, isFunctionNode, programOf, staticPropertyName, unwrapExpression } from './ast.js';
import { methodOf } from './local-functions.js';

type Variable = TSESLint.Scope.Variable;

/** `this.credentials` → `this.credentials`; `options['auth']` → `options.auth`; null for anything else. */
function chainKey(raw: TSESTree.Node): string | null {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.ThisExpression) return 'this';
  if (node.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = staticPropertyName(node);
  const object = name === null ? null : chainKey(node.object);
  return object === null || name === null ? null : `${object}.${name}`;
}

function isNullish(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  return (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
}

/** `undefined`, `null`, `''`, `0`, `false` (and an empty template): a value that holds no secret. */
function isFalsyLiteral(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  if (isNullish(node)) return true;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0 && node.quasis.every((quasi) => quasi.value.cooked === '');
  return node.type === AST_NODE_TYPES.Literal && (node.value === '' || node.value === 0 || node.value === false);
}

/** Whether `test` evaluating to `outcome` shows the expression `key` names to be falsy. */
function showsFalsy(raw: TSESTree.Node, key: string, outcome: boolean): boolean {
  const test = unwrapExpression(raw);
  switch (test.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === '!' && showsFalsy(test.argument, key, !outcome);
    case AST_NODE_TYPES.LogicalExpression:
      // Both sides hold when `&&` is true, neither when `||` is false.
      if (test.operator === '&&' && outcome) return showsFalsy(test.left, key, true) || showsFalsy(test.right, key, true);
      if (test.operator === '||' && !outcome) return showsFalsy(test.left, key, false) || showsFalsy(test.right, key, false);
      // One side or the other holds (`token == null || token === ''`): each must show it.
      if (test.operator === '||' && outcome) return showsFalsy(test.left, key, true) && showsFalsy(test.right, key, true);
      if (test.operator === '&&' && !outcome) return showsFalsy(test.left, key, false) && showsFalsy(test.right, key, false);
      return false;
    case AST_NODE_TYPES.BinaryExpression: {
      const equal = test.operator === '==' || test.operator === '===';
      if (!equal && test.operator !== '!=' && test.operator !== '!==') return false;
      const compared = isNullish(test.right) ? test.left : isNullish(test.left) ? test.right : null;
      // Nullish when `== null` holds, or `!= null` fails.
      if (compared !== null) return outcome === equal && chainKey(compared) === key;
      // `token === ''`, `pin === 0`: strictly that falsy value (`==` would let `'0'` through).
      const strict = test.operator === '===' || test.operator === '!==';
      const literal = isFalsyLiteral(test.right) ? test.left : isFalsyLiteral(test.left) ? test.right : null;
      return strict && literal !== null && outcome === equal && chainKey(literal) === key;
    }
    default:
      return !outcome && chainKey(test) === key;
  }
}

const LOOPS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/** Whether a statement never completes normally: it returns, throws, breaks or continues at its end. */
function leaves(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body.at(-1);
      return last !== undefined && leaves(last);
    }
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && leaves(statement.consequent) && leaves(statement.alternate);
    default:
      return false;
  }
}

/** Whether a test evaluating to an outcome shows what a narrowing is about. */
export type Shows = (test: TSESTree.Node, outcome: boolean) => boolean;

/**
 * Per statement list, its guards: the `if` statements without `else` whose consequent leaves
 * (see guardBefore). A caller linting a file keeps one for the file, so that each list is read
 * once, not once per read in it (a long function reads many names).
 */
export type GuardIndex = WeakMap<readonly TSESTree.Node[], readonly TSESTree.IfStatement[]>;

/**
 * Where a read is narrowed: the test that shows it, on the branch it takes, a side of `&&`/`||`, or
 * a guard before it that leaves; or null. `falsyKey` also takes a `switch` on it entered only with
 * falsy values.
 */
export function guardingTest(read: TSESTree.Node, shows: Shows, falsyKey: string | null = null, guards: GuardIndex = new WeakMap()): TSESTree.Node | null {
  let child: TSESTree.Node = read;
  for (let parent = read.parent; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (child !== parent.test && shows(parent.test, child === parent.consequent)) return parent.test;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (child === parent.right && parent.operator !== '??' && shows(parent.left, parent.operator === '&&')) return parent.left;
        break;
      case AST_NODE_TYPES.SwitchCase: {
        // `switch (token) { case '': log(token) }`: only that falsy value gets here.
        if (falsyKey !== null && parent.consequent.includes(child as TSESTree.Statement) && fallsInOnlyFalsy(parent, falsyKey)) return parent.test;
        const guard = guardBefore(parent.consequent, child, shows, guards);
        if (guard) return guard;
        break;
      }
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.Program: {
        const guard = guardBefore(parent.body, child, shows, guards);
        if (guard) return guard;
        break;
      }
      default:
        break;
    }
  }
  return null;
}

/** The nearest guard before a statement that leaves unless its test shows the narrowing (`if (token) return;`): its test, or null. */
function guardBefore(body: readonly TSESTree.Node[], child: TSESTree.Node, shows: Shows, guards: GuardIndex): TSESTree.Node | null {
  let candidates = guards.get(body);
  if (!candidates) {
    candidates = body.filter((statement): statement is TSESTree.IfStatement => statement.type === AST_NODE_TYPES.IfStatement && statement.alternate === null && leaves(statement.consequent));
    guards.set(body, candidates);
  }
  // The nearest first, among those before the statement.
  for (let index = candidates.length - 1; index >= 0; index--) {
    const statement = candidates[index] as TSESTree.IfStatement;
    if (statement.range[1] <= child.range[0] && shows(statement.test, false)) return statement.test;
  }
  return null;
}

/**
 * Whether a switch on `key` enters a case only with falsy values: its test and those of the empty
 * cases falling into it are falsy literals, and the case before them leaves (or there is none).
 */
function fallsInOnlyFalsy(switchCase: TSESTree.SwitchCase, key: string): boolean {
  const statement = switchCase.parent;
  if (chainKey(statement.discriminant) !== key) return false;
  const cases = statement.cases;
  for (let index = cases.indexOf(switchCase); index >= 0; index--) {
    const current = cases[index];
    if (!current?.test || !isFalsyLiteral(current.test)) return false;
    const previous = index > 0 ? cases[index - 1] : undefined;
    if (!previous) return true;
    const last = previous.consequent.at(-1);
    if (last !== undefined) return leaves(last);
  }
  return true;
}

/**
 * Whether a call cannot write the field a chain on `this` reads (`this.credentials`): an event
 * emitted on `this` (`this.emit('close')`, whose listeners are other code), or a method of the
 * class whose body neither writes that field (or `this` whole) nor calls anything.
 */
function leavesField(call: TSESTree.CallExpression, key: string): boolean {
  if (!key.startsWith('this.')) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(callee.object).type !== AST_NODE_TYPES.ThisExpression) return false;
  const name = staticPropertyName(callee);
  const field = key.split('.')[1];
  const body = name === null ? null : enclosingClassBody(call);
  // An event's listeners run now: they may write the field unless the class writes it only in the
  // method the read is in (`this.credentials = await this.create()` in `_open`, then `this.emit('close')`).
  if (name === 'emit') return body !== null && field !== undefined && writesFieldOnlyIn(body, field, enclosingFunction(call));
  const method = body && name !== null ? methodOf(body, name) : null;
  if (!method) return false;
  const stack: TSESTree.Node[] = [method.fn.body];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression) return false;
    const written = node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete' ? node.argument : null;
    if (written && written.type !== AST_NODE_TYPES.Identifier) {
      // Another field of `this` (`this.closed = true`) leaves this one be.
      const writtenKey = chainKey(written);
      if (writtenKey === null || !writtenKey.startsWith('this.') || writtenKey.split('.')[1] === field) return false;
    }
    if (!isFunctionNode(node) || node === method.fn.body) stack.push(...childNodes(node));
  }
  return true;
}

/** Whether a class writes `this.<field>` nowhere but in `fn` (not in a function nested in it). */
function writesFieldOnlyIn(body: TSESTree.ClassBody, field: string, fn: TSESTree.Node | null): boolean {
  const stack: TSESTree.Node[] = [body];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const written = node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.type === AST_NODE_TYPES.UpdateExpression ? node.argument : null;
    if (written && chainKey(written)?.split('.')[1] === field && chainKey(written)?.startsWith('this.') === true && enclosingFunction(node) !== fn) return false;
    stack.push(...childNodes(node));
  }
  return true;
}

/** Whether something between two offsets of a function may change what a chain of names holds. */
function mayChangeBetween(root: TSESTree.Node, start: number, end: number, key: string, isChain: boolean, skip: TSESTree.Node | null): boolean {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.range[1] <= start || node.range[0] >= end || node === skip) continue;
    const inside = node.range[0] >= start && node.range[1] <= end;
    if (inside) {
      if (node.type === AST_NODE_TYPES.AssignmentExpression && chainKey(node.left) === key) return true;
      if (node.type === AST_NODE_TYPES.UpdateExpression && chainKey(node.argument) === key) return true;
      if (isChain && node.type === AST_NODE_TYPES.CallExpression && !leavesField(node, key)) return true;
      if (isChain && (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.YieldExpression)) return true;
      if (isChain && node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete') return true;
      // A chain's object replaced (`this.options = other`, `options = other`).
      if (isChain && node.type === AST_NODE_TYPES.AssignmentExpression) {
        const written = chainKey(node.left);
        if (written !== null && key.startsWith(`${written}.`)) return true;
      }
      // Destructuring into it, or writes in a pattern: give up rather than follow them.
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type !== AST_NODE_TYPES.Identifier && node.left.type !== AST_NODE_TYPES.MemberExpression) return true;
    }
    if (isFunctionNode(node) && node !== root) continue;
    stack.push(...childNodes(node));
  }
  return false;
}

/**
 * Whether a read of a variable or a chain of static names is where a test of it has shown it falsy,
 * with nothing that may write it in between (see the module comment).
 */
export function isKnownFalsy(read: TSESTree.Node, variableOf: (identifier: TSESTree.Identifier) => Variable | null, guards: GuardIndex = new WeakMap()): boolean {
  const key = chainKey(read);
  if (key === null || key === 'this') return false;
  const test = guardingTest(read, (candidate, outcome) => showsFalsy(candidate, key, outcome), key, guards);
  if (!test) return false;
  const fn = enclosingFunction(read);
  const root: TSESTree.Node | null = fn ?? programOf(read);
  if (!root) return false;
  const isChain = read.type === AST_NODE_TYPES.MemberExpression;
  // A loop after the test around the read brings its later writes back to the read.
  let end = read.range[0];
  for (let current = read.parent; current && current.range[0] > test.range[1]; current = current.parent) {
    if (LOOPS.has(current.type)) end = current.range[1];
  }
  // The test's other branch is not on the way (the arm it takes when the value is truthy, or a guard that leaves).
  const branching = test.parent;
  const skip = branching?.type === AST_NODE_TYPES.IfStatement || branching?.type === AST_NODE_TYPES.ConditionalExpression ? ([branching.consequent, branching.alternate].find((arm) => arm !== null && !contains(arm, read)) ?? null) : null;
  if (mayChangeBetween(root, test.range[1], end, key, isChain, skip)) return false;
  if (isChain) return true;
  // A variable: not written from another function (a callback may run in between).
  const variable = variableOf(read as TSESTree.Identifier);
  if (!variable) return false;
  return variable.references.every((reference) => !reference.isWrite() || enclosingFunction(reference.identifier) === fn);
}
