import type { TSESLint } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import type { Rule as ESLintRule } from 'eslint';
import { Linter } from 'eslint';
import assert from 'node:assert/strict';

import { guardRule, isInternalError } from '../../lib/guard.js';
import plugin from '../../index.js';

type Rule = TSESLint.RuleModule<string>;

function lint(rule: Rule, code: string): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(code, [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as unknown as Linter.Parser },
      plugins: { test: { rules: { rule: guardRule('rule', rule) as unknown as ESLintRule.RuleModule } } },
      rules: { 'test/rule': 'error' },
    },
  ], 'file.ts');
}

const meta: TSESLint.RuleMetaData<string> = { type: 'problem', messages: { found: 'found {{name}}' }, schema: [], defaultOptions: [] };

describe('lib/guard', () => {
  it('an error thrown by a listener becomes one report on the first line, and the rule stops checking the file', () => {
    const seen: string[] = [];
    const rule: Rule = {
      meta,
      create(context) {
        return {
          Identifier(node) {
            seen.push(node.name);
            if (node.name === 'boom') throw new TypeError("Cannot read properties of undefined (reading 'kind')\n    at somewhere");
            context.report({ node, messageId: 'found', data: { name: node.name } });
          },
        };
      },
    };
    const messages = lint(rule, 'const a = 1; const boom = 2; const c = 3;');
    assert.deepEqual(seen, ['a', 'boom']);
    assert.deepEqual(
      messages.map((message) => [message.messageId, message.line, message.message]),
      [
        ['internalError', 1, "ironclad/rule stopped checking this file after an internal error (TypeError: Cannot read properties of undefined (reading 'kind')); its findings here are incomplete. Please report it with the code that caused it."],
        ['found', 1, 'found a'],
      ],
    );
    assert.equal(messages.filter(isInternalError).length, 1);
  });

  it('an error thrown while the rule is created (a configuration error) still stops the run', () => {
    const rule: Rule = {
      meta,
      create() {
        throw new Error('the option `requireTypeInformation` is on');
      },
    };
    assert.throws(() => lint(rule, 'const a = 1;'), /requireTypeInformation/u);
  });

  it("every rule of the plugin is guarded, with its own meta and the internal error's message", () => {
    for (const [name, rule] of Object.entries(plugin.rules)) {
      assert.match(String(rule.meta?.messages?.internalError), new RegExp(`^ironclad/${name} stopped checking`, 'u'));
      assert.ok(rule.meta?.docs?.url?.endsWith(`/${name}.md`));
    }
  });
});
