/**
 * The precondition analysis: on the code-path engine, which checks hold on every path to each
 * state-changing action, for the action's subject.
 *
 * Events recorded per function, in evaluation order:
 * - a check call binds facts to its argument and/or the variable its result is written to
 *   (an awaited check when the await completes; a promise-returning check that is not awaited
 *   binds nothing, except inside the `.then` callback chained on it);
 * - a check whose results must be tested (`validateNode(..., { required: null })`) binds only
 *   "called"; the tests of its result on branches that exit complete it;
 * - branch tests on the subject's state give facts per outcome (lib/flow/state-tests);
 * - writes kill the facts about what they overwrite; calls that never return end the path;
 * - a call to a same-file function adds the facts that hold wherever that function returns;
 * - an action queries the facts at its call.
 * When the file is solved, each action's requirements are checked against the facts at its call,
 * and — for a private helper acting on its parameter — at every same-file call of the helper.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { AccessPathResolver } from '../matching/access-path.js';
import type { CheckSpec, CompiledAction, PreconditionVocabulary } from '../matching/actions.js';
import type { CallSites } from '../matching/call-site.js';
import type { FunctionNode } from '../matching/ast.js';
import type { TypeInfo } from '../matching/type-info.js';
import type { FactState, QueryResult } from './code-path.js';
import { bindingTargets, normalizeTarget } from '../matching/actions.js';
import { enclosingFunction, isFunctionNode, outermostWrapper, shortText, staticPropertyName, unwrapExpression } from '../matching/ast.js';
import { ConstantValues } from '../matching/constant-values.js';
import { localCallee, PrivateHelpers } from '../matching/local-functions.js';
import { valueOfConstantName } from '../matching/actions.js';
import type { ListenerMap } from './listeners.js';
import { CodePathRecorder, factSubject } from './code-path.js';
import { mergeListeners } from './listeners.js';
import { excludedFact, falsyFact, stateTestFacts, truthyFact, UNKNOWN_VALUE } from './state-tests.js';
import { rebase, SubjectKeys, subjectCandidates } from './subjects.js';

export interface Violation {
  readonly node: TSESTree.CallExpression;
  /** `setNodePowerState`, or `setNodeProvisionState` to `rescue`. */
  readonly action: string;
  /** The subject as written. */
  readonly subject: string;
  /** What is missing, one entry per unmet requirement. */
  readonly missing: readonly string[];
  /** Null when the checks are missing outright; otherwise they hold on some paths but not all. */
  readonly notOnEveryPath: { readonly branch: TSESTree.Node | null } | null;
}

export interface PreconditionAnalysisOptions {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly vocabulary: PreconditionVocabulary;
  readonly paths: AccessPathResolver;
  readonly sites: CallSites;
  readonly info: TypeInfo | null;
  readonly callbacks: 'inherit' | 'isolate';
  readonly trustCallers: boolean;
  readonly report: (violation: Violation) => void;
}

interface ActionRecord {
  readonly call: TSESTree.CallExpression;
  readonly fn: FunctionNode | null;
  readonly action: string;
  readonly subjectText: string;
  readonly subjectKey: string | null;
  readonly requires: readonly (readonly string[])[];
}


const PROMISE_COMBINATORS: ReadonlySet<string> = new Set(['all', 'allSettled', 'any', 'race']);
const MAX_TRUST_DEPTH = 6;

