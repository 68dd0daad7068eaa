/**
 * Subject keys: what a fact is about, as an access path rooted at a variable, `this` or a global.
 *
 * `node.id` is `v3.id` where v3 is the variable `node`; an alias written once resolves to what it
 * names (`const nodeId = node.id` makes `nodeId` the key `v3.id`, `const { id } = node` too), so
 * facts follow aliases and destructuring. A write to a variable or member kills the facts about
 * it and below it.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import type { AccessPathResolver } from '../matching/access-path.js';
import { namesToBinding, UNKNOWN_NAME } from '../matching/access-path.js';
import { elementSourceOf, isArrayChangingCall, isFunctionNode, isWriteTarget, outermostWrapper, staticPropertyName, unwrapExpression } from '../matching/ast.js';
import { isWrittenNever } from '../matching/local-functions.js';

type Variable = TSESLint.Scope.Variable;

const { DefinitionType } = TSESLint.Scope;

const MAX_DEPTH = 16;

/** Properties that name the object they belong to: `node.id` stands for `node`. */
export const IDENTITY_PROPERTIES: ReadonlySet<string> = new Set(['id', 'uuid', 'nodeId', 'node_id', 'name']);

/** The items a listing call returns belong to its owner: `listVolumeTargets({ nodeId: n })` → `n.[]`. */
export const ITEMS = '[]';
const ITEM_SUFFIX = `.${ITEMS}`;
/** Whether a reference to an array writes an element (`nodes[j] = x`) or rearranges them (`nodes.sort()`). */
function isRearrangedThrough(identifier: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(identifier);
  const member = wrapper.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== wrapper) return false;
  return (member.computed && isWriteTarget(member)) || isArrayChangingCall(member);
}

/** Every element of an array (`v3:nodes.[*]`): what a `nodes.every(...)` test said of each. */
export const EACH = '[*]';
/** How an index variable's key opens in an element's key (`v3:nodes.[v7:i]`): never a variable key's start. */
const INDEX_OPEN = '[v';

/** The keys of the index variables a subject key reads (`v7:i` of `v3:nodes.[v7:i].id`). */
export function indexVariablesOf(subject: string): string[] {
  const found: string[] = [];
  for (let start = subject.indexOf(INDEX_OPEN); start !== -1; start = subject.indexOf(INDEX_OPEN, start + 1)) {
    const end = subject.indexOf(']', start);
    if (end === -1) break;
    found.push(subject.slice(start + 1, end));
  }
  return found;
}
const ITEM_SEGMENT = `.${ITEMS}.`;

export class SubjectKeys {
  readonly #paths: AccessPathResolver;
  readonly #ownerOf: (call: TSESTree.CallExpression) => TSESTree.Node | null;
  readonly #ids = new Map<Variable, string>();
  readonly #patternIds = new Map<TSESTree.Node, string>();
  readonly #expressionIds = new Map<TSESTree.Node, string>();
  readonly #cache = new WeakMap<TSESTree.Node, string | null>();

  /** @param ownerOf for a call listing the items of a subject, that subject's expression */
  constructor(paths: AccessPathResolver, ownerOf: (call: TSESTree.CallExpression) => TSESTree.Node | null = () => null) {
    this.#paths = paths;
    this.#ownerOf = ownerOf;
  }

  /** The key of an expression, or null when it names no stable subject (a call result, a literal). */
  keyOf(node: TSESTree.Node): string | null {
    return this.#key(node, 0);
  }

