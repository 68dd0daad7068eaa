/**
 * Access paths: the dotted names by which an expression reaches a value, resolved through
 * aliases the way a reader would resolve them.
 *
 * `this.ironic.getNode` is `this.ironic.getNode`; after `const { getNode } = this.ironic` the bare
 * `getNode` is that too; after `import { createLogger } from 'winston'; const log = createLogger()`
 * the `log.info` callee is also `winston.createLogger().info`. A call result is the callee's last
 * name followed by `()`; a computed key that is not a literal is `?`.
 *
 * Every expression has one literal path (what is written) and up to {@link MAX_PATHS} resolved
 * ones. Aliases are followed only for bindings written once (a `const`, or a `let` never
 * reassigned), class fields assigned once, imports and `require()`. A bound function
 * (`console.log.bind(console)`) has the paths of the function it binds too, and a choice
 * (`verbose ? LOG.debug : LOG.info`, `options.log ?? console.log`) those of each choice, after
 * an opaque literal path (it is written as neither).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES, TSESLint } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;

import { forEachChild, outermostWrapper, staticKeyValue, staticChainOf, staticPropertyName, stringLiteralValue, unwrapExpression } from './ast.js';

type Variable = TSESLint.Scope.Variable;

export type PathRoot =
  | { readonly kind: 'expression' }
  | { readonly kind: 'global' }
  | { readonly kind: 'module'; readonly module: string }
  | { readonly kind: 'this' }
  | { readonly kind: 'variable'; readonly variable: Variable };

export interface AccessPath {
  /** Names from the root: `['this', 'ironic', 'getNode']`, `['winston', 'createLogger()', 'info']`. */
  readonly names: readonly string[];
  readonly root: PathRoot;
}

/** A computed key whose value is not known. */
export const UNKNOWN_NAME = '?';

const MAX_PATHS = 8;
/** How many alias steps (a variable or field to what it names) are followed. */
const MAX_ALIAS_DEPTH = 16;

/** Resolves access paths for one file; create one per rule invocation (caches are per file). */
export class AccessPathResolver {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #byNode = new WeakMap<TSESTree.Node, readonly AccessPath[]>();
  readonly #byVariable = new WeakMap<Variable, readonly AccessPath[]>();
  readonly #variableByIdentifier = new WeakMap<TSESTree.Identifier, Variable | null>();
  readonly #fieldsByClass = new WeakMap<TSESTree.ClassBody, Map<string, readonly TSESTree.Expression[]>>();
  readonly #memberUsesByClass = new WeakMap<TSESTree.ClassBody, Map<string, MemberUses>>();
  readonly #inProgress = new Set<Variable>();
  /** Set when a result was cut short by the alias depth limit (such results are not cached). */
  #truncated = false;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  /** All access paths of an expression, the literal one first. */
  pathsOf(node: TSESTree.Node): readonly AccessPath[] {
    return this.#paths(node, 0);
  }

  /** The path as written, without resolving aliases. */
  literalPathOf(node: TSESTree.Node): AccessPath {
    const paths = this.pathsOf(node);
    return paths[0] ?? { names: [UNKNOWN_NAME], root: { kind: 'expression' } };
  }

  /** The variable an identifier refers to, or null for globals and unresolvable names. */
  variableOf(identifier: TSESTree.Identifier): Variable | null {
    const cached = this.#variableByIdentifier.get(identifier);
    if (cached !== undefined) return cached;
    let variable: Variable | null;
    try {
      // getScope gives the innermost scope of the identifier already. (ASTUtils.findVariable would
      // search it again among the child scopes, one by one: quadratic in a function with many blocks.)
      variable = null;
      for (let scope: TSESLint.Scope.Scope | null = this.#sourceCode.getScope(identifier); scope; scope = scope.upper) {
        const found = scope.set.get(identifier.name);
        if (found) {
          variable = found;
          break;
        }
      }
    } catch {
      variable = null;
    }
    // An implicit global (no definition) is a global, not a variable.
    if (variable && variable.defs.length === 0) variable = null;
    this.#variableByIdentifier.set(identifier, variable);
    return variable;
  }

