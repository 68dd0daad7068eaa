/**
 * The value-flow engine: what a value is made of, within a function.
 *
 * Starting from an expression (a log call's argument), the engine walks backwards through what
 * produced it — variables and their reaching writes, destructuring, template literals,
 * concatenation, object and array literals, spreads, property reads of local objects, and the
 * calls a policy says carry their inputs — and asks the policy at every name and literal on the
 * way whether the value is a source. It returns each source found with the steps that carried it.
 *
 * Variables are resolved flow-sensitively enough for straight-line code to be exact: a use sees
 * the last write that runs before it on every path, plus later conditional writes, writes from a
 * loop around the use, and writes from nested functions. Mutations of a local object or array
 * before the use (`args.push(pw)`, `o.password = pw`) count as writes.
 *
 * Results are memoised per node, so every expression is walked once per file.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;

import type { AccessPathResolver } from '../matching/access-path.js';
import type { CallFlow } from '../matching/value-calls.js';
import { isFunctionNode, staticPropertyName, unwrapExpression } from '../matching/ast.js';
import { namesToBinding } from '../matching/access-path.js';

type Variable = TSESLint.Scope.Variable;

export type NameKind = 'call' | 'key' | 'parameter' | 'property' | 'variable';

export type { CallFlow };

/** The decisions the engine leaves to the rule. */
export interface ValuePolicy<Finding> {
  /**
   * A value known by a name: a variable, a property read, an object literal key (with its value
   * node), a parameter, a called function. Return a finding to stop at a source, `'clean'` to stop
   * without one, or undefined to keep walking into what produced the value.
   */
  onName(name: string, node: TSESTree.Node, kind: NameKind, value: TSESTree.Node | null): Finding | 'clean' | undefined;
  /**
   * Whether a finding from a value settles it (default: yes). A finding that is not conclusive
   * (a parameter the rule follows across functions) lets an object key still make the value a source.
   */
  isConclusive?(finding: Finding): boolean;
  /** What a call or `new` does with its inputs. */
  onCall(call: TSESTree.CallExpression | TSESTree.NewExpression): CallFlow;
  /** An interpolation whose place in a template makes it sensitive (the password of `${u}:${p}@host`). */
  onInterpolation?(template: TSESTree.TemplateLiteral, index: number): Finding | undefined;
  /** A string literal (or a template's static text) that reaches the sink. */
  onLiteral?(value: string, node: TSESTree.Node): Finding | undefined;
  /**
   * A whole value the engine cannot break down further (a parameter, a global, an unknown
   * property read's object, a call result): the place to ask the type checker.
   */
  onOpaque?(node: TSESTree.Node): Finding | undefined;
}

export interface Trace<Finding> {
  readonly finding: Finding;
  /** How the value travelled, from the sink back to the source. */
  readonly steps: readonly string[];
}

const MAX_TRACES = 16;
const MAX_DEPTH = 200;

/** One engine per rule invocation and policy; memoises per node. */
export class ValueFlow<Finding> {
  readonly #policy: ValuePolicy<Finding>;
  readonly #paths: AccessPathResolver;
  readonly #memo = new Map<TSESTree.Node, readonly Trace<Finding>[]>();
  readonly #inProgress = new Set<TSESTree.Node>();
  readonly #writesByVariable = new Map<Variable, readonly Write[]>();
  #depth = 0;

  constructor(policy: ValuePolicy<Finding>, paths: AccessPathResolver) {
    this.#policy = policy;
    this.#paths = paths;
  }

