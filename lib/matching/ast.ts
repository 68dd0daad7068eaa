/**
 * Small syntactic helpers shared by the matchers and engines.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

/** Strips what does not change a value: `a!`, `a as T`, `<T>a`, `a satisfies T`, `a?.b` chains. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        continue;
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        continue;
      default:
        return current;
    }
  }
}

/**
 * The node whose parent gives the value's context: climbs over the wrappers that
 * {@link unwrapExpression} strips, and over parentheses (which ESTree does not keep).
 */
export function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    switch (parent.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = parent;
        continue;
      default:
        return current;
    }
  }
}

export function isFunctionNode(node: TSESTree.Node | undefined | null): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** `Object.assign(...)` of the global `Object`. */
export function isObjectAssign(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'assign' && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Object';
}

/** Comparison operators: their value is a boolean, whatever they compare. */
export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=', 'instanceof', 'in']);

/** The statement after one in the same block or at the same level of the module, if any. */
export function statementAfter(statement: TSESTree.Node): TSESTree.Node | undefined {
  const block = statement.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement && block?.type !== AST_NODE_TYPES.Program) return undefined;
  const body: readonly TSESTree.Node[] = block.body;
  return body[body.indexOf(statement) + 1];
}

/** The function whose value a node is: a `return`'s argument, or an arrow's expression body. */
export function functionReturning(value: TSESTree.Node): FunctionNode | null {
  const parent = value.parent;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) return enclosingFunction(parent);
  return parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === value ? parent : null;
}

/** The nearest enclosing function of a node, or null at module level. */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  let current = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return null;
}

/**
 * The statically known name of a member's property: `a.b`, `a['b']`, `` a[`b`] ``, `a[0]`, `a.#b`.
 * Returns null for computed keys whose value is not a literal.
 */
export function staticPropertyName(
  member:
    | TSESTree.MemberExpression
    | TSESTree.Property
    | TSESTree.PropertyDefinition
    | TSESTree.MethodDefinition
    | TSESTree.AccessorProperty
    | TSESTree.TSPropertySignature
    | TSESTree.TSMethodSignature
    | TSESTree.TSAbstractPropertyDefinition
    | TSESTree.TSAbstractMethodDefinition
    | TSESTree.TSAbstractAccessorProperty,
): string | null {
  const key = member.type === AST_NODE_TYPES.MemberExpression ? member.property : member.key;
  if (!member.computed) {
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
    if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  }
  return staticKeyValue(key);
}

/** The string value of a literal key expression (`'b'`, `` `b` ``, `0`), or null. */
export function staticKeyValue(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Literal) {
    if (typeof key.value === 'string' || typeof key.value === 'number' || typeof key.value === 'bigint') {
      return String(key.value);
    }
    return null;
  }
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) {
    return key.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** A string literal's value (plain or template without expressions), or null. */
export function stringLiteralValue(node: TSESTree.Node): string | null {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') return inner.value;
  if (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0) {
    return inner.quasis[0]?.value.cooked ?? null;
  }
  return null;
}

/** Whether `inner` lies within `outer` (inclusive). */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * The `const` declarator a function is one of the choices of (`const create = options.create ??
 * (() => client.create(id))`, `||`, either branch of `?:`), or null.
 */
export function choiceDeclarator(fn: FunctionNode): TSESTree.VariableDeclarator | null {
  let value: TSESTree.Node = outermostWrapper(fn);
  for (let parent = value.parent; parent; value = outermostWrapper(parent), parent = value.parent) {
    if ((parent.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') || (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== value)) continue;
    const chosen = value !== outermostWrapper(fn);
    return chosen && parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && parent.id.type === AST_NODE_TYPES.Identifier && parent.parent.kind === 'const' ? parent : null;
  }
  return null;
}

/** The name a function is known by: its id, the variable or property it is assigned to, or its method key. */
export function functionName(fn: FunctionNode): string | null {
  if (fn.id) return fn.id.name;
  const parent = fn.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : null;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.Property:
      return staticPropertyName(parent);
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.left.type === AST_NODE_TYPES.Identifier) return parent.left.name;
      if (parent.left.type === AST_NODE_TYPES.MemberExpression) return staticPropertyName(parent.left);
      return null;
    default: {
      // A choice of a `const`'s value (`const create = options.create ?? (() => ...)`): by the `const`.
      const declarator = choiceDeclarator(fn);
      return declarator?.id.type === AST_NODE_TYPES.Identifier ? declarator.id.name : null;
    }
  }
}

/** The name a call is written with: the function called by name, or a member callee's static property (`a.b.c()` → `c`). */
export function writtenCalleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  return writtenName(call.callee);
}