  /** What a variable written once holds whole (`const state = node.provisionState ?? 'unknown'`), or null. */
  aliasedExpression(node: TSESTree.Node): TSESTree.Node | null {
    const identifier = unwrapExpression(node);
    if (identifier.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#paths.variableOf(identifier);
    const alias = variable ? this.#paths.aliasTargetOf(variable) : null;
    return alias && alias.names.length === 0 ? alias.expression : null;
  }

  /**
   * For an item a subject's listing gave (`target.id` in `for (const target of await
   * listVolumeTargets({ nodeId }))`), the owner's expression as written (`nodeId`); null otherwise.
   */
  listedOwnerOf(node: TSESTree.Node): TSESTree.Node | null {
    let inner = unwrapExpression(node);
    while (inner.type === AST_NODE_TYPES.MemberExpression && (inner.computed || IDENTITY_PROPERTIES.has(staticPropertyName(inner) ?? ''))) inner = unwrapExpression(inner.object);
    return this.#listingOwner(inner, 0);
  }

  #listingOwner(expression: TSESTree.Node, depth: number): TSESTree.Node | null {
    if (depth > MAX_DEPTH) return null;
    let inner = unwrapExpression(expression);
    if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
    if (inner.type === AST_NODE_TYPES.CallExpression) return this.#ownerOf(inner);
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#paths.variableOf(inner);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || !def) return null;
    if (def.type === DefinitionType.Parameter && isFunctionNode(def.node)) {
      const index = def.node.params.indexOf(def.name);
      const array = index === -1 ? null : elementSourceOf(def.node, index);
      return array ? this.#listingOwner(array, depth + 1) : null;
    }
    if (def.type !== DefinitionType.Variable || def.node.id !== def.name) return null;
    const loop = def.node.parent.parent;
    if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.node.parent) return this.#listingOwner(loop.right, depth + 1);
    return def.node.init ? this.#listingOwner(def.node.init, depth + 1) : null;
  }

  /** The key for a variable itself (what a write to it kills). */
  variableKey(variable: Variable): string {
    return numberedKey(this.#ids, variable, (index) => `v${index}:${variable.name}`);
  }

  /**
   * The key of the value a destructuring declaration takes apart when that value has no key of its
   * own (`const { id: nodeId } = await validate(instance)`): its bindings are keyed below it
   * (`nodeId` is `<pattern>.id`), so facts about the value reach them.
   */
  patternKey(declarator: TSESTree.VariableDeclarator): string {
    return numberedKey(this.#patternIds, declarator, (index) => `p${index}:`);
  }

  /**
   * A key for a value used right where it is made (`(await validateInstanceAndNode(i)).uuid`): a
   * check's result read in place. Registered by the check, before any subject below it is keyed.
   */
  expressionKey(expression: TSESTree.Node): string {
    return numberedKey(this.#expressionIds, expression, (index) => `e${index}:`);
  }

  /** The key a write target kills: the variable (not what it aliased) or the member path. */
  writtenKey(target: TSESTree.Node): string | null {
    const node = unwrapExpression(target);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = this.#paths.variableOf(node);
      return variable ? this.variableKey(variable) : `g:${node.name}`;
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) return this.keyOf(node);
    return null;
  }

  /**
   * What a write to `target` kills: the variable or member path, and — for an identity property
   * (`node.id = other`) — the object it identifies.
   */
  killedKeys(target: TSESTree.Node): string[] {
    const key = this.writtenKey(target);
    if (key === null) return [];
    const node = unwrapExpression(target);
    if (node.type === AST_NODE_TYPES.MemberExpression && IDENTITY_PROPERTIES.has(staticPropertyName(node) ?? '')) {
      const owner = this.keyOf(node.object);
      if (owner !== null) return [key, owner];
    }
    return [key];
  }

  /**
   * `nodes[i]` with `i` a variable: the element at that variable, `<nodes>.[<i>]`. A write to `i`
   * kills it as a write to `nodes` does (see {@link indexVariablesOf}).
   */
  #indexedKey(node: TSESTree.MemberExpression, depth: number): string | null {
    const index = unwrapExpression(node.property);
    if (index.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#paths.variableOf(index);
    if (!variable) return null;
    // An array whose elements are written or moved anywhere (`nodes[j] = spare`, `nodes.shift()`,
    // `nodes.reverse()`) may hold another node at `i` by the time it is read: no key.
    const array = unwrapExpression(node.object);
    const arrayVariable = array.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(array) : null;
    if (!arrayVariable || arrayVariable.references.some((reference) => isRearrangedThrough(reference.identifier))) return null;
    const base = this.#key(node.object, depth + 1);
    return base === null ? null : `${base}.[${this.variableKey(variable)}]`;
  }

  /**
   * The key of a parameter taken apart where it is declared (`remove({ id, provisionState }: Node)`):
   * the argument has no key of its own, so the pattern stands for it and each name is keyed below it
   * (`id` is `<pattern>.id`), as a destructuring declaration's are; null for any other parameter.
   */
  parameterPatternKey(parameter: TSESTree.Parameter): string | null {
    const pattern = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    if (pattern.type !== AST_NODE_TYPES.ObjectPattern && pattern.type !== AST_NODE_TYPES.ArrayPattern) return null;
    return numberedKey(this.#patternIds, parameter, (index) => `p${index}:`);
  }

  /**
   * The key of a binding of a parameter pattern (see parameterPatternKey), or null: for a name of a
   * computed key, or one the function writes again (it may then hold anything).
   */
  #parameterBindingKey(variable: Variable): string | null {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== DefinitionType.Parameter || !isFunctionNode(def.node)) return null;
    const binding = def.name;
    if (binding.type !== AST_NODE_TYPES.Identifier || hasDefault(binding)) return null;
    const parameter = def.node.params.find((item) => item !== binding && namesToBinding(item, binding) !== null);
    const names = parameter ? namesToBinding(parameter, binding) : null;
    if (!parameter || !names || names.length === 0 || names.includes(UNKNOWN_NAME)) return null;
    if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
    const base = this.parameterPatternKey(parameter);
    return base === null ? null : [base, ...names].join('.');
  }

  /** The key of a binding destructured from a for-of's element (`id` of `for (const { id } of nodes)`), or null. */
  #loopPatternKey(variable: Variable): string | null {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== DefinitionType.Variable || def.node.id === def.name) return null;
    const declarator = def.node;
    const loop = declarator.parent.parent;
    if ((loop.type !== AST_NODE_TYPES.ForOfStatement && loop.type !== AST_NODE_TYPES.ForInStatement) || loop.left !== declarator.parent) return null;
    if (hasDefault(def.name)) return null;
    const names = namesToBinding(declarator.id, def.name);
    return names ? [this.patternKey(declarator), ...names].join('.') : null;
  }

  /** `const targets = await list({ nodeId: n })` → `n.[]`; `for (const t of targets)` → `n.[]`. */
  #itemKey(variable: Variable, depth: number): string | null {
    const def = variable.defs[0];
    // `targets.forEach((t) => ...)`, `targets.map(...)`: an element callback's parameter is an item.
    if (variable.defs.length === 1 && def?.type === DefinitionType.Parameter && isFunctionNode(def.node)) {
      const fn = def.node;
      const index = fn.params.indexOf(def.name);
      const array = index === -1 ? null : elementSourceOf(fn, index);
      return array ? this.#listedKey(array, depth) : null;
    }
    if (variable.defs.length !== 1 || def?.type !== DefinitionType.Variable) return null;
    const declarator = def.node;
    if (declarator.id !== def.name) return null;
    const loop = declarator.parent.parent;
    if (loop.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent) {
      const collection = this.#listedKey(loop.right, depth);
      return collection;
    }
    return declarator.init ? this.#listedKey(declarator.init, depth) : null;
  }

  /** The value of property `name` in the object literal a `const` holds (`const req = { node }`), or null. */
  #literalProperty(object: TSESTree.Node, name: string): TSESTree.Node | null {
    const inner = unwrapExpression(object);
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#paths.variableOf(inner);
    const alias = variable ? this.#paths.aliasTargetOf(variable) : null;
    const literal = alias && alias.names.length === 0 ? unwrapExpression(alias.expression) : null;
    if (literal?.type !== AST_NODE_TYPES.ObjectExpression || !variable) return null;
    // `req.node = other` somewhere: the literal no longer tells.
    const rewritten = variable.references.some(({ identifier }) => {
      const member = identifier.parent;
      return member.type === AST_NODE_TYPES.MemberExpression && member.object === identifier && staticPropertyName(member) === name && isWriteTarget(member);
    });
    if (rewritten) return null;
    return literalPart(literal, [name]);
  }

  /** The key of a listing's items, for a listing call or a variable holding one. */
  #listedKey(expression: TSESTree.Node, depth: number): string | null {
    let inner = unwrapExpression(expression);
    if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
    if (inner.type === AST_NODE_TYPES.CallExpression) {
      const owner = this.#ownerOf(inner);
      const ownerKey = owner ? this.#key(owner, depth + 1) : null;
      return ownerKey === null ? null : `${ownerKey}.${ITEMS}`;
    }
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const key = this.#key(inner, depth + 1);
      return key?.endsWith(`.${ITEMS}`) ? key : null;
    }
    // `targets[i]`: an element of a listing is one of its items.
    if (inner.type === AST_NODE_TYPES.MemberExpression && inner.computed) return this.#listedKey(inner.object, depth + 1);
    return null;
  }

  #key(raw: TSESTree.Node, depth: number): string | null {
    if (depth > MAX_DEPTH) return null;
    const cached = this.#cache.get(raw);
    if (cached !== undefined) return cached;
    const node = unwrapExpression(raw);
    let key: string | null = null;
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.#paths.variableOf(node);
        if (!variable) {
          key = `g:${node.name}`;
          break;
        }
        const alias = this.#paths.aliasTargetOf(variable);
        const target = alias ? unwrapExpression(alias.expression) : null;
        if (
          alias &&
          target &&
          (target.type === AST_NODE_TYPES.Identifier ||
            target.type === AST_NODE_TYPES.MemberExpression ||
            target.type === AST_NODE_TYPES.ThisExpression ||
            (alias.names.length === 0 && (target.type === AST_NODE_TYPES.LogicalExpression || target.type === AST_NODE_TYPES.ConditionalExpression)))
        ) {
          const base = this.#key(target, depth + 1);
          key = base === null ? null : [base, ...alias.names].join('.');
        } else if (alias && alias.names.length > 0 && target && literalPart(target, alias.names)) {
          // `const [nodeId] = [node.id]`, `const { id } = { id: node.id }`: what the literal holds there.
          key = this.#key(literalPart(target, alias.names) as TSESTree.Node, depth + 1);
        } else if (alias && alias.names.length > 0) {
          // Destructured from a value with no key (a call's result): keyed below the pattern.
          const declarator = variable.defs[0]?.node;
          if (declarator?.type === AST_NODE_TYPES.VariableDeclarator) key = [this.patternKey(declarator), ...alias.names].join('.');
        }
        // `for (const { id, provisionState } of nodes)`: the names of one element, keyed below its pattern.
        if (key === null && !alias) key = this.#loopPatternKey(variable) ?? this.#parameterBindingKey(variable);
        key ??= this.#itemKey(variable, depth) ?? this.variableKey(variable);
        break;
      }
      case AST_NODE_TYPES.ThisExpression:
        key = 'this';
        break;
      case AST_NODE_TYPES.AwaitExpression:
        key = this.#expressionIds.get(raw) ?? this.#expressionIds.get(node) ?? null;
        break;
      case AST_NODE_TYPES.CallExpression: {
        key = this.#expressionIds.get(raw) ?? this.#expressionIds.get(node) ?? null;
        // `String(node.id)`, `node.id.toString()`: the same subject as a string.
        const converted = key === null ? stringConversionOf(node) : null;
        if (converted) key = this.#key(converted, depth + 1);
        break;
      }
      // `${node.id}`: the subject alone in a template.
      case AST_NODE_TYPES.TemplateLiteral:
        key = node.expressions.length === 1 && node.quasis.every((quasi) => quasi.value.cooked === '') ? this.#key(node.expressions[0] as TSESTree.Node, depth + 1) : null;
        break;
      case AST_NODE_TYPES.MemberExpression: {
        const name = staticPropertyName(node);
        // `const req = { node, state }; act(req.node.id)`: the value the literal holds there.
        const held = name === null ? null : this.#literalProperty(node.object, name);
        if (held) {
          key = this.#key(held, depth + 1);
          break;
        }
        const base = name === null ? null : this.#key(node.object, depth + 1);
        key = base === null || name === null ? null : `${base}.${name}`;
        // `targets[i].id`: an element of a listing read by index.
        if (name === null && node.computed) key = this.#listedKey(node.object, depth + 1) ?? this.#indexedKey(node, depth);
        break;
      }
      // `node.uuid ?? node.id`, `byUuid ? node.uuid : node.id`: names of one subject.
      // A side that never returns gives no value: `ok ? node.id : refuse('busy')` is `node.id`.
      case AST_NODE_TYPES.LogicalExpression:
        key = this.#neverReturns(node.right) ? this.#key(node.left, depth + 1) : sameSubjectKey(this.#key(node.left, depth + 1), this.#key(node.right, depth + 1));
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (this.#neverReturns(node.alternate)) key = this.#key(node.consequent, depth + 1);
        else if (this.#neverReturns(node.consequent)) key = this.#key(node.alternate, depth + 1);
        else key = sameSubjectKey(this.#key(node.consequent, depth + 1), this.#key(node.alternate, depth + 1));
        break;
      default:
        key = null;
    }
    this.#cache.set(raw, key);
    return key;
  }

  /** A call of a function of the file written never to return (`refuse('busy')` with `refuse(m): never`). */
  #neverReturns(node: TSESTree.Node): boolean {
    const inner = unwrapExpression(node);
    return inner.type === AST_NODE_TYPES.CallExpression && isWrittenNever(inner, this.#paths);
  }
}