  /** Every source that reaches `node`, with its steps. */
  trace(node: TSESTree.Node): readonly Trace<Finding>[] {
    const cached = this.#memo.get(node);
    if (cached) return cached;
    if (this.#inProgress.has(node) || this.#depth > MAX_DEPTH) return [];
    this.#inProgress.add(node);
    this.#depth++;
    let result: readonly Trace<Finding>[];
    try {
      result = dedupe(this.#compute(node));
    } finally {
      this.#depth--;
      this.#inProgress.delete(node);
    }
    this.#memo.set(node, result);
    return result;
  }

  #through(node: TSESTree.Node, step: string | null): Trace<Finding>[] {
    const traces = this.trace(node);
    if (step === null) return [...traces];
    return traces.map((trace) => ({ finding: trace.finding, steps: [step, ...trace.steps] }));
  }

  #compute(raw: TSESTree.Node): Trace<Finding>[] {
    const node = unwrapExpression(raw);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' ? this.#literal(node.value, node) : [];
      case AST_NODE_TYPES.TemplateLiteral: {
        const traces: Trace<Finding>[] = [];
        for (const quasi of node.quasis) traces.push(...this.#literal(quasi.value.cooked ?? quasi.value.raw, node));
        for (const [index, expression] of node.expressions.entries()) {
          const positional = this.#policy.onInterpolation?.(node, index);
          if (positional !== undefined) traces.push({ finding: positional, steps: ['the template literal'] });
          traces.push(...this.#through(expression, 'the template literal'));
        }
        return traces;
      }
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return this.#call(node);
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator !== '+') return [];
        return [...this.#through(node.left, 'concatenation'), ...this.#through(node.right, 'concatenation')];
      case AST_NODE_TYPES.LogicalExpression:
        return [...this.#through(node.left, null), ...this.#through(node.right, null)];
      case AST_NODE_TYPES.ConditionalExpression:
        return [...this.#through(node.consequent, null), ...this.#through(node.alternate, null)];
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions[node.expressions.length - 1];
        return last ? this.#through(last, null) : [];
      }
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.operator === '+=') return [...this.#through(node.left, 'concatenation'), ...this.#through(node.right, 'concatenation')];
        return this.#through(node.right, null);
      case AST_NODE_TYPES.AwaitExpression:
        return this.#through(node.argument, null);
      case AST_NODE_TYPES.SpreadElement:
        return this.#through(node.argument, 'a spread');
      case AST_NODE_TYPES.ArrayExpression: {
        const traces: Trace<Finding>[] = [];
        for (const element of node.elements) if (element) traces.push(...this.#through(element, 'an array'));
        return traces;
      }
      case AST_NODE_TYPES.ObjectExpression:
        return this.#object(node);
      case AST_NODE_TYPES.Identifier:
        return this.#identifier(node);
      case AST_NODE_TYPES.MemberExpression:
        return this.#member(node);
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return this.#call(node);
      case AST_NODE_TYPES.ThisExpression:
        return this.#opaque(node);
      default:
        // Unary and arithmetic operators, `typeof`, functions, classes, `void`: value-free.
        return [];
    }
  }

  #literal(value: string, node: TSESTree.Node): Trace<Finding>[] {
    const finding = this.#policy.onLiteral?.(value, node);
    return finding === undefined ? [] : [{ finding, steps: [] }];
  }

  #opaque(node: TSESTree.Node): Trace<Finding>[] {
    const finding = this.#policy.onOpaque?.(node);
    return finding === undefined ? [] : [{ finding, steps: [] }];
  }

  #named(name: string, node: TSESTree.Node, kind: NameKind, value: TSESTree.Node | null): Trace<Finding>[] | 'clean' | undefined {
    const verdict = this.#policy.onName(name, node, kind, value);
    if (verdict === undefined) return undefined;
    if (verdict === 'clean') return 'clean';
    return [{ finding: verdict, steps: [] }];
  }

  #object(node: TSESTree.ObjectExpression): Trace<Finding>[] {
    const traces: Trace<Finding>[] = [];
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        traces.push(...this.#through(property.argument, 'a spread'));
        continue;
      }
      if (property.kind !== 'init' || property.method) continue;
      const value = property.value;
      const fromValue = this.#through(value, 'an object literal');
      traces.push(...fromValue);
      if (fromValue.some((trace) => this.#policy.isConclusive?.(trace.finding) ?? true)) continue;
      // The value is not a source by itself; its key may make it one (`{ password: x }`).
      const key = staticPropertyName(property);
      if (key === null) continue;
      const verdict = this.#named(key, property, 'key', value);
      if (verdict && verdict !== 'clean') traces.push(...verdict.map((trace) => ({ finding: trace.finding, steps: ['an object literal'] })));
    }
    return traces;
  }