  /**
   * The single expression a variable is bound to when it is an alias (written once), else null.
   * For destructuring, returns the destructured expression and the names leading to the binding.
   */
  aliasTargetOf(variable: Variable): { expression: TSESTree.Node; names: string[] } | null {
    if (variable.defs.length !== 1) return null;
    const def = variable.defs[0];
    if (!def) return null;
    if (def.type !== DefinitionType.Variable) return null;
    const declarator = def.node;
    if (!declarator.init) return null;
    if (declarator.parent.kind !== 'const' && !isWrittenOnlyByDeclaration(variable)) return null;
    const names = namesToBinding(declarator.id, def.name);
    if (!names) return null;
    return { expression: declarator.init, names };
  }

  /** Sets the truncation flag, returning its previous value. */
  #swapTruncated(next: boolean): boolean {
    const previous = this.#truncated;
    this.#truncated = next;
    return previous;
  }

  #paths(node: TSESTree.Node, depth: number): readonly AccessPath[] {
    const cached = this.#byNode.get(node);
    if (cached) return cached;
    if (depth > MAX_ALIAS_DEPTH) {
      this.#truncated = true;
      return [opaque()];
    }
    const outer = this.#swapTruncated(false);
    const result = this.#compute(node, depth);
    const truncated = this.#swapTruncated(outer);
    if (truncated) this.#truncated = true;
    else this.#byNode.set(node, result);
    return result;
  }

  #compute(rawNode: TSESTree.Node, depth: number): readonly AccessPath[] {
    const node = unwrapExpression(rawNode);
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = this.variableOf(node);
        const literal: AccessPath = {
          names: [node.name],
          root: variable ? { kind: 'variable', variable } : { kind: 'global' },
        };
        if (!variable) return [literal];
        return limit([literal, ...this.#variablePaths(variable, depth + 1)]);
      }
      case AST_NODE_TYPES.ThisExpression:
        return [{ names: ['this'], root: { kind: 'this' } }];
      case AST_NODE_TYPES.Super:
        return [{ names: ['super'], root: { kind: 'this' } }];
      case AST_NODE_TYPES.MemberExpression: {
        const name = staticPropertyName(node) ?? UNKNOWN_NAME;
        const paths = this.#paths(node.object, depth).map((path) => append(path, name));
        // `this.dockerode`, or `self.dockerode` with `const self = this` taken in the class.
        if (unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression || this.#isThisAlias(node.object)) {
          const field = this.#fieldInitializer(node);
          if (field) paths.push(...this.#paths(field, depth + 1));
        }
        return limit(paths);
      }
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        const required = requiredModule(node);
        if (required !== null) return [{ names: [required], root: { kind: 'module', module: required } }];
        const called = this.#paths(node.callee, depth).map(markCalled);
        // `console.log.bind(console)`: also the function it binds, which it calls.
        const bound = boundFunction(node);
        return limit(bound ? [...called, ...this.#paths(bound, depth + 1)] : called);
      }
      // `verbose ? LOG.debug : LOG.info`, `options.log ?? console.log`: either, as written nowhere.
      case AST_NODE_TYPES.ConditionalExpression:
        return limit([opaque(), ...this.#paths(node.consequent, depth + 1), ...this.#paths(node.alternate, depth + 1)]);
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator === '&&') return [opaque()];
        return limit([opaque(), ...this.#paths(node.left, depth + 1), ...this.#paths(node.right, depth + 1)]);
      case AST_NODE_TYPES.AwaitExpression:
        return this.#paths(node.argument, depth);
      // `await import('./api.js')`: the module's namespace, as an `import * as` of it.
      case AST_NODE_TYPES.ImportExpression: {
        const module = stringLiteralValue(node.source);
        return module === null ? [opaque()] : [{ names: [module], root: { kind: 'module', module } }];
      }
      default:
        return [opaque()];
    }
  }

  #variablePaths(variable: Variable, depth: number): readonly AccessPath[] {
    const cached = this.#byVariable.get(variable);
    if (cached) return cached;
    if (this.#inProgress.has(variable)) return [];
    this.#inProgress.add(variable);
    const outer = this.#swapTruncated(false);
    try {
      const result = this.#resolveVariable(variable, depth);
      if (this.#swapTruncated(outer)) this.#truncated = true;
      else this.#byVariable.set(variable, result);
      return result;
    } finally {
      this.#inProgress.delete(variable);
    }
  }

  #resolveVariable(variable: Variable, depth: number): AccessPath[] {
    const def = variable.defs[0];
    if (variable.defs.length !== 1 || !def) return [];
    if (def.type === DefinitionType.ImportBinding) {
      const specifier = def.node;
      if (specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        const reference = specifier.moduleReference;
        if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference) return [];
        const module = stringLiteralValue(reference.expression);
        return module === null ? [] : [{ names: [module], root: { kind: 'module', module } }];
      }
      if (def.parent.type !== AST_NODE_TYPES.ImportDeclaration) return [];
      const module = def.parent.source.value;
      const root: PathRoot = { kind: 'module', module };
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported =
          specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        return imported === 'default' ? [{ names: [module], root }] : [{ names: [module, imported], root }];
      }
      return [{ names: [module], root }];
    }
    // A parameter whose default is another name (`fetch = globalThis.fetch`, `log = console`), never
    // reassigned: what the default names, when the caller gives nothing, is what it holds.
    if (def.type === DefinitionType.Parameter) {
      const fallback = parameterDefault(def.name);
      return fallback && isWrittenOnlyByDeclaration(variable) ? [...this.#paths(fallback, depth)] : [];
    }
    if (def.type !== DefinitionType.Variable) return [];
    const target = this.aliasTargetOf(variable);
    if (!target) return [];
    return this.#paths(target.expression, depth).map((path) => target.names.reduce(append, path));
  }

  /** A `const` (or a `let` never reassigned) holding `this` of the class the node is written in: `const self = this`. */
  #isThisAlias(node: TSESTree.Node): boolean {
    const object = unwrapExpression(node);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.variableOf(object);
    const target = variable ? this.aliasTargetOf(variable) : null;
    if (!target || target.names.length > 0 || unwrapExpression(target.expression).type !== AST_NODE_TYPES.ThisExpression) return false;
    const body = enclosingClassBody(object);
    return body !== null && body === enclosingClassBody(target.expression);
  }

  /** The initializer of `this.name` when the class assigns it exactly once. */
  #fieldInitializer(member: TSESTree.MemberExpression): TSESTree.Expression | null {
    const name = staticPropertyName(member);
    if (name === null) return null;
    const body = enclosingClassBody(member);
    if (!body) return null;
    return onlyOne(this.#fieldsOf(body).get(name));
  }

  /**
   * Every value the class writes to `this.name` (its initializer, and assignments in its own
   * methods, `this.bearer = \`Bearer ${token}\``), for a read of `this.name` in it; empty when it
   * writes none, when the field is also a constructor parameter, or the read is not of `this` in a class.
   */
  fieldWrites(member: TSESTree.MemberExpression): readonly TSESTree.Expression[] {
    if (unwrapExpression(member.object).type !== AST_NODE_TYPES.ThisExpression) return [];
    const name = staticPropertyName(member);
    const body = enclosingClassBody(member);
    // A parameter property (`constructor(private bearer: string)`) is also written by the constructor's callers.
    if (name === null || !body || parameterProperty(body, name)) return [];
    return this.#fieldsOf(body).get(name) ?? [];
  }

  /**
   * For a read of `this.name` in a class, every `this.name` of the class that something may be
   * written into a part of (`this.hdrs[k] = token`, `this.opts.headers.Authorization = t`,
   * `this.cache.set(k, t)`, `Object.assign(this.opts, o)`): the caller decides which are writes.
   */
  fieldPartWriteSites(member: TSESTree.MemberExpression): readonly TSESTree.MemberExpression[] {
    if (unwrapExpression(member.object).type !== AST_NODE_TYPES.ThisExpression) return [];
    const name = staticPropertyName(member);
    const body = enclosingClassBody(member);
    if (name === null || !body) return [];
    let uses = this.#memberUsesByClass.get(body);
    if (!uses) {
      uses = memberUsesOf(body);
      this.#memberUsesByClass.set(body, uses);
    }
    return uses.get(name)?.onThis.filter(isPartSite) ?? [];
  }

  #fieldsOf(body: TSESTree.ClassBody): Map<string, readonly TSESTree.Expression[]> {
    let fields = this.#fieldsByClass.get(body);
    if (!fields) {
      fields = collectFieldAssignments(body, this.#sourceCode.getTokens(body));
      this.#fieldsByClass.set(body, fields);
    }
    return fields;
  }

  /**
   * The value of `this.name` when nothing but its declaration can set it: a `private`, `#private`
   * or `readonly` field with an initializer, assigned nowhere else in the class and not also a
   * constructor parameter property (`private apiTokenPath = 'v1/token'`). Null otherwise.
   */
  constantFieldValue(member: TSESTree.MemberExpression): TSESTree.Expression | null {
    const object = unwrapExpression(member.object);
    if (object.type === AST_NODE_TYPES.Identifier) return this.#staticConstant(object, staticPropertyName(member));
    if (object.type !== AST_NODE_TYPES.ThisExpression) return null;
    const name = staticPropertyName(member);
    const body = enclosingClassBody(member);
    if (name === null || !body) return null;
    const value = onlyOne(this.#fieldsOf(body).get(name));
    if (!value || parameterProperty(body, name)) return null;
    const declaration = body.body.find(
      (element): element is TSESTree.PropertyDefinition => element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && element.value === value,
    );
    if (!declaration) return null;
    const sealed = declaration.readonly || declaration.accessibility === 'private' || declaration.key.type === AST_NODE_TYPES.PrivateIdentifier;
    return sealed ? value : null;
  }

  /**
   * `Kind.Token` of an enum declared here (`enum Kind { Token = 'token' }`), or `Gh.TOKEN_ENV` of a
   * `static readonly` field of a class declared here: the value written there, which nothing else sets.
   */
  #staticConstant(object: TSESTree.Identifier, name: string | null): TSESTree.Expression | null {
    if (name === null) return null;
    const definition = this.variableOf(object)?.defs[0];
    if (definition?.type === DefinitionType.TSEnumName) {
      const member = definition.node.body.members.find((candidate) => keyName(candidate.id) === name);
      return member?.initializer ?? null;
    }
    if (definition?.type !== DefinitionType.ClassName) return null;
    const field = definition.node.body.body.find(
      (element): element is TSESTree.PropertyDefinition =>
        element.type === AST_NODE_TYPES.PropertyDefinition && element.static && element.readonly && !element.computed && keyName(element.key) === name,
    );
    return field?.value ?? null;
  }
}

/** A declared key's name: `Token`, `'token'`, `TOKEN_ENV`. */
function keyName(key: TSESTree.Node): string | null {
  return key.type === AST_NODE_TYPES.Identifier ? key.name : staticKeyValue(key);
}

/**
 * The name every access path of a call's callee ends with, when one is sure without resolving
 * them: a member call's property (`a.b.info()` → `info`). Not when the receiver is `this`: a
 * class field may hold a function of another name (`dbg = debug('svc')`, `fetchNode = getNode`).
 */
export function calleeLastName(call: TSESTree.CallExpression): string | null {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(callee.object).type === AST_NODE_TYPES.ThisExpression) return null;
  return staticPropertyName(callee);
}

