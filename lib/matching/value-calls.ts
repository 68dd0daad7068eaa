/**
 * What a call does to a value flowing through it: sanitize it, carry it, or neither.
 *
 * Sanitizers: calls whose name has the word mask, redact, sanitize, scrub, censor, obfuscate,
 * hash, encrypt or digest (`maskPassword`, `redactSecrets`, `createHash(...).digest()`),
 * configured sanitizers, a full `.replace(/./g, c)` mask, and value-free calls (`Boolean(x)`,
 * `Number(x)`, `Object.keys(x)`).
 *
 * Carriers: conversions (`String(x)`, `x.toString()`, `JSON.stringify`, `util.inspect`,
 * `util.format`), string methods that keep part of the text (a partial reveal is a leak), array
 * joins and copies, `Object.assign`/`values`, URL and Buffer constructors, and `new Error(...)` with
 * its subclasses (by name, by local `extends`, or by type). `Object.entries(x)` and `x.entries()`
 * are pairs whose keys name and whose values carry; `omit` and `pick` select keys.
 *
 * Every other call is opaque: its result carries nothing unless the rule lets unknown calls carry
 * (checkUnknownCalls), and then only the values handed over directly, not an options object, not
 * through `await`, and not into a result whose type is a boolean or a number.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import type { AccessPath, AccessPathResolver } from './access-path.js';
import type { TypeInfo } from './type-info.js';
import { typeNames } from './type-info.js';
import { splitWords } from '../words.js';
import { childNodes, isFunctionNode, outermostWrapper, returnedValues, staticChainOf, staticPropertyName, stringLiteralValue, unwrapExpression, writtenCalleeName } from './ast.js';

const { DefinitionType } = TSESLint.Scope;

const SANITIZING_WORDS: ReadonlySet<string> = new Set([
  'mask',
  'masked',
  'redact',
  'redacted',
  'sanitize',
  'sanitise',
  'sanitized',
  'scrub',
  'censor',
  'obfuscate',
  'hash',
  'hashed',
  'encrypt',
  'encrypted',
  'digest',
  'hmac',
]);

const VALUE_FREE_FUNCTIONS: ReadonlySet<string> = new Set(['Boolean', 'Number', 'isNaN', 'isFinite', 'parseInt', 'parseFloat']);
const VALUE_FREE_STATIC: ReadonlySet<string> = new Set(['Object.keys', 'Array.isArray', 'Number.isInteger', 'Number.isFinite', 'Object.is']);
const VALUE_FREE_METHODS: ReadonlySet<string> = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'indexOf',
  'lastIndexOf',
  'test',
  'has',
  'some',
  'every',
  'localeCompare',
  'search',
  'findIndex',
  'getTime',
  'isEnabled',
]);

const CARRYING_FUNCTIONS: ReadonlySet<string> = new Set([
  'String',
  'encodeURIComponent',
  'encodeURI',
  'decodeURIComponent',
  'decodeURI',
  'escape',
  'unescape',
  'btoa',
  'atob',
  'structuredClone',
]);

/** Packages that colour terminal text: what they return is the text they are given. */
const COLOUR_PACKAGES: ReadonlySet<string> = new Set(['chalk', 'picocolors', 'kleur', 'kleur/colors', 'colorette', 'ansi-colors', 'kolorist', 'cli-color', 'colors', 'colors/safe', '@colors/colors', '@colors/colors/safe', 'ansis', 'tinyrainbow', 'yoctocolors']);

/** A callee's names for a message (`chalk.bold.red`), the last three. */
function shortCallee(names: readonly string[]): string {
  return names.slice(-3).join('.');
}

/** Packages whose stringifier takes `JSON.stringify`'s arguments (a replacer, an indent). */
const JSON_STRINGIFY_PACKAGES: ReadonlySet<string> = new Set(['fast-safe-stringify', 'safe-stable-stringify', 'json-stringify-safe', 'json-stable-stringify', 'fast-json-stable-stringify']);