  #identifier(node: TSESTree.Identifier): Trace<Finding>[] {
    if (node.name === 'undefined') return [];
    const variable = this.#paths.variableOf(node);
    const def = variable?.defs[0];
    const kind: NameKind = def?.type === DefinitionType.Parameter ? 'parameter' : 'variable';
    const verdict = this.#named(node.name, node, kind, null);
    if (verdict === 'clean') return [];
    if (verdict) return verdict;
    if (!variable || !def) return this.#opaque(node);
    if (def.type === DefinitionType.FunctionName || def.type === DefinitionType.ClassName || def.type === DefinitionType.TSEnumName || def.type === DefinitionType.Type) return [];
    const writes = this.#reachingWrites(variable, node);
    if (writes.length === 0) return this.#opaque(node);
    const step = `\`${node.name}\``;
    const traces: Trace<Finding>[] = [];
    for (const write of writes) traces.push(...this.#write(write, step));
    // Names found nothing: the whole value may still be sensitive by its type.
    return traces.length > 0 ? traces : this.#opaque(node);
  }

  #write(write: Write, step: string): Trace<Finding>[] {
    switch (write.kind) {
      case 'opaque':
        return this.#opaque(write.node).map((trace) => ({ finding: trace.finding, steps: [step, ...trace.steps] }));
      case 'value':
        return this.#through(write.value, step);
      case 'destructured':
        return this.#destructured(write.value, write.names, step, write.node);
      case 'element':
        return this.trace(write.value).map((trace) => ({ finding: trace.finding, steps: [step, 'iteration', ...trace.steps] }));
    }
  }

  /** The value at `names` inside `value`: `const { a: { b } } = value` reads value.a.b. */
  #destructured(value: TSESTree.Node, names: readonly string[], step: string, binding: TSESTree.Node): Trace<Finding>[] {
    const keys = patternKeysTo(binding);
    let current: TSESTree.Node = value;
    for (const [index, name] of names.entries()) {
      const verdict = this.#named(name, keys[index] ?? binding, 'property', null);
      if (verdict === 'clean') return [];
      if (verdict) return verdict.map((trace) => ({ finding: trace.finding, steps: [step, 'destructuring'] }));
      // A non-sensitive part of an object we cannot look into is clean.
      const member = this.#literalMember(current, name);
      if (!member) return [];
      current = member;
    }
    if (names.length === 0) return this.#through(current, step);
    return this.trace(current).map((trace) => ({ finding: trace.finding, steps: [step, 'destructuring', ...trace.steps] }));
  }

  #member(node: TSESTree.MemberExpression): Trace<Finding>[] {
    const name = staticPropertyName(node);
    if (name === null) return [];
    const verdict = this.#named(name, node, 'property', null);
    if (verdict === 'clean') return [];
    if (verdict) return verdict;
    const member = this.#literalMember(node.object, name);
    if (member) return this.#through(member, null);
    return this.#opaque(node);
  }

  /** The expression stored under `name` when `object` resolves to a local object or array literal. */
  #literalMember(object: TSESTree.Node, name: string): TSESTree.Node | null {
    let current = unwrapExpression(object);
    for (let hops = 0; hops < 8; hops++) {
      if (current.type === AST_NODE_TYPES.ObjectExpression) {
        for (let i = current.properties.length - 1; i >= 0; i--) {
          const property = current.properties[i];
          if (!property || property.type === AST_NODE_TYPES.SpreadElement) continue;
          if (staticPropertyName(property) === name) return property.value;
        }
        return null;
      }
      if (current.type === AST_NODE_TYPES.ArrayExpression) {
        const index = Number(name);
        const element = Number.isInteger(index) ? current.elements[index] : undefined;
        return element ?? null;
      }
      if (current.type === AST_NODE_TYPES.Identifier) {
        const variable = this.#paths.variableOf(current);
        const target = variable ? this.#paths.aliasTargetOf(variable) : null;
        if (!target || target.names.length > 0) return null;
        current = unwrapExpression(target.expression);
        continue;
      }
      return null;
    }
    return null;
  }

  #call(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression): Trace<Finding>[] {
    if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      return node.quasi.expressions.flatMap((expression) => this.#through(expression, 'a tagged template'));
    }
    const callee = unwrapExpression(node.callee);
    const calleeName =
      callee.type === AST_NODE_TYPES.Identifier
        ? callee.name
        : callee.type === AST_NODE_TYPES.MemberExpression
          ? staticPropertyName(callee)
          : null;
    if (calleeName !== null) {
      const verdict = this.#named(calleeName, node, 'call', null);
      if (verdict === 'clean') return [];
      if (verdict) return verdict;
    }
    const flow = this.#policy.onCall(node);
    switch (flow.kind) {
      case 'clean':
        return [];
      case 'opaque':
        return this.#opaque(node);
      case 'through': {
        const traces: Trace<Finding>[] = [];
        for (const input of flow.inputs) traces.push(...this.#through(input, flow.step));
        return traces;
      }
    }
  }

  #reachingWrites(variable: Variable, use: TSESTree.Identifier): Write[] {
    const all = this.#writesOf(variable);
    return selectReaching(all, use);
  }

  #writesOf(variable: Variable): readonly Write[] {
    const cached = this.#writesByVariable.get(variable);
    if (cached) return cached;
    const writes: Write[] = [];
    for (const definition of variable.defs) {
      if (definition.type === DefinitionType.Parameter) {
        const parameterNode = definition.name;
        const withDefault = parameterNode.parent.type === AST_NODE_TYPES.AssignmentPattern ? parameterNode.parent : null;
        writes.push({ kind: 'opaque', node: parameterNode, position: parameterNode.range[0], anchor: parameterNode });
        if (withDefault) writes.push({ kind: 'value', value: withDefault.right, node: parameterNode, position: parameterNode.range[0], anchor: parameterNode });
      } else if (definition.type === DefinitionType.CatchClause || definition.type === DefinitionType.ImportBinding) {
        writes.push({ kind: 'opaque', node: definition.name, position: definition.name.range[0], anchor: definition.name });
      }
    }
    for (const reference of variable.references) {
      if (!reference.isWrite()) {
        writes.push(...mutationsOf(reference.identifier));
        continue;
      }
      const identifier = reference.identifier as TSESTree.Identifier;
      const written = writtenValue(identifier, reference.writeExpr ?? null);
      if (written) writes.push(written);
    }
    this.#writesByVariable.set(variable, writes);
    return writes;
  }
}

