/**
 * Same-file functions: which function a call invokes, and whether all of a function's callers
 * can be seen (a private helper) or not (a boundary).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint as Lint } from '@typescript-eslint/utils';

import type { AccessPathResolver, MemberUses } from './access-path.js';
import type { FunctionNode } from './ast.js';
import { enclosingClassBody, memberUsesOf } from './access-path.js';
import { childNodes, choiceDeclarator, isFunctionNode, isWriteTarget, outermostWrapper, returnedValues, staticPropertyName, unwrapExpression } from './ast.js';

const { DefinitionType } = Lint.Scope;

/** The same-file function a call invokes: a declared or const-bound function, or a method of the enclosing class called on `this`. */
export function localCallee(call: TSESTree.CallExpression | TSESTree.NewExpression, paths: AccessPathResolver): FunctionNode | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = paths.variableOf(callee);
    return variable ? functionOfVariable(variable) : null;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const receiver = unwrapExpression(callee.object);
  const name = staticPropertyName(callee);
  if (name === null) return null;
  if (receiver.type === AST_NODE_TYPES.ThisExpression) {
    const body = enclosingClassBody(callee);
    if (!body) return null;
    // In a static method `this` is the class: its static members. One the class does not declare
    // is its parent's, when the parent is declared here (`this.requireNode(i)` of `DriverBase`).
    return ownOrInheritedMethod(body, name, isInStaticMember(callee, body), paths);
  }
  // `Nodes.get(...)`, `Nodes.#get(...)`: a static method of a class of this file.
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    const def = paths.variableOf(receiver)?.defs[0];
    const declaration = def?.type === DefinitionType.ClassName ? def.node : null;
    if (declaration?.type === AST_NODE_TYPES.ClassDeclaration || declaration?.type === AST_NODE_TYPES.ClassExpression) return methodOf(declaration.body, name, true)?.fn ?? null;
    // `const helper = new Helper(client); helper.load(id)`.
    // (Not `const { client } = new Service()`: a part of the value, not the value.)
    const init = def?.type === DefinitionType.Variable && def.node.parent.kind === 'const' && def.node.id === def.name ? def.node.init : null;
    // `const self = this; ... self.pull(name)`: a method of the class, as `this.pull(name)` is.
    if (init && isThisAlias(receiver, paths)) {
      const body = enclosingClassBody(init);
      return body ? ownOrInheritedMethod(body, name, isInStaticMember(init, body), paths) : null;
    }
    const instanceOf = init ? constructedClass(init, paths) : null;
    if (instanceOf) return methodOf(instanceOf.body, name)?.fn ?? null;
    // `static panic(driver: IronicDriver) { driver.hardOff(node) }`: an instance of the class the call is written in.
    const typed = instanceOfEnclosingClass(receiver, paths);
    if (typed) return methodOf(typed, name)?.fn ?? null;
    // `const api = { async reboot() {...}, callApi }; api.reboot()`.
    return init ? literalMethod(init, name, paths) : null;
  }
  // `super.getNode(id)`: the parent class's method, when that class is declared here.
  if (receiver.type === AST_NODE_TYPES.Super) {
    const body = enclosingClassBody(callee);
    const parent = body?.parent.superClass ? unwrapExpression(body.parent.superClass) : null;
    const def = parent?.type === AST_NODE_TYPES.Identifier ? paths.variableOf(parent)?.defs[0] : undefined;
    const declaration = def?.type === DefinitionType.ClassName ? def.node : null;
    if (!body || !declaration) return null;
    return methodOf(declaration.body, name, isInStaticMember(callee, body))?.fn ?? null;
  }
  // `new Helper(client).load(id)`.
  const instanceOf = constructedClass(receiver, paths);
  return instanceOf ? (methodOf(instanceOf.body, name)?.fn ?? null) : null;
}

