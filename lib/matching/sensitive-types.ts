/**
 * Which types carry secrets: an object type with a sensitive-named or carrier-named property
 * (looking into nested object properties up to a depth), or a listed type (AxiosError, whose
 * config carries request headers), including through unions, arrays and base types. A type that
 * redacts itself — with a `toJSON` or a `[util.inspect.custom]` member — carries nothing.
 */
import type * as ts from 'typescript';

import type { SensitiveNames } from './sensitive-names.js';
import type { TypeInfo } from './type-info.js';
import { typeNames } from './type-info.js';

export const DEFAULT_SENSITIVE_TYPES: readonly string[] = ['AxiosError', 'AxiosRequestConfig', 'IncomingHttpHeaders', 'OutgoingHttpHeaders', 'Headers'];

const MAX_PROPERTIES = 200;

export class SensitiveTypes {
  readonly #info: TypeInfo;
  readonly #names: SensitiveNames;
  readonly #listed: ReadonlySet<string>;
  readonly #depth: number;
  readonly #cache = new Map<ts.Type, Map<number, string | null>>();

  constructor(info: TypeInfo, names: SensitiveNames, listed: readonly string[], depth: number) {
    this.#info = info;
    this.#names = names;
    this.#listed = new Set(listed);
    this.#depth = depth;
  }

  /** The sensitive property path (`driverInfo.ipmiPassword`) or listed type name a type carries, or null. */
  carriedSecret(type: ts.Type): string | null {
    return this.#check(type, this.#depth, new Set());
  }

  #check(type: ts.Type, depth: number, seen: Set<ts.Type>): string | null {
    if (depth <= 0 || seen.has(type)) return null;
    const byDepth = this.#cache.get(type);
    const cached = byDepth?.get(depth);
    if (cached !== undefined) return cached;
    seen.add(type);
    const result = this.#compute(type, depth, seen);
    seen.delete(type);
    const map = byDepth ?? new Map<number, string | null>();
    map.set(depth, result);
    this.#cache.set(type, map);
    return result;
  }

  #compute(type: ts.Type, depth: number, seen: Set<ts.Type>): string | null {
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
    const valueLess =
      F.StringLike | F.NumberLike | F.BooleanLike | F.BigIntLike | F.ESSymbolLike | F.EnumLike |
      F.Void | F.Undefined | F.Null | F.Never | F.Unknown | F.Any | F.TypeParameter;
    if (flags & valueLess) return null;
    if (type.getCallSignatures().length > 0 && checker.getPropertiesOfType(type).length === 0) return null;
    for (const name of typeNames(this.#info, type)) if (this.#listed.has(name)) return name;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      for (const element of elements) {
        const found = this.#check(element, depth, seen);
        if (found !== null) return found;
      }
      return null;
    }
    const properties = checker.getPropertiesOfType(type);
    if (properties.length > MAX_PROPERTIES) return null;
    if (properties.some((property) => property.getName() === 'toJSON' || property.getName().includes('inspect.custom') || property.getName().startsWith('__@inspect'))) {
      return null;
    }
    const nested: ts.Symbol[] = [];
    for (const property of properties) {
      if (property.flags & (typescript.SymbolFlags.Method | typescript.SymbolFlags.GetAccessor)) continue;
      const name = property.getName();
      const verdict = this.#names.classify(name);
      if (verdict === 'secret' || verdict === 'carrier') return name;
      nested.push(property);
    }
    if (depth <= 1) return null;
    for (const property of nested) {
      const declaration = property.valueDeclaration ?? property.getDeclarations()?.[0];
      if (!declaration) continue;
      let propertyType: ts.Type;
      try {
        propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      } catch {
        continue;
      }
      const found = this.#check(propertyType, depth - 1, seen);
      if (found !== null) return `${property.getName()}.${found}`;
    }
    return null;
  }
}