/** The value a call converts to a string unchanged (`String(x)`, `x.toString()`), or null. */
function stringConversionOf(call: TSESTree.CallExpression): TSESTree.Node | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && call.arguments.length === 1 && call.arguments[0]?.type !== AST_NODE_TYPES.SpreadElement) {
    return call.arguments[0] ?? null;
  }
  return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'toString' && call.arguments.length === 0 ? callee.object : null;
}

/** The key of the subject both keys name (the same key, or the object two identity properties name), or null. */
function sameSubjectKey(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  if (a === b) return a;
  const ownerA = subjectCandidates(a).at(-1);
  return ownerA !== undefined && ownerA === subjectCandidates(b).at(-1) && ownerA !== a && ownerA !== b ? ownerA : null;
}

/** The key given to `item` in `ids`, numbering it on first use. */
function numberedKey<K>(ids: Map<K, string>, item: K, make: (index: string) => string): string {
  let id = ids.get(item);
  if (id === undefined) {
    id = make(String(ids.size));
    ids.set(item, id);
  }
  return id;
}

/**
 * The keys a fact about `subject` may be recorded under: itself, the object an identity property
 * names (`node.id` → `node`), and the owner of a listed item (`n.[].id` → `n.[]` → `n`).
 */
export function subjectCandidates(subject: string): string[] {
  const candidates = [subject];
  let current = subject;
  for (;;) {
    const dot = current.lastIndexOf('.');
    if (dot === -1) break;
    const last = current.slice(dot + 1);
    if (!IDENTITY_PROPERTIES.has(last) && last !== ITEMS) break;
    current = current.slice(0, dot);
    candidates.push(current);
  }
  return candidates;
}

