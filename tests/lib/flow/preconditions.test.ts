import type { TSESLint } from '@typescript-eslint/utils';
import type { Linter as ESLintLinter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import dedent from 'dedent';
import { Linter } from 'eslint';
import assert from 'node:assert/strict';

import type { Violation } from '../../../lib/flow/preconditions.js';
import type { ActionSpec, CheckSpec } from '../../../lib/matching/actions.js';
import { preconditionListeners } from '../../../lib/flow/preconditions.js';
import { AccessPathResolver } from '../../../lib/matching/access-path.js';
import { PreconditionVocabulary } from '../../../lib/matching/actions.js';
import { CallSites } from '../../../lib/matching/call-site.js';

interface Found {
  readonly line: number;
  readonly action: string;
  readonly subject: string;
  readonly missing: readonly string[];
  /** The node type and line of the branching statement, `somewhere` when unknown; null when missing outright. */
  readonly notOnEveryPath: string | null;
}

const CHECKS: Record<string, CheckSpec> = {
  read: { calls: ['read'], binds: 'both', description: '`read`' },
  owned: { calls: ['isOwned'], returnsBoolean: true, description: '`isOwned`' },
  idle: { state: { property: 'state', passIn: ['idle'] }, description: 'an idle test' },
};

const ACTIONS: ActionSpec[] = [
  { callee: 'stop', requires: ['read'] },
  { callee: 'destroy', requires: [['read', 'owned'], 'idle'] },
];

/** Runs the analysis over `code` with a small vocabulary and returns what it found. */
function analyse(code: string, options: { callbacks?: 'inherit' | 'isolate'; trustCallers?: boolean } = {}): Found[] {
  const found: Found[] = [];
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', messages: {}, schema: [], defaultOptions: [] },
    create(context) {
      const paths = new AccessPathResolver(context.sourceCode);
      const vocabulary = new PreconditionVocabulary({ actions: ACTIONS, checks: CHECKS, exitCalls: ['bail'], listings: [], stateMachine: false });
      return preconditionListeners({
        sourceCode: context.sourceCode,
        vocabulary,
        paths,
        sites: new CallSites(paths),
        info: null,
        callbacks: options.callbacks ?? 'inherit',
        trustCallers: options.trustCallers ?? true,
        report: (violation: Violation) => {
          const branch = violation.notOnEveryPath?.branch;
          found.push({
            line: violation.node.loc.start.line,
            action: violation.action,
            subject: violation.subject,
            missing: violation.missing,
            notOnEveryPath: violation.notOnEveryPath ? (branch ? `${branch.type}@${String(branch.loc.start.line)}` : 'somewhere') : null,
          });
        },
      });
    },
  };
  const config: ESLintLinter.Config = {
    files: ['**/*.ts'],
    plugins: { test: { rules: { preconditions: rule } } as unknown as NonNullable<ESLintLinter.Config['plugins']>[string] },
    languageOptions: { parser: tsParser as unknown as ESLintLinter.Parser },
    rules: { 'test/preconditions': 'error' },
  };
  const messages = new Linter({ configType: 'flat' }).verify(code, config, 'file.ts');
  assert.deepEqual(messages, [], 'the analysis runs without errors');
  return found.sort((a, b) => a.line - b.line);
}

describe('lib/flow/preconditions', () => {
  it('reports a missing check with what is missing, and nothing once it holds', () => {
    assert.deepEqual(analyse('function f(m) {\n  stop(m);\n  read(m);\n  stop(m);\n}'), [
      { line: 2, action: '`stop`', subject: 'm', missing: ['`read`'], notOnEveryPath: null },
    ]);
  });

  it('lists every unmet requirement, an any-of group joined with "or"', () => {
    assert.deepEqual(analyse('function f(m) {\n  destroy(m);\n}'), [
      { line: 2, action: '`destroy`', subject: 'm', missing: ['`read` or `isOwned`', 'an idle test'], notOnEveryPath: null },
    ]);
    assert.deepEqual(analyse("function f(m) {\n  if (!isOwned(m) || m.state !== 'idle') bail();\n  destroy(m);\n}"), []);
  });

  it('names the branching statement when the check holds on some paths only', () => {
    const code = dedent`
      function f(m, a, items) {
        if (a) read(m);
        stop(m);
        try {
          read(m);
        } catch {}
        stop(m);
        for (const item of items) read(m);
        stop(m);
        a && read(m);
        stop(m);
      }
    `;
    assert.deepEqual(
      analyse(code).map((item) => item.notOnEveryPath),
      ['IfStatement@2', 'TryStatement@4', 'ForOfStatement@8', 'LogicalExpression@10'],
    );
  });

  it('treats configured exit calls as the end of a path', () => {
    assert.deepEqual(analyse("function f(m) {\n  if (m.state !== 'idle') bail();\n  if (!isOwned(m)) bail();\n  destroy(m);\n}"), []);
    assert.equal(analyse("function f(m) {\n  if (m.state !== 'idle') warn();\n  if (!isOwned(m)) bail();\n  destroy(m);\n}").length, 1);
  });

  it('lets callbacks inherit the state where they are created, unless isolated', () => {
    const code = 'function f(m, list) {\n  read(m);\n  list.forEach(() => stop(m));\n}';
    assert.deepEqual(analyse(code), []);
    assert.equal(analyse(code, { callbacks: 'isolate' }).length, 1);
  });

  it('trusts a private helper through its callers unless told not to', () => {
    const code = 'function helper(m) {\n  stop(m);\n}\nexport function f(m) {\n  read(m);\n  helper(m);\n}';
    assert.deepEqual(analyse(code), []);
    assert.deepEqual(analyse(code, { trustCallers: false }).map((item) => item.line), [2]);
  });

  it('summarises a chain of helpers once each, not once per call', () => {
    // Each helper calls the next twice: re-solving a callee per question is 2^40 solves.
    const helpers = Array.from({ length: 40 }, (_, index) =>
      index === 39
        ? 'function h39(m) {\n  read(m);\n}'
        : `function h${String(index)}(m) {\n  if (m.a) h${String(index + 1)}(m);\n  else h${String(index + 1)}(m);\n}`,
    );
    const code = `${helpers.join('\n')}\nexport function f(m) {\n  h0(m);\n  stop(m);\n  destroy(m);\n}`;
    assert.deepEqual(
      analyse(code).map((item) => item.missing),
      [['an idle test']],
    );
  });

  it('solves a function with thousands of branches and nested loops', () => {
    const lines = ['function big(m, items) {', '  read(m);'];
    for (let index = 0; index < 3000; index++) {
      lines.push(
        index % 2 === 0
          ? `  if (c${String(index)}) { stop(m); } else if (d${String(index)}) { x(); } else { y(); }`
          : '  for (const a of items) { while (a.more) { if (a.stop) break; stop(m); } }',
      );
    }
    lines.push('  m = other;', '  stop(m);', '}');
    assert.deepEqual(analyse(lines.join('\n')).map((item) => item.line), [lines.length - 1]);
  });
});