/** The dotted rendering of an access path: `this.ironic.getNode`. */
export function pathText(path: AccessPath): string {
  return path.names.join('.');
}

function opaque(): AccessPath {
  return { names: [UNKNOWN_NAME], root: { kind: 'expression' } };
}

function append(path: AccessPath, name: string): AccessPath {
  return { names: [...path.names, name], root: path.root };
}

function markCalled(path: AccessPath): AccessPath {
  const names = [...path.names];
  const last = names.length - 1;
  names[last] = `${names[last] ?? UNKNOWN_NAME}()`;
  return { names, root: path.root };
}

/** Distinct paths, at most MAX_PATHS: the literal one, the first alias, and the most resolved ones (at the end). */
function limit(paths: AccessPath[]): AccessPath[] {
  if (paths.length < 2) return paths;
  const seen = new Set<string>();
  const distinct: AccessPath[] = [];
  for (const path of paths) {
    const key = `${path.root.kind}:${path.names.join('.')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(path);
  }
  if (distinct.length <= MAX_PATHS) return distinct;
  return [...distinct.slice(0, 2), ...distinct.slice(distinct.length - (MAX_PATHS - 2))];
}

/** The function `f.bind(thisArg, ...)` binds, or null for any other call. */
function boundFunction(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node | null {
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'bind' ? callee.object : null;
}

/** `require('x')` → 'x'. */
function requiredModule(node: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  if (node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'require') return null;
  const [argument] = node.arguments;
  if (node.arguments.length !== 1 || !argument) return null;
  return stringLiteralValue(argument);
}

/** The default of a parameter's binding when it names something (an identifier or a member read by static names), else null. */
function parameterDefault(binding: TSESTree.Node): TSESTree.Expression | null {
  const pattern = binding.parent;
  if (pattern?.type !== AST_NODE_TYPES.AssignmentPattern || pattern.left !== binding) return null;
  return staticChainOf(pattern.right) !== null ? pattern.right : null;
}

function isWrittenOnlyByDeclaration(variable: Variable): boolean {
  let writes = 0;
  for (const reference of variable.references) {
    if (reference.isWrite()) writes++;
    if (writes > 1) return false;
  }
  return true;
}

/**
 * The property names leading from a declarator's id to the binding `target`:
 * `{ node: { get } }` → ['node', 'get']; a plain identifier → []; null through rest elements.
 */
export function namesToBinding(pattern: TSESTree.Node, target: TSESTree.Identifier): string[] | null {
  if (pattern === target) return [];
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return pattern === target ? [] : null;
    case AST_NODE_TYPES.AssignmentPattern:
      return namesToBinding(pattern.left, target);
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) continue;
        const inner = namesToBinding(property.value, target);
        if (inner) {
          const key = staticPropertyName(property);
          return [key ?? UNKNOWN_NAME, ...inner];
        }
      }
      return null;
    case AST_NODE_TYPES.ArrayPattern:
      for (const [index, element] of pattern.elements.entries()) {
        if (!element || element.type === AST_NODE_TYPES.RestElement) continue;
        const inner = namesToBinding(element, target);
        if (inner) return [String(index), ...inner];
      }
      return null;
    default:
      return null;
  }
}

/** The class body whose `this` a node sees (through arrow functions only). */
/** The constructor parameter property declaring field `name` (`constructor(private readonly api: API)`), as its binding. */
export function parameterProperty(body: TSESTree.ClassBody, name: string): TSESTree.Identifier | null {
  for (const member of body.body) {
    if (member.type !== AST_NODE_TYPES.MethodDefinition || member.kind !== 'constructor') continue;
    for (const parameter of member.value.params) {
      if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
      const binding = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
      if (binding.name === name) return binding;
    }
  }
  return null;
}

export function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      if (owner.type === AST_NODE_TYPES.MethodDefinition) return owner.parent;
      return null;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.StaticBlock) {
      return current.parent;
    }
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    current = current.parent;
  }
  return null;
}

const ASSIGNMENT_OPERATORS: ReadonlySet<string> = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=']);

/**
 * The offsets of the `this` tokens among `tokens` that may start the target of an assignment to a
 * member of `this`: `this.x =`, `this.#x +=`, `this[k] ??=`. A `)` where the operator would be
 * counts too (`(this.x) = v`, `(this).x = v`): the answer may include more than the assignments,
 * never fewer. Tokens hold no comments or string contents, so neither can hide or fake one.
 */
function thisAssignmentCandidates(tokens: readonly TSESTree.Token[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TSESTree.Token;
    if (token.type !== AST_TOKEN_TYPES.Keyword || token.value !== 'this') continue;
    let next = i + 1;
    const after = tokens[next];
    if (after?.value === '.') {
      next += 2; // the member's name
    } else if (after?.value === '[') {
      // To the matching bracket.
      let depth = 0;
      for (; next < tokens.length; next++) {
        const value = (tokens[next] as TSESTree.Token).value;
        if (value === '[') depth++;
        else if (value === ']' && --depth === 0) break;
      }
      next++;
    }
    const following = tokens[next];
    if (following && following.type === AST_TOKEN_TYPES.Punctuator && (following.value === ')' || ASSIGNMENT_OPERATORS.has(following.value))) found.push(token.range[0]);
  }
  return found;
}

/** The one value of a list, or null. */
function onlyOne(values: readonly TSESTree.Expression[] | undefined): TSESTree.Expression | null {
  return values?.length === 1 ? (values[0] ?? null) : null;
}

/** How a class uses one of its members' names: each `this.name` on an instance's own `this`, and whether the name is used any other way. */
export interface MemberUses {
  readonly onThis: TSESTree.MemberExpression[];
  other: boolean;
}

/**
 * The uses of a class's member names, in one walk of the class (an explicit stack), in source
 * order: `this.name` where `this` is an instance of the class (not in a nested `function` or
 * class, nor in a static member, whose `this` is the class), and whether the name is also read
 * off another object or another `this`.
 */
export function memberUsesOf(body: TSESTree.ClassBody): Map<string, MemberUses> {
  const uses = new Map<string, MemberUses>();
  const stack: { node: TSESTree.Node; ownThis: boolean }[] = [{ node: body, ownThis: true }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, ownThis } = item;
    const name = node.type === AST_NODE_TYPES.MemberExpression && !node.computed ? staticPropertyName(node) : null;
    if (name !== null && node.type === AST_NODE_TYPES.MemberExpression) {
      let use = uses.get(name);
      if (!use) {
        use = { onThis: [], other: false };
        uses.set(name, use);
      }
      if (ownThis && unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression) use.onThis.push(node);
      else use.other = true;
    }
    // Children pushed last first: uses are listed in source order.
    const children: TSESTree.Node[] = [];
    forEachChild(node, children, (child, list) => list.push(child));
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index] as TSESTree.Node;
      const fresh = child.type === AST_NODE_TYPES.FunctionDeclaration || child.type === AST_NODE_TYPES.ClassBody || (child.type === AST_NODE_TYPES.FunctionExpression && node.type !== AST_NODE_TYPES.MethodDefinition && node.type !== AST_NODE_TYPES.PropertyDefinition);
      const staticMember = node === body && (child.type === AST_NODE_TYPES.StaticBlock || ('static' in child && child.static));
      stack.push({ node: child, ownThis: ownThis && !fresh && !staticMember });
    }
  }
  return uses;
}

