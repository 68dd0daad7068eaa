/**
 * The value-flow engine: what a value is made of, within a function.
 *
 * Starting from an expression (a log call's argument), the engine walks backwards through what
 * produced it — variables and their reaching writes, destructuring (nested patterns, defaults,
 * rests, for-of bindings), template literals, concatenation, object and array literals, spreads,
 * field reads of objects it can resolve, and the calls a policy says carry their inputs — and asks
 * the policy at every name and literal on the way whether the value is a source. It returns each
 * source found with the steps and the expressions that carried it.
 *
 * Variables are resolved flow-sensitively enough for straight-line code to be exact: a use sees
 * the last write that runs before it on every path, plus later conditional writes, writes from a
 * loop around the use, and writes from nested functions. Mutations of a local object or array
 * before the use (`args.push(pw)`, `o.password = pw`) count as writes. A field is read through
 * the object literals a variable may hold (`let o = {...}; o.a`), the last write of a key winning
 * over a spread. A variable that only ever holds value-free values (`Boolean(x)`, `a > b`) is not
 * asked about by name.
 *
 * Results are memoised per node, so every expression is walked once per file.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, TSESLint } from '@typescript-eslint/utils';

const { DefinitionType } = TSESLint.Scope;

import type { AccessPathResolver } from '../matching/access-path.js';
import type { CallFlow } from '../matching/value-calls.js';
import { isJsonStringify, isWrittenOutContainer, WRITTEN_OUT } from '../matching/value-calls.js';
import type { FunctionNode } from '../matching/ast.js';
import type { StepSummary } from '../step-summary.js';
import type { TextConversion } from '../matching/text-conversion.js';
import { arraySourceOf, childNodes, collectInTry, COMPARISON_OPERATORS, contains, elementSourceOf, enclosingFunction, functionName, identifiersReadIn, isArrayChangingCall, isElementCallback, isFunctionNode, isWriteTarget, LOOP_TYPES, outermostWrapper, promiseMethodOf, returnedValues, staticChainOf, staticPropertyName, stringLiteralValue, unwrapExpression } from '../matching/ast.js';
import { localCallee, localGetter } from '../matching/local-functions.js';
import type { GuardIndex } from '../matching/falsy-narrowing.js';
import { guardingTest, isKnownFalsy } from '../matching/falsy-narrowing.js';
import { showsNonSecretKey } from '../matching/key-redaction.js';
import { chainHeadCalls } from '../matching/request-errors.js';
import { MAX_STEPS_SHOWN } from '../step-summary.js';

type Variable = TSESLint.Scope.Variable;

export type NameKind = 'call' | 'key' | 'parameter' | 'property' | 'variable';

export type { CallFlow };

/** The decisions the engine leaves to the rule. */
export interface ValuePolicy<Finding> {
  /**
   * A value known by a name: a variable, a property read, an object literal key (with its value
   * node), a parameter, a called function. Return a finding to stop at a source, `'clean'` to stop
   * without one, or undefined to keep walking into what produced the value. For a variable,
   * `value` is what it is declared with when every value it holds is written out in the function
   * (an object literal and the parts stored into it): what the name says may then be checked.
   */
  onName(name: string, node: TSESTree.Node, kind: NameKind, value: TSESTree.Node | null): Finding | 'clean' | undefined;
  /**
   * Whether a finding from a value settles it (default: yes). A finding that is not conclusive
   * (a parameter the rule follows across functions) lets an object key still make the value a source.
   */
  isConclusive?(finding: Finding): boolean;
  /** What a call or `new` does with its inputs. */
  onCall(call: TSESTree.CallExpression | TSESTree.NewExpression): CallFlow;
  /** Whether a template tag makes what it is given clean (a sanitizer used as a tag: `` redact`${password}` ``; default: no). */
  isCleaningTag?(tag: TSESTree.Expression): boolean;
  /** Whether a finding passes through a call that carries its inputs (default: yes). */
  passes?(finding: Finding, flow: Extract<CallFlow, { kind: 'through' }>): boolean;
  /** An interpolation whose place in a template makes it sensitive (the password of `${u}:${p}@host`). */
  onInterpolation?(template: TSESTree.TemplateLiteral, index: number): Finding | undefined;
  /** A string literal (or a template's static text) that reaches the sink. */
  onLiteral?(value: string, node: TSESTree.Node): Finding | undefined;
  /**
   * A whole value the engine cannot break down further (a parameter, a global, an unknown
   * property read's object, a call result): the place to ask the type checker.
   */
  onOpaque?(node: TSESTree.Node): Finding | undefined;
  /**
   * The parameter declaration a finding stands for (a value the rule follows into callers), or
   * null. Given, a call of a same-file function the policy does not know carries what the function
   * returns, with its parameters' findings replaced by what the call passes (`connectionUrl(cfg)`).
   */
  parameterOf?(finding: Finding): TSESTree.Node | null;
  /**
   * A part of a parameter read where nothing else is known of it (`req.body` of a parameter `req`):
   * a finding standing for it, which `parameterOf` returns the read of (see {@link parameterPart}).
   */
  onParameterPart?(read: TSESTree.Node): Finding | undefined;
  /**
   * The variable use a finding rests on by its name alone (`token` is a secret because it is
   * called so), or null. Across a return, the callee's own names say nothing of the caller's
   * value: a local's name is dropped, a parameter's is replaced by what the call passes.
   */
  namedVariableOf?(finding: Finding): TSESTree.Identifier | null;
  /**
   * For a finding on a variable known to carry secrets only by the parts the file reads out of it,
   * those parts (dotted below the variable: `network.networkKey`); null otherwise. A text whose
   * every such part is cut out of it (see `removes`) holds none of them.
   */
  carriedParts?(finding: Finding): { readonly node: TSESTree.Node; readonly parts: readonly string[] } | null;
  /**
   * Whether a finding judges a whole value by its type (an object type with a secret property):
   * for a part taken out of it (`const [key] = entry`), the part's own type is asked instead.
   */
  isWholeTypeFinding?(finding: Finding): boolean;
  /**
   * Whether a finding no longer holds of a variable where it is read (`use`), a test before it
   * having shown what it is (`if (!isAxiosError(err)) log(err)`: no request there). Default: no.
   */
  isNarrowedAwayAt?(finding: Finding, use: TSESTree.Identifier): boolean;
  /**
   * Whether the value's text (a template literal, `+`, `String(x)`, `x.toString()`) shows the
   * secret: not for an error that holds it in another part (its text is its message). Default: yes.
   */
  showsInText?(finding: Finding): boolean;
  /**
   * How a value becomes text by its type (see text-conversion): `object` when it prints as
   * `[object Object]` (nothing of it reaches the text), or a method of the file whose returns are
   * the text (`toString() { return \`Device(${this.host})\` }`); null when its own sources do.
   */
  textOf?(node: TSESTree.Node): TextConversion | null;
  /**
   * Whether a value spread into an object literal holds nothing once the keys written after it
   * overwrite their namesakes (`{ ...auth, password: '***' }`), as its type shows (default: no).
   */
  isCleanWithout?(node: TSESTree.Node, without: ReadonlySet<string>): boolean;
  /** The string a computed key always holds when the file does not show it (by its type: an imported enum member or `const`), or null. */
  constantKey?(key: TSESTree.Node): string | null;
  /**
   * Whether a text names what the policy looks for (`password`), for redaction by key: a pair of
   * entries whose key a test has shown not to name one carries nothing (see key-redaction; default: none).
   */
  isSecretKeyText?(text: string): boolean;
  /**
   * Whether a finding no longer holds once the keys `without` are overwritten or removed from the
   * object `spread` (the finding's own value spread or copied, not a container of it; default: no).
   */
  isClearedWithout?(finding: Finding, without: ReadonlySet<string>, spread: TSESTree.Node): boolean;
}

export interface Trace<Finding> {
  readonly finding: Finding;
  /** How the value travelled, from the sink back to the source. */
  readonly steps: readonly string[];
  /** The expressions the value passed through, from the traced node inward (the last is nearest the source). */
  readonly via: readonly TSESTree.Node[];
  /** Whether the value passed through a call the policy does not know (a `through` flow marked unknown). */
  readonly throughUnknownCall?: boolean;
  /** Whether the value was turned into text on the way (a template literal, a concatenation, `String(x)`). */
  readonly throughText?: boolean;
  /** The steps for a message, kept up to date as steps are added (a long path costs nothing to describe). */
  readonly stepSummary?: StepSummary;
}


const MAX_TRACES = 16;
/** The default library's error constructors. */
const BUILT_IN_ERRORS: ReadonlySet<string> = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError']);


/** Properties that count (`.length`, `.size`): a value-free read of anything. */
const VALUE_FREE_PROPERTIES: ReadonlySet<string> = new Set(['length', 'size', 'byteLength']);
/** Properties showing an error's text or a URL's whole: `message`, `stack`, `href`. */
const VIEW_PROPERTIES: ReadonlySet<string> = new Set(['message', 'stack', 'href']);
/** The parts of a URL that hold credentials. */
const URL_CREDENTIALS: ReadonlySet<string> = new Set(['password', 'username']);


/** A persistent list: sharing tails, so that each step outward costs one cell, not a copy. */
interface Link<T> {
  readonly head: T;
  readonly tail: Link<T> | null;
  readonly size: number;
}

function prepend<T>(items: readonly T[], tail: Link<T> | null): Link<T> | null {
  let list = tail;
  for (let i = items.length - 1; i >= 0; i--) list = { head: items[i] as T, tail: list, size: (list?.size ?? 0) + 1 };
  return list;
}

/** A cell of a step list, with what a summary needs: runs of equal steps, the first runs from the source, the last two. */
interface StepLink extends Link<string> {
  readonly tail: StepLink | null;
  /** Runs of equal consecutive steps in the list. */
  readonly runs: number;
  /** The first runs read from the source end (at most MAX_STEPS_SHOWN). */
  readonly fromSource: readonly string[];
  /** The last two runs, nearest the sink first. */
  readonly nearSink: readonly string[];
}

function prependSteps(steps: readonly string[], tail: StepLink | null): StepLink | null {
  let list = tail;
  for (let i = steps.length - 1; i >= 0; i--) {
    const head = steps[i] as string;
    const repeats = list !== null && list.head === head;
    const fromSource = list?.fromSource ?? [];
    list = {
      head,
      tail: list,
      size: (list?.size ?? 0) + 1,
      runs: (list?.runs ?? 0) + (repeats ? 0 : 1),
      fromSource: repeats || fromSource.length >= MAX_STEPS_SHOWN ? fromSource : [...fromSource, head],
      nearSink: repeats ? (list?.nearSink ?? []) : [head, ...(list?.nearSink ?? []).slice(0, 1)],
    };
  }
  return list;
}

function summaryOf(steps: StepLink | null): StepSummary {
  if (!steps) return { first: [], omitted: 0, last: [] };
  if (steps.runs <= MAX_STEPS_SHOWN) return { first: steps.fromSource, omitted: 0, last: [] };
  return { first: steps.fromSource.slice(0, MAX_STEPS_SHOWN - 3), omitted: steps.runs - (MAX_STEPS_SHOWN - 1), last: [...steps.nearSink].reverse() };
}

function listToArray<T>(list: Link<T> | null): T[] {
  const items: T[] = [];
  for (let cell = list; cell; cell = cell.tail) items.push(cell.head);
  return items;
}

/**
 * A trace as the engine builds it: steps and carriers prepended as the walk returns outward
 * (linear in a chain's length, where copying arrays was quadratic), turned into arrays when read.
 */
class ChainedTrace<Finding> implements Trace<Finding> {
  readonly finding: Finding;
  readonly throughUnknownCall: boolean;
  readonly throughText: boolean;
  readonly #steps: StepLink | null;
  readonly #via: Link<TSESTree.Node> | null;
  #stepArray: readonly string[] | null = null;
  #viaArray: readonly TSESTree.Node[] | null = null;

  private constructor(finding: Finding, steps: StepLink | null, via: Link<TSESTree.Node> | null, throughUnknownCall: boolean, throughText: boolean) {
    this.finding = finding;
    this.#steps = steps;
    this.#via = via;
    this.throughUnknownCall = throughUnknownCall;
    this.throughText = throughText;
  }

  static leaf<Finding>(finding: Finding, steps: readonly string[], via: readonly TSESTree.Node[]): ChainedTrace<Finding> {
    return new ChainedTrace(finding, prependSteps(steps, null), prepend(via, null), false, false);
  }

  get steps(): readonly string[] {
    this.#stepArray ??= listToArray(this.#steps);
    return this.#stepArray;
  }

  get via(): readonly TSESTree.Node[] {
    this.#viaArray ??= listToArray(this.#via);
    return this.#viaArray;
  }

