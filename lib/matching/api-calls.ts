/**
 * Which call reaches a remote API: the calls whose errors no-unhandled-api-errors follows.
 *
 * Built in, by name: a call whose receiver chain has a segment that is exactly (any case)
 * `ironic`, `client`, `api`, `sdk`, `baremetal`, `conn` or `connection`, or whose last word is
 * `client` or `api` (`this.ironicClient.getNode`), through aliases; and the global `fetch()`.
 * `clientRegistry`, `apiVersion` and `connPool` are not. With type information: a method declared
 * on a class or interface whose name's last word is Client, Api, Sdk, Connection or Proxy, and a
 * function documented `@throws` in the project's own files or in a configured package (the
 * default library and @types/node document `@throws` on JSON.parse and path.join: not API calls).
 * Without type information, a call of a same-file function documented `@throws`/`@rejects` is
 * one too: the function passes its errors on to that call.
 * A log call is never an API call. Options and settings add matchers, replace the built-in
 * recognition, or exempt calls (`ignore`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';

import type { AccessPath, AccessPathResolver } from './access-path.js';
import type { FunctionNode } from './ast.js';
import type { CallMatcherSpec, CallSite } from './call-matcher.js';
import type { LoggerMatcher } from './loggers.js';
import type { TypeInfo } from './type-info.js';
import { splitWords } from '../words.js';
import { CallMatcher } from './call-matcher.js';
import { localCallee } from './local-functions.js';
import { calleeDeclarations, containerName, declarationOrigin, hasJSDocTag } from './type-info.js';

const CLIENT_SEGMENTS: ReadonlySet<string> = new Set(['ironic', 'client', 'api', 'sdk', 'baremetal', 'conn', 'connection']);
const CLIENT_LAST_WORDS: ReadonlySet<string> = new Set(['client', 'api']);
const CLIENT_TYPE_WORDS: ReadonlySet<string> = new Set(['client', 'api', 'sdk', 'connection', 'proxy']);
const THROWS_TAG = /@(?:throws|rejects|exception)\b/u;

export interface ApiCallMatcherOptions {
  readonly extra: readonly CallMatcherSpec[];
  readonly ignore: readonly CallMatcherSpec[];
  readonly builtIn: boolean;
  /** Packages whose `@throws`-documented functions are API calls. */
  readonly throwsPackages: readonly string[];
  readonly loggers: LoggerMatcher;
  /** The file's functions, to recognize calls of same-file functions documented `@throws`. */
  readonly localFunctions?: { readonly paths: AccessPathResolver; readonly sourceCode: Readonly<TSESLint.SourceCode> };
}

export class ApiCallMatcher {
  readonly #extra: CallMatcher;
  readonly #ignore: CallMatcher;
  readonly #builtIn: boolean;
  readonly #throwsPackages: ReadonlySet<string>;
  readonly #loggers: LoggerMatcher;
  readonly #localFunctions: ApiCallMatcherOptions['localFunctions'];
  readonly #byDeclaration = new Map<ts.Declaration, boolean>();

  constructor(options: ApiCallMatcherOptions) {
    this.#extra = new CallMatcher(options.extra, 'apiCalls');
    this.#ignore = new CallMatcher(options.ignore, 'ignore');
    this.#builtIn = options.builtIn;
    this.#throwsPackages = new Set(options.throwsPackages);
    this.#loggers = options.loggers;
    this.#localFunctions = options.localFunctions;
  }

