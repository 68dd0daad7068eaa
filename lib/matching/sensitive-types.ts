/**
 * Which types carry secrets: an object type with a sensitive-named or carrier-named property
 * (looking into nested object properties up to a depth), or a listed type (AxiosError, whose
 * config carries request headers), including through unions, arrays and base types. A type that
 * redacts itself — with a `toJSON` or a `[util.inspect.custom]` member — carries nothing.
 */
import type * as ts from 'typescript';

import type { SensitiveNames } from './sensitive-names.js';
import type { TypeInfo } from './type-info.js';
import { declarationOrigin, packageNameFromPath, typeNames } from './type-info.js';
import { splitWords } from '../words.js';

export const DEFAULT_SENSITIVE_TYPES: readonly string[] = ['AxiosError', 'AxiosRequestConfig', 'IncomingHttpHeaders', 'OutgoingHttpHeaders', 'Headers'];

const MAX_PROPERTIES = 200;
/** Collections whose entries their type does not list. */
/** Collections and iterators whose values are their type arguments'. */
const HOLDING_COLLECTIONS: ReadonlySet<string> = new Set(['Map', 'ReadonlyMap', 'Set', 'ReadonlySet', 'Iterable', 'IterableIterator', 'Iterator', 'MapIterator', 'SetIterator', 'ArrayIterator', 'AsyncIterable', 'AsyncIterableIterator']);
const OPEN_COLLECTIONS: ReadonlySet<string> = new Set(['Map', 'ReadonlyMap', 'WeakMap', 'Set', 'ReadonlySet', 'URLSearchParams', 'FormData']);

/** What makes a type carry a secret: a sensitive property at `path`, or a listed type found at `path`. */
export interface CarriedSecret {
  /** Property names from the type to the secret (`['driverInfo', 'ipmiPassword']`); empty for the type itself. */
  readonly path: readonly string[];
  /** The listed type found at the end of the path, or null when the last name is a sensitive property. */
  readonly listedType: string | null;
}

function under(name: string, inner: CarriedSecret): CarriedSecret {
  return { path: [name, ...inner.path], listedType: inner.listedType };
}

/** Fields that hold a secret's value whatever the secret is called (`{ secretName, value }`). */
const VALUE_FIELDS: ReadonlySet<string> = new Set(['value', 'data', 'stringdata', 'plaintext', 'raw', 'content', 'contents', 'bytes', 'binary', 'material']);

export class SensitiveTypes {
  readonly #info: TypeInfo;
  readonly #names: SensitiveNames;
  readonly #listed: ReadonlySet<string>;
  readonly #depth: number;
  readonly #cache = new Map<ts.Type, Map<number, CarriedSecret | null>>();

  constructor(info: TypeInfo, names: SensitiveNames, listed: readonly string[], depth: number) {
    this.#info = info;
    this.#names = names;
    this.#listed = new Set(listed);
    this.#depth = depth;
  }

