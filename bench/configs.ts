/**
 * The rule sets the harness compares, read from the plugin's configs so that every rule a config
 * enables is measured, whatever rules exist when the benchmark runs.
 */
import type { Linter } from 'eslint';

import type { IroncladPlugin } from './plugin.js';

export type RuleEntries = Readonly<Record<string, Linter.RuleEntry>>;

export const NO_FLOATING_PROMISES = '@typescript-eslint/no-floating-promises';
export const UNTYPED_CONFIG = 'recommended';
export const TYPED_CONFIG = 'recommended-type-checked';

export type ConfigName = keyof IroncladPlugin['configs'];

/** The rules of one of the plugin's configs, as JSON-serialisable entries. */
export function configRules(plugin: IroncladPlugin, name: ConfigName): RuleEntries {
  const rules = plugin.configs[name].rules ?? {};
  return JSON.parse(JSON.stringify(rules)) as RuleEntries;
}

/** The ids of the plugin's rules enabled by a config, sorted. */
export function ruleIds(plugin: IroncladPlugin, name: ConfigName): string[] {
  return Object.keys(configRules(plugin, name)).sort();
}

/** Only the entry of one rule out of a config. */
export function onlyRule(plugin: IroncladPlugin, name: ConfigName, id: string): RuleEntries {
  const entry = configRules(plugin, name)[id];
  if (entry === undefined) throw new Error(`${id} is not in ironclad's ${name} config`);
  return { [id]: entry };
}