/** The name an expression is written with: an identifier's, or a member's static property (`a.b.c` → `c`). */
export function writtenName(node: TSESTree.Node): string | null {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.Identifier ? inner.name : inner.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(inner) : null;
}

/**
 * The type references a written type is made of, `null` and `undefined` aside (`API`, `hb.API`,
 * `ServiceError | null`); null when it has another kind of member, or no reference at all.
 */
export function typeReferencesOf(type: TSESTree.TypeNode): TSESTree.TSTypeReference[] | null {
  if (type.type === AST_NODE_TYPES.TSTypeReference) return [type];
  if (type.type !== AST_NODE_TYPES.TSUnionType) return null;
  const references: TSESTree.TSTypeReference[] = [];
  for (const member of type.types) {
    if (member.type === AST_NODE_TYPES.TSNullKeyword || member.type === AST_NODE_TYPES.TSUndefinedKeyword) continue;
    const inner = typeReferencesOf(member);
    if (!inner) return null;
    references.push(...inner);
  }
  return references.length > 0 ? references : null;
}

/** A short, single-line rendering of a node's source text for messages. */
export function shortText(text: string, max = 60): string {
  // A chain broken over lines reads as one (`api\n  .completeStep()` → `api.completeStep()`).
  // One pass over each run of whitespace (linear): a run with a line break goes when a member
  // access or a closing bracket follows it, or an opening bracket precedes it.
  const oneLine = text
    .replace(/\s+/g, (run: string, offset: number) => {
      if (!run.includes('\n')) return ' ';
      const before = text[offset - 1];
      const after = text.slice(offset + run.length, offset + run.length + 2);
      return before === '(' || before === '[' || after.startsWith('.') || after === '?.' || after.startsWith(')') || after.startsWith(']') ? '' : ' ';
    })
    .trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** A node's source text without the comments inside it (`yargs // Pair\n.command` reads `yargs.command`), for messages. */
export function nodeText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const comments = sourceCode.getCommentsInside(node);
  if (comments.length === 0) return sourceCode.getText(node);
  let text = '';
  let at = node.range[0];
  for (const comment of comments) {
    text += sourceCode.text.slice(at, comment.range[0]);
    at = comment.range[1];
  }
  return text + sourceCode.text.slice(at, node.range[1]);
}

/** Whether a value is an ESTree node. */
export function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Calls `fn` with each of a node's children and `state`, in the order ESLint visits them (its visitor keys; every node-valued property for an unknown type), allocating nothing. */
export function forEachChild<S>(node: TSESTree.Node, state: S, fn: (child: TSESTree.Node, state: S) => void): void {
  const keys = (visitorKeys as Readonly<Record<string, readonly string[] | undefined>>)[node.type] ?? Object.keys(node).filter((key) => key !== 'parent');
  const record = node as unknown as Readonly<Record<string, unknown>>;
  // Indexed loops: this runs for every node of a walk, and for-of allocates until optimized.
  for (let k = 0; k < keys.length; k++) {
    const value = record[keys[k] as string];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (isNode(item)) fn(item, state);
      }
    } else if (isNode(value)) {
      fn(value, state);
    }
  }
}

/** A node's children, in the order ESLint visits them (its visitor keys; every node-valued property for an unknown type). */
export function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  forEachChild(node, children, pushChild);
  return children;
}

function pushChild(child: TSESTree.Node, children: TSESTree.Node[]): void {
  children.push(child);
}