/** The function an object literal holds under `name`: a method, a function value, or a local function named in it. */
function literalMethod(init: TSESTree.Node, name: string, paths: AccessPathResolver): FunctionNode | null {
  const object = unwrapExpression(init);
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return null;
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const property = object.properties[i];
    // A spread may hold the name: nothing is known.
    if (!property || property.type === AST_NODE_TYPES.SpreadElement) return null;
    if (staticPropertyName(property) !== name || property.kind !== 'init') continue;
    const value = unwrapExpression(property.value);
    if (isFunctionNode(value)) return value;
    if (value.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = paths.variableOf(value);
    return variable ? functionOfVariable(variable) : null;
  }
  return null;
}

/** The getter a read of `this.name` runs, when the enclosing class declares one (`get authHeader() {...}`), or null. */
export function localGetter(member: TSESTree.MemberExpression): FunctionNode | null {
  if (unwrapExpression(member.object).type !== AST_NODE_TYPES.ThisExpression) return null;
  const name = staticPropertyName(member);
  const body = name === null ? null : enclosingClassBody(member);
  if (!body || name === null) return null;
  const isStatic = isInStaticMember(member, body);
  for (const element of body.body) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== 'get' || element.static !== isStatic) continue;
    if (staticPropertyName(element) === name && isFunctionNode(element.value)) return element.value;
  }
  return null;
}

/**
 * The class of this file that `new C(...)` constructs, or null; also through a synchronous function
 * of the file every value it returns constructs (`const sentry = initSentry(env)` with `function
 * initSentry(env) { return new SentryClient(env) }`), one call deep.
 */
