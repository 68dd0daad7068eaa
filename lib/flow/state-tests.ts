/**
 * What a branch test tells about a subject, as facts for each outcome of the test.
 *
 * - truthiness of a subject path: `if (node.isMaintenance)` → `truthy|…` / `falsy|…`;
 * - comparison with a constant: `node.provisionState !== 'active'` (or a switch case);
 * - membership: `UNPROVISION_STATES.includes(node.provisionState)`, `ALL.has(state)`, and
 *   `STATES.indexOf(state) === -1` (not in it), `!== -1` or `>= 0` (in it).
 *
 * A value test is encoded by exclusion: on the outcome where the state is `active`, every other
 * known value is excluded (`ne:<value>|subject`), including `*` (any value the vocabulary does not
 * know); where it is not `active`, `active` is excluded. Intersecting facts over paths then
 * yields the union of the allowed values — the join the engine's set intersection computes.
 * Membership in a collection whose elements are unknown gives `in:`/`out:` facts instead.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { ConstantValue, ConstantValues } from '../matching/constant-values.js';
import type { SubjectKeys } from './subjects.js';
import { COMPARISON_OPERATORS, staticPropertyName, stringLiteralValue, unwrapExpression } from '../matching/ast.js';

export const UNKNOWN_VALUE = '*';

/** The prefix of a fact saying a state with no known values is the value named (`eq:Running|key`). */
const EQUAL = 'eq:';

/** The prefix of a fact saying a flag is not `false` (`flag !== false`: true, or absent). */
const NOT_FALSE = 'notfalse|';

/** Whether a fact records a test of its subject's value: any comparison, membership or truthiness. */
export function isValueTestFact(fact: string): boolean {
  return /^(?:ne:|eq:|in:|out:|truthy\||falsy\||notfalse\|)/u.test(fact);
}

export interface OutcomeFacts {
  readonly whenTrue: readonly string[];
  readonly whenFalse: readonly string[];
}

export interface StateTestContext {
  readonly keys: SubjectKeys;
  readonly constants: ConstantValues;
  /** The values a state property can take (empty: not a state property, or one with no known values). */
  universe(property: string): readonly string[];
  /** Whether a check tests the property (`pass: "tested"` on a property whose values nothing lists). */
  isState(property: string): boolean;
}

export function truthyFact(key: string): string {
  return `truthy|${key}`;
}

export function falsyFact(key: string): string {
  return `falsy|${key}`;
}

export function excludedFact(value: ConstantValue, key: string): string {
  return `ne:${value ?? 'null'}|${key}`;
}

/** The facts each outcome of an atomic test implies, or null when it says nothing we track. */
export function stateTestFacts(atom: TSESTree.Node, context: StateTestContext): OutcomeFacts | null {
  const parent = atom.parent;
  if (parent?.type === AST_NODE_TYPES.SwitchCase && parent.test === atom) {
    // `switch (true) { case node.provisionState === 'manageable': ... }`: each case is a condition.
    const discriminant = unwrapExpression(parent.parent.discriminant);
    // Only a case that is a boolean: `case node.ready:` matches `true` only when it is `true`, not any truthy value.
    if (discriminant.type === AST_NODE_TYPES.Literal && typeof discriminant.value === 'boolean' && isBooleanValued(atom)) {
      const facts = conditionFacts(atom, context);
      return facts && !discriminant.value ? { whenTrue: facts.whenFalse, whenFalse: facts.whenTrue } : facts;
    }
    return comparison(parent.parent.discriminant, atom, true, context);
  }
  return conditionFacts(atom, context);
}

/** An expression whose value is `true` or `false`: a comparison, `!x`, `in`, `instanceof`, or `&&`/`||` of those. */
function isBooleanValued(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  switch (node.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return COMPARISON_OPERATORS.has(node.operator);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator !== '??' && isBooleanValued(node.left) && isBooleanValued(node.right);
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'boolean';
    // Membership: `DELETABLE.includes(state)`, `STATES.has(state)`.
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
      return method === 'includes' || method === 'has';
    }
    default:
      return false;
  }
}

