/**
 * Type information when the file was parsed with a TypeScript program (projectService or
 * project), and the questions the matchers ask of it. TypeScript itself is loaded lazily, only
 * when a program exists, so the plain rules run without it installed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { createRequire } from 'node:module';

export interface TypeInfo {
  readonly ts: typeof ts;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
  tsNode(node: TSESTree.Node): ts.Node | undefined;
  typeOf(node: TSESTree.Node): ts.Type | undefined;
}

const requireFromHere = createRequire(import.meta.url);
let typescriptModule: typeof ts | undefined;

function loadTypeScript(): typeof ts {
  typescriptModule ??= requireFromHere('typescript') as typeof ts;
  return typescriptModule;
}

interface MaybeParserServices {
  program?: ts.Program | null;
  esTreeNodeToTSNodeMap?: { get(node: TSESTree.Node): ts.Node | undefined };
}

/** The file's type information, or null when it was parsed without a program. */
export function typeInfoOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeInfo | null {
  const services = context.sourceCode.parserServices as MaybeParserServices | undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  if (!program || !map) return null;
  const checker = program.getTypeChecker();
  const typescript = loadTypeScript();
  const tsNode = (node: TSESTree.Node): ts.Node | undefined => {
    try {
      return map.get(node);
    } catch {
      return undefined;
    }
  };
  return {
    ts: typescript,
    program,
    checker,
    tsNode,
    typeOf(node) {
      const mapped = tsNode(node);
      if (!mapped) return undefined;
      try {
        return checker.getTypeAtLocation(mapped);
      } catch {
        return undefined;
      }
    },
  };
}

/**
 * The file's type information; throws a clear configuration error when the rule's
 * `requireTypeInformation` option is on and the file has none.
 */
export function requiredTypeInfoOf(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  required: boolean,
): TypeInfo | null {
  const info = typeInfoOf(context);
  if (!info && required) {
    throw new Error(
      `${context.id}: the option \`requireTypeInformation\` is on (the -type-checked configs turn it on), ` +
        `but "${context.filename}" was linted without type information. Set ` +
        '`languageOptions.parserOptions.projectService: true` and `tsconfigRootDir` with typescript-eslint\'s parser ' +
        'for this file, or use `ironclad.configs.recommended` for files outside a TypeScript project.',
    );
  }
  return info;
}

export type DeclarationOrigin =
  | { readonly kind: 'file'; readonly fileName: string }
  | { readonly kind: 'lib' }
  | { readonly kind: 'package'; readonly packageName: string };

/** Where a declaration comes from: the default library, a package (node_modules, @types, `declare module`), or a project file. */
export function declarationOrigin(info: TypeInfo, declaration: ts.Declaration): DeclarationOrigin {
  const sourceFile = declaration.getSourceFile();
  if (info.program.isSourceFileDefaultLibrary(sourceFile)) return { kind: 'lib' };
  const ambient = ambientModuleName(info, declaration);
  if (ambient !== null) return { kind: 'package', packageName: ambient };
  const fromPath = packageNameFromPath(sourceFile.fileName);
  if (fromPath !== null) return { kind: 'package', packageName: fromPath };
  return { kind: 'file', fileName: sourceFile.fileName };
}

/** `/x/node_modules/@types/scope__pkg/index.d.ts` → `@scope/pkg`; `/x/node_modules/pkg/lib/a.d.ts` → `pkg`. */
export function packageNameFromPath(fileName: string): string | null {
  const normalized = fileName.replaceAll('\\', '/');
  const marker = '/node_modules/';
  const index = normalized.lastIndexOf(marker);
  if (index === -1) return null;
  const parts = normalized.slice(index + marker.length).split('/');
  const first = parts[0] ?? '';
  let name = first.startsWith('@') ? `${first}/${parts[1] ?? ''}` : first;
  if (name.startsWith('@types/')) {
    const typed = name.slice('@types/'.length);
    name = typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
  }
  return name || null;
}

/** A node's parent: none for a source file, which is also the declaration of its module (TypeScript's types say there always is one). */
function parentOf(node: ts.Node): ts.Node | undefined {
  const parent: ts.Node | undefined = node.parent;
  return parent;
}