const CARRYING_STATIC: ReadonlySet<string> = new Set([
  'JSON.stringify',
  // `JSON.parse(JSON.stringify(config))`, the deep copy; the value a JSON text held
  'JSON.parse',
  'Object.assign',
  // the object itself, made read-only
  'Object.freeze',
  'Object.seal',
  'Object.values',
  'Object.fromEntries',
  'Array.from',
  'Array.of',
  'Buffer.from',
  'Promise.resolve',
  'util.format',
  'util.inspect',
  'util.formatWithOptions',
  'path.join',
  'path.resolve',
  'url.format',
  'querystring.stringify',
  'qs.stringify',
]);

/** Methods whose result keeps the receiver's text or elements. */
const CARRYING_METHODS: ReadonlySet<string> = new Set([
  'toString',
  'valueOf',
  'toJSON',
  'toLocaleString',
  'slice',
  'substring',
  'substr',
  'trim',
  'trimStart',
  'trimEnd',
  'trimLeft',
  'trimRight',
  'toUpperCase',
  'toLowerCase',
  'toLocaleUpperCase',
  'toLocaleLowerCase',
  'split',
  'padStart',
  'padEnd',
  'repeat',
  'normalize',
  'at',
  'charAt',
  'concat',
  'replace',
  'replaceAll',
  'join',
  'flat',
  'reverse',
  'toReversed',
  'toSorted',
  'sort',
  'filter',
  'find',
  'findLast',
  'values',
  'match',
  'matchAll',
  'exec',
]);

/** Methods that carry their arguments too (`a.concat(b)`). */
const ARGUMENT_CARRYING_METHODS: ReadonlySet<string> = new Set(['concat', 'exec']);

/** Constructors whose instance holds what they are given (fetch's `Headers` and `Request`, a URL, a buffer, a collection). */
const CARRYING_CONSTRUCTORS: ReadonlySet<string> = new Set(['URL', 'URLSearchParams', 'String', 'Buffer', 'Map', 'Set', 'Array', 'Headers', 'Request']);

/** A key named by a string literal in a call (`omit(x, ['password'])`). */
export interface KeyArgument {
  readonly name: string;
  readonly node: TSESTree.Node;
}

/** How a call relates its result to its inputs. */
export type CallFlow =
  /** `byType`: an unknown call whose result type holds no secret (a number): clean, though it may be one by name (a generated password). */
  | { readonly kind: 'clean'; readonly byType?: boolean }
  | { readonly kind: 'opaque' }
  /** The result carries the inputs; `unknown` marks a call the rule does not know (checkUnknownCalls). */
  | {
      readonly kind: 'through';
      readonly inputs: readonly TSESTree.Node[];
      readonly step: string;
      readonly unknown?: boolean;
      /** The result is the inputs' text (`String(x)`, `x.toString()`): what an object holds in other parts is not in it. */
      readonly text?: boolean;
      /** The result is an error made from the inputs (`new NodeError(msg)`, `getError(e)`), which may keep only some of their parts. */
      readonly rebuilt?: boolean;
      /**
       * What the call cuts out of its inputs (`text.replaceAll(token, '***')`): the variables
       * `pattern` is made of are gone — when `jsonText` is set, only if that input is JSON text
       * (`json.replaceAll(JSON.stringify(key), '"HIDDEN"')`).
       */
      readonly removes?: { readonly pattern: TSESTree.Node; readonly jsonText?: TSESTree.Node };
    }
  /** `[key, value]` pairs of `object` (`Object.entries(x)`, `map.entries()`): keys name, values carry. */
  | { readonly kind: 'entries'; readonly object: TSESTree.Node; readonly step: string }
  /** `object` without `keys` (`_.omit(x, ['password'])`); null keys when they are not literals. */
  | { readonly kind: 'without'; readonly object: TSESTree.Node; readonly keys: readonly KeyArgument[] | null; readonly step: string }
  /** Only `keys` of `object` (`_.pick(x, ['host'])`). */
  | { readonly kind: 'pick'; readonly object: TSESTree.Node; readonly keys: readonly KeyArgument[] | null; readonly step: string };

