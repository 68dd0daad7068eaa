/**
 * Which call is a log call. One matcher serves both no-secrets-in-logs (log calls are its sinks)
 * and no-unhandled-api-errors (a log call is never an API call).
 *
 * Built in:
 * - `console.<method>` for console's logging methods, on the global console or any object called
 *   `console` (`this.console.error(...)`, a `console: Console` parameter);
 * - a logging method (or a level of a particular library: `silly`, `http`, `crit`, `success`, ...)
 *   on a receiver whose last name's last word is `log` or `logger`
 *   (`LOG.debug`, `this.logger.info`, `auditLog.warn`, `this.getLogger().error`) — whole words,
 *   so `login.info`, `catalog.error` and `dialog.warn` are not log calls — or a method of such a
 *   receiver whose first word is `log` (`connection.logger.logQuery(sql, parameters)`);
 * - a called function whose last word is `log` or `logger` and whose other words, if any, are a
 *   level (`log(...)`, `this.log(...)`, `this.debugLog(...)`, `errorLog(...)`), except `Math.log`,
 *   or whose first word is `log` and whose other words are a level (`logError(...)`, `this.logDebug(...)`);
 * - calls traced to the logging packages winston, pino, bunyan, log4js and debug through imports,
 *   `require` and aliases (`const l = pino(); l.info(...)`, `const d = debug('x'); d(...)`);
 * - `child(bindings)` on any logger: its bindings are logged with every later message;
 * - `process.stderr.write(...)` on the global `process`: standard error is where diagnostics go.
 * Options and `settings.ironclad.loggers` add patterns or declaration specifiers, or replace all.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { AccessPath, AccessPathResolver } from './access-path.js';
import { UNKNOWN_NAME } from './access-path.js';
import type { CallMatcherSpec, CallSite } from './call-matcher.js';
import type { TypeInfo } from './type-info.js';
import { staticPropertyName, stringLiteralValue, unwrapExpression } from './ast.js';
import { CallMatcher } from './call-matcher.js';
import { namedWords, splitWords } from '../words.js';

export const LOGGING_METHODS: ReadonlySet<string> = new Set([
  'log',
  'trace',
  'debug',
  'info',
  'notice',
  'warn',
  'warning',
  'error',
  'exception',
  'fatal',
  'critical',
  'verbose',
]);

const LEVEL_WORDS: ReadonlySet<string> = new Set([...LOGGING_METHODS].filter((method) => method !== 'log'));

/**
 * Levels of particular logging libraries, log calls only on a logger (a receiver named `log` or
 * `logger`, or one of a logging package): winston's and npmlog's `silly` and `http`, the syslog
 * levels (`crit`, `alert`, `emerg`), Homebridge's `success`, log4js's `mark`.
 */
const LOGGER_ONLY_LEVELS: ReadonlySet<string> = new Set(['silly', 'http', 'crit', 'alert', 'emerg', 'emergency', 'success', 'mark']);

const CONSOLE_METHODS: ReadonlySet<string> = new Set([
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
  'dir',
  'dirxml',
  'table',
  'group',
  'groupCollapsed',
  'assert',
  'timeLog',
  'timeEnd',
  'count',
]);

const LOGGER_PACKAGES: ReadonlySet<string> = new Set(['winston', 'pino', 'bunyan', 'log4js', 'debug', '@actions/core']);

const LOGGER_WORDS: ReadonlySet<string> = new Set(['log', 'logger']);

/**
 * Last words of a receiver whose level methods log: a logger's, a logging module's (`import * as
 * logging from './logging'`, the Python spelling) and a CLI's output manager's (`output.debug(...)`,
 * `this.output.warn(...)`). An editor's output channel is told by its last two words (see builtInKind).
 */
const LOGGER_RECEIVER_WORDS: ReadonlySet<string> = new Set([...LOGGER_WORDS, 'logging', 'output']);