function constructedClass(expression: TSESTree.Node, paths: AccessPathResolver, depth = 0): TSESTree.ClassDeclaration | null {
  const inner = unwrapExpression(expression);
  if (inner.type === AST_NODE_TYPES.CallExpression && depth === 0) {
    const callee = unwrapExpression(inner.callee);
    const variable = callee.type === AST_NODE_TYPES.Identifier ? paths.variableOf(callee) : null;
    const maker = variable ? functionOfVariable(variable) : null;
    if (!maker || maker.async || maker.generator) return null;
    const made = returnedValues(maker).map((value) => constructedClass(value, paths, depth + 1));
    const [first] = made;
    return first && made.every((item) => item === first) ? first : null;
  }
  if (inner.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = unwrapExpression(inner.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const def = paths.variableOf(callee)?.defs[0];
  return def?.type === DefinitionType.ClassName && def.node.type === AST_NODE_TYPES.ClassDeclaration ? def.node : null;
}

/** A `const` holding `this` (`const self = this`). */
export function isThisAlias(identifier: TSESTree.Identifier, paths: AccessPathResolver): boolean {
  const def = paths.variableOf(identifier)?.defs[0];
  const init = def?.type === DefinitionType.Variable && def.node.parent.kind === 'const' && def.node.id === def.name ? def.node.init : null;
  return init !== null && unwrapExpression(init).type === AST_NODE_TYPES.ThisExpression;
}

/**
 * The body of the class a variable is declared to be an instance of, when that is the class the
 * variable is used in (`static panic(driver: IronicDriver)` in `IronicDriver`): its private members
 * are reachable on it, as on `this`.
 */
export function instanceOfEnclosingClass(identifier: TSESTree.Identifier, paths: AccessPathResolver): TSESTree.ClassBody | null {
  const def = paths.variableOf(identifier)?.defs[0];
  if (def?.type !== DefinitionType.Parameter && def?.type !== DefinitionType.Variable) return null;
  const annotation = def.name.type === AST_NODE_TYPES.Identifier ? def.name.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier || annotation.typeArguments) return null;
  const body = enclosingClassBody(identifier);
  return body?.parent.id?.name === annotation.typeName.name ? body : null;
}

/** Whether `node` is inside a static member (method, field or block) of `body`, with that member's `this`. */
function isInStaticMember(node: TSESTree.Node, body: TSESTree.ClassBody): boolean {
  for (let current = node.parent; current && current !== body; current = current.parent) {
    if (current.parent === body) return current.type === AST_NODE_TYPES.StaticBlock || ('static' in current && current.static);
    // A nested non-arrow function has a `this` of its own.
    const ownThis = current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression;
    if (ownThis && current.parent?.type !== AST_NODE_TYPES.MethodDefinition && current.parent?.type !== AST_NODE_TYPES.PropertyDefinition) return false;
  }
  return false;
}

/** The function a variable is bound to when it is a function declaration or a const-bound function. */
export function functionOfVariable(variable: TSESLint.Scope.Variable): FunctionNode | null {
  const def = variable.defs[0];
  if (!def || variable.defs.length !== 1) return null;
  if (def.type === DefinitionType.FunctionName && def.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
  if (def.type === DefinitionType.Variable && def.node.id.type === AST_NODE_TYPES.Identifier && def.node.parent.kind === 'const' && def.node.init) {
    const init = unwrapExpression(def.node.init);
    return isFunctionNode(init) ? init : null;
  }
  return null;
}

/**
 * The functions written as choices of the value of the `const` a variable is (`??`, `||`, either
 * branch of `?:`; the inverse of choiceDeclarator).
 */
export function choiceFunctionsOfVariable(variable: TSESLint.Scope.Variable): FunctionNode[] {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== DefinitionType.Variable || def.node.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return [];
  const found: FunctionNode[] = [];
  const visit = (node: TSESTree.Node): void => {
    const inner = unwrapExpression(node);
    if (isFunctionNode(inner)) found.push(inner);
    else if (inner.type === AST_NODE_TYPES.LogicalExpression && inner.operator !== '&&') [inner.left, inner.right].forEach(visit);
    else if (inner.type === AST_NODE_TYPES.ConditionalExpression) [inner.consequent, inner.alternate].forEach(visit);
  };
  // The value itself a function is no choice (functionOfVariable's).
  const init = unwrapExpression(def.node.init);
  if (!isFunctionNode(init)) visit(init);
  return found;
}

/**
 * Whether a call is written never to return: its same-file function is declared to return `never`
 * (`function fail(message: string): never`, `declare function fail(...): never`, a `const` arrow
 * function, a method of the class).
 */
export function isWrittenNever(call: TSESTree.CallExpression | TSESTree.NewExpression, paths: AccessPathResolver): boolean {
  const callee = unwrapExpression(call.callee);
  let declared: { returnType?: TSESTree.TSTypeAnnotation | undefined } | null = localCallee(call, paths);
  if (!declared && callee.type === AST_NODE_TYPES.Identifier) {
    const def = paths.variableOf(callee)?.defs[0];
    // `declare function fail(message: string): never` has no body, so it is no FunctionNode.
    if (def?.node.type === AST_NODE_TYPES.TSDeclareFunction) declared = def.node;
  }
  return declared?.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword;
}

interface MethodInfo {
  readonly fn: FunctionNode;
  readonly element: TSESTree.MethodDefinition | TSESTree.PropertyDefinition;
}

/** A method (or function-valued field) of a class body by name: an instance one, or a static one when `isStatic`. */
export function methodOf(body: TSESTree.ClassBody, name: string, isStatic = false): MethodInfo | null {
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.StaticBlock || element.static !== isStatic) continue;
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'method' && staticPropertyName(element) === name) {
      return isFunctionNode(element.value) ? { fn: element.value, element } : null;
    }
    if (element.type === AST_NODE_TYPES.PropertyDefinition && staticPropertyName(element) === name && element.value && isFunctionNode(element.value)) {
      return { fn: element.value, element };
    }
  }
  return null;
}

/**
 * Whether every caller of a function is visible in this file: a `private` / `#` method used only
 * by being called on `this` (an `other.#m()` call counts as another use), or a function that is
 * not exported where it is declared and is only ever called.
 * Anything referenced otherwise (passed as a callback, stored, exported) may be called from
 * anywhere: it is a boundary. One instance per file (it caches per class).
 */
export class PrivateHelpers {
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #thisUses = new WeakMap<TSESTree.ClassBody, Map<string, boolean>>();
  /** Per class, by member name: the reads of `this.name` in it, and whether it is used any other way. */
  readonly #memberUses = new WeakMap<TSESTree.ClassBody, Map<string, MemberUses>>();
  readonly #thisEscapesIn = new WeakMap<TSESTree.ClassBody, boolean>();

  readonly #paths: AccessPathResolver | null;