export interface ValueCallContext {
  /** Configured sanitizers matched against this call. */
  isConfiguredSanitizer(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
  /** Whether a constructor builds an Error (a local class extending Error, or by type). */
  isErrorConstructor(callee: TSESTree.Node): boolean;
  /** Whether constructing this produces a value that redacts itself (toJSON / inspect.custom). */
  isSelfRedacting(call: TSESTree.NewExpression): boolean;
  /** The callee's access paths. */
  calleePaths(call: TSESTree.CallExpression | TSESTree.NewExpression): readonly AccessPath[];
  /** Whether unknown calls carry their receiver and arguments. */
  readonly unknownCallsCarry: boolean;
  /** Whether the result's type is known, so that an omit is judged by the type of what remains. */
  readonly typed?: boolean;
  /** Whether this call's result has a type of its own (not `any`/`unknown`: an untyped library). */
  hasResultType?(call: TSESTree.CallExpression): boolean;
  /** Whether the call's result provably holds no secret by its type (a boolean, a number); asked only about unknown calls. */
  isValueFreeResult?(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean;
}

/** Whether a name has a sanitizing word: maskPassword, redact, sha256Hash, digest. */
export function isSanitizingName(name: string): boolean {
  return splitWords(name).some((word) => SANITIZING_WORDS.has(word));
}

/**
 * A `JSON.stringify` replacer that redacts: named as a sanitizer (`redactKeys`), or a function
 * written in place that tests its key by name (`k === 'password'`, `SENSITIVE.has(k)`,
 * `/pass/i.test(k)`) and, on some path, gives something else than its value (`'***'`, `undefined`,
 * a bare `return;`).
 */
function isRedactingReplacer(replacer: TSESTree.Node): boolean {
  const inner = unwrapExpression(replacer);
  if (inner.type === AST_NODE_TYPES.Identifier) return isSanitizingName(inner.name);
  if (inner.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(inner);
    return name !== null && isSanitizingName(name);
  }
  if (inner.type !== AST_NODE_TYPES.ArrowFunctionExpression && inner.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const [key, value] = inner.params;
  if (key?.type !== AST_NODE_TYPES.Identifier || value?.type !== AST_NODE_TYPES.Identifier) return false;
  const block = inner.body.type === AST_NODE_TYPES.BlockStatement ? inner.body : null;
  const givesOther = block ? returnedValues(inner).some((result) => !isIdentifierOf(result, value.name)) || hasBareReturn(block) : !isIdentifierOf(inner.body, value.name);
  return givesOther && testsKeyByName(inner.body, key.name);
}

/** Whether a node is (or, through parentheses and casts, wraps) the identifier `name`. */
function isIdentifierOf(node: TSESTree.Node, name: string): boolean {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.Identifier && inner.name === name;
}

/** Whether a function body returns without a value somewhere (not in functions written inside it). */
function hasBareReturn(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.ReturnStatement) return node.argument === null;
  if (isFunctionNode(node)) return false;
  return childNodes(node).some(hasBareReturn);
}

/** Whether a key is tested against names: compared with a string, or given to `has`, `includes` or a pattern's `test`. */
function testsKeyByName(node: TSESTree.Node, key: string): boolean {
  if (isFunctionNode(node)) return false;
  if (node.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(node.operator)) {
    const sides = [node.left, node.right];
    // Not the root's empty key (`key !== ''`), which a depth-limiting replacer tests.
    if (sides.some((side) => isIdentifierOf(side, key)) && sides.some((side) => (stringLiteralValue(side) ?? '') !== '')) return true;
  }
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(node.callee);
    if ((method === 'has' || method === 'includes' || method === 'test') && node.arguments.some((argument) => isIdentifierOf(argument, key))) return true;
  }
  return childNodes(node).some((child) => testsKeyByName(child, key));
}

/** How a call relates its result to its inputs. */
export function callFlow(call: TSESTree.CallExpression | TSESTree.NewExpression, context: ValueCallContext): CallFlow {
  const callee = unwrapExpression(call.callee);
  const paths = context.calleePaths(call);
  const literal = paths[0]?.names ?? [];
  const method = literal[literal.length - 1] ?? '';
  if (context.isConfiguredSanitizer(call)) return { kind: 'clean' };
  if (isSanitizingName(stripCall(method))) return { kind: 'clean' };

  if (call.type === AST_NODE_TYPES.NewExpression) {
    if (context.isSelfRedacting(call)) return { kind: 'clean' };
    if (context.isErrorConstructor(callee) || isErrorName(method)) {
      return { kind: 'through', inputs: call.arguments, step: `\`new ${method}(...)\`` };
    }
    if (CARRYING_CONSTRUCTORS.has(method)) return { kind: 'through', inputs: call.arguments, step: `\`new ${method}(...)\`` };
    return unknown(call, context);
  }

  const selection = selectionFlow(call, method, context.typed === true && (context.hasResultType?.(call) ?? true));
  if (selection) return selection;
  // A terminal colour package's call (`chalk.green(text)`, `pc.bold(text)`): the text it is given, coloured.
  if (paths.some((path) => path.root.kind === 'module' && COLOUR_PACKAGES.has(path.root.module))) return { kind: 'through', inputs: call.arguments, step: `\`${shortCallee(paths[0]?.names ?? [])}\`` };
  // A JSON stringifier of the project or a package, by its name (`safeStringify(x)`, fast-safe-stringify's
  // `stringify`, `utils.stableStringify(x)`): the JSON text of its first argument, as `JSON.stringify`'s.
  // Only a package known to take `JSON.stringify`'s replacer reads a second argument as one; a
  // project's may take keys to hide there.
  const written = writtenCalleeName(call);
  if (written !== null && splitWords(written).at(-1) === 'stringify' && (written !== 'stringify' || callee.type === AST_NODE_TYPES.Identifier)) {
    const step = `\`${written}\``;
    return paths.some((path) => path.root.kind === 'module' && JSON_STRINGIFY_PACKAGES.has(path.root.module)) ? jsonTextFlow(call, step) : { kind: 'through', inputs: call.arguments.slice(0, 1), step };
  }

  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const name = staticPropertyName(callee);
    if (name === 'replace' || name === 'replaceAll') {
      const [pattern, replacement] = call.arguments;
      if (isFullMask(pattern)) return { kind: 'clean' };
      // `json.replaceAll(JSON.stringify(networkKey), '"HIDDEN"')`: every copy of the secret's whole
      // text is replaced by a constant (not `$&`, which puts it back).
      const text = replacement ? stringLiteralValue(unwrapExpression(replacement)) : null;
      const whole = name === 'replaceAll' && pattern && text !== null && !text.includes('$') ? wholeTextOf(pattern) : null;
      if (pattern && whole) {
        return { kind: 'through', inputs: [callee.object], step: `\`.${name}()\``, removes: whole === 'json' ? { pattern, jsonText: callee.object } : { pattern } };
      }
    }
    if (paths.some((path) => VALUE_FREE_STATIC.has(path.names.join('.')))) return { kind: 'clean' };
    if (paths.some((path) => path.names.join('.') === 'Object.entries') && call.arguments[0]) {
      return { kind: 'entries', object: call.arguments[0], step: '`Object.entries`' };
    }
    if (name === 'entries' && call.arguments.length === 0) return { kind: 'entries', object: callee.object, step: '`.entries()`' };
    // A Map's `keys()` (or an array's indexes) name its values and hold none of them; a Set's keys are its values.
    if (name === 'keys' && call.arguments.length === 0 && paths.length > 1 && paths.slice(1).every((path) => path.root.kind === 'global' && path.names[0] === 'Map()' && path.names.length === 2)) return { kind: 'clean' };
    for (const path of paths) {
      const text = dottedWithoutNodePrefix(path);
      if (CARRYING_STATIC.has(text) || CARRYING_STATIC.has(path.names.slice(-2).join('.'))) {
        if (text.endsWith('JSON.stringify')) return jsonTextFlow(call, '`JSON.stringify`');
        return { kind: 'through', inputs: call.arguments, step: `\`${path.names.slice(-2).join('.')}\`` };
      }
    }
    if (name !== null && VALUE_FREE_METHODS.has(name)) return { kind: 'clean' };
    const mapped = name === 'map' || name === 'flatMap' || name === 'reduce' || name === 'reduceRight' ? mappedFlow(call, callee.object, name) : null;
    if (mapped) return mapped;
    if (name !== null && CARRYING_METHODS.has(name)) {
      const inputs: TSESTree.Node[] = [callee.object];
      if (ARGUMENT_CARRYING_METHODS.has(name)) inputs.push(...call.arguments);
      // `CMD.replace('{password}', password)`: a replacement string goes into the result (a
      // function's results would too, but they are its own values; the pattern is only matched).
      const replacement = name === 'replace' || name === 'replaceAll' ? call.arguments[1] : undefined;
      if (replacement && replacement.type !== AST_NODE_TYPES.SpreadElement && replacement.type !== AST_NODE_TYPES.Literal && !isFunctionNode(replacement)) inputs.push(replacement);
      return { kind: 'through', inputs, step: `\`.${name}()\``, ...(name === 'toString' ? { text: true } : {}) };
    }
    return unknown(call, context);
  }

  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (VALUE_FREE_FUNCTIONS.has(callee.name)) return { kind: 'clean' };
    if (CARRYING_FUNCTIONS.has(callee.name) || paths.some((path) => CARRYING_STATIC.has(dottedWithoutNodePrefix(path)))) {
      return { kind: 'through', inputs: call.arguments, step: `\`${callee.name}()\``, ...(callee.name === 'String' ? { text: true } : {}) };
    }
    if (isErrorName(callee.name) || context.isErrorConstructor(callee)) {
      return { kind: 'through', inputs: call.arguments, step: `\`${callee.name}(...)\``, rebuilt: true };
    }
  }
  return unknown(call, context);
}

