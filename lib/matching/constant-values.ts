/**
 * The constant string values an expression denotes: literals, `const` bindings, known domain
 * constants written as members (`ProvisionState.ACTIVE`, `states.DELETED`, `VERBS.unrescue`),
 * conditionals over them, and — with type information — string literal types. Collections
 * (array literals, `new Set([...])`, const bindings of them, readonly tuples) give their elements.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

import type { AccessPathResolver } from './access-path.js';
import type { TypeInfo } from './type-info.js';
import { skipWrappers } from './type-info.js';
import { staticPropertyName, unwrapExpression, writtenName } from './ast.js';
import { localTypeDeclaration } from './local-packages.js';

const { DefinitionType } = TSESLint.Scope;

/** null: the expression is `null` or `undefined`. */
export type ConstantValue = string | null;

const MAX_DEPTH = 8;

export class ConstantValues {
  readonly #paths: AccessPathResolver;
  readonly #info: TypeInfo | null;
  readonly #memberValue: (name: string, objectName: string | null) => string | null;

  /**
   * @param memberValue the value a constant named by a member denotes (`ACTIVE` → `active`), or
   *   null; `objectName` is the object's name when it is an identifier or a member (`VERBS`)
   */
  readonly #letValues = new Map<TSESLint.Scope.Variable, ConstantValue[] | undefined>();
  readonly #letValuesTyped = new Map<TSESLint.Scope.Variable, ConstantValue[] | undefined>();
  readonly #readingLets = new Set<TSESLint.Scope.Variable>();

  constructor(paths: AccessPathResolver, info: TypeInfo | null, memberValue: (name: string, objectName: string | null) => string | null) {
    this.#paths = paths;
    this.#info = info;
    this.#memberValue = memberValue;
  }

  /** The possible values of an expression, or undefined when they are not all known. */
  valuesOf(node: TSESTree.Node, depth = 0): ConstantValue[] | undefined {
    return this.#values(node, depth, true);
  }

  /** The values an expression denotes as written (no type asked). */
  writtenValuesOf(node: TSESTree.Node): ConstantValue[] | undefined {
    return this.#values(node, 0, false);
  }

  #values(node: TSESTree.Node, depth: number, typed: boolean): ConstantValue[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const inner = unwrapExpression(node);
    switch (inner.type) {
      case AST_NODE_TYPES.Literal:
        if (inner.value === null) return [null];
        return typeof inner.value === 'string' || typeof inner.value === 'number' || typeof inner.value === 'boolean' ? [String(inner.value)] : undefined;
      case AST_NODE_TYPES.TemplateLiteral:
        return inner.expressions.length === 0 ? [inner.quasis[0]?.value.cooked ?? ''] : undefined;
      case AST_NODE_TYPES.Identifier: {
        if (inner.name === 'undefined') return [null];
        const variable = this.#paths.variableOf(inner);
        const bound = this.#boundExpression(inner);
        const resolved = bound ? this.#values(bound, depth + 1, typed) : undefined;
        if (resolved) return resolved;
        const written = variable ? this.#writtenValues(variable, depth, typed) : undefined;
        if (written) return written;
        return (typed ? this.#typed(inner) : undefined) ?? (variable ? annotatedLiterals(variable) : undefined);
      }
      case AST_NODE_TYPES.MemberExpression: {
        // A literal type says what the constant holds; the name is the fallback without one.
        const literal = typed ? this.#typed(inner) : undefined;
        if (literal) return literal;
        const name = staticPropertyName(inner);
        const known = name === null ? null : this.#memberValue(name, writtenName(inner.object));
        return known === null ? undefined : [known];
      }
      case AST_NODE_TYPES.ConditionalExpression: {
        const a = this.#values(inner.consequent, depth + 1, typed);
        const b = this.#values(inner.alternate, depth + 1, typed);
        return a && b ? [...a, ...b] : undefined;
      }
      default:
        return typed ? this.#typed(inner) : undefined;
    }
  }

  /**
   * The values a `let` holds when each of its writes stores a constant (`let target = 'manage';
   * if (hard) target = 'provide';`): their union, whatever the order; undefined when any write is
   * not one (a compound assignment, an update, a destructuring, an unknown value).
   */
  #writtenValues(variable: TSESLint.Scope.Variable, depth: number, typed: boolean): ConstantValue[] | undefined {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || def?.type !== DefinitionType.Variable || def.node.parent.kind !== 'let' || def.node.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    // Once per variable; a `let` met again while its writes are read (swaps: `state = prev; prev = state`) is unknown.
    const cache = typed ? this.#letValuesTyped : this.#letValues;
    if (cache.has(variable)) return cache.get(variable);
    if (this.#readingLets.has(variable)) return undefined;
    this.#readingLets.add(variable);
    let result: ConstantValue[] | undefined;
    try {
      result = this.#unionOfWrites(variable, depth, typed);
    } finally {
      this.#readingLets.delete(variable);
    }
    cache.set(variable, result);
    return result;
  }

