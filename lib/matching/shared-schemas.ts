/**
 * A rule's options schema with the call-matcher and name-pattern schemas written once, as
 * definitions, and referenced everywhere else. ESLint compiles a rule's schema with ajv, which
 * inlines a referenced schema unless it refers to another; written inline twenty times, the
 * call-matcher schema made require-precondition's validator a megabyte of generated code and
 * about 95 ms of CPU in every lint process (22 ms with the definitions).
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

import { callMatcherSchema } from './call-matcher.js';
import { namePatternSchema } from './pattern.js';

/** The shared schemas, by the name of their definition. */
export const SHARED_SCHEMAS: Readonly<Record<string, JSONSchema4>> = {
  callMatcher: callMatcherSchema,
  namePattern: namePatternSchema,
};

/** Where ESLint puts a rule's first options schema (it wraps the array form in `{ type: 'array', items }`). */
export const SHARED_SCHEMA_REF_PREFIX = '#/items/0/definitions/';

/** The options schema (the first and only element of `meta.schema`) with every shared schema by reference. */
export function withSharedSchemas(options: JSONSchema4): JSONSchema4 {
  const names = new Map(Object.entries(SHARED_SCHEMAS).map(([name, schema]) => [schema, name]));
  const used = new Set<string>();
  const rewrite = (node: unknown, root: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, false));
    if (typeof node !== 'object' || node === null) return node;
    const name = root ? undefined : names.get(node as JSONSchema4);
    if (name !== undefined) {
      used.add(name);
      const description = (node as JSONSchema4).description;
      return description === undefined ? { $ref: `${SHARED_SCHEMA_REF_PREFIX}${name}` } : { $ref: `${SHARED_SCHEMA_REF_PREFIX}${name}`, description };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value, false)]));
  };
  const result = rewrite(options, true) as JSONSchema4;
  const definitions: Record<string, JSONSchema4> = {};
  // A definition can use another (the call matcher, the name pattern): add until none is missing.
  for (let added = true; added; ) {
    added = false;
    for (const name of used) {
      if (name in definitions) continue;
      const schema = SHARED_SCHEMAS[name];
      if (schema === undefined) continue;
      definitions[name] = rewrite(schema, true) as JSONSchema4;
      added = true;
    }
  }
  return Object.keys(definitions).length === 0 ? result : { ...result, definitions: { ...result.definitions, ...definitions } };
}