/** Whether a `this.name` has a part read or written through it, or is handed to a call first (`Object.assign(this.opts, ...)`). */
function isPartSite(member: TSESTree.MemberExpression): boolean {
  const wrapper = outermostWrapper(member);
  const parent = wrapper.parent;
  return (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === wrapper) || (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === wrapper);
}

/** Field name → every value written to it (a field initializer, `this.x = expr` in any method). */
function collectFieldAssignments(body: TSESTree.ClassBody, tokens: readonly TSESTree.Token[]): Map<string, TSESTree.Expression[]> {
  // Only the members whose tokens (the class body's) may assign `this.x` are walked (most methods only read fields).
  const candidates = thisAssignmentCandidates(tokens);
  const mayAssign = (node: TSESTree.Node): boolean => candidates.some((offset) => offset >= node.range[0] && offset < node.range[1]);
  const fields = new Map<string, TSESTree.Expression[]>();
  const record = (name: string | null, value: TSESTree.Expression): void => {
    if (name === null) return;
    const values = fields.get(name);
    if (values) values.push(value);
    else fields.set(name, [value]);
  };
  const visit = (node: TSESTree.Node, ownThis: boolean): void => {
    if (
      ownThis &&
      node.type === AST_NODE_TYPES.AssignmentExpression &&
      node.left.type === AST_NODE_TYPES.MemberExpression &&
      node.left.object.type === AST_NODE_TYPES.ThisExpression
    ) {
      record(staticPropertyName(node.left), node.operator === '=' ? node.right : node);
    }
    forEachChild(node, ownThis, visitChild);
  };
  const visitChild = (child: TSESTree.Node, ownThis: boolean): void => {
    // `this` inside a nested function or class is another object.
    const keepsThis =
      ownThis &&
      child.type !== AST_NODE_TYPES.FunctionDeclaration &&
      child.type !== AST_NODE_TYPES.FunctionExpression &&
      child.type !== AST_NODE_TYPES.ClassBody;
    visit(child, keepsThis);
  };
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && element.value) {
      record(staticPropertyName(element), element.value);
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && !element.static && element.value.body && mayAssign(element.value.body)) visit(element.value.body, true);
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && element.value && element.value.type === AST_NODE_TYPES.ArrowFunctionExpression && mayAssign(element.value.body)) {
      visit(element.value.body, true);
    }
  }
  return fields;
}
