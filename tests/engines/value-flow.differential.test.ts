/**
 * Differential testing of the value-flow engine: on generated straight-line programs, whether
 * `secret` reaches each `sink(...)` must be what the reference interpreter computes
 * (tests/engines/value-programs.ts). Failing programs are printed; the ones found so far are
 * replayed first (tests/engines/value-flow.regressions.json).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import fc from 'fast-check';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

import type { Program } from './value-programs.js';
import { ValueFlow } from '../../lib/flow/value-flow.js';
import { AccessPathResolver } from '../../lib/matching/access-path.js';
import { programArbitrary, referenceSinks, render } from './value-programs.js';

function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string {
  const callee = call.callee;
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) {
    const object = callee.object.type === AST_NODE_TYPES.Identifier ? `${callee.object.name}.` : '';
    return `${object}${callee.property.name}`;
  }
  return '';
}

/** The engine's answer for each sink, in source order. */
function engineSinks(code: string): boolean[] {
  const answers: boolean[] = [];
  const rule = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: Rule.RuleContext) {
      const sourceCode = context.sourceCode as unknown as ConstructorParameters<typeof AccessPathResolver>[0];
      const flow = new ValueFlow<string>(
        {
          onName: (name, _node, kind) => ((kind === 'variable' || kind === 'parameter') && name === 'secret' ? 'secret' : undefined),
          onCall: (call) => {
            const name = calleeName(call);
            if (name === 'JSON.stringify') return { kind: 'through', inputs: call.arguments.slice(0, 1), step: 'JSON.stringify' };
            if ((name === 'join' || name.endsWith('.join')) && call.callee.type === AST_NODE_TYPES.MemberExpression) {
              return { kind: 'through', inputs: [call.callee.object], step: '.join()' };
            }
            if (name === 'sanitize') return { kind: 'clean' };
            return { kind: 'opaque' };
          },
        },
        new AccessPathResolver(sourceCode),
      );
      return {
        CallExpression(node: TSESTree.CallExpression) {
          if (calleeName(node) !== 'sink') return;
          const [argument] = node.arguments;
          answers.push(argument !== undefined && flow.trace(argument).length > 0);
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const plugin = { rules: { values: rule as unknown as Rule.RuleModule } };
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, plugins: { test: plugin }, rules: { 'test/values': 'error' } }], 'program.ts');
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(`${fatal.message}\n${code}`);
  return answers;
}

/** Programs on which the engine once disagreed (kept so that it never does again). */
const regressions = JSON.parse(readFileSync(path.join(import.meta.dirname, 'value-flow.regressions.json'), 'utf8')) as { found: string; program: Program }[];

describe('value-flow engine vs. a reference interpreter', function () {
  // Thousands of generated cases: seconds on a quiet machine, longer on a busy one.
  this.timeout(600_000);

  it('agrees on the recorded regressions', () => {
    for (const { found, program } of regressions) {
      const code = render(program);
      assert.deepEqual(engineSinks(code), referenceSinks(program), `${found}:\n${code}`);
    }
  });

  it('agrees on 10,000 generated programs', () => {
    const runs = Number(process.env.IRONCLAD_DIFFERENTIAL_RUNS ?? 10_000);
    fc.assert(
      fc.property(programArbitrary, (program) => {
        const code = render(program);
        assert.deepEqual(engineSinks(code), referenceSinks(program), `engine and reference disagree on:\n${code}`);
      }),
      { numRuns: runs, seed: Number(process.env.IRONCLAD_DIFFERENTIAL_SEED ?? 20261127) },
    );
  });
});