/** `JSON.stringify(value, replacer)` and stringifiers like it: the value's text, less what the replacer leaves out. */
function jsonTextFlow(call: TSESTree.CallExpression, step: string): CallFlow {
  const [value, replacer] = call.arguments;
  // A replacer array writes only the keys it lists (`JSON.stringify(node, ['uuid', 'name'])`).
  const listed = value && replacer && unwrapExpression(replacer).type === AST_NODE_TYPES.ArrayExpression ? stringKeys([replacer]) : null;
  if (value && listed) return { kind: 'pick', object: value, keys: listed, step };
  // A replacer that redacts: a sanitizer by its name (`redactSecrets`), or one written
  // here that tests the key and replaces the value for it (`(k, v) => k === 'password' ? undefined : v`).
  if (value && replacer && isRedactingReplacer(replacer)) return { kind: 'clean' };
  return { kind: 'through', inputs: call.arguments.slice(0, 1), step };
}

/**
 * `xs.map((x) => ...)` (and `flatMap`, `reduce`): what the callback returns (`(p) => p.slice(0, 4)` keeps part
 * of each secret, `(p) => p.length` none); `xs.map(String)` carries the elements, a sanitizer
 * (`xs.map(maskPassword)`) nothing. Null for any other callback: an unknown call.
 */
