/**
 * Bad options and settings fail when the configuration is loaded, with a message that leads to the
 * mistake — never in the middle of a lint run. Options are validated by ESLint against each rule's
 * meta.schema; `settings.ironclad` by the plugin itself, naming the setting.
 *
 * The bad values are generated from the schemas (./schema-variants.ts): every option of every rule,
 * and every setting, with wrong types, unknown keys, missing keys, empty strings and lists,
 * values out of range, strings that miss a pattern and invalid regular expressions.
 */
import type { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { ESLint, Linter as ESLintLinter } from 'eslint';
import assert from 'node:assert/strict';

import plugin from '../../index.js';
import { settingsSchema } from '../../lib/matching/vocabulary.js';
import { rules } from '../../rules/index.js';
import type { Schema, Variant } from './schema-variants.js';
import { badVariants, resolvedSchema, validExample } from './schema-variants.js';

const CODE = 'LOG.info(password);\n';
const linter = new ESLintLinter();

function configWith(rule: string, options: unknown, settings?: unknown): Linter.Config[] {
  return [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser },
      plugins: { ironclad: plugin },
      ...(settings === undefined ? {} : { settings: { ironclad: settings } }),
      rules: { [`ironclad/${rule}`]: ['error', options] },
    },
  ];
}

/** The error linting with this configuration throws, or null. */
function lintError(rule: string, options: unknown, settings?: unknown): Error | null {
  try {
    linter.verify(CODE, configWith(rule, options, settings), 'file.ts');
    return null;
  } catch (error) {
    return error as Error;
  }
}

/** The option a variant's path starts at: `.actions[0].when` → `actions`. */
function optionOf(variant: Variant): string {
  return /^\.([^.[]+)/u.exec(variant.path)?.[1] ?? '(options)';
}

function describeVariant(variant: Variant): string {
  return `${variant.path}: ${variant.what}: ${JSON.stringify(variant.value)}`;
}

function groupByOption(variants: readonly Variant[]): Map<string, Variant[]> {
  const groups = new Map<string, Variant[]>();
  for (const variant of variants) groups.set(optionOf(variant), [...(groups.get(optionOf(variant)) ?? []), variant]);
  return groups;
}

describe('robustness: bad options fail at config load', () => {
  for (const [name, rule] of Object.entries(rules)) {
    const written = (rule.meta.schema as readonly Schema[])[0];
    if (!written) throw new Error(`${name} has no options schema`);
    const schema = resolvedSchema(written);
    const prefix = `Key "rules": Key "ironclad/${name}":\n`;

    describe(name, () => {
      const variants = badVariants(schema);

      it('accepts a valid example of every option (the generator starts from valid configurations)', () => {
        for (const [option, property] of Object.entries(schema.properties ?? {})) {
          const error = lintError(name, { [option]: validExample(property) });
          // A valid shape may still name something unknown (a check id); ESLint's schema must accept it.
          assert.ok(error === null || !error.message.startsWith('Key "rules"'), `${option}: ${error?.message ?? ''}`);
        }
      });

      for (const [option, group] of groupByOption(variants)) {
        it(`refuses ${String(group.length)} bad values of ${option} with ESLint's configuration error showing the value`, () => {
          const problems: string[] = [];
          for (const variant of group) {
            const error = lintError(name, variant.value);
            if (error === null) problems.push(`accepted ${describeVariant(variant)}`);
            else if (!error.message.startsWith(prefix)) problems.push(`not a config error for ${describeVariant(variant)}:\n${error.message}`);
            else if (!error.message.includes(variant.shows)) problems.push(`message does not show ${variant.shows} for ${describeVariant(variant)}:\n${error.message}`);
          }
          assert.deepEqual(problems, []);
        });
      }

      it('refuses unknown keys naming them, through the ESLint class as well', async () => {
        const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: configWith(name, { notAnOption: true }) });
        await assert.rejects(eslint.lintText(CODE, { filePath: 'file.ts' }), (error: Error) => {
          assert.match(error.message, new RegExp(`^${escape(prefix)}`, 'u'));
          assert.match(error.message, /Unexpected property "notAnOption"/u);
          return true;
        });
      });
    });
  }

  it('tries invalid regular expressions in every name pattern and in reasonPattern', () => {
    const regexVariants = Object.entries(rules).flatMap(([name, rule]) =>
      badVariants(resolvedSchema((rule.meta.schema as readonly Schema[])[0] ?? {})).map((variant) => ({ name, variant })),
    );
    const invalidNamePatterns = regexVariants.filter(({ variant }) => JSON.stringify(variant.value).includes('"/a(/"'));
    for (const option of ['allowIntentional', 'loggers', 'sanitizers', 'apiCalls', 'handlers', 'ignore', 'exitCalls', 'actions', 'listings', 'checks']) {
      assert.ok(invalidNamePatterns.some(({ variant }) => optionOf(variant) === option), `no /a(/ variant of ${option}`);
    }
    assert.ok(regexVariants.some(({ name, variant }) => name === 'no-unhandled-api-errors' && variant.path === '.reasonPattern' && variant.value !== null && (variant.value as Record<string, unknown>).reasonPattern === '('));
  });
});

describe('robustness: malformed settings.ironclad fail with an error naming the setting', () => {
  const ruleNames = Object.keys(rules);
  const settings = settingsSchema() as Schema;
  const variants = badVariants(settings);

  for (const notAnObject of ['codebase', 42, true, null, ['loggers']]) {
    it(`refuses settings.ironclad = ${JSON.stringify(notAnObject)} in every rule`, () => {
      for (const name of ruleNames) {
        const error = lintError(name, {}, notAnObject);
        assert.ok(error, `${name} accepted ${JSON.stringify(notAnObject)}`);
        assert.match(error.message, new RegExp(`^Error while loading rule 'ironclad/${name}': settings\\.ironclad must be an object`, 'u'));
      }
    });
  }

  for (const [setting, group] of groupByOption(variants)) {
    it(`refuses ${String(group.length)} bad values of settings.ironclad.${setting}, naming it`, () => {
      const problems: string[] = [];
      for (const [index, variant] of group.entries()) {
        // Every rule validates the settings; the variants take turns.
        const name = ruleNames[index % ruleNames.length] ?? '';
        const error = lintError(name, {}, variant.value);
        const where = setting === '(options)' ? 'settings.ironclad' : `settings.ironclad.${setting}`;
        if (error === null) problems.push(`${name} accepted ${describeVariant(variant)}`);
        else if (!error.message.startsWith(`Error while loading rule 'ironclad/${name}': Invalid ${where}`) && !error.message.startsWith(`Error while loading rule 'ironclad/${name}': ${where} must be`)) {
          problems.push(`${name}: not an error naming ${where} for ${describeVariant(variant)}:\n${error.message}`);
        } else if (variant.what === 'unknown key' && !error.message.includes(variant.shows)) {
          problems.push(`${name}: the unknown key is not named for ${describeVariant(variant)}:\n${error.message}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('accepts a valid example of every setting', () => {
    for (const [setting, property] of Object.entries(settings.properties ?? {})) {
      for (const name of ruleNames) {
        const error = lintError(name, {}, { [setting]: validExample(property) });
        assert.ok(error === null || !error.message.includes('Invalid settings.ironclad'), `${name}, ${setting}: ${error?.message ?? ''}`);
      }
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
