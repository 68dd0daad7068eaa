/**
 * A small JSON-schema checker for the part of the configuration ESLint does not validate:
 * `settings.ironclad`. Options are validated by ESLint itself against the same schema
 * fragments, so a value is accepted or refused the same way in both places.
 *
 * Supports the keywords our schemas use: type, enum, const, properties, required,
 * additionalProperties, items, minItems, minLength, minimum, pattern, format (regex),
 * anyOf, oneOf, if/then.
 */

export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaNode;
  readonly items?: SchemaNode;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly if?: SchemaNode;
  readonly then?: SchemaNode;
  readonly description?: string;
}

/** The first problem found, as `path: message`, or null when the value conforms. */
export function checkSchema(schema: SchemaNode, value: unknown, where: string): string | null {
  if (schema.type !== undefined) {
    const types = typeof schema.type === 'string' ? [schema.type] : schema.type;
    if (!types.some((type) => hasType(value, type))) return `${where} must be ${types.join(' or ')}`;
  }
  if (schema.const !== undefined && value !== schema.const) return `${where} must be ${JSON.stringify(schema.const)}`;
  if (schema.enum && !schema.enum.includes(value)) {
    return `${where} must be one of ${schema.enum.map((item) => JSON.stringify(item)).join(', ')}`;
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return `${where} must not be empty`;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
      return `${where} must match ${schema.pattern}`;
    }
    if (schema.format === 'regex') {
      try {
        new RegExp(value);
      } catch {
        return `${where} must be a valid regular expression`;
      }
    }
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    return `${where} must be at least ${String(schema.minimum)}`;
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      return `${where} must have at least ${String(schema.minItems)} item(s)`;
    }
    if (schema.items) {
      for (const [index, item] of value.entries()) {
        const problem = checkSchema(schema.items, item, `${where}[${String(index)}]`);
        if (problem) return problem;
      }
    }
  }
  if (isPlainObject(value)) {
    for (const key of schema.required ?? []) {
      if (!(key in value)) return `${where} must have the property "${key}"`;
    }
    for (const [key, item] of Object.entries(value)) {
      const propertySchema = schema.properties?.[key];
      if (propertySchema) {
        const problem = checkSchema(propertySchema, item, `${where}.${key}`);
        if (problem) return problem;
      } else if (schema.additionalProperties === false) {
        return `${where} has an unknown property "${key}"`;
      } else if (typeof schema.additionalProperties === 'object') {
        const problem = checkSchema(schema.additionalProperties, item, `${where}.${key}`);
        if (problem) return problem;
      }
    }
  }
  if (schema.anyOf) {
    const problems = schema.anyOf.map((option) => checkSchema(option, value, where));
    if (problems.every((problem) => problem !== null)) return closestProblem(problems, where);
  }
  if (schema.oneOf) {
    const problems = schema.oneOf.map((option) => checkSchema(option, value, where));
    const passing = problems.filter((problem) => problem === null).length;
    if (passing === 0) return closestProblem(problems, where);
    if (passing > 1) return `${where} matches more than one allowed form`;
  }
  if (schema.if && schema.then && checkSchema(schema.if, value, where) === null) {
    return checkSchema(schema.then, value, where);
  }
  return null;
}

function closestProblem(problems: readonly (string | null)[], where: string): string {
  // Prefer the alternative that got furthest into the value (its message names a deeper path).
  const deeper = problems.filter((problem): problem is string => problem !== null && !problem.startsWith(`${where} must be `));
  return deeper.sort((a, b) => b.length - a.length)[0] ?? `${where} is not in any allowed form`;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isPlainObject(value);
    case 'null':
      return value === null;
    default:
      return false;
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