/** The method of a `Promise.<method>(...)` call (`all`, `allSettled`, `race`, `any`, `resolve`, `reject`), or null. */
export function promiseMethodOf(call: TSESTree.Node): string | null {
  if (call.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = unwrapExpression(callee.object);
  return object.type === AST_NODE_TYPES.Identifier && isPromiseLibrary(object) ? staticPropertyName(callee) : null;
}

/** The usual local names of a promise library (Bluebird). */
const PROMISE_LIBRARY_NAMES: ReadonlySet<string> = new Set(['Promise', 'Bluebird', 'BluebirdPromise', 'BPromise', 'Bromise']);
/** Promise libraries whose static methods are `Promise`'s (and more: `map`, `join`, `props`). */
const PROMISE_LIBRARY_PACKAGES: ReadonlySet<string> = new Set(['bluebird', 'q', 'pinkie-promise', 'es6-promise']);
/** `Promise`, or a name for a promise library (`Bluebird`, `import P from 'bluebird'`). */
function isPromiseLibrary(identifier: TSESTree.Identifier): boolean {
  if (PROMISE_LIBRARY_NAMES.has(identifier.name)) return true;
  const source = importedNames(identifier).get(identifier.name);
  return source !== undefined && PROMISE_LIBRARY_PACKAGES.has(source);
}

/** Per file: the module each name an import binds comes from. */
const importsByProgram = new WeakMap<TSESTree.Program, FileImports>();

/** What a file imports: each local name's module, and the name it was exported under (`default`, `*` for a namespace). */
interface FileImports {
  readonly modules: ReadonlyMap<string, string>;
  readonly bindings: ReadonlyMap<string, { readonly module: string; readonly imported: string }>;
}

function fileImports(node: TSESTree.Node): FileImports | null {
  const program = programOf(node);
  if (!program) return null;
  const cached = importsByProgram.get(program);
  if (cached) return cached;
  const modules = new Map<string, string>();
  const bindings = new Map<string, { module: string; imported: string }>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      for (const specifier of statement.specifiers) {
        modules.set(specifier.local.name, statement.source.value);
        const imported =
          specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
            ? 'default'
            : specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
              ? '*'
              : specifier.imported.type === AST_NODE_TYPES.Identifier
                ? specifier.imported.name
                : specifier.imported.value;
        bindings.set(specifier.local.name, { module: statement.source.value, imported });
      }
    } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration && statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
      modules.set(statement.id.name, statement.moduleReference.expression.value);
      bindings.set(statement.id.name, { module: statement.moduleReference.expression.value, imported: '*' });
    }
  }
  const found = { modules, bindings };
  importsByProgram.set(program, found);
  return found;
}

/**
 * The names the imports of a node's file bind, each with the module it comes from (`API` →
 * `homebridge`, `Bluebird` of `import * as Bluebird from 'bluebird'`, `import P = require('q')`).
 */
export function importedNames(node: TSESTree.Node): ReadonlyMap<string, string> {
  return fileImports(node)?.modules ?? new Map();
}

/** The module a local name is imported from and the name it is exported under (`default`, `*`), or null. */
export function importedBinding(node: TSESTree.Node, local: string): { readonly module: string; readonly imported: string } | null {
  return fileImports(node)?.bindings.get(local) ?? null;
}

/** The Program a node belongs to, or null for a node built outside a parse. */
export function programOf(node: TSESTree.Node): TSESTree.Program | null {
  let current: TSESTree.Node = node;
  while (current.type !== AST_NODE_TYPES.Program) {
    // Typed as always present; a node built outside a parse may lack it.
    const parent = current.parent as TSESTree.Node | undefined;
    if (!parent) return null;
    current = parent;
  }
  return current;
}

/**
 * Methods of a promise library's promises (Bluebird) that settle to a promise carrying the
 * receiver's rejection on: `.tap(f)`, `.timeout(ms)`, `.delay(ms)`, `.spread(f)`, `.lastly(f)`...;
 * and of got's and ky's response promises, which read the body: `got.post(url).json()`, `.text()`.
 */