/** A write that may give a variable its value. */
type Write =
  | { kind: 'destructured'; value: TSESTree.Node; names: readonly string[]; node: TSESTree.Node; position: number; anchor: TSESTree.Node }
  | { kind: 'element'; value: TSESTree.Node; node: TSESTree.Node; position: number; anchor: TSESTree.Node }
  | { kind: 'opaque'; node: TSESTree.Node; position: number; anchor: TSESTree.Node }
  | { kind: 'value'; value: TSESTree.Node; node: TSESTree.Node; position: number; anchor: TSESTree.Node; mutation?: boolean };

function writtenValue(identifier: TSESTree.Identifier, writeExpr: TSESTree.Node | null): Write | null {
  const position = identifier.range[0];
  // The statement-level node that performs the write decides when it runs.
  let container: TSESTree.Node = identifier;
  let patternRoot: TSESTree.Node = identifier;
  for (;;) {
    const parent: TSESTree.Node = container.parent;
    if (
      parent.type !== AST_NODE_TYPES.ObjectPattern &&
      parent.type !== AST_NODE_TYPES.ArrayPattern &&
      parent.type !== AST_NODE_TYPES.Property &&
      parent.type !== AST_NODE_TYPES.AssignmentPattern &&
      parent.type !== AST_NODE_TYPES.RestElement
    ) {
      break;
    }
    container = parent;
    if (parent.type === AST_NODE_TYPES.ObjectPattern || parent.type === AST_NODE_TYPES.ArrayPattern) patternRoot = parent;
  }
  const owner: TSESTree.Node = container.parent;
  if (owner.type === AST_NODE_TYPES.ForOfStatement || owner.type === AST_NODE_TYPES.ForInStatement ||
    (owner.type === AST_NODE_TYPES.VariableDeclarator && (owner.parent.parent.type === AST_NODE_TYPES.ForOfStatement || owner.parent.parent.type === AST_NODE_TYPES.ForInStatement) && owner.init === null)) {
    const loop = owner.type === AST_NODE_TYPES.VariableDeclarator ? owner.parent.parent : owner;
    if (loop.type !== AST_NODE_TYPES.ForOfStatement && loop.type !== AST_NODE_TYPES.ForInStatement) return null;
    if (loop.type === AST_NODE_TYPES.ForInStatement) return { kind: 'opaque', node: identifier, position, anchor: loop };
    return { kind: 'element', value: loop.right, node: identifier, position, anchor: loop.body };
  }
  if (!writeExpr) return { kind: 'opaque', node: identifier, position, anchor: identifier };
  const anchor = owner.type === AST_NODE_TYPES.VariableDeclarator ? owner : owner;
  if (patternRoot !== identifier) {
    if (hasRestAbove(identifier, patternRoot)) {
      return { kind: 'value', value: writeExpr, node: identifier, position, anchor };
    }
    const names = namesToBinding(patternRoot, identifier);
    if (!names) return { kind: 'opaque', node: identifier, position, anchor };
    return { kind: 'destructured', value: writeExpr, names, node: identifier, position, anchor };
  }
  if (owner.type === AST_NODE_TYPES.AssignmentExpression && owner.operator !== '=' && owner.operator !== '+=') {
    if (owner.operator === '||=' || owner.operator === '&&=' || owner.operator === '??=') {
      return { kind: 'value', value: owner.right, node: identifier, position, anchor: owner };
    }
    return null;
  }
  if (owner.type === AST_NODE_TYPES.AssignmentExpression && owner.operator === '+=') {
    return { kind: 'value', value: owner, node: identifier, position, anchor: owner };
  }
  return { kind: 'value', value: writeExpr, node: identifier, position, anchor };
}