  #unionOfWrites(variable: TSESLint.Scope.Variable, depth: number, typed: boolean): ConstantValue[] | undefined {
    const values = new Set<ConstantValue>();
    let writes = 0;
    for (const reference of variable.references) {
      if (!reference.isWrite()) continue;
      const parent = reference.identifier.parent;
      const simple = parent.type === AST_NODE_TYPES.VariableDeclarator || (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.left === reference.identifier);
      if (!simple || !reference.writeExpr) return undefined;
      const written = this.#values(reference.writeExpr, depth + 1, typed);
      if (!written) return undefined;
      for (const value of written) values.add(value);
      writes++;
    }
    return writes > 0 ? [...values] : undefined;
  }

  /** The keys of an object literal (or a const binding of one) written with static keys only, or undefined. */
  keysOf(node: TSESTree.Node, depth = 0): ConstantValue[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const inner = unwrapExpression(node);
    if (inner.type === AST_NODE_TYPES.ObjectExpression) {
      const keys: ConstantValue[] = [];
      for (const property of inner.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? staticPropertyName(property) : null;
        if (key === null) return undefined;
        keys.push(key);
      }
      return keys;
    }
    if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
    const bound = this.#boundExpression(inner);
    return bound ? this.keysOf(bound, depth + 1) : undefined;
  }

  /** The expression a `const` (or a variable written only by its declaration) is bound to whole, or null. */
  #boundExpression(identifier: TSESTree.Identifier): TSESTree.Node | null {
    const variable = this.#paths.variableOf(identifier);
    const alias = variable ? this.#paths.aliasTargetOf(variable) : null;
    return alias && alias.names.length === 0 ? alias.expression : null;
  }

  /** The elements of a collection (array literal, `new Set([...])`, a const binding of one, a readonly tuple type), or undefined. */
  elementsOf(node: TSESTree.Node, depth = 0): ConstantValue[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const inner = unwrapExpression(node);
    if (inner.type === AST_NODE_TYPES.ArrayExpression) {
      const values: ConstantValue[] = [];
      for (const element of inner.elements) {
        if (!element) return undefined;
        // `[...RESCUE_STATES, 'unrescue failed']`: the elements of a known collection.
        const resolved = element.type === AST_NODE_TYPES.SpreadElement ? this.elementsOf(element.argument, depth + 1) : this.valuesOf(element, depth + 1);
        if (!resolved) return undefined;
        values.push(...resolved);
      }
      return values;
    }
    if (inner.type === AST_NODE_TYPES.NewExpression && inner.callee.type === AST_NODE_TYPES.Identifier && inner.callee.name === 'Set') {
      const [first] = inner.arguments;
      return first ? this.elementsOf(first, depth + 1) : [];
    }
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const bound = this.#boundExpression(inner);
      const resolved = bound ? this.elementsOf(bound, depth + 1) : undefined;
      if (resolved) return resolved;
    }
    return this.#declaredElements(inner) ?? this.#typedElements(inner);
  }

  /**
   * With type information, the elements of a `const` collection declared anywhere in the program
   * (an imported `UNPROVISION_STATES = [S.ACTIVE, ...]`), each by its literal type.
   */
  #declaredElements(node: TSESTree.Node): ConstantValue[] | undefined {
    const info = this.#info;
    if (!info || node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const { checker, ts: typescript } = info;
    const tsNode = info.tsNode(node);
    let symbol = tsNode ? checker.getSymbolAtLocation(tsNode) : undefined;
    if (symbol && symbol.flags & typescript.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const declaration = symbol?.valueDeclaration;
    if (!declaration || !typescript.isVariableDeclaration(declaration) || !declaration.initializer) return undefined;
    if (!(typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const)) return undefined;
    let initializer = skipWrappers(typescript, declaration.initializer);
    if (typescript.isNewExpression(initializer) && typescript.isIdentifier(initializer.expression) && initializer.expression.text === 'Set') {
      const [first] = initializer.arguments ?? [];
      if (!first) return [];
      initializer = first;
    }
    if (!typescript.isArrayLiteralExpression(initializer)) return undefined;
    const values: ConstantValue[] = [];
    for (const element of initializer.elements) {
      // A spread of a readonly tuple of literals (`...RESCUE_STATES`) gives its elements' types.
      const type = typescript.isSpreadElement(element) ? checker.getTypeAtLocation(element.expression) : checker.getTypeAtLocation(element);
      const literal = typescript.isSpreadElement(element) ? (checker.isTupleType(type) ? tupleLiterals(info, type) : undefined) : literalValues(info, type);
      if (!literal) return undefined;
      values.push(...literal);
    }
    return values;
  }

  #typed(node: TSESTree.Node): ConstantValue[] | undefined {
    const info = this.#info;
    if (!info) return undefined;
    const type = info.typeOf(node);
    return type ? literalValues(info, type) : undefined;
  }

  #typedElements(node: TSESTree.Node): ConstantValue[] | undefined {
    const info = this.#info;
    if (!info) return undefined;
    const type = info.typeOf(node);
    if (!type) return undefined;
    const { checker } = info;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const elements = checker.getTypeArguments(type as ts.TypeReference);
      const values: ConstantValue[] = [];
      for (const element of elements) {
        const literal = literalValues(info, element);
        if (!literal) return undefined;
        values.push(...literal);
      }
      return values;
    }
    const symbol = type.getSymbol();
    if (symbol && (symbol.getName() === 'Set' || symbol.getName() === 'ReadonlySet')) {
      const [element] = checker.getTypeArguments(type as ts.TypeReference);
      return element ? literalValues(info, element) : undefined;
    }
    return undefined;
  }
}