const SAME = 'same:';

/**
 * Facts saying `a` and `b` are one entity — a check's argument and the value it returned
 * (`node = await getNode(nodeId)`). One fact is about each, so a write to either ends the pairing.
 */
export function sameSubjectFacts(a: string, b: string): string[] {
  return a === b ? [] : [`${SAME}${a}|${b}`, `${SAME}${b}|${a}`];
}

/**
 * The subject's candidates, and the entities paired with any of them by {@link sameSubjectFacts}
 * where `facts` hold: a test of `node.provisionState` vouches for `deleteNode(nodeId)`.
 */
export function boundCandidates(subject: string, facts: ReadonlySet<string>): string[] {
  // An item a subject's listing gave (`target.id` of `listVolumeTargets({ nodeId })`) needs the
  // check on its owner: a check of the item itself (`getNode(target.id)`) is no check of the owner.
  const all = subjectCandidates(subject);
  const owners = subject.includes(ITEM_SUFFIX) ? all.filter((candidate) => !candidate.endsWith(ITEM_SUFFIX) && !candidate.includes(ITEM_SEGMENT)) : all;
  const candidates = owners.length > 0 ? owners : all;
  const result = [...candidates];
  for (const item of facts) {
    if (!item.startsWith(SAME)) continue;
    const bar = item.lastIndexOf('|');
    const about = item.slice(bar + 1);
    const other = item.slice(SAME.length, bar);
    if (!candidates.includes(about) || !facts.has(`${SAME}${about}|${other}`)) continue;
    // `fresh = await getNode(node.id)`: paired with `node.id`, so with `node` as a read of its id is.
    for (const candidate of subjectCandidates(other)) if (!result.includes(candidate)) result.push(candidate);
  }
  return result;
}