  /**
   * Whether a value of this type cannot hold a secret: booleans, numbers, bigints, enums, null and
   * undefined, string literal unions (`'on' | 'off'`), and unions of those; arrays of those but
   * numbers (bytes).
   */
  isValueFree(type: ts.Type, depth = 3): boolean {
    const F = this.#info.ts.TypeFlags;
    if (type.isUnion()) return type.types.every((member) => this.isValueFree(member, depth));
    const valueFree =
      F.BooleanLike | F.NumberLike | F.BigIntLike | F.EnumLike | F.StringLiteral | F.Null | F.Undefined | F.Void | F.Never | F.ESSymbolLike;
    if ((type.getFlags() & valueFree) !== 0 || this.#isLibDate(type)) return true;
    // Arrays and tuples of such values (`Date[]`, `boolean[]`, `[boolean, 'on' | 'off']`); not of
    // numbers, which may be a key's bytes (`networkKey: number[]`).
    const checker = this.#info.checker;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      const bytes = F.Number | F.BigInt;
      return elements.length > 0 && elements.every((element) => element !== type && !(element.isUnion() ? element.types : [element]).some((member) => (member.getFlags() & bytes) !== 0) && this.isValueFree(element, depth));
    }
    // A closed object type holding only such values (`{ channelId: number; tokenId: number }`),
    // its methods aside: nothing in it can be a secret, whatever it is called.
    if (depth <= 1 || !(type.getFlags() & F.Object) || type.getCallSignatures().length > 0 || checker.getIndexInfosOfType(type).length > 0) return false;
    const ts = this.#info.ts;
    const properties = checker.getPropertiesOfType(type);
    const fields = properties.filter((property) => !(property.flags & (ts.SymbolFlags.Method | ts.SymbolFlags.GetAccessor)));
    if (fields.length === 0 || properties.length > MAX_PROPERTIES) return false;
    return fields.every((property) => {
      const propertyType = this.#typeOfProperty(property);
      return propertyType !== null && propertyType !== type && (isFunctionType(propertyType, this.#info) || this.isValueFree(propertyType, depth - 1));
    });
  }

  /** The default library's `Date`: a point in time, whatever its name (`passwordChangedAt`). */
  #isLibDate(type: ts.Type): boolean {
    const symbol = type.getSymbol();
    if (symbol?.getName() !== 'Date') return false;
    const program = this.#info.program;
    return (symbol.getDeclarations() ?? []).some((declaration) => program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
  }

  /**
   * Whether a type lists everything a value of it holds: object types without index signatures,
   * arrays and unions of those, and value-free types. `any`, `unknown`, `string`, type parameters
   * and records (`Record<string, string>`, `ProcessEnv`) are open: anything may be inside.
   */
  isClosed(type: ts.Type, depth = 3): boolean {
    const { ts: typescript, checker } = this.#info;
    if (depth <= 0) return false;
    if (this.isValueFree(type)) return true;
    if (type.isUnion() || type.isIntersection()) return type.types.every((member) => this.isClosed(member, depth));
    if (!(type.getFlags() & typescript.TypeFlags.Object)) return false;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      return checker.getTypeArguments(type as ts.TypeReference).every((element) => this.isClosed(element, depth - 1));
    }
    // Keyed collections hold whatever is put in them, as records do (`Map<string, string>`).
    if (typeNames(this.#info, type).some((name) => OPEN_COLLECTIONS.has(name))) return false;
    return checker.getIndexInfosOfType(type).length === 0;
  }

  /** Whether values of a type redact themselves when serialised or inspected: a `toJSON` or `[util.inspect.custom]` member. */
  isSelfRedacting(type: ts.Type): boolean {
    return this.#redactingMember(type) !== undefined;
  }

  /**
   * Whether a value of this type is a secret wrapper that renders itself redacted (a `Secret`
   * class with its own `toJSON` or `[util.inspect.custom]`): every part of a union is one (or
   * null/undefined). The default library's and Node's `toJSON`s (`Date`, `Buffer`) show the value.
   */
  redactsItself(type: ts.Type): boolean {
    const F = this.#info.ts.TypeFlags;
    if (type.isUnion()) {
      const parts = type.types.filter((member) => !(member.getFlags() & (F.Null | F.Undefined | F.Void)));
      return parts.length > 0 && parts.every((member) => this.redactsItself(member));
    }
    if (!(type.getFlags() & F.Object)) return false;
    const member = this.#redactingMember(type);
    const declaration = member?.getDeclarations()?.[0];
    if (!declaration) return false;
    // Node's own types (`Buffer`, in @types/node's `declare module 'buffer'`) render their value.
    if (declaration.getSourceFile().fileName.replaceAll('\\', '/').includes('/node_modules/@types/node/')) return false;
    return declarationOrigin(this.#info, declaration).kind !== 'lib';
  }

  #redactingMember(type: ts.Type): ts.Symbol | undefined {
    const { ts: typescript, checker } = this.#info;
    const member = checker.getPropertiesOfType(type).find((property) => {
      const name = property.getName();
      if (name === 'toJSON') return true;
      // A unique-symbol key is named `__@custom@<id>`; its declaration shows which symbol it is.
      if (!name.startsWith('__@')) return false;
      return (property.getDeclarations() ?? []).some((declaration) => {
        const key = (declaration as ts.NamedDeclaration).name;
        if (!key || !typescript.isComputedPropertyName(key)) return false;
        const text = key.expression.getText();
        return /(?:^|\.)inspect\.custom$/u.test(text) || text.includes('nodejs.util.inspect.custom');
      });
    });
    return member && !this.#revealsItself(member) ? member : undefined;
  }

  /**
   * Whether a `toJSON`/`inspect.custom` written out shows what it should hide: it returns `this`,
   * spreads it, or reads a sensitive field of it outside any call (`return { apiKey: this.apiKey }`,
   * not `{ apiKey: mask(this.apiKey) }`). A body we cannot see (a declaration file) is trusted.
   */
  #revealsItself(member: ts.Symbol): boolean {
    const typescript = this.#info.ts;
    const declaration = member.getDeclarations()?.[0];
    // A method, or a property holding a function (`toJSON = () => ({ ...this })`).
    const initializer = declaration && typescript.isPropertyDeclaration(declaration) ? declaration.initializer : undefined;
    const fn = declaration && typescript.isFunctionLike(declaration) ? declaration : initializer && typescript.isFunctionLike(initializer) ? initializer : undefined;
    const body = fn ? (fn as ts.FunctionLikeDeclaration).body : undefined;
    if (!body) return false;
    const isThis = (expression: ts.Expression): boolean => expression.kind === typescript.SyntaxKind.ThisKeyword;
    // An arrow's expression body is what it returns (`toJSON = () => this`).
    if (!typescript.isBlock(body) && isThis(body)) return true;
    let reveals = false;
    const visit = (node: ts.Node, inCall: boolean): void => {
      if (reveals) return;
      // A nested function has a `this` of its own (an arrow shares it).
      if (typescript.isFunctionDeclaration(node) || typescript.isFunctionExpression(node) || typescript.isClassLike(node)) return;
      if (!inCall) {
        if (typescript.isReturnStatement(node) && node.expression && isThis(node.expression)) reveals = true;
        if ((typescript.isSpreadAssignment(node) || typescript.isSpreadElement(node)) && isThis(node.expression)) reveals = true;
        // `Object.assign({}, this)`: a copy of it, as a spread is.
        if (typescript.isCallExpression(node) && node.expression.getText() === 'Object.assign' && node.arguments.some(isThis)) reveals = true;
        if (typescript.isPropertyAccessExpression(node) && isThis(node.expression) && !isReadAsTest(typescript, node)) {
          const verdict = this.#names.classify(node.name.text);
          if (verdict === 'secret' || verdict === 'carrier') reveals = true;
        }
      }
      const call = typescript.isCallExpression(node) || typescript.isNewExpression(node);
      node.forEachChild((child) => {
        visit(child, inCall || (call && child !== (node as ts.CallExpression).expression));
      });
    };
    visit(body, false);
    return reveals;
  }

  /** The sensitive property (`driverInfo.ipmiPassword`) or listed type a type carries, or null. */
  carriedSecret(type: ts.Type): CarriedSecret | null {
    return this.#check(type, this.#depth, new Set());
  }

  /**
   * What a value of a closed type carries once the top-level keys in `without` are overwritten or
   * taken out (`{ ...auth, password: '***' }`); undefined when the type is open (anything may remain).
   */
  carriedSecretWithout(type: ts.Type, without: ReadonlySet<string>): CarriedSecret | null | undefined {
    if (!this.isClosed(type)) return undefined;
    if (type.isUnion()) {
      for (const member of type.types) {
        const found = this.carriedSecretWithout(member, without);
        if (found !== null) return found;
      }
      return null;
    }
    if (type.isIntersection()) return undefined;
    return this.#compute(type, this.#depth, new Set([type]), without);
  }

  #check(type: ts.Type, depth: number, seen: Set<ts.Type>): CarriedSecret | null {
    if (depth <= 0 || seen.has(type)) return null;
    const byDepth = this.#cache.get(type);
    const cached = byDepth?.get(depth);
    if (cached !== undefined) return cached;
    seen.add(type);
    const result = this.#compute(type, depth, seen);
    seen.delete(type);
    const map = byDepth ?? new Map<number, CarriedSecret | null>();
    map.set(depth, result);
    this.#cache.set(type, map);
    return result;
  }

  #compute(type: ts.Type, depth: number, seen: Set<ts.Type>, without?: ReadonlySet<string>): CarriedSecret | null {
    const { ts: typescript, checker } = this.#info;
    if (type.isUnion() || type.isIntersection()) {
      for (const member of type.types) {
        const found = this.#check(member, depth, seen);
        if (found !== null) return found;
      }
      return null;
    }
    const flags = type.getFlags();
    const F = typescript.TypeFlags;
    // A type parameter carries what its constraint does (`<T extends { password: string }>`).
    if (flags & F.TypeParameter) {
      const constraint = checker.getBaseConstraintOfType(type);
      return constraint && constraint !== type ? this.#check(constraint, depth, seen) : null;
    }
    const valueLess =
      F.StringLike | F.NumberLike | F.BooleanLike | F.BigIntLike | F.ESSymbolLike | F.EnumLike |
      F.Void | F.Undefined | F.Null | F.Never | F.Unknown | F.Any | F.TypeParameter;
    if (flags & valueLess) return null;
    if (type.getCallSignatures().length > 0 && checker.getPropertiesOfType(type).length === 0) return null;
    for (const name of typeNames(this.#info, type)) if (this.#listed.has(name)) return { path: [], listedType: name };
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      for (const element of elements) {
        const found = this.#check(element, depth, seen);
        if (found !== null) return found;
      }
      return null;
    }
    // A Map, a Set or an iterator holds values of its type arguments (`Map<string, Creds>`): logged
    // whole, inspected, or iterated, it shows them.
    // The flag first: most object types are no instantiated generic, and their names need a walk.
    if ((type as ts.ObjectType).objectFlags & typescript.ObjectFlags.Reference && typeNames(this.#info, type, 4).some((name) => HOLDING_COLLECTIONS.has(name))) {
      for (const argument of checker.getTypeArguments(type as ts.TypeReference)) {
        const found = this.#check(argument, depth, seen);
        if (found !== null) return found;
      }
      return null;
    }
    const properties = checker.getPropertiesOfType(type);
    if (properties.length > MAX_PROPERTIES) return null;
    if (this.isSelfRedacting(type)) {
      return null;
    }
    const nested: { property: ts.Symbol; type: ts.Type }[] = [];
    for (const property of properties) {
      if (property.flags & (typescript.SymbolFlags.Method | typescript.SymbolFlags.GetAccessor)) continue;
      if (without?.has(property.getName())) continue;
      const propertyType = this.#typeOfProperty(property);
      // A function-valued property (`getToken: () => Promise<string>`) is code, not data.
      if (propertyType && isFunctionType(propertyType, this.#info)) continue;
      // A sensitive name on a boolean or a literal union (`configDrive: boolean`) holds nothing,
      // nor does one on a secret wrapper that renders itself redacted (`password: Secret`).
      if (propertyType && (this.isValueFree(propertyType) || this.redactsItself(propertyType))) continue;
      const name = property.getName();
      // An ECMAScript private field (`#token`) is shown by no inspect or JSON.stringify.
      if (name.startsWith('#')) continue;
      const verdict = this.#names.classify(name);
      // A secret's name on a record that refers to a secret (`secret: V1SecretVolumeSource`, with its
      // `secretName`) is no secret string: it holds what its type holds.
      const described = verdict === 'secret' && propertyType !== null && depth > 1 && this.isSecretReference(propertyType);
      if (verdict === 'secret' && !described) return { path: [name], listedType: null };
      if (verdict === 'carrier' || described) {
        // A carrier-named property of a closed type is judged by what that type holds, when it can be seen.
        if (!propertyType || !this.isClosed(propertyType) || depth <= 1) return { path: [name], listedType: null };
        const inside = this.#check(propertyType, depth - 1, seen);
        if (inside !== null) return under(name, inside);
        continue;
      }
      if (propertyType) nested.push({ property, type: propertyType });
    }
    if (depth <= 1) return null;
    for (const { property, type: propertyType } of nested) {
      const found = this.#check(propertyType, depth - 1, seen);
      if (found !== null) return under(property.getName(), found);
    }
    // What an index signature holds (`{ [nodeId: string]: Login }`, `Record<string, Login>`): every value.
    for (const index of checker.getIndexInfosOfType(type)) {
      const found = this.#check(index.type, depth - 1, seen);
      if (found !== null) return under('[key]', found);
    }
    return null;
  }

  /**
   * A record that refers to a secret rather than holds it: a closed object type (or nothing)
   * declared outside the default library and Node's own types, with no call or index signature
   * (not a `Buffer`, a `KeyObject` or a `Record<string, string>`), with a field naming the secret
   * it refers to (`secretName`, `tokenType`; `secret: V1SecretVolumeSource`, not `token: { value: string }`).
   */
  isSecretReference(written: ts.Type): boolean {
    const typescript = this.#info.ts;
    // An optional one (`secret?: V1SecretVolumeSource`) is that record or nothing.
    const type = this.#info.checker.getNonNullableType(written);
    if (!(type.getFlags() & typescript.TypeFlags.Object) || type.getCallSignatures().length > 0 || this.#info.checker.getIndexInfosOfType(type).length > 0) return false;
    const declarations = (type.aliasSymbol ?? type.getSymbol())?.getDeclarations() ?? [];
    if (declarations.length === 0) return false;
    const own = declarations.every((declaration) => {
      const origin = declarationOrigin(this.#info, declaration);
      // Not Node's own, also those declared in its modules (`declare module 'crypto'` in @types/node).
      return origin.kind === 'file' || (origin.kind === 'package' && origin.packageName !== 'node' && packageNameFromPath(declaration.getSourceFile().fileName) !== 'node');
    });
    if (!own || !this.isClosed(type)) return false;
    // It says what secret it refers to (`secretName`, `tokenType`): a reference to one, not a wrapper
    // of its value (no `value`, `data`, `plaintext`, ... field).
    const properties = this.#info.checker.getPropertiesOfType(type);
    if (properties.some((property) => VALUE_FIELDS.has(property.getName().toLowerCase()))) return false;
    return properties.some((property) => {
      const name = property.getName();
      const words = splitWords(name);
      return words.length > 1 && this.#names.classify(name) === 'safe' && this.#names.classify(words.slice(0, -1).join(' ')) === 'secret';
    });
  }

  #typeOfProperty(property: ts.Symbol): ts.Type | null {
    const declaration = property.valueDeclaration ?? property.getDeclarations()?.[0];
    if (!declaration) return null;
    try {
      return this.#info.checker.getTypeOfSymbolAtLocation(property, declaration);
    } catch {
      return null;
    }
  }
}

/** A type whose values are only called: call signatures and no properties of their own. */
function isFunctionType(type: ts.Type, info: TypeInfo): boolean {
  if (type.isUnion()) return type.types.every((member) => isFunctionType(member, info) || (member.getFlags() & (info.ts.TypeFlags.Undefined | info.ts.TypeFlags.Null)) !== 0);
  return type.getCallSignatures().length > 0 && info.checker.getPropertiesOfType(type).length === 0;
}

/**
 * A value read only to be tested (`!!this.password`, `this.password ? '[REDACTED]' : undefined`,
 * `this.password && '***'`, `this.password.length`, a comparison): what it gives is not the value.
 * (secret-sources' isReadAsTest, on TypeScript's nodes: a declaration read from the checker.)
 */
function isReadAsTest(typescript: typeof ts, node: ts.Node): boolean {
  let wrapper = node;
  while (typescript.isParenthesizedExpression(wrapper.parent) || typescript.isNonNullExpression(wrapper.parent) || typescript.isAsExpression(wrapper.parent)) wrapper = wrapper.parent;
  const parent = wrapper.parent;
  const kind = typescript.SyntaxKind;
  if (typescript.isPrefixUnaryExpression(parent)) return parent.operator === kind.ExclamationToken;
  if (typescript.isTypeOfExpression(parent) || typescript.isVoidExpression(parent)) return true;
  if (typescript.isConditionalExpression(parent)) return parent.condition === wrapper;
  if (typescript.isIfStatement(parent)) return parent.expression === wrapper;
  if (typescript.isPropertyAccessExpression(parent)) return parent.expression === wrapper && parent.name.text === 'length';
  if (!typescript.isBinaryExpression(parent)) return false;
  const operator = parent.operatorToken.kind;
  if (operator === kind.AmpersandAmpersandToken) return parent.left === wrapper;
  return [kind.EqualsEqualsEqualsToken, kind.ExclamationEqualsEqualsToken, kind.EqualsEqualsToken, kind.ExclamationEqualsToken, kind.LessThanToken, kind.GreaterThanToken, kind.LessThanEqualsToken, kind.GreaterThanEqualsToken, kind.InstanceOfKeyword, kind.InKeyword].includes(operator);
}