function conditionFacts(atom: TSESTree.Node, context: StateTestContext): OutcomeFacts | null {
  const node = unwrapExpression(atom);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression: {
      const key = context.keys.keyOf(node);
      if (key !== null) return { whenTrue: [truthyFact(key)], whenFalse: [falsyFact(key)] };
      return node.type === AST_NODE_TYPES.MemberExpression ? lookup(node, context) : null;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      const indexed = indexMembership(node, context);
      if (indexed !== undefined) return indexed;
      const normalized = normalizedComparison(node, context);
      if (normalized) return normalized;
      if (node.operator === '===' || node.operator === '==') return comparison(node.left, node.right, true, context);
      if (node.operator === '!==' || node.operator === '!=') return comparison(node.left, node.right, false, context);
      if (node.operator === 'in') return keyMembership(node.left, node.right, context);
      return null;
    }
    case AST_NODE_TYPES.CallExpression:
      return textPatternTest(node, context) ?? membership(node, context);
    default:
      return null;
  }
}

/**
 * A test of a state's text (`state.startsWith('clean')`, `endsWith('failed')`, `includes('wait')`,
 * `/^clean/.test(state)`): the known values it accepts. A value the vocabulary does not know may
 * match too, so none is ruled out for it.
 */
function textPatternTest(call: TSESTree.CallExpression, context: StateTestContext): OutcomeFacts | null {
  const callee = unwrapExpression(call.callee);
  const [argument] = call.arguments;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments.length !== 1 || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return null;
  const method = staticPropertyName(callee);
  const receiver = unwrapExpression(callee.object);
  let subject: TSESTree.Node;
  let accepts: (value: string) => boolean;
  if (method === 'test' && receiver.type === AST_NODE_TYPES.Literal && 'regex' in receiver) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(receiver.regex.pattern, receiver.regex.flags.replaceAll(/[gy]/gu, ''));
    } catch {
      return null;
    }
    subject = argument;
    accepts = (value) => pattern.test(value);
  } else if ((method === 'startsWith' || method === 'endsWith' || method === 'includes') && stringLiteralValue(argument) !== null) {
    const text = stringLiteralValue(argument) ?? '';
    subject = callee.object;
    accepts = method === 'startsWith' ? (value) => value.startsWith(text) : method === 'endsWith' ? (value) => value.endsWith(text) : (value) => value.includes(text);
  } else {
    return null;
  }
  const tested = withoutRejectedFallback(subject, accepts);
  return tested ? patternFacts(tested, accepts, context, false) : null;
}

/**
 * The state a text test reads through a fallback (`node.provisionState ?? ''`) when the test
 * rejects the fallback's text, so that a missing state fails it too; null when the fallback passes
 * (`/^(manageable)?$/.test(state ?? '')` lets a missing state through).
 */
function withoutRejectedFallback(subject: TSESTree.Node, accepts: (value: string) => boolean): TSESTree.Node | null {
  const inner = unwrapExpression(subject);
  if (inner.type !== AST_NODE_TYPES.LogicalExpression || inner.operator === '&&') return subject;
  const fallback = stringLiteralValue(inner.right);
  return fallback !== null && !accepts(fallback) ? inner.left : null;
}

