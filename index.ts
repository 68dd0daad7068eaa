/**
 * eslint-plugin-ironclad: security rules for TypeScript driver code.
 */
import type { ESLint, Linter, Rule } from 'eslint';
import { createRequire } from 'node:module';

import type { ConfigName } from './lib/configs.js';
import { CONFIG_NAMES, configRules } from './lib/configs.js';
import { guardRule } from './lib/guard.js';
import { rules as ruleModules } from './rules/index.js';

export type { Options as NoSecretsInLogsOptions } from './rules/no-secrets-in-logs.js';
export type { Options as NoUnhandledApiErrorsOptions } from './rules/no-unhandled-api-errors.js';
export type { Options as RequirePreconditionOptions } from './rules/require-precondition.js';
export type { CallMatcherSpec, DeclarationSpecifier } from './lib/matching/call-matcher.js';
export type { IroncladSettings, ListSetting } from './lib/matching/vocabulary.js';
export type { ConfigName } from './lib/configs.js';

const packageJson = createRequire(import.meta.url)('eslint-plugin-ironclad/package.json') as { name: string; version: string };

export type RuleName = keyof typeof ruleModules;

/** The plugin, typed with ESLint's own types so that a user's eslint.config.ts typechecks. */
export interface IroncladPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: 'ironclad' };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<ConfigName, Linter.Config>;
}

const plugin: IroncladPlugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'ironclad' },
  // typescript-eslint's RuleModule and ESLint's differ only in types (typescript-eslint#9724).
  // Guarded: an internal error is reported on the file, it never aborts the lint run (lib/guard.ts).
  rules: Object.fromEntries(Object.entries(ruleModules).map(([name, rule]) => [name, guardRule(name, rule)])) as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {} as Record<ConfigName, Linter.Config>,
};

for (const name of CONFIG_NAMES) {
  plugin.configs[name] = {
    name: `ironclad/${name}`,
    plugins: { ironclad: plugin },
    rules: configRules(ruleModules, name),
  };
}

export default plugin;
export { plugin as 'module.exports' };
