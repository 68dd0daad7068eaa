/**
 * The call sites the matchers look at, built once per call and shared.
 */
import type { TSESTree } from '@typescript-eslint/utils';

import type { AccessPathResolver } from './access-path.js';
import type { CallSite } from './call-matcher.js';

/** Caches call sites per call node for one file. */
export class CallSites {
  readonly #paths: AccessPathResolver;
  readonly #sites = new WeakMap<TSESTree.Node, CallSite>();

  constructor(paths: AccessPathResolver) {
    this.#paths = paths;
  }

  of(node: TSESTree.CallExpression | TSESTree.NewExpression): CallSite {
    let site = this.#sites.get(node);
    if (!site) {
      site = { node, calleePaths: this.#paths.pathsOf(node.callee) };
      this.#sites.set(node, site);
    }
    return site;
  }
}