/** The listeners of the analysis (the code-path engine's included); reports through `options.report`. */
export function preconditionListeners(options: PreconditionAnalysisOptions): ListenerMap {
  const { vocabulary, info, sourceCode } = options;
  const keys = new SubjectKeys(options.paths, (call) => {
    const owner = vocabulary.listingOwner(options.sites.of(call), info);
    return owner === undefined ? null : subjectOf(call, owner ?? undefined);
  });
  const constants = new ConstantValues(options.paths, info, valueOfConstantName);
  const helpers = new PrivateHelpers(sourceCode);
  const actions: ActionRecord[] = [];
  const callSites = new Map<FunctionNode, TSESTree.CallExpression[]>();
  /** Result variables of checks whose results must be tested: subject key → result keys. */
  const resultsOf = new Map<string, Set<string>>();
  const onAwait = new Map<TSESTree.Node, (() => void)[]>();
  const onWrite = new Map<TSESTree.Node, string[]>();
  const thenFacts = new Map<TSESTree.Node, string[]>();

  const recorder: CodePathRecorder = new CodePathRecorder({
    initialState: (fn, closure) => {
      const inherited = options.callbacks === 'inherit' && closure !== null && isCallbackLike(fn) ? [...closure] : [];
      return new Set([...inherited, ...(thenFacts.get(fn) ?? [])]);
    },
    onSolved: () => {
      evaluate();
    },
  });

  const universe = (property: string): readonly string[] => vocabulary.valuesOf(property);

  const listeners: ListenerMap = {
    'CallExpression:exit': (node: TSESTree.CallExpression) => {
      onCall(node);
    },
    'AwaitExpression:exit': (node: TSESTree.AwaitExpression) => {
      for (const action of onAwait.get(node) ?? []) action();
    },
    'VariableDeclarator:exit': (node: TSESTree.VariableDeclarator) => {
      written(node.id, node);
    },
    'AssignmentExpression:exit': (node: TSESTree.AssignmentExpression) => {
      written(node.left, node);
    },
    'UpdateExpression:exit': (node: TSESTree.UpdateExpression) => {
      const key = keys.writtenKey(node.argument);
      if (key !== null) recorder.kill([key]);
    },
    'ForOfStatement > .body': (node: TSESTree.Node) => {
      loopBinding(node.parent);
    },
    'ForInStatement > .body': (node: TSESTree.Node) => {
      loopBinding(node.parent);
    },
    ':matches(Identifier, MemberExpression, CallExpression, BinaryExpression, ChainExpression, AwaitExpression, Literal, TemplateLiteral):exit': (
      node: TSESTree.Node,
    ) => {
      onTestAtom(node);
    },
  };
  return mergeListeners(recorder.listeners, listeners);

  function onCall(call: TSESTree.CallExpression): void {
    const site = options.sites.of(call);
    for (const id of vocabulary.checksFor(site, info)) recordCheck(call, id);
    const target = localCallee(call, options.paths);
    if (target) {
      recorder.query(call, 'callsite');
      const list = callSites.get(target) ?? [];
      list.push(call);
      callSites.set(target, list);
      whenSettled(call, target.async, () => {
        recorder.genLazily(() => translateSummary(target, call));
      });
    }
    const matched = vocabulary.actionsFor(site, info);
    if (matched.length > 0) recordAction(call, matched);
    if (vocabulary.isExitCall(site, info) || returnsNever(call)) recorder.exit();
  }

  function recordCheck(call: TSESTree.CallExpression, id: string): void {
    const spec = vocabulary.checks.get(id);
    if (!spec) return;
    const wrapper = outermostWrapper(call);
    if (isChainedThen(wrapper)) {
      const callback = (wrapper.parent as TSESTree.MemberExpression).parent as TSESTree.CallExpression;
      const [first] = callback.arguments;
      if (first && isFunctionNode(first)) {
        thenFacts.set(first, bindingTargets(spec).filter((item) => item !== 'return').flatMap((item) => checkFacts(id, pathKey(call, item))));
      }
    }
    if (spec.returnsBoolean) return;
    const targets = bindingTargets(spec);
    const argumentKeys = targets.filter((item) => item !== 'return').map((item) => pathKey(call, item));
    const returnTarget = targets.includes('return') ? resultTarget(call) : null;
    const returnKey = returnTarget ? keys.writtenKey(returnTarget.target) : null;
    const testedLater = spec.resultTest !== undefined && spec.resultTest.length > 0 && !asserts(spec, call);
    const argumentFacts: string[] = [];
    const returnFacts: string[] = [];
    for (const argKey of argumentKeys) {
      if (argKey === null) continue;
      if (!testedLater) {
        argumentFacts.push(...checkFacts(id, argKey));
        continue;
      }
      argumentFacts.push(`called:${id}|${argKey}`);
      const resultKey = resultTarget(call);
      const written = resultKey ? keys.writtenKey(resultKey.target) : null;
      if (written !== null) {
        const results = resultsOf.get(argKey) ?? new Set<string>();
        results.add(written);
        resultsOf.set(argKey, results);
      }
    }
    if (returnKey !== null && !testedLater) returnFacts.push(...checkFacts(id, returnKey));
    if (isUnawaitedPromise(call, wrapper)) return;
    whenSettled(call, false, () => {
      recorder.gen(argumentFacts);
    });
    if (returnTarget && returnFacts.length > 0) {
      const list = onWrite.get(returnTarget.writer) ?? [];
      list.push(...returnFacts);
      onWrite.set(returnTarget.writer, list);
    }
  }

  function checkFacts(id: string, key: string | null): string[] {
    if (key === null) return [];
    return [...vocabulary.impliedBy(id)].map((implied) => `chk:${implied}|${key}`);
  }

  /** The key of an argument path: `'0'` is the first argument, `'0.node'` its `node`. */
  function pathKey(call: TSESTree.CallExpression, path: string): string | null {
    const [index = '0', ...names] = path.split('.');
    const argument = call.arguments[Number(index)];
    const base = argument ? keys.keyOf(argument) : null;
    return base === null ? null : [base, ...names].join('.');
  }

  function asserts(spec: CheckSpec, call: TSESTree.CallExpression): boolean {
    const unless = spec.assertsUnless;
    if (!unless) return false;
    const argument = call.arguments[unless.argument];
    if (!argument || argument.type !== AST_NODE_TYPES.ObjectExpression) return true;
    const property = argument.properties.find(
      (item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === unless.property,
    );
    if (!property) return true;
    const value = unwrapExpression(property.value);
    return !(value.type === AST_NODE_TYPES.Literal && value.value === null);
  }

  /** Runs `then` where the call's effect is established: at its await, or right away for a synchronous call. */
  function whenSettled(call: TSESTree.CallExpression, isAsync: boolean, then: () => void): void {
    const wrapper = outermostWrapper(call);
    if (wrapper.parent?.type === AST_NODE_TYPES.AwaitExpression) {
      const list = onAwait.get(wrapper.parent) ?? [];
      list.push(then);
      onAwait.set(wrapper.parent, list);
      return;
    }
    if (isAsync || isUnawaitedPromise(call, wrapper)) return;
    then();
  }

  function isUnawaitedPromise(call: TSESTree.CallExpression, wrapper: TSESTree.Node): boolean {
    if (wrapper.parent?.type === AST_NODE_TYPES.AwaitExpression) return false;
    if (inPromiseCombinator(wrapper)) return true;
    if (!info) return false;
    const type = info.typeOf(call);
    return type !== undefined && isThenable(info, type);
  }

  function recordAction(call: TSESTree.CallExpression, matched: readonly CompiledAction[]): void {
    const selected = selectEntries(call, matched);
    const first = selected[0];
    if (!first) return;
    const subject = subjectOf(call, first.spec.subject);
    const target = first.spec.when ? targetText(call, first.spec.when.argument) : null;
    actions.push({
      call,
      fn: enclosingFunction(call),
      action: target ? `\`${first.name}\` to \`${target}\`` : `\`${first.name}\``,
      subjectText: subject ? shortText(sourceCode.getText(subject)) : 'its subject',
      subjectKey: subject ? keys.keyOf(subject) : null,
      requires: selected.flatMap((entry) => entry.spec.requires.map((group) => (typeof group === 'string' ? [group] : group))),
    });
    recorder.query(call, 'action');
  }

  /** The entries that apply: by the selecting argument's possible values, else the entry without `when`. */
  function selectEntries(call: TSESTree.CallExpression, matched: readonly CompiledAction[]): CompiledAction[] {
    const fallback = matched.find((entry) => !entry.spec.when);
    const selectors = matched.filter((entry) => entry.spec.when);
    const argumentIndex = selectors[0]?.spec.when?.argument;
    if (argumentIndex === undefined) return fallback ? [fallback] : [...matched];
    const argument = call.arguments[argumentIndex];
    const values = argument ? constants.valuesOf(argument) : undefined;
    if (!values) return fallback ? [fallback] : [];
    const result = new Set<CompiledAction>();
    for (const value of values) {
      const normalized = value === null ? null : normalizeTarget(value);
      const entry = selectors.find((item) => normalized !== null && (item.spec.when?.in.map(normalizeTarget).includes(normalized) ?? false)) ?? fallback;
      if (entry) result.add(entry);
    }
    return [...result];
  }

  function targetText(call: TSESTree.CallExpression, index: number): string | null {
    const argument = call.arguments[index];
    const values = argument ? constants.valuesOf(argument) : undefined;
    if (values?.length !== 1 || values[0] === null || values[0] === undefined) return null;
    return normalizeTarget(values[0]);
  }

  function subjectOf(call: TSESTree.CallExpression, spec: number | string | undefined): TSESTree.Node | null {
    if (spec === 'this') {
      const callee = unwrapExpression(call.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : null;
    }
    const [indexText = '0', ...propertyPath] = String(spec ?? 0).split('.');
    let node: TSESTree.Node | null = call.arguments[Number(indexText)] ?? null;
    const path = spec === undefined ? null : propertyPath;
    if (node && unwrapExpression(node).type === AST_NODE_TYPES.ObjectExpression) {
      const names = path && path.length > 0 ? path : ['nodeId', 'node_id', 'node'];
      for (const name of path && path.length > 0 ? names.slice(0, 1) : names) {
        const object = unwrapExpression(node) as TSESTree.ObjectExpression;
        const property = object.properties.find(
          (item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === name,
        );
        if (property) {
          node = property.value;
          break;
        }
      }
    }
    return node;
  }

  function written(target: TSESTree.Node, writer: TSESTree.Node): void {
    const killed: string[] = [];
    collectBindings(target, (binding) => {
      const key = keys.writtenKey(binding);
      if (key !== null) killed.push(key);
    });
    recorder.kill(killed);
    const facts = onWrite.get(writer);
    if (facts) recorder.gen(facts);
  }

  function loopBinding(loop: TSESTree.Node | undefined): void {
    if (loop?.type !== AST_NODE_TYPES.ForOfStatement && loop?.type !== AST_NODE_TYPES.ForInStatement) return;
    const left = loop.left.type === AST_NODE_TYPES.VariableDeclaration ? loop.left.declarations[0] : loop.left;
    written(left.type === AST_NODE_TYPES.VariableDeclarator ? left.id : left, loop);
  }

  function onTestAtom(node: TSESTree.Node): void {
    if (!isTestAtom(node)) return;
    const facts = stateTestFacts(node, { keys, constants, universe }) ?? { whenTrue: [], whenFalse: [] };
    const passed = booleanCheckFacts(node);
    recorder.test(node, [...facts.whenTrue, ...passed], facts.whenFalse);
  }

  /** A test on a check that returns whether it passed (`if (!isAssociated(n)) throw`). */
  function booleanCheckFacts(node: TSESTree.Node): string[] {
    let inner = unwrapExpression(node);
    if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
    if (inner.type === AST_NODE_TYPES.Identifier) {
      const variable = options.paths.variableOf(inner);
      const alias = variable ? options.paths.aliasTargetOf(variable) : null;
      if (alias && alias.names.length === 0) {
        inner = unwrapExpression(alias.expression);
        if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
      }
    }
    if (inner.type !== AST_NODE_TYPES.CallExpression) return [];
    const call = inner;
    return vocabulary.checksFor(options.sites.of(call), info).flatMap((id) => {
      const spec = vocabulary.checks.get(id);
      return spec?.returnsBoolean ? bindingTargets(spec).filter((item) => item !== 'return').flatMap((item) => checkFacts(id, pathKey(call, item))) : [];
    });
  }

  function translateSummary(target: FunctionNode, call: TSESTree.CallExpression): string[] {
    const exit = recorder.exitFactsOf(target);
    if (exit.size === 0) return [];
    const bindings: [string, string][] = [];
    for (const [index, parameter] of target.params.entries()) {
      const argument = call.arguments[index];
      if (parameter.type !== AST_NODE_TYPES.Identifier || !argument) continue;
      const variable = options.paths.variableOf(parameter);
      const argumentKeyValue = keys.keyOf(argument);
      if (variable && argumentKeyValue !== null) bindings.push([keys.variableKey(variable), argumentKeyValue]);
    }
    const thisCall = unwrapExpression(call.callee).type === AST_NODE_TYPES.MemberExpression;
    const facts: string[] = [];
    for (const item of exit) {
      const subject = factSubject(item);
      const kind = item.slice(0, item.length - subject.length);
      if (thisCall && (subject === 'this' || subject.startsWith('this.'))) facts.push(item);
      for (const [parameterKey, argumentKeyValue] of bindings) {
        const rebased = rebase(subject, parameterKey, argumentKeyValue);
        if (rebased !== null) facts.push(`${kind}${rebased}`);
      }
    }
    return facts;
  }

  function returnsNever(call: TSESTree.CallExpression): boolean {
    if (!info) return false;
    const type = info.typeOf(call);
    return type !== undefined && (type.getFlags() & info.ts.TypeFlags.Never) !== 0;
  }

  function evaluate(): void {
    const answers = new Map<TSESTree.Node, Map<string, QueryResult>>();
    for (const query of recorder.queries) {
      const byTag = answers.get(query.node) ?? new Map<string, QueryResult>();
      byTag.set(query.tag, query);
      answers.set(query.node, byTag);
    }
    for (const record of actions) {
      const query = answers.get(record.call)?.get('action');
      if (!query || query.facts === null) continue;
      const unmet = record.requires.filter((group) => !groupHolds(group, record.subjectKey, query.facts, record.fn, 0, new Set()));
      if (unmet.length === 0) continue;
      const [firstUnmet] = unmet;
      let explanation: { branch: TSESTree.Node | null; somePath: boolean } = { branch: null, somePath: false };
      for (const candidate of firstUnmet ? representativeFacts(firstUnmet, record.subjectKey) : []) {
        explanation = recorder.explainMissing(query, candidate);
        if (explanation.somePath) break;
      }
      options.report({
        node: record.call,
        action: record.action,
        subject: record.subjectText,
        missing: unmet.map((group) => group.map(describeCheck).join(' or ')),
        notOnEveryPath: explanation.somePath ? { branch: explanation.branch } : null,
      });
    }

    function groupHolds(
      group: readonly string[],
      key: string | null,
      facts: FactState,
      fn: FunctionNode | null,
      depth: number,
      visiting: Set<FunctionNode>,
    ): boolean {
      if (facts === null) return true;
      if (key !== null && group.some((id) => checkHolds(id, key, facts))) return true;
      return options.trustCallers && key !== null && fn !== null && trustedThroughCallers(group, key, fn, depth, visiting);
    }

    /** A private helper acting on its parameter: every same-file call passes a subject that has the check. */
    function trustedThroughCallers(group: readonly string[], key: string, fn: FunctionNode, depth: number, visiting: Set<FunctionNode>): boolean {
      if (depth >= MAX_TRUST_DEPTH || visiting.has(fn) || !helpers.isPrivateHelper(fn)) return false;
      const parameterIndex = fn.params.findIndex((parameter) => {
        if (parameter.type !== AST_NODE_TYPES.Identifier) return false;
        const variable = options.paths.variableOf(parameter);
        return variable !== null && rebase(key, keys.variableKey(variable), 'p') !== null;
      });
      const parameter = fn.params[parameterIndex];
      if (!parameter || parameter.type !== AST_NODE_TYPES.Identifier) return false;
      const parameterVariable = options.paths.variableOf(parameter);
      const sites = callSites.get(fn) ?? [];
      if (!parameterVariable || sites.length === 0) return false;
      const parameterKey = keys.variableKey(parameterVariable);
      visiting.add(fn);
      try {
        return sites.every((site) => {
          const argument = site.arguments[parameterIndex];
          const argumentKeyValue = argument ? keys.keyOf(argument) : null;
          const rebased = argumentKeyValue === null ? null : rebase(key, parameterKey, argumentKeyValue);
          const facts = answers.get(site)?.get('callsite')?.facts ?? null;
          return groupHolds(group, rebased, facts, enclosingFunction(site), depth + 1, visiting);
        });
      } finally {
        visiting.delete(fn);
      }
    }
  }

  function checkHolds(id: string, subject: string, facts: ReadonlySet<string>): boolean {
    const spec = vocabulary.checks.get(id);
    if (!spec) return false;
    const candidates = subjectCandidates(subject);
    if (spec.state) return candidates.some((candidate) => stateHolds(spec, candidate, facts));
    return candidates.some((candidate) => {
      if (facts.has(`chk:${id}|${candidate}`)) return true;
      if (!spec.resultTest || !facts.has(`called:${id}|${candidate}`)) return false;
      return [...(resultsOf.get(candidate) ?? [])].some((result) => (spec.resultTest ?? []).every((path) => facts.has(truthyFact(`${result}.${path}`))));
    });
  }

  function stateHolds(spec: CheckSpec, object: string, facts: ReadonlySet<string>): boolean {
    const state = spec.state;
    if (!state) return false;
    const properties = typeof state.property === 'string' ? [state.property] : state.property;
    return properties.some((property) => {
      const key = `${object}.${property}`;
      if (state.pass === 'falsy') return facts.has(falsyFact(key));
      if (state.pass === 'truthy') return facts.has(truthyFact(key));
      if (state.pass === 'tested') return [...facts].some((item) => factSubject(item) === key && /^(?:ne:|in:|out:|truthy\||falsy\|)/u.test(item));
      if (state.passIn) {
        const allowed = new Set(state.passIn);
        const mustExclude = universe(property).filter((value) => !allowed.has(value));
        if (!state.allowUnknown) mustExclude.push(UNKNOWN_VALUE);
        return mustExclude.every((value) => facts.has(excludedFact(value, key)));
      }
      if (state.passNotIn) return state.passNotIn.every((value) => facts.has(excludedFact(value, key)));
      return false;
    });
  }

  /** Facts whose absence may explain a requirement (for "not on every path"). */
  function representativeFacts(group: readonly string[], subject: string | null): string[] {
    if (subject === null) return [];
    const facts: string[] = [];
    for (const id of group) {
      const spec = vocabulary.checks.get(id);
      if (!spec) continue;
      for (const candidate of subjectCandidates(subject)) {
        if (spec.state) {
          const property = typeof spec.state.property === 'string' ? spec.state.property : (spec.state.property[0] ?? '');
          const key = `${candidate}.${property}`;
          if (spec.state.pass === 'falsy') facts.push(falsyFact(key));
          else if (spec.state.pass === 'truthy') facts.push(truthyFact(key));
          else {
            const value = spec.state.passNotIn?.[0] ?? universe(property).find((item) => !(spec.state?.passIn ?? []).includes(item));
            if (value !== undefined) facts.push(excludedFact(value, key));
          }
        } else {
          facts.push(`chk:${id}|${candidate}`, `called:${id}|${candidate}`);
        }
      }
    }
    return facts;
  }

  function describeCheck(id: string): string {
    return vocabulary.checks.get(id)?.description ?? `the check \`${id}\``;
  }
}

/** Whether a node is an atomic test: in a test position and not itself `&&`, `||` or `!`. */
function isTestAtom(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.SwitchCase:
      return parent.test === node;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.operator !== '??';
    case AST_NODE_TYPES.UnaryExpression:
      return parent.operator === '!';
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSAsExpression:
      return false;
    default:
      return false;
  }
}

/** Function expressions and arrows created inside another function (callbacks): they see the state where they are created. */
function isCallbackLike(fn: TSESTree.Node): boolean {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const parent = fn.parent;
  return parent.type !== AST_NODE_TYPES.MethodDefinition && parent.type !== AST_NODE_TYPES.PropertyDefinition && parent.type !== AST_NODE_TYPES.Property;
}

function isChainedThen(wrapper: TSESTree.Node): boolean {
  const parent = wrapper.parent;
  return (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === wrapper &&
    staticPropertyName(parent) === 'then' &&
    parent.parent.type === AST_NODE_TYPES.CallExpression &&
    parent.parent.callee === parent
  );
}

/** Inside `Promise.all([...])` and the like: started, not awaited. */
function inPromiseCombinator(wrapper: TSESTree.Node): boolean {
  let current: TSESTree.Node = wrapper;
  for (let hops = 0; hops < 3; hops++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.ArrayExpression || parent.type === AST_NODE_TYPES.SpreadElement) {
      current = parent;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(current as TSESTree.CallExpressionArgument)) return false;
    const callee = unwrapExpression(parent.callee);
    return (
      callee.type === AST_NODE_TYPES.MemberExpression &&
      callee.object.type === AST_NODE_TYPES.Identifier &&
      callee.object.name === 'Promise' &&
      PROMISE_COMBINATORS.has(staticPropertyName(callee) ?? '')
    );
  }
  return false;
}

function isThenable(info: TypeInfo, type: import('typescript').Type): boolean {
  const then = type.getProperty('then');
  if (then) return true;
  return type.isUnion() && type.types.some((part) => part.getProperty('then') !== undefined);
}

/** Where a call's result is written: `const x = await call()`, `x = call()`. */
function resultTarget(call: TSESTree.CallExpression): { target: TSESTree.Node; writer: TSESTree.Node } | null {
  let current: TSESTree.Node = outermostWrapper(call);
  if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostWrapper(current.parent);
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
    return { target: parent.id, writer: parent };
  }
  if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current && parent.operator === '=') {
    return { target: parent.left, writer: parent };
  }
  return null;
}

function collectBindings(pattern: TSESTree.Node, add: (binding: TSESTree.Node) => void): void {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
      add(pattern);
      return;
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) collectBindings(property.type === AST_NODE_TYPES.RestElement ? property.argument : property.value, add);
      return;
    case AST_NODE_TYPES.ArrayPattern:
      for (const element of pattern.elements) if (element) collectBindings(element, add);
      return;
    case AST_NODE_TYPES.AssignmentPattern:
      collectBindings(pattern.left, add);
      return;
    case AST_NODE_TYPES.RestElement:
      collectBindings(pattern.argument, add);
      return;
    default:
      return;
  }
}