/** The values of a tuple type's elements, each a union of literal types, or undefined. */
function tupleLiterals(info: TypeInfo, tuple: ts.Type): ConstantValue[] | undefined {
  const values: ConstantValue[] = [];
  for (const element of info.checker.getTypeArguments(tuple as ts.TypeReference)) {
    const literal = literalValues(info, element);
    if (!literal) return undefined;
    values.push(...literal);
  }
  return values;
}

/** The values of a union of string literal (and null/undefined) types, or undefined. */
function literalValues(info: TypeInfo, type: ts.Type): ConstantValue[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const values: ConstantValue[] = [];
  const flags = info.ts.TypeFlags;
  for (const part of parts) {
    if (part.isStringLiteral()) values.push(part.value);
    else if (part.isNumberLiteral()) values.push(String(part.value));
    else if (part.getFlags() & (flags.Null | flags.Undefined)) values.push(null);
    else return undefined;
  }
  return values.length > 0 ? values : undefined;
}

/**
 * The values a variable written only where it is declared may hold by the literal type written on
 * it (`verb: 'manage' | 'provide'`, or a type alias of the file for such a union), without types.
 */
function annotatedLiterals(variable: TSESLint.Scope.Variable): ConstantValue[] | undefined {
  const definition = variable.defs[0];
  if (variable.defs.length !== 1 || !definition || definition.name.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (definition.type !== TSESLint.Scope.DefinitionType.Parameter && definition.type !== TSESLint.Scope.DefinitionType.Variable) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  const annotation = definition.name.typeAnnotation?.typeAnnotation;
  return annotation ? literalsOfType(annotation, definition.name, 0) : undefined;
}

function literalsOfType(type: TSESTree.TypeNode, at: TSESTree.Node, depth: number): ConstantValue[] | undefined {
  if (depth > 4) return undefined;
  switch (type.type) {
    case AST_NODE_TYPES.TSLiteralType:
      return type.literal.type === AST_NODE_TYPES.Literal && (typeof type.literal.value === 'string' || typeof type.literal.value === 'number' || typeof type.literal.value === 'boolean') ? [String(type.literal.value)] : undefined;
    case AST_NODE_TYPES.TSNullKeyword:
    case AST_NODE_TYPES.TSUndefinedKeyword:
      return [null];
    case AST_NODE_TYPES.TSUnionType: {
      const values: ConstantValue[] = [];
      for (const member of type.types) {
        const found = literalsOfType(member, at, depth + 1);
        if (!found) return undefined;
        for (const value of found) if (!values.includes(value)) values.push(value);
      }
      return values;
    }
    case AST_NODE_TYPES.TSTypeReference: {
      if (type.typeName.type !== AST_NODE_TYPES.Identifier || type.typeArguments) return undefined;
      const declared = localTypeDeclaration(type.typeName.name, at);
      return declared?.type === AST_NODE_TYPES.TSTypeAliasDeclaration && !declared.typeParameters ? literalsOfType(declared.typeAnnotation, at, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}