function mappedFlow(call: TSESTree.CallExpression, receiver: TSESTree.Node, method: string): CallFlow | null {
  const [first] = call.arguments;
  if (!first) return null;
  const callback = unwrapExpression(first);
  const step = `\`.${method}()\``;
  // `reduce`: what the callback returns, starting from the initial value.
  const initial = method.startsWith('reduce') && call.arguments[1] ? [call.arguments[1]] : [];
  if (isFunctionNode(callback)) return { kind: 'through', inputs: [...returnedValues(callback), ...initial], step };
  if (method.startsWith('reduce')) return null;
  const name = callback.type === AST_NODE_TYPES.Identifier ? callback.name : callback.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callback) : null;
  if (name === null) return null;
  if (isSanitizingName(name) || VALUE_FREE_FUNCTIONS.has(name)) return { kind: 'clean' };
  if (CARRYING_FUNCTIONS.has(name)) return { kind: 'through', inputs: [receiver], step };
  return null;
}

/**
 * `omit(x, keys)` / `pick(x, keys)` (lodash, underscore, es-toolkit) and ramda's `omit(keys, x)`.
 * With type information an omit is opaque: the type of what remains decides (unless it is `any`).
 */
function selectionFlow(call: TSESTree.CallExpression, method: string, typed: boolean): CallFlow | null {
  if (method !== 'omit' && method !== 'pick') return null;
  const [first, second, ...more] = call.arguments;
  if (!first || !second) return null;
  const keysFirst = unwrapExpression(first).type === AST_NODE_TYPES.ArrayExpression && stringKeys([first]) !== null;
  const object = keysFirst ? second : first;
  const keys = stringKeys(keysFirst ? [first] : [second, ...more]);
  if (method === 'omit') return typed ? { kind: 'opaque' } : { kind: 'without', object, keys, step: `\`${method}()\`` };
  return { kind: 'pick', object, keys, step: `\`${method}()\`` };
}