  /** @param paths resolves receivers declared as an instance of the class (`driver: IronicDriver`) */
  constructor(sourceCode: Readonly<TSESLint.SourceCode>, paths: AccessPathResolver | null = null) {
    this.#sourceCode = sourceCode;
    this.#paths = paths;
  }

  isPrivateHelper(fn: FunctionNode): boolean {
    const parent = fn.parent;
    // A private getter only read (`get #nodes() { return this.client.node.list(); }`): each read runs it.
    if (parent.type === AST_NODE_TYPES.MethodDefinition && parent.kind === 'get') return (this.getterReads(fn)?.length ?? 0) > 0;
    if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
      const isPrivate = parent.accessibility === 'private' || parent.key.type === AST_NODE_TYPES.PrivateIdentifier;
      const name = staticPropertyName(parent);
      if (name === null) return false;
      if (!isPrivate) return !parent.static && parent.accessibility !== 'protected' && this.#isInternalMethod(parent.parent, name);
      return this.#callsOnThis(parent.parent).get(`${parent.static ? 'static ' : ''}${name}`) ?? true;
    }
    // Also one of the choices of a `const`'s value (`const create = options.create ?? (() => ...)`), run where it is called.
    const declarator = parent.type === AST_NODE_TYPES.VariableDeclarator ? parent : choiceDeclarator(fn);
    const variables =
      fn.type === AST_NODE_TYPES.FunctionDeclaration
        ? this.#sourceCode.getDeclaredVariables(fn).filter((variable) => variable.defs.some((def) => def.type === DefinitionType.FunctionName))
        : declarator
          ? this.#sourceCode.getDeclaredVariables(declarator)
          : [];
    const [variable] = variables;
    if (variables.length !== 1 || !variable) return false;
    if (isExportedWhereDeclared(fn)) return false;
    return variable.references.every((reference) => reference.init === true || isCallee(reference.identifier));
  }

  /**
   * The reads of a private instance getter (`this.#nodes`, `this.ports` of `private get ports()`)
   * in its class, when that is all that is done with it (no write, no read from another object,
   * no setter of the same name); null for anything else.
   */
  getterReads(fn: FunctionNode): TSESTree.MemberExpression[] | null {
    const parent = fn.parent;
    if (parent.type !== AST_NODE_TYPES.MethodDefinition || parent.kind !== 'get' || parent.static) return null;
    if (parent.accessibility !== 'private' && parent.key.type !== AST_NODE_TYPES.PrivateIdentifier) return null;
    const name = staticPropertyName(parent);
    const body = parent.parent;
    if (name === null || body.body.some((member) => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'set' && staticPropertyName(member) === name)) return null;
    let uses = this.#memberUses.get(body);
    if (!uses) {
      uses = memberUsesOf(body);
      this.#memberUses.set(body, uses);
    }
    const found = uses.get(name);
    if (!found) return [];
    return found.other || found.onThis.some((member) => isWriteTarget(outermostWrapper(member))) ? null : found.onThis;
  }

  /**
   * A private method only called, or bound and handed on as a callback (`new Cron(pattern,
   * this.runJob.bind(this, job))`, `setInterval(this.#poll.bind(this), 1000)`): whoever runs it is
   * in this file, and a callback has no caller to tell.
   */
  isPrivateCallback(fn: FunctionNode): boolean {
    const parent = fn.parent;
    if (parent.type !== AST_NODE_TYPES.MethodDefinition && parent.type !== AST_NODE_TYPES.PropertyDefinition) return false;
    if (parent.accessibility !== 'private' && parent.key.type !== AST_NODE_TYPES.PrivateIdentifier) return false;
    const name = staticPropertyName(parent);
    if (name === null || parent.static) return false;
    const uses = { bound: 0, other: 0 };
    const visit = (node: TSESTree.Node): void => {
      if (node.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(node) === name && unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression) {
        if (isBoundCallback(node)) uses.bound++;
        else if (!isCallee(node)) uses.other++;
      }
      for (const child of childNodes(node)) visit(child);
    };
    visit(parent.parent);
    return uses.bound > 0 && uses.other === 0;
  }

  /**
   * Whether a public method of a class is only ever called in this file: the class is not
   * exported and is only constructed here (`new Helper(...)`, at least once; never extended,
   * passed or stored), its
   * instances are only used by their members (`new Helper(c).load(id)`, or a `const` read only as
   * `helper.x`), its `this` never leaves it, and each use of the method is a call.
   */
  #isInternalMethod(body: TSESTree.ClassBody, name: string): boolean {
    const declaration = body.parent;
    if (declaration.type !== AST_NODE_TYPES.ClassDeclaration || !declaration.id || isExportedClass(declaration)) return false;
    if (!(this.#callsOnThis(body).get(name) ?? true) || this.#thisEscapes(body)) return false;
    // The class's names: the declared one and the one its own body sees (`new Helper()` in a method).
    const variables = this.#sourceCode.getDeclaredVariables(declaration);
    const references = variables.flatMap((variable) => variable.references);
    // Never constructed here: made elsewhere (registered, decorated), its callers unknown.
    if (references.length === 0) return false;
    for (const reference of references) {
      const construction = reference.identifier.parent;
      if (construction.type !== AST_NODE_TYPES.NewExpression || construction.callee !== reference.identifier) return false;
      if (!this.#instanceOnlyCallsMethod(construction, name)) return false;
    }
    return true;
  }

  #instanceOnlyCallsMethod(construction: TSESTree.NewExpression, name: string): boolean {
    const wrapper = outermostWrapper(construction);
    const parent = wrapper.parent;
    const memberUse = (object: TSESTree.Node): boolean => {
      const member = outermostWrapper(object).parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outermostWrapper(object)) return false;
      return staticPropertyName(member) !== name || isCallee(member);
    };
    if (parent?.type === AST_NODE_TYPES.MemberExpression) return memberUse(construction);
    if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== wrapper || parent.id.type !== AST_NODE_TYPES.Identifier || parent.parent.kind !== 'const') return false;
    // `export const helper = new Helper()`: used from elsewhere.
    if (parent.parent.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return false;
    const [instance] = this.#sourceCode.getDeclaredVariables(parent);
    return instance?.references.every((reference) => reference.init === true || memberUse(reference.identifier)) ?? false;
  }

  /** Whether `this` of an instance member is used other than to reach a member (`register(this)`). */
  #thisEscapes(body: TSESTree.ClassBody): boolean {
    const cached = this.#thisEscapesIn.get(body);
    if (cached !== undefined) return cached;
    let escapes = false;
    const visit = (node: TSESTree.Node): void => {
      if (escapes) return;
      if (node.type === AST_NODE_TYPES.ThisExpression) {
        const parent = outermostWrapper(node).parent;
        if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outermostWrapper(node)) escapes = true;
        return;
      }
      for (const child of childNodes(node)) visit(child);
    };
    for (const element of body.body) if (!('static' in element && element.static)) visit(element);
    this.#thisEscapesIn.set(body, escapes);
    return escapes;
  }

  /** For each `this.name` used in a class body: whether every use is a call. */
  #callsOnThis(body: TSESTree.ClassBody): Map<string, boolean> {
    const cached = this.#thisUses.get(body);
    if (cached) return cached;
    // Keys: `name` for a use on an instance's `this`, `static name` for one on the class (`this` in
    // a static member, or the class's own name).
    const uses = new Map<string, boolean>();
    const className = body.parent.id?.name;
    const note = (key: string, node: TSESTree.MemberExpression): void => {
      uses.set(key, (uses.get(key) ?? true) && isCallee(node));
    };
    const visit = (node: TSESTree.Node, inStatic: boolean): void => {
      if (node.type === AST_NODE_TYPES.MemberExpression) {
        const name = staticPropertyName(node);
        const object = unwrapExpression(node.object);
        if (name !== null && object.type === AST_NODE_TYPES.ThisExpression) note(inStatic ? `static ${name}` : name, node);
        else if (name !== null && object.type === AST_NODE_TYPES.Identifier && object.name === className) note(`static ${name}`, node);
        // `driver.hardOff(node)` with `driver: IronicDriver`: a use on another instance.
        else if (name !== null && object.type === AST_NODE_TYPES.Identifier && this.#paths !== null && instanceOfEnclosingClass(object, this.#paths) === body) note(name, node);
        // `other.#helper()`: a call of the helper that `this.#helper` calls do not show.
        else if (name !== null && node.property.type === AST_NODE_TYPES.PrivateIdentifier) {
          uses.set(name, false);
          uses.set(`static ${name}`, false);
        }
      }
      for (const child of childNodes(node)) {
        // A member's own `this`: the class in a static member, an instance otherwise; a nested
        // non-arrow function has its own `this` (counted as an instance's, as before).
        const memberStatic = node === body ? child.type === AST_NODE_TYPES.StaticBlock || ('static' in child && child.static) : inStatic;
        visit(child, memberStatic && !(child.type === AST_NODE_TYPES.FunctionDeclaration || (child.type === AST_NODE_TYPES.FunctionExpression && node.type !== AST_NODE_TYPES.MethodDefinition && node.type !== AST_NODE_TYPES.PropertyDefinition)));
      }
    };
    visit(body, false);
    this.#thisUses.set(body, uses);
    return uses;
  }
}

