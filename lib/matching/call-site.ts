/**
 * The call sites the matchers look at, built once per call and shared.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import type { CallSite } from './call-matcher.js';
import { AccessPathResolver } from './access-path.js';

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

/** The access paths and call sites of one file, shared by every rule that lints it. */
export interface FileNames {
  readonly paths: AccessPathResolver;
  readonly sites: CallSites;
}

const byFile = new WeakMap<object, FileNames>();

/**
 * The file's shared resolver and call sites. What they compute depends only on the file's
 * syntax tree and scopes, never on a rule's options, so the rules of one lint run share them
 * (keyed by the SourceCode object, which ESLint creates anew for every file and every fix pass).
 */
export function fileNames(sourceCode: Readonly<TSESLint.SourceCode>): FileNames {
  let names = byFile.get(sourceCode);
  if (!names) {
    const paths = new AccessPathResolver(sourceCode);
    names = { paths, sites: new CallSites(paths) };
    byFile.set(sourceCode, names);
  }
  return names;
}