/** The keys of the pattern properties leading from the pattern's root to a binding, outermost first. */
function patternKeysTo(binding: TSESTree.Node): TSESTree.Node[] {
  const keys: TSESTree.Node[] = [];
  let current: TSESTree.Node = binding;
  while (current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectPattern) keys.unshift(parent.key);
    else if (parent.type !== AST_NODE_TYPES.ObjectPattern && parent.type !== AST_NODE_TYPES.ArrayPattern && parent.type !== AST_NODE_TYPES.AssignmentPattern) break;
    current = parent;
  }
  return keys;
}

/** Whether the binding sits under a rest element (`const { a, ...rest } = x` binds rest to what remains of x). */
function hasRestAbove(identifier: TSESTree.Node, patternRoot: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = identifier.parent;
  while (current && current !== patternRoot.parent) {
    if (current.type === AST_NODE_TYPES.RestElement) return true;
    current = current.parent;
  }
  return false;
}

/** `v.push(x)`, `v.unshift(x)`, `v.key = x`, `v[i] = x`, `Object.assign(v, x)`: later writes into a local object. */
function mutationsOf(identifier: TSESTree.Node): Write[] {
  const parent = identifier.parent;
  if (!parent) return [];
  const write = (value: TSESTree.Node, anchor: TSESTree.Node): Write => ({
    kind: 'value',
    value,
    node: identifier,
    position: identifier.range[0],
    anchor,
    mutation: true,
  });
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
    const grand = parent.parent;
    if (grand.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) return [write(grand.right, grand)];
    if (grand.type === AST_NODE_TYPES.CallExpression && grand.callee === parent) {
      const method = staticPropertyName(parent);
      if (method === 'push' || method === 'unshift') return grand.arguments.map((argument) => write(argument, grand));
      if (method === 'splice') return grand.arguments.slice(2).map((argument) => write(argument, grand));
    }
    return [];
  }
  if (
    parent.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments[0] === identifier &&
    parent.callee.type === AST_NODE_TYPES.MemberExpression &&
    parent.callee.object.type === AST_NODE_TYPES.Identifier &&
    parent.callee.object.name === 'Object' &&
    staticPropertyName(parent.callee) === 'assign'
  ) {
    return parent.arguments.slice(1).map((argument) => write(argument, parent));
  }
  return [];
}

