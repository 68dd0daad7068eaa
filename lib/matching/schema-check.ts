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
      // A described pattern reads better than its regular expression.
      return schema.description === undefined
        ? `${where} must match ${schema.pattern}`
        : `${where} must be ${describe(schema.description)}`;
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
      if (!Object.hasOwn(value, key)) return `${where} must have the property "${key}"`;
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
    if (problems.every((problem) => problem !== null)) return closestProblem(schema.anyOf, problems, value, where);
  }
  if (schema.oneOf) {
    const problems = schema.oneOf.map((option) => checkSchema(option, value, where));
    const passing = problems.filter((problem) => problem === null).length;
    if (passing === 0) return closestProblem(schema.oneOf, problems, value, where);
    if (passing > 1) return `${where} matches more than one allowed form`;
  }
  if (schema.if && schema.then && checkSchema(schema.if, value, where) === null) {
    return checkSchema(schema.then, value, where);
  }
  return null;
}

/**
 * The problem to report when no alternative accepts the value: the allowed types when the value
 * has none of them; the discriminating property (`from`) when no alternative accepts its value;
 * else the problem found deepest in the value, or all the alternatives' problems.
 */
function closestProblem(
  options: readonly SchemaNode[],
  problems: readonly (string | null)[],
  value: unknown,
  where: string,
): string {
  const allowedTypes = new Set(options.flatMap((option) => typesOf(option)));
  if (allowedTypes.size > 0 && ![...allowedTypes].some((type) => hasType(value, type))) {
    return `${where} must be ${[...allowedTypes].join(' or ')}`;
  }
  let candidates = options
    .map((option, index) => ({ option, problem: problems[index] ?? `${where} is not in any allowed form` }))
    .filter(({ option }) => {
      const types = typesOf(option);
      return types.length === 0 || types.some((type) => hasType(value, type));
    });
  if (isPlainObject(value)) {
    const key = discriminatorOf(candidates.map(({ option }) => option));
    if (key !== null) {
      const allowed = candidates.flatMap(({ option }) => allowedValues(option.properties?.[key]) ?? []);
      if (!Object.hasOwn(value, key)) return `${where} must have the property "${key}"`;
      const chosen = candidates.filter(({ option }) => allowedValues(option.properties?.[key])?.includes(value[key]));
      if (chosen.length === 0) {
        return `${where}.${key} must be one of ${allowed.map((item) => JSON.stringify(item)).join(', ')}`;
      }
      candidates = chosen;
    }
  }
  const found = candidates.map(({ problem }) => problem);
  const deeper = found.filter((problem) => problem.startsWith(`${where}.`) || problem.startsWith(`${where}[`));
  if (deeper.length > 0) return deeper.reduce((best, problem) => (pathOf(problem).length > pathOf(best).length ? problem : best));
  const distinct = [...new Set(found.map((problem) => problem.slice(where.length + 1)))];
  return distinct.length === 0 ? `${where} is not in any allowed form` : `${where} ${distinct.join(', or ')}`;
}

/** The types a schema allows, looking through anyOf/oneOf; empty when it does not say. */
function typesOf(schema: SchemaNode): string[] {
  if (schema.type !== undefined) return typeof schema.type === 'string' ? [schema.type] : [...schema.type];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (!alternatives) return [];
  const nested = alternatives.map((option) => typesOf(option));
  return nested.some((types) => types.length === 0) ? [] : [...new Set(nested.flat())];
}

/** A property that every alternative restricts with `enum` or `const` (`from`), or null. */
function discriminatorOf(options: readonly SchemaNode[]): string | null {
  const [first] = options;
  if (!first || options.length < 2 || !first.properties) return null;
  for (const key of Object.keys(first.properties)) {
    if (options.every((option) => allowedValues(option.properties?.[key]) !== null)) return key;
  }
  return null;
}

function allowedValues(schema: SchemaNode | undefined): readonly unknown[] | null {
  if (!schema) return null;
  if (schema.enum) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  return null;
}

/** `a.b[0] must be …` → `a.b[0]`. */
function pathOf(problem: string): string {
  const end = problem.search(/ (?:must|has|matches|is) /u);
  return end === -1 ? problem : problem.slice(0, end);
}

/** A schema description as the end of a sentence: `A dotted name pattern.` → `a dotted name pattern`. */
function describe(description: string): string {
  const trimmed = description.replace(/\.$/u, '');
  return trimmed.charAt(0).toLowerCase() + trimmed.slice(1);
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