/** Replaces a key's root (`v3:node.id` with root `v3:node` → `<replacement>.id`). */
export function rebase(key: string, root: string, replacement: string): string | null {
  if (key === root) return replacement;
  if (key.startsWith(root) && key.charAt(root.length) === '.') return `${replacement}${key.slice(root.length)}`;
  return null;
}


/**
 * What an array or object literal holds at `names` (`[node.id]` at `0`, `{ node }` at `node`), or
 * null when a spread, a computed key or a hole leaves it unknown.
 */
function literalPart(expression: TSESTree.Node, names: readonly string[]): TSESTree.Node | null {
  let current: TSESTree.Node = unwrapExpression(expression);
  for (const name of names) {
    let value: TSESTree.Node | null = null;
    if (current.type === AST_NODE_TYPES.ArrayExpression) {
      const index = Number(name);
      const elements = current.elements;
      if (!Number.isInteger(index) || elements.slice(0, index + 1).some((element) => element?.type === AST_NODE_TYPES.SpreadElement)) return null;
      value = elements[index] ?? null;
    } else if (current.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of current.properties) {
        // A spread may hold the name too: what the literal holds there is not known.
        if (property.type === AST_NODE_TYPES.SpreadElement) value = null;
        else if (!property.computed && staticPropertyName(property) === name && property.kind === 'init') value = property.value;
      }
    }
    if (value === null) return null;
    current = unwrapExpression(value);
  }
  return current;
}

/** A binding with a default (`{ id = spareId }`): it may hold the default, not the part it names. */
function hasDefault(binding: TSESTree.Identifier): boolean {
  return binding.parent.type === AST_NODE_TYPES.AssignmentPattern && binding.parent.left === binding;
}