/** What an output channel writes with besides its levels (VS Code's `OutputChannel.appendLine(text)`). */
const CHANNEL_WRITE_METHODS: ReadonlySet<string> = new Set(['append', 'appendLine']);

/** Methods that bind values to every later message of a logger: pino's `setBindings`, log4js's `addContext`. */
const BINDING_METHODS: ReadonlySet<string> = new Set(['setBindings', 'addContext']);

export type LogCallKind = 'child' | 'function' | 'method';

export interface LogCall {
  /** The callee as written, for messages: `LOG.debug`, `this.log`. */
  readonly name: string;
  /** `child` for `logger.child(bindings)`. */
  readonly kind: LogCallKind;
}

export class LoggerMatcher {
  readonly #extra: CallMatcher;
  readonly #builtIn: boolean;

  /**
   * @param extra matchers added by options and settings
   * @param builtIn whether the built-in recognition applies (false when a layer replaced the list)
   */
  constructor(extra: readonly CallMatcherSpec[], builtIn: boolean, optionName = 'loggers') {
    this.#extra = new CallMatcher(extra, optionName);
    this.#builtIn = builtIn;
  }

  /**
   * Whether a method of this name can be a log call's (`LOG.debug`, `this.debugLog`, a configured
   * pattern's last name). A member call's paths all end in its property's name, so false rules the
   * call out before its receiver's aliases are resolved.
   */
  mayBeMethod(name: string): boolean {
    if (this.#builtIn && (LOGGING_METHODS.has(name) || name === 'write' || CHANNEL_WRITE_METHODS.has(name) || LOGGER_ONLY_LEVELS.has(name) || CONSOLE_METHODS.has(name) || name === 'child' || BINDING_METHODS.has(name) || isLogFunctionName(name) || isLogMethodName(name))) return true;
    return this.#extra.hasSpecifiers || this.#extra.mayMatchName(name);
  }

  /** The log call a call site is, or null. */
  match(site: CallSite, info: TypeInfo | null): LogCall | null {
    const literal = site.calleePaths[0];
    if (!literal) return null;
    const name = calleeName(literal, site);
    if (this.#builtIn) {
      for (const path of site.calleePaths) {
        const kind = builtInKind(path);
        if (kind) return { name, kind };
      }
    }
    if (!this.#extra.isEmpty && this.#extra.matches(site, info)) {
      return { name, kind: lastName(literal) === 'child' ? 'child' : 'method' };
    }
    return null;
  }
}

/** The callee as written for messages: `LOG.debug`, `logger[level]` for a key not written out. */
function calleeName(literal: AccessPath, site: CallSite): string {
  const callee = site.node.type === AST_NODE_TYPES.CallExpression ? unwrapExpression(site.node.callee) : null;
  if (lastName(literal) !== UNKNOWN_NAME || callee?.type !== AST_NODE_TYPES.MemberExpression || !callee.computed) return literal.names.join('.');
  const key = unwrapExpression(callee.property);
  return `${literal.names.slice(0, -1).join('.')}[${key.type === AST_NODE_TYPES.Identifier ? key.name : '…'}]`;
}

function lastName(path: AccessPath): string {
  return path.names[path.names.length - 1] ?? '';
}

function stripCall(name: string): string {
  return name.endsWith('()') ? name.slice(0, -2) : name;
}

function builtInKind(path: AccessPath): LogCallKind | null {
  const names = path.names;
  const method = names[names.length - 1] ?? '';
  const receiver = names.length >= 2 ? (names[names.length - 2] ?? '') : null;

  if (path.root.kind === 'module' && LOGGER_PACKAGES.has(path.root.module)) {
    // `debug('ns')(...)`: the function the debug factory returns logs.
    if (path.root.module === 'debug' && names.length === 1 && method === 'debug()') return 'function';
    // The package itself called (`pino()`, `debug('ns')`) makes a logger; it logs nothing.
    if (names.length >= 2) {
      if (method === 'child' || BINDING_METHODS.has(method)) return 'child';
      if (LOGGING_METHODS.has(method) || LOGGER_ONLY_LEVELS.has(method)) return 'method';
    }
  }
  // The global console, and any object called `console` (a device's `this.console`, a `console:
  // Console` parameter): its logging methods, not others (`console.table` of a local, `console.group`).
  // A level chosen by a key not written out (`console[level](...)`, `logger[level](...)`) is one of its levels.
  const chosenLevel = method === UNKNOWN_NAME;
  // Node's standard error, the diagnostics channel (standard output is a command's data: not a log).
  // (The global `process`, or Node's module: `import { stderr } from 'node:process'`.)
  const processRoot = path.root.kind === 'global' || (path.root.kind === 'module' && (path.root.module === 'process' || path.root.module === 'node:process'));
  if (processRoot && names.length === 3 && (names[0] === 'process' || names[0] === 'node:process') && receiver === 'stderr' && method === 'write') return 'method';
  if (receiver === 'console' && names.length === 2 && path.root.kind !== 'variable' && path.root.kind !== 'this') {
    return CONSOLE_METHODS.has(method) || chosenLevel ? 'method' : null;
  }
  if (receiver === 'console') return LOGGING_METHODS.has(method) || chosenLevel ? 'method' : null;
  // The logger a logger's child() makes is a logger: `LOG.child({ a }).info(x)`.
  let receiverIndex = names.length - 2;
  while (receiverIndex > 0 && names[receiverIndex] === 'child()') receiverIndex--;
  const loggerReceiver = receiverIndex >= 0 ? (names[receiverIndex] ?? null) : null;
  if (loggerReceiver !== null && !method.endsWith('()')) {
    const receiverWords = namedWords(stripCall(loggerReceiver));
    const last = receiverWords[receiverWords.length - 1];
    // An output channel (`outputChannel`, `this.outputChannel`, `logChannel`), not any channel (a chat's `channel.info()`).
    const isOutputChannel = last === 'channel' && receiverWords.length > 1 && ['output', 'log'].includes(receiverWords[receiverWords.length - 2] ?? '');
    if (isOutputChannel && (LOGGING_METHODS.has(method) || CHANNEL_WRITE_METHODS.has(method))) return 'method';
    if (last !== undefined && LOGGER_RECEIVER_WORDS.has(last)) {
      if (last === 'output') return LOGGING_METHODS.has(method) ? 'method' : null;
      if (method === 'child' || BINDING_METHODS.has(method)) return 'child';
      if (LOGGING_METHODS.has(method) || LOGGER_ONLY_LEVELS.has(method) || isLogMethodName(method) || chosenLevel) return 'method';
    }
  }
  if (receiver === 'Math') return null;
  return !method.endsWith('()') && isLogFunctionName(method) ? 'function' : null;
}

/** `logQuery`, `logError`, `log_event`: a logger's own method named for what it logs (not `logout`). */
function isLogMethodName(name: string): boolean {
  const words = splitWords(name);
  return words.length > 1 && words[0] === 'log';
}

/**
 * `log`, `logger`, `debugLog`, `errorLogger`: a last word `log` or `logger` after level words only;
 * or `log` followed by level words only (`logError`, `logDebug`, `log_info`).
 */
function isLogFunctionName(name: string): boolean {
  // `debugLog2` is a log function; a lone `log2`, `log10` is a logarithm.
  const numbered = namedWords(name);
  const words = numbered.length > 1 ? numbered : splitWords(name);
  const last = words[words.length - 1];
  if (last !== undefined && LOGGER_WORDS.has(last) && words.slice(0, -1).every((word) => LEVEL_WORDS.has(word))) return true;
  return words.length > 1 && words[0] === 'log' && words.slice(1).every((word) => LEVEL_WORDS.has(word));
}

/** Paths a pino logger censors: a key to what is censored below it (`true`: the whole value); `*` stands for any key. */
export interface Redaction {
  readonly below: ReadonlyMap<string, Redaction | true>;
}

const MAX_LOGGER_DEPTH = 8;

/**
 * The `redact` paths of the pino logger a log method belongs to (`const logger = pino({ redact:
 * ['password', 'auth.token'] }); logger.info(...)`, also `{ paths: [...] }`, a `const` holding
 * them, a child of such a logger, a class field holding one), or null: pino censors those parts of
 * the object it merges into the line. Paths written with brackets are not read.
 */
export function pinoRedaction(call: TSESTree.CallExpression, paths: AccessPathResolver): Redaction | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const creation = loggerCreation(callee.object, paths, 0);
  if (!creation || !paths.pathsOf(creation.callee).some((path) => path.root.kind === 'module' && path.root.module === 'pino')) return null;
  const [options] = creation.arguments;
  const settings = options ? boundValue(options, paths) : null;
  if (settings?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const redact = propertyValue(settings, 'redact', paths);
  const list = redact?.type === AST_NODE_TYPES.ObjectExpression ? propertyValue(redact, 'paths', paths) : redact;
  if (list?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const root = new Map<string, Redaction | true>();
  for (const element of list.elements) {
    const text = element ? stringLiteralValue(element) : null;
    if (text === null || text.includes('[')) continue;
    addRedactedPath(root, text.split('.'));
  }
  return root.size > 0 ? { below: root } : null;
}

function addRedactedPath(level: Map<string, Redaction | true>, keys: readonly string[]): void {
  const [key, ...rest] = keys;
  if (key === undefined || key === '') return;
  const known = level.get(key);
  if (known === true) return;
  if (rest.length === 0) {
    level.set(key, true);
    return;
  }
  const below = new Map(known?.below ?? []);
  addRedactedPath(below, rest);
  level.set(key, { below });
}

/** What pino censors under a key of an object it merges (`true`: all of it), or null for nothing. */
export function redactedUnder(redaction: Redaction, key: string): { readonly value: Redaction | true; readonly wildcard: boolean } | null {
  const own = redaction.below.get(key);
  if (own !== undefined) return { value: own, wildcard: false };
  const any = redaction.below.get('*');
  return any === undefined ? null : { value: any, wildcard: true };
}

/** The call that made the logger a receiver names: through `const` aliases, `.child(...)` and a class field written once. */
function loggerCreation(receiver: TSESTree.Node, paths: AccessPathResolver, depth: number): TSESTree.CallExpression | null {
  if (depth > MAX_LOGGER_DEPTH) return null;
  const node = unwrapExpression(receiver);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'child') return loggerCreation(callee.object, paths, depth + 1);
    return node;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = paths.variableOf(node);
    const alias = variable ? paths.aliasTargetOf(variable) : null;
    return alias && alias.names.length === 0 ? loggerCreation(alias.expression, paths, depth + 1) : null;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const writes = paths.fieldWrites(node);
    const [only] = writes;
    return writes.length === 1 && only ? loggerCreation(only, paths, depth + 1) : null;
  }
  return null;
}

/** An expression, or what the `const` it names holds. */
function boundValue(node: TSESTree.Node, paths: AccessPathResolver): TSESTree.Node {
  const inner = unwrapExpression(node);
  if (inner.type !== AST_NODE_TYPES.Identifier) return inner;
  const variable = paths.variableOf(inner);
  const alias = variable ? paths.aliasTargetOf(variable) : null;
  return alias && alias.names.length === 0 ? unwrapExpression(alias.expression) : inner;
}

function propertyValue(object: TSESTree.ObjectExpression, name: string, paths: AccessPathResolver): TSESTree.Node | null {
  const property = object.properties.find((item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === name);
  return property ? boundValue(property.value, paths) : null;
}
