/**
 * Redaction by key: a `[key, value]` pair of an object's entries whose key a test has shown not to
 * name a secret holds no secret there. The test is one a user writes to leave secrets out:
 *
 * - the key compared with, or searched for, a text naming a secret: `key.includes('password')`,
 *   `key.endsWith('_key')`, `key.toLowerCase().startsWith('token')`, `/pass|token/i.test(key)`,
 *   `key.match(/secret/)`, `key === 'password'`;
 * - the key looked up in a list of such names written in the file (`SENSITIVE.includes(key)`,
 *   `SECRET_KEYS.has(key)`, a `const` array or `new Set([...])` of literals);
 * - a function named for the test (`isSensitive(key)`, `isSecretKey(key)`, `shouldRedact(key)`).
 *
 * Such a test being true says the key names a secret; the narrowing holds where it is false
 * (`if (key.includes('password')) continue;`, `key.includes('password') ? '***' : value`,
 * `.filter(([key]) => !isSensitive(key))`), through `!`, `&&` and `||`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { AccessPathResolver } from './access-path.js';
import { staticPropertyName, stringLiteralValue, unwrapExpression, writtenCalleeName } from './ast.js';
import { splitWords } from '../words.js';

type Variable = TSESLint.Scope.Variable;

/** Whether a text (a literal, a regular expression's alternatives) names a secret, by the rule's vocabulary. */
export type IsSecretText = (text: string) => boolean;

/** String methods that search a key for a text, true (or a match) when found. */
const SEARCH_METHODS: ReadonlySet<string> = new Set(['includes', 'startsWith', 'endsWith', 'match']);
/** String methods giving where a text is found in a key, -1 when it is not. */
const POSITION_METHODS: ReadonlySet<string> = new Set(['indexOf', 'search']);
/** Conversions that keep what a key names. */
const CASE_METHODS: ReadonlySet<string> = new Set(['toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'trim']);
/** Words of a predicate's name that say it tests for a secret (`isSensitive`, `isSecretKey`, `shouldRedact`). */
const TEST_WORDS: ReadonlySet<string> = new Set(['sensitive', 'secret', 'secrets', 'redact', 'redacted', 'mask', 'masked', 'private', 'confidential', 'credential', 'credentials']);

/**
 * Whether `test` evaluating to `outcome` shows that the key `key` (a variable) names no secret.
 * (`!key.includes('password')` true, `key.includes('password')` false.)
 */
export function showsNonSecretKey(test: TSESTree.Node, key: Variable, outcome: boolean, isSecretText: IsSecretText, paths: AccessPathResolver): boolean {
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return showsNonSecretKey(node.argument, key, !outcome, isSecretText, paths);
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    // `a && b` true: both hold; `a || b` false: neither does. Then one side showing it is enough.
    if ((node.operator === '&&' && outcome) || (node.operator === '||' && !outcome)) {
      return showsNonSecretKey(node.left, key, outcome, isSecretText, paths) || showsNonSecretKey(node.right, key, outcome, isSecretText, paths);
    }
    // Otherwise one side or the other: each must show it.
    if ((node.operator === '||' && outcome) || (node.operator === '&&' && !outcome)) {
      return showsNonSecretKey(node.left, key, outcome, isSecretText, paths) && showsNonSecretKey(node.right, key, outcome, isSecretText, paths);
    }
    return false;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression) {
    // `key === 'password'` false, `key !== 'password'` true; `key.indexOf('pass') === -1` true.
    const equal = node.operator === '===' || node.operator === '==';
    if (!equal && node.operator !== '!==' && node.operator !== '!=') return false;
    const search = isMinusOne(node.right) ? node.left : isMinusOne(node.left) ? node.right : null;
    if (search) return outcome === equal && isPositionOfSecret(search, key, isSecretText, paths);
    const text = isKeyRead(node.left, key, paths) ? node.right : isKeyRead(node.right, key, paths) ? node.left : null;
    return text !== null && outcome !== equal && isSecretLiteral(text, isSecretText);
  }
  return !outcome && namesSecretTest(node, key, isSecretText, paths);
}

/** Whether an expression is true exactly when the key names a secret (see the module comment). */
function namesSecretTest(raw: TSESTree.Node, key: Variable, isSecretText: IsSecretText, paths: AccessPathResolver): boolean {
  const node = unwrapExpression(raw);
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  const [first] = node.arguments;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(callee);
    // `key.includes('password')`, `key.toLowerCase().match(/token/)`.
    if (method !== null && SEARCH_METHODS.has(method) && isKeyRead(callee.object, key, paths)) return first !== undefined && isSecretLiteral(first, isSecretText);
    // `/pass|token/i.test(key)`.
    if (method === 'test' && first !== undefined && isKeyRead(first, key, paths)) return isSecretLiteral(callee.object, isSecretText);
    // `SENSITIVE_KEYS.includes(key)`, `SECRET_KEYS.has(key)`.
    if ((method === 'includes' || method === 'has') && first !== undefined && isKeyRead(first, key, paths)) return listNamesSecret(callee.object, isSecretText, paths);
    return false;
  }
  // `isSensitive(key)`, `isSecretKey(key.toLowerCase())`.
  const name = writtenCalleeName(node);
  return name !== null && first !== undefined && isKeyRead(first, key, paths) && splitWords(name).some((word) => TEST_WORDS.has(word));
}