export const PASSING_PROMISE_METHODS: ReadonlySet<string> = new Set([
  'tap',
  'tapCatch',
  'timeout',
  'delay',
  'spread',
  'thenReturn',
  'thenThrow',
  'lastly',
  'mapSeries',
  'props',
  'json',
  'text',
  'buffer',
  'arrayBuffer',
  'blob',
]);
/** Methods of a promise library's promises that take the rejection: `.reflect()`, `.asCallback(cb)`, `.catchReturn(v)`. */
export const HANDLING_PROMISE_METHODS: ReadonlySet<string> = new Set(['reflect', 'asCallback', 'nodeify', 'catchReturn', 'catchThrow']);

const PROMISE_CHAIN_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

/**
 * The `.then`/`.catch`/`.finally` chain on a value (its outermost wrapper): where the chain ends
 * (the value itself when nothing is chained on it), whether anything is, and whether a link
 * handles rejections (`.catch(h)`, `.then(f, h)`).
 */
export function promiseChainOf(wrapper: TSESTree.Node, rethrowPasses = false): { readonly end: TSESTree.Node; readonly chained: boolean; readonly handlesRejection: boolean; readonly handlers: readonly TSESTree.Node[] } {
  let end = wrapper;
  let chained = false;
  let handlesRejection = false;
  const handlers: TSESTree.Node[] = [];
  for (;;) {
    const member = end.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== end) break;
    const method = staticPropertyName(member);
    const call = member.parent;
    if (method === null || !PROMISE_CHAIN_METHODS.has(method) || call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) break;
    chained = true;
    const handler = method === 'catch' ? call.arguments[0] : method === 'then' ? call.arguments[1] : undefined;
    // With `rethrowPasses`, a handler that always throws (`.catch((e) => { throw new X(e) })`) passes the rejection on.
    if (handler !== undefined) handlers.push(handler);
    if (handler !== undefined && !(rethrowPasses && alwaysThrows(handler))) handlesRejection = true;
    end = outermostWrapper(call);
  }
  return { end, chained, handlesRejection, handlers };
}

/**
 * Whether a function written in place (or declared) always ends by throwing: a block body whose
 * last statement is a `throw` and that has no `return` of its own.
 */
export function alwaysThrows(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.ArrowFunctionExpression && node.type !== AST_NODE_TYPES.FunctionExpression && node.type !== AST_NODE_TYPES.FunctionDeclaration) return false;
  const body = node.body;
  if (body.type !== AST_NODE_TYPES.BlockStatement || body.body.at(-1)?.type !== AST_NODE_TYPES.ThrowStatement) return false;
  const stack: TSESTree.Node[] = [...body.body];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.type === AST_NODE_TYPES.ReturnStatement) return false;
    if (isFunctionNode(item)) continue;
    stack.push(...childNodes(item));
  }
  return true;
}

/**
 * Array methods that call their callback with each element of the receiver, and the positions of
 * elements among the callback's parameters (`reduce((total, item) => ...)`: the second; a `sort`
 * comparator: both).
 */
const ELEMENT_CALLBACKS: ReadonlyMap<string, readonly number[]> = new Map([
  ['forEach', [0]],
  ['map', [0]],
  ['flatMap', [0]],
  ['filter', [0]],
  ['find', [0]],
  ['findLast', [0]],
  ['findIndex', [0]],
  ['findLastIndex', [0]],
  ['some', [0]],
  ['every', [0]],
  ['reduce', [1]],
  ['reduceRight', [1]],
  ['sort', [0, 1]],
  ['toSorted', [0, 1]],
]);

/** Whether an array method of this name calls a function with elements of its receiver (`forEach`, `map`, `reduce`, `sort`). */
export function isElementCallbackMethod(name: string): boolean {
  return ELEMENT_CALLBACKS.has(name);
}

/**
 * What a callback's parameter at `index` receives the elements of: the receiver of the array
 * method the function is written into (`nodes.forEach((node) => ...)` → `nodes`), or null. A
 * TypeScript `this` parameter takes no place.
 */
