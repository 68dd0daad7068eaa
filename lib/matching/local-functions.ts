/**
 * Same-file functions: which function a call invokes, and whether all of a function's callers
 * can be seen (a private helper) or not (a boundary).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint as Lint } from '@typescript-eslint/utils';

import type { AccessPathResolver } from './access-path.js';
import type { FunctionNode } from './ast.js';
import { enclosingClassBody } from './access-path.js';
import { childNodes, isFunctionNode, outermostWrapper, staticPropertyName, unwrapExpression } from './ast.js';

const { DefinitionType } = Lint.Scope;

/** The same-file function a call invokes: a declared or const-bound function, or a method of the enclosing class called on `this`. */
export function localCallee(call: TSESTree.CallExpression | TSESTree.NewExpression, paths: AccessPathResolver): FunctionNode | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = paths.variableOf(callee);
    return variable ? functionOfVariable(variable) : null;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.ThisExpression) {
    const name = staticPropertyName(callee);
    const body = enclosingClassBody(callee);
    if (name === null || !body) return null;
    return methodOf(body, name)?.fn ?? null;
  }
  return null;
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

interface MethodInfo {
  readonly fn: FunctionNode;
  readonly element: TSESTree.MethodDefinition | TSESTree.PropertyDefinition;
}

/** A non-static method (or function-valued field) of a class body by name. */
export function methodOf(body: TSESTree.ClassBody, name: string): MethodInfo | null {
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.StaticBlock || element.static) continue;
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

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.#sourceCode = sourceCode;
  }

  isPrivateHelper(fn: FunctionNode): boolean {
    const parent = fn.parent;
    if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
      const isPrivate = parent.accessibility === 'private' || parent.key.type === AST_NODE_TYPES.PrivateIdentifier;
      if (!isPrivate || parent.static) return false;
      const name = staticPropertyName(parent);
      return name !== null && (this.#callsOnThis(parent.parent).get(name) ?? true);
    }
    const variables =
      fn.type === AST_NODE_TYPES.FunctionDeclaration
        ? this.#sourceCode.getDeclaredVariables(fn).filter((variable) => variable.defs.some((def) => def.type === DefinitionType.FunctionName))
        : parent.type === AST_NODE_TYPES.VariableDeclarator
          ? this.#sourceCode.getDeclaredVariables(parent)
          : [];
    const [variable] = variables;
    if (variables.length !== 1 || !variable) return false;
    if (isExported(fn)) return false;
    return variable.references.every((reference) => reference.init === true || isCallee(reference.identifier));
  }

  /** For each `this.name` used in a class body: whether every use is a call. */
  #callsOnThis(body: TSESTree.ClassBody): Map<string, boolean> {
    const cached = this.#thisUses.get(body);
    if (cached) return cached;
    const uses = new Map<string, boolean>();
    const visit = (node: TSESTree.Node): void => {
      if (node.type === AST_NODE_TYPES.MemberExpression) {
        const name = staticPropertyName(node);
        if (name !== null && unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression) uses.set(name, (uses.get(name) ?? true) && isCallee(node));
        // `other.#helper()`: a call of the helper that `this.#helper` calls do not show.
        else if (name !== null && node.property.type === AST_NODE_TYPES.PrivateIdentifier) uses.set(name, false);
      }
      for (const child of childNodes(node)) visit(child);
    };
    visit(body);
    this.#thisUses.set(body, uses);
    return uses;
  }
}

function isCallee(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  return wrapper.parent?.type === AST_NODE_TYPES.CallExpression && wrapper.parent.callee === wrapper;
}

/** Exported where it is declared: `export function f`, `export default function`, `export const f = ...`. */
function isExported(fn: FunctionNode): boolean {
  const parent = fn.parent;
  const declaration = parent.type === AST_NODE_TYPES.VariableDeclarator ? parent.parent : fn;
  const outer = declaration.parent;
  return outer.type === AST_NODE_TYPES.ExportNamedDeclaration || outer.type === AST_NODE_TYPES.ExportDefaultDeclaration;
}