  /** The carriers from the traced node inward, without building the array. */
  *carriers(): Generator<TSESTree.Node> {
    for (let cell = this.#via; cell; cell = cell.tail) yield cell.head;
  }

  get stepSummary(): StepSummary {
    return summaryOf(this.#steps);
  }

  get stepCount(): number {
    return this.#steps?.size ?? 0;
  }

  /** The same trace, having passed through `node` on its way out. */
  through(node: TSESTree.Node): ChainedTrace<Finding> {
    return new ChainedTrace(this.finding, this.#steps, { head: node, tail: this.#via, size: (this.#via?.size ?? 0) + 1 }, this.throughUnknownCall, this.throughText);
  }

  withSteps(steps: readonly string[]): ChainedTrace<Finding> {
    return new ChainedTrace(this.finding, prependSteps(steps, this.#steps), this.#via, this.throughUnknownCall, this.throughText);
  }

  throughUnknown(): ChainedTrace<Finding> {
    return new ChainedTrace(this.finding, this.#steps, this.#via, true, this.throughText);
  }

  asText(): ChainedTrace<Finding> {
    return this.throughText ? this : new ChainedTrace(this.finding, this.#steps, this.#via, this.throughUnknownCall, true);
  }
}
const MAX_DEPTH = 200;

/** One engine per rule invocation and policy; memoises per node. */
export class ValueFlow<Finding> {
  readonly #policy: ValuePolicy<Finding>;
  readonly #paths: AccessPathResolver;
  readonly #memo = new Map<TSESTree.Node, readonly ChainedTrace<Finding>[]>();
  readonly #inProgress = new Set<TSESTree.Node>();
  readonly #preparedByVariable = new Map<Variable, PreparedWrites>();
  readonly #valueFree = new WeakMap<TSESTree.Node, boolean>();
  /** The guards of each statement list, for narrowing (see falsy-narrowing's GuardIndex). */
  readonly #guards: GuardIndex = new WeakMap();
  #depth = 0;
  #valueFreeDepth = 0;

  constructor(policy: ValuePolicy<Finding>, paths: AccessPathResolver) {
    this.#policy = policy;
    this.#paths = paths;
  }

  /** Every source that reaches `node`, with its steps. */
  trace(node: TSESTree.Node): readonly Trace<Finding>[] {
    return this.#trace(node);
  }

  /** What a value written in a same-file function holds at one call of it (its parameters are that call's arguments). */
  traceInCall(call: TSESTree.CallExpression, fn: FunctionNode, node: TSESTree.Node): readonly Trace<Finding>[] {
    return this.#inCall(call, fn, [node]);
  }

  #trace(node: TSESTree.Node): readonly ChainedTrace<Finding>[] {
    const cached = this.#memo.get(node);
    if (cached) return cached;
    if (this.#inProgress.has(node) || this.#depth > MAX_DEPTH) return [];
    this.#inProgress.add(node);
    this.#depth++;
    let result: readonly ChainedTrace<Finding>[];
    try {
      result = dedupe(this.#compute(node)).map((trace) => trace.through(node));
    } finally {
      this.#depth--;
      this.#inProgress.delete(node);
    }
    this.#memo.set(node, result);
    return result;
  }

  /**
   * Whether a value provably carries nothing from anywhere: literals, `typeof`, `!`, comparisons
   * and arithmetic, functions, literals of those, and calls the policy calls clean. A name on
   * such a value says nothing (`const hasSecret = Boolean(x)`), but token-shaped literals inside it
   * are still found by tracing.
   */
  isValueFree(raw: TSESTree.Node): boolean {
    const cached = this.#valueFree.get(raw);
    if (cached !== undefined) return cached;
    // Each earlier write of a variable is a level (`html += '<td>'` on 1,500 lines): past the
    // cap, what cannot be shown value-free is not.
    if (this.#valueFreeDepth > MAX_DEPTH) return false;
    this.#valueFree.set(raw, false);
    this.#valueFreeDepth++;
    let result: boolean;
    try {
      result = this.#computeValueFree(unwrapExpression(raw));
    } finally {
      this.#valueFreeDepth--;
    }
    this.#valueFree.set(raw, result);
    return result;
  }

  #computeValueFree(node: TSESTree.Node): boolean {
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
        return true;
      case AST_NODE_TYPES.Identifier:
        return node.name === 'undefined' || this.#holdsOnlyValueFree(node);
      case AST_NODE_TYPES.TemplateLiteral:
        return node.expressions.every((expression) => this.isValueFree(expression));
      case AST_NODE_TYPES.BinaryExpression:
        return node.operator !== '+' || (this.isValueFree(node.left) && this.isValueFree(node.right));
      // `a && b` is `a` only when `a` is falsy, which holds nothing.
      case AST_NODE_TYPES.LogicalExpression:
        return (node.operator === '&&' || this.isValueFree(node.left)) && this.isValueFree(node.right);
      case AST_NODE_TYPES.ConditionalExpression:
        return (this.#isFalsyArm(node, node.consequent) || this.isValueFree(node.consequent)) && (this.#isFalsyArm(node, node.alternate) || this.isValueFree(node.alternate));
      case AST_NODE_TYPES.AwaitExpression:
        return this.isValueFree(node.argument);
      case AST_NODE_TYPES.AssignmentExpression:
        return node.operator === '+=' ? this.#isValueFreeAccumulation(node) : node.operator === '=' && this.isValueFree(node.right);
      case AST_NODE_TYPES.ArrayExpression:
        return node.elements.every((element) => element === null || (element.type !== AST_NODE_TYPES.SpreadElement && this.isValueFree(element)));
      case AST_NODE_TYPES.ObjectExpression:
        return node.properties.every(
          (property) => property.type === AST_NODE_TYPES.Property && property.kind === 'init' && this.isValueFree(property.value),
        );
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression: {
        // A result clean only by its type (`Math.random()`) still leaves a name its meaning:
        // `const newPassword = `${Date.now()}-${Math.random()}`` is a password.
        const flow = this.#policy.onCall(node);
        // A known carrier of nothing but value-free inputs (`String(count)`, `kinds.map((k) => k ? 'a' : 'b')`).
        if (flow.kind === 'through') return flow.unknown !== true && flow.inputs.every((input) => this.isValueFree(input));
        return flow.kind === 'clean' && flow.byType !== true;
      }
      case AST_NODE_TYPES.MemberExpression:
        // A count of something (`password.length`, `headers.size`).
        return !node.computed && VALUE_FREE_PROPERTIES.has(staticPropertyName(node) ?? '');
      default:
        return false;
    }
  }

  /** The traces that a conversion of the value to text keeps (see ValuePolicy.showsInText). */
  #asText(traces: ChainedTrace<Finding>[]): ChainedTrace<Finding>[] {
    const policy = this.#policy;
    const kept = policy.showsInText ? traces.filter((trace) => policy.showsInText?.(trace.finding) ?? true) : traces;
    return kept.map((trace) => trace.asText());
  }

  /** What reaches the text `node` is turned into (by a template literal, `+`, `String(x)`, `x.toString()`). */
  #throughAsText(node: TSESTree.Node, step: string | null): ChainedTrace<Finding>[] {
    const traces = this.#through(node, step);
    // Types are asked only of a value something reaches.
    if (traces.length === 0) return traces;
    // JSON text is already all the value holds (`${JSON.stringify(params)}`): as text it hides nothing.
    const made = this.#madeAs(node);
    if (isJsonStringify(made)) return traces;
    // Of the value as it was made (`const h: HasHost = new LeakyHost(...)`: a `LeakyHost`), not as declared.
    const conversion = this.#policy.textOf?.(made) ?? null;
    // A parameter's callers say what its value is (a class of theirs may print more), where they pass it.
    if (conversion?.kind === 'object') return this.#asText(traces.filter((trace) => (this.#policy.parameterOf?.(trace.finding) ?? null) !== null));
    if (conversion?.kind === 'method') return this.#asText(withSteps(returnedValues(conversion.fn).flatMap((value) => this.#through(value, '`toString()`')), step === null ? [] : [step]));
    return this.#asText(traces);
  }

  /** The expression a value was made by, through `const` aliases (`const h = new Host()` for `h`). */
  #madeAs(node: TSESTree.Node): TSESTree.Node {
    let current = unwrapExpression(node);
    for (let depth = 0; depth < 4 && current.type === AST_NODE_TYPES.Identifier; depth++) {
      const variable = this.#paths.variableOf(current);
      const alias = variable ? this.#paths.aliasTargetOf(variable) : null;
      if (!alias || alias.names.length > 0) break;
      current = unwrapExpression(alias.expression);
    }
    return current;
  }

  #through(node: TSESTree.Node, step: string | null): ChainedTrace<Finding>[] {
    return withSteps(this.#trace(node), step === null ? [] : [step]);
  }

  #compute(raw: TSESTree.Node): ChainedTrace<Finding>[] {
    const node = unwrapExpression(raw);
    // `err as BmcAuthError`: what the cast says the value is, when what it is made of says nothing.
    if (node !== raw && (raw.type === AST_NODE_TYPES.TSAsExpression || raw.type === AST_NODE_TYPES.TSTypeAssertion) && !isConstAssertion(raw)) {
      return this.#orByType(this.#trace(node), raw);
    }
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' ? this.#literal(node.value, node) : [];
      case AST_NODE_TYPES.TemplateLiteral: {
        const traces: ChainedTrace<Finding>[] = [];
        for (const quasi of node.quasis) traces.push(...this.#literal(quasi.value.cooked ?? quasi.value.raw, node));
        for (const [index, expression] of node.expressions.entries()) {
          const positional = this.#policy.onInterpolation?.(node, index);
          if (positional !== undefined) traces.push(ChainedTrace.leaf(positional, ['the template literal'], [expression]));
          traces.push(...this.#throughAsText(expression, 'the template literal'));
        }
        return traces;
      }
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return this.#call(node);
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator !== '+') return [];
        return [...this.#throughAsText(node.left, 'concatenation'), ...this.#throughAsText(node.right, 'concatenation')];
      // `headers.authorization && '[REDACTED]'`: the left side is the value only when it is falsy.
      case AST_NODE_TYPES.LogicalExpression:
        return node.operator === '&&' ? this.#through(node.right, null) : [...this.#through(node.left, null), ...this.#through(node.right, null)];
      // `token ? '<set>' : token`: an arm that is the test's value where the test showed it falsy holds nothing.
      case AST_NODE_TYPES.ConditionalExpression:
        return [node.consequent, node.alternate].flatMap((arm) => (this.#isFalsyArm(node, arm) ? [] : this.#through(arm, null)));
      case AST_NODE_TYPES.SequenceExpression: {
        const last = node.expressions[node.expressions.length - 1];
        return last ? this.#through(last, null) : [];
      }
      case AST_NODE_TYPES.AssignmentExpression:
        if (node.operator === '+=') return [...this.#through(node.left, 'concatenation'), ...this.#through(node.right, 'concatenation')];
        // `password ||= 'y'` is the old value when that one is truthy (or, for `??=`, set).
        if (node.operator === '||=' || node.operator === '??=') return [...this.#through(node.left, null), ...this.#through(node.right, null)];
        return this.#through(node.right, null);
      case AST_NODE_TYPES.AwaitExpression:
        // What is awaited may say nothing but a parameter (`await pending`): the awaited value's type may.
        return this.#orByType(this.#through(node.argument, null), node);
      case AST_NODE_TYPES.SpreadElement:
        return this.#through(node.argument, 'a spread');
      case AST_NODE_TYPES.ArrayExpression: {
        const traces: ChainedTrace<Finding>[] = [];
        for (const element of node.elements) if (element) traces.push(...this.#through(element, 'an array'));
        return traces;
      }
      case AST_NODE_TYPES.ObjectExpression:
        return this.#object(node, null);
      case AST_NODE_TYPES.Identifier:
        return this.#identifier(node);
      case AST_NODE_TYPES.MemberExpression:
        return this.#member(node);
      case AST_NODE_TYPES.CallExpression:
        // `Object.entries(info).filter(([key]) => !isSensitive(key))`: pairs that hold no secret.
        if (node.callee.type === AST_NODE_TYPES.MemberExpression && ELEMENT_KEEPING_METHODS.has(staticPropertyName(node.callee) ?? '') && this.#entriesOf(node)?.redacted === true) return [];
        return this.#call(node);
      case AST_NODE_TYPES.NewExpression:
        return this.#call(node);
      case AST_NODE_TYPES.ThisExpression:
        return this.#opaque(node);
      default:
        // Unary and arithmetic operators, `typeof`, functions, classes, `void`: value-free.
        return [];
    }
  }

  /**
   * Traces that settle nothing (none, or only a parameter the rule follows across functions), and
   * the value's own type: `x as Creds`, `await pending`, `const creds: Creds = x`.
   */
  #orByType(traces: readonly ChainedTrace<Finding>[], node: TSESTree.Node): ChainedTrace<Finding>[] {
    if (traces.some((trace) => this.#isConclusive(trace))) return [...traces];
    return [...traces, ...this.#opaque(node)];
  }

  #literal(value: string, node: TSESTree.Node): ChainedTrace<Finding>[] {
    const finding = this.#policy.onLiteral?.(value, node);
    return finding === undefined ? [] : [ChainedTrace.leaf(finding, [], [])];
  }

  #opaque(node: TSESTree.Node): ChainedTrace<Finding>[] {
    const finding = this.#policy.onOpaque?.(node);
    return finding === undefined ? [] : [ChainedTrace.leaf(finding, [], [])];
  }

  #named(name: string, node: TSESTree.Node, kind: NameKind, value: TSESTree.Node | null): ChainedTrace<Finding>[] | 'clean' | undefined {
    const verdict = this.#policy.onName(name, node, kind, value);
    if (verdict === undefined) return undefined;
    if (verdict === 'clean') return 'clean';
    return [ChainedTrace.leaf(verdict, [], [])];
  }

  #isConclusive(trace: ChainedTrace<Finding>): boolean {
    return this.#policy.isConclusive?.(trace.finding) ?? true;
  }

  /** What a value carries once the keys `without` are gone from it (a spread or copy overwriting or leaving them out). */
  #throughWithout(source: TSESTree.Node, without: ReadonlySet<string>, step: string): ChainedTrace<Finding>[] {
    return this.#policy.isCleanWithout?.(source, without) === true ? [] : this.#withoutCleared(this.#through(source, step), without, source);
  }

  /** The traces whose finding still holds once the keys `without` are gone from its object (see ValuePolicy.isClearedWithout). */
  #withoutCleared(traces: ChainedTrace<Finding>[], without: ReadonlySet<string>, spread: TSESTree.Node): ChainedTrace<Finding>[] {
    const policy = this.#policy;
    if (!policy.isClearedWithout || without.size === 0) return traces;
    return traces.filter((trace) => policy.isClearedWithout?.(trace.finding, without, spread) !== true);
  }

  /**
   * An object literal's values, and the values its sensitive keys make sources. `excluded` keys are
   * left out (a rest or an omit); a spread loses the keys written after it (`{ ...o, a: 'x' }`)
   * when what it spreads resolves to object literals.
   */
  #object(node: TSESTree.ObjectExpression, excluded: ReadonlySet<string> | null): ChainedTrace<Finding>[] {
    const traces: ChainedTrace<Finding>[] = [];
    for (const [index, property] of node.properties.entries()) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const hidden = new Set([...(excluded ?? []), ...staticKeysAfter(node, index)]);
        const literals = hidden.size > 0 ? this.#objectLiteralsOf(property.argument) : null;
        if (literals) for (const literal of literals) traces.push(...withSteps(this.#object(literal, hidden), ['a spread']));
        else traces.push(...(hidden.size === 0 ? this.#through(property.argument, 'a spread') : this.#throughWithout(property.argument, hidden, 'a spread')));
        continue;
      }
      if (property.kind !== 'init' || property.method) continue;
      const key = staticPropertyName(property);
      if (excluded && key !== null && excluded.has(key)) continue;
      traces.push(...this.#keyed(property.value, key, property, 'an object literal'));
    }
    return traces;
  }

  /** A value stored under a key: its own sources, or — when it has none — the key's (`{ password: x }`, `o.password = x`). */
  #keyed(value: TSESTree.Node, key: string | null, keyNode: TSESTree.Node, step: string): ChainedTrace<Finding>[] {
    const fromValue = this.#through(value, step);
    if (key === null || fromValue.some((trace) => this.#isConclusive(trace)) || this.isValueFree(value)) return fromValue;
    // `{ headers }` with `const headers = { Accept: '...', 'X-Request-Id': id }`: the key is judged
    // with the value the variable holds written out here, as the variable's own name is (a
    // carrier's name then adds nothing to what is traced; a secret's name still does).
    const verdict = this.#named(key, keyNode, 'key', this.#seenWholeValue(value) ?? value);
    if (!verdict || verdict === 'clean') return fromValue;
    return [...fromValue, ...verdict.map((trace) => ChainedTrace.leaf(trace.finding, [step], [value]))];
  }

  /**
   * For a local variable (not a parameter) whose every value reaching `node` is written out in the
   * function (see isSeenWhole), the one value it is made with; else null.
   */
  #seenWholeValue(node: TSESTree.Node): TSESTree.Node | null {
    const inner = unwrapExpression(node);
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#paths.variableOf(inner);
    if (!variable || variable.defs[0]?.type !== DefinitionType.Variable) return null;
    const writes = this.#reachingWrites(variable, inner);
    if (writes.length === 0 || !writes.every((write) => this.#isSeenOrMadeWhole(write))) return null;
    // One value made, the rest stored into it (`let v = ''; if (auth) v = token` may hold either: no one value).
    const made = writes.filter((write) => write.kind === 'value' && !write.mutation);
    const [only] = made;
    if (made.length !== 1 || only?.kind !== 'value') return null;
    if (isSeenWhole(only)) return only.value;
    // Made by a function of the file: the one value it returns, written out there.
    const returned = this.#madeValues(only) ?? [];
    return returned.length === 1 ? (returned[0] ?? null) : null;
  }

  /**
   * A write seen whole (see isSeenWhole), or a value a synchronous function of the file returns, every
   * value it returns written out there (`const headers = buildHeaders(signature)` with `return {
   * 'x-signature': signature }`): seen whole, as the literal written in place is.
   */
  #isSeenOrMadeWhole(write: Write): boolean {
    if (isSeenWhole(write)) return true;
    const returned = this.#madeValues(write);
    return returned !== null && returned.length > 0 && returned.every(isWrittenOutValue);
  }

  /** The values a synchronous function of the file returns, when a write is a call of one; else null. */
  #madeValues(write: Write): readonly TSESTree.Node[] | null {
    if (write.kind !== 'value' || write.mutation) return null;
    const value = unwrapExpression(write.value);
    const fn = value.type === AST_NODE_TYPES.CallExpression ? localCallee(value, this.#paths) : null;
    return fn && !fn.async && !fn.generator ? returnedValues(fn) : null;
  }

  #identifier(node: TSESTree.Identifier): ChainedTrace<Finding>[] {
    if (node.name === 'undefined') return [];
    const variable = this.#paths.variableOf(node);
    const def = variable?.defs[0];
    const kind: NameKind = def?.type === DefinitionType.Parameter ? 'parameter' : 'variable';
    if (
      def?.type === DefinitionType.FunctionName ||
      def?.type === DefinitionType.ClassName ||
      def?.type === DefinitionType.TSEnumName ||
      def?.type === DefinitionType.Type
    ) {
      return [];
    }
    // Where a test has shown it falsy (`const pw = info.password; if (!pw) log(pw)`), it holds nothing.
    if (variable && def && isKnownFalsy(node, (identifier) => this.#paths.variableOf(identifier), this.#guards)) return [];
    // The value of a pair whose key a test has shown to name no secret (`if (isSensitive(key)) continue;`).
    if (variable && def && this.#isRedactedByKey(node, variable)) return [];
    const writes = variable && def ? this.#reachingWrites(variable, node) : [];
    // A name says nothing about a variable that only ever holds value-free values.
    const valueFree = this.#allValueFree(writes);
    // Every value it holds is written out here (see isSeenWhole).
    const seenWhole = !valueFree && kind === 'variable' && writes.length > 0 && writes.every((write) => this.#isSeenOrMadeWhole(write));
    if (!valueFree) {
      const seen = seenWhole ? writes.find((write) => write.kind === 'value' && !write.mutation) : undefined;
      const verdict = this.#named(node.name, node, kind, seen?.kind === 'value' ? seen.value : null);
      if (verdict === 'clean') return [];
      if (verdict) return verdict;
    }
    if (writes.length === 0) return this.#opaque(node);
    const step = `\`${node.name}\``;
    const traces: ChainedTrace<Finding>[] = [];
    for (const write of writes) traces.push(...this.#write(write, step));
    // Names found nothing: the whole value may still be sensitive by its type (once: an opaque write
    // asked already, except for a caught error, which its use may narrow: `if (err instanceof BmcAuthError)`).
    if (valueFree) return traces;
    // A variable declared with a type (`const creds: Creds = x`): that type, when its values say nothing.
    // What a type says of the whole value is asked where it is used: there it may be narrowed
    // (`if (cfg.kind === 'snmp')`, `typeof other === 'number'`, `'outlet' in cfg`).
    // Not when every value it holds is seen here: an object written out and the parts stored into
    // it, each traced (and typed) on its own (`const config: Config = { platform }; config.rate = r`).
    if (def?.type === DefinitionType.Variable && def.name.typeAnnotation) {
      return this.#narrowed(seenWhole ? traces : this.#orByType(traces, node), node);
    }
    if (traces.length > 0) return this.#narrowed(traces, node);
    if (writes.some((write) => write.kind === 'opaque') && def?.type !== DefinitionType.CatchClause) return traces;
    // An object or array written out here was seen whole, part by part: the type TypeScript infers
    // for it (`{ password: string }` for `{ password: '***' }`) knows less than its parts did.
    // So was one written out and then changed part by part (`const copy = { ...plain } as Bmc; delete copy.password`).
    if (seenWhole || (writes.length > 0 && writes.every((write) => write.kind === 'value' && WRITTEN_OUT.has(unwrapExpression(write.value).type)))) return traces;
    return this.#opaque(node);
  }

  /** Whether every write reaching this use of a variable stores a value-free value. */
  #holdsOnlyValueFree(node: TSESTree.Identifier): boolean {
    const variable = this.#paths.variableOf(node);
    if (!variable || variable.defs.length === 0) return false;
    return this.#allValueFree(this.#reachingWrites(variable, node));
  }

  #allValueFree(writes: readonly Write[]): boolean {
    return writes.length > 0 && writes.every((write) => this.#isValueFreeWrite(write));
  }

  /** A stored value-free value, or a part of one (`for (const n of [1, 2])`, `const { a } = { a: 1 }`). */
  #isValueFreeWrite(write: Write): boolean {
    switch (write.kind) {
      case 'value':
        return write.key === undefined && this.isValueFree(write.value);
      case 'destructured':
      case 'rest':
        return this.isValueFree(write.value) && this.#defaultsValueFree(write.node);
      case 'opaque':
        return false;
    }
  }

  /** Whether every default on the way from a binding up to its pattern's root is value-free (`[token = readToken()] = []`). */
  #defaultsValueFree(binding: TSESTree.Node): boolean {
    let current: TSESTree.Node = binding;
    for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
      if (parent.type === AST_NODE_TYPES.AssignmentPattern) {
        if (parent.left === current && !this.isValueFree(parent.right)) return false;
        continue;
      }
      if (parent.type !== AST_NODE_TYPES.ObjectPattern && parent.type !== AST_NODE_TYPES.ArrayPattern && parent.type !== AST_NODE_TYPES.Property && parent.type !== AST_NODE_TYPES.RestElement) {
        return true;
      }
    }
    return true;
  }

  /**
   * `total += x` is value-free when `x` is and so is every other value reaching `total` there: the
   * write itself reaches its own target only around a loop, and adds nothing then.
   */
  #isValueFreeAccumulation(node: TSESTree.AssignmentExpression): boolean {
    if (node.left.type !== AST_NODE_TYPES.Identifier || !this.isValueFree(node.right)) return false;
    const variable = this.#paths.variableOf(node.left);
    if (!variable || variable.defs.length === 0) return false;
    const others = this.#reachingWrites(variable, node.left).filter((write) => write.anchor !== node);
    return this.#allValueFree(others);
  }

  #write(write: Write, step: string): ChainedTrace<Finding>[] {
    switch (write.kind) {
      case 'opaque':
        return withSteps(this.#opaque(write.node), [step]);
      case 'value':
        if (write.key) return withSteps(this.#keyed(write.value, write.key.name, write.key.node, storeStep(write.anchor)), [step]);
        if (write.excluded) return withSteps(this.#without(write.value, [...write.excluded]), [step]);
        if (write.calledAt) return withSteps(this.#inCall(write.calledAt.call, write.calledAt.fn, [write.value]), [step]);
        return this.#through(write.value, step);
      case 'destructured':
        return withSteps(this.#destructured(write), [step]);
      case 'rest':
        return withSteps(this.#rest(write), [step]);
    }
  }

  /** Traces less those of a variable that `removed` is made of (a replace whose pattern is the secret's own text). */
  #withoutVariablesOf(traces: ChainedTrace<Finding>[], removed: TSESTree.Node): ChainedTrace<Finding>[] {
    const policy = this.#policy;
    const variableOf = (finding: Finding): Variable | null => {
      const named = policy.namedVariableOf?.(finding) ?? null;
      return named ? this.#paths.variableOf(named) : null;
    };
    const gone = new Set<Variable>();
    for (const trace of this.#trace(removed)) {
      const variable = variableOf(trace.finding);
      if (variable) gone.add(variable);
    }
    // A part read off a variable (`herdsmanSettings.network.networkKey`): cut out of the whole's text.
    const quoted = unwrapExpression(removed);
    const read = staticChainOf(quoted.type === AST_NODE_TYPES.CallExpression && isJsonStringify(quoted) && quoted.arguments[0] ? quoted.arguments[0] : quoted);
    const part = read && read.names.length > 0 ? { root: read.root, path: read.names.join('.') } : null;
    const partOf = part ? this.#paths.variableOf(part.root) : null;
    if (gone.size === 0 && !partOf) return traces;
    return traces.filter((trace) => {
      const variable = variableOf(trace.finding);
      if (variable && gone.has(variable)) return false;
      const carried = partOf ? policy.carriedParts?.(trace.finding) : null;
      const on = carried?.node.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(carried.node) : null;
      return !(carried && on === partOf && carried.parts.length > 0 && carried.parts.every((item) => item === part?.path));
    });
  }

  /** The value a pattern binds: `const { a: { b } } = value` reads value.a.b; `for (const [k] of xs)` reads an element's 0. */
  #destructured(write: Extract<Write, { kind: 'destructured' }>): ChainedTrace<Finding>[] {
    const { names, keys } = write;
    const last = names[names.length - 1];
    // The property read last names the value (`{ ipmi_password: p }`); an array index names nothing.
    if (last !== undefined && !isIndex(last)) {
      const verdict = this.#named(last, keys[keys.length - 1] ?? write.node, 'property', null);
      if (verdict === 'clean') return [];
      if (verdict) return withSteps(verdict, ['destructuring']);
    }
    const part = this.#partAt(write.value, write.element, names);
    switch (part.kind) {
      case 'clean':
        return [];
      case 'unknown': {
        // A part of a parameter (`const { body } = req`): what its own type says, as for `req.body`;
        // failing that, its callers say what it holds.
        if (!this.#policy.parameterOf || write.node.type !== AST_NODE_TYPES.Identifier || !parameterPart(write.node, this.#paths)) return [];
        const typed = this.#opaque(write.node);
        if (typed.length > 0) return typed;
        const finding = this.#policy.onParameterPart?.(write.node);
        // Otherwise a part the engine cannot isolate: the use is handed to onOpaque (its type may tell).
        return finding ? [ChainedTrace.leaf(finding, [], [write.node])] : [];
      }
      case 'whole':
        return withSteps(this.#partOfWhole(this.#trace(part.node), names.length > 0 || part.steps.length > 0 ? write.node : null), names.length > 0 ? ['destructuring', ...part.steps] : part.steps);
      case 'at':
        return withSteps(this.#trace(part.node), names.length > 0 ? ['destructuring'] : []);
    }
  }

  /**
   * A whole value's sources, for a part of it bound to `binding` (null: the whole itself): what the
   * whole's type says is replaced by what the part's own type says (`[key] of entries` is a string).
   */
  #partOfWhole(traces: readonly ChainedTrace<Finding>[], binding: TSESTree.Node | null): ChainedTrace<Finding>[] {
    const policy = this.#policy;
    if (!binding || !policy.isWholeTypeFinding || !traces.some((trace) => policy.isWholeTypeFinding?.(trace.finding) === true)) return [...traces];
    return [...traces.filter((trace) => policy.isWholeTypeFinding?.(trace.finding) !== true), ...this.#opaque(binding)];
  }

  /** Without what the whole value's type said, when the type at this use (narrowed) says nothing. */
  #narrowed(all: readonly ChainedTrace<Finding>[], use: TSESTree.Identifier): ChainedTrace<Finding>[] {
    const policy = this.#policy;
    const traces = policy.isNarrowedAwayAt ? all.filter((trace) => policy.isNarrowedAwayAt?.(trace.finding, use) !== true) : all;
    if (!policy.isWholeTypeFinding || !traces.some((trace) => policy.isWholeTypeFinding?.(trace.finding) === true)) return [...traces];
    if (this.#opaque(use).some((trace) => policy.isWholeTypeFinding?.(trace.finding) === true)) return [...traces];
    return traces.filter((trace) => policy.isWholeTypeFinding?.(trace.finding) !== true);
  }

  /** `const { a, ...rest } = value`: what remains of the object without the keys named beside the rest. */
  #rest(write: Extract<Write, { kind: 'rest' }>): ChainedTrace<Finding>[] {
    const part = this.#partAt(write.value, write.element, write.names);
    switch (part.kind) {
      case 'clean':
        return [];
      case 'unknown':
        return [];
      case 'whole':
        return withSteps(this.#trace(part.node), ['a rest', ...part.steps]);
      case 'at':
        return withSteps(this.#without(part.node, write.excluded), ['a rest']);
    }
  }

  /** An object without some keys: object literals it resolves to lose them; anything else is carried whole. */
  #without(object: TSESTree.Node, excluded: readonly string[]): ChainedTrace<Finding>[] {
    // `const u = new URL(dsn); u.password = ''`: the URL no longer holds the password its string
    // named; a string written out here (a template with a query token) is still followed.
    if (excluded.includes('password') && this.#isUrlOfNamedString(object)) return [];
    const literals = this.#objectLiteralsOf(object);
    if (literals) return literals.flatMap((literal) => this.#object(literal, new Set(excluded)));
    // A copy (`Object.assign({}, plain)`, `structuredClone(plain)`): each source, less what its
    // type says the removed keys held, as a spread's is.
    const copy = copiedSources(object);
    if (copy) {
      const hidden = new Set(excluded);
      return copy.sources.flatMap((source) => this.#throughWithout(source, hidden, copy.step));
    }
    return [...this.#trace(object)];
  }

  /**
   * `new URL(dsn)`, `new URL(this.config.url)`, `new URL(process.env.DATABASE_URL ?? DEFAULT)`: a URL
   * made from values known by their names (or a literal with no query), not written out here.
   */
  #isUrlOfNamedString(node: TSESTree.Node): boolean {
    const value = unwrapExpression(node);
    const source = value.type === AST_NODE_TYPES.NewExpression && isUrlConstruction(value, this.#paths) ? value.arguments[0] : undefined;
    return source !== undefined && source.type !== AST_NODE_TYPES.SpreadElement && isNamedString(source);
  }

  /** The object literals a value resolves to through its reaching writes, or null when it may be anything else. */
  #objectLiteralsOf(node: TSESTree.Node): TSESTree.ObjectExpression[] | null {
    const values = this.#valuesOf(node, 0);
    if (!values?.every((value): value is TSESTree.ObjectExpression => value.type === AST_NODE_TYPES.ObjectExpression)) return null;
    return values;
  }

  /**
   * The expressions a value may be, following variables through their reaching writes (`let o =
   * {...}; o = {...}`); null when a write is not a plain value (a parameter, a destructuring, a
   * mutation such as `o.a = x` or `o.push(x)`).
   */
  #valuesOf(node: TSESTree.Node, depth: number): TSESTree.Node[] | null {
    const inner = unwrapExpression(node);
    // `await Promise.all([getToken(), getName()])`: the array of what each element settles to.
    const combined = promiseAllArgument(inner);
    if (combined) return depth > 8 ? null : this.#valuesOf(combined, depth + 1);
    if (inner.type !== AST_NODE_TYPES.Identifier) return [inner];
    if (depth > 8) return null;
    const variable = this.#paths.variableOf(inner);
    if (variable?.defs[0]?.type !== DefinitionType.Variable) return null;
    const writes = this.#reachingWrites(variable, inner);
    if (writes.length === 0) return null;
    const values: TSESTree.Node[] = [];
    for (const write of writes) {
      if (write.kind !== 'value' || write.mutation === true || write.excluded) return null;
      const resolved = this.#valuesOf(write.value, depth + 1);
      if (!resolved) return null;
      values.push(...resolved);
    }
    return values;
  }

  /**
   * What is stored under `name` in the object (or array) a value resolves to: the expressions that
   * may be there, and whether something else may be there too (unknown).
   */
  #fieldOf(object: TSESTree.Node, name: string, depth = 0): Stored {
    return this.#stored(object, [name], depth);
  }

  /**
   * What may be stored at a path of keys inside a value: through the local variables it is read
   * from (`o.a.b` is `o` at `a`, `b`), what their writes put there, and what later writes into
   * the object put there or beneath (`o.a.b.c = token` puts `token` inside `o.a`). An expression
   * the part only contains (a value pushed into it, or written deeper) counts as one it holds.
   */
  #stored(object: TSESTree.Node, names: readonly string[], depth: number): Stored {
    if (names.length === 0) return { nodes: [object], unknown: false };
    if (depth > 8) return UNKNOWN_STORED;
    const inner = unwrapExpression(object);
    // `await Promise.all([getToken(), getName()])`: the array of what each element settles to.
    const combined = promiseAllArgument(inner);
    if (combined) return this.#stored(combined, names, depth + 1);
    const chain = staticChainOf(inner);
    if (chain && chain.names.length > 0) return this.#stored(chain.root, [...chain.names, ...names], depth + 1);
    if (inner.type !== AST_NODE_TYPES.Identifier) return this.#storedInLiteral(inner, names, depth);
    const variable = this.#paths.variableOf(inner);
    if (variable?.defs[0]?.type !== DefinitionType.Variable) return UNKNOWN_STORED;
    const writes = this.#reachingWrites(variable, inner);
    if (writes.length === 0) return UNKNOWN_STORED;
    const nodes: TSESTree.Node[] = [];
    let unknown = false;
    const add = (stored: Stored): void => {
      nodes.push(...stored.nodes);
      unknown ||= stored.unknown;
    };
    for (const write of writes) {
      if (write.kind !== 'value') return UNKNOWN_STORED;
      const into = write.into;
      if (!into) {
        // Replaced or deleted since: the later write says what is there.
        if (!write.excluded?.has(names[0] as string)) add(this.#storedInValue(write.value, names, depth + 1));
        continue;
      }
      if (!into.path) return UNKNOWN_STORED;
      const shared = Math.min(into.path.length, names.length);
      if (!startsWith(names.slice(0, shared), into.path.slice(0, shared))) continue;
      // Written inside the part read: the part carries it.
      if (into.path.length > names.length) {
        if (into.how !== 'delete') nodes.push(write.value);
        continue;
      }
      const remaining = names.slice(into.path.length);
      switch (into.how) {
        case 'delete':
          break;
        case 'set':
          add(this.#stored(write.value, remaining, depth + 1));
          break;
        case 'merge':
          if (remaining.length === 0) nodes.push(write.value);
          else add(this.#stored(write.value, remaining, depth + 1));
          break;
        case 'add':
          // An element pushed is at some index; what else a key of the part holds is not known.
          if (remaining.length === 0) nodes.push(write.value);
          else if (isIndex(remaining[0] as string)) add(this.#stored(write.value, remaining.slice(1), depth + 1));
          else unknown = true;
          break;
      }
    }
    return { nodes, unknown };
  }

  /** What a written value (through the variables it is read from) holds at a path. */
  #storedInValue(value: TSESTree.Node, names: readonly string[], depth: number): Stored {
    const inner = unwrapExpression(value);
    if (inner.type === AST_NODE_TYPES.Identifier || promiseAllArgument(inner) || staticChainOf(inner)) return this.#stored(value, names, depth);
    return this.#storedInLiteral(inner, names, depth);
  }

  /** What an array or object literal holds at a path, step by step. */
  #storedInLiteral(value: TSESTree.Node, names: readonly string[], depth: number): Stored {
    const [name, ...rest] = names;
    if (name === undefined) return { nodes: [value], unknown: false };
    const field = this.#fieldInLiteral(value, name, depth);
    if (rest.length === 0 || field.unknown) return field;
    const nodes: TSESTree.Node[] = [];
    let unknown = false;
    for (const node of field.nodes) {
      const stored = this.#stored(node, rest, depth + 1);
      nodes.push(...stored.nodes);
      unknown ||= stored.unknown;
    }
    return { nodes, unknown };
  }

  #fieldInLiteral(value: TSESTree.Node, name: string, depth: number): Stored {
    if (value.type === AST_NODE_TYPES.ArrayExpression) {
      const index = Number(name);
      const element = Number.isInteger(index) ? value.elements[index] : undefined;
      if (element?.type === AST_NODE_TYPES.SpreadElement) return { nodes: [], unknown: true };
      return { nodes: element ? [element] : [], unknown: false };
    }
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return { nodes: [], unknown: true };
    // The last write of a key wins: scan backwards.
    for (let i = value.properties.length - 1; i >= 0; i--) {
      const property = value.properties[i];
      if (!property) continue;
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.#fieldOf(property.argument, name, depth + 1);
        if (spread.nodes.length > 0 || spread.unknown) return spread;
        continue;
      }
      const key = staticPropertyName(property);
      if (key === null) return { nodes: [], unknown: true };
      if (key === name) return property.kind === 'init' ? { nodes: [property.value], unknown: false } : { nodes: [], unknown: true };
    }
    return { nodes: [], unknown: false };
  }

  /**
   * Where `names` lead inside `value` (or inside an element of it): exactly to a node, to a part
   * of a node that cannot be isolated (carry the node), to a key (clean), or to a named part of
   * something the engine cannot look into (unknown).
   */
  #partAt(value: TSESTree.Node, element: boolean, names: readonly string[]): Part {
    let current = value;
    let inElement = element;
    for (const [index, name] of names.entries()) {
      if (inElement) {
        const pairs = this.#entriesOf(current);
        if (pairs) {
          // An element of `Object.entries(x)` is [key, value]: the key names, the value carries x.
          if (name !== '1') return { kind: isIndex(name) ? 'clean' : 'unknown' };
          if (pairs.redacted) return { kind: 'clean' };
          if (index === names.length - 1) return { kind: 'whole', node: pairs.object, steps: ['iteration', pairs.step] };
          return { kind: 'unknown' };
        }
        // `for (const [host] of credentials)`: an element taken apart as a pair is a Map's entry, or a
        // pair like one; its first part is the key, which names the value and carries none of it.
        if (names.length - index === 1 && name === '0' && unwrapExpression(current).type !== AST_NODE_TYPES.ArrayExpression) return { kind: 'clean' };
        // Some element of an array we cannot index: indexes carry it, a named part of it is unknown.
        return names.slice(index).every(isIndex) ? { kind: 'whole', node: current, steps: ['iteration'] } : { kind: 'unknown' };
      }
      const member = this.#literalMember(current, name);
      if (member) {
        current = member;
        continue;
      }
      if (isIndex(name)) {
        const pairs = this.#entriesOf(current);
        if (pairs) {
          current = pairs.call;
          inElement = true;
          continue;
        }
        return names.slice(index).every(isIndex) ? { kind: 'whole', node: current, steps: [] } : { kind: 'unknown' };
      }
      return { kind: 'unknown' };
    }
    if (inElement) return { kind: 'whole', node: current, steps: ['iteration'] };
    return { kind: 'at', node: current };
  }

  /**
   * Whether a read of the value of a `[key, value]` pair (`for (const [key, value] of
   * Object.entries(info))`, `([key, value]) => ...`) is where a test of its key has shown it to name
   * no secret, neither name written again (see key-redaction).
   */
  #isRedactedByKey(read: TSESTree.Identifier, variable: Variable): boolean {
    const policy = this.#policy;
    const isSecretText = policy.isSecretKeyText ? (text: string): boolean => policy.isSecretKeyText?.(text) === true : null;
    const binding = variable.defs[0]?.name;
    const pattern = binding?.parent;
    if (!isSecretText || variable.defs.length !== 1 || pattern?.type !== AST_NODE_TYPES.ArrayPattern || pattern.elements[1] !== binding) return false;
    const keyBinding = pattern.elements[0];
    const key = keyBinding?.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(keyBinding) : null;
    const writtenOnce = (item: Variable): boolean => item.references.every((reference) => !reference.isWrite() || reference.init === true);
    if (!key || !writtenOnce(key) || !writtenOnce(variable)) return false;
    return guardingTest(read, (test, outcome) => showsNonSecretKey(test, key, outcome, isSecretText, this.#paths), null, this.#guards) !== null;
  }

  /**
   * Whether a `filter` of entries keeps only pairs whose key names no secret (`.filter(([key]) =>
   * !isSensitive(key))`): its callback's every return shows it when true.
   */
  #filtersOutSecretKeys(call: TSESTree.CallExpression): boolean {
    const policy = this.#policy;
    const isSecretText = policy.isSecretKeyText ? (text: string): boolean => policy.isSecretKeyText?.(text) === true : null;
    const [callback] = call.arguments;
    if (!isSecretText || !callback || !isFunctionNode(callback) || callback.async) return false;
    const [parameter] = callback.params;
    const keyBinding = parameter?.type === AST_NODE_TYPES.ArrayPattern ? parameter.elements[0] : null;
    const key = keyBinding?.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(keyBinding) : null;
    if (!key || key.references.some((reference) => reference.isWrite() && reference.init !== true)) return false;
    const values = returnedValues(callback);
    return values.length > 0 && values.every((value) => showsNonSecretKey(value, key, true, isSecretText, this.#paths));
  }

  /**
   * `Object.entries(x)` or `x.entries()`, through local aliases and methods that keep some of the
   * pairs as they are (`Object.entries(x).filter(...)`, `.slice()`, `.sort()`).
   */
  #entriesOf(node: TSESTree.Node): { call: TSESTree.Node; object: TSESTree.Node; step: string; redacted: boolean } | null {
    let resolved = this.#resolveLocal(node);
    // A filter on the way that drops the pairs whose key names a secret.
    let redacted = false;
    for (let hops = 0; hops < 8 && resolved?.type === AST_NODE_TYPES.CallExpression; hops++) {
      const flow = this.#policy.onCall(resolved);
      if (flow.kind === 'entries') return { call: resolved, object: flow.object, step: flow.step, redacted };
      const callee = unwrapExpression(resolved.callee);
      const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
      if (callee.type !== AST_NODE_TYPES.MemberExpression || !ELEMENT_KEEPING_METHODS.has(method ?? '')) return null;
      if (method === 'filter' && this.#filtersOutSecretKeys(resolved)) redacted = true;
      resolved = this.#resolveLocal(callee.object);
    }
    return null;
  }

  /** Whether a value is a `const` made a `Map` or `WeakMap` where it is declared (`const pending = new Map()`). */
  #isLocalMap(object: TSESTree.Node): boolean {
    const target = unwrapExpression(object);
    const definition = target.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(target)?.defs[0] : undefined;
    if (definition?.type !== DefinitionType.Variable || definition.parent.kind !== 'const' || definition.node.id !== definition.name || !definition.node.init) return false;
    const made = unwrapExpression(definition.node.init);
    if (made.type !== AST_NODE_TYPES.NewExpression || made.callee.type !== AST_NODE_TYPES.Identifier || (made.callee.name !== 'Map' && made.callee.name !== 'WeakMap')) return false;
    // The global one, not an import of that name (`import { Map } from 'immutable'`).
    return (this.#paths.variableOf(made.callee)?.defs.length ?? 0) === 0;
  }

  /** Whether every value an object can be is the result of a call the policy calls clean (a sanitizer, or a call whose result holds nothing). */
  #isSanitizedResult(object: TSESTree.Node): boolean {
    const values = this.#valuesOf(object, 0);
    return (
      values !== null &&
      values.length > 0 &&
      values.every((value) => {
        const inner = unwrapExpression(value.type === AST_NODE_TYPES.AwaitExpression ? value.argument : value);
        return (inner.type === AST_NODE_TYPES.CallExpression || inner.type === AST_NODE_TYPES.NewExpression) && inner.arguments.length > 0 && this.#policy.onCall(inner).kind === 'clean';
      })
    );
  }

  /** Follows single-assignment local aliases (`const a = b`) to the expression they name. */
  #resolveLocal(node: TSESTree.Node): TSESTree.Node | null {
    let current = unwrapExpression(node);
    for (let hops = 0; hops < 8; hops++) {
      if (current.type !== AST_NODE_TYPES.Identifier) return current;
      const variable = this.#paths.variableOf(current);
      const target = variable ? this.#paths.aliasTargetOf(variable) : null;
      if (!target || target.names.length > 0) return null;
      current = unwrapExpression(target.expression);
    }
    return null;
  }

  #member(node: TSESTree.MemberExpression): ChainedTrace<Finding>[] {
    // `info[k]` with `const k = 'ipmi_address'`: the key it names.
    // A `const` holding a string of digits (`headers[COIOT_OPTION_DEVID]`, `'3332'`) names a key, not an index.
    const digitsKey = node.computed && staticPropertyName(node) === null ? this.#digitsStringKey(node.property) : null;
    const name = staticPropertyName(node) ?? (node.computed ? (this.#constantKey(node.property) ?? digitsKey) : null);
    // An element at an index of what the engine cannot index into (`token.split('.')[1]`,
    // `parts[i]` with a counter `i`): any of its parts, so whatever the whole carries. A key
    // that may be a string (`env[name]`) says nothing about which part is read.
    // `for (const k of SAFE_KEYS) log(info[k])`, `SAFE_KEYS.map((k) => [k, info[k]])`: each key the
    // list names, in turn (an allow-list of keys reads only those).
    const listed = name === null && node.computed ? this.#listedKeys(node.property) : null;
    if (listed) {
      const traces: ChainedTrace<Finding>[] = [];
      for (const key of listed) {
        const verdict = this.#named(key, node, 'property', null);
        if (verdict === 'clean') continue;
        if (verdict) traces.push(...verdict);
        else traces.push(...this.#fieldOf(node.object, key).nodes.flatMap((value) => this.#through(value, null)));
      }
      return traces;
    }
    if (node.computed && digitsKey === null && (name === null ? this.isValueFree(node.property) : isIndex(name))) {
      const field = name === null ? null : this.#fieldOf(node.object, name);
      if (field && !field.unknown) return field.nodes.flatMap((value) => this.#through(value, null));
      // What the whole's type says is asked of the element's own (`pairs[0]?.[0]` is a string).
      return this.#partOfWhole(this.#through(node.object, 'an element'), node);
    }
    if (name === null) {
      // `for (const key in info) log(info[key])`: every value of the object, in turn.
      if (node.computed && this.#isKeyOf(node.property, node.object)) return this.#through(node.object, 'a loop over its keys');
      // Any other key: what the read's own type says (`table[nodeId]` of a `Record<string, Login>`).
      return node.computed ? this.#opaque(node) : [];
    }
    const verdict = this.#named(name, node, 'property', null);
    if (verdict === 'clean') return [];
    // A part of what a sanitizer returned (`maskPasswords(info).ipmi_password`, `safe.password` with
    // `const safe = redact(cfg)`): masked with the rest, whatever its name says.
    if (verdict && this.#isSanitizedResult(node.object)) return [];
    // `this.authHeader` with `get authHeader() { return { 'X-Auth-Token': this.#token } }`: what the getter returns.
    // A sensitive name too is judged by what the getter is seen to return, as a variable's is by
    // what it holds: its sources, or nothing when it returns only value-free values.
    const getter = this.#policy.parameterOf === undefined ? null : localGetter(node);
    if (getter && !getter.generator) {
      const returned = returnedValues(getter);
      const traces = returned.flatMap((value) => this.#through(value, `\`${name}\``));
      if (!verdict || traces.length > 0 || (returned.length > 0 && returned.every((value) => this.isValueFree(value)))) return traces;
    }
    // As for a variable, a name says nothing about a key or a sealed field that only ever holds
    // value-free values (`{ token: '/v1/token' }`, `private apiRegisterPushToken = 'v1/register_push_token'`).
    const constant = verdict ? this.#paths.constantFieldValue(node) : null;
    // A field the class sets more than where it declares it, every time to a boolean or a number
    // (a literal, a test, or a value cast so) (`auth = false`, `this.auth = payload.auth_en as boolean`): a
    // flag, as the class shows; its name says nothing either. (Set only where declared, a public
    // field may be set from outside: its name stands.)
    const fieldWrites = verdict && unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression ? this.#paths.fieldWrites(node) : [];
    if (fieldWrites.length > 1 && fieldWrites.every(isFlagValue)) return [];
    const field = constant ? { nodes: [constant], unknown: false } : this.#fieldOf(node.object, name);
    if (verdict && (field.unknown || field.nodes.length === 0 || !field.nodes.every((value) => this.isValueFree(value)))) return verdict;
    const traces = field.nodes.flatMap((value) => this.#through(value, null));
    // `this.hdrs` with `this.hdrs['X-Auth-Token'] = token` (or `this.list.push(token)`) somewhere in
    // the class: what any method writes into a part of it.
    if (unwrapExpression(node.object).type === AST_NODE_TYPES.ThisExpression && !verdict) {
      const parts = this.#paths.fieldPartWriteSites(node).flatMap((site) => mutationsOf(site)).flatMap((write) => (write.kind === 'value' ? this.#through(write.value, `\`this.${name}\``) : []));
      if (parts.length > 0) traces.push(...parts);
    }
    // `this.bearer` with `this.bearer = \`Bearer ${config.apiToken}\`` somewhere in the class: what it writes there.
    if (field.unknown && traces.length === 0 && !verdict) {
      const written = this.#paths.fieldWrites(node).flatMap((value) => this.#through(value, `\`this.${name}\``));
      if (written.length > 0) return written;
    }
    if (field.unknown && traces.length === 0) {
      // The text of an error built here (`new Error(`bad ${token}`).message`, `e.stack`), or
      // a URL's (`u.href`): what it was built from, and what was set on it (`u.password = pw`).
      const built = VIEW_PROPERTIES.has(name) ? this.#builtView(node.object, name) : [];
      if (built.length > 0) return built;
      const opaque = this.#opaque(node);
      // A part of a parameter (`req.body`): its callers say what it holds.
      const finding = opaque.length === 0 && this.#policy.parameterOf && parameterPart(node, this.#paths) ? this.#policy.onParameterPart?.(node) : undefined;
      return finding ? [ChainedTrace.leaf(finding, [], [node])] : opaque;
    }
    return traces;
  }

  /**
   * What the part of `value` at `names` carries (`{ url, body: password }` at `body`): the values
   * written there, as far as they are known; nothing when any step is not.
   */
  traceField(value: TSESTree.Node, names: readonly string[]): readonly Trace<Finding>[] {
    return this.#fieldTraces(value, names);
  }

  #fieldTraces(value: TSESTree.Node, names: readonly string[]): ChainedTrace<Finding>[] {
    const stored = this.#stored(value, names, 0);
    if (stored.unknown) return [];
    return stored.nodes.flatMap((node) => this.#through(node, null));
  }

  /**
   * The keys a loop or element callback variable runs over, when it walks a `const` array of string
   * literals written in the file (`for (const k of SAFE_KEYS)`, `SAFE_KEYS.map((k) => ...)`); null otherwise.
   */
  #listedKeys(key: TSESTree.Node): string[] | null {
    const inner = unwrapExpression(key);
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#paths.variableOf(inner);
    const def = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || !def || variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
    let array: TSESTree.Node | null = null;
    if (def.type === DefinitionType.Variable && def.node.id === def.name && def.node.parent.parent.type === AST_NODE_TYPES.ForOfStatement && def.node.parent.parent.left === def.node.parent) {
      array = def.node.parent.parent.right;
    } else if (def.type === DefinitionType.Parameter && isFunctionNode(def.node) && def.node.params[0] === def.name) {
      array = elementSourceOf(def.node, 0);
    }
    const literal = array ? this.#constArray(array) : null;
    if (!literal) return null;
    const keys: string[] = [];
    for (const element of literal.elements) {
      const text = element && element.type !== AST_NODE_TYPES.SpreadElement ? stringLiteralValue(element) : null;
      if (text === null || isIndex(text)) return null;
      keys.push(text);
    }
    return keys;
  }

  /** An array literal written out, directly or as a `const` that nothing changes (`const SAFE_KEYS = ['a', 'b'] as const`). */
  #constArray(expression: TSESTree.Node): TSESTree.ArrayExpression | null {
    const inner = unwrapExpression(expression);
    if (inner.type === AST_NODE_TYPES.ArrayExpression) return inner;
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = this.#paths.variableOf(inner);
    const def = variable?.defs[0];
    if (!variable || def?.type !== DefinitionType.Variable || def.parent.kind !== 'const' || def.node.id !== def.name || !def.node.init) return null;
    // Nothing pushed into it, nor an element written.
    const changes = (member: TSESTree.Node): boolean => member.type === AST_NODE_TYPES.MemberExpression && (isWriteTarget(member) || isArrayChangingCall(member));
    if (variable.references.some((reference) => reference.identifier.parent.type === AST_NODE_TYPES.MemberExpression && reference.identifier.parent.object === reference.identifier && changes(reference.identifier.parent))) return null;
    const init = unwrapExpression(def.node.init);
    return init.type === AST_NODE_TYPES.ArrayExpression ? init : null;
  }

  /** The string a key expression always holds (a `const` initialized with a string literal), or null. */
  #constantKey(key: TSESTree.Node): string | null {
    const inner = unwrapExpression(key);
    // `info[Field.Password]`: a member of an enum or a table of constants of the file (`enum Field {
    // Password = 'ipmi_password' }`, `const F = { pw: 'ipmi_password' } as const`, a static readonly field).
    if (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed) {
      const name = staticPropertyName(inner);
      const field = name === null ? null : this.#fieldOf(inner.object, name);
      const value = this.#paths.constantFieldValue(inner) ?? (field && !field.unknown && field.nodes.length === 1 ? field.nodes[0] : undefined);
      const text = value ? stringLiteralValue(value) : null;
      if (text !== null) return isIndex(text) ? null : text;
      return this.#typedKey(key);
    }
    const values = inner.type === AST_NODE_TYPES.Identifier ? this.#valuesOf(key, 0) : null;
    const [value] = values ?? [];
    if (values?.length !== 1 || !value) return inner.type === AST_NODE_TYPES.Identifier ? this.#typedKey(key) : null;
    const text = stringLiteralValue(value);
    if (text !== null) return isIndex(text) ? null : text;
    return this.#typedKey(key);
  }

  /** The digits a name of the file always holds as a string (`const DEVID = '3332'`), or null. */
  #digitsStringKey(key: TSESTree.Node): string | null {
    const inner = unwrapExpression(key);
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const values = this.#valuesOf(key, 0);
    const [value] = values ?? [];
    if (values?.length !== 1 || !value) return null;
    const literal = unwrapExpression(value);
    return literal.type === AST_NODE_TYPES.Literal && typeof literal.value === 'string' && isIndex(literal.value) ? literal.value : null;
  }

  /** The policy's reading of a key the file does not spell (an imported enum member or `const`). */
  #typedKey(key: TSESTree.Node): string | null {
    const text = this.#policy.constantKey?.(key) ?? null;
    return text !== null && !isIndex(text) ? text : null;
  }

  /**
   * Whether `key` runs over the keys of `object`: a for-in binding over it, or an element of
   * `Object.keys(object)` (a for-of binding or an array callback's parameter).
   */
  #isKeyOf(key: TSESTree.Node, object: TSESTree.Node): boolean {
    const target = unwrapExpression(key);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const definition = this.#paths.variableOf(target)?.defs[0];
    if (!definition) return false;
    let keysOf: TSESTree.Node | null = null;
    // `let key; for (key in info) ...`: the loop writes the variable declared before it.
    const variable = this.#paths.variableOf(target);
    for (const reference of variable?.references ?? []) {
      const loop = reference.identifier.parent;
      if (reference.isWrite() && loop.type === AST_NODE_TYPES.ForInStatement && loop.left === reference.identifier && contains(loop.body, key)) {
        return this.#sameReference(loop.right, object);
      }
    }
    if (definition.type === DefinitionType.Variable) {
      const loop = iterationOf(definition.node);
      if (loop?.type === AST_NODE_TYPES.ForInStatement) return this.#sameReference(loop.right, object);
      keysOf = loop && definition.node.id === definition.name ? loop.right : null;
    } else if (definition.type === DefinitionType.Parameter && isFunctionNode(definition.node) && definition.node.params[0] === definition.name) {
      keysOf = elementSourceOf(definition.node, 0);
    }
    const call = keysOf ? unwrapExpression(keysOf) : null;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments[0]) return false;
    const callee = unwrapExpression(call.callee);
    const isObjectKeys = callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'keys' && unwrapExpression(callee.object).type === AST_NODE_TYPES.Identifier && (unwrapExpression(callee.object) as TSESTree.Identifier).name === 'Object';
    return isObjectKeys && this.#sameReference(call.arguments[0], object);
  }

  /** Whether an arm of a conditional is its test's own value on the side where the test is falsy (`t ? x : t`, `!t ? t : x`). */
  #isFalsyArm(node: TSESTree.ConditionalExpression, arm: TSESTree.Node): boolean {
    const test = unwrapExpression(node.test);
    if (arm === node.alternate) return this.#sameReference(test, arm);
    return test.type === AST_NODE_TYPES.UnaryExpression && test.operator === '!' && this.#sameReference(test.argument, arm);
  }

  /** Whether two expressions name the same thing: the same variable, `this`, or the same properties of one. */
  #sameReference(a: TSESTree.Node, b: TSESTree.Node): boolean {
    const left = unwrapExpression(a);
    const right = unwrapExpression(b);
    if (left.type === AST_NODE_TYPES.ThisExpression) return right.type === AST_NODE_TYPES.ThisExpression;
    if (left.type === AST_NODE_TYPES.Identifier) {
      if (right.type !== AST_NODE_TYPES.Identifier || left.name !== right.name) return false;
      return this.#paths.variableOf(left) === this.#paths.variableOf(right);
    }
    if (left.type !== AST_NODE_TYPES.MemberExpression || right.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = staticPropertyName(left);
    return name !== null && name === staticPropertyName(right) && this.#sameReference(left.object, right.object);
  }

  /** What `object.message`/`.stack` (an error) or `.href` (a URL) shows when `object` was constructed here. */
  #builtView(object: TSESTree.Node, name: string): ChainedTrace<Finding>[] {
    // A URL's text is the URL: what it was made from and what was set on it since (less a password
    // replaced), as the URL whole is. A URL changed in place (`u.pathname = '/v1'`) has no single value.
    if (name === 'href' && this.#isUrlVariable(object)) return [...this.#trace(object)];
    const traces: ChainedTrace<Finding>[] = [];
    for (const value of this.#valuesOf(object, 0) ?? this.#thrownInto(object)) {
      if (value.type !== AST_NODE_TYPES.NewExpression) continue;
      const callee = unwrapExpression(value.callee);
      const constructorName = callee.type === AST_NODE_TYPES.Identifier ? callee.name : null;
      if (constructorName === null) continue;
      const isUrl = constructorName === 'URL';
      if (isUrl !== (name === 'href')) continue;
      // The default library's errors build their message from the first argument only (`new
      // Error('auth failed', { cause: password })` says 'auth failed'); a class of the code's own
      // may build it from any.
      const builtIn = !isUrl && BUILT_IN_ERRORS.has(constructorName) && (this.#paths.variableOf(callee as TSESTree.Identifier)?.defs.length ?? 0) === 0;
      // A subclass of the file's own whose constructor builds the message from some of its
      // parameters (`constructor(msg, public details) { super(msg); }`): only those arguments.
      const shown = builtIn ? [0] : isUrl ? null : this.#messageArguments(callee as TSESTree.Identifier, 0);
      if (shown) {
        for (const index of shown) {
          const argument = value.arguments[index];
          if (argument) traces.push(...this.#through(argument, `\`new ${constructorName}(...)\``));
        }
        continue;
      }
      traces.push(...this.#through(value, null));
    }
    const target = unwrapExpression(object);
    const variable = name === 'href' && target.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(target) : null;
    if (variable && target.type === AST_NODE_TYPES.Identifier) {
      // `u.password = pw` before the read: the URL shows it.
      for (const write of this.#reachingWrites(variable, target)) {
        if (write.kind === 'value' && write.key && URL_CREDENTIALS.has(write.key.name)) traces.push(...this.#keyed(write.value, write.key.name, write.key.node, storeStep(write.anchor)));
      }
    }
    return traces;
  }

  /**
   * The arguments of `new X(...)` an error's message is built from, for a class `X` of the file
   * extending the default library's `Error` (or such a class of the file): those its constructor
   * hands to `super` as the message; null when that is not known (a spread, a `message` or `stack`
   * of its own, another base, more than one `super` call).
   */
  #messageArguments(callee: TSESTree.Identifier, depth: number): readonly number[] | null {
    const definition = this.#paths.variableOf(callee)?.defs[0]?.node;
    if (depth > 4 || definition?.type !== AST_NODE_TYPES.ClassDeclaration || !definition.superClass) return null;
    const base = unwrapExpression(definition.superClass);
    if (base.type !== AST_NODE_TYPES.Identifier) return null;
    const inherited = BUILT_IN_ERRORS.has(base.name) && (this.#paths.variableOf(base)?.defs.length ?? 0) === 0 ? [0] : this.#messageArguments(base, depth + 1);
    if (!inherited) return null;
    let constructor: TSESTree.FunctionExpression | null = null;
    for (const member of definition.body.body) {
      if (member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition && member.type !== AST_NODE_TYPES.AccessorProperty) continue;
      const keyName = staticPropertyName(member);
      if (keyName === 'message' || keyName === 'stack' || (member.type !== AST_NODE_TYPES.MethodDefinition && member.computed)) return null;
      if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor' && member.value.type === AST_NODE_TYPES.FunctionExpression) constructor = member.value;
    }
    if (!constructor) return inherited;
    const body = constructor.body;
    if (writesThisMessage(body)) return null;
    const supers = body.body.flatMap((statement) => (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.CallExpression && statement.expression.callee.type === AST_NODE_TYPES.Super ? [statement.expression] : []));
    const [superCall] = supers;
    if (supers.length !== 1 || !superCall || superCall.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
    const parameters = constructor.params.map((parameter) => {
      const bound = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
      const name = bound.type === AST_NODE_TYPES.AssignmentPattern ? bound.left : bound;
      return name.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(name) : null;
    });
    if (constructor.params.some((parameter) => parameter.type === AST_NODE_TYPES.RestElement)) return null;
    const shown = new Set<number>();
    for (const index of inherited) {
      const argument = superCall.arguments[index];
      if (!argument) continue;
      for (const identifier of identifiersReadIn(argument)) {
        const variable = this.#paths.variableOf(identifier);
        const at = variable ? parameters.indexOf(variable) : -1;
        if (at >= 0) shown.add(at);
        // A message made of a value of the constructor's own (`const text = ...; super(text)`, a
        // destructured parameter): which arguments it shows is not read here.
        else if (variable?.defs.some((def) => contains(constructor, def.name))) return null;
      }
    }
    return [...shown].sort((a, b) => a - b);
  }

  /** A variable every whole write of which makes a URL (`const u = new URL(base)`), whatever is set on it since. */
  #isUrlVariable(object: TSESTree.Node): boolean {
    const target = unwrapExpression(object);
    const variable = target.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(target) : null;
    if (!variable || target.type !== AST_NODE_TYPES.Identifier) return false;
    const made = this.#reachingWrites(variable, target).filter((write) => !isMutation(write));
    return made.length > 0 && made.every((write) => write.kind === 'value' && isUrlConstruction(write.value, this.#paths));
  }

  /** For a `catch` parameter: the errors its own `try` block throws (among whatever else reaches it). */
  #thrownInto(object: TSESTree.Node): TSESTree.Node[] {
    const target = unwrapExpression(object);
    const variable = target.type === AST_NODE_TYPES.Identifier ? this.#paths.variableOf(target) : null;
    if (!variable || variable.defs[0]?.type !== DefinitionType.CatchClause || target.type !== AST_NODE_TYPES.Identifier) return [];
    return this.#reachingWrites(variable, target).flatMap((write) => (write.kind === 'value' ? [unwrapExpression(write.value)] : []));
  }

  /** The one expression stored under `name` in the literal a value resolves to, or null. */
  #literalMember(object: TSESTree.Node, name: string): TSESTree.Node | null {
    const field = this.#fieldOf(object, name);
    return !field.unknown && field.nodes.length === 1 ? (field.nodes[0] ?? null) : null;
  }

  #call(node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.TaggedTemplateExpression): ChainedTrace<Finding>[] {
    if (node.type === AST_NODE_TYPES.TaggedTemplateExpression) {
      if (this.#policy.isCleaningTag?.(node.tag) === true) return [];
      return node.quasi.expressions.flatMap((expression) => this.#through(expression, 'a tagged template'));
    }
    const callee = unwrapExpression(node.callee);
    // A promise chain: `.then(f)` settles to what `f` returns (`.then(f, h)`: or what `h` does),
    // `.catch(h)` to the promise's value or what `h` returns, `.finally(g)` to the promise's value.
    const link = callee.type === AST_NODE_TYPES.MemberExpression && node.type === AST_NODE_TYPES.CallExpression ? staticPropertyName(callee) : null;
    if (callee.type === AST_NODE_TYPES.MemberExpression && (link === 'then' || link === 'catch' || link === 'finally')) {
      const [first, second] = node.arguments;
      const returnsOf = (handler: TSESTree.Node | undefined): ChainedTrace<Finding>[] | null =>
        handler && isFunctionNode(handler) && !handler.generator ? returnedValues(handler).flatMap((value) => this.#through(value, `\`.${link}()\``)) : null;
      if (link === 'then') {
        const fulfilled = returnsOf(first);
        if (fulfilled) return [...fulfilled, ...(returnsOf(second) ?? [])];
      } else if (link === 'catch') {
        const caught = returnsOf(first);
        if (caught) return [...this.#through(callee.object, null), ...caught];
      } else {
        return this.#through(callee.object, null);
      }
    }
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
    // `headers.get('authorization')`, `params.get('token')`, `config.get('db.password')`: a read by key.
    const [key] = node.arguments;
    // `config.get('db.password', fallback)`, or `_.get(node, 'driver_info.ipmi_password')`: a path second.
    const [, path] = node.arguments;
    // The key written, or a `const` holding it (`const KEY = 'db.password'; config.get(KEY)`).
    const keyText = (argument: TSESTree.CallExpressionArgument | undefined): string | null => (argument ? (stringLiteralValue(argument) ?? this.#constantKey(argument)) : null);
    const firstKey = calleeName === 'get' ? keyText(key) : null;
    const literalKey = firstKey ?? (calleeName === 'get' ? keyText(path) : null);
    // A read of a map made here (`pending.get(host)` with `const pending = new Map()`): what was set
    // under that key, or — by a key not known — any value set in it.
    if (calleeName === 'get' && callee.type === AST_NODE_TYPES.MemberExpression && key && this.#isLocalMap(callee.object)) {
      const known = firstKey === null ? null : this.#fieldOf(callee.object, firstKey);
      if (known && !known.unknown) return known.nodes.flatMap((value) => this.#through(value, '`.get()`'));
      if (firstKey === null) return this.#partOfWhole(this.#through(callee.object, '`.get()`'), node);
    }
    // A key, not a URL or a path (`http.get('/oauth/token')`).
    const keyName = literalKey !== null && /^[A-Za-z_$][\w$.-]*$/u.test(literalKey) ? literalKey : null;
    if (keyName !== null) {
      const verdict = this.#named(keyName.slice(keyName.lastIndexOf('.') + 1), node, 'property', null);
      if (verdict === 'clean') return [];
      if (verdict) return verdict;
    }
    const overwritten = this.#assignedOver(node);
    if (overwritten) return overwritten;
    const flow = this.#policy.onCall(node);
    // A same-file function: what it returns, when the policy knows nothing better about the call.
    if (flow.kind === 'opaque' || (flow.kind === 'through' && flow.unknown === true)) {
      const returned = this.#returnedBy(node);
      // What the body's values say of the whole is asked of the call's own result type too
      // (`omit(login, 'password')` returning `Omit<Login, 'password'>`).
      if (returned) return this.#partOfWhole(returned, node);
    }
    switch (flow.kind) {
      case 'clean':
        return [];
      case 'opaque':
        return this.#opaque(node);
      case 'through': {
        let traces: ChainedTrace<Finding>[] = [];
        for (const input of flow.inputs) traces.push(...(flow.text === true ? this.#throughAsText(input, flow.step) : this.#through(input, flow.step)));
        // A JSON-quoted pattern matches only in JSON text (`json` from `JSON.stringify(...)`).
        const removes = flow.removes;
        if (removes && (!removes.jsonText || (this.#valuesOf(removes.jsonText, 0)?.every(isJsonStringify) ?? false))) traces = this.#withoutVariablesOf(traces, removes.pattern);
        const policy = this.#policy;
        const passed = policy.passes ? traces.filter((trace) => policy.passes?.(trace.finding, flow) ?? true) : traces;
        return flow.unknown === true ? passed.map((trace) => trace.throughUnknown()) : passed;
      }
      case 'entries':
        return this.#through(flow.object, flow.step);
      case 'without':
        return withSteps(flow.keys === null ? [...this.#trace(flow.object)] : this.#without(flow.object, flow.keys.map((key) => key.name)), [flow.step]);
      case 'pick':
        return withSteps(this.#pick(flow.object, flow.keys), [flow.step]);
    }
  }

  /**
   * A fresh copy made by `Object.assign({}, a, b, ...)` in which an object literal written after a
   * source overwrites some of its keys (`Object.assign({}, info, { ipmi_password: '***' })`): each
   * source less the keys written after it, as a spread followed by those keys is. Null when no
   * literal source comes after another source.
   */
  #assignedOver(node: TSESTree.CallExpression | TSESTree.NewExpression): ChainedTrace<Finding>[] | null {
    const copy = node.type === AST_NODE_TYPES.CallExpression ? copiedSources(node) : null;
    if (!copy || copy.step !== '`Object.assign`') return null;
    const literals = copy.sources.map((source) => {
      const value = unwrapExpression(source);
      return value.type === AST_NODE_TYPES.ObjectExpression ? value : null;
    });
    if (!literals.some((literal, index) => literal !== null && index > 0)) return null;
    return copy.sources.flatMap((source, index) => {
      const hidden = new Set(literals.slice(index + 1).flatMap((literal) => (literal ? staticKeysAfter(literal, -1) : [])));
      const literal = literals[index];
      if (literal) return withSteps(this.#object(literal, hidden), [copy.step]);
      return hidden.size === 0 ? this.#through(source, copy.step) : this.#throughWithout(source, hidden, copy.step);
    });
  }

  /**
   * What a call of a same-file function carries: the sources of its returned values, a parameter's
   * replaced by what the call passes for it. Null when the callee is not such a function (or is a
   * generator, whose returns are not what it yields).
   */
  #returnedBy(call: TSESTree.CallExpression | TSESTree.NewExpression): ChainedTrace<Finding>[] | null {
    if (!this.#policy.parameterOf || call.type !== AST_NODE_TYPES.CallExpression) return null;
    const fn = localCallee(call, this.#paths);
    if (!fn || fn.generator) return null;
    return this.#inCall(call, fn, returnedValues(fn));
  }

  /**
   * What values written in a same-file function hold at one call of it: a parameter's name there
   * stands for the argument the call passes (`checkKey(apiKey)` throwing `` new Error(`bad key
   * ${key}`) `` holds `apiKey`, and `refuse(label)` holds no secret whatever the parameter is called).
   */
  #inCall(call: TSESTree.CallExpression, fn: FunctionNode, values: readonly TSESTree.Node[]): ChainedTrace<Finding>[] {
    const policy = this.#policy;
    const step = `\`${functionName(fn) ?? 'the function'}()\``;
    if (!policy.parameterOf) return values.flatMap((value) => this.#through(value, step));
    const traces: ChainedTrace<Finding>[] = [];
    for (const value of values) {
      for (const trace of this.#trace(value)) {
        let parameter = policy.parameterOf(trace.finding);
        const named = parameter ? null : (policy.namedVariableOf?.(trace.finding) ?? null);
        const definition = named ? this.#paths.variableOf(named)?.defs[0] : undefined;
        // A plain parameter's name stands for the argument; a destructured one's for the key it reads.
        if (definition?.type === DefinitionType.Parameter && definition.node === fn) {
          if (definition.name.type !== AST_NODE_TYPES.Identifier || parameterPatternRoot(definition.name) === null) parameter = definition.name;
        }
        // `const token = argv[i]; return token`: a word of the callee's, not a secret of the caller's.
        else if (definition && named && contains(fn, named) && enclosingFunction(definition.name) === fn) continue;
        // `return req.body`: the part of what the call passes.
        const part = parameter ? parameterPart(parameter, this.#paths) : null;
        if (part) {
          const position = parameterPosition(part.declaration);
          const argument = position && !position.rest ? call.arguments[position.index] : undefined;
          if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) traces.push(...this.#fieldTraces(argument, part.names).map((item) => item.withSteps([step])));
          continue;
        }
        const index = parameter ? fn.params.findIndex((item) => contains(item, parameter)) : -1;
        if (index === -1) {
          traces.push(trace.withSteps([step]));
          continue;
        }
        const argument = call.arguments[index];
        // A rest parameter takes every argument from its position on.
        const passed = fn.params[index]?.type === AST_NODE_TYPES.RestElement ? call.arguments.slice(index) : argument ? [argument] : [];
        // The steps inside the function come between the argument's and the call's (`new Error(...)`, `checkKey()`).
        for (const item of passed) traces.push(...withSteps(this.#through(item, null), [step, ...trace.steps]));
      }
    }
    return traces;
  }

  /** `pick(x, keys)`: only the picked keys, each a source by its name or by what a local literal holds there. */
  #pick(object: TSESTree.Node, keys: readonly { name: string; node: TSESTree.Node }[] | null): ChainedTrace<Finding>[] {
    if (keys === null) return [...this.#trace(object)];
    const traces: ChainedTrace<Finding>[] = [];
    for (const key of keys) {
      const verdict = this.#named(key.name, key.node, 'property', null);
      if (verdict === 'clean') continue;
      if (verdict) {
        traces.push(...verdict);
        continue;
      }
      const member = this.#literalMember(object, key.name);
      if (member) traces.push(...this.#trace(member));
    }
    return traces;
  }

  #reachingWrites(variable: Variable, use: TSESTree.Identifier): Write[] {
    let prepared = this.#preparedByVariable.get(variable);
    if (!prepared) {
      prepared = new PreparedWrites(this.#writesOf(variable));
      this.#preparedByVariable.set(variable, prepared);
    }
    return selectReaching(prepared, use);
  }

  /** Every write of a variable (computed once per variable: #reachingWrites keeps them prepared). */
  #writesOf(variable: Variable): readonly Write[] {
    const writes: Write[] = [];
    for (const definition of variable.defs) {
      if (definition.type === DefinitionType.Parameter) {
        const parameterNode = definition.name;
        const withDefault = parameterNode.parent.type === AST_NODE_TYPES.AssignmentPattern ? parameterNode.parent : null;
        writes.push({ kind: 'opaque', node: parameterNode, position: parameterNode.range[0], anchor: parameterNode });
        // The default applies only when no argument is given: it hides nothing the caller passes.
        if (withDefault) writes.push({ kind: 'value', value: withDefault.right, node: parameterNode, position: parameterNode.range[0], anchor: parameterNode, conditional: true });
        // `nodes.forEach((node) => ...)`, `Object.entries(info).map(([key, value]) => ...)`: an
        // element of the array the callback is written for, as in a for-of over it.
        const iterated = parameterNode.type === AST_NODE_TYPES.Identifier ? callbackElementWrite(parameterNode, definition.node) : null;
        if (iterated) {
          writes.push(iterated);
          continue;
        }
        // `login(user, password).catch((e) => ...)`: what the promise is rejected with reaches the handler.
        if (parameterNode.type === AST_NODE_TYPES.Identifier) {
          for (const rejected of rejectedInto(parameterNode, (call) => localCallee(call, this.#paths))) writes.push({ kind: 'value', value: rejected.value, calledAt: rejected.call, node: parameterNode, position: parameterNode.range[0], anchor: parameterNode, conditional: true });
        }
        // `function f({ ipmi_password: p })`: the key read names the binding, as in a declaration.
        const root = parameterNode.type === AST_NODE_TYPES.Identifier ? parameterPatternRoot(parameterNode) : null;
        if (root && parameterNode.type === AST_NODE_TYPES.Identifier) {
          const write = patternWrite(parameterNode, root, root, false, parameterNode.range[0], parameterNode);
          if (write.kind === 'destructured') writes.push(write);
        }
      } else if (definition.type === DefinitionType.CatchClause || definition.type === DefinitionType.ImportBinding) {
        writes.push({ kind: 'opaque', node: definition.name, position: definition.name.range[0], anchor: definition.name });
        // What the try block throws itself reaches the catch's parameter (`throw new Error(`bad ${token}`)`).
        if (definition.type === DefinitionType.CatchClause) {
          for (const thrown of thrownInto(definition.node, (call) => localCallee(call, this.#paths))) writes.push({ kind: 'value', value: thrown.value, calledAt: thrown.call, node: definition.name, position: definition.name.range[0], anchor: definition.name, conditional: true });
        }
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
      // `const { addr = password } = o`, `[x = fallback] = parts`: a default inside a destructuring
      // may be what the binding gets.
      const withDefault = identifier.parent;
      if (written && withDefault.type === AST_NODE_TYPES.AssignmentPattern && withDefault.left === identifier && !isFunctionNode(withDefault.parent)) {
        writes.push({ kind: 'value', value: withDefault.right, node: identifier, position: written.position, anchor: written.anchor, conditional: true });
      }
    }
    return writes;
  }
}

/**
 * The values thrown by `throw` statements of the try block a catch clause handles: not those in
 * nested functions, nor in a nested try block whose own catch takes them; and those a function of
 * the file called there throws itself (`checkKey(apiKey)`, `await login(user, password)`), one
 * call deep.
 */
/** A value made to be thrown or rejected with; `call` when it is written in a same-file function that call runs. */
interface Made {
  readonly value: TSESTree.Node;
  readonly call?: { readonly call: TSESTree.CallExpression; readonly fn: FunctionNode };
}

function thrownInto(clause: TSESTree.CatchClause, calleeOf: (call: TSESTree.CallExpression) => FunctionNode | null): Made[] {
  const thrown: Made[] = thrownIn(clause.parent.block).map((value) => ({ value }));
  const seen = new Set<FunctionNode>();
  for (const call of callsIn(clause.parent.block)) {
    // `JSON.parse(text)` throws a SyntaxError whose message quotes the text it could not read.
    const parsed = jsonParseInput(call);
    if (parsed) thrown.push({ value: parsed });
    const fn = calleeOf(call);
    if (!fn || fn.generator || seen.has(fn) || contains(fn, clause)) continue;
    const awaited = outermostWrapper(call).parent?.type === AST_NODE_TYPES.AwaitExpression;
    // An async function's throw rejects its promise, which reaches the catch when awaited here.
    if (fn.async && !awaited) continue;
    seen.add(fn);
    // What it makes and throws (`throw new Error(...)`), not what it passes on (`throw err`,
    // `throw err.cause`, a rethrow; `if (token instanceof Retry) throw token`).
    const at = { call, fn };
    thrown.push(...madeThrowsOf(fn).map((value) => ({ value, call: at })));
    // What the promise it makes is rejected with, when awaited here.
    if (awaited) thrown.push(...madeRejectionsOf(fn).map((value) => ({ value, call: at })));
  }
  return thrown;
}

/** The text `JSON.parse` is given (the global JSON's), which its error quotes. */
function jsonParseInput(call: TSESTree.CallExpression): TSESTree.Node | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'parse') return null;
  const object = unwrapExpression(callee.object);
  const [text] = call.arguments;
  return object.type === AST_NODE_TYPES.Identifier && object.name === 'JSON' && text && text.type !== AST_NODE_TYPES.SpreadElement ? text : null;
}

/**
 * What a function rejects the promise it makes and returns with: the values made where they are
 * handed to the executor's `reject` (`return new Promise((resolve, reject) => { ... reject(new
 * Error(`bad token ${token}`)) })`), also in callbacks written in the executor. Not what it passes
 * on (`reject(err)`).
 */
function madeRejectionsOf(fn: FunctionNode): TSESTree.Node[] {
  const made: TSESTree.Node[] = [];
  for (const value of returnedValues(fn)) {
    const returned = unwrapExpression(value);
    if (returned.type !== AST_NODE_TYPES.NewExpression || returned.callee.type !== AST_NODE_TYPES.Identifier || returned.callee.name !== 'Promise') continue;
    const [executor] = returned.arguments;
    if (!executor || !isFunctionNode(executor)) continue;
    const reject = executor.params[1];
    if (reject?.type !== AST_NODE_TYPES.Identifier) continue;
    collectRejections(executor.body, reject.name, made);
  }
  return made;
}

/** The values made where they are handed to `reject` (the executor's parameter of that name) below a node. */
function collectRejections(node: TSESTree.Node, reject: string, values: TSESTree.Node[]): void {
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === reject) {
    const [rejected] = node.arguments;
    if (rejected && MADE_VALUES.has(unwrapExpression(rejected).type)) values.push(rejected);
  }
  // A function written inside that names its own `reject` hands on another promise's.
  if (isFunctionNode(node) && node.params.some((parameter) => parameter.type === AST_NODE_TYPES.Identifier && parameter.name === reject)) return;
  for (const child of childNodes(node)) collectRejections(child, reject, values);
}

/**
 * For the parameter of a rejection handler (`.catch((e) => ...)`, `.then(f, (e) => ...)`), what the
 * chain's first promise is rejected with: the value of `Promise.reject(x)`, or what an async function
 * of the file called there makes and throws (`login(user, password).catch(...)`), one call deep.
 */
function rejectedInto(parameter: TSESTree.Identifier, calleeOf: (call: TSESTree.CallExpression) => FunctionNode | null): Made[] {
  const handler = parameter.parent;
  if (!isFunctionNode(handler) || handler.params[0] !== parameter) return [];
  const link = handler.parent;
  if (link.type !== AST_NODE_TYPES.CallExpression || link.callee.type !== AST_NODE_TYPES.MemberExpression) return [];
  const method = staticPropertyName(link.callee);
  if (!((method === 'catch' && link.arguments[0] === handler) || (method === 'then' && link.arguments[1] === handler))) return [];
  // A handler earlier in the chain (`.catch(() => fallback())`, `.then(f, h)`) took the head's rejection.
  // One that only passes it on (`.catch((e) => { throw e; })`) leaves it as it was.
  for (let earlier = unwrapExpression(link.callee.object); earlier.type === AST_NODE_TYPES.CallExpression && earlier.callee.type === AST_NODE_TYPES.MemberExpression; earlier = unwrapExpression(earlier.callee.object)) {
    const name = staticPropertyName(earlier.callee);
    const earlierHandler = name === 'catch' ? earlier.arguments[0] : name === 'then' ? earlier.arguments[1] : undefined;
    if (earlierHandler && !handsRejectionOnUnchanged(earlierHandler)) return [];
    if (name !== 'then' && name !== 'finally' && name !== 'catch') break;
  }
  const rejected: Made[] = [];
  for (const head of chainHeadCalls(link.callee.object)) {
    if (promiseMethodOf(head) === 'reject') {
      const [value] = head.arguments;
      if (value && value.type !== AST_NODE_TYPES.SpreadElement) rejected.push({ value });
      continue;
    }
    const fn = calleeOf(head);
    if (!fn || fn.generator || contains(fn, handler)) continue;
    const at = { call: head, fn };
    if (fn.async) rejected.push(...madeThrowsOf(fn).map((value) => ({ value, call: at })));
    rejected.push(...madeRejectionsOf(fn).map((value) => ({ value, call: at })));
  }
  return rejected;
}

/** A rejection handler that hands the error on unchanged: `(e) => { throw e; }`, `(e) => Promise.reject(e)`. */
function handsRejectionOnUnchanged(handler: TSESTree.Node): boolean {
  if (!isFunctionNode(handler)) return false;
  const [parameter] = handler.params;
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return false;
  const isParameter = (node: TSESTree.Node | null | undefined): boolean => node !== null && node !== undefined && unwrapExpression(node).type === AST_NODE_TYPES.Identifier && (unwrapExpression(node) as TSESTree.Identifier).name === parameter.name;
  const isRejectionOf = (node: TSESTree.Node | null | undefined): boolean => {
    const inner = node ? unwrapExpression(node) : null;
    return inner?.type === AST_NODE_TYPES.CallExpression && promiseMethodOf(inner) === 'reject' && isParameter(inner.arguments[0]);
  };
  if (handler.body.type !== AST_NODE_TYPES.BlockStatement) return isRejectionOf(handler.body);
  const [only] = handler.body.body;
  if (handler.body.body.length !== 1 || !only) return false;
  return (only.type === AST_NODE_TYPES.ThrowStatement && isParameter(only.argument)) || (only.type === AST_NODE_TYPES.ReturnStatement && isRejectionOf(only.argument));
}

/** What a function makes and throws itself (`throw new Error(...)`), not what it passes on (`throw err`). */
function madeThrowsOf(fn: FunctionNode): TSESTree.Node[] {
  return fn.body.type === AST_NODE_TYPES.BlockStatement ? thrownIn(fn.body).filter((value) => MADE_VALUES.has(unwrapExpression(value).type)) : [];
}

/** Values made where they are thrown (`new Error(...)`, `Error(...)`, a message written out). */
const MADE_VALUES: ReadonlySet<AST_NODE_TYPES> = new Set([AST_NODE_TYPES.NewExpression, AST_NODE_TYPES.CallExpression, AST_NODE_TYPES.TemplateLiteral, AST_NODE_TYPES.Literal, AST_NODE_TYPES.BinaryExpression, AST_NODE_TYPES.ObjectExpression]);

/** The values thrown in a block: not in nested functions, nor in a nested try block whose own catch takes them. */
function thrownIn(block: TSESTree.Node): TSESTree.Node[] {
  return collectInTry(block, (node) => (node.type === AST_NODE_TYPES.ThrowStatement ? node.argument : null));
}

/** The calls made in a block, not in nested functions nor in a nested try block whose own catch takes what they throw. */
function callsIn(block: TSESTree.Node): TSESTree.CallExpression[] {
  return collectInTry(block, (node) => (node.type === AST_NODE_TYPES.CallExpression ? node : null));
}

/** The static keys of the properties after position `index` of an object literal. */
function staticKeysAfter(node: TSESTree.ObjectExpression, index: number): string[] {
  const keys: string[] = [];
  for (const property of node.properties.slice(index + 1)) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = staticPropertyName(property);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Where a destructuring path leads (see ValueFlow.#partAt). */
type Part =
  | { readonly kind: 'at'; readonly node: TSESTree.Node }
  | { readonly kind: 'clean' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'whole'; readonly node: TSESTree.Node; readonly steps: readonly string[] };

function withSteps<Finding>(traces: readonly ChainedTrace<Finding>[], steps: readonly string[]): ChainedTrace<Finding>[] {
  if (steps.length === 0) return [...traces];
  return traces.map((trace) => trace.withSteps(steps));
}

/** An array index (or the elements an array rest takes). */
/**
 * A boolean or a number as written: a literal, `!x`, a comparison, or a cast to such a type (not
 * an empty string, which a token is reset to).
 */
function isFlagValue(raw: TSESTree.Node): boolean {
  if (isPrimitiveCast(raw)) return true;
  const value = unwrapExpression(raw);
  if (value.type === AST_NODE_TYPES.Literal) return typeof value.value === 'boolean' || typeof value.value === 'number';
  if (value.type === AST_NODE_TYPES.UnaryExpression) return value.operator === '!';
  return value.type === AST_NODE_TYPES.BinaryExpression && COMPARISON_OPERATORS.has(value.operator);
}

/** `x as boolean`, `<number>x`, `x as 0 | 1`: a value cast to a type no secret has. */
function isPrimitiveCast(value: TSESTree.Node): boolean {
  if (value.type !== AST_NODE_TYPES.TSAsExpression && value.type !== AST_NODE_TYPES.TSTypeAssertion) return false;
  const type = value.typeAnnotation;
  const members = type.type === AST_NODE_TYPES.TSUnionType ? type.types : [type];
  return members.every(
    (member) =>
      member.type === AST_NODE_TYPES.TSBooleanKeyword ||
      member.type === AST_NODE_TYPES.TSNumberKeyword ||
      (member.type === AST_NODE_TYPES.TSLiteralType && member.literal.type === AST_NODE_TYPES.Literal && (typeof member.literal.value === 'boolean' || typeof member.literal.value === 'number')),
  );
}

function isIndex(name: string): boolean {
  return name === ELEMENTS || /^\d+$/u.test(name);
}

/** Array methods whose result holds some of the receiver's elements, unchanged. */
const ELEMENT_KEEPING_METHODS: ReadonlySet<string> = new Set(['filter', 'slice', 'sort', 'toSorted', 'reverse', 'toReversed']);

/** The names of an array rest: every element from its position on. */
const ELEMENTS = '*';

/** A write that may give a variable its value. */
type Write =
  | {
      kind: 'destructured';
      value: TSESTree.Node;
      /** The keys read from `value` (or from each element of it) to reach the binding; array indexes as digits. */
      names: readonly string[];
      /** The pattern key node for each name (null for array positions). */
      keys: readonly (TSESTree.Node | null)[];
      /** Whether `value` is iterated (`for (const { a } of value)`). */
      element: boolean;
      node: TSESTree.Node;
      position: number;
      anchor: TSESTree.Node;
    }
  | {
      kind: 'rest';
      value: TSESTree.Node;
      /** The keys leading to the object the rest takes the remainder of. */
      names: readonly string[];
      /** The keys named beside the rest, which it does not take. */
      excluded: readonly string[];
      element: boolean;
      node: TSESTree.Node;
      position: number;
      anchor: TSESTree.Node;
    }
  | { kind: 'opaque'; node: TSESTree.Node; position: number; anchor: TSESTree.Node }
  | {
      kind: 'value';
      value: TSESTree.Node;
      node: TSESTree.Node;
      position: number;
      anchor: TSESTree.Node;
      mutation?: boolean;
      /** A write that may not happen (a parameter's default): it never hides the writes before it. */
      conditional?: boolean;
      /** The key a mutation stores the value under (`o.password = x`). */
      key?: { name: string; node: TSESTree.Node };
      /** Where in the object a mutation writes, and how (see Mutation). */
      into?: Mutation;
      /** Keys a later write replaced or deleted before the use (`o.password = '***'`, `delete o.password`): not what this value holds there now. */
      excluded?: ReadonlySet<string>;
      /** A value written in a same-file function, at the call that runs it (what it throws there): its parameters are the call's arguments. */
      calledAt?: Made['call'];
    };

/** How a keyed store is named in a message: `a property assignment`, or the method that stores (`` `.append(...)` ``). */
function storeStep(anchor: TSESTree.Node): string {
  if (anchor.type === AST_NODE_TYPES.CallExpression && anchor.callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = staticPropertyName(anchor.callee);
    if (method !== null) return `\`.${method}(...)\``;
  }
  return 'a property assignment';
}

/**
 * A write whose value is all there is to know of what it stores: an object, array or string written
 * out (or a fresh copy), or a part stored into a local object (replaced, added or deleted; a merge copies keys unseen).
 */
function isSeenWhole(write: Write): boolean {
  if (write.kind !== 'value') return false;
  if (write.mutation) return write.into !== undefined && write.into.how !== 'merge';
  // A fresh copy of values traced one by one (`Object.assign({}, plain)`, `structuredClone(plain)`).
  return isWrittenOutValue(write.value) || copiedSources(write.value) !== null || isWrittenOutContainer(write.value);
}

/**
 * An object or array written out, or a `map` (`flatMap`) whose callback gives back only such values
 * (`keys.map((name) => ({ name, type: 'secret_text' }))`): every part of it is written in view.
 */
function isWrittenOutValue(value: TSESTree.Node): boolean {
  const inner = unwrapExpression(value);
  if (WRITTEN_OUT.has(inner.type)) return true;
  if (inner.type !== AST_NODE_TYPES.CallExpression || inner.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(inner.callee);
  const callback = inner.arguments[0] ? unwrapExpression(inner.arguments[0]) : null;
  if ((method !== 'map' && method !== 'flatMap') || callback === null || !isFunctionNode(callback)) return false;
  const returned = returnedValues(callback);
  return returned.length > 0 && returned.every((item) => WRITTEN_OUT.has(unwrapExpression(item).type));
}


/**
 * A write into a local object: the path of keys from the variable to the part written (null when
 * a key is computed), and how: `set` replaces the part (`o.a.b = x`), `delete` removes it, `add`
 * puts the value among what the part holds (`o.items.push(x)`, `o.s += x`), `merge` copies its
 * keys in (`Object.assign(o.a, x)`).
 */
interface Mutation {
  readonly path: readonly string[] | null;
  readonly how: 'set' | 'delete' | 'add' | 'merge';
}

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
  const loop = iterationOf(owner);
  if (loop) {
    // A for-in binds property names, which are not values.
    if (loop.type === AST_NODE_TYPES.ForInStatement) return { kind: 'opaque', node: identifier, position, anchor: loop };
    return patternWrite(identifier, patternRoot, loop.right, true, position, loop.body);
  }
  // `count++`: the variable now holds a number.
  if (owner.type === AST_NODE_TYPES.UpdateExpression) return { kind: 'value', value: owner, node: identifier, position, anchor: owner };
  if (!writeExpr) return { kind: 'opaque', node: identifier, position, anchor: identifier };
  if (patternRoot !== identifier) return patternWrite(identifier, patternRoot, writeExpr, false, position, owner);
  if (owner.type === AST_NODE_TYPES.AssignmentExpression && owner.operator !== '=' && owner.operator !== '+=') {
    // `password ||= 'calvin'`: the value may stay what it was, so the write hides nothing before it.
    if (owner.operator === '||=' || owner.operator === '&&=' || owner.operator === '??=') {
      return { kind: 'value', value: owner.right, node: identifier, position, anchor: owner, conditional: true };
    }
    return null;
  }
  if (owner.type === AST_NODE_TYPES.AssignmentExpression && owner.operator === '+=') {
    return { kind: 'value', value: owner, node: identifier, position, anchor: owner };
  }
  return { kind: 'value', value: writeExpr, node: identifier, position, anchor: owner };
}

/** `x as const`: no type of its own to ask about. */
function isConstAssertion(node: TSESTree.TSAsExpression | TSESTree.TSTypeAssertion): boolean {
  const annotation = node.typeAnnotation;
  return annotation.type === AST_NODE_TYPES.TSTypeReference && annotation.typeName.type === AST_NODE_TYPES.Identifier && annotation.typeName.name === 'const';
}

/** The outermost destructuring pattern a parameter's binding sits in, or null for a plain parameter. */
function parameterPatternRoot(identifier: TSESTree.Identifier): TSESTree.ObjectPattern | TSESTree.ArrayPattern | null {
  let root: TSESTree.ObjectPattern | TSESTree.ArrayPattern | null = null;
  for (let current: TSESTree.Node = identifier; ; ) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (parent.type === AST_NODE_TYPES.ObjectPattern || parent.type === AST_NODE_TYPES.ArrayPattern) root = parent;
    else if (parent.type !== AST_NODE_TYPES.Property && parent.type !== AST_NODE_TYPES.AssignmentPattern && parent.type !== AST_NODE_TYPES.RestElement) return root;
    current = parent;
  }
}

/** The write of a callback parameter that receives the elements of an array method's receiver (`xs.map((x) => ...)`), or null. */
function callbackElementWrite(identifier: TSESTree.Identifier, fn: TSESTree.Node): Write | null {
  if (!isFunctionNode(fn)) return null;
  const index = fn.params.findIndex((parameter) => contains(parameter, identifier));
  const parameter = fn.params[index];
  if (!parameter) return null;
  // `getToken().then((token) => ...)`: what the promise settles to.
  const settled = index === 0 ? thenReceiverOf(fn) : null;
  if (settled) return patternWrite(identifier, parameter, settled, false, identifier.range[0], identifier);
  const receiver = elementSourceOf(fn, index);
  if (receiver) return patternWrite(identifier, parameter, receiver, true, identifier.range[0], identifier);
  // The array itself, after the element and its index.
  const array = arraySourceOf(fn, index);
  return array ? patternWrite(identifier, parameter, array, false, identifier.range[0], identifier) : null;
}

/** The promise whose `.then(fn)` (or `.then(fn, h)`) receives `fn` as its fulfilment callback, or null. */
function thenReceiverOf(fn: FunctionNode): TSESTree.Node | null {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return null;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'then' ? callee.object : null;
}

/** The array `Promise.all([...])` is given, under an `await` or not, or null. */
function promiseAllArgument(node: TSESTree.Node): TSESTree.Node | null {
  let inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
  if (inner.type !== AST_NODE_TYPES.CallExpression || inner.arguments.length !== 1 || promiseMethodOf(inner) !== 'all') return null;
  const [argument] = inner.arguments;
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : null;
}

/** The for-of / for-in loop whose left side `owner` is (a declaration or an assignment target). */
function iterationOf(owner: TSESTree.Node): TSESTree.ForInStatement | TSESTree.ForOfStatement | null {
  if (owner.type === AST_NODE_TYPES.ForOfStatement || owner.type === AST_NODE_TYPES.ForInStatement) return owner;
  if (owner.type === AST_NODE_TYPES.VariableDeclarator && owner.init === null) {
    const loop = owner.parent.parent;
    if ((loop.type === AST_NODE_TYPES.ForOfStatement || loop.type === AST_NODE_TYPES.ForInStatement) && loop.left === owner.parent) return loop;
  }
  return null;
}

/** The write of a binding inside a destructuring pattern. */
function patternWrite(
  identifier: TSESTree.Identifier,
  patternRoot: TSESTree.Node,
  value: TSESTree.Node,
  element: boolean,
  position: number,
  anchor: TSESTree.Node,
): Write {
  const path = patternPath(patternRoot, identifier);
  if (!path) return { kind: 'opaque', node: identifier, position, anchor };
  if (path.rest === 'object') {
    return { kind: 'rest', value, names: path.names, excluded: path.excluded, element, node: identifier, position, anchor };
  }
  const names = path.rest === 'array' ? [...path.names, ELEMENTS] : path.names;
  const keys = path.rest === 'array' ? [...path.keys, null] : path.keys;
  return { kind: 'destructured', value, names, keys, element, node: identifier, position, anchor };
}

interface PatternPath {
  names: string[];
  keys: (TSESTree.Node | null)[];
  /** Set when the binding is a rest element: the keys named beside it (object rest). */
  rest: 'array' | 'object' | null;
  excluded: string[];
}

/** The keys leading from a pattern's root to a binding inside it. */
function patternPath(pattern: TSESTree.Node, target: TSESTree.Identifier): PatternPath | null {
  if (pattern === target) return { names: [], keys: [], rest: null, excluded: [] };
  switch (pattern.type) {
    case AST_NODE_TYPES.AssignmentPattern:
      return patternPath(pattern.left, target);
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          if (property.argument === target) {
            const excluded = pattern.properties.flatMap((other) => {
              if (other.type === AST_NODE_TYPES.RestElement) return [];
              const key = staticPropertyName(other);
              return key === null ? [] : [key];
            });
            return { names: [], keys: [], rest: 'object', excluded };
          }
          continue;
        }
        const inner = patternPath(property.value, target);
        if (inner) return { ...inner, names: [staticPropertyName(property) ?? UNKNOWN_KEY, ...inner.names], keys: [property.key, ...inner.keys] };
      }
      return null;
    case AST_NODE_TYPES.ArrayPattern:
      for (const [index, element] of pattern.elements.entries()) {
        if (!element) continue;
        if (element.type === AST_NODE_TYPES.RestElement) {
          if (element.argument === target) return { names: [], keys: [], rest: 'array', excluded: [] };
          const inner = patternPath(element.argument, target);
          if (inner) return { ...inner, names: [ELEMENTS, ...inner.names], keys: [null, ...inner.keys] };
          continue;
        }
        const inner = patternPath(element, target);
        if (inner) return { ...inner, names: [String(index), ...inner.names], keys: [null, ...inner.keys] };
      }
      return null;
    default:
      return null;
  }
}

/** What may be stored at a part of a value, and whether something else may be there too. */
interface Stored {
  readonly nodes: readonly TSESTree.Node[];
  readonly unknown: boolean;
}

const UNKNOWN_STORED: Stored = Object.freeze({ nodes: Object.freeze([]), unknown: true });


/** A computed pattern key whose value is not known. */
const UNKNOWN_KEY = '?';

/**
 * `v.push(x)`, `v.unshift(x)`, `v.key = x`, `v[i] = x`, `Object.assign(v, x)`, `delete v.key`:
 * later writes into a local object.
 */
function mutationsOf(identifier: TSESTree.Node): Write[] {
  // Through a cast (`delete (copy as Partial<Bmc>).password`, `(headers as any).Authorization = t`).
  const target = outermostWrapper(identifier);
  const parent = target.parent;
  if (!parent) return [];
  const write = (value: TSESTree.Node, anchor: TSESTree.Node, into: Mutation, key?: { name: string; node: TSESTree.Node }): Write => ({
    kind: 'value',
    value,
    node: identifier,
    position: identifier.range[0],
    anchor,
    mutation: true,
    into,
    ...(key ? { key } : {}),
  });
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === target) {
    // Deeper in the object too (`v.headers.Authorization = x`, `v.qs.token = x`, `v.items.push(x)`):
    // the object carries what any part of it holds.
    let member: TSESTree.MemberExpression = parent;
    let path: string[] | null = [];
    for (;;) {
      const name = staticPropertyName(member);
      path = path === null || name === null ? null : [...path, name];
      if (member.parent.type !== AST_NODE_TYPES.MemberExpression || member.parent.object !== member) break;
      member = member.parent;
    }
    const grand = member.parent;
    if (grand.type === AST_NODE_TYPES.AssignmentExpression && grand.left === member) {
      const name = staticPropertyName(member);
      // `??=` and the like may leave the part as it was; `+=` adds to it.
      const how = grand.operator === '=' ? 'set' : 'add';
      return [write(grand.right, grand, { path, how }, name === null ? undefined : { name, node: member })];
    }
    if (grand.type === AST_NODE_TYPES.UnaryExpression && grand.operator === 'delete') return [write(grand, grand, { path, how: 'delete' })];
    if (grand.type === AST_NODE_TYPES.CallExpression && grand.callee === member) {
      const method = staticPropertyName(member);
      const into = { path: path?.slice(0, -1) ?? null, how: 'add' } as const;
      if (method === 'push' || method === 'unshift') return grand.arguments.map((argument) => write(argument, grand, into));
      if (method === 'splice') return grand.arguments.slice(2).map((argument) => write(argument, grand, into));
      // `form.append('password', pw)`, `headers.set('Authorization', t)`, `cache.set(id, session)`,
      // `seen.add(token)`: a form, headers, a map or a set holds what is stored in it, under its key.
      if ((method === 'append' || method === 'set') && grand.arguments.length >= 2) {
        const [keyArgument, ...values] = grand.arguments;
        const keyName = keyArgument?.type === AST_NODE_TYPES.Literal && typeof keyArgument.value === 'string' ? keyArgument.value : null;
        return values.map((argument) => write(argument, grand, into, keyName === null || !keyArgument ? undefined : { name: keyName, node: keyArgument }));
      }
      if (method === 'add' && grand.arguments.length === 1) return grand.arguments.map((argument) => write(argument, grand, into));
      return [];
    }
    // `Object.assign(v.headers, { Authorization: x })`.
    return assignedInto(member, (value, anchor) => write(value, anchor, { path, how: 'merge' }));
  }
  return assignedInto(identifier, (value, anchor) => write(value, anchor, { path: [], how: 'merge' }));
}

/** `Object.assign(target, x, ...)`: the sources written into the target. */
function assignedInto(target: TSESTree.Node, write: (value: TSESTree.Node, anchor: TSESTree.Node) => Write): Write[] {
  const parent = target.parent;
  if (
    parent?.type === AST_NODE_TYPES.CallExpression &&
    parent.arguments[0] === target &&
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
/** A variable's writes indexed for selectReaching: by function, in source order, each with its place in the list. */
class PreparedWrites {
  readonly all: readonly Write[];
  readonly #index = new Map<Write, number>();
  readonly #functionOf = new Map<Write, TSESTree.Node | null>();
  /** Per function (null: the module), its writes sorted by position (ties in list order). */
  readonly #byFunction = new Map<TSESTree.Node | null, Write[]>();
  readonly #othersOf = new Map<TSESTree.Node | null, Write[]>();

  constructor(all: readonly Write[]) {
    this.all = all;
    for (const [index, write] of all.entries()) {
      this.#index.set(write, index);
      const fn = enclosingFunction(write.anchor);
      this.#functionOf.set(write, fn);
      const group = this.#byFunction.get(fn);
      if (group) group.push(write);
      else this.#byFunction.set(fn, [write]);
    }
    for (const group of this.#byFunction.values()) group.sort((a, b) => a.position - b.position);
  }

  indexOf(write: Write): number {
    return this.#index.get(write) ?? 0;
  }

  /** The writes in `fn`, by position. */
  within(fn: TSESTree.Node | null): readonly Write[] {
    return this.#byFunction.get(fn) ?? [];
  }

  /** The writes in other functions (not `fn`'s parameters), in list order. */
  outside(fn: TSESTree.Node | null): readonly Write[] {
    let others = this.#othersOf.get(fn);
    if (!others) {
      others = this.all.filter((write) => this.#functionOf.get(write) !== fn && !isParameterOf(write, fn));
      this.#othersOf.set(fn, others);
    }
    return others;
  }
}

/** The index of the first write at or after `position` in a list sorted by position. */
function firstAtOrAfter(writes: readonly Write[], position: number): number {
  let low = 0;
  let high = writes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((writes[middle] as Write).position < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The writes that may reach a use: the last write before it that runs on every path to it and
 * every write between; writes after it inside a loop around both (unless that write is hidden by
 * one made on every iteration before the use); and writes from other functions. Walks back from
 * the use's position, so straight-line code costs one step per use, not one per write.
 */
function selectReaching(prepared: PreparedWrites, use: TSESTree.Identifier): Write[] {
  const useFunction = enclosingFunction(use);
  const position = use.range[0];
  const own = prepared.within(useFunction);
  const isBefore = (write: Write): boolean => write.position < position && (!contains(write.anchor, use) || isIteration(write));
  const collected: Write[] = [];
  let dominating: Write | undefined;
  // Parts a later write replaced or deleted on every path to the use: what earlier writes put there is gone.
  let replaced: (readonly string[])[] | null = null;
  for (let i = firstAtOrAfter(own, position) - 1; i >= 0; i--) {
    const write = own[i] as Write;
    if (write.node === use || !isBefore(write)) continue;
    const into = write.kind === 'value' ? write.into : undefined;
    if (replaced && into?.path && replaced.some((path) => startsWith(into.path ?? [], path))) continue;
    if (into?.path && into.path.length > 0 && (into.how === 'set' || into.how === 'delete') && runsBefore(write.anchor, use)) (replaced ??= []).push(into.path);
    if (!isMutation(write) && !(write.kind === 'value' && write.conditional === true) && runsBefore(write.anchor, use)) {
      dominating = write;
      // Its keys replaced since (`const o = { password: pw }; o.password = '***'`).
      const keys = replaced?.filter((path) => path.length === 1).map((path) => path[0] as string) ?? [];
      collected.push(keys.length > 0 && write.kind === 'value' ? { ...write, excluded: new Set(keys) } : write);
      break;
    }
    collected.push(write);
  }
  collected.reverse();
  // Later writes reach the use only through a loop around both: only the outermost loop's writes are candidates.
  let outermostLoop: TSESTree.Node | null = null;
  for (let current: TSESTree.Node | undefined = use.parent; current && current !== useFunction; current = current.parent) {
    if (LOOP_TYPES.has(current.type)) outermostLoop = current;
  }
  const later: { write: Write; loop: TSESTree.Node }[] = [];
  if (outermostLoop) {
    for (let i = firstAtOrAfter(own, outermostLoop.range[0]); i < own.length; i++) {
      const write = own[i] as Write;
      if (write.position > outermostLoop.range[1]) break;
      if (write.node === use || isBefore(write)) continue;
      const loop = sharedLoop(write.anchor, use, useFunction);
      if (loop) later.push({ write, loop });
    }
    later.sort((a, b) => prepared.indexOf(a.write) - prepared.indexOf(b.write));
  }
  // A value written on every iteration before the use hides what later iterations write after it.
  const carried = later.filter(({ loop }) => !dominating || !contains(loop, dominating.anchor));
  const others = prepared.outside(useFunction).filter((write) => write.node !== use);
  return [...collected, ...carried.map(({ write }) => write), ...others];
}

/** A loop's binding, written before each iteration of the body it is anchored to. */
function isIteration(write: Write): boolean {
  return (write.kind === 'destructured' || write.kind === 'rest') && write.element;
}

/** The sources a fresh copy is made of: `Object.assign({}, a, b)` → a, b; `structuredClone(x)` → x; null for any other value. */
function copiedSources(node: TSESTree.Node): { sources: TSESTree.Node[]; step: string } | null {
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'structuredClone' && call.arguments.length >= 1) return { sources: call.arguments.slice(0, 1), step: '`structuredClone()`' };
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'assign') return null;
  const object = unwrapExpression(callee.object);
  const [target, ...sources] = call.arguments;
  const fresh = target ? unwrapExpression(target) : null;
  if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'Object' || fresh?.type !== AST_NODE_TYPES.ObjectExpression || fresh.properties.length > 0) return null;
  return { sources, step: '`Object.assign`' };
}

/** A run of letters and digits as long as a token's or a key's: a literal holding one keeps it, whatever is cleared. */
const TOKEN_LIKE_RUN = /[\w-]{20,}/u;

/**
 * A string given by names (`dsn`, `this.config.url`), a fallback between such (`??`, `||`, `?:`), or
 * a literal with no query, fragment or token-like run (in its path or user name).
 */
function isNamedString(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  switch (inner.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
      return true;
    case AST_NODE_TYPES.Literal:
      return typeof inner.value === 'string' && !inner.value.includes('?') && !inner.value.includes('#') && !TOKEN_LIKE_RUN.test(inner.value);
    case AST_NODE_TYPES.LogicalExpression:
      return inner.operator !== '&&' && isNamedString(inner.left) && isNamedString(inner.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return isNamedString(inner.consequent) && isNamedString(inner.alternate);
    default:
      return false;
  }
}

/** `new URL(...)` of the global `URL`. */
function isUrlConstruction(node: TSESTree.Node, paths: AccessPathResolver): boolean {
  const value = unwrapExpression(node);
  if (value.type !== AST_NODE_TYPES.NewExpression) return false;
  const callee = unwrapExpression(value.callee);
  return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'URL' && paths.variableOf(callee) === null;
}

/** Whether `path` begins with `prefix`. */
function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((name, index) => path[index] === name);
}

function isMutation(write: Write): boolean {
  return write.kind === 'value' && write.mutation === true;
}

function isParameterOf(write: Write, fn: TSESTree.Node | null): boolean {
  return fn !== null && write.anchor.parent === fn;
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
    if (LOOP_TYPES.has(current.type) && contains(current, write)) return current;
    current = current.parent;
  }
  return null;
}

function dedupe<Finding>(traces: readonly ChainedTrace<Finding>[]): readonly ChainedTrace<Finding>[] {
  const seen = new Map<Finding, ChainedTrace<Finding>>();
  for (const trace of traces) {
    const existing = seen.get(trace.finding);
    if (!existing || existing.stepCount > trace.stepCount) seen.set(trace.finding, trace);
  }
  return [...seen.values()].slice(0, MAX_TRACES);
}

/** Where a parameter sits in its function's parameter list. */
export interface ParameterPosition {
  readonly function: FunctionNode;
  readonly index: number;
  /** A rest parameter takes every argument from `index` on. */
  readonly rest: boolean;
}

/**
 * A read of a part of a parameter (`req.body.token` of `function f(req)`, `req = {}` too), or a
 * binding of a destructured parameter and what is read of it (`body` of `function f({ body })`,
 * at `body`): the parameter's declaration (never reassigned) and the names read; null for
 * anything else.
 */
export function parameterPart(node: TSESTree.Node, paths: AccessPathResolver, depth = 0): { declaration: TSESTree.Node; names: string[] } | null {
  const chain = staticChainOf(node);
  if (!chain) return null;
  const variable = paths.variableOf(chain.root);
  const definition = variable?.defs[0];
  // `const { body } = req` (or `= req.options`) in the function: the part of the parameter it binds.
  if (variable && depth < 4 && definition?.type === DefinitionType.Variable && variable.defs.length === 1) {
    const declarator = definition.node;
    if (declarator.id === definition.name || !declarator.init || variable.references.some((reference) => reference.isWrite() && !reference.init)) return null;
    const path = patternPath(declarator.id, definition.name);
    if (!path || path.rest !== null || path.names.some((name) => name === UNKNOWN_KEY || isIndex(name))) return null;
    const source = unwrapExpression(declarator.init);
    const root = staticChainOf(source);
    const parameter = root?.names.length === 0 ? paths.variableOf(root.root) : null;
    const whole = parameter?.defs[0];
    // The parameter itself (plain, never reassigned), or a part of it.
    if (parameter && whole?.type === DefinitionType.Parameter) {
      const position = parameterPosition(whole.name);
      if (!position || position.rest || parameter.references.some((reference) => reference.isWrite() && reference.identifier !== whole.name)) return null;
      return { declaration: whole.name, names: [...path.names, ...chain.names] };
    }
    const inner = parameterPart(source, paths, depth + 1);
    return inner ? { declaration: inner.declaration, names: [...inner.names, ...path.names, ...chain.names] } : null;
  }
  if (!variable || variable.defs.length !== 1 || definition?.type !== DefinitionType.Parameter || definition.name.type !== AST_NODE_TYPES.Identifier) return null;
  // A default value is a write of the declaration itself (`req = {}`), a reassignment another.
  if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== definition.name)) return null;
  const pattern = parameterPatternRoot(definition.name);
  if (pattern) {
    const position = parameterPosition(pattern);
    const path = position && !position.rest ? patternPath(pattern, definition.name) : null;
    if (!path || path.rest !== null || path.names.some((name) => name === UNKNOWN_KEY || name === ELEMENTS)) return null;
    return { declaration: pattern, names: [...path.names, ...chain.names] };
  }
  const position = chain.names.length > 0 ? parameterPosition(definition.name) : null;
  return position && !position.rest ? { declaration: definition.name, names: chain.names } : null;
}

/** The position of a plain or rest parameter (`function f(a, ...more)`), or null for anything else. */
export function parameterPosition(node: TSESTree.Node): ParameterPosition | null {
  const parent = node.parent;
  if (!parent) return null;
  if (isFunctionNode(parent)) {
    const index = parent.params.indexOf(node as TSESTree.Parameter);
    return index === -1 ? null : { function: parent, index, rest: false };
  }
  if (parent.type === AST_NODE_TYPES.RestElement && isFunctionNode(parent.parent)) {
    const index = parent.parent.params.indexOf(parent);
    return index === -1 ? null : { function: parent.parent, index, rest: true };
  }
  // A parameter with a default value (`value = ''`).
  if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node && isFunctionNode(parent.parent)) {
    const index = parent.parent.params.indexOf(parent);
    return index === -1 ? null : { function: parent.parent, index, rest: false };
  }
  return null;
}

/** A parameter that reaches a sink, whole or a part of it (`names`: `req.body` → `['body']`). */
export interface ParameterSink<Sink> extends ParameterPosition {
  readonly name: string;
  readonly names: readonly string[];
  readonly sink: Sink;
}

/**
 * Local functions whose parameters reach a sink in their own body (`function trace(v) {
 * LOG.debug(v) }`): a value passed there by a caller reaches the sink too. One level deep.
 */
export class ParameterSinks<Sink> {
  readonly #byFunction = new Map<TSESTree.Node, ParameterSink<Sink>[]>();
  readonly #replaces: (kept: Sink, found: Sink) => boolean;

  /** @param replaces whether a sink found later for the same parameter (or part) says more than the one kept */
  constructor(replaces: (kept: Sink, found: Sink) => boolean = () => false) {
    this.#replaces = replaces;
  }

  get isEmpty(): boolean {
    return this.#byFunction.size === 0;
  }

  /**
   * Records that `parameter` (or its part at `names`) reaches `sink` at `site`, when the site is in
   * the parameter's own function body.
   */
  record(parameter: TSESTree.Node, site: TSESTree.Node, sink: Sink, names: readonly string[] = []): void {
    const position = parameterPosition(parameter);
    if (!position) return;
    // The sink is in the function itself, or in an array callback it runs in place (`items.forEach((i) => log(i))`).
    let sinkFunction = enclosingFunction(site);
    while (sinkFunction && sinkFunction !== position.function && isElementCallback(sinkFunction)) sinkFunction = enclosingFunction(sinkFunction);
    if (sinkFunction !== position.function) return;
    const entries = this.#byFunction.get(position.function) ?? [];
    const kept = entries.findIndex((entry) => entry.index === position.index && entry.names.join('.') === names.join('.'));
    if (kept !== -1) {
      const entry = entries[kept] as ParameterSink<Sink>;
      if (this.#replaces(entry.sink, sink)) entries[kept] = { ...entry, sink };
      return;
    }
    // A destructured parameter is named by the keys it reads (`body` of `function f({ body })`).
    const base = parameter.type === AST_NODE_TYPES.Identifier ? [parameter.name] : names.length > 0 ? [] : [`#${String(position.index + 1)}`];
    entries.push({ ...position, name: [...base, ...names].join('.'), names, sink });
    this.#byFunction.set(position.function, entries);
  }

  /** The sinks an argument at `index` of a call to `fn` reaches, whole first, then its parts. */
  sinksOf(fn: TSESTree.Node, index: number): ParameterSink<Sink>[] {
    const entries = this.#byFunction.get(fn)?.filter((entry) => entry.index === index || (entry.rest && index >= entry.index)) ?? [];
    return entries.sort((a, b) => a.names.length - b.names.length);
  }
}

/**
 * Where a traced value enters `container` (a sink call): the innermost expression inside it that the
 * value passed through, short of the argument of a spread (which cannot be replaced by a value).
 */
export function entryPointWithin(trace: Trace<unknown>, container: TSESTree.Node): TSESTree.Node | null {
  let found: TSESTree.Node | null = null;
  for (const node of trace instanceof ChainedTrace ? trace.carriers() : trace.via) {
    if (node === container) continue;
    // Past the container, the value came from elsewhere (a variable's write): nothing inner is left.
    if (!contains(container, node)) {
      if (found) break;
      continue;
    }
    if (node.parent?.type === AST_NODE_TYPES.SpreadElement) break;
    // An element read is replaced whole (`parts[1]`, not `parts`).
    if (found && node.parent === found && found.type === AST_NODE_TYPES.MemberExpression && found.computed) break;
    found = node;
  }
  return found;
}

/** Whether a constructor body writes `this.message` or `this.stack`, or any member of `this` by a computed key. */
function writesThisMessage(body: TSESTree.Node): boolean {
  if (body.type === AST_NODE_TYPES.AssignmentExpression && body.left.type === AST_NODE_TYPES.MemberExpression && body.left.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = staticPropertyName(body.left);
    if (name === null || name === 'message' || name === 'stack') return true;
  }
  if (isFunctionNode(body) && body.type !== AST_NODE_TYPES.ArrowFunctionExpression) return false;
  return childNodes(body).some(writesThisMessage);
}