/** `this.run.bind(this, ...)` given as an argument. */
function isBoundCallback(method: TSESTree.MemberExpression): boolean {
  const bind = method.parent;
  if (bind.type !== AST_NODE_TYPES.MemberExpression || bind.object !== method || staticPropertyName(bind) !== 'bind') return false;
  const call = bind.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== bind) return false;
  const wrapper = outermostWrapper(call);
  const outer = wrapper.parent;
  return (outer?.type === AST_NODE_TYPES.CallExpression || outer?.type === AST_NODE_TYPES.NewExpression) && outer.arguments.includes(wrapper as TSESTree.CallExpressionArgument);
}

const MAX_CLASS_DEPTH = 8;

/** A method of a class, or of the classes it extends that are declared in the file (`this.requireNode(i)` of `DriverBase`). */
function ownOrInheritedMethod(body: TSESTree.ClassBody, name: string, isStatic: boolean, paths: AccessPathResolver): FunctionNode | null {
  for (let current: TSESTree.ClassBody | null = body, depth = 0; current && depth < MAX_CLASS_DEPTH; current = parentClassBody(current, paths), depth++) {
    const found = methodOf(current, name, isStatic);
    if (found) return found.fn;
  }
  return null;
}

/** The body of the class a class extends, when that class is declared in the file (`extends DriverBase`). */
export function parentClassBody(body: TSESTree.ClassBody, paths: AccessPathResolver): TSESTree.ClassBody | null {
  const parent = body.parent.superClass ? unwrapExpression(body.parent.superClass) : null;
  const def = parent?.type === AST_NODE_TYPES.Identifier ? paths.variableOf(parent)?.defs[0] : undefined;
  const declaration = def?.type === DefinitionType.ClassName ? def.node : null;
  return declaration?.type === AST_NODE_TYPES.ClassDeclaration || declaration?.type === AST_NODE_TYPES.ClassExpression ? declaration.body : null;
}




function isCallee(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  return wrapper.parent?.type === AST_NODE_TYPES.CallExpression && wrapper.parent.callee === wrapper;
}

/** A class exported where it is declared or by name later (`export { Helper }`, `export default Helper`). */
function isExportedClass(declaration: TSESTree.ClassDeclaration): boolean {
  const outer = declaration.parent;
  if (outer.type === AST_NODE_TYPES.ExportNamedDeclaration || outer.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  // A later export is a reference other than `new`, which already makes it a boundary.
  return false;
}

/** Exported where it is declared: `export function f`, `export default function`, `export const f = ...`. */
export function isExportedWhereDeclared(fn: FunctionNode): boolean {
  const parent = fn.parent;
  const declaration = parent.type === AST_NODE_TYPES.VariableDeclarator ? parent.parent : fn;
  const outer = declaration.parent;
  return outer.type === AST_NODE_TYPES.ExportNamedDeclaration || outer.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