/** String keys given as literals or arrays of literals; null when any is not a literal. */
function stringKeys(nodes: readonly TSESTree.Node[]): KeyArgument[] | null {
  const keys: KeyArgument[] = [];
  for (const raw of nodes) {
    const node = unwrapExpression(raw);
    const items = node.type === AST_NODE_TYPES.ArrayExpression ? node.elements : [node];
    for (const item of items) {
      if (!item || item.type === AST_NODE_TYPES.SpreadElement) return null;
      const value = stringLiteralValue(item);
      if (value === null) return null;
      keys.push({ name: value, node: item });
    }
  }
  return keys;
}

/** `node:util.format` → `util.format`. */
function dottedWithoutNodePrefix(path: AccessPath): string {
  const [first, ...rest] = path.names;
  const root = path.root.kind === 'module' && first?.startsWith('node:') ? first.slice(5) : (first ?? '');
  return [root, ...rest].join('.');
}

function unknown(call: TSESTree.CallExpression | TSESTree.NewExpression, context: ValueCallContext): CallFlow {
  if (!context.unknownCallsCarry) return { kind: 'opaque' };
  // `isValid(token)` returns a boolean: whatever went in, nothing comes out.
  if (context.isValueFreeResult?.(call) === true) return { kind: 'clean', byType: true };
  // An awaited call does input and output (`await selectRepoOwner(token)`): its result comes from elsewhere.
  if (outermostWrapper(call).parent?.type === AST_NODE_TYPES.AwaitExpression) return { kind: 'opaque' };
  const callee = unwrapExpression(call.callee);
  // Values handed over directly may be formatted into the result (`format(password)`); an options
  // object (`fetch(url, { headers })`, `client.get({ token })`) configures the call instead.
  const inputs: TSESTree.Node[] = call.arguments.filter((argument) => unwrapExpression(argument).type !== AST_NODE_TYPES.ObjectExpression);
  if (callee.type === AST_NODE_TYPES.MemberExpression) inputs.push(callee.object);
  // A decryption's result is the plaintext: the key it is given does not come out of it
  // (`decryptP2PData(data, Buffer.from(getEncryptionKey(sn)))`, `decipher(key, blob)`).
  const name = writtenCalleeName(call);
  const decrypts = name !== null && splitWords(name).some((word) => DECRYPTING_WORDS.has(word));
  return { kind: 'through', inputs: decrypts ? inputs.filter((input) => !isDecryptionKey(input, call)) : inputs, step: 'an unknown call', unknown: true };
}

