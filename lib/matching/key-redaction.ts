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
 * (`if (/pass|token/.test(key)) continue;`, `SENSITIVE.includes(key) ? '***' : value`,
 * `.filter(([key]) => !isSensitive(key))`), through `!`, `&&` and `||`, when it rules out a
 * predicate's every secret or two names at least: one name (`key !== 'password'`) lets the others
 * (a token) through.
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
const TEST_WORDS: ReadonlySet<string> = new Set(['sensitive', 'secret', 'secrets', 'redact', 'redacted', 'redactable', 'mask', 'confidential', 'credential', 'credentials']);

/** What a predicate named for the test excludes (`isSensitive(key)`): every secret its author knows of. */
const EVERY_SECRET = '\u0000every secret';

/**
 * Whether `test` evaluating to `outcome` shows that the key `key` (a variable) names no secret: it
 * rules out a predicate's every secret, or two names of secrets at least (one name ruled out,
 * `key !== 'password'`, still lets a token through).
 */
export function showsNonSecretKey(test: TSESTree.Node, key: Variable, outcome: boolean, isSecretText: IsSecretText, paths: AccessPathResolver): boolean {
  const ruledOut = excludedNames(test, key, outcome, isSecretText, paths);
  return ruledOut !== null && (ruledOut.has(EVERY_SECRET) || ruledOut.size >= 2);
}

/**
 * The names of secrets `test` evaluating to `outcome` shows the key is none of (EVERY_SECRET for a
 * predicate named for the test), or null when it shows nothing of the kind.
 * (`!key.includes('password')` true, `key.includes('password')` false: `password`.)
 */
function excludedNames(test: TSESTree.Node, key: Variable, outcome: boolean, isSecretText: IsSecretText, paths: AccessPathResolver): ReadonlySet<string> | null {
  const node = unwrapExpression(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return excludedNames(node.argument, key, !outcome, isSecretText, paths);
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    const left = excludedNames(node.left, key, outcome, isSecretText, paths);
    const right = excludedNames(node.right, key, outcome, isSecretText, paths);
    // `a && b` true: both hold; `a || b` false: neither does. What each side rules out adds up.
    if ((node.operator === '&&' && outcome) || (node.operator === '||' && !outcome)) return left && right ? new Set([...left, ...right]) : (left ?? right);
    // Otherwise one side or the other: only what both rule out.
    if ((node.operator === '||' && outcome) || (node.operator === '&&' && !outcome)) {
      if (!left || !right) return null;
      if (left.has(EVERY_SECRET)) return right;
      if (right.has(EVERY_SECRET)) return left;
      return new Set([...left].filter((name) => right.has(name)));
    }
    return null;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression) {
    // `key === 'password'` false, `key !== 'password'` true; `key.indexOf('pass') === -1` true.
    const equal = node.operator === '===' || node.operator === '==';
    if (!equal && node.operator !== '!==' && node.operator !== '!=') return null;
    const search = isMinusOne(node.right) ? node.left : isMinusOne(node.left) ? node.right : null;
    if (search) return outcome === equal ? positionOfSecret(search, key, isSecretText, paths) : null;
    const text = isKeyRead(node.left, key, paths) ? node.right : isKeyRead(node.right, key, paths) ? node.left : null;
    return text !== null && outcome !== equal ? secretTexts(text, isSecretText) : null;
  }
  return outcome ? null : namesSecretTest(node, key, isSecretText, paths);
}

/** The names of secrets an expression true exactly when the key is one of them tests (see the module comment), or null. */
function namesSecretTest(raw: TSESTree.Node, key: Variable, isSecretText: IsSecretText, paths: AccessPathResolver): ReadonlySet<string> | null {
  const node = unwrapExpression(raw);
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(node.callee);
  const [first] = node.arguments;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(callee);
    // `key.includes('password')`, `key.toLowerCase().match(/token/)`.
    if (method !== null && SEARCH_METHODS.has(method) && isKeyRead(callee.object, key, paths)) return first === undefined ? null : secretTexts(first, isSecretText);
    // `/pass|token/i.test(key)`.
    if (method === 'test' && first !== undefined && isKeyRead(first, key, paths)) return secretTexts(callee.object, isSecretText);
    // `SENSITIVE_KEYS.includes(key)`, `SECRET_KEYS.has(key)`.
    if ((method === 'includes' || method === 'has') && first !== undefined && isKeyRead(first, key, paths)) return listedSecrets(callee.object, isSecretText, paths);
    return null;
  }
  // `isSensitive(key)`, `isSecretKey(key.toLowerCase())`.
  const name = writtenCalleeName(node);
  return name !== null && first !== undefined && isKeyRead(first, key, paths) && splitWords(name).some((word) => TEST_WORDS.has(word)) ? new Set([EVERY_SECRET]) : null;
}

/** `key.indexOf('password')`, `key.search(/token/)`: the names it looks for, or null. */
function positionOfSecret(raw: TSESTree.Node, key: Variable, isSecretText: IsSecretText, paths: AccessPathResolver): ReadonlySet<string> | null {
  const node = unwrapExpression(raw);
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(node.callee);
  const [first] = node.arguments;
  return callee.type === AST_NODE_TYPES.MemberExpression && POSITION_METHODS.has(staticPropertyName(callee) ?? '') && isKeyRead(callee.object, key, paths) && first !== undefined ? secretTexts(first, isSecretText) : null;
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

/** The names of secrets a string literal, or the alternatives of a regular expression, are (`/pass|token/`: both), or null for none. */
function secretTexts(raw: TSESTree.Node, isSecretText: IsSecretText): ReadonlySet<string> | null {
  const node = unwrapExpression(raw);
  let texts: string[];
  if (node.type === AST_NODE_TYPES.Literal && 'regex' in node) {
    // `/pass(word)?|api[_-]?key/i`: the letters of each alternative.
    texts = node.regex.pattern.split('|').map((alternative) => alternative.replace(/\\[a-z]|\[[^\]]*\]|[^a-z0-9_ ]/giu, ' ').trim());
  } else {
    const text = stringLiteralValue(node);
    texts = text === null ? [] : [text];
  }
  // Judged as written, so that camelCase splits into words (`ipmiPassword`), and lowercased
  // (`PASSWORD`); counted once per name whatever its case or separators (`apiKey`, `APIKEY`, `api_key`).
  const found = new Set(texts.filter((text) => text.length > 0 && (isSecretText(text) || isSecretText(text.toLowerCase()))).map((text) => splitWords(text).join('').toLowerCase()));
  return found.size > 0 ? found : null;
}

/** The names of secrets in a list written in the file (`const SENSITIVE = ['password', 'token']`, `new Set([...])`), or null. */
function listedSecrets(raw: TSESTree.Node, isSecretText: IsSecretText, paths: AccessPathResolver): ReadonlySet<string> | null {
  let node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = paths.variableOf(node);
    const alias = variable ? paths.aliasTargetOf(variable) : null;
    if (!alias || alias.names.length > 0) return null;
    node = unwrapExpression(alias.expression);
  }
  if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Set' && node.arguments[0]) node = unwrapExpression(node.arguments[0]);
  if (node.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const found = new Set<string>();
  for (const element of node.elements) {
    if (element === null || element.type === AST_NODE_TYPES.SpreadElement) continue;
    for (const text of secretTexts(element, isSecretText) ?? []) found.add(text);
  }
  return found.size > 0 ? found : null;
}