export function elementSourceOf(fn: FunctionNode, index: number): TSESTree.Node | null {
  const method = elementMethodOf(fn);
  const first = fn.params[0];
  const shift = first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? 1 : 0;
  return method && (ELEMENT_CALLBACKS.get(method.name) ?? []).includes(index - shift) ? method.receiver : null;
}

/** What a callback's parameter at `index` receives whole: the array itself (`xs.forEach((x, i, all) => ...)`), or null. */
export function arraySourceOf(fn: FunctionNode, index: number): TSESTree.Node | null {
  const method = elementMethodOf(fn);
  const first = fn.params[0];
  const shift = first?.type === AST_NODE_TYPES.Identifier && first.name === 'this' ? 1 : 0;
  if (!method || method.name === 'sort' || method.name === 'toSorted') return null;
  const element = Math.max(...(ELEMENT_CALLBACKS.get(method.name) ?? [0]));
  return index - shift === element + 2 ? method.receiver : null;
}

/** Whether a function is the callback of an array method that calls it in place (`items.forEach((item) => ...)`). */
export function isElementCallback(fn: FunctionNode): boolean {
  return elementMethodOf(fn) !== null;
}

/** The array method (and its receiver) a function is the callback of, or null. */
function elementMethodOf(fn: FunctionNode): { readonly name: string; readonly receiver: TSESTree.Node } | null {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = staticPropertyName(callee);
  return name !== null && ELEMENT_CALLBACKS.has(name) ? { name, receiver: callee.object } : null;
}

/**
 * `o.a.b` (or `o?.a['b']`) read from a local variable: the variable and the static keys after it (none
 * for the variable itself); null when any key is computed or the chain starts elsewhere (`this.a`, `f().a`).
 */
export function staticChainOf(node: TSESTree.Node): { readonly root: TSESTree.Identifier; readonly names: string[] } | null {
  const names: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(current);
    if (name === null) return null;
    names.unshift(name);
    current = unwrapExpression(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier ? { root: current, names } : null;
}

/** The values a function returns: an arrow's expression body, or the arguments of its own `return` statements (not those of nested functions). */
export function returnedValues(fn: FunctionNode): TSESTree.Node[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const values: TSESTree.Node[] = [];
  forEachChild(fn.body, values, collectReturns);
  return values;
}

function collectReturns(node: TSESTree.Node, values: TSESTree.Node[]): void {
  if (isFunctionNode(node)) return;
  if (node.type === AST_NODE_TYPES.ReturnStatement) {
    if (node.argument) values.push(node.argument);
    return;
  }
  forEachChild(node, values, collectReturns);
}

/** The loop statements: `for`, `for…in`, `for…of`, `while`, `do…while`. */
export const LOOP_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/** The identifiers an expression reads: not property names, object keys or what functions written inside it read. */
export function identifiersReadIn(node: TSESTree.Node): TSESTree.Identifier[] {
  if (node.type === AST_NODE_TYPES.Identifier) return [node];
  if (isFunctionNode(node)) return [];
  if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed) return identifiersReadIn(node.object);
  if (node.type === AST_NODE_TYPES.Property && !node.computed) return identifiersReadIn(node.value);
  return childNodes(node).flatMap(identifiersReadIn);
}

/** What `pick` finds in a block whose throws reach its catch: not in nested functions, nor in a nested try block with a catch of its own. */
export function collectInTry<T>(block: TSESTree.Node, pick: (node: TSESTree.Node) => T | null): T[] {
  const found: T[] = [];
  const stack: TSESTree.Node[] = [block];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || isFunctionNode(node)) continue;
    const picked = pick(node);
    if (picked !== null) found.push(picked);
    if (node.type === AST_NODE_TYPES.TryStatement && node.handler) {
      stack.push(node.handler.body);
      if (node.finalizer) stack.push(node.finalizer);
      continue;
    }
    for (const child of childNodes(node)) stack.push(child);
  }
  return found;
}

/** Whether an expression is written to: assigned, updated, deleted, or a target in a destructuring assignment. */
export function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.left === node;
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === 'delete';
    case AST_NODE_TYPES.Property:
      return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
    case AST_NODE_TYPES.AssignmentPattern:
      return parent.left === node;
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.RestElement:
      return true;
    default:
      return false;
  }
}

