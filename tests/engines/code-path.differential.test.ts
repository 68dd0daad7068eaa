/**
 * Differential testing of the code-path engine: on generated functions, the engine's answer to
 * "does check(x) hold on every path to this act(x)?" must equal the answer of exploring every
 * execution (tests/engines/path-programs.ts). Failing programs are printed with their seed; the
 * regressions found so far are replayed first (tests/engines/code-path.regressions.json).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

import type { Program, Verdict } from './path-programs.js';
import { CodePathRecorder } from '../../lib/flow/code-path.js';
import { mergeListeners } from '../../lib/flow/listeners.js';
import { programArbitrary, referenceVerdicts, render } from './path-programs.js';

const FACT = 'checked|x';

/** The engine's verdict for each act, by id. */
function engineVerdicts(code: string, acts: number): Verdict[] {
  const verdicts: Verdict[] = Array.from({ length: acts }, () => 'unreached');
  const rule = {
    meta: { type: 'problem' as const, schema: [] },
    create() {
      const recorder: CodePathRecorder = new CodePathRecorder({
        onSolved: () => {
          for (const query of recorder.queries) {
            const id = Number(query.tag);
            verdicts[id] = query.facts === null ? 'unreached' : query.facts.has(FACT) ? 'dominated' : 'not-dominated';
          }
        },
      });
      return mergeListeners(recorder.listeners, {
        'CallExpression:exit': (node: TSESTree.CallExpression) => {
          const callee = node.callee.type === AST_NODE_TYPES.Identifier ? node.callee.name : '';
          if (callee === 'check') recorder.gen([FACT]);
          if (callee === 'ok') recorder.test(node, [FACT], []);
          if (callee === 'act') {
            const id = node.arguments[1];
            if (id?.type === AST_NODE_TYPES.Literal) recorder.query(node, String(id.value));
          }
        },
      });
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const plugin = { rules: { paths: rule as unknown as Rule.RuleModule } };
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { test: plugin }, rules: { 'test/paths': 'error' } }], 'program.ts');
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(`${fatal.message}\n${code}`);
  return verdicts;
}

/** Programs on which the engine once disagreed (kept so that it never does again). */
const regressions = JSON.parse(readFileSync(path.join(import.meta.dirname, 'code-path.regressions.json'), 'utf8')) as { found: string; program: Program }[];

describe('code-path engine vs. every execution', function () {
  // Thousands of generated cases: seconds on a quiet machine, longer on a busy one.
  this.timeout(600_000);

  it('agrees on the recorded regressions', () => {
    assert.ok(regressions.length > 0);
    for (const { found, program } of regressions) {
      const code = render(program);
      assert.deepEqual(engineVerdicts(code, program.acts), referenceVerdicts(program), `${found}:\n${code}`);
    }
  });

  it('agrees on 10,000 generated functions', () => {
    const runs = Number(process.env.IRONCLAD_DIFFERENTIAL_RUNS ?? 10_000);
    fc.assert(
      fc.property(programArbitrary, (program) => {
        const code = render(program);
        const expected = referenceVerdicts(program);
        const actual = engineVerdicts(code, program.acts);
        assert.deepEqual(actual, expected, `engine and reference disagree on:\n${code}`);
      }),
      { numRuns: runs, seed: Number(process.env.IRONCLAD_DIFFERENTIAL_SEED ?? 20261127) },
    );
  });
});