  /** Whether a call is an API call. */
  matches(site: CallSite, info: TypeInfo | null): boolean {
    if (!this.#ignore.isEmpty && this.#ignore.matches(site, info)) return false;
    if (this.#loggers.match(site, info)) return false;
    if (this.#builtIn && site.calleePaths.some(isClientPath)) return true;
    if (!this.#extra.isEmpty && this.#extra.matches(site, info)) return true;
    if (!this.#builtIn) return false;
    if (info) return this.#matchesByDeclaration(site, info);
    return this.#callsDocumentedLocal(site);
  }

  #callsDocumentedLocal(site: CallSite): boolean {
    const local = this.#localFunctions;
    if (!local) return false;
    const fn = localCallee(site.node, local.paths);
    return fn !== null && isThrowsDocumented(fn, local.sourceCode);
  }

  #matchesByDeclaration(site: CallSite, info: TypeInfo): boolean {
    const { declarations } = calleeDeclarations(info, site.node);
    const [first] = declarations;
    if (!first) return false;
    const cached = this.#byDeclaration.get(first);
    if (cached !== undefined) return cached;
    const result = declarations.some((declaration) => this.#isApiDeclaration(info, declaration));
    this.#byDeclaration.set(first, result);
    return result;
  }

  #isApiDeclaration(info: TypeInfo, declaration: ts.Declaration): boolean {
    const container = containerName(info, declaration);
    if (container !== null) {
      const words = splitWords(container);
      const last = words[words.length - 1];
      if (last !== undefined && CLIENT_TYPE_WORDS.has(last)) return true;
    }
    if (!hasJSDocTag(info, declaration, ['throws', 'exception', 'rejects'])) return false;
    const origin = declarationOrigin(info, declaration);
    if (origin.kind === 'file') return true;
    return origin.kind === 'package' && this.#throwsPackages.has(origin.packageName);
  }
}

/**
 * Whether a callee path goes through a client-like receiver, or is the global fetch. A method
 * called on what an API call returned (`client.x().then(...)`, `client.list().map(...)`) is not
 * an API call itself: a call result after the last client-like segment means a returned value.
 */
export function isClientPath(path: AccessPath): boolean {
  const names = path.names;
  if (names.length === 1 && names[0] === 'fetch' && path.root.kind === 'global') return true;
  if (names.length === 2 && names[1] === 'fetch' && path.root.kind === 'global' && ['globalThis', 'window', 'self'].includes(names[0] ?? '')) return true;
  let lastClient = -1;
  for (let i = 0; i < names.length - 1; i++) {
    if (i === 0 && (path.root.kind === 'this' || path.root.kind === 'module')) continue;
    if (isClientName(names[i] ?? '')) lastClient = i;
  }
  if (lastClient === -1) return false;
  for (let i = lastClient + 1; i < names.length - 1; i++) if (names[i]?.endsWith('()')) return false;
  return true;
}

function isClientName(raw: string): boolean {
  const name = raw.endsWith('()') ? raw.slice(0, -2) : raw;
  if (CLIENT_SEGMENTS.has(name.toLowerCase())) return true;
  const words = splitWords(name);
  const last = words[words.length - 1];
  return last !== undefined && CLIENT_LAST_WORDS.has(last);
}

/** Whether a function's doc comment documents `@throws`, `@rejects` or `@exception`. */
export function isThrowsDocumented(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const comment = docCommentOf(fn, sourceCode);
  return comment !== null && THROWS_TAG.test(comment.value);
}

/** The `/** ... *\/` comment right before a function (or its method, variable or export). */
export function docCommentOf(fn: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Comment | null {
  const comments = sourceCode.getCommentsBefore(documentedNode(fn));
  const last = comments[comments.length - 1];
  return last !== undefined && isDocComment(last) ? last : null;
}

/** The node a function's doc comment sits before. */
export function documentedNode(fn: FunctionNode): TSESTree.Node {
  let node: TSESTree.Node = fn;
  const parent = fn.parent;
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition || parent.type === AST_NODE_TYPES.Property) node = parent;
  else if (parent.type === AST_NODE_TYPES.VariableDeclarator) node = parent.parent;
  const outer = node.parent as TSESTree.Node | undefined;
  if (outer?.type === AST_NODE_TYPES.ExportNamedDeclaration || outer?.type === AST_NODE_TYPES.ExportDefaultDeclaration) node = outer;
  return node;
}

function isDocComment(comment: TSESTree.Comment): boolean {
  return comment.type === AST_TOKEN_TYPES.Block && comment.value.startsWith('*');
}
