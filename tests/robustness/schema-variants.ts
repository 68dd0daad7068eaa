/**
 * Bad configurations generated from a JSON schema: for every node of an option's schema, values of
 * every wrong type, values outside an enum or a range, empty strings and lists where the schema
 * asks for content, strings that miss a pattern or are no regular expression, unknown keys and
 * missing required keys — each placed, alone, inside an otherwise valid configuration.
 *
 * Alternatives of an anyOf must be told apart by type or by an enum property, and every pattern
 * must be met and missed by some candidate string; otherwise the generator throws, so a schema
 * change cannot silently go untested.
 */
import { namePatternSchema } from '../../lib/matching/pattern.js';
import { SHARED_SCHEMA_REF_PREFIX, SHARED_SCHEMAS } from '../../lib/matching/shared-schemas.js';

/** The JSON-schema keywords the plugin's schemas use. */
export interface Schema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema | readonly Schema[];
  readonly minItems?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly anyOf?: readonly Schema[];
  readonly description?: string;
  readonly $ref?: string;
  readonly definitions?: Readonly<Record<string, Schema>>;
}

/**
 * A rule's options schema as ajv reads it: each `$ref` to a shared definition replaced by the
 * shared schema itself (the same object, so the name pattern is still known by identity), the
 * definitions dropped. Throws on a reference to anything else: ESLint's ajv ignores a missing
 * reference, so a typo there would accept every value.
 */
export function resolvedSchema(schema: Schema): Schema {
  const resolve = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(resolve);
    if (typeof node !== 'object' || node === null) return node;
    const { $ref } = node as Schema;
    if ($ref !== undefined) {
      const shared = $ref.startsWith(SHARED_SCHEMA_REF_PREFIX) ? SHARED_SCHEMAS[$ref.slice(SHARED_SCHEMA_REF_PREFIX.length)] : undefined;
      if (shared === undefined) throw new Error(`unresolvable $ref ${$ref}`);
      return shared;
    }
    return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'definitions').map(([key, value]) => [key, resolve(value)]));
  };
  return resolve(schema) as Schema;
}

const NAME_PATTERN: Schema = namePatternSchema as Schema;

export interface Variant {
  /** Where the bad value is, from the option object: `actions[0].when.in`. */
  readonly path: string;
  /** What is wrong: `wrong type (string)`, `unknown key`, `empty list`, … */
  readonly what: string;
  /** The whole configuration value with the bad part in place. */
  readonly value: unknown;
  /** Text an error message must show for the user to find the mistake: the bad value, or the key. */
  readonly shows: string;
}

/** Strings tried against each pattern a schema uses: the first that matches is the valid example, and up to three that do not are bad ones. */
const PATTERN_CANDIDATES: readonly string[] = ['0', 'return', 'this', '0.node', 'return.node', 'that', 'result', '0.', '-1', 'x.0', '0..node', 'this..node', ' 0', ''];
/** Name patterns that are no pattern: empty segments, bad regular expressions, bad flags. */
const BAD_NAME_PATTERNS: readonly (readonly [string, string])[] = [
  ['', 'empty name pattern'],
  ['a..b', 'empty segment'],
  ['.a', 'leading dot'],
  ['a.', 'trailing dot'],
  ['/a(/', 'invalid regular expression'],
  ['/[/', 'invalid regular expression'],
  ['/a/gg', 'repeated regular expression flag'],
  ['/a/x', 'unknown regular expression flag'],
  ['//', 'empty regular expression'],
];

/** One value of each JSON type, to be used where the schema does not allow it. */
const TYPE_SAMPLES: readonly (readonly [string, unknown])[] = [
  ['string', 'text'],
  ['integer', 7],
  ['number', 1.5],
  ['boolean', true],
  ['array', ['text']],
  ['object', { key: 'text' }],
  ['null', null],
];

const UNKNOWN_KEY = 'notAnOption';

/** A small value the schema accepts. */
export function validExample(schema: Schema): unknown {
  if (schema === NAME_PATTERN) return 'LOG.info';
  const [firstAlternative] = schema.anyOf ?? [];
  if (firstAlternative) return validExample(firstAlternative);
  if (schema.enum) return schema.enum[0];
  const type = typesOf(schema)[0];
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const key of requiredOf(schema)) value[key] = validExample(propertiesOf(schema)[key] ?? {});
      return value;
    }
    case 'array':
      return (schema.minItems ?? 0) > 0 ? [validExample(itemsOf(schema))] : [];
    case 'string':
      if (schema.pattern !== undefined) return knownPattern(schema.pattern).valid;
      return 'x';
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      throw new Error(`validExample: no type in ${JSON.stringify(schema)}`);
  }
}

