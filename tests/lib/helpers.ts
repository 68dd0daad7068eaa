/**
 * Parses code the way a rule sees it: through ESLint's Linter with typescript-eslint's parser and a
 * rule that only captures its context. Typed parses use the projectService over tests/fixtures,
 * linting the code as tests/fixtures/file.ts, as the typed RuleTester does.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Linter as ESLintLinter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { AccessPath } from '../../lib/matching/access-path.js';
import type { CallSite } from '../../lib/matching/call-matcher.js';
import type { TypeInfo } from '../../lib/matching/type-info.js';
import { AccessPathResolver, pathText } from '../../lib/matching/access-path.js';
import { CallSites } from '../../lib/matching/call-site.js';
import { typeInfoOf } from '../../lib/matching/type-info.js';
import { fixturesDir } from '../rule-tester.js';

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;
type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface ParseOptions {
  /** Parse with a TypeScript program (projectService over tests/fixtures). */
  readonly typed?: boolean;
  /**
   * Parse with a TypeScript program over this directory (see {@link createTypedProject}) instead of
   * tests/fixtures; implies `typed`.
   */
  readonly projectDir?: string;
  /** ESLint shared settings the captured context sees. */
  readonly settings?: Record<string, unknown>;
}

export interface Parsed {
  readonly code: string;
  readonly context: RuleContext;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly resolver: AccessPathResolver;
  /** Every call and `new` expression, in source order. */
  readonly calls: readonly CallNode[];
  /** Type information, or null for an untyped parse. */
  readonly typeInfo: TypeInfo | null;
  /** The `nth` (0-based) call whose callee is written exactly `calleeText`; fails the test when absent. */
  call(calleeText: string, nth?: number): CallNode;
  /** The call site (callee paths resolved) of that call. */
  site(calleeText: string, nth?: number): CallSite;
  /** The dotted texts of every access path of that call's callee, literal first. */
  calleePaths(calleeText: string, nth?: number): string[];
}

const plainLinter = new Linter({ cwd: process.cwd() });
const typedLinters = new Map<string, Linter>();

function typedLinterFor(directory: string): Linter {
  let linter = typedLinters.get(directory);
  if (!linter) {
    linter = new Linter({ cwd: directory });
    typedLinters.set(directory, linter);
  }
  return linter;
}

/**
 * A throw-away TypeScript project in a temporary directory: a tsconfig including file.ts, and the
 * given files (e.g. `node_modules/fake-sdk/index.d.ts`). Parse code as its file.ts with
 * `parse(code, { projectDir })`; remove it with {@link removeTypedProject}.
 */
export function createTypedProject(files: Readonly<Record<string, string>>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'ironclad-lib-test-'));
  const all: Record<string, string> = {
    'tsconfig.json': JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, types: [], noEmit: true },
      include: ['file.ts'],
    }),
    'file.ts': '',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) {
    const file = path.join(directory, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return directory;
}

export function removeTypedProject(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
}

export function parse(code: string, options: ParseOptions = {}): Parsed {
  let captured: RuleContext | undefined;
  const calls: CallNode[] = [];
  const typedRoot = options.projectDir ?? (options.typed ? fixturesDir : null);
  const captureRule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', messages: {}, schema: [], defaultOptions: [] },
    create(context) {
      captured = context;
      return {
        CallExpression(node) {
          calls.push(node);
        },
        NewExpression(node) {
          calls.push(node);
        },
      };
    },
  };
  const config: ESLintLinter.Config = {
    files: ['**/*.ts'],
    plugins: { capture: { rules: { context: captureRule } } as unknown as NonNullable<ESLintLinter.Config['plugins']>[string] },
    languageOptions: {
      parser: tsParser as unknown as ESLintLinter.Parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: typedRoot === null ? {} : { projectService: true, tsconfigRootDir: typedRoot },
    },
    settings: options.settings ?? {},
    rules: { 'capture/context': 'error' },
  };
  const linter = typedRoot === null ? plainLinter : typedLinterFor(typedRoot);
  const filename = typedRoot === null ? 'file.ts' : path.join(typedRoot, 'file.ts');
  const messages = linter.verify(code, config, filename);
  assert.deepEqual(
    messages.map((message) => message.message),
    [],
    'the code under test must parse and the capturing rule must not fail',
  );
  assert.ok(captured, 'the capturing rule ran');
  const context = captured;
  const sourceCode = context.sourceCode;
  assert.ok(sourceCode.parserServices?.esTreeNodeToTSNodeMap, 'parsed by typescript-eslint\'s parser');
  const resolver = new AccessPathResolver(sourceCode);
  const sites = new CallSites(resolver);
  calls.sort((a, b) => a.range[0] - b.range[0]);

  const call = (calleeText: string, nth = 0): CallNode => {
    const matching = calls.filter((node) => sourceCode.getText(node.callee) === calleeText);
    const found = matching[nth];
    assert.ok(found, `no call #${String(nth)} with callee \`${calleeText}\` in:\n${code}`);
    return found;
  };
  return {
    code,
    context,
    sourceCode,
    resolver,
    calls,
    typeInfo: typeInfoOf(context),
    call,
    site: (calleeText, nth) => sites.of(call(calleeText, nth)),
    calleePaths: (calleeText, nth) => resolver.pathsOf(call(calleeText, nth).callee).map(pathText),
  };
}

/** The first identifier named `name` in the program, in source order. */
export function findIdentifier(parsed: Parsed, name: string): TSESTree.Identifier {
  let found: TSESTree.Identifier | undefined;
  const visit = (node: TSESTree.Node): void => {
    if (found) return;
    if (node.type === AST_NODE_TYPES.Identifier && node.name === name) {
      found = node;
      return;
    }
    for (const key of parsed.sourceCode.visitorKeys[node.type] ?? []) {
      const child: unknown = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (isNode(item)) visit(item);
      }
    }
  };
  visit(parsed.sourceCode.ast);
  assert.ok(found, `no identifier ${name}`);
  return found;
}

/** The identifier that declares the variable `name` (in any scope). */
export function bindingIdentifier(parsed: Parsed, name: string): TSESTree.Identifier {
  const scopes = parsed.sourceCode.scopeManager?.scopes ?? [];
  for (const scope of scopes) {
    const definition = scope.set.get(name)?.defs[0];
    if (definition) return definition.name as TSESTree.Identifier;
  }
  assert.fail(`no variable ${name}`);
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** The dotted texts of paths. */
export function texts(paths: readonly AccessPath[]): string[] {
  return paths.map(pathText);
}