/** `key.indexOf('password')`, `key.search(/token/)`. */
function isPositionOfSecret(raw: TSESTree.Node, key: Variable, isSecretText: IsSecretText, paths: AccessPathResolver): boolean {
  const node = unwrapExpression(raw);
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  const [first] = node.arguments;
  return callee.type === AST_NODE_TYPES.MemberExpression && POSITION_METHODS.has(staticPropertyName(callee) ?? '') && isKeyRead(callee.object, key, paths) && first !== undefined && isSecretLiteral(first, isSecretText);
}

/** The key itself, or a conversion of it that keeps what it names (`key.toLowerCase()`, `String(key)`). */
function isKeyRead(raw: TSESTree.Node, key: Variable, paths: AccessPathResolver): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) return paths.variableOf(node) === key;
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && CASE_METHODS.has(staticPropertyName(callee) ?? '') && node.arguments.length === 0) return isKeyRead(callee.object, key, paths);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String' && node.arguments.length === 1 && isKeyRead(node.arguments[0] as TSESTree.Node, key, paths);
}

function isMinusOne(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-' && node.argument.type === AST_NODE_TYPES.Literal && node.argument.value === 1;
}

/** A string literal naming a secret, or a regular expression one of whose alternatives does. */
function isSecretLiteral(raw: TSESTree.Node, isSecretText: IsSecretText): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Literal && 'regex' in node) {
    // `/pass(word)?|api[_-]?key/i`: the letters of each alternative.
    return node.regex.pattern.split('|').some((alternative) => {
      const text = alternative.replace(/\\[a-z]|\[[^\]]*\]|[^a-z0-9_ ]/giu, ' ').trim();
      return text.length > 0 && isSecretText(text);
    });
  }
  const text = stringLiteralValue(node);
  return text !== null && text.length > 0 && isSecretText(text);
}

/** A list written in the file whose elements are literals, some naming a secret (`const SENSITIVE = ['password', 'token']`, `new Set([...])`). */
function listNamesSecret(raw: TSESTree.Node, isSecretText: IsSecretText, paths: AccessPathResolver): boolean {
  let node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = paths.variableOf(node);
    const alias = variable ? paths.aliasTargetOf(variable) : null;
    if (!alias || alias.names.length > 0) return false;
    node = unwrapExpression(alias.expression);
  }
  if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Set' && node.arguments[0]) node = unwrapExpression(node.arguments[0]);
  if (node.type !== AST_NODE_TYPES.ArrayExpression) return false;
  return node.elements.some((element) => element !== null && element.type !== AST_NODE_TYPES.SpreadElement && isSecretLiteral(element, isSecretText));
}
