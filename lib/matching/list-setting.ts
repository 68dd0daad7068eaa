/**
 * List settings: a list that extends the list beneath it (an array), or edits it
 * (`{ add, remove }`) or replaces it (`{ replace }`). Defaults, `settings.ironclad` and a rule's
 * options are laid over each other in that order.
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

/** A list that extends the list beneath it, or edits or replaces it. */
export type ListSetting<T> =
  | readonly T[]
  | { readonly add?: readonly T[]; readonly remove?: readonly T[]; readonly replace?: readonly T[] };

/** The schema of a list setting whose items follow `items`. */
export function listSettingSchema(items: JSONSchema4, description: string): JSONSchema4 {
  return {
    description,
    anyOf: [
      { type: 'array', items },
      {
        type: 'object',
        properties: {
          add: { type: 'array', items, description: 'Items added to the list beneath.' },
          remove: { type: 'array', items, description: 'Items removed from the list beneath.' },
          replace: { type: 'array', items, description: 'Items that replace the list beneath.' },
        },
        additionalProperties: false,
      },
    ],
  };
}

/** Lays each present layer over the defaults, in order. */
export function resolveList<T>(defaults: readonly T[], ...layers: readonly (ListSetting<T> | undefined)[]): T[] {
  let result = [...defaults];
  for (const layer of layers) {
    if (layer === undefined) continue;
    if (isReadonlyArray(layer)) {
      result = [...result, ...layer];
      continue;
    }
    if (layer.replace) result = [...layer.replace];
    if (layer.remove) {
      const removed = new Set(layer.remove.map((item) => JSON.stringify(item)));
      result = result.filter((item) => !removed.has(JSON.stringify(item)));
    }
    if (layer.add) result = [...result, ...layer.add];
  }
  return result;
}

/** Whether any layer replaces the list (so built-in logic behind the defaults is off too). */
export function isReplaced<T>(...layers: readonly (ListSetting<T> | undefined)[]): boolean {
  return layers.some((layer) => layer !== undefined && !isReadonlyArray(layer) && layer.replace !== undefined);
}

function isReadonlyArray<T>(value: ListSetting<T>): value is readonly T[] {
  return Array.isArray(value);
}
