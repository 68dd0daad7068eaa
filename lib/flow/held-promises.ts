/**
 * Promises held in a `const` and read on some paths only: `const check = client.validate(id); if
 * (strict) return await check; return null;` leaves the promise unobserved on the second path, and
 * its rejection unhandled.
 *
 * Only a `const` declared among the top-level statements of its function (not in a loop, a branch
 * or a `try`), read only in that function: every path to a `return` written after it, or to the
 * function's end, has passed the declaration, so one that reaches the exit without a read of it
 * leaves the promise behind. A read of any kind counts (awaited, returned, chained, stored, handed
 * to a call): what each read does with the promise is judged where it is read.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { AccessPathResolver } from '../matching/access-path.js';
import type { FunctionNode } from '../matching/ast.js';
import { contains, enclosingFunction, isFunctionNode, outermostWrapper } from '../matching/ast.js';
import type { CodePathRecorder, QueryResult } from './code-path.js';
import type { ListenerMap } from './listeners.js';

const EXIT_TAG = 'held-exit';

interface Held {
  readonly key: string;
  readonly fn: FunctionNode;
  readonly declarator: TSESTree.VariableDeclarator;
}

export class HeldPromises {
  readonly #recorder: CodePathRecorder;
  readonly #paths: AccessPathResolver;
  /** Per variable holding a promise, its fact key. */
  readonly #held = new Map<TSESLint.Scope.Variable, Held>();
  /** The reads of those variables, with the fact each read makes. */
  readonly #reads = new Map<TSESTree.Node, string>();
  /** Functions whose exits are asked about, with the earliest declaration among them (exits before it are not). */
  readonly #functions = new Map<FunctionNode, number>();
  #count = 0;
  #exits: Map<FunctionNode, QueryResult[]> | null = null;

  constructor(recorder: CodePathRecorder, paths: AccessPathResolver) {
    this.#recorder = recorder;
    this.#paths = paths;
  }

  /** A call whose promise may be held: when a top-level `const` of its function takes it, follow its reads. */
  hold(call: TSESTree.CallExpression): void {
    const wrapper = outermostWrapper(call);
    const declarator = wrapper.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== wrapper || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
    const declaration = declarator.parent;
    const fn = enclosingFunction(declaration);
    if (declaration.kind !== 'const' || !fn || fn.body.type !== AST_NODE_TYPES.BlockStatement || !fn.body.body.includes(declaration)) return;
    const variable = this.#paths.variableOf(declarator.id);
    if (!variable || this.#held.has(variable)) return;
    const reads = variable.references.filter((reference) => reference.isRead());
    // Read nowhere (floating whatever the paths) or in another function (a callback may run on any path): not asked here.
    if (reads.length === 0 || reads.some((reference) => enclosingFunction(reference.identifier) !== fn)) return;
    const key = `held${String(this.#count++)}`;
    this.#held.set(variable, { key, fn, declarator });
    for (const reference of reads) this.#reads.set(reference.identifier, `seen|${key}`);
    const earliest = this.#functions.get(fn);
    if (earliest === undefined || declarator.range[1] < earliest) this.#functions.set(fn, declarator.range[1]);
  }

  get listeners(): ListenerMap {
    const exitOf = (fn: FunctionNode): void => {
      if (this.#functions.has(fn)) this.#recorder.query(fn, EXIT_TAG);
    };
    return {
      Identifier: (node: TSESTree.Identifier) => {
        if (this.#reads.size === 0) return;
        const fact = this.#reads.get(node);
        if (fact !== undefined) this.#recorder.gen([fact]);
      },
      // Asked as the return starts (at its exit, ESLint has already made the path unreachable); a
      // read in its value (`return await check`) is seen by unreadExit.
      ReturnStatement: (node: TSESTree.ReturnStatement) => {
        if (this.#functions.size === 0) return;
        const fn = enclosingFunction(node);
        const after = fn ? this.#functions.get(fn) : undefined;
        if (after !== undefined && node.range[0] > after) this.#recorder.query(node, EXIT_TAG);
      },
      'FunctionDeclaration:exit': exitOf,
      'FunctionExpression:exit': exitOf,
      'ArrowFunctionExpression:exit': exitOf,
    };
  }

  /**
   * For a variable holding a promise (see hold): a `return` after its declaration, or the end of its
   * function, that a path reaches without reading it; null when every such path reads it. Answered
   * once the file is solved.
   */
  unreadExit(identifier: TSESTree.Identifier): TSESTree.Node | null {
    const variable = this.#paths.variableOf(identifier);
    const held = variable ? this.#held.get(variable) : undefined;
    if (!variable || !held) return null;
    const seen = `seen|${held.key}`;
    for (const query of this.#exitsOf(held.fn)) {
      if (query.facts === null || query.facts.has(seen)) continue;
      if (query.node !== held.fn && query.node.range[0] < held.declarator.range[1]) continue;
      // `return await check`: read by the return itself.
      if (query.node !== held.fn && variable.references.some((reference) => contains(query.node, reference.identifier))) continue;
      return query.node;
    }
    return null;
  }

  /** The exit queries of a function (indexed once, after solving). */
  #exitsOf(fn: FunctionNode): readonly QueryResult[] {
    if (this.#exits === null) {
      this.#exits = new Map();
      for (const query of this.#recorder.queries) {
        if (query.tag !== EXIT_TAG) continue;
        const owner = isFunctionNode(query.node) ? query.node : enclosingFunction(query.node);
        if (!owner) continue;
        const list = this.#exits.get(owner) ?? [];
        list.push(query);
        this.#exits.set(owner, list);
      }
    }
    return this.#exits.get(fn) ?? [];
  }
}