function ambientModuleName(info: TypeInfo, declaration: ts.Node): string | null {
  // A module's own declaration is its source file, which has no parent (`const { f } = await import('./api.js')`).
  for (let current = parentOf(declaration); current !== undefined && !info.ts.isSourceFile(current); current = parentOf(current)) {
    if (info.ts.isModuleDeclaration(current) && info.ts.isStringLiteral(current.name)) return current.name.text;
  }
  return null;
}

/**
 * An expression without its parentheses, type assertions and non-null assertions. `satisfies`
 * only where the TypeScript in use has it (4.9 on; the supported floor is 4.8).
 */
export function skipWrappers(typescript: typeof ts, expression: ts.Expression): ts.Expression {
  const isSatisfies = typescript.isSatisfiesExpression as ((node: ts.Node) => node is ts.SatisfiesExpression) | undefined;
  let current = expression;
  while (typescript.isParenthesizedExpression(current) || typescript.isAsExpression(current) || typescript.isNonNullExpression(current) || isSatisfies?.(current) === true || typescript.isTypeAssertionExpression(current)) {
    current = (current as ts.ParenthesizedExpression).expression;
  }
  return current;
}

/** The symbol a call's callee refers to, through import aliases. */
export function calleeSymbol(info: TypeInfo, callee: TSESTree.Node): ts.Symbol | undefined {
  const node = info.tsNode(callee);
  if (!node) return undefined;
  const { ts: typescript, checker } = info;
  let target: ts.Node = typescript.isExpression(node) ? skipWrappers(typescript, node) : node;
  if (typescript.isPropertyAccessExpression(target)) target = target.name;
  else if (typescript.isElementAccessExpression(target)) target = target.argumentExpression;
  let symbol: ts.Symbol | undefined;
  try {
    symbol = checker.getSymbolAtLocation(target);
  } catch {
    return undefined;
  }
  if (symbol && symbol.flags & typescript.SymbolFlags.Alias) {
    try {
      symbol = checker.getAliasedSymbol(symbol);
    } catch {
      return symbol;
    }
  }
  return symbol;
}

/** The type of a node's value when it says something: neither missing, `any` nor `unknown`. */
export function knownTypeOf(info: TypeInfo, node: TSESTree.Node): ts.Type | undefined {
  const type = info.typeOf(node);
  return type && !(type.getFlags() & (info.ts.TypeFlags.Any | info.ts.TypeFlags.Unknown)) ? type : undefined;
}

/** Whether a symbol is declared only in the default library (`String`, `setTimeout`, `JSON`). */
export function isDefaultLibrarySymbol(info: TypeInfo, symbol: ts.Symbol | undefined): boolean {
  const declarations = symbol?.getDeclarations() ?? [];
  return declarations.length > 0 && declarations.every((declaration) => info.program.isSourceFileDefaultLibrary(declaration.getSourceFile()));
}

/**
 * The declarations a call invokes: the callee symbol's, or — when the callee is a variable or
 * property holding a function (`const { getNode } = client`) — the resolved signature's.
 */
export function calleeDeclarations(info: TypeInfo, call: TSESTree.CallExpression | TSESTree.NewExpression): { name: string | null; declarations: readonly ts.Declaration[] } {
  const { ts: typescript, checker } = info;
  // `store.getNode.call(store, id)`, `.apply(store, [id])`: the method called, not Function's `call`.
  const written = call.callee;
  if (written.type === AST_NODE_TYPES.MemberExpression && !written.computed && written.property.type === AST_NODE_TYPES.Identifier && (written.property.name === 'call' || written.property.name === 'apply')) {
    const method = calleeSymbol(info, written.object);
    const methodDeclarations = method?.getDeclarations() ?? [];
    if (method && methodDeclarations.some((declaration) => typescript.isFunctionLike(declaration))) return { name: method.getName(), declarations: methodDeclarations };
    // `get.call(client, id)` with `const get = client.getNode`: the function the variable holds.
    if (method && methodDeclarations.length > 0) {
      const held = heldFunctionDeclarations(info, written.object);
      if (held.length > 0) return { name: method.getName(), declarations: held };
    }
  }
  const symbol = calleeSymbol(info, call.callee);
  const declarations = symbol?.getDeclarations() ?? [];
  const isFunctionLike = declarations.some((declaration) => typescript.isFunctionLike(declaration) || typescript.isClassLike(declaration));
  if (isFunctionLike) return { name: symbol?.getName() ?? null, declarations };
  // `const check = (node) => ...`: with no type written, the function is the signature's
  // declaration; asking the checker to resolve the call would type-check all of it.
  const initialized = declarations.length === 1 ? constFunctionOf(typescript, declarations[0]) : null;
  if (initialized) return { name: initialized.name?.text ?? symbol?.getName() ?? null, declarations: [initialized] };
  const tsCall = info.tsNode(call);
  if (!tsCall || !(typescript.isCallExpression(tsCall) || typescript.isNewExpression(tsCall))) return { name: symbol?.getName() ?? null, declarations };
  let signature: ts.Signature | undefined;
  try {
    signature = checker.getResolvedSignature(tsCall);
  } catch {
    signature = undefined;
  }
  const declaration = signature?.declaration;
  if (!declaration || typescript.isJSDocSignature(declaration)) return { name: symbol?.getName() ?? null, declarations };
  const name = declaration.name && typescript.isIdentifier(declaration.name) ? declaration.name.text : (symbol?.getName() ?? null);
  return { name, declarations: [declaration] };
}

