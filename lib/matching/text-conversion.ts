/**
 * What a value's text is when it is turned into a string (a template literal, `+`, `String(x)`,
 * `x.toString()`), by its type: JavaScript calls its `toString` (after `valueOf` for `+`, and
 * `Symbol.toPrimitive` before both), so a plain object or a class instance that declares none of
 * them prints `[object Object]`, whatever fields it holds.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

import type { FunctionNode } from './ast.js';
import type { TypeInfo } from './type-info.js';

/** How a value turns into text: `[object Object]` for every value it may hold, or what a method of the file returns. */
export type TextConversion = { readonly kind: 'object' } | { readonly kind: 'method'; readonly fn: FunctionNode };

/** The members JavaScript asks, in turn, for a value's text. */
const CONVERSION_MEMBERS = ['toString', 'valueOf'] as const;

/**
 * How the value of `node` turns into text, with types; null when its type may be a primitive, an
 * array, a function or an error (whose text is its message), when a class of another file (or a
 * library type such as `Date`, `URL`, `Buffer`) declares how, or without types.
 */
export function textConversionOf(node: TSESTree.Node, info: TypeInfo | null, sourceCode: Readonly<TSESLint.SourceCode>): TextConversion | null {
  const written = info?.typeOf(node);
  if (!info || !written) return null;
  // `${this}` in a class: the class's own type.
  const type = written.getFlags() & info.ts.TypeFlags.TypeParameter ? info.checker.getApparentType(written) : written;
  const flags = info.ts.TypeFlags;
  const parts = type.isUnion() ? type.types : [type];
  let method: FunctionNode | null = null;
  let objects = 0;
  for (const part of parts) {
    // `${device}` with `device: Device | undefined` prints `undefined` there: nothing either.
    if (part.getFlags() & (flags.Undefined | flags.Null | flags.Void)) continue;
    const own = ownConversion(part, info, sourceCode);
    if (own === null) return null;
    if (own !== 'object') {
      if (method !== null && method !== own) return null;
      method = own;
    }
    objects++;
  }
  if (objects === 0) return null;
  if (method !== null) return objects === 1 ? { kind: 'method', fn: method } : null;
  return { kind: 'object' };
}

/** One (non-union) type's conversion: 'object', a method of the file, or null. */
function ownConversion(type: ts.Type, info: TypeInfo, sourceCode: Readonly<TSESLint.SourceCode>): 'object' | FunctionNode | null {
  const { checker } = info;
  const typescript = info.ts;
  if (!(type.getFlags() & typescript.TypeFlags.Object) || type.getFlags() & typescript.TypeFlags.EnumLike) return null;
  if (checker.isArrayType(type) || checker.isTupleType(type)) return null;
  // `{}`, `Object`, `NonNullable<unknown>`: a string is one too.
  if (type.getProperties().length === 0 || isGlobalObjectType(type, info)) return null;
  if (type.getCallSignatures().length > 0 || type.getConstructSignatures().length > 0) return null;
  // An error's text is its name and message, which may quote what it failed on.
  if (checker.getPropertyOfType(type, 'message')) return null;
  // `[Symbol.toPrimitive]()` prints what it returns; a `[Symbol.toStringTag]` prints in `[object <tag>]`.
  if (type.getProperties().some((property) => property.getName().startsWith('__@toPrimitive') || property.getName().startsWith('__@toStringTag'))) return null;
  let method: FunctionNode | null = null;
  for (const name of CONVERSION_MEMBERS) {
    const property = checker.getPropertyOfType(type, name);
    if (!property) continue;
    const declarations = property.getDeclarations() ?? [];
    if (declarations.length > 0 && declarations.every((declaration) => isObjectPrototypeMember(declaration, info))) continue;
    // `valueOf` of the file's own class says what `+` prints; only `toString` is read here.
    if (name !== 'toString' || declarations.length !== 1) return null;
    const fn = sameFileMethod(declarations[0] as ts.Declaration, info, sourceCode);
    if (!fn) return null;
    method = fn;
  }
  return method ?? 'object';
}

/** The standard library's `Object` (which every value but nothing is). */
function isGlobalObjectType(type: ts.Type, info: TypeInfo): boolean {
  const symbol = type.getSymbol();
  return symbol?.getName() === 'Object' && (symbol.getDeclarations() ?? []).some((declaration) => info.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
}

/** A member of the standard library's `interface Object` (what every object inherits). */
function isObjectPrototypeMember(declaration: ts.Declaration, info: TypeInfo): boolean {
  const owner = declaration.parent;
  return info.ts.isInterfaceDeclaration(owner) && owner.name.text === 'Object' && info.program.isSourceFileDefaultLibrary(declaration.getSourceFile());
}

/** The method a declaration is, when it is a method with a body in the file being linted. */
function sameFileMethod(declaration: ts.Declaration, info: TypeInfo, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode | null {
  const file = declaration.getSourceFile();
  if (info.tsNode(sourceCode.ast)?.getSourceFile() !== file) return null;
  const name = (declaration as { name?: ts.Node }).name;
  if (!name) return null;
  const key = sourceCode.getNodeByRangeIndex(name.getStart(file));
  const member = key?.parent;
  if (member?.type !== AST_NODE_TYPES.MethodDefinition || member.key !== key || member.kind !== 'method' || member.value.type !== AST_NODE_TYPES.FunctionExpression) return null;
  return member.value;
}
