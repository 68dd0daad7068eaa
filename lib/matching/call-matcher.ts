/**
 * The one matcher type every option and setting uses to name calls.
 *
 * A matcher is a name pattern (see ./pattern.ts) tested against every access path of the callee,
 * or — with type information — a declaration specifier modelled on typescript-eslint's
 * TypeOrValueSpecifier: `{ from: 'file', name, path? }`, `{ from: 'lib', name }`,
 * `{ from: 'package', name, package }`. A specifier's `name` is tested against the called
 * function's name, the name of the class, interface or namespace that declares it, and the
 * receiver's type names (including base types), so `{ from: 'package', package: 'openstacksdk',
 * name: 'BaremetalProxy' }` matches every method called on a `BaremetalProxy`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import path from 'node:path';

import type { AccessPath } from './access-path.js';
import type { CompiledPattern, NamePattern } from './pattern.js';
import type { DeclarationOrigin, TypeInfo } from './type-info.js';
import { unwrapExpression } from './ast.js';
import { compilePattern, namePatternSchema } from './pattern.js';
import { calleeDeclarations, containerName, declarationOrigin, typeNames } from './type-info.js';

export type DeclarationSpecifier =
  | { readonly from: 'file'; readonly name: string | readonly string[]; readonly path?: string }
  | { readonly from: 'lib'; readonly name: string | readonly string[] }
  | { readonly from: 'package'; readonly name: string | readonly string[]; readonly package: string };

export type CallMatcherSpec = DeclarationSpecifier | NamePattern;

const nameListSchema: JSONSchema4 = {
  description: 'A name, or names, of the function, its declaring class/interface, or the receiver type.',
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
};

/** The JSON schema of one matcher; every rule's options use it. */
export const callMatcherSchema: JSONSchema4 = {
  description: 'A name pattern (`LOG.*`, `this.ironic.**`, `/re/flags`) or a declaration specifier `{ from, name, ... }`.',
  anyOf: [
    namePatternSchema,
    {
      type: 'object',
      description: 'Calls to functions declared in the project\'s own files.',
      properties: {
        from: { type: 'string', enum: ['file'], description: 'Declared in a project file.' },
        name: nameListSchema,
        path: { type: 'string', minLength: 1, description: 'The declaring file: relative to the working directory, or the end of its path (`src/audit.ts`).' },
      },
      required: ['from', 'name'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'Calls to functions declared in TypeScript\'s default library.',
      properties: {
        from: { type: 'string', enum: ['lib'], description: 'Declared in the default library (lib.*.d.ts).' },
        name: nameListSchema,
      },
      required: ['from', 'name'],
      additionalProperties: false,
    },
    {
      type: 'object',
      description: 'Calls to functions declared by a package.',
      properties: {
        from: { type: 'string', enum: ['package'], description: 'Declared by an installed package or its @types.' },
        name: nameListSchema,
        package: { type: 'string', minLength: 1, description: 'The package name, e.g. `openstacksdk` or `@scope/pkg`.' },
      },
      required: ['from', 'name', 'package'],
      additionalProperties: false,
    },
  ],
};

export const callMatcherListSchema: JSONSchema4 = {
  type: 'array',
  items: callMatcherSchema,
};

/** What a call offers to be matched: its callee's access paths and, when typed, its declaration. */
export interface CallSite {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly calleePaths: readonly AccessPath[];
}

/** A compiled list of matchers. */
export class CallMatcher {
  readonly #patterns: CompiledPattern[] = [];
  readonly #specifiers: DeclarationSpecifier[] = [];
  readonly #cwd: string;
  readonly #lastNames: ReadonlySet<string> | null;

  /** Throws an Error naming `optionName` when a pattern is malformed. */
  constructor(specs: readonly CallMatcherSpec[], optionName: string, cwd = process.cwd()) {
    this.#cwd = cwd;
    for (const [index, spec] of specs.entries()) {
      if (typeof spec === 'string') {
        try {
          this.#patterns.push(compilePattern(spec));
        } catch (error) {
          throw new Error(`${optionName}[${index}]: ${(error as Error).message}`, { cause: error });
        }
      } else {
        this.#specifiers.push(spec);
      }
    }
    const lastNames = this.#patterns.map((pattern) => pattern.lastName);
    this.#lastNames = lastNames.includes(undefined) ? null : new Set(lastNames as string[]);
  }

  get isEmpty(): boolean {
    return this.#patterns.length === 0 && this.#specifiers.length === 0;
  }

  /** Whether the matcher names declarations (matched only with type information). */
  get hasSpecifiers(): boolean {
    return this.#specifiers.length > 0;
  }

  /** The last names a path must end with for a name pattern to match it; null when a pattern ends in a wildcard or is a regular expression. */
  get lastNames(): ReadonlySet<string> | null {
    return this.#lastNames;
  }

  /** Whether a call whose paths all end in `name` can match a name pattern (declarations aside). */
  mayMatchName(name: string): boolean {
    return this.#lastNames === null || this.#lastNames.has(name);
  }

  /** Whether any name pattern matches any of the paths. */
  matchesPaths(paths: readonly AccessPath[]): boolean {
    for (const candidate of paths) for (const pattern of this.#patterns) if (pattern(candidate.names)) return true;
    return false;
  }

  /** Whether the call matches by name, or by declaration when type information is given. */
  matches(site: CallSite, info: TypeInfo | null): boolean {
    if (this.matchesPaths(site.calleePaths)) return true;
    if (!info || this.#specifiers.length === 0) return false;
    return this.matchesDeclaration(site.node, info);
  }

  /** Whether a declaration specifier matches the call's callee. */
  matchesDeclaration(call: TSESTree.CallExpression | TSESTree.NewExpression, info: TypeInfo): boolean {
    if (this.#specifiers.length === 0) return false;
    const facts = declarationFacts(call, info);
    if (!facts) return false;
    return this.#specifiers.some((specifier) => specifierMatches(specifier, facts, this.#cwd));
  }
}

/**
 * Values keyed by matchers, looked up for a call: only the entries whose patterns can end with
 * one of the call's last names (or that a last name cannot rule out) are tested, in entry order.
 */
export class CallMatcherIndex<T> {
  readonly #entries: readonly { readonly matcher: CallMatcher; readonly value: T }[];
  readonly #byLastName = new Map<string, number[]>();
  /** Entries to test for every call (a wildcard last segment, a regular expression). */
  readonly #always: number[] = [];
  /** Entries naming declarations: tested for every call when typed. */
  readonly #typed: number[] = [];

  constructor(entries: readonly { readonly matcher: CallMatcher; readonly value: T }[]) {
    this.#entries = entries;
    for (const [index, { matcher }] of entries.entries()) {
      if (matcher.hasSpecifiers) this.#typed.push(index);
      const names = matcher.lastNames;
      if (names === null) {
        this.#always.push(index);
        continue;
      }
      for (const name of names) {
        const list = this.#byLastName.get(name);
        if (list) list.push(index);
        else this.#byLastName.set(name, [index]);
      }
    }
  }

  /**
   * Every name a matching call's paths can end in, when each entry names its last segment outright
   * (no wildcard, regular expression or declaration specifier); null otherwise. An access path
   * takes its names from the source (an identifier, a string key, a constant's string), so a file
   * whose text holds none of them has no matching call.
   */
  get lastNamesOfAll(): ReadonlySet<string> | null {
    return this.#always.length > 0 || this.#typed.length > 0 ? null : new Set(this.#byLastName.keys());
  }

  /** Whether a call whose paths all end in `name` can match an entry by name (declarations aside). */
  mayMatchName(name: string): boolean {
    return this.#always.length > 0 || this.#byLastName.has(name);
  }

  /** The values of the entries matching a call, in entry order. */
  matching(site: CallSite, info: TypeInfo | null): T[] {
    const candidates: number[] = [...this.#always];
    if (info) candidates.push(...this.#typed);
    for (const path of site.calleePaths) {
      const list = this.#byLastName.get(path.names[path.names.length - 1] ?? '');
      if (list) candidates.push(...list);
    }
    if (candidates.length === 0) return [];
    const ordered = candidates.length > 1 ? [...new Set(candidates)].sort((a, b) => a - b) : candidates;
    const result: T[] = [];
    for (const index of ordered) {
      const entry = this.#entries[index];
      if (entry?.matcher.matches(site, info)) result.push(entry.value);
    }
    return result;
  }
}

interface DeclarationFacts {
  readonly names: ReadonlySet<string>;
  readonly origins: readonly DeclarationOrigin[];
}

function declarationFacts(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  info: TypeInfo,
): DeclarationFacts | null {
  const callee = unwrapExpression(call.callee);
  const { name, declarations } = calleeDeclarations(info, call);
  if (declarations.length === 0) return null;
  const names = new Set<string>();
  if (name !== null) names.add(name);
  const origins: DeclarationOrigin[] = [];
  for (const declaration of declarations) {
    origins.push(declarationOrigin(info, declaration));
    const container = containerName(info, declaration);
    if (container !== null) names.add(container);
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const receiverType = info.typeOf(callee.object);
    if (receiverType) for (const name of typeNames(info, receiverType)) names.add(name);
  }
  return { names, origins };
}

function specifierMatches(specifier: DeclarationSpecifier, facts: DeclarationFacts, cwd: string): boolean {
  const wanted = typeof specifier.name === 'string' ? [specifier.name] : specifier.name;
  if (!wanted.some((name) => facts.names.has(name))) return false;
  return facts.origins.some((origin) => {
    switch (specifier.from) {
      case 'lib':
        return origin.kind === 'lib';
      case 'package':
        return origin.kind === 'package' && origin.packageName === specifier.package;
      case 'file':
        if (origin.kind !== 'file') return false;
        if (specifier.path === undefined) return true;
        return declaredAt(specifier.path, origin.fileName, cwd);
    }
  });
}

/**
 * Whether a declaration file is the one a specifier's `path` names: that path from the working
 * directory, or — since editors and the ESLint API may run elsewhere — the file whose path ends
 * with it (`src/audit.ts` names `/any/project/src/audit.ts`).
 */
function declaredAt(written: string, fileName: string, cwd: string): boolean {
  const file = path.resolve(fileName);
  if (path.resolve(cwd, written) === file) return true;
  if (path.isAbsolute(written)) return false;
  const tail = path.normalize(written).replaceAll('\\', '/').replace(/^(?:\.\/)+/u, '');
  if (tail.startsWith('../')) return false;
  return file.replaceAll('\\', '/').endsWith(`/${tail}`);
}