/** The declarations of the call signatures of a value's type (a variable holding a method). */
function heldFunctionDeclarations(info: TypeInfo, node: TSESTree.Node): ts.Declaration[] {
  const type = info.typeOf(node);
  if (!type) return [];
  const declarations: ts.Declaration[] = [];
  for (const signature of type.getCallSignatures()) {
    const { declaration } = signature;
    if (declaration && !info.ts.isJSDocSignature(declaration)) declarations.push(declaration);
  }
  return declarations;
}

/** The function a `const` without a written type is initialized with (through parentheses), or null. */
function constFunctionOf(typescript: typeof ts, declaration: ts.Declaration | undefined): ts.FunctionExpression | ts.ArrowFunction | null {
  if (!declaration || !typescript.isVariableDeclaration(declaration) || declaration.type !== undefined || !declaration.initializer) return null;
  if (!(typescript.getCombinedNodeFlags(declaration) & typescript.NodeFlags.Const)) return null;
  let initializer: ts.Expression = declaration.initializer;
  while (typescript.isParenthesizedExpression(initializer)) initializer = initializer.expression;
  return typescript.isFunctionExpression(initializer) || typescript.isArrowFunction(initializer) ? initializer : null;
}

/** The name of the class, interface, type alias, namespace or module that declares a member. */
export function containerName(info: TypeInfo, declaration: ts.Declaration): string | null {
  const { ts: typescript } = info;
  for (let current = parentOf(declaration); current !== undefined && !typescript.isSourceFile(current); current = parentOf(current)) {
    if ((typescript.isClassLike(current) || typescript.isInterfaceDeclaration(current)) && current.name !== undefined) {
      return current.name.text;
    }
    if (typescript.isTypeAliasDeclaration(current) || typescript.isModuleDeclaration(current)) return current.name.text;
    if (typescript.isTypeLiteralNode(current) || typescript.isObjectLiteralExpression(current)) continue;
    if (typescript.isFunctionLike(current) || typescript.isBlock(current)) return null;
    // An element's type (`healthchecks: Array<() => Promise<boolean>>`, `(() => P)[]`): no member of the container.
    if (typescript.isTypeReferenceNode(current) || typescript.isArrayTypeNode(current) || typescript.isTupleTypeNode(current)) return null;
  }
  return null;
}

/** Names of a type and of its union/intersection constituents and base types (bounded). */
export function typeNames(info: TypeInfo, type: ts.Type, limit = 16): string[] {
  const names = new Set<string>();
  const seen = new Set<ts.Type>();
  const queue: ts.Type[] = [type];
  // An index, not shift(), and no spread: a union can have thousands of members.
  for (let head = 0; head < queue.length && names.size < limit; head++) {
    const current = queue[head] as ts.Type;
    if (seen.has(current)) continue;
    seen.add(current);
    if (current.isUnionOrIntersection()) {
      for (const member of current.types) queue.push(member);
      continue;
    }
    const symbol = current.aliasSymbol ?? current.getSymbol();
    if (symbol) names.add(symbol.getName());
    if (current.isClassOrInterface()) {
      try {
        queue.push(...info.checker.getBaseTypes(current));
      } catch {
        // Base types of a malformed declaration: nothing more to learn.
      }
    }
  }
  return [...names];
}

