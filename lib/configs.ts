/**
 * The shareable configs, derived from each rule's meta.docs — no generated files.
 *
 * - `recommended`: every recommended rule with its defaults; needs no type information.
 * - `recommended-type-checked`: the same rules with their `typeCheckedOptions` (each rule's
 *   `requireTypeInformation`), so a file linted without a program fails loudly instead of
 *   silently losing precision.
 * - `strict-type-checked`: additionally each rule's `strictOptions`.
 */
import type { IroncladDocs } from './create-rule.js';

export const CONFIG_NAMES = ['recommended', 'recommended-type-checked', 'strict-type-checked'] as const;
export type ConfigName = (typeof CONFIG_NAMES)[number];

interface RuleLike {
  readonly meta: { readonly docs?: Partial<IroncladDocs> };
}

export type RuleEntry = 'error' | ['error', Record<string, unknown>];

/** The rules map of one config, keyed `ironclad/<rule>`. */
export function configRules(rules: Readonly<Record<string, RuleLike>>, config: ConfigName, namespace = 'ironclad'): Record<string, RuleEntry> {
  const entries: Record<string, RuleEntry> = {};
  for (const [name, rule] of Object.entries(rules).sort(([a], [b]) => a.localeCompare(b))) {
    const docs = rule.meta.docs;
    if (docs?.recommended !== true) continue;
    let options: Record<string, unknown> = {};
    if (config !== 'recommended') options = { ...options, ...(docs.typeCheckedOptions ?? {}) };
    if (config === 'strict-type-checked') options = { ...options, ...(docs.strictOptions ?? {}) };
    entries[`${namespace}/${name}`] = Object.keys(options).length === 0 ? 'error' : ['error', options];
  }
  return entries;
}