/**
 * The writes that may reach a use: the last write before it that runs unconditionally on the
 * way to the use, every write after that one (they may run), writes in a loop around the use,
 * and writes from other functions (closures may run at any time).
 */
function selectReaching(writes: readonly Write[], use: TSESTree.Identifier): Write[] {
  const useFunction = functionOf(use);
  const position = use.range[0];
  const before: Write[] = [];
  const later: { write: Write; loop: TSESTree.Node }[] = [];
  const others: Write[] = [];
  for (const write of writes) {
    if (write.node === use) continue;
    if (functionOf(write.anchor) !== useFunction && !isParameterOf(write, useFunction)) {
      others.push(write);
      continue;
    }
    if (write.position < position && (!contains(write.anchor, use) || write.kind === 'element')) {
      before.push(write);
      continue;
    }
    const loop = sharedLoop(write.anchor, use, useFunction);
    if (loop) later.push({ write, loop });
  }
  before.sort((a, b) => a.position - b.position);
  let start = 0;
  let dominating: Write | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const write = before[i];
    if (write && !isMutation(write) && runsBefore(write.anchor, use)) {
      start = i;
      dominating = write;
      break;
    }
  }
  // A value written on every iteration before the use hides what later iterations write after it.
  const carried = later.filter(({ loop }) => !dominating || !contains(loop, dominating.anchor));
  return [...before.slice(start), ...carried.map(({ write }) => write), ...others];
}

function isMutation(write: Write): boolean {
  return write.kind === 'value' && write.mutation === true;
}

function isParameterOf(write: Write, fn: TSESTree.Node | null): boolean {
  return fn !== null && write.anchor.parent === fn;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function functionOf(node: TSESTree.Node): TSESTree.Node | null {
  let current = node.parent;
  while (current) {
    if (isFunctionNode(current)) return current;
    current = current.parent;
  }
  return null;
}

const CONDITIONAL_TYPES = new Set<string>([
  AST_NODE_TYPES.IfStatement,
  AST_NODE_TYPES.ConditionalExpression,
  AST_NODE_TYPES.LogicalExpression,
  AST_NODE_TYPES.SwitchStatement,
  AST_NODE_TYPES.TryStatement,
  AST_NODE_TYPES.CatchClause,
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
  AST_NODE_TYPES.ChainExpression,
]);

/** Whether the write certainly runs before the use: nothing conditional between it and their common ancestor. */
function runsBefore(write: TSESTree.Node, use: TSESTree.Node): boolean {
  let current: TSESTree.Node = write;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    const conditional = CONDITIONAL_TYPES.has(parent.type);
    if (contains(parent, use)) return !conditional || runsFirst(parent, current);
    if (conditional && !runsFirst(parent, current)) return false;
    if (isFunctionNode(parent)) return false;
    current = parent;
  }
}

/** Whether `child` is the part of a conditional construct that always runs. */
function runsFirst(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === child;
    case AST_NODE_TYPES.SwitchStatement:
      return parent.discriminant === child;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.left === child;
    case AST_NODE_TYPES.ForStatement:
      return parent.init === child;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return parent.right === child;
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return parent.test === child && parent.type === AST_NODE_TYPES.WhileStatement;
    default:
      return false;
  }
}

/** The innermost loop inside the use's function that encloses both the write and the use. */
function sharedLoop(write: TSESTree.Node, use: TSESTree.Node, useFunction: TSESTree.Node | null): TSESTree.Node | null {
  let current: TSESTree.Node | undefined = use.parent;
  while (current && current !== useFunction) {
    switch (current.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        if (contains(current, write)) return current;
        break;
      default:
        break;
    }
    current = current.parent;
  }
  return null;
}

function dedupe<Finding>(traces: readonly Trace<Finding>[]): readonly Trace<Finding>[] {
  const seen = new Map<Finding, Trace<Finding>>();
  for (const trace of traces) {
    const existing = seen.get(trace.finding);
    if (!existing || existing.steps.length > trace.steps.length) seen.set(trace.finding, trace);
  }
  return [...seen.values()].slice(0, MAX_TRACES);
}
