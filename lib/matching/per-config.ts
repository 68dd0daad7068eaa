/**
 * What a rule compiles from its options and the shared settings (matchers, name tables, the
 * precondition vocabulary), built once per configuration instead of once per file. ESLint hands
 * every file a fresh copy of a rule's options, so they are keyed by content; the settings object
 * is shared by the files of one config and keys by identity. What is cached must hold nothing of
 * a file: per-file state stays in the rule's `create`.
 */
import type { TSESLint } from '@typescript-eslint/utils';

/** Distinct option sets kept per settings object; an editor session that keeps editing them starts over. */
const MAX_PER_SETTINGS = 32;
const NO_SETTINGS = {};
const compiled = new WeakMap<object, Map<string, unknown>>();

export function perConfig<T>(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, build: () => T): T {
  const settings: unknown = context.settings.ironclad;
  const owner = typeof settings === 'object' && settings !== null ? settings : NO_SETTINGS;
  let byOptions = compiled.get(owner);
  if (!byOptions) {
    byOptions = new Map();
    compiled.set(owner, byOptions);
  }
  // The rule id, its options and the working directories (declaration specifiers resolve paths).
  const key = `${context.id}\u0000${context.cwd}\u0000${process.cwd()}\u0000${JSON.stringify(context.options)}`;
  if (byOptions.has(key)) return byOptions.get(key) as T;
  const built = build();
  if (byOptions.size >= MAX_PER_SETTINGS) byOptions.clear();
  byOptions.set(key, built);
  return built;
}