const DECRYPTING_WORDS: ReadonlySet<string> = new Set(['decrypt', 'decipher']);

/** The words naming what a decryption is keyed with, wherever it is handed: a key or a secret. */
const DECRYPTION_KEY_WORDS: ReadonlySet<string> = new Set(['key', 'secret']);
/**
 * Those naming a password the key is derived from: a key only after the data, which comes first,
 * and when no argument is named as a key (`AES.decrypt(cipherText, password)`; `decrypt(password, key)`
 * and `decrypt(masterKey, storedPassword)` decrypt a password).
 */
const DECRYPTION_PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passphrase', 'passwd']);

/** Whether a value handed to a decryption is what it is keyed with (see isNamedAsKey): not its data. */
function isDecryptionKey(input: TSESTree.Node, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  if (isNamedAsKey(input, 0, DECRYPTION_KEY_WORDS)) return true;
  // A password is the key only where nothing else is (`decrypt(masterKey, storedPassword)` decrypts the password).
  const position = call.arguments.indexOf(input as TSESTree.CallExpressionArgument);
  return position > 0 && isNamedAsKey(input, 0, DECRYPTION_PASSWORD_WORDS) && !call.arguments.some((argument) => endsAsKey(argument));
}

/** Whether an argument's name ends in a key's word (`masterKey`, `vault.key`; not `keySize`, which is about the key). */
function endsAsKey(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  const name = node.type === AST_NODE_TYPES.Identifier ? node.name : node.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(node) : null;
  const words = name === null ? [] : splitWords(name);
  return DECRYPTION_KEY_WORDS.has(words[words.length - 1] ?? '');
}

/**
 * Whether a value is named with one of `keyWords` (`key`, `aesKey`, `sharedSecret`,
 * `getEncryptionKey(sn)`), also through a call it is handed to first (`Buffer.from(getEncryptionKey(sn))`).
 */
function isNamedAsKey(raw: TSESTree.Node, depth: number, keyWords: ReadonlySet<string>): boolean {
  const node = unwrapExpression(raw);
  const words = (name: string | null): boolean => name !== null && splitWords(name).some((word) => keyWords.has(word));
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return words(node.name);
    case AST_NODE_TYPES.MemberExpression:
      return words(staticPropertyName(node));
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression: {
      if (words(writtenCalleeName(node))) return true;
      const [first] = node.arguments;
      return depth < 3 && node.arguments.length === 1 && first !== undefined && isNamedAsKey(first, depth + 1, keyWords);
    }
    default:
      return false;
  }
}

function stripCall(name: string): string {
  return name.endsWith('()') ? name.slice(0, -2) : name;
}

/** `Error`, `TypeError`, `BmcError`, `DriverException`. */
export function isErrorName(name: string): boolean {
  const words = splitWords(name);
  const last = words[words.length - 1];
  return last === 'error' || last === 'exception';
}

/** The class of the file a name is bound to (`class X {}`, `declare class X`, `const X = class {}`). */
export function localClassOf(identifier: TSESTree.Identifier, paths: AccessPathResolver): TSESTree.ClassDeclaration | TSESTree.ClassExpression | null {
  const def = paths.variableOf(identifier)?.defs[0];
  if (!def) return null;
  if (def.type === DefinitionType.ClassName) return def.node;
  if (def.type === DefinitionType.Variable && def.node.init?.type === AST_NODE_TYPES.ClassExpression) return def.node.init;
  return null;
}

/**
 * Whether a constructor builds an Error, whatever its own name: a class of the file extending,
 * through classes of the file, one named as an error (`class DeployFailure extends NovaError`,
 * `extends Error`), or, with types, one whose instances are Errors.
 */