/** Every bad variant of the configuration `schema` describes, each placed by `place`. */
export function badVariants(schema: Schema, path = '', place: (value: unknown) => unknown = (value) => value): Variant[] {
  const variants: Variant[] = [];
  const add = (what: string, value: unknown, shows: string = JSON.stringify(value)): void => {
    variants.push({ path: path || '(options)', what, value: place(value), shows });
  };

  const types = typesOf(schema);
  if (types.length > 0) {
    for (const [type, sample] of TYPE_SAMPLES) {
      if (!types.some((allowed) => isOfType(sample, allowed))) add(`wrong type (${type})`, sample);
    }
  }

  if (schema === NAME_PATTERN) {
    for (const [pattern, what] of BAD_NAME_PATTERNS) add(what, pattern);
    return variants;
  }

  if (schema.enum) add('not one of the choices', 'not-a-choice');
  if (schema.minimum !== undefined) add('below the minimum', schema.minimum - 1);
  if (schema.maximum !== undefined) add('above the maximum', schema.maximum + 1);
  if (schema.minLength !== undefined && schema.minLength > 0) add('empty string', '');
  if (schema.pattern !== undefined) for (const bad of knownPattern(schema.pattern).invalid) add('does not match the pattern', bad);
  if (schema.format === 'regex') add('invalid regular expression', '(');
  if (schema.minItems !== undefined && schema.minItems > 0) add('empty list', []);

  // The node's own structure; an anyOf's alternatives are handled below.
  const ownTypes = schema.anyOf ? [] : types;
  if (ownTypes.includes('object')) {
    const properties = propertiesOf(schema);
    const base = validExample(schema) as Record<string, unknown>;
    if (schema.additionalProperties === false) add('unknown key', { ...base, [UNKNOWN_KEY]: true }, `"${UNKNOWN_KEY}"`);
    for (const key of requiredOf(schema)) {
      add(`missing required key ${key}`, Object.fromEntries(Object.entries(base).filter(([name]) => name !== key)), key);
    }
    for (const [key, property] of Object.entries(properties)) {
      variants.push(...badVariants(property, `${path}.${key}`, (value) => place({ ...base, [key]: value })));
    }
    if (typeof schema.additionalProperties === 'object') {
      variants.push(...badVariants(schema.additionalProperties, `${path}.someId`, (value) => place({ someId: value })));
    }
  }
  if (ownTypes.includes('array') && schema.items) {
    variants.push(...badVariants(itemsOf(schema), `${path}[0]`, (value) => place([value])));
  }
  if (schema.anyOf) {
    const alternatives = schema.anyOf;
    assertAlternativesDistinguishable(alternatives, path);
    for (const alternative of alternatives) {
      // The alternative's own wrong types may be another alternative's right ones: only its insides.
      for (const variant of badVariants(alternative, path, place)) {
        if (variant.path !== (path || '(options)') || !variant.what.startsWith('wrong type')) variants.push(variant);
      }
    }
  }
  return variants;
}

/**
 * A value bad for one alternative is bad for the whole anyOf only when no other alternative can
 * take it: alternatives must differ in type, or be objects told apart by an enum property.
 */
function assertAlternativesDistinguishable(alternatives: readonly Schema[], path: string): void {
  const byType = new Map<string, Schema[]>();
  for (const alternative of alternatives) {
    for (const type of typesOf(alternative)) byType.set(type, [...(byType.get(type) ?? []), alternative]);
  }
  for (const [type, sharing] of byType) {
    if (sharing.length < 2) continue;
    if (type === 'object' && discriminated(sharing)) continue;
    throw new Error(`badVariants: alternatives at ${path || '(options)'} share the type ${type}; teach the generator how to tell them apart.`);
  }
}

function discriminated(objects: readonly Schema[]): boolean {
  const [first] = objects;
  if (!first) return false;
  return Object.keys(propertiesOf(first)).some((key) => {
    const values = objects.map((object) => propertiesOf(object)[key]?.enum);
    if (values.some((enumValues) => enumValues === undefined)) return false;
    const all = values.flatMap((enumValues) => enumValues ?? []);
    return new Set(all).size === all.length;
  });
}

function knownPattern(pattern: string): { readonly valid: string; readonly invalid: readonly string[] } {
  const regex = new RegExp(pattern, 'u');
  const valid = PATTERN_CANDIDATES.find((candidate) => regex.test(candidate));
  const invalid = PATTERN_CANDIDATES.filter((candidate) => !regex.test(candidate)).slice(0, 3);
  if (valid === undefined || invalid.length === 0) {
    throw new Error(`badVariants: no candidate string passes and fails ${pattern}; add some to PATTERN_CANDIDATES.`);
  }
  return { valid, invalid };
}

/** The JSON types a schema allows, looking through anyOf; empty when it does not say. */
export function typesOf(schema: Schema): string[] {
  if (schema === NAME_PATTERN) return ['string'];
  if (schema.type !== undefined) return typeof schema.type === 'string' ? [schema.type] : [...schema.type];
  if (schema.anyOf) {
    const nested = schema.anyOf.map((alternative) => typesOf(alternative));
    return nested.some((types) => types.length === 0) ? [] : [...new Set(nested.flat())];
  }
  if (schema.properties) return ['object'];
  return [];
}

function isOfType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return false;
  }
}

function propertiesOf(schema: Schema): Readonly<Record<string, Schema>> {
  return schema.properties ?? {};
}

function requiredOf(schema: Schema): readonly string[] {
  return schema.required ?? [];
}

function itemsOf(schema: Schema): Schema {
  const items = schema.items;
  if (items === undefined || isSchemaList(items)) throw new Error('badVariants: tuple items are not supported');
  return items;
}

function isSchemaList(items: Schema | readonly Schema[]): items is readonly Schema[] {
  return Array.isArray(items);
}