/** Array methods that change which element sits at which index. */
const ARRAY_CHANGING_METHODS: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/** Whether a member is called as one of those (`nodes.shift()`, `SAFE_KEYS.push(k)`). */
export function isArrayChangingCall(member: TSESTree.MemberExpression): boolean {
  const call = member.parent;
  return call.type === AST_NODE_TYPES.CallExpression && call.callee === member && ARRAY_CHANGING_METHODS.has(staticPropertyName(member) ?? '');
}

/** A class's constructor with a body (past any overload signatures), or null when it declares none. */
export function constructorOf(body: TSESTree.ClassBody): TSESTree.FunctionExpression | null {
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor' && member.value.type === AST_NODE_TYPES.FunctionExpression) return member.value;
  }
  return null;
}

/** Per file: its declarations by name (see declarationsNamed). */
const declarationsByProgram = new WeakMap<TSESTree.Program, ReadonlyMap<string, readonly TSESTree.Node[]>>();

/**
 * The declarations of a node's file named `name`, at its top level or in its namespaces, exported
 * or not: type aliases, interfaces, classes, enums, namespaces, functions (indexed once per file).
 */
export function declarationsNamed(node: TSESTree.Node, name: string): readonly TSESTree.Node[] {
  const program = programOf(node);
  if (!program) return [];
  let index = declarationsByProgram.get(program);
  if (!index) {
    const found = new Map<string, TSESTree.Node[]>();
    visitDeclarations(program, (declaration) => {
      const id = 'id' in declaration ? declaration.id : null;
      if (id?.type !== AST_NODE_TYPES.Identifier) return;
      const list = found.get(id.name);
      if (list) list.push(declaration);
      else found.set(id.name, [declaration]);
    });
    index = found;
    declarationsByProgram.set(program, index);
  }
  return index.get(name) ?? [];
}

/** The `type name = ...` of the file (at its top level or in a namespace), or null. */
export function typeAliasOf(node: TSESTree.Node, name: string): TSESTree.TSTypeAliasDeclaration | null {
  return declarationsNamed(node, name).find((declaration): declaration is TSESTree.TSTypeAliasDeclaration => declaration.type === AST_NODE_TYPES.TSTypeAliasDeclaration) ?? null;
}

/** The declarations of a program's top level and of its namespaces, exported or not. */
export function visitDeclarations(program: TSESTree.Program | null, visit: (declaration: TSESTree.Node) => void): void {
  const statements: TSESTree.Node[] = [...(program?.body ?? [])];
  for (let index = 0; index < statements.length; index++) {
    let statement = statements[index] as TSESTree.Node;
    if ((statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) && statement.declaration) statement = statement.declaration;
    visit(statement);
    if (statement.type === AST_NODE_TYPES.TSModuleDeclaration && statement.body?.type === AST_NODE_TYPES.TSModuleBlock) statements.push(...statement.body.body);
  }
}

/** `true` or `false` written as a literal, or null. */
export function booleanLiteral(raw: TSESTree.Node): boolean | null {
  const node = unwrapExpression(raw);
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'boolean' ? node.value : null;
}

/**
 * `x === true`, `false !== x`: the operand compared with a boolean, whether the comparison says
 * what the operand says (`same`), and whether the boolean is `false`; null for anything else.
 */
export function booleanComparison(atom: TSESTree.Node): { operand: TSESTree.Node; same: boolean; comparedWithFalse: boolean } | null {
  const node = unwrapExpression(atom);
  if (node.type !== AST_NODE_TYPES.BinaryExpression || !['===', '!==', '==', '!='].includes(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  const right = booleanLiteral(node.right);
  const literal = right ?? booleanLiteral(node.left);
  if (literal === null) return null;
  return { operand: unwrapExpression(right !== null ? node.left : node.right), same: literal === !node.operator.startsWith('!'), comparedWithFalse: !literal };
}

/** A literal, or a template literal with nothing interpolated (`'x'`, `` `x` ``), through parentheses and casts. */
export function isPlainLiteral(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.Literal || (inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 0);
}