export function isErrorConstructor(callee: TSESTree.Node, paths: AccessPathResolver, info: TypeInfo | null): boolean {
  const node = unwrapExpression(callee);
  if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return false;
  // A class read through a namespace (`new exception.InstanceNotFound(...)`) is judged by its type.
  for (let hops = 0, current = node.type === AST_NODE_TYPES.Identifier ? localClassOf(node, paths) : null; current && hops < 8; hops++) {
    const superClass = current.superClass ? unwrapExpression(current.superClass) : null;
    if (superClass?.type !== AST_NODE_TYPES.Identifier) break;
    if (isErrorName(superClass.name)) return true;
    current = localClassOf(superClass, paths);
  }
  if (!info) return false;
  const instance = info.typeOf(node)?.getConstructSignatures()[0]?.getReturnType();
  return instance !== undefined && typeNames(info, instance).includes('Error');
}

/**
 * How a pattern is a variable's whole text: `text` for the variable, `String(x)` or
 * `x.toString()`; `json` for `JSON.stringify(x)`, which matches only in JSON text; null otherwise.
 */
function wholeTextOf(pattern: TSESTree.Node): 'text' | 'json' | null {
  const node = unwrapExpression(pattern);
  if (node.type === AST_NODE_TYPES.Identifier) return 'text';
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(node.callee);
  const [only] = node.arguments;
  if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'toString' && node.arguments.length === 0) {
    return unwrapExpression(callee.object).type === AST_NODE_TYPES.Identifier ? 'text' : null;
  }
  if (node.arguments.length !== 1 || only === undefined) return null;
  // Of a part read by static names too (`JSON.stringify(settings.network.networkKey)`), in JSON text.
  if (unwrapExpression(only).type !== AST_NODE_TYPES.Identifier) return isJsonStringify(node) && (staticChainOf(only)?.names.length ?? 0) > 0 ? 'json' : null;
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String') return 'text';
  return isJsonStringify(node) ? 'json' : null;
}

/** `JSON.stringify(...)`. */
export function isJsonStringify(node: TSESTree.Node): boolean {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'JSON' && staticPropertyName(callee) === 'stringify';
}

/** `/./g` (or `/[\s\S]/g`, `/./gs`): replaces every character. */
function isFullMask(pattern: TSESTree.Node | undefined): boolean {
  if (!pattern) return false;
  const node = unwrapExpression(pattern);
  if (node.type !== AST_NODE_TYPES.Literal || !('regex' in node)) return false;
  const { pattern: source, flags } = node.regex;
  if (!flags.includes('g')) return false;
  return source === '.' || source === '[\\s\\S]' || source === '[^]' || source === '.+' || source === '[\\S\\s]';
}

/** Values written out in full, whose parts can be followed one by one. */
export const WRITTEN_OUT: ReadonlySet<AST_NODE_TYPES> = new Set([AST_NODE_TYPES.ObjectExpression, AST_NODE_TYPES.ArrayExpression, AST_NODE_TYPES.Literal, AST_NODE_TYPES.TemplateLiteral]);

/** Containers that hold exactly what they are made with. */
const HOLDING_CONSTRUCTORS: ReadonlySet<string> = new Set(['Headers', 'URLSearchParams']);

/**
 * `new Headers({ accept: 'application/json', accessKey })`: a container made of values written
 * out (object and array literals, strings), each of which can be traced on its own.
 */
export function isWrittenOutContainer(value: TSESTree.Node): boolean {
  const inner = unwrapExpression(value);
  if (inner.type !== AST_NODE_TYPES.NewExpression || inner.callee.type !== AST_NODE_TYPES.Identifier || !HOLDING_CONSTRUCTORS.has(inner.callee.name)) return false;
  return inner.arguments.every((argument) => WRITTEN_OUT.has(unwrapExpression(argument).type));
}