/** `state.toLowerCase() === 'manageable'`, `toUpperCase()`, `trim()`: the known values that compare so. */
function normalizedComparison(node: TSESTree.BinaryExpression, context: StateTestContext): OutcomeFacts | null {
  const equal = node.operator === '===' || node.operator === '==';
  if (!equal && node.operator !== '!==' && node.operator !== '!=') return null;
  for (const [call, other] of [[node.left, node.right], [node.right, node.left]] as const) {
    const inner = unwrapExpression(call);
    const text = stringLiteralValue(other);
    if (inner.type !== AST_NODE_TYPES.CallExpression || inner.arguments.length > 0 || typeof text !== 'string') continue;
    const callee = unwrapExpression(inner.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
    const normalize = method === 'toLowerCase' || method === 'toLocaleLowerCase' ? (value: string) => value.toLowerCase() : method === 'toUpperCase' || method === 'toLocaleUpperCase' ? (value: string) => value.toUpperCase() : method === 'trim' ? (value: string) => value.trim() : null;
    if (!normalize || callee.type !== AST_NODE_TYPES.MemberExpression) continue;
    // Ironic's states are written one way: another casing of a known state is no state of its own.
    const accepts = (value: string): boolean => normalize(value) === text;
    const tested = withoutRejectedFallback(callee.object, accepts);
    const facts = tested ? patternFacts(tested, accepts, context, true) : null;
    if (!facts) return null;
    return equal ? facts : { whenTrue: facts.whenFalse, whenFalse: facts.whenTrue };
  }
  return null;
}

/**
 * What a test accepting the known values `accepts` takes says of the state `subject` names, or
 * null when it names none; `knownOnly`: a value the vocabulary does not know is not accepted either.
 */
function patternFacts(subject: TSESTree.Node, accepts: (value: string) => boolean, context: StateTestContext, knownOnly: boolean): OutcomeFacts | null {
  // `state?.startsWith('clean')`: a missing state is not accepted.
  const key = context.keys.keyOf(subject);
  if (key === null) return null;
  const universe = universeOf(key, context);
  if (universe.length === 0) return null;
  const accepted = universe.filter(accepts);
  return {
    whenTrue: [...universe.filter((value) => !accepted.includes(value)).map((value) => excludedFact(value, key)), excludedFact(null, key), ...(knownOnly ? [excludedFact(UNKNOWN_VALUE, key)] : [])],
    whenFalse: accepted.map((value) => excludedFact(value, key)),
  };
}


/**
 * The values the state a key names can take: the universe of its longest known property path
 * (`v3:pod.status.phase` tries `status.phase`, then `phase`); empty when it is no state.
 */
function universeOf(key: string, context: StateTestContext): readonly string[] {
  const names = key.split('.');
  for (let start = 1; start < names.length; start++) {
    const universe = context.universe(names.slice(start).join('.'));
    if (universe.length > 0) return universe;
  }
  return [];
}

/** Whether a key names a state: one with known values, or one some check tests. */
function isStateLike(key: string, context: StateTestContext): boolean {
  return universeOf(key, context).length > 0 || isStateKey(key, context);
}

/** Whether a key names a state some check tests, known values or not. */
function isStateKey(key: string, context: StateTestContext): boolean {
  const names = key.split('.');
  for (let start = 1; start < names.length; start++) if (context.isState(names.slice(start).join('.'))) return true;
  return false;
}

/** What a comparison of two values tells when it holds and when it fails (`assert.strictEqual(node.provisionState, 'manageable')` compares without an operator). */
export function comparisonFacts(left: TSESTree.Node, right: TSESTree.Node, equal: boolean, context: StateTestContext): OutcomeFacts | null {
  return comparison(left, right, equal, context);
}

function comparison(left: TSESTree.Node, right: TSESTree.Node, equal: boolean, context: StateTestContext): OutcomeFacts | null {
  return compared(left, right, equal, context) ?? compared(right, left, equal, context) ?? comparedWithUnknown(left, right, equal, context) ?? comparedWithUnknown(right, left, equal, context);
}

/**
 * A state compared with a value not known here (`node.provisionState !== expected`, a helper's
 * parameter): tested, though not for a known value, as membership in a collection of unknown
 * elements is (`in:`/`out:` facts of the compared value).
 */
function comparedWithUnknown(keyNode: TSESTree.Node, valueNode: TSESTree.Node, equal: boolean, context: StateTestContext): OutcomeFacts | null {
  const value = unwrapExpression(valueNode);
  // Not a value written out, nor `undefined` (`void 0`): a presence test is no state test.
  if (value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.TemplateLiteral || value.type === AST_NODE_TYPES.UnaryExpression || (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined')) return null;
  if (context.constants.writtenValuesOf(valueNode) !== undefined) return null;
  const key = context.keys.keyOf(withoutFallbackOutside(keyNode, null, context));
  if (key === null || !isStateLike(key, context)) return null;
  const facts = membershipOfUnknown(`=${context.keys.keyOf(valueNode) ?? `@${String(valueNode.range[0])}`}`, key);
  return equal ? facts : { whenTrue: facts.whenFalse, whenFalse: facts.whenTrue };
}

/** A comparison of the subject `keyNode` names with the constant `valueNode` denotes. */
function compared(rawKeyNode: TSESTree.Node, valueNode: TSESTree.Node, equal: boolean, context: StateTestContext): OutcomeFacts | null {
  // A flag compared with a boolean: `=== true` tells truthy from not (false, or absent: falsy),
  // `=== false` tells only that it is false (its other side may be true or absent).
  const flag = unwrapExpression(valueNode);
  if (flag.type === AST_NODE_TYPES.Literal && typeof flag.value === 'boolean') {
    const flagKey = context.keys.keyOf(rawKeyNode);
    if (flagKey === null) return null;
    // Not `false` is no truthiness, but the flag was tested (`pass: "tested"`).
    const isFlag = flag.value ? { whenTrue: [truthyFact(flagKey)], whenFalse: [falsyFact(flagKey)] } : { whenTrue: [falsyFact(flagKey)], whenFalse: [`${NOT_FALSE}${flagKey}`] };
    return equal ? isFlag : { whenTrue: isFlag.whenFalse, whenFalse: isFlag.whenTrue };
  }
  const keyNode = withoutFallback(rawKeyNode, valueNode, context);
  const key = context.keys.keyOf(keyNode);
  if (key === null) return null;
  const universe = universeOf(key, context);
  // Of what is no state with known values, only a null test or a written constant tells something (no type asked).
  const values = universe.length > 0 ? context.constants.valuesOf(valueNode) : context.constants.writtenValuesOf(valueNode);
  if (!values || values.length !== 1) return null;
  const [value] = values;
  if (value === undefined) return null;
  if (value === null) {
    // `x == null`: the subject is absent on the equal outcome.
    const absent = [falsyFact(key), excludedFact(null, key)];
    return equal ? { whenTrue: absent, whenFalse: [excludedFact(null, key)] } : { whenTrue: [excludedFact(null, key)], whenFalse: absent };
  }
  if (universe.length === 0) {
    // A state no vocabulary lists values of (`pass: "tested"` on `status.phase`): what it is, or is not.
    if (!isStateKey(key, context)) return null;
    const isIt = [`${EQUAL}${value}|${key}`, excludedFact(null, key)];
    const isNot = [excludedFact(value, key)];
    return equal ? { whenTrue: isIt, whenFalse: isNot } : { whenTrue: isNot, whenFalse: isIt };
  }
  const isValue = exclusionsFor([value], universe, key);
  const isNotValue = [excludedFact(value, key)];
  return equal ? { whenTrue: isValue, whenFalse: isNotValue } : { whenTrue: isNotValue, whenFalse: isValue };
}

/**
 * `(node.provisionState ?? 'unknown') !== 'manageable'` compares `node.provisionState`: a fallback
 * constant other than the compared value cannot make the comparison hold, and when the subject
 * is absent the test takes the side where it differs, as an absent state does.
 */
function withoutFallback(keyNode: TSESTree.Node, valueNode: TSESTree.Node, context: StateTestContext): TSESTree.Node {
  const compared = context.constants.writtenValuesOf(valueNode);
  return compared?.length === 1 ? withoutFallbackOutside(keyNode, compared, context) : keyNode;
}

/**
 * The subject under a written fallback constant that is none of `accepted`, the values the test
 * accepts (`DELETABLE.includes(node.provisionState ?? '')`, `(state || 'unknown') in STATES`):
 * the fallback fails the test as an absent state does. `accepted` null: unknown elements, where a
 * fallback that is the empty string or `'unknown'`-like still is no member (no state is written so).
 */
function withoutFallbackOutside(keyNode: TSESTree.Node, accepted: readonly ConstantValue[] | null, context: StateTestContext): TSESTree.Node {
  // Also through a `const` holding it (`const state = node.provisionState ?? 'unknown'`).
  const written = unwrapExpression(keyNode);
  const inner = unwrapExpression(context.keys.aliasedExpression(written) ?? written);
  if (inner.type !== AST_NODE_TYPES.LogicalExpression || (inner.operator !== '??' && inner.operator !== '||')) return keyNode;
  const fallback = context.constants.writtenValuesOf(inner.right);
  if (!fallback || fallback.length === 0) return keyNode;
  if (accepted === null ? !fallback.every((value) => value === null || value === '' || /^(?:unknown|none|n\/a|-)$/iu.test(value)) : fallback.some((value) => accepted.includes(value))) {
    return keyNode;
  }
  return inner.left;
}

/**
 * A table indexed by a state (`if (!CAN_DELETE[node.provisionState]) return`): tested, for no
 * known value, as membership in a collection of unknown elements is.
 */
function lookup(read: TSESTree.MemberExpression, context: StateTestContext): OutcomeFacts | null {
  if (!read.computed) return null;
  const key = context.keys.keyOf(read.property);
  if (key === null || !isStateLike(key, context)) return null;
  return membershipOfUnknown(context.keys.keyOf(read.object) ?? `@${String(read.object.range[0])}`, key);
}

/** Membership of `key` in a collection whose elements are not known (named by `collection`): in it, or not. */
function membershipOfUnknown(collection: string, key: string): OutcomeFacts {
  return { whenTrue: [`in:${collection}|${key}`], whenFalse: [`out:${collection}|${key}`] };
}

/**
 * `STATES.indexOf(state) === -1` (or `< 0`): not in it; `!== -1`, `>= 0`, `> -1`: in it. Undefined
 * when the comparison is not of an `indexOf` call with one of those.
 */
function indexMembership(node: TSESTree.BinaryExpression, context: StateTestContext): OutcomeFacts | null | undefined {
  const numberOf = (side: TSESTree.Node): number | null => {
    const value = unwrapExpression(side);
    if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number') return value.value;
    if (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === '-') {
      const inner = unwrapExpression(value.argument);
      return inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'number' ? -inner.value : null;
    }
    return null;
  };
  const isIndexOf = (side: TSESTree.Node): boolean => {
    const call = unwrapExpression(side);
    return call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(call.callee) === 'indexOf';
  };
  // Written as `indexOf(...) <op> n`; `n <op> indexOf(...)` is turned around.
  const flipped: Readonly<Record<string, string>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  const [call, bound, operator] = isIndexOf(node.left) ? [node.left, numberOf(node.right), node.operator] : isIndexOf(node.right) ? [node.right, numberOf(node.left), flipped[node.operator] ?? node.operator] : [null, null, node.operator];
  if (call === null || bound === null) return undefined;
  const absentWhenTrue = ((operator === '===' || operator === '==') && bound === -1) || (operator === '<' && bound === 0) || (operator === '<=' && bound === -1);
  const presentWhenTrue = ((operator === '!==' || operator === '!=') && bound === -1) || (operator === '>=' && bound === 0) || (operator === '>' && bound === -1);
  if (!absentWhenTrue && !presentWhenTrue) return undefined;
  const facts = membership(unwrapExpression(call) as TSESTree.CallExpression, context, true);
  if (!facts) return null;
  return presentWhenTrue ? facts : { whenTrue: facts.whenFalse, whenFalse: facts.whenTrue };
}

function membership(call: TSESTree.CallExpression, context: StateTestContext, indexOf = false): OutcomeFacts | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const method = staticPropertyName(callee);
  if (method !== 'includes' && method !== 'has' && !(indexOf && method === 'indexOf')) return null;
  const [argument] = call.arguments;
  if (!argument || call.arguments.length !== 1 || argument.type === AST_NODE_TYPES.SpreadElement) return null;
  const elements = context.constants.elementsOf(callee.object);
  const key = context.keys.keyOf(withoutFallbackOutside(argument, elements ?? null, context));
  if (key === null) return null;
  const universe = universeOf(key, context);
  if (!elements || universe.length === 0) {
    const collection = context.keys.keyOf(callee.object) ?? `@${String(callee.object.range[0])}`;
    return membershipOfUnknown(collection, key);
  }
  return {
    whenTrue: exclusionsFor(elements, universe, key),
    whenFalse: elements.map((value) => excludedFact(value, key)),
  };
}

/** `node.provisionState in DELETABLE`, with `DELETABLE` an object literal: membership in its keys. */
function keyMembership(subject: TSESTree.Node, object: TSESTree.Node, context: StateTestContext): OutcomeFacts | null {
  const keys = context.constants.keysOf(object);
  const key = keys ? context.keys.keyOf(withoutFallbackOutside(subject, keys, context)) : null;
  if (key === null || !keys) return null;
  const universe = universeOf(key, context);
  if (universe.length === 0) return null;
  return { whenTrue: exclusionsFor(keys, universe, key), whenFalse: keys.map((value) => excludedFact(value, key)) };
}

/** Facts saying the subject's value is one of `allowed`: every other known value, and the unknown ones, excluded. */
function exclusionsFor(allowed: readonly ConstantValue[], universe: readonly string[], key: string): string[] {
  const facts: string[] = [];
  for (const value of universe) if (!allowed.includes(value)) facts.push(excludedFact(value, key));
  if (!allowed.includes(null)) facts.push(excludedFact(null, key));
  // A value the vocabulary does not know is one of the unknown values: they stay possible.
  if (allowed.every((value) => value === null || universe.includes(value))) facts.push(excludedFact(UNKNOWN_VALUE, key));
  return facts;
}
