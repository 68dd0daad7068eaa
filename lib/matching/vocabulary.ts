/**
 * The shared vocabulary: `settings.ironclad` describes a codebase once — its API clients,
 * loggers, sanitizers, sensitive words and carriers, actions and checks — and every rule reads it
 * here. A rule's own options are layered on top: a list extends what it is laid over, or, written
 * `{ replace: [...] }`, replaces it; `{ add: [...], remove: [...] }` edits it.
 *
 * ESLint validates options against each rule's schema; it does not validate settings, so the
 * same schema fragments are checked here, with a message naming the setting.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

import type { CallMatcherSpec } from './call-matcher.js';
import type { ListSetting } from './list-setting.js';
import type { SchemaNode } from './schema-check.js';
import { callMatcherSchema } from './call-matcher.js';
import { preconditionSettingsProperties } from './actions.js';
import { listSettingSchema } from './list-setting.js';
import { checkSchema, isPlainObject } from './schema-check.js';

export type { ListSetting } from './list-setting.js';
export { isReplaced, listSettingSchema, resolveList } from './list-setting.js';

/** A name split into words: it must have one (`-` or spaces alone name nothing). */
const wordsItem: JSONSchema4 = { type: 'string', minLength: 1, pattern: '[A-Za-z0-9]', description: 'A name, split into words (it needs a letter or digit).' };
/** A type's name, possibly qualified (`AxiosError`, `http.IncomingHttpHeaders`). */
const typeNameItem: JSONSchema4 = { type: 'string', pattern: '^[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*$', description: 'A type name (`AxiosError`), without type arguments.' };

/** Vocabulary keys shared by the rules (the rule-specific ones are registered by lib/matching modules). */
const sharedProperties: Record<string, JSONSchema4> = {
  apiCalls: listSettingSchema(callMatcherSchema, 'Calls that reach a remote API (besides the built-in client names).'),
  ignoredApiCalls: listSettingSchema(callMatcherSchema, 'API calls that cannot fail, or report failure by value.'),
  errorHandlers: listSettingSchema(callMatcherSchema, 'Wrappers that handle the errors of the calls made inside them.'),
  loggers: listSettingSchema(callMatcherSchema, 'Log calls (besides console, *log/*logger receivers and logging packages).'),
  sanitizers: listSettingSchema(callMatcherSchema, 'Calls whose result no longer carries a secret.'),
  sensitiveNames: listSettingSchema(wordsItem, 'Names (split into words) that make a value a secret.'),
  safeNames: listSettingSchema(wordsItem, 'Names (split into words) that are never secrets.'),
  carriers: listSettingSchema(wordsItem, 'Names of objects that carry secrets when logged whole.'),
  sensitiveTypes: listSettingSchema(typeNameItem, 'Type names whose values carry secrets.'),
  exitCalls: listSettingSchema(callMatcherSchema, 'Calls that never return.'),
};

export function settingsSchema(): JSONSchema4 {
  return {
    type: 'object',
    properties: { ...sharedProperties, ...preconditionSettingsProperties },
    additionalProperties: false,
  };
}

/** The schema fragment a rule's option of the same name uses. */
export function sharedSettingSchema(key: keyof typeof sharedProperties): JSONSchema4 {
  const schema = sharedProperties[key];
  if (!schema) throw new Error(`Unknown shared setting ${key}`);
  return schema;
}

export interface IroncladSettings {
  readonly apiCalls?: ListSetting<CallMatcherSpec>;
  readonly ignoredApiCalls?: ListSetting<CallMatcherSpec>;
  readonly errorHandlers?: ListSetting<CallMatcherSpec>;
  readonly loggers?: ListSetting<CallMatcherSpec>;
  readonly sanitizers?: ListSetting<CallMatcherSpec>;
  readonly sensitiveNames?: ListSetting<string>;
  readonly safeNames?: ListSetting<string>;
  readonly carriers?: ListSetting<string>;
  readonly sensitiveTypes?: ListSetting<string>;
  readonly exitCalls?: ListSetting<CallMatcherSpec>;
  readonly [key: string]: unknown;
}

const validated = new WeakMap<object, IroncladSettings>();

/** `settings.ironclad`, validated; throws an Error naming the offending setting. */
export function readSettings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): IroncladSettings {
  const settings: unknown = context.settings.ironclad;
  if (settings === undefined) return {};
  if (!isPlainObject(settings)) {
    throw new Error('settings.ironclad must be an object describing the codebase (see the README, "Shared settings").');
  }
  const cached = validated.get(settings);
  if (cached) return cached;
  const problem = checkSchema(settingsSchema() as SchemaNode, settings, 'settings.ironclad');
  if (problem) throw new Error(`Invalid ${problem}.`);
  validated.set(settings, settings);
  return settings;
}