/** Whether a declaration carries a JSDoc tag such as `@throws`. */
export function hasJSDocTag(info: TypeInfo, declaration: ts.Node, tagNames: readonly string[]): boolean {
  try {
    return info.ts.getJSDocTags(declaration).some((tag) => tagNames.includes(tag.tagName.text));
  } catch {
    return false;
  }
}

/**
 * The signatures a call's callee writes out: each declaration's function, method or function
 * type, or the function it is initialized with. Null when a declaration could hold any signature
 * (no symbol, a named or contextual type, a destructured binding, a value that is not a function):
 * then only the checker can tell. Classes and declarations with neither type nor value add nothing.
 */
export function writtenSignatures(info: TypeInfo, call: TSESTree.CallExpression | TSESTree.NewExpression): readonly ts.SignatureDeclaration[] | null {
  const declarations = calleeSymbol(info, call.callee)?.getDeclarations();
  if (!declarations || declarations.length === 0) return null;
  const typescript = info.ts;
  const signatures: ts.SignatureDeclaration[] = [];
  for (const declaration of declarations) {
    if (typescript.isFunctionLike(declaration)) {
      signatures.push(declaration);
      continue;
    }
    if (typescript.isClassLike(declaration)) continue;
    const annotated =
      typescript.isVariableDeclaration(declaration) ||
      typescript.isPropertyDeclaration(declaration) ||
      typescript.isPropertySignature(declaration) ||
      typescript.isParameter(declaration);
    if (!annotated && !typescript.isPropertyAssignment(declaration)) return null;
    const type = annotated ? declaration.type : undefined;
    if (type) {
      if (!typescript.isFunctionTypeNode(type)) return null;
      signatures.push(type);
      continue;
    }
    const initializer = typescript.isPropertySignature(declaration) ? undefined : declaration.initializer;
    if (!initializer) {
      // A parameter without a type takes one from its context.
      if (typescript.isParameter(declaration)) return null;
      continue;
    }
    if (!typescript.isArrowFunction(initializer) && !typescript.isFunctionExpression(initializer)) return null;
    signatures.push(initializer);
  }
  return signatures;
}

/** Type references that never name `never`: what most calls are declared to return. */
const NEVER_NEVER_REFERENCES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike', 'Array', 'ReadonlyArray', 'Map', 'Set', 'Record', 'Partial', 'Readonly']);

/**
 * Whether a call may be typed `never` (a call that does not return), judged from its callee's
 * written signatures without resolving the call: false when each writes another return type, or
 * is a function declaration or method with none (TypeScript infers `never` only for function
 * expressions and arrows).
 */
/** Whether a call never returns by its type: its signature may say `never` and its type is `never`. */
export function callReturnsNever(info: TypeInfo, call: TSESTree.CallExpression): boolean {
  if (!callMayReturnNever(info, call)) return false;
  const type = info.typeOf(call);
  return type !== undefined && (type.getFlags() & info.ts.TypeFlags.Never) !== 0;
}

export function callMayReturnNever(info: TypeInfo, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const signatures = writtenSignatures(info, call);
  if (signatures === null) return true;
  const typescript = info.ts;
  const annotationMayBeNever = (type: ts.TypeNode): boolean => {
    switch (type.kind) {
      case typescript.SyntaxKind.NeverKeyword:
        return true;
      case typescript.SyntaxKind.VoidKeyword:
      case typescript.SyntaxKind.StringKeyword:
      case typescript.SyntaxKind.NumberKeyword:
      case typescript.SyntaxKind.BooleanKeyword:
      case typescript.SyntaxKind.UndefinedKeyword:
      case typescript.SyntaxKind.ObjectKeyword:
      case typescript.SyntaxKind.AnyKeyword:
      case typescript.SyntaxKind.UnknownKeyword:
      case typescript.SyntaxKind.TypePredicate:
      case typescript.SyntaxKind.TypeLiteral:
      case typescript.SyntaxKind.ArrayType:
      case typescript.SyntaxKind.LiteralType:
        return false;
      default:
        return !(typescript.isTypeReferenceNode(type) && typescript.isIdentifier(type.typeName) && NEVER_NEVER_REFERENCES.has(type.typeName.text));
    }
  };
  return signatures.some((signature) =>
    signature.type ? annotationMayBeNever(signature.type) : typescript.isArrowFunction(signature) || typescript.isFunctionExpression(signature),
  );
}
