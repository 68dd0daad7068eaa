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
import { AST_NODE_TYPES, TSESLint as Lint } from '@typescript-eslint/utils';

import type { AccessPathResolver } from '../matching/access-path.js';
import { calleeLastName } from '../matching/access-path.js';
import type { CheckSpec, CompiledAction, PreconditionVocabulary } from '../matching/actions.js';
import type { ConstantValue } from '../matching/constant-values.js';
import type { CallSite } from '../matching/call-matcher.js';
import type { CallSites } from '../matching/call-site.js';
import type { FunctionNode } from '../matching/ast.js';
import type { TypeInfo } from '../matching/type-info.js';
import { callReturnsNever } from '../matching/type-info.js';
import type { FactState, QueryResult } from './code-path.js';
import { bindingTargets, IRONIC_PROVISION_TARGETS, isReturnTarget, normalizeTarget, stateProperties } from '../matching/actions.js';
import { alwaysThrows, booleanComparison, isObjectAssign, booleanLiteral, childNodes, contains, elementSourceOf, enclosingFunction, functionReturning, isFunctionNode, isWriteTarget, LOOP_TYPES, nodeText, outermostWrapper, promiseChainOf, promiseMethodOf, returnedValues as writtenReturns, shortText, statementAfter, staticPropertyName, typeAliasOf, unwrapExpression, writtenCalleeName, writtenName } from '../matching/ast.js';
import { ConstantValues } from '../matching/constant-values.js';
import { isClientName } from '../matching/api-calls.js';
import { functionOfVariable, isThisAlias, isWrittenNever, localCallee, parentClassBody, PrivateHelpers } from '../matching/local-functions.js';
import { LOGGING_METHODS } from '../matching/loggers.js';
import { valueOfConstantName } from '../matching/actions.js';
import type { ListenerMap } from './listeners.js';
import { alwaysExits, CodePathRecorder, copiedFacts, factSubject, rebaseFact } from './code-path.js';
import { anyExpression, anyStatement, mergeListeners } from './listeners.js';
import { comparisonFacts, excludedFact, falsyFact, isValueTestFact, stateTestFacts, truthyFact, UNKNOWN_VALUE } from './state-tests.js';
import { boundCandidates, EACH, IDENTITY_PROPERTIES, rebase, sameSubjectFacts, subjectCandidates, SubjectKeys } from './subjects.js';

export interface Violation {
  readonly node: TSESTree.CallExpression;
  /** `setNodePowerState`, or `setNodeProvisionState` to `rescue`. */
  readonly action: string;
  /** The subject as written. */
  readonly subject: string;
  /** What is missing outright (on every path), one entry per unmet requirement. */
  readonly missing: readonly string[];
  /** The unmet requirements that hold on some paths but not all, and a branch that skips the first; null when none does. */
  readonly notOnEveryPath: { readonly branch: TSESTree.Node | null; readonly checks: readonly string[] } | null;
  /** For an action in a private helper its callers were asked to vouch for, the outermost call that lacks the check. */
  readonly caller: TSESTree.CallExpression | null;
  /**
   * When `caller` is in a private helper whose own callers were not asked, being
   * {@link MAX_TRUST_DEPTH} helpers from the action: that depth. The check may be further out.
   */
  readonly callersBeyond: number | null;
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
  /** Every entry whose callee matches; the selecting argument picks among them once the file is read. */
  readonly matched: readonly CompiledAction[];
}

/** Where a requirement fails: the subject and the facts there (at the action, or at a helper's call site). */
interface Failure {
  readonly key: string | null;
  readonly facts: ReadonlySet<string>;
  /** For an action in a private helper, the outermost same-file call whose subject lacks the check. */
  readonly caller?: TSESTree.CallExpression;
  /** The function holding `caller` is a private helper whose callers were not followed (too deep). */
  readonly truncated?: boolean;
}

/** What one action needs of one subject. */
interface Requirement {
  readonly subjectNode: TSESTree.Node | null;
  readonly subjectText: string;
  readonly subjectKey: string | null;
  readonly requires: readonly (readonly string[])[];
}

const { DefinitionType } = Lint.Scope;

const PROMISE_COMBINATORS: ReadonlySet<string> = new Set(['all', 'allSettled', 'any', 'race']);
export const MAX_TRUST_DEPTH = 6;

/** The listeners of the analysis (the code-path engine's included); reports through `options.report`. */
export function preconditionListeners(options: PreconditionAnalysisOptions): ListenerMap {
  const { vocabulary, info, sourceCode } = options;
  const keys = new SubjectKeys(options.paths, (call) => {
    const owner = vocabulary.listingOwner(options.sites.of(call), info);
    return owner === undefined ? null : subjectOf(call, owner ?? undefined);
  });
  const constants = new ConstantValues(options.paths, info, valueOfConstantName);
  const helpers = new PrivateHelpers(sourceCode, options.paths);
  const closureKeysByFunction = new Map<FunctionNode, ReadonlySet<string>>();
  const writtenKeysByFunction = new Map<FunctionNode, ClosureWrites>();
  const isPrivateHelper = (fn: FunctionNode): boolean => helpers.isPrivateHelper(fn);
  const actions: ActionRecord[] = [];
  const callSites = new Map<FunctionNode, TSESTree.CallExpression[]>();
  /** Result variables of checks whose results must be tested: subject key → result keys. */
  const resultsOf = new Map<string, Set<string>>();
  const onAwait = new Map<TSESTree.Node, (() => void)[]>();
  const onWrite = new Map<TSESTree.Node, (() => readonly string[])[]>();
  /** Declarations given a check's result on one branch of their initializer (see resultTarget). */
  const keptOnDeclaration = new Set<TSESTree.VariableDeclarator>();
  /** Assignments that re-read the entity the variable held (`node = await getNode(node.id)`). */
  const refreshes = new Set<TSESTree.Node>();
  /**
   * Writers of a check's result read by another subject's own id (`fresh = await getNode(node.id)`):
   * the subjects re-read, those a check gave (all they held below goes stale) and others (their
   * tests of values below go stale).
   */
  const rereads = new Map<TSESTree.Node, { checked: string[]; other: string[] }>();
  /** The keys of variables a check's result was stored in (`node` of `const node = await getNode(id)`). */
  const checkedResults = new Set<string>();
  /** The callees (as written) awaited somewhere in the file; computed when first asked (isPromiseByWriting). */
  let awaitedCallees: ReadonlySet<string> | null = null;
  /** Predicates whose outcomes are being read (a predicate calling another, or itself, is read once). */
  const predicatesInProgress = new Set<FunctionNode>();
  const originByVariable = new Map<Lint.Scope.Variable, Origin | null>();
  /** Per destructured declaration's value, the rows of what it settles to (see resultRows). */
  const rowsOfDeclared = new Map<TSESTree.Node, ResultRow[] | null>();
  const flagByVariable = new Map<Lint.Scope.Variable, { passed: boolean; initialized: boolean; facts: string[]; setBy: TSESTree.Node } | null>();
  /** The statement right after a for-of loop, with that loop (see guardLoopFacts). */
  const afterGuardLoop = new WeakMap<TSESTree.Node, TSESTree.ForOfStatement>();
  const caughtErrorByVariable = new Map<Lint.Scope.Variable, { initial: Nothing; facts: string[]; setBy: TSESTree.Node } | null>();
  /** Per array variable, whether nothing changes it (see settledArrayKey): asked once per loop over it. */
  const settledArrays = new Map<Lint.Scope.Variable, boolean>();
  const provisionalSummaries = new Map<FunctionNode, ReadonlySet<string>>();
  /** The values each function returns (return arguments, an arrow's expression body). */
  const returnedValues = new Map<FunctionNode, TSESTree.Node[]>();
  const thenFacts = new Map<TSESTree.Node, string[]>();
  const elementFactsByFunction = new Map<FunctionNode, readonly string[]>();
  const combinedFacts = new Map<TSESTree.Node, string[]>();

  const recorder: CodePathRecorder = new CodePathRecorder({
    initialState: (fn, closure) => {
      const inherits = options.callbacks === 'inherit' && closure !== null && isCallbackLike(fn);
      const inherited = inherits ? [...closure, ...(isFunctionNode(fn) ? eachElementFacts(fn, closure) : [])] : [];
      return new Set([...inherited, ...(thenFacts.get(fn) ?? []), ...(isFunctionNode(fn) ? elementFacts(fn) : [])]);
    },
    onSolved: () => {
      evaluate();
    },
  });

  const universe = (property: string): readonly string[] => vocabulary.valuesOf(property);
  const isState = (property: string): boolean => vocabulary.isStateProperty(property);

  const listeners: ListenerMap = {
    'CallExpression:exit': (node: TSESTree.CallExpression) => {
      assignedInto(node);
      onCall(node);
    },
    'AwaitExpression:exit': (node: TSESTree.AwaitExpression) => {
      for (const action of onAwait.get(node) ?? []) action();
    },
    'VariableDeclarator:exit': (node: TSESTree.VariableDeclarator) => {
      // A binding given a check's result on one branch keeps the facts that branch made (resultTarget).
      if (keptOnDeclaration.has(node)) {
        genOnWrite(node);
        return;
      }
      written(node.id, node);
      // `const target = nodes.find((n) => n.provisionState === 'manageable')`: what the predicate tested.
      if (node.init && node.id.type === AST_NODE_TYPES.Identifier && isArrayMethodCall(node.init, FOUND_METHODS)) {
        const key = keys.writtenKey(node.id);
        if (key !== null) recorder.gen(pickedFacts(node.init, key, FOUND_METHODS, 0));
      }
    },
    'AssignmentExpression:exit': (node: TSESTree.AssignmentExpression) => {
      // A re-read of the same entity (`node = await getNode(node.id)`): what was read of its parts
      // (its state) is stale; what holds of it (its association, its existence) still does.
      if (refreshes.has(node)) {
        const key = keys.writtenKey(node.left);
        if (key !== null) recorder.kill([key], true);
        genOnWrite(node);
        return;
      }
      written(node.left, node);
    },
    // Each value a generator yields (see yieldedFacts); `yield*` hands over values this function does not see.
    'YieldExpression:exit': (node: TSESTree.YieldExpression) => {
      recorder.query(node, YIELD_QUERY);
    },
    'UpdateExpression:exit': (node: TSESTree.UpdateExpression) => {
      const key = keys.writtenKey(node.argument);
      if (key !== null) recorder.kill([key]);
    },
    // One listener for every expression's exit (ESLint dispatches each call with an allocation).
    [anyExpression(true)]: (node: TSESTree.Node) => {
      if (TEST_ATOM_TYPES.has(node.type)) onTestAtom(node);
      // A check's result read in place holds its facts once evaluated (see resultTarget).
      if (onWrite.size > 0) genOnWrite(node);
      // The value a function returns: a `return`'s argument or an arrow's expression body.
      if (functionReturning(node) !== null) onReturned(node);
    },
    [anyStatement(false)]: (node: TSESTree.Node) => {
      const parent = node.parent;
      // Entering a for-of/for-in body: the loop variable is written on each turn.
      if ((parent?.type === AST_NODE_TYPES.ForOfStatement || parent?.type === AST_NODE_TYPES.ForInStatement) && parent.body === node) loopBinding(parent);
      // After a loop that exits unless each element passes (`for (const n of nodes) if (n.maintenance) throw ...`):
      // the statement after it is noted when the loop starts, and given the loop's facts when it starts.
      if (node.type === AST_NODE_TYPES.ForOfStatement) {
        const next = statementAfter(node);
        if (next) afterGuardLoop.set(next, node);
      }
      const loop = afterGuardLoop.get(node);
      if (loop) {
        const facts = guardLoopFacts(loop);
        if (facts.length > 0) recorder.gen(facts);
      }
    },
  };
  return mergeListeners(recorder.listeners, listeners);

  function onCall(call: TSESTree.CallExpression): void {
    // A method no pattern names matches by declaration only: its receiver is not resolved.
    const method = calleeLastName(call);
    const site: CallSite = method === null || vocabulary.mayNameMethod(method) ? options.sites.of(call) : { node: call, calleePaths: [] };
    for (const id of vocabulary.checksFor(site, info)) recordCheck(call, id);
    const target = localCallee(call, options.paths);
    if (target) {
      recorder.query(call, 'callsite');
      const list = callSites.get(target) ?? [];
      list.push(call);
      callSites.set(target, list);
      const ran = ranCallbacks(target, call);
      whenSettled(call, target.async, () => {
        // `const reload = async () => { node = await ironic.getNode(id) }; await reload()`: what was
        // read of the parts of a variable it writes is stale (see writtenClosureKeys).
        const written = writtenClosureKeys(target);
        recorder.kill(written.whole, true);
        recorder.kill(written.parts);
        recorder.genLazily(() => [...translateSummary(target, call), ...ran.flatMap(({ key, callback }) => (summaryOf(target).has(key) ? [...summaryOf(callback)] : []))]);
      });
      const result = resultTarget(call);
      const awaited = outermostWrapper(call).parent?.type === AST_NODE_TYPES.AwaitExpression;
      if (result && (awaited || result.isReturn || !target.async)) {
        onWriteDo(result.writer, () => [...returnFactsOf(target, result.key), ...ran.flatMap(({ key, callback, returned }) => (returned && summaryOf(target).has(key) ? returnFactsOf(callback, result.key) : []))]);
      }
    }
    // `return await fn()` in a wrapper (`withRetries(fn)`): the callback ran to its end here.
    const called = calledParameterKey(call);
    if (called !== null) {
      whenSettled(call, true, () => {
        recorder.gen([called]);
      });
    }
    // A function of the file named like an action (`DocumentHelper.patchNode(block, patch)`) is no
    // action by its name: the actions in its body are judged, with its callers' checks (trustCallers).
    const matched = target ? [] : vocabulary.actionsFor(site, info);
    if (matched.length > 0) {
      recordAction(call, matched);
      movesState(call, matched);
    }
    // Whether a call asserts or never returns is asked of the checker only where the answer can
    // end a branch (named assertions and exit calls count anywhere).
    const branchEnd = mayEndBranch(call);
    const asserted = vocabulary.assertedArgument(site, branchEnd ? info : null);
    const assertion = asserted === null ? undefined : call.arguments[asserted];
    if (assertion) recorder.gen(outcomeFacts(assertion).whenTrue);
    // `assert.strictEqual(node.provisionState, 'manageable')`: the comparison holds once it returns.
    const equality = vocabulary.assertedEquality(site, info);
    const [left, right] = call.arguments;
    if (equality !== null && left && right) recorder.gen([...(comparisonFacts(left, right, equality, { keys, constants, universe, isState })?.whenTrue ?? [])]);
    if (vocabulary.isExitCall(site, info) || (branchEnd && (returnsNever(call) || neverReturnsAsWritten(call)))) recorder.exit();
  }

  /**
   * The fact that a function's parameter was called and settled (`ran|v3:fn`), for a call of a
   * parameter of the function it is written in; null for any other call.
   */
  function calledParameterKey(call: TSESTree.CallExpression): string | null {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = options.paths.variableOf(callee);
    const definition = variable?.defs[0];
    if (!variable || definition?.type !== Lint.Scope.DefinitionType.Parameter || definition.node !== enclosingFunction(call)) return null;
    return `ran|${keys.variableKey(variable)}`;
  }

  /**
   * The callbacks written into a call of a same-file wrapper (`withRetries(() =>
   * validateInstanceAndNode(i))`), each with the fact saying the wrapper ran it to its end on every
   * path it returns by, and whether every value the wrapper returns is that callback's result
   * (`return await fn()`): then what the callback established holds after the wrapper, and what it
   * returns is what the wrapper returns.
   */
  function ranCallbacks(target: FunctionNode, call: TSESTree.CallExpression): { key: string; callback: FunctionNode; returned: boolean }[] {
    const ran: { key: string; callback: FunctionNode; returned: boolean }[] = [];
    const values = writtenReturns(target);
    for (const [index, argument] of call.arguments.entries()) {
      const parameter = target.params[index];
      if (!isFunctionNode(argument) || parameter?.type !== AST_NODE_TYPES.Identifier) continue;
      const variable = options.paths.variableOf(parameter);
      // `if (DRY_RUN) fn = noop;`: what it calls may no longer be the callback.
      if (!variable || variable.references.some((reference) => reference.isWrite())) continue;
      const returned =
        values.length > 0 &&
        values.every((value) => {
          let inner = unwrapExpression(value);
          if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
          const callee = inner.type === AST_NODE_TYPES.CallExpression ? unwrapExpression(inner.callee) : null;
          return callee?.type === AST_NODE_TYPES.Identifier && options.paths.variableOf(callee) === variable;
        });
      ran.push({ key: `ran|${keys.variableKey(variable)}`, callback: argument, returned });
    }
    return ran;
  }

  /**
   * A call of a function of the file written never to return, without asking types: typed
   * `never` (`function refuse(reason: string): never`), or one that always ends by throwing
   * (not an async one, whose throw rejects a promise instead, unless it is awaited).
   */
  function neverReturnsAsWritten(call: TSESTree.CallExpression): boolean {
    if (isWrittenNever(call, options.paths)) return true;
    const fn = localCallee(call, options.paths);
    if (!fn || fn.generator || !alwaysThrows(fn)) return false;
    return !fn.async || outermostWrapper(call).parent?.type === AST_NODE_TYPES.AwaitExpression;
  }

  /**
   * The facts holding wherever a same-file function returns. The engine solves a function not yet
   * solved again for every question (a provisional solve); a function that inherits nothing has
   * the same summary each time, so it is kept — except the empty answer of a function being
   * solved (recursion).
   */
  function summaryOf(fn: FunctionNode): ReadonlySet<string> {
    const kept = provisionalSummaries.get(fn);
    if (kept) return kept;
    const path = recorder.pathOf(fn);
    const provisional = path !== undefined && !path.solved && !path.solving;
    const facts = completedChecks(recorder.exitFactsOf(fn));
    if (provisional && !isCallbackLike(fn)) provisionalSummaries.set(fn, facts);
    return facts;
  }

  /**
   * Exit facts with the checks whose result a helper tested recorded as held: the test is of a
   * variable of the helper (`chk.deploy.result`), which means nothing at its call, so the check is
   * passed on as done (`chk:` facts of the argument it was called with).
   */
  function completedChecks(facts: ReadonlySet<string>): ReadonlySet<string> {
    let completed: Set<string> | null = null;
    for (const item of facts) {
      if (!item.startsWith('called:')) continue;
      const bar = item.indexOf('|');
      const id = item.slice('called:'.length, bar);
      const key = item.slice(bar + 1);
      if (facts.has(`chk:${id}|${key}`) || !checkHolds(id, key, facts)) continue;
      completed ??= new Set(facts);
      for (const fact of checkFacts(id, key)) completed.add(fact);
    }
    return completed ?? facts;
  }

  /** Records that `resultKey` holds the result, still to be tested, of a check of `argumentKey`. */
  function addResult(argumentKey: string, resultKey: string): void {
    const results = resultsOf.get(argumentKey) ?? new Set<string>();
    results.add(resultKey);
    resultsOf.set(argumentKey, results);
  }

  function recordCheck(call: TSESTree.CallExpression, id: string): void {
    const spec = vocabulary.checks.get(id);
    // A boolean check holds where its result is tested (booleanCheckFacts).
    if (!spec || spec.returnsBoolean) return;
    const wrapper = outermostWrapper(call);
    const targets = bindingTargets(spec);
    const testedLater = spec.resultTest !== undefined && spec.resultTest.length > 0 && !asserts(spec, call);
    // `this.validate?.(i)`: an optional call may not run, so it vouches for no argument.
    const argumentKeys = mayBeSkipped(call) ? [] : targets.filter((item) => !isReturnTarget(item)).flatMap((item) => pathKey(call, item) ?? []);
    const argumentFacts = testedLater ? argumentKeys.map((key) => `called:${id}|${key}`) : argumentKeys.flatMap((key) => checkFacts(id, key));
    const result = resultTarget(call, id);
    // An element of `const [a, b] = await Promise.all([...])` lands in its binding.
    const element = result ? null : combinedElementKey(wrapper);
    const resultKey = result?.key ?? element;
    if (testedLater && resultKey !== null) for (const argumentKey of argumentKeys) addResult(argumentKey, resultKey);
    // `node = await getNode(node.id)`: the same node read again, which stays what it was checked to be.
    if (result && !result.isReturn && !testedLater && targets.includes('return') && argumentKeys.some((key) => key !== result.key && subjectCandidates(key).includes(result.key))) refreshes.add(result.writer);
    // `fresh = await getNode(node.id)`: `node`, a value a check returned, read again whole under
    // another name (see rereads); not a part of it kept (`const { driver } = await getNode(node.id)`).
    else if (result && !result.isReturn && !testedLater && targets.includes('return') && bindsIdentifier(result.writer)) {
      const owners = argumentKeys.map((key) => identityOwnerOf(key) ?? key).filter((owner) => owner !== result.key);
      // A value a check returned, read again; or anything read again by its own id (`getNode(node.id)`
      // of a parameter `node`), whose tests of its parts' values go stale (it may be no node:
      // `getNode(instance.uuid)` keeps the instance's association).
      const checked = owners.filter((owner) => checkedResults.has(owner));
      const other = owners.filter((owner) => !checkedResults.has(owner) && argumentKeys.some((key) => identityOwnerOf(key) === owner));
      if (checked.length > 0 || other.length > 0) rereads.set(result.writer, { checked, other });
    }
    if (result && !result.isReturn && targets.includes('return')) checkedResults.add(result.key);
    // '' for the value itself, '.zh' for `return.zh`.
    const returnPaths = testedLater ? [] : targets.filter(isReturnTarget).map((item) => item.slice('return'.length));
    const bindsReturn = returnPaths.length > 0;
    // `check(x).then((node) => act(node.id))`: the callback runs only once the check passed; so
    // do the `.then` callbacks after it, as long as no link before them handles a rejection. A
    // result that must be tested is the first callback's parameter (`.then((report) => ...)`).
    let link: TSESTree.Node = wrapper;
    // Whether the value reaching the next `.then` callback is still the check's result: at first;
    // after a callback that returns its parameter or the subject's id (`.then((node) => node.id)`).
    let carried = true;
    let first = true;
    while (isChainedThen(link) || isChainedLink(link, 'finally') || (isChainedLink(link, 'catch') && passesRejectionOn(chainCall(link).arguments[0] as TSESTree.Node))) {
      const linkCall = chainCall(link);
      const callback = isChainedThen(link) ? linkCall.arguments[0] : undefined;
      if (callback && isFunctionNode(callback)) {
        const [parameter] = callback.params;
        const variable: Lint.Scope.Variable | null = carried && parameter?.type === AST_NODE_TYPES.Identifier ? options.paths.variableOf(parameter) : null;
        const paths = first ? returnPaths : returnPaths.includes('') ? [''] : [];
        const returned = variable ? paths.flatMap((path) => checkFacts(id, `${keys.variableKey(variable)}${path}`)) : carried && parameter?.type === AST_NODE_TYPES.ObjectPattern ? destructuredFacts(id, parameter, paths) : [];
        if (variable && testedLater && first) for (const argumentKey of argumentKeys) addResult(argumentKey, keys.variableKey(variable));
        thenFacts.set(callback, [...(thenFacts.get(callback) ?? []), ...argumentFacts, ...returned]);
        carried = variable !== null && !testedLater && passesSubjectOn(callback, variable);
      } else if (isChainedThen(link)) {
        carried = false;
      }
      first = false;
      // `.then(f, h)`: after a rejection handler the check may have failed.
      if (isChainedThen(link) && linkCall.arguments.length > 1) break;
      link = outermostWrapper(linkCall);
    }
    const combinator = promiseCombinatorOf(wrapper);
    if (combinator) {
      // Inside `await Promise.all([...])` the check has passed once the whole await completes.
      const combined = outermostWrapper(combinator);
      if (staticPropertyName(combinator.callee as TSESTree.MemberExpression) === 'all' && combined.parent?.type === AST_NODE_TYPES.AwaitExpression) {
        // `const [node, ports] = await Promise.all([check(i), ...])`: the element bound to the check's result.
        const returned = bindsReturn && element !== null ? returnPaths.flatMap((path) => checkFacts(id, `${element}${path}`)) : [];
        const paired = bindsReturn && element !== null && returnPaths.includes('') ? argumentKeys.flatMap((key) => sameSubjectFacts(key, element)) : [];
        combinedFactsAt(combined.parent).push(...argumentFacts, ...returned, ...paired);
      }
      return;
    }
    // A returned promise is settled by whoever awaits the function.
    if (bindsReturn && result && (result.isReturn || !isUnawaitedPromise(call, valueKeepingChainEnd(wrapper, passesRejectionOn)))) {
      // Through `a ? check(x) : check(y)` the result is one argument's or the other's: paired with neither.
      const paired = returnPaths.includes('') && isDirectResult(call, result.writer) ? argumentKeys.flatMap((key) => sameSubjectFacts(key, result.key)) : [];
      onWriteDo(result.writer, () => [...returnPaths.flatMap((path) => checkFacts(id, `${result.key}${path}`)), ...paired]);
    }
    // `id = (await check(i)).id`, `({ id } = await check(i))`: parts of the result assigned to
    // variables declared before; each holds its part of the checked value.
    if (bindsReturn && result?.isReturn !== true && !isUnawaitedPromise(call, valueKeepingChainEnd(wrapper, passesRejectionOn))) {
      const assigned = assignedParts(call);
      if (assigned) {
        onWriteDo(assigned.writer, () =>
          assigned.parts.flatMap(({ target, path }) => {
            const key = keys.writtenKey(target);
            if (key === null) return [];
            return returnPaths.flatMap((bound) => {
              if (bound === '' || bound === path || path.startsWith(`${bound}.`)) return checkFacts(id, key);
              return bound.startsWith(`${path}.`) ? checkFacts(id, `${key}${bound.slice(path.length)}`) : [];
            });
          }),
        );
      }
    }
    // `const pending = check(i); ...; const node = await pending`: settled, and its result bound,
    // where the promise a `const` holds is awaited.
    const holder = wrapper.parent;
    if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.init === wrapper && holder.id.type === AST_NODE_TYPES.Identifier && holder.parent.kind === 'const' && !promiseCombinatorOf(wrapper)) {
      for (const reference of options.paths.variableOf(holder.id)?.references ?? []) {
        const read = outermostWrapper(reference.identifier);
        const awaited = read.parent;
        if (reference.init === true || awaited?.type !== AST_NODE_TYPES.AwaitExpression || awaited.argument !== read) continue;
        onAwaitDo(awaited, () => {
          recorder.gen(argumentFacts);
        });
        const target = outermostWrapper(awaited).parent;
        if (bindsReturn && target?.type === AST_NODE_TYPES.VariableDeclarator && target.init === outermostWrapper(awaited) && target.id.type === AST_NODE_TYPES.Identifier) {
          const key = keys.writtenKey(target.id);
          if (key !== null) onWriteDo(target, () => [...returnPaths.flatMap((path) => checkFacts(id, `${key}${path}`)), ...(returnPaths.includes('') ? argumentKeys.flatMap((argumentKey) => sameSubjectFacts(argumentKey, key)) : [])]);
        }
      }
    }
    // Not awaited (a chain on it is settled where the chain is awaited: whenSettled).
    if (isUnawaitedPromise(call, wrapper) && awaitedChainOf(wrapper) === undefined && functionReturning(wrapper) === null) return;
    whenSettled(call, false, () => {
      recorder.gen(argumentFacts);
    });
  }

  /**
   * Where a call's result goes: a variable or member written with it (`const x = await call()`,
   * `x = call()`), or the function's return value (`return call()`, an arrow's expression body),
   * keyed by {@link returnKey}. `writer` is the node at whose exit the value is stored.
   */
  function resultTarget(call: TSESTree.CallExpression, check?: string): { key: string; writer: TSESTree.Node; isReturn: boolean } | null {
    let current: TSESTree.Node = valueKeepingChainEnd(outermostWrapper(call), passesRejectionOn);
    if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostWrapper(current.parent);
    // `fresh ? await check(a) : await check(b)`: the same check's result either way.
    while (check !== undefined && current.parent?.type === AST_NODE_TYPES.ConditionalExpression && current.parent.test !== current) {
      const conditional: TSESTree.ConditionalExpression = current.parent;
      const awaited = unwrapExpression(current).type === AST_NODE_TYPES.AwaitExpression;
      if (!isCheckResult(conditional.consequent === current ? conditional.alternate : conditional.consequent, check, awaited)) break;
      current = outermostWrapper(conditional);
    }
    // `(await check(i)) ?? this.fail('no node')`: a fallback that never returns keeps the value.
    while (current.parent?.type === AST_NODE_TYPES.LogicalExpression && current.parent.left === current && current.parent.operator !== '&&' && neverReturns(current.parent.right)) {
      current = outermostWrapper(current.parent);
    }
    // `const node = cached ?? (await check(i))`, `const node = fresh ? await check(i) : cached`: the
    // variable holds the check's result on that branch only. Its facts are made where the branch
    // computes it, and the declaration (a fresh binding: nothing to kill) keeps them.
    // Only an awaited result: a promise in one arm is no checked node.
    const isBranchOf = (node: TSESTree.Node, parent: TSESTree.Node | undefined): parent is TSESTree.LogicalExpression | TSESTree.ConditionalExpression =>
      (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.right === node && parent.operator !== '&&') ||
      (parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node);
    let branch: TSESTree.Node = current;
    if (unwrapExpression(current).type === AST_NODE_TYPES.AwaitExpression) {
      while (isBranchOf(branch, branch.parent)) branch = outermostWrapper(branch.parent);
    }
    const declarator = branch !== current ? branch.parent : undefined;
    if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === branch && declarator.id.type === AST_NODE_TYPES.Identifier) {
      const key = keys.writtenKey(declarator.id);
      if (key !== null) {
        keptOnDeclaration.add(declarator);
        return { key, writer: current, isReturn: false };
      }
    }
    const parent = current.parent;
    let written: { target: TSESTree.Node; writer: TSESTree.Node } | null = null;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
      written = { target: parent.id, writer: parent };
    } else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current && parent.operator === '=') {
      written = { target: parent.left, writer: parent };
    }
    const returner = written === null && parent ? functionReturning(current) : null;
    if (returner) return { key: returnKey(returner), writer: current, isReturn: true };
    // `(await check(i)).uuid`: the value read in place.
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === current && !['then', 'catch', 'finally'].includes(staticPropertyName(parent) ?? '')) {
      return { key: keys.expressionKey(current), writer: current, isReturn: false };
    }
    // `const { id: nodeId } = await check(...)`: the value taken apart, keyed for its bindings.
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && (parent.id.type === AST_NODE_TYPES.ObjectPattern || parent.id.type === AST_NODE_TYPES.ArrayPattern)) {
      return { key: keys.patternKey(parent), writer: parent, isReturn: false };
    }
    const key = written ? keys.writtenKey(written.target) : null;
    return written && key !== null ? { key, writer: written.writer, isReturn: false } : null;
  }

  /**
   * The variables an assignment gives parts of a call's (awaited) result: `id = (await check(i)).id`
   * (the part `.id`), `({ id, driverInfo: info } = await check(i))`. Null when it is no such assignment.
   */
  function assignedParts(call: TSESTree.CallExpression): { writer: TSESTree.AssignmentExpression; parts: { target: TSESTree.Identifier; path: string }[] } | null {
    let current: TSESTree.Node = valueKeepingChainEnd(outermostWrapper(call), passesRejectionOn);
    if (current.parent?.type === AST_NODE_TYPES.AwaitExpression) current = outermostWrapper(current.parent);
    let path = '';
    while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) {
      const name = staticPropertyName(current.parent);
      if (name === null) return null;
      path += `.${name}`;
      current = outermostWrapper(current.parent);
    }
    const writer = current.parent;
    if (writer?.type !== AST_NODE_TYPES.AssignmentExpression || writer.operator !== '=' || writer.right !== current) return null;
    if (path !== '' && writer.left.type === AST_NODE_TYPES.Identifier) return { writer, parts: [{ target: writer.left, path }] };
    if (writer.left.type !== AST_NODE_TYPES.ObjectPattern) return null;
    const parts: { target: TSESTree.Identifier; path: string }[] = [];
    for (const property of writer.left.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = staticPropertyName(property);
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (key !== null && value.type === AST_NODE_TYPES.Identifier) parts.push({ target: value, path: `${path}.${key}` });
    }
    return parts.length > 0 ? { writer, parts } : null;
  }

  /** Whether nothing but `await` and parentheses stand between a call and the node writing its result. */
  function isDirectResult(call: TSESTree.CallExpression, writer: TSESTree.Node): boolean {
    for (let current: TSESTree.Node | undefined = call.parent; current; current = current.parent) {
      if (current.type === AST_NODE_TYPES.ConditionalExpression) return false;
      if (current === writer) return true;
    }
    return true;
  }

  /** Whether an expression is a call of the check `id`, awaited as `awaited` says (both arms of a `?:` alike). */
  function isCheckResult(expression: TSESTree.Node, id: string, awaited: boolean): boolean {
    let node = unwrapExpression(expression);
    if ((node.type === AST_NODE_TYPES.AwaitExpression) !== awaited) return false;
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrapExpression(node.argument);
    return node.type === AST_NODE_TYPES.CallExpression && vocabulary.checksFor(options.sites.of(node), info).includes(id);
  }

  /**
   * For a promise that is an element of `const [a, b] = await Promise.all([...])`: the key of the
   * binding its value lands in (below the pattern's key), or null.
   */
  function combinedElementKey(wrapper: TSESTree.Node): string | null {
    const array = wrapper.parent;
    if (array?.type !== AST_NODE_TYPES.ArrayExpression) return null;
    const index = array.elements.indexOf(wrapper as TSESTree.Expression);
    // After a spread, the written position is not the element's.
    if (array.elements.slice(0, index).some((element) => element?.type === AST_NODE_TYPES.SpreadElement)) return null;
    const combinator = outermostWrapper(array).parent;
    if (index === -1 || combinator?.type !== AST_NODE_TYPES.CallExpression) return null;
    const awaited = outermostWrapper(combinator).parent;
    if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return null;
    const declarator = outermostWrapper(awaited).parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.ArrayPattern || declarator.init !== outermostWrapper(awaited)) return null;
    return `${keys.patternKey(declarator)}.${String(index)}`;
  }

  /** The facts a same-file function's return value carries, rebased onto `destination`. */
  function returnFactsOf(fn: FunctionNode, destination: string): string[] {
    const roots = [returnKey(fn)];
    const returned = returnedValues.get(fn) ?? [];
    const returnedKeys = new Set(returned.map((value) => keys.keyOf(value)));
    const [shared] = returnedKeys;
    // A variable every `return` hands back (`return node;`): its facts where the function returns.
    // Its identity (`return node.id;`) names it too, as `node.id` names `node` everywhere.
    if (returnedKeys.size === 1 && shared !== null && shared !== undefined) roots.push(...subjectCandidates(shared));
    // A part every `return` writes out with the same variable (`return { node, vifs }`, `return [node, ports]`):
    // its facts are the return value's part.
    const parts = returnedParts(returned);
    const facts: string[] = [];
    const add = (moved: string | null): void => {
      if (moved !== null) facts.push(moved);
    };
    for (const item of summaryOf(fn)) {
      for (const root of roots) add(rebaseFact(item, root, destination));
      for (const [part, key] of parts) {
        for (const root of subjectCandidates(key)) add(rebaseFact(item, root, `${destination}.${part}`));
      }
    }
    return facts;
  }

  /** The parts (a key's name or an index) every returned object or array literal holds the same subject in, with that subject's key. */
  function returnedParts(returned: readonly TSESTree.Node[]): Map<string, string> {
    const parts = new Map<string, string>();
    let first = true;
    for (const value of returned) {
      const literal = unwrapExpression(value);
      const own = new Map<string, string>();
      if (literal.type === AST_NODE_TYPES.ObjectExpression) {
        for (const property of literal.properties) {
          const name = property.type === AST_NODE_TYPES.Property ? staticPropertyName(property) : null;
          const key = name !== null && property.type === AST_NODE_TYPES.Property ? keys.keyOf(property.value) : null;
          if (name !== null && key !== null) own.set(name, key);
        }
      } else if (literal.type === AST_NODE_TYPES.ArrayExpression) {
        literal.elements.forEach((element, index) => {
          const key = element && element.type !== AST_NODE_TYPES.SpreadElement ? keys.keyOf(element) : null;
          if (key !== null) own.set(String(index), key);
        });
      } else {
        return new Map();
      }
      if (first) for (const [name, key] of own) parts.set(name, key);
      else for (const [name, key] of parts) if (own.get(name) !== key) parts.delete(name);
      first = false;
    }
    return parts;
  }

  /** A returned value is stored: the facts established for it are now true of the function's return value. */
  function onReturned(value: TSESTree.Node): void {
    const fn = enclosingFunction(value);
    if (!fn) return;
    const list = returnedValues.get(fn) ?? [];
    list.push(value);
    returnedValues.set(fn, list);
    genOnWrite(value);
  }

  /**
   * `.then(({ uuid }) => act(uuid))`: a callback parameter taking the checked value apart. The
   * pattern's key stands for the value, so the facts go to it at each of the value's `paths`; its
   * names are keyed below it (a name with a default, or written again, is not: it may hold another).
   */
  function destructuredFacts(id: string, parameter: TSESTree.ObjectPattern, paths: readonly string[]): string[] {
    // Its names are keyed below the pattern's key (SubjectKeys.parameterPatternKey), which stands for the value.
    const patternKey = keys.parameterPatternKey(parameter);
    return patternKey === null ? [] : paths.flatMap((bound) => checkFacts(id, `${patternKey}${bound}`));
  }

  function checkFacts(id: string, key: string | null): string[] {
    if (key === null) return [];
    return [...vocabulary.impliedBy(id)].map((implied) => `chk:${implied}|${key}`);
  }

  /** The key of an argument path: `'0'` is the first argument, `'0.node'` its `node`. */
  function pathKey(call: TSESTree.CallExpression, path: string): string | null {
    const [index = '0', ...names] = path.split('.');
    let node: TSESTree.Node | undefined = call.arguments[Number(index)];
    // Into object literals: `check({ node: this.nodeId })` with `0.node` binds `this.nodeId`.
    while (node && names.length > 0 && unwrapExpression(node).type === AST_NODE_TYPES.ObjectExpression) {
      const name = names.shift();
      node = (unwrapExpression(node) as TSESTree.ObjectExpression).properties.find(
        (item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === name,
      )?.value;
    }
    const base = node ? keys.keyOf(node) : null;
    return base === null ? null : [base, ...names].join('.');
  }

  function asserts(spec: CheckSpec, call: TSESTree.CallExpression): boolean {
    const unless = spec.assertsUnless;
    if (!unless) return false;
    const written = call.arguments[unless.argument];
    // The options written in the call, or held by a `const` (`const VALIDATE_ALL = { required: null }`).
    let argument = written ? unwrapExpression(written) : undefined;
    if (argument?.type === AST_NODE_TYPES.Identifier) {
      const variable = options.paths.variableOf(argument);
      const alias = variable ? options.paths.aliasTargetOf(variable) : null;
      if (alias && alias.names.length === 0) argument = unwrapExpression(alias.expression);
    }
    if (argument?.type !== AST_NODE_TYPES.ObjectExpression) return true;
    const property = argument.properties.find(
      (item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === unless.property,
    );
    if (!property) return true;
    const value = unwrapExpression(property.value);
    return !(value.type === AST_NODE_TYPES.Literal && value.value === null);
  }

  /** The facts the checks inside `await Promise.all([...])` establish, generated together when it completes. */
  function combinedFactsAt(node: TSESTree.AwaitExpression): string[] {
    let facts = combinedFacts.get(node);
    if (!facts) {
      const collected: string[] = [];
      facts = collected;
      combinedFacts.set(node, collected);
      onAwaitDo(node, () => {
        recorder.gen(collected);
      });
    }
    return facts;
  }

  function onAwaitDo(node: TSESTree.AwaitExpression, then: () => void): void {
    const list = onAwait.get(node) ?? [];
    list.push(then);
    onAwait.set(node, list);
  }

  /** Facts about the value a write stores, generated right after the write kills the old ones (resolved when solving). */
  function onWriteDo(writer: TSESTree.Node, facts: () => readonly string[]): void {
    const list = onWrite.get(writer) ?? [];
    list.push(facts);
    onWrite.set(writer, list);
  }

  /** Runs `then` where the call's effect is established: at its await, or right away for a synchronous call. */
  function whenSettled(call: TSESTree.CallExpression, isAsync: boolean, then: () => void): void {
    const wrapper = outermostWrapper(call);
    if (wrapper.parent?.type === AST_NODE_TYPES.AwaitExpression) {
      onAwaitDo(wrapper.parent, then);
      return;
    }
    // A promise chain: settled where the chain is awaited, if no link handles a rejection on the way
    // (`await check(x).then(f)`; after `.catch(h)` the check may have failed).
    const chained = awaitedChainOf(wrapper);
    if (chained !== undefined) {
      if (chained) onAwaitDo(chained, then);
      return;
    }
    // `return this.ironic.getNode(id)` in a wrapper: settled for whoever awaits the wrapper, whose
    // summary carries the facts to its callers.
    if (functionReturning(wrapper) !== null) {
      then();
      return;
    }
    if (isAsync || isUnawaitedPromise(call, wrapper)) return;
    then();
  }

  function isUnawaitedPromise(call: TSESTree.CallExpression, wrapper: TSESTree.Node): boolean {
    if (wrapper.parent?.type === AST_NODE_TYPES.AwaitExpression) return false;
    if (promiseCombinatorOf(wrapper)) return true;
    // Without types, a promise the file shows it to be, dropped where it is made (`this.validate(i);`,
    // `void validate(i)`) or held in a variable (`const pending = this.validate(i)`: see where it is awaited).
    // A method of a receiver named as a client counts dropped only (`const node = cache.getNode(id)`
    // held may be a synchronous lookup; left as a statement, its value is lost either way).
    if (!info) return (isDropped(wrapper) && (isPromiseByWriting(call) || isClientMethodCall(call))) || (isHeld(wrapper) && isPromiseByWriting(call));
    const type = info.typeOf(call);
    return type !== undefined && isThenable(info, type);
  }

  /**
   * Without types, whether a call gives a promise by what the file writes: it calls an `async`
   * function of the file or one written to return a `Promise` (also a class field typed so,
   * `declare validate: (i: Instance) => Promise<Node>`), or the same callee is awaited elsewhere in
   * the file (a function gives a promise at every call or at none).
   */
  function isPromiseByWriting(call: TSESTree.CallExpression): boolean {
    const fn = localCallee(call, options.paths);
    if (fn) return fn.async || namesPromise(fn.returnType?.typeAnnotation);
    const written = thisMemberReturnType(call);
    if (written) return namesPromise(written);
    awaitedCallees ??= collectAwaitedCallees(sourceCode, calleeIdentity);
    return awaitedCallees.has(calleeIdentity(call));
  }

  /**
   * What a call calls, as far as the file tells: the variable a name resolves to, a method of
   * `this` in its class, or else the callee as written.
   */
  function calleeIdentity(call: TSESTree.CallExpression): string {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      const definition = options.paths.variableOf(callee)?.defs[0];
      return definition ? `variable:${String(definition.name.range[0])}` : `global:${callee.name}`;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(callee.object).type === AST_NODE_TYPES.ThisExpression) {
      return `this:${String(classBodyAround(call)?.range[0] ?? -1)}:${staticPropertyName(callee) ?? ''}`;
    }
    return nodeText(sourceCode, callee);
  }

  /**
   * For `this.name(...)`, the return type the enclosing class (or a class of the file it extends)
   * writes for `name` without a body to read: an abstract or overload signature (`abstract validate(i: Instance): Promise<Node>`), or
   * a field of a function type, written out or through a type alias of the file (`validate:
   * Validator`).
   */
  function thisMemberReturnType(call: TSESTree.CallExpression): TSESTree.TypeNode | undefined {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(callee.object).type !== AST_NODE_TYPES.ThisExpression) return undefined;
    const name = staticPropertyName(callee);
    if (name === null) return undefined;
    // The class's own members, then those of the classes it extends that the file declares.
    let depth = 0;
    for (let body = classBodyAround(call); body && depth < MAX_CLASS_DEPTH; body = parentClassBody(body, options.paths), depth++) {
      const written = memberReturnType(body, name);
      if (written) return written;
    }
    return undefined;
  }

  /**
   * A provision action (an entry selected by a provision target: `setNodeProvisionState(node.id,
   * 'deleted')`) moves its node to another state once it is accepted: what a test read of the
   * node's provision and power state before no longer holds after it (`if (node.provisionState !==
   * 'manageable') throw ...; provide(node); clean(node)` tests nothing for `clean`). Its
   * association and existence stay.
   */
  function movesState(call: TSESTree.CallExpression, matched: readonly CompiledAction[]): void {
    const moving = matched.filter((entry) => entry.spec.when?.in.some((value) => IRONIC_PROVISION_TARGETS[value] !== undefined || Object.values(IRONIC_PROVISION_TARGETS).includes(value)) === true);
    if (moving.length === 0) return;
    const killed = new Set<string>();
    for (const entry of moving) {
      const subject = subjectOf(call, entry.spec.subject);
      const key = subject ? keys.keyOf(subject) : null;
      if (key === null) continue;
      for (const candidate of subjectCandidates(key)) for (const property of MOVED_STATE_PROPERTIES) killed.add(stateKey(candidate, property));
    }
    if (killed.size === 0) return;
    whenSettled(call, true, () => {
      recorder.kill([...killed]);
    });
  }

  function recordAction(call: TSESTree.CallExpression, matched: readonly CompiledAction[]): void {
    actions.push({ call, fn: enclosingFunction(call), matched });
    recorder.query(call, 'action');
  }

  /**
   * The entries that apply, by the selecting argument's possible values: each value's entry (or the
   * entry without `when`); every entry when the values are not known (the union of the targets'
   * requirements). `targets` lists the values for messages, null when they are not known.
   */
  function selectEntries(call: TSESTree.CallExpression, matched: readonly CompiledAction[]): { entries: CompiledAction[]; targets: string[] | null } {
    // Every entry without `when` applies (their requirements add up); one with `when` replaces them for its values.
    const fallbacks = matched.filter((entry) => !entry.spec.when);
    const selectors = matched.filter((entry) => entry.spec.when);
    const argumentIndex = selectors[0]?.spec.when?.argument;
    if (argumentIndex === undefined) return { entries: [...matched], targets: [] };
    const argument = call.arguments[argumentIndex] ?? targetProperty(call);
    const values = argument ? possibleValues(argument, 0) : undefined;
    if (!values) return { entries: [...matched], targets: null };
    const entries = new Set<CompiledAction>();
    const targets: string[] = [];
    for (const value of values) {
      const normalized = value === null ? null : normalizeTarget(value);
      if (normalized !== null && !targets.includes(normalized)) targets.push(normalized);
      const entry = selectors.find((item) => normalized !== null && (item.spec.when?.in.map(normalizeTarget).includes(normalized) ?? false));
      for (const item of entry ? [entry] : fallbacks) entries.add(item);
    }
    return { entries: [...entries], targets };
  }

  /**
   * The values an argument may take: its constant values, or — for a parameter of a private helper
   * that is never reassigned — the values every same-file call passes.
   */
  function possibleValues(argument: TSESTree.Node, depth: number): ConstantValue[] | undefined {
    const known = constants.valuesOf(argument);
    if (known || depth >= MAX_TRUST_DEPTH || !options.trustCallers) return known;
    const parameter = parameterOf(argument);
    if (!parameter) return undefined;
    const sites = callSites.get(parameter.fn) ?? [];
    if (sites.length === 0 || !isPrivateHelper(parameter.fn)) return undefined;
    const values: ConstantValue[] = [];
    for (const site of sites) {
      const passed = site.arguments[parameter.index];
      const resolved = passed ? possibleValues(passed, depth + 1) : [null];
      if (!resolved) return undefined;
      for (const value of resolved) if (!values.includes(value)) values.push(value);
    }
    return values;
  }

  /** The function and position of a parameter an expression names, when the parameter is never reassigned. */
  function parameterOf(node: TSESTree.Node): { fn: FunctionNode; index: number } | null {
    const inner = unwrapExpression(node);
    if (inner.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = options.paths.variableOf(inner);
    const def = variable?.defs[0];
    if (!variable || !def || variable.defs.length !== 1 || def.type !== DefinitionType.Parameter || !isFunctionNode(def.node)) return null;
    if (variable.references.some((reference) => reference.isWrite())) return null;
    const fn = def.node;
    const index = fn.params.findIndex((parameter) => parameter === def.name);
    return index === -1 ? null : { fn, index };
  }

  /** `setNodeProvisionState` to `rescue`, to `rebuild` or `rescue`, or to a target not known statically. */
  function actionText(name: string, targets: readonly string[] | null): string {
    if (targets === null) return `\`${name}\` to a target not known statically`;
    if (targets.length === 0) return `\`${name}\``;
    return `\`${name}\` to ${targets.map((target) => `\`${target}\``).join(' or ')}`;
  }

  function subjectOf(call: TSESTree.CallExpression, spec: number | string | undefined): TSESTree.Node | null {
    if (spec === 'this') {
      const callee = unwrapExpression(call.callee);
      return callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : null;
    }
    const [indexText = '0', ...propertyPath] = String(spec ?? 0).split('.');
    let node: TSESTree.Node | null = call.arguments[Number(indexText)] ?? null;
    const path = spec === undefined ? null : propertyPath;
    // `const target = { nodeId: node.id, ... }; createVolumeTarget(target)`: the literal it holds.
    const argument = node ? unwrapExpression(node) : null;
    if (argument?.type === AST_NODE_TYPES.Identifier) {
      const variable = options.paths.variableOf(argument);
      const alias = variable ? options.paths.aliasTargetOf(variable) : null;
      if (alias && alias.names.length === 0 && unwrapExpression(alias.expression).type === AST_NODE_TYPES.ObjectExpression) node = alias.expression;
    }
    if (node && unwrapExpression(node).type === AST_NODE_TYPES.ObjectExpression) {
      // By default the node's own key, or failing it an identifier's (`{ name: nodeName, body }`).
      const names = path && path.length > 0 ? path : ['nodeId', 'node_id', 'node', 'id', 'uuid', 'name'];
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

  /**
   * `Object.assign(node, other)`: a write of the parts the sources give; of everything, and of the
   * target itself, when a source's keys are not written out (`Object.assign(instance, { node })`
   * writes `instance.node`; `Object.assign(node, spare)` may replace `node.id`).
   */
  function assignedInto(call: TSESTree.CallExpression): void {
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'assign') return;
    const object = unwrapExpression(callee.object);
    if (object.type !== AST_NODE_TYPES.Identifier || object.name !== 'Object' || options.paths.variableOf(object) !== null) return;
    const [target, ...sources] = call.arguments;
    const key = target && target.type !== AST_NODE_TYPES.SpreadElement ? keys.writtenKey(target) : null;
    if (key === null) return;
    const killed: string[] = [];
    for (const source of sources) {
      const literal = source.type === AST_NODE_TYPES.SpreadElement ? null : unwrapExpression(source);
      const names = literal?.type === AST_NODE_TYPES.ObjectExpression ? literal.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? staticPropertyName(property) : null)) : [null];
      for (const name of names) {
        if (name === null || IDENTITY_PROPERTIES.has(name)) killed.push(key);
        else killed.push(`${key}.${name}`);
      }
    }
    recorder.kill(killed);
  }

  /** The facts a write gives its target (a check's result assigned there), once the file is solved. */
  function genOnWrite(writer: TSESTree.Node): void {
    // The node read again: what was read of its parts before (its state) is stale, whatever name the new read has.
    const reread = rereads.get(writer);
    if (reread) {
      recorder.kill(reread.checked, true);
      recorder.kill(reread.other, true, isValueTestFact);
    }
    for (const facts of onWrite.get(writer) ?? []) recorder.genLazily(facts);
  }

  function written(target: TSESTree.Node, writer: TSESTree.Node): void {
    const killed: string[] = [];
    collectBindings(target, (binding) => {
      killed.push(...keys.killedKeys(binding));
    });
    recorder.kill(killed);
    genOnWrite(writer);
  }

  function loopBinding(loop: TSESTree.Node | undefined): void {
    if (loop?.type !== AST_NODE_TYPES.ForOfStatement && loop?.type !== AST_NODE_TYPES.ForInStatement) return;
    const left = loop.left.type === AST_NODE_TYPES.VariableDeclaration ? loop.left.declarations[0] : loop.left;
    const binding = left.type === AST_NODE_TYPES.VariableDeclarator ? left.id : left;
    written(binding, loop);
    if (loop.type !== AST_NODE_TYPES.ForOfStatement) return;
    // `for (const [i, node] of nodes.entries())`: the element, as `for (const node of nodes)` gives it.
    const entries = binding.type === AST_NODE_TYPES.ArrayPattern ? entriesOf(loop.right) : null;
    const element = binding.type === AST_NODE_TYPES.ArrayPattern ? (entries ? binding.elements[1] : null) : binding;
    const array = entries ?? loop.right;
    // `for (const node of await Promise.all(instances.map((i) => validateInstanceAndNode(i))))`:
    // each element is what the check returned.
    if (element?.type !== AST_NODE_TYPES.Identifier) return;
    // A name of a pattern is keyed below the pattern (see SubjectKeys): its reads are.
    const key = element === binding ? keys.writtenKey(element) : keys.keyOf(element);
    if (key === null) return;
    // `for (const node of nodes.filter((n) => n.provisionState === 'manageable'))`: each passed the predicate.
    recorder.gen([...pickedFacts(array, key, FILTER_METHODS, 0), ...elementCheckFacts(array, key)]);
    // `for await (const node of manageableNodes(ids))`: what held of every value a generator of the file yields.
    const generator = generatorCalled(array);
    if (generator) recorder.genLazily(() => yieldedFacts(generator, key));
    // `if (!nodes.every((n) => ...)) throw ...; for (const node of nodes)`: what held of each.
    const arrayKey = settledArrayKey(array);
    if (arrayKey !== null) recorder.copy(`${arrayKey}.${EACH}`, key);
  }

  /** A generator function of the file that `expression` calls (`manageableNodes(ids)`, awaited or not), or null. */
  function generatorCalled(expression: TSESTree.Node): FunctionNode | null {
    let inner = unwrapExpression(expression);
    if (inner.type === AST_NODE_TYPES.AwaitExpression) inner = unwrapExpression(inner.argument);
    if (inner.type !== AST_NODE_TYPES.CallExpression) return null;
    const fn = localCallee(inner, options.paths);
    return fn?.generator === true ? fn : null;
  }

  /**
   * The facts holding of every value a generator yields (`yield node` after `if (node.provisionState
   * !== 'manageable') continue;`), said of `destination`: at each `yield`, those about the value
   * yielded there, intersected over them. None when a `yield` gives a value without a key, or `yield*`.
   */
  function yieldedFacts(generator: FunctionNode, destination: string): string[] {
    const states = recorder.queryStatesOf(generator, YIELD_QUERY);
    if (!states || states.length === 0) return [];
    const perYield: ReadonlySet<string>[] = [];
    for (const { node, facts } of states) {
      if (facts === null) continue;
      const argument = node.type === AST_NODE_TYPES.YieldExpression && !node.delegate ? node.argument : null;
      const key = argument ? keys.keyOf(argument) : null;
      if (key === null) return [];
      perYield.push(new Set(copiedFacts(facts, key, destination)));
    }
    const [first, ...rest] = perYield;
    return first ? [...first].filter((item) => rest.every((other) => other.has(item))) : [];
  }

  /** The array `array.entries()` walks, or null for anything else. */
  function entriesOf(expression: TSESTree.Node): TSESTree.Node | null {
    const call = unwrapExpression(expression);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length > 0 || call.callee.type !== AST_NODE_TYPES.MemberExpression) return null;
    return staticPropertyName(call.callee) === 'entries' ? call.callee.object : null;
  }

  /**
   * The key of an array that a test of every element may speak of: a variable nothing pushes
   * to and no element of which is written anywhere (a write of the variable itself kills the
   * facts about it as any write does). Null otherwise.
   */
  function settledArrayKey(expression: TSESTree.Node): string | null {
    const array = unwrapExpression(expression);
    if (array.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = options.paths.variableOf(array);
    if (!variable) return null;
    let settled = settledArrays.get(variable);
    if (settled === undefined) {
      settled = !variable.references.some((reference) => isChangedThrough(reference.identifier));
      settledArrays.set(variable, settled);
    }
    return settled ? keys.keyOf(array) : null;
  }

  /**
   * A loop that exits unless each element passes (`for (const node of nodes) { if
   * (node.provisionState !== 'manageable') throw ...; }`), run to its end: what the exits' tests
   * say when false holds of every element (`nodes.[*]`), as after `nodes.every(...)`. Its body is
   * only `if` statements whose consequent ends in a `throw` or `return` (and log calls), so no
   * `break`, `continue` or action; the array is one nothing changes.
   */
  function guardLoopFacts(loop: TSESTree.ForOfStatement): string[] {
    if (loop.await || loop.left.type !== AST_NODE_TYPES.VariableDeclaration) return [];
    const declarator = loop.left.declarations[0];
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = options.paths.variableOf(declarator.id);
    if (!variable) return [];
    const from = keys.variableKey(variable);
    const moves = elementMoves(loop.right, from);
    if (!moves) return [];
    const statements = loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body.body : [loop.body];
    const facts: string[] = [];
    for (const statement of statements) {
      if (isLogStatement(statement)) continue;
      if (statement.type !== AST_NODE_TYPES.IfStatement || statement.alternate || !endsInExit(statement.consequent)) return [];
      for (const item of outcomeFacts(statement.test).whenFalse) {
        for (const move of moves) {
          const moved = move(item);
          if (moved !== null) facts.push(moved);
        }
      }
    }
    return facts;
  }

  /**
   * How a fact about a loop's element (the variable keyed `from`) is said of what it walks: of each
   * element of an array nothing changes (`nodes.[*]`), or — for a list written in the loop — of each
   * element written (`for (const check of [report.deploy, report.power])`), or of the member each
   * key names (`for (const iface of ['deploy', 'power']) if (!report[iface].result) throw ...`
   * says `report.deploy.result` and `report.power.result`). Null for anything else.
   */
  function elementMoves(collection: TSESTree.Node, from: string): ((fact: string) => string | null)[] | null {
    const list = unwrapExpression(collection);
    if (list.type !== AST_NODE_TYPES.ArrayExpression) {
      const arrayKey = settledArrayKey(collection);
      return arrayKey === null ? null : [(fact) => rebaseFact(fact, from, `${arrayKey}.${EACH}`)];
    }
    const moves: ((fact: string) => string | null)[] = [];
    const index = `.[${from}]`;
    for (const element of list.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return null;
      const inner = unwrapExpression(element);
      if (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string' && /^[\w-]+$/u.test(inner.value)) {
        const name = inner.value;
        moves.push((fact) => (fact.includes(index) ? fact.replaceAll(index, `.${name}`) : null));
        continue;
      }
      const key = keys.keyOf(element);
      if (key === null) return null;
      moves.push((fact) => rebaseFact(fact, from, key));
    }
    return moves;
  }

  /** What held of each element of the array an element callback walks (`nodes.map((node) => ...)`), where it was created. */
  function eachElementFacts(fn: FunctionNode, closure: ReadonlySet<string>): string[] {
    const [parameter] = fn.params;
    if (parameter?.type !== AST_NODE_TYPES.Identifier) return [];
    const array = elementSourceOf(fn, 0);
    const arrayKey = array ? settledArrayKey(array) : null;
    const variable = arrayKey === null ? null : options.paths.variableOf(parameter);
    return variable ? copiedFacts(closure, `${arrayKey}.${EACH}`, keys.variableKey(variable)) : [];
  }

  /**
   * A test of every element of an array: `nodes.every((n) => <test>)` when true, `nodes.some((n)
   * => <test>)` when false, say what the test's outcome says of `n` of each element
   * (`v3:nodes.[*]`).
   */
  function everyElementFacts(atom: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } {
    const none = { whenTrue: [], whenFalse: [] };
    const call = unwrapExpression(atom);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression || call.arguments.length !== 1) return none;
    const method = staticPropertyName(call.callee);
    if (method !== 'every' && method !== 'some') return none;
    const arrayKey = settledArrayKey(call.callee.object);
    const outcomes = arrayKey === null || !call.arguments[0] ? null : predicateOutcomes(call.arguments[0], `${arrayKey}.${EACH}`);
    if (!outcomes) return none;
    return method === 'every' ? { whenTrue: outcomes.whenTrue, whenFalse: [] } : { whenTrue: [], whenFalse: outcomes.whenFalse };
  }

  /**
   * What each outcome of a predicate written in place (`(n) => n.provisionState === 'manageable'`)
   * says of its parameter, said of `key` instead; null for anything else (a function passed by name,
   * an async one, one whose body is more than the test).
   */
  function predicateOutcomes(written: TSESTree.Node, key: string): { whenTrue: string[]; whenFalse: string[] } | null {
    // A predicate of the file passed by name (`nodes.filter(isDeletable)`).
    const reference = unwrapExpression(written);
    const named = reference.type === AST_NODE_TYPES.Identifier ? options.paths.variableOf(reference) : null;
    const callback = named && !named.references.some((item) => item.isWrite() && !item.init) ? (functionOfVariable(named) ?? written) : written;
    if (!isFunctionNode(callback) || callback.async || callback.generator) return null;
    const [parameter] = callback.params;
    const variable = parameter?.type === AST_NODE_TYPES.Identifier ? options.paths.variableOf(parameter) : null;
    const returned = singleReturned(callback);
    if (!variable || !returned) return null;
    const from = keys.variableKey(variable);
    const outcomes = outcomeFacts(returned);
    const rebased = (facts: readonly string[]): string[] => facts.flatMap((item) => rebaseFact(item, from, key) ?? []);
    return { whenTrue: rebased(outcomes.whenTrue), whenFalse: rebased(outcomes.whenFalse) };
  }

  /** The facts of the checks every element of an array is the result of (see checkedElementsOf), said of `key`. */
  function elementCheckFacts(array: TSESTree.Node, key: string): string[] {
    const facts = (ids: readonly string[], at: string): string[] =>
      ids.flatMap((id) => {
        const spec = vocabulary.checks.get(id);
        return spec ? bindingTargets(spec).filter(isReturnTarget).flatMap((item) => checkFacts(id, `${at}${item.slice('return'.length)}`)) : [];
      });
    // `for (const result of await Promise.allSettled(instances.map((i) => validate(i))))`: a
    // settled result's `value` is the check's result, or nothing when the check failed.
    return [...facts(checkedElementsOf(array, 0), key), ...facts(checkedElementsOf(array, 0, 'allSettled'), `${key}.value`)];
  }

  /**
   * What holds of an element callback's element (`nodes.map((node) => act(node.id))`) when every
   * element of the array is a check's result (see checkedElementsOf), as in a for-of over it.
   */
  function elementFacts(fn: FunctionNode): readonly string[] {
    let facts = elementFactsByFunction.get(fn);
    if (!facts) {
      facts = computeElementFacts(fn);
      elementFactsByFunction.set(fn, facts);
    }
    return facts;
  }

  function computeElementFacts(fn: FunctionNode): string[] {
    const [parameter] = fn.params;
    if (parameter?.type !== AST_NODE_TYPES.Identifier) return [];
    const array = elementSourceOf(fn, 0);
    const variable = array ? options.paths.variableOf(parameter) : null;
    if (!array || !variable) return [];
    const key = keys.variableKey(variable);
    // `nodes.filter((n) => n.provisionState === 'manageable').forEach((node) => ...)`
    return [...pickedFacts(array, key, FILTER_METHODS, 0), ...elementCheckFacts(array, key)];
  }

  /**
   * What holds of an element picked by a predicate written in place (`nodes.find((n) =>
   * n.provisionState === 'manageable')`, the elements of `nodes.filter(...)`, also through a `const`
   * nothing changes): the predicate's facts when true, said of `key`. A `find` that found nothing
   * gives `undefined`, which the action cannot act on.
   */
  function pickedFacts(expression: TSESTree.Node, key: string, methods: ReadonlySet<string>, depth: number): string[] {
    let node = unwrapExpression(expression);
    if (node.type === AST_NODE_TYPES.Identifier && depth < 3) {
      const variable = options.paths.variableOf(node);
      const definition = variable?.defs[0];
      if (!variable || variable.defs.length !== 1 || definition?.type !== Lint.Scope.DefinitionType.Variable || definition.parent.kind !== 'const' || definition.node.id !== definition.name || !definition.node.init) return [];
      if (variable.references.some((reference) => isChangedThrough(reference.identifier))) return [];
      return pickedFacts(definition.node.init, key, methods, depth + 1);
    }
    if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrapExpression(node.argument);
    if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression || !methods.has(staticPropertyName(node.callee) ?? '')) return [];
    const [callback] = node.arguments;
    return (callback ? predicateOutcomes(callback, key) : null)?.whenTrue ?? [];
  }

  /**
   * The checks every element of an array is the result of: `await Promise.all(xs.map((x) =>
   * check(x)))`, or a `const` holding it that nothing changes (no `push`, no element written);
   * with `allSettled`, the checks whose results the settled elements' `value`s are.
   */
  function checkedElementsOf(expression: TSESTree.Node, depth: number, combinator: 'all' | 'allSettled' = 'all'): string[] {
    const node = unwrapExpression(expression);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = options.paths.variableOf(node);
      const definition = variable?.defs[0];
      if (depth > 2 || !variable || variable.defs.length !== 1 || definition?.type !== Lint.Scope.DefinitionType.Variable || definition.parent.kind !== 'const' || definition.node.id !== definition.name || !definition.node.init) return [];
      return variable.references.some((reference) => isChangedThrough(reference.identifier)) ? [] : checkedElementsOf(definition.node.init, depth + 1, combinator);
    }
    if (node.type !== AST_NODE_TYPES.AwaitExpression) return [];
    const all = unwrapExpression(node.argument);
    if (all.type !== AST_NODE_TYPES.CallExpression || promiseMethodOf(all) !== combinator || all.arguments.length !== 1) return [];
    const mapped = unwrapExpression(all.arguments[0] as TSESTree.Node);
    if (mapped.type !== AST_NODE_TYPES.CallExpression || mapped.callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(mapped.callee) !== 'map') return [];
    const [callback] = mapped.arguments;
    // `instances.map(validateInstanceAndNode)`: the check itself, called with each element.
    if (callback && mapped.arguments.length === 1 && (callback.type === AST_NODE_TYPES.Identifier || callback.type === AST_NODE_TYPES.MemberExpression)) {
      return vocabulary.checksFor({ node: mapped, calleePaths: options.paths.pathsOf(callback) }, null).filter((id) => {
        const spec = vocabulary.checks.get(id);
        return spec !== undefined && !spec.returnsBoolean && (spec.resultTest === undefined || spec.resultTest.length === 0) && bindingTargets(spec).some(isReturnTarget);
      });
    }
    if (!callback || !isFunctionNode(callback)) return [];
    let ids: string[] | null = null;
    for (const value of writtenReturns(callback)) {
      let returned = unwrapExpression(value);
      if (returned.type === AST_NODE_TYPES.AwaitExpression) returned = unwrapExpression(returned.argument);
      if (returned.type !== AST_NODE_TYPES.CallExpression) return [];
      const call = returned;
      const found = vocabulary.checksFor(options.sites.of(call), info).filter((id) => {
        const spec = vocabulary.checks.get(id);
        const testedLater = spec?.resultTest !== undefined && spec.resultTest.length > 0 && !asserts(spec, call);
        return spec !== undefined && !spec.returnsBoolean && !testedLater && bindingTargets(spec).some(isReturnTarget);
      });
      ids = ids === null ? found : ids.filter((id) => found.includes(id));
      if (ids.length === 0) return [];
    }
    return ids ?? [];
  }

  function onTestAtom(node: TSESTree.Node): void {
    if (!isTestAtom(node)) return;
    const facts = stateTestFacts(node, { keys, constants, universe, isState }) ?? { whenTrue: [], whenFalse: [] };
    const passed = booleanCheckFacts(node);
    const present = presentCheckFacts(node);
    const flagged = flagCheckFacts(node);
    const predicate = predicateFacts(node);
    const held = heldTestFacts(node);
    const compared = predicateComparisonFacts(node);
    const every = everyElementFacts(node);
    recorder.test(
      node,
      [...facts.whenTrue, ...passed, ...present.whenTrue, ...flagged.whenTrue, ...predicate.whenTrue, ...held.whenTrue, ...compared.whenTrue, ...every.whenTrue],
      [...facts.whenFalse, ...present.whenFalse, ...flagged.whenFalse, ...predicate.whenFalse, ...held.whenFalse, ...compared.whenFalse, ...every.whenFalse],
    );
  }

  /**
   * A predicate's call compared with a boolean (`isDeletable(node) === false`, `await
   * isReady(node) !== true`): what the call's outcomes say, on the outcome the comparison picks.
   */
  function predicateComparisonFacts(atom: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } {
    const none = { whenTrue: [], whenFalse: [] };
    const compared = booleanComparison(atom);
    if (!compared || (compared.operand.type !== AST_NODE_TYPES.CallExpression && compared.operand.type !== AST_NODE_TYPES.AwaitExpression)) return none;
    const outcomes = predicateFacts(compared.operand);
    return compared.same ? outcomes : { whenTrue: outcomes.whenFalse, whenFalse: outcomes.whenTrue };
  }

  /**
   * A `const` holding a test (`const deletable = node.provisionState === 'manageable'; if
   * (!deletable) throw ...`): testing it tests what it holds, also in a callback, when every name
   * the test reads keeps the value it had there (a `const`, a parameter or a variable written
   * nowhere but its declaration), so what it said still holds of them.
   */
  function heldTestFacts(atom: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } {
    const none = { whenTrue: [], whenFalse: [] };
    const target = unwrapExpression(atom);
    if (target.type !== AST_NODE_TYPES.Identifier) return none;
    const variable = options.paths.variableOf(target);
    const definition = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || definition?.type !== Lint.Scope.DefinitionType.Variable || definition.parent.kind !== 'const') return none;
    const init = definition.node.init ? unwrapExpression(definition.node.init) : null;
    if (!init || definition.node.id !== definition.name || !isHeldTest(init)) return none;
    if (!readsOnlySettledNames(init)) return none;
    return outcomeFacts(init);
  }

  /** Whether every variable an expression reads is written only where it is declared (no function bodies in it). */
  function readsOnlySettledNames(expression: TSESTree.Node): boolean {
    const stack: TSESTree.Node[] = [expression];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      if (isFunctionNode(node)) return false;
      if (node.type === AST_NODE_TYPES.Identifier) {
        const parent = node.parent;
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) continue;
        if (parent.type === AST_NODE_TYPES.Property && parent.key === node && !parent.computed) continue;
        const variable = options.paths.variableOf(node);
        if (!variable) continue;
        if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return false;
        continue;
      }
      stack.push(...childNodes(node));
    }
    return true;
  }

  /**
   * A same-file predicate that returns a test of its parameters (`const isDeletable = (node) =>
   * node.provisionState === MANAGEABLE || node.provisionState === ENROLL`): what its outcomes say
   * about the parameters, said of the arguments the call passes.
   */
  function predicateFacts(atom: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } {
    const none = { whenTrue: [], whenFalse: [] };
    let call = unwrapExpression(atom);
    // `await isReady(node)`: an async predicate's outcome, once awaited.
    const awaited = call.type === AST_NODE_TYPES.AwaitExpression;
    if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrapExpression(call.argument);
    if (call.type !== AST_NODE_TYPES.CallExpression) return none;
    const fn = localCallee(call, options.paths);
    if (!fn || (fn.async && !awaited) || fn.generator || predicatesInProgress.has(fn)) return none;
    const written = predicateTest(fn);
    const returned = written?.test ?? null;
    const adapter = returned ? null : checkAdapterOutcome(fn);
    if (returned ? contains(returned, call) : !adapter) return none;
    // Each parameter's key, and the key of the argument passed for it.
    const renames: [string, string][] = [];
    for (const [index, parameter] of fn.params.entries()) {
      if (parameter.type !== AST_NODE_TYPES.Identifier) continue;
      const variable = options.paths.variableOf(parameter);
      // A parameter the function writes (`instance = other`) may not be what the call passed.
      if (variable?.references.some((reference) => reference.isWrite())) continue;
      const argument = call.arguments[index];
      const argumentKey = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? keys.keyOf(argument) : null;
      if (variable && argumentKey !== null) renames.push([keys.variableKey(variable), argumentKey]);
    }
    if (renames.length === 0) return none;
    const rename = (facts: readonly string[]): string[] =>
      facts.flatMap((fact) => {
        const bar = fact.indexOf('|');
        const key = fact.slice(bar + 1);
        for (const [from, to] of renames) {
          if (key === from || key.startsWith(`${from}.`)) return [`${fact.slice(0, bar + 1)}${to}${key.slice(from.length)}`];
        }
        return [];
      });
    predicatesInProgress.add(fn);
    try {
      const tested = returned ? outcomeFacts(returned) : (adapter ?? none);
      // `if (test) return false; return true;` returns the test's opposite.
      const outcomes = written?.negated === true ? { whenTrue: tested.whenFalse, whenFalse: tested.whenTrue } : tested;
      return { whenTrue: rename(outcomes.whenTrue), whenFalse: rename(outcomes.whenFalse) };
    } finally {
      predicatesInProgress.delete(fn);
    }
  }

  /**
   * A flag that records whether checks passed: `let ok = false; try { await check(i); ok = true; }
   * catch ...` (set right after the checks) or `let failed = false; try { await check(i); } catch
   * { failed = true; }` (set where they failed). Where a test shows the flag says "passed", the
   * checks' facts about their arguments hold. Only a flag written nowhere else, with a boolean
   * literal, outside any loop its declaration is not in.
   */
  function flagCheckFacts(atom: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } {
    const none = { whenTrue: [], whenFalse: [] };
    const caught = caughtErrorFacts(atom);
    if (caught) return caught;
    let target = unwrapExpression(atom);
    // `ok === true`, `ok !== false` say what `ok` says; `ok !== true`, `ok === false` the opposite.
    let same = true;
    let comparedWithFalse = false;
    if (target.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(target.operator)) {
      const compared = booleanComparison(target);
      if (!compared) return none;
      ({ same, comparedWithFalse } = compared);
      target = compared.operand;
    }
    if (target.type !== AST_NODE_TYPES.Identifier) return none;
    const variable = options.paths.variableOf(target);
    if (!variable) return none;
    let flag = flagByVariable.get(variable);
    if (flag === undefined) {
      flag = flagOf(variable);
      flagByVariable.set(variable, flag);
    }
    // `let ok;` holds undefined, which is not `false`: `ok === false` does not show it was set.
    if (!flag || (comparedWithFalse && !flag.initialized) || !testedAfter(atom, flag.setBy)) return none;
    return flag.passed === same ? { whenTrue: flag.facts, whenFalse: [] } : { whenTrue: [], whenFalse: flag.facts };
  }

  /**
   * The caught error kept to rethrow or report after the `try` (`let error; try { await check(i); }
   * catch (e) { error = e; } if (error) throw error;`): a variable holding nothing until the catch
   * of a `try` whose block calls the checks stores its error, written nowhere else. Where a test
   * shows it still holds nothing (falsy; `=== undefined` when declared without a value, `=== null`
   * when declared `null`; `== null` either way), the checks passed. (A falsy thrown value, `throw
   * 0`, would pass the test too; no check throws one.)
   */
  function caughtErrorFacts(atom: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } | null {
    let target = unwrapExpression(atom);
    // Whether the test is true when the error was stored; null for a comparison it cannot decide.
    let storedWhenTrue = true;
    let compared: Nothing | 'both' | null = null;
    if (target.type === AST_NODE_TYPES.BinaryExpression && ['===', '!==', '==', '!='].includes(target.operator)) {
      const rightNothing = nothingOf(target.right);
      const leftNothing = rightNothing === null ? nothingOf(target.left) : null;
      const nothing = rightNothing ?? leftNothing;
      if (nothing === null) return null;
      compared = target.operator.length === 2 ? 'both' : nothing;
      storedWhenTrue = target.operator.startsWith('!');
      target = unwrapExpression(rightNothing === null ? target.right : target.left);
    }
    if (target.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = options.paths.variableOf(target);
    if (!variable) return null;
    let stored = caughtErrorByVariable.get(variable);
    if (stored === undefined) {
      stored = caughtErrorOf(variable);
      caughtErrorByVariable.set(variable, stored);
    }
    if (!stored || (compared !== null && compared !== 'both' && compared !== stored.initial) || !testedAfter(atom, stored.setBy)) return null;
    return storedWhenTrue ? { whenTrue: [], whenFalse: stored.facts } : { whenTrue: stored.facts, whenFalse: [] };
  }

  function caughtErrorOf(variable: Lint.Scope.Variable): { initial: Nothing; facts: string[]; setBy: TSESTree.Node } | null {
    const definition = variable.defs[0];
    if (variable.defs.length !== 1 || definition?.type !== Lint.Scope.DefinitionType.Variable || definition.node.id !== definition.name || definition.parent.kind === 'const') return null;
    const initial = definition.node.init ? nothingOf(definition.node.init) : 'undefined';
    if (initial === null) return null;
    const writes = variable.references.filter((reference) => reference.isWrite() && reference.identifier !== definition.name);
    const [only] = writes;
    if (writes.length !== 1 || !only) return null;
    const write = only.identifier.parent;
    const statement = write.parent;
    const clause = statement?.parent?.parent;
    if (write.type !== AST_NODE_TYPES.AssignmentExpression || write.operator !== '=' || statement?.type !== AST_NODE_TYPES.ExpressionStatement || clause?.type !== AST_NODE_TYPES.CatchClause || clause.body !== statement.parent) return null;
    const parameter = clause.param;
    const value = unwrapExpression(write.right);
    if (parameter?.type !== AST_NODE_TYPES.Identifier || value.type !== AST_NODE_TYPES.Identifier || value.name !== parameter.name) return null;
    if (innermostLoop(write) !== innermostLoop(definition.node)) return null;
    const facts = checkStatementFacts(clause.parent.block.body);
    return facts.length > 0 ? { initial, facts, setBy: clause.parent } : null;
  }

  /** Whether a flag's test comes after the statement that sets it, in the same function (not before the `try`, nor in a callback). */
  function testedAfter(atom: TSESTree.Node, setBy: TSESTree.Node): boolean {
    return atom.range[0] >= setBy.range[1] && enclosingFunction(atom) === enclosingFunction(setBy);
  }

  function flagOf(variable: Lint.Scope.Variable): { passed: boolean; initialized: boolean; facts: string[]; setBy: TSESTree.Node } | null {
    const definition = variable.defs[0];
    if (variable.defs.length !== 1 || definition?.type !== Lint.Scope.DefinitionType.Variable || definition.node.id !== definition.name || definition.parent.kind === 'const') return null;
    const initialized = definition.node.init !== null;
    const initial = definition.node.init ? booleanLiteral(definition.node.init) : false;
    if (initial === null) return null;
    const writes: { statement: TSESTree.ExpressionStatement; value: boolean }[] = [];
    for (const reference of variable.references) {
      if (!reference.isWrite() || reference.identifier === definition.name) continue;
      const write = reference.identifier.parent;
      const statement = write.parent;
      const value = write.type === AST_NODE_TYPES.AssignmentExpression && write.operator === '=' ? booleanLiteral(write.right) : null;
      if (value === null || statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
      if (innermostLoop(write) !== innermostLoop(definition.node)) return null;
      writes.push({ statement, value });
    }
    // Set both ways: to one value right after the checks in a try block, to the other in its catch
    // (`try { await check(i); valid = true; } catch { valid = false; }`), so it is set either way.
    const [first, second] = writes;
    if (writes.length === 2 && first && second) {
      const passedWrite = first.value === second.value ? null : [first, second].find((item) => item.statement.parent.type === AST_NODE_TYPES.BlockStatement && item.statement.parent.parent.type === AST_NODE_TYPES.TryStatement);
      const failedWrite = passedWrite === first ? second : first;
      const block = passedWrite?.statement.parent;
      const tryStatement = block?.parent;
      if (!passedWrite || block?.type !== AST_NODE_TYPES.BlockStatement || tryStatement?.type !== AST_NODE_TYPES.TryStatement || tryStatement.block !== block || tryStatement.handler?.body !== failedWrite.statement.parent) return null;
      const facts = checkStatementFacts(block.body.slice(0, block.body.indexOf(passedWrite.statement)));
      return facts.length > 0 ? { passed: passedWrite.value, initialized: true, facts, setBy: tryStatement } : null;
    }
    const [only] = writes;
    if (writes.length !== 1 || !only || only.value !== !initial) return null;
    const write = only.statement;
    const block = write.parent;
    if (block.type !== AST_NODE_TYPES.BlockStatement) return null;
    // Set where the checks failed: the catch of a try whose block calls them.
    const clause = block.parent;
    if (clause.type === AST_NODE_TYPES.CatchClause && clause.body === block) {
      const facts = checkStatementFacts(clause.parent.block.body);
      return facts.length > 0 ? { passed: initial, initialized, facts, setBy: clause.parent } : null;
    }
    // Set right after them, in the same block.
    const facts = checkStatementFacts(block.body.slice(0, block.body.indexOf(write)));
    // Set right after the checks in a try's block: tested after the try (its catch may leave it unset).
    const setBy = block.parent.type === AST_NODE_TYPES.TryStatement && block.parent.block === block ? block.parent : write;
    return facts.length > 0 ? { passed: !initial, initialized, facts, setBy } : null;
  }

  /**
   * A function turning checks' failure into a boolean (`try { await validateInstanceAndNode(i);
   * return true; } catch (e) { if (e instanceof InstanceNotFound) return false; throw e; }`): one
   * `return true` right after the checks, last in the block of a `try` written at the top of the
   * body, every other `return` a `false` (or nothing): `true` says the checks passed. Null for any
   * other function.
   */
  function checkAdapterOutcome(fn: FunctionNode): { whenTrue: string[]; whenFalse: string[] } | null {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return null;
    const tryStatement = fn.body.body.find((statement): statement is TSESTree.TryStatement => statement.type === AST_NODE_TYPES.TryStatement);
    if (!tryStatement?.handler || tryStatement.finalizer) return null;
    const last = tryStatement.block.body.at(-1);
    if (last?.type !== AST_NODE_TYPES.ReturnStatement || !last.argument || booleanLiteral(last.argument) !== true) return null;
    // Every other `return` says "failed"; so does a bare one, or falling off the end (`undefined`).
    const passedValue = last.argument;
    if (writtenReturns(fn).some((value) => value !== passedValue && booleanLiteral(value) !== false)) return null;
    const facts = checkStatementFacts(tryStatement.block.body.slice(0, -1));
    return facts.length > 0 ? { whenTrue: facts, whenFalse: [] } : null;
  }

  /** What the awaited checks among `statements` (each a statement of its own) establish about their arguments once all passed. */
  function checkStatementFacts(statements: readonly TSESTree.Statement[]): string[] {
    const facts: string[] = [];
    for (const statement of statements) {
      const expression =
        statement.type === AST_NODE_TYPES.ExpressionStatement
          ? statement.expression
          : statement.type === AST_NODE_TYPES.VariableDeclaration && statement.declarations.length === 1
            ? statement.declarations[0].init
            : null;
      let value = expression ? unwrapExpression(expression) : null;
      // `node = await check(i)`: the result kept in a variable declared before, written nowhere else.
      const assigned = value?.type === AST_NODE_TYPES.AssignmentExpression && value.operator === '=' ? value : null;
      if (assigned) value = unwrapExpression(assigned.right);
      if (value?.type !== AST_NODE_TYPES.AwaitExpression) continue;
      const call = unwrapExpression(value.argument);
      if (call.type !== AST_NODE_TYPES.CallExpression) continue;
      const resultKey = assigned && writtenOnlyBy(assigned) ? keys.writtenKey(assigned.left) : null;
      for (const id of vocabulary.checksFor(options.sites.of(call), info)) {
        const spec = vocabulary.checks.get(id);
        if (!spec || spec.returnsBoolean || (spec.resultTest !== undefined && spec.resultTest.length > 0 && !asserts(spec, call))) continue;
        for (const item of bindingTargets(spec)) {
          if (!isReturnTarget(item)) facts.push(...checkFacts(id, pathKey(call, item)));
          else if (resultKey !== null) facts.push(...checkFacts(id, `${resultKey}${item.slice('return'.length)}`));
        }
      }
    }
    return facts;
  }

  /** Whether an assignment to a variable is its only write (besides a declaration with no value, `null` or `undefined`). */
  function writtenOnlyBy(assignment: TSESTree.AssignmentExpression): boolean {
    const target = unwrapExpression(assignment.left);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = options.paths.variableOf(target);
    return (
      variable !== null &&
      variable.references.every((reference) => {
        if (!reference.isWrite() || reference.identifier === target) return true;
        const declarator = reference.identifier.parent;
        return reference.init === true && declarator.type === AST_NODE_TYPES.VariableDeclarator && declarator.init !== null && nothingOf(declarator.init) !== null;
      })
    );
  }

  /**
   * A test that a variable holds something (`if (!node) return`, `node != null`), where whatever
   * it holds is either nothing or what a check returned (`getNode(id).catch(() => null)`, a `try`
   * whose catch leaves it null, a local `getNodeOrNull`): where it holds something, the check passed
   * (for the value, and for the check's arguments when the call is written here).
   */
  function presentCheckFacts(atom: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } {
    const none = { whenTrue: [], whenFalse: [] };
    const node = unwrapExpression(atom);
    let tested: TSESTree.Node | null = node.type === AST_NODE_TYPES.Identifier ? node : null;
    // `node != null` holds something when true, `node === null` when false; `===` rules out only
    // the one it names (`node === undefined` leaves a null).
    let present = true;
    let ruledOut: ReadonlySet<Nothing> = BOTH_NOTHINGS;
    if (node.type === AST_NODE_TYPES.BinaryExpression && ['!=', '!==', '==', '==='].includes(node.operator)) {
      const nothing = nothingOf(node.right) ?? nothingOf(node.left);
      if (nothing === null) return none;
      tested = nothingOf(node.right) !== null ? node.left : node.right;
      present = node.operator.startsWith('!');
      if (node.operator.length === 3) ruledOut = new Set([nothing]);
    }
    const target = tested ? unwrapExpression(tested) : null;
    if (target?.type !== AST_NODE_TYPES.Identifier) return none;
    // Once per variable: a function testing one variable in every branch asks as often.
    const variable = options.paths.variableOf(target);
    if (!variable) return none;
    let origin = originByVariable.get(variable);
    if (origin === undefined) {
      origin = nonNullOrigin(target, 0, new Set(), false);
      originByVariable.set(variable, origin);
    }
    const key = keys.keyOf(target);
    if (origin?.ids == null || key === null || [...origin.nothings].some((nothing) => !ruledOut.has(nothing))) {
      // `if (err) return` on `const [err, node] = await to(check(i))`: where `err` holds nothing.
      const empty = emptyPartFacts(target, ruledOut);
      if (empty.length === 0) return none;
      return present ? { whenTrue: [], whenFalse: empty } : { whenTrue: empty, whenFalse: [] };
    }
    const facts = [...origin.ids].flatMap((id) => {
      const spec = vocabulary.checks.get(id);
      return spec ? bindingTargets(spec).filter(isReturnTarget).flatMap((item) => checkFacts(id, `${key}${item.slice('return'.length)}`)) : [];
    });
    facts.push(...origin.argumentFacts);
    return present ? { whenTrue: facts, whenFalse: [] } : { whenTrue: [], whenFalse: facts };
  }

  /**
   * What a value is whenever it is not null or undefined: the result of one of `ids` (null ids:
   * never anything but nothing), with the facts its checks established about their arguments, and
   * which nothings it may be; null when it may be something else. A variable by all its writes, a
   * same-file function by all its returns (whose arguments' facts do not reach the caller).
   */
  function nonNullOrigin(expression: TSESTree.Node, depth: number, seen: Set<TSESTree.Node>, inCallee: boolean, settled = false, bindings: ParameterBindings | null = null): Origin | null {
    let node = unwrapExpression(expression);
    // Whether the value is what a promise settled to (awaited here, or returned to an await).
    let awaited = settled;
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      node = unwrapExpression(node.argument);
      awaited = true;
    }
    const nothing = nothingOf(node);
    if (nothing !== null) return { ids: null, argumentFacts: new Set(), nothings: new Set([nothing]) };
    if (depth > 4 || seen.has(node)) return null;
    seen.add(node);
    const next = (item: TSESTree.Node, callee = inCallee, itemSettled = false, itemBindings = bindings): Origin | null => nonNullOrigin(item, depth + 1, seen, callee, itemSettled, itemBindings);
    switch (node.type) {
      case AST_NODE_TYPES.ConditionalExpression:
        return combineOrigins(next(node.consequent, inCallee, awaited), next(node.alternate, inCallee, awaited));
      case AST_NODE_TYPES.LogicalExpression:
        return node.operator === '&&' ? null : combineOrigins(next(node.left, inCallee, awaited), next(node.right, inCallee, awaited));
      case AST_NODE_TYPES.CallExpression: {
        // `await check(id).catch(() => null)`: the check's result, or nothing (not awaited: a promise).
        const callee = unwrapExpression(node.callee);
        // `.finally(cleanup)` settles to what the promise before it settled to.
        if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'finally' && awaited) return next(callee.object, inCallee, true);
        if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'catch') {
          const [handler] = node.arguments;
          const fallback = handler && isFunctionNode(handler) ? writtenReturns(handler) : [];
          if (fallback.length === 0 || !awaited) return null;
          let origin = next(callee.object, inCallee, true);
          for (const value of fallback) origin = combineOrigins(origin, next(value, inCallee, true));
          return origin;
        }
        // `.then((n) => n, () => null)`: the same as `.catch(() => null)`.
        if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'then' && node.arguments.length === 2) {
          const [resolved, rejected] = node.arguments;
          const fallback = rejected && isFunctionNode(rejected) ? writtenReturns(rejected) : [];
          if (!resolved || !isIdentity(resolved) || fallback.length === 0 || !awaited) return null;
          let origin = next(callee.object, inCallee, true);
          for (const value of fallback) origin = combineOrigins(origin, next(value, inCallee, true));
          return origin;
        }
        const call = node;
        // A promise nobody waits for is something, whatever the check decides (known with types).
        const resultType = awaited ? undefined : info?.typeOf(call);
        if (info && resultType && isThenable(info, resultType)) return null;
        const ids = vocabulary.checksFor(options.sites.of(call), info).filter((id) => {
          const spec = vocabulary.checks.get(id);
          // A result that must be tested (`report.ok`) is not passed by being there.
          const testedLater = spec?.resultTest !== undefined && spec.resultTest.length > 0 && !asserts(spec, call);
          return spec !== undefined && !spec.returnsBoolean && !testedLater && bindingTargets(spec).some(isReturnTarget);
        });
        if (ids.length > 0) {
          const argumentFacts = inCallee
            ? []
            : ids.flatMap((id) => {
                const spec = vocabulary.checks.get(id);
                return spec ? bindingTargets(spec).filter((item) => !isReturnTarget(item)).flatMap((item) => checkFacts(id, pathKey(call, item))) : [];
              });
          return { ids: new Set(ids), argumentFacts: new Set(argumentFacts), nothings: new Set() };
        }
        const target = localCallee(call, options.paths);
        // An async function's result is a promise until awaited.
        if (!target || (target.async && !awaited)) return null;
        const calleeBindings = parameterBindingsOf(target, call, inCallee, bindings);
        let origin: Origin | null = { ids: null, argumentFacts: new Set(), nothings: new Set() };
        for (const value of writtenReturns(target)) {
          origin = combineOrigins(origin, next(value, true, awaited, calleeBindings));
          if (origin === null) return null;
        }
        return origin;
      }
      case AST_NODE_TYPES.Identifier: {
        const variable = options.paths.variableOf(node);
        const definition = variable?.defs[0];
        if (!variable || variable.defs.length !== 1) return null;
        // A parameter of the function whose returns are followed: what its call passes (`await p`
        // in `to(p)` is the caller's `await to(check(i))` argument settled).
        if (definition?.type === Lint.Scope.DefinitionType.Parameter) {
          const passed = bindings?.get(variable);
          // Read unsettled (`return [null, p]`), the promise itself is the value: something, whatever it settles to.
          return passed && awaited ? nonNullOrigin(passed.argument, depth + 1, seen, passed.inCallee, true, passed.outer) : null;
        }
        // `const [err, node] = await to(check(i))`: the part every return of the call writes there.
        if (definition?.type === Lint.Scope.DefinitionType.Variable && definition.node.id !== definition.name) {
          const alias = options.paths.aliasTargetOf(variable);
          const part = directPart(definition.node.id, definition.name);
          const rows = alias && part !== null ? resultRows(alias.expression, inCallee, bindings) : null;
          if (!rows || part === null) return null;
          let origin: Origin | null = { ids: null, argumentFacts: new Set(), nothings: new Set() };
          for (const row of rows) {
            origin = combineOrigins(origin, rowPartOrigin(row, part, depth, seen));
            if (origin === null) return null;
          }
          return origin;
        }
        if (definition?.type !== Lint.Scope.DefinitionType.Variable || definition.node.id !== definition.name) return null;
        // `let node;` starts undefined; a `declare const` holds something declared elsewhere.
        const declaration = definition.parent;
        const unset = declaration.kind !== 'const' && !declaration.declare;
        let origin: Origin | null = definition.node.init
          ? next(definition.node.init)
          : unset
            ? { ids: null, argumentFacts: new Set(), nothings: new Set<Nothing>(['undefined']) }
            : null;
        for (const reference of variable.references) {
          if (!reference.isWrite() || reference.identifier === definition.name) continue;
          const write = reference.identifier.parent;
          if (write.type !== AST_NODE_TYPES.AssignmentExpression || write.operator !== '=' || write.left !== reference.identifier) return null;
          origin = combineOrigins(origin, next(write.right));
          if (origin === null) return null;
        }
        return origin;
      }
      default:
        return null;
    }
  }

  /**
   * What a same-file function's parameters hold at one call of it: the arguments, read where the
   * call is (never-reassigned parameters without a default, before any spread argument).
   */
  function parameterBindingsOf(fn: FunctionNode, call: TSESTree.CallExpression, inCallee: boolean, outer: ParameterBindings | null): ParameterBindings | null {
    let bindings: Map<Lint.Scope.Variable, BoundArgument> | null = null;
    for (const [index, parameter] of fn.params.entries()) {
      const argument = call.arguments[index];
      if (!argument || call.arguments.slice(0, index + 1).some((item) => item.type === AST_NODE_TYPES.SpreadElement)) break;
      if (parameter.type !== AST_NODE_TYPES.Identifier) continue;
      const variable = options.paths.variableOf(parameter);
      if (!variable || variable.references.some((reference) => reference.isWrite())) continue;
      bindings ??= new Map();
      bindings.set(variable, { argument, inCallee, outer });
    }
    return bindings;
  }

  /**
   * The values an awaited call may settle to, written out part by part: one row per `return` of a
   * same-file function whose every return is an array or object literal (`return [null, await p]`,
   * `return [e, undefined]`), or await-to-js's `to(p)` (`[null, value]` or `[error, undefined]`).
   * A `return` of nothing is no row (taking it apart throws). Null when any return is something else.
   */
  function resultRows(expression: TSESTree.Node, inCallee: boolean, bindings: ParameterBindings | null): ResultRow[] | null {
    const awaitedNode = unwrapExpression(expression);
    if (awaitedNode.type !== AST_NODE_TYPES.AwaitExpression) return null;
    const call = unwrapExpression(awaitedNode.argument);
    if (call.type !== AST_NODE_TYPES.CallExpression) return null;
    if (isAwaitToCall(call)) {
      const [promise] = call.arguments;
      if (!promise || promise.type === AST_NODE_TYPES.SpreadElement) return null;
      return [
        { parts: new Map<string, RowPart>([['0', { kind: 'nothing', nothing: 'null' }], ['1', { kind: 'value', expression: promise, inCallee, bindings, settled: true }]]) },
        { parts: new Map<string, RowPart>([['0', { kind: 'error' }], ['1', { kind: 'nothing', nothing: 'undefined' }]]) },
      ];
    }
    const target = localCallee(call, options.paths);
    if (!target) return null;
    const calleeBindings = parameterBindingsOf(target, call, inCallee, bindings);
    const rows: ResultRow[] = [];
    for (const value of writtenReturns(target)) {
      const literal = unwrapExpression(value);
      if (nothingOf(literal) !== null) continue;
      const parts = new Map<string, RowPart>();
      if (literal.type === AST_NODE_TYPES.ArrayExpression) {
        for (const [index, element] of literal.elements.entries()) {
          // After a spread, no part is where it is written.
          if (element?.type === AST_NODE_TYPES.SpreadElement) return null;
          if (element) parts.set(String(index), rowPart(element, calleeBindings));
        }
      } else if (literal.type === AST_NODE_TYPES.ObjectExpression) {
        for (const property of literal.properties) {
          if (property.type !== AST_NODE_TYPES.Property) return null;
          const name = staticPropertyName(property);
          if (name === null) return null;
          parts.set(name, rowPart(property.value, calleeBindings));
        }
      } else {
        return null;
      }
      rows.push({ parts });
    }
    return rows;
  }

  /** One part of a returned literal: nothing, the caught error, or a value to follow in the callee. */
  function rowPart(value: TSESTree.Node, bindings: ParameterBindings | null): RowPart {
    const nothing = nothingOf(value);
    if (nothing !== null) return { kind: 'nothing', nothing };
    const node = unwrapExpression(value);
    const variable = node.type === AST_NODE_TYPES.Identifier ? options.paths.variableOf(node) : null;
    // The caught error, never written over (`e = null` would make it nothing).
    if (variable?.defs[0]?.type === Lint.Scope.DefinitionType.CatchClause && !variable.references.some((reference) => reference.isWrite())) return { kind: 'error' };
    if (node.type === AST_NODE_TYPES.NewExpression) return { kind: 'error' };
    return { kind: 'value', expression: value, inCallee: true, bindings, settled: false };
  }

  /** What a row holds at a part (a part the literal does not write holds `undefined`). */
  function rowPartOrigin(row: ResultRow, part: string, depth: number, seen: Set<TSESTree.Node>): Origin | null {
    const item = row.parts.get(part) ?? { kind: 'nothing', nothing: 'undefined' };
    if (item.kind === 'nothing') return { ids: null, argumentFacts: new Set(), nothings: new Set([item.nothing]) };
    if (item.kind === 'error') return null;
    return nonNullOrigin(item.expression, depth + 1, seen, item.inCallee, item.settled, item.bindings);
  }

  /** await-to-js's `to(promise)`, imported by default or by name. */
  function isAwaitToCall(call: TSESTree.CallExpression): boolean {
    return options.sites.of(call).calleePaths.some((path) => path.root.kind === 'module' && path.root.module === 'await-to-js' && (path.names.length === 1 || (path.names.length === 2 && path.names[1] === 'to')));
  }

  /**
   * `const [err, node] = await to(check(i)); if (err) return`: a part that holds nothing only where
   * another holds the check's result (`[null, await p]` against `[e, undefined]`) vouches for that
   * part where it is tested to hold nothing — both for a truthiness test and `== null`. A thrown
   * falsy value would slip by, as for any caught-error flag.
   */
  function emptyPartFacts(target: TSESTree.Identifier, ruledOut: ReadonlySet<Nothing>): string[] {
    const variable = options.paths.variableOf(target);
    const definition = variable?.defs[0];
    if (!variable || variable.defs.length !== 1 || definition?.type !== Lint.Scope.DefinitionType.Variable || definition.node.id === definition.name) return [];
    const alias = options.paths.aliasTargetOf(variable);
    const tested = directPart(definition.node.id, definition.name);
    if (!alias || tested === null) return [];
    let rows = rowsOfDeclared.get(alias.expression);
    if (rows === undefined) {
      rows = resultRows(alias.expression, false, null);
      rowsOfDeclared.set(alias.expression, rows);
    }
    if (!rows) return [];
    const selected: ResultRow[] = [];
    for (const row of rows) {
      const item = row.parts.get(tested) ?? { kind: 'nothing', nothing: 'undefined' };
      if (item.kind === 'value') return [];
      if (item.kind === 'nothing' && ruledOut.has(item.nothing)) selected.push(row);
    }
    if (selected.length === 0) return [];
    const facts: string[] = [];
    for (const sibling of patternNames(definition.node.id)) {
      const part = sibling === definition.name ? null : directPart(definition.node.id, sibling);
      // A sibling written again (`let [err, node] = ...; node = other`) may hold something else.
      const siblingVariable = part === null ? null : options.paths.variableOf(sibling);
      if (part === null || !siblingVariable || !options.paths.aliasTargetOf(siblingVariable)) continue;
      let origin: Origin | null = null;
      for (const [index, row] of selected.entries()) {
        const here = rowPartOrigin(row, part, 0, new Set());
        origin = index === 0 ? here : combineOrigins(origin, here);
        if (origin === null) break;
      }
      const key = keys.keyOf(sibling);
      if (origin?.ids == null || origin.nothings.size > 0 || key === null) continue;
      for (const id of origin.ids) {
        const spec = vocabulary.checks.get(id);
        if (spec) facts.push(...bindingTargets(spec).filter(isReturnTarget).flatMap((item) => checkFacts(id, `${key}${item.slice('return'.length)}`)));
      }
      facts.push(...origin.argumentFacts);
    }
    return facts;
  }

  /** What a condition's outcomes imply, through `!`, `&&` and `||` (for assertions, which have no branches). */
  function outcomeFacts(condition: TSESTree.Node): { whenTrue: string[]; whenFalse: string[] } {
    const node = unwrapExpression(condition);
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
      const inner = outcomeFacts(node.argument);
      return { whenTrue: inner.whenFalse, whenFalse: inner.whenTrue };
    }
    if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
      const left = outcomeFacts(node.left);
      const right = outcomeFacts(node.right);
      // a && b is true when both are; false when a is, or a is true and b false. Dually for ||.
      const both = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
      const either = (a: readonly string[], b: readonly string[]): string[] => a.filter((item) => b.includes(item));
      return node.operator === '&&'
        ? { whenTrue: both(left.whenTrue, right.whenTrue), whenFalse: either(left.whenFalse, both(left.whenTrue, right.whenFalse)) }
        : { whenTrue: either(left.whenTrue, both(left.whenFalse, right.whenTrue)), whenFalse: both(left.whenFalse, right.whenFalse) };
    }
    const facts = stateTestFacts(node, { keys, constants, universe, isState }) ?? { whenTrue: [], whenFalse: [] };
    // A predicate of the file called (`const deletable = isDeletable(node)`), or compared with a boolean.
    const predicate = predicateFacts(node);
    const compared = predicateComparisonFacts(node);
    return { whenTrue: [...facts.whenTrue, ...booleanCheckFacts(node), ...predicate.whenTrue, ...compared.whenTrue], whenFalse: [...facts.whenFalse, ...predicate.whenFalse, ...compared.whenFalse] };
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
      } else if (variable) {
        // `check(x).then((ok) => { if (!ok) throw ...; })`: the first callback's parameter is the result.
        inner = thenResultOf(variable) ?? inner;
      }
    }
    if (inner.type !== AST_NODE_TYPES.CallExpression) return [];
    const call = inner;
    return vocabulary.checksFor(options.sites.of(call), info).flatMap((id) => {
      const spec = vocabulary.checks.get(id);
      return spec?.returnsBoolean ? bindingTargets(spec).filter((item) => !isReturnTarget(item)).flatMap((item) => checkFacts(id, pathKey(call, item))) : [];
    });
  }

  /** The keys of the variables a function reads from the scopes around it (once per function). */
  function closureKeys(fn: FunctionNode): ReadonlySet<string> {
    let known = closureKeysByFunction.get(fn);
    if (!known) {
      const scope = sourceCode.scopeManager?.acquire(fn) ?? null;
      const variables = new Set<Lint.Scope.Variable>();
      for (const reference of scope?.through ?? []) if (reference.resolved) variables.add(reference.resolved);
      known = new Set([...variables].map((variable) => keys.variableKey(variable)));
      closureKeysByFunction.set(fn, known);
    }
    return known;
  }

  /**
   * The keys of the variables a function writes in the scopes around it (once per function). A
   * call of it leaves the facts about their parts (a node's state) stale, as a re-read does, and
   * keeps what holds of the variable itself (its association, its existence): such a write is
   * most often a re-read of the same entity.
   */
  function writtenClosureKeys(fn: FunctionNode, visiting = new Set<FunctionNode>()): ClosureWrites {
    const known = writtenKeysByFunction.get(fn);
    if (known) return known;
    if (visiting.has(fn)) return NO_CLOSURE_WRITES;
    const outermost = visiting.size === 0;
    visiting.add(fn);
    const scope = sourceCode.scopeManager?.acquire(fn) ?? null;
    const whole = new Set<string>();
    const parts = new Set<string>();
    for (const reference of scope?.through ?? []) {
      // Its own body's, and a callback's it runs (`getNode(id).then((n) => { node = n })`, `ids.map(...)`):
      // not a callback it only hands over (`bus.on('x', (n) => { node = n })`), which may never run.
      if (!reference.resolved || ownerRunning(reference.identifier) !== fn) continue;
      // The variable itself, or merged into (`Object.assign(node, fresh)`): what was read of it is stale.
      const wrapper = outermostWrapper(reference.identifier);
      if (reference.isWrite() || isMergedInto(wrapper)) whole.add(keys.variableKey(reference.resolved));
      // A part of it written (`node.provisionState = x`, `(node as Node).extra[k] = v`): that part, as such a write in the caller kills it.
      const part = writtenPart(wrapper);
      if (part) for (const key of keys.killedKeys(part)) parts.add(key);
      // And what a function of the file it calls writes (`const refresh = async () => { await reload(); }`).
      const call = wrapper.parent;
      const inner = call?.type === AST_NODE_TYPES.CallExpression && call.callee === wrapper ? localCallee(call, options.paths) : null;
      if (inner && !inner.generator) {
        const written = writtenClosureKeys(inner, visiting);
        for (const key of written.whole) whole.add(key);
        for (const key of written.parts) parts.add(key);
      }
    }
    const result: ClosureWrites = { whole: [...whole], parts: [...parts] };
    // Inside a cycle of helpers a result may lack what the cycle's other helpers write: kept only for the outermost.
    if (outermost) writtenKeysByFunction.set(fn, result);
    return result;
  }

  /**
   * The function whose run runs the code at `node`: its enclosing function, or, through callbacks
   * of a promise chain's links and of an array's methods, the function they are written in.
   */
  function ownerRunning(node: TSESTree.Node): FunctionNode | null {
    let owner = enclosingFunction(node);
    for (let depth = 0; owner && depth < 8; depth++) {
      const call = outermostWrapper(owner).parent;
      const method = call?.type === AST_NODE_TYPES.CallExpression && call.arguments.includes(outermostWrapper(owner) as TSESTree.CallExpressionArgument) ? calleeLastName(call) : null;
      if (method === null || !RUNNING_CALLBACK_METHODS.has(method)) return owner;
      owner = enclosingFunction(owner);
    }
    return owner;
  }

  function translateSummary(target: FunctionNode, call: TSESTree.CallExpression): string[] {
    // Calling a generator runs none of its body: it only makes the iterator.
    if (target.generator) return [];
    const exit = summaryOf(target);
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
    // `const guard = () => { if (node.provisionState !== ...) throw ... }; guard()`: what it showed of
    // the variables it shares with the caller holds of them, as they are.
    const closure = closureKeys(target);
    const facts: string[] = [];
    for (const item of exit) {
      const subject = factSubject(item);
      const kind = item.slice(0, item.length - subject.length);
      if (thisCall && (subject === 'this' || subject.startsWith('this.'))) facts.push(item);
      const dot = subject.indexOf('.');
      if (closure.has(dot === -1 ? subject : subject.slice(0, dot))) facts.push(item);
      for (const [parameterKey, argumentKeyValue] of bindings) {
        const rebased = rebase(subject, parameterKey, argumentKeyValue);
        if (rebased !== null) facts.push(`${kind}${rebased}`);
      }
    }
    return facts;
  }

  /**
   * A test that the subject itself exists, proved where the action is: by an optional call on it
   * (`endpoint?.bind()` runs only when it exists), or — with type information and strict null
   * checks — by its type: an object type, without null or undefined.
   */
  function provedAtAction(group: readonly string[], subject: TSESTree.Node | null): boolean {
    if (!subject) return false;
    if (isCheckedElement(group, subject)) return true;
    const existence = group.some((id) => {
      const state = vocabulary.checks.get(id)?.state;
      return state !== undefined && state.property === undefined && (state.pass ?? 'truthy') === 'truthy';
    });
    if (!existence) return false;
    const holder = outermostWrapper(subject).parent;
    if (holder?.type === AST_NODE_TYPES.MemberExpression && holder.optional && holder.object === outermostWrapper(subject)) return true;
    if (!info) return false;
    const options = info.program.getCompilerOptions();
    if (!(options.strictNullChecks ?? options.strict ?? false)) return false;
    // The type where the action is, narrowed by the code before it; not what `x!` or `x as T` claims.
    const type = info.typeOf(unwrapExpression(subject));
    if (!type) return false;
    const flags = info.ts.TypeFlags;
    const mayBeFalsy = flags.Null | flags.Undefined | flags.Void | flags.Any | flags.Unknown | flags.Never | flags.StringLike | flags.NumberLike | flags.BigIntLike | flags.BooleanLike;
    return (type.isUnion() ? type.types : [type]).every((part) => (part.getFlags() & mayBeFalsy) === 0);
  }

  /**
   * `nodes[i].id` where every element of the `const nodes` is a check's result (see
   * checkedElementsOf): an element read by index has what a for-of over the array would see.
   */
  function isCheckedElement(group: readonly string[], subject: TSESTree.Node): boolean {
    const inner = withoutIdentityReads(subject);
    if (inner.type !== AST_NODE_TYPES.MemberExpression || !inner.computed) return false;
    const index = unwrapExpression(inner.property);
    // An index, not a named key (`nodes['primary']` is no element).
    if (index.type === AST_NODE_TYPES.Literal && typeof index.value !== 'number') return false;
    const array = unwrapExpression(inner.object);
    if (array.type !== AST_NODE_TYPES.Identifier) return false;
    return checkedElementsOf(array, 0).some((id) => [...vocabulary.impliedBy(id)].some((implied) => group.includes(implied)));
  }

  /**
   * Whether a rejection handler passes the rejection on, as a failed check should: it always throws
   * (`(e) => { throw new X(e) }`), or never returns — an arrow whose body is such a call
   * (`(e) => toDriverError(e)`), or a function of the file written or, with types, typed to return
   * `never` given by name (`.catch(toDriverError)`).
   */
  function passesRejectionOn(handler: TSESTree.Node): boolean {
    if (alwaysThrows(handler)) return true;
    if (handler.type === AST_NODE_TYPES.ArrowFunctionExpression && handler.expression) {
      const body = unwrapExpression(handler.body);
      return body.type === AST_NODE_TYPES.CallExpression && (neverReturns(body) || isWrittenNever(body, options.paths));
    }
    const named = unwrapExpression(handler);
    if (named.type !== AST_NODE_TYPES.Identifier) return false;
    const declaration = options.paths.variableOf(named)?.defs[0]?.node;
    if (declaration && (declaration.type === AST_NODE_TYPES.FunctionDeclaration || declaration.type === AST_NODE_TYPES.TSDeclareFunction) && declaration.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword) return true;
    // `function toDriverError(e: unknown) { throw new DriverError(..., { cause: e }); }`
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && alwaysThrows(declaration)) return true;
    // `const toDriverError = (e: unknown): never => { throw ... }`
    const init = declaration?.type === AST_NODE_TYPES.VariableDeclarator && declaration.parent.kind === 'const' && declaration.init ? unwrapExpression(declaration.init) : null;
    if (init && isFunctionNode(init) && (alwaysThrows(init) || init.returnType?.typeAnnotation.type === AST_NODE_TYPES.TSNeverKeyword)) return true;
    if (!info) return false;
    const signatures = info.typeOf(named)?.getCallSignatures() ?? [];
    return signatures.length > 0 && signatures.every((signature) => (signature.getReturnType().getFlags() & info.ts.TypeFlags.Never) !== 0);
  }

  /** Whether an expression is a call that never returns: an exit call, or typed `never`. */
  function neverReturns(expression: TSESTree.Node): boolean {
    const inner = unwrapExpression(expression);
    if (inner.type !== AST_NODE_TYPES.CallExpression) return false;
    return vocabulary.isExitCall(options.sites.of(inner), info) || returnsNever(inner);
  }

  function returnsNever(call: TSESTree.CallExpression): boolean {
    return info !== null && callReturnsNever(info, call);
  }

  /**
   * The keys of the subjects a `??`, `||` or `?:` subject may be (directly, or held by a `const`),
   * when they are two or more different subjects; null otherwise (one subject, or not such a choice).
   */
  function alternativeKeys(subject: TSESTree.Node): string[] | null {
    let node = unwrapExpression(subject);
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = options.paths.variableOf(node);
      const alias = variable ? options.paths.aliasTargetOf(variable) : null;
      if (alias && alias.names.length === 0) node = unwrapExpression(alias.expression);
    }
    if (node.type !== AST_NODE_TYPES.LogicalExpression && node.type !== AST_NODE_TYPES.ConditionalExpression) return null;
    const arms: TSESTree.Node[] = [];
    const collect = (arm: TSESTree.Node, depth: number): void => {
      const inner = unwrapExpression(arm);
      if (depth < 4 && inner.type === AST_NODE_TYPES.LogicalExpression) {
        collect(inner.left, depth + 1);
        collect(inner.right, depth + 1);
      } else if (depth < 4 && inner.type === AST_NODE_TYPES.ConditionalExpression) {
        collect(inner.consequent, depth + 1);
        collect(inner.alternate, depth + 1);
      } else {
        arms.push(inner);
      }
    };
    collect(node, 0);
    const armKeys = arms.map((arm) => keys.keyOf(arm));
    if (armKeys.some((key) => key === null)) return null;
    const distinct = [...new Set(armKeys as string[])];
    return distinct.length > 1 ? distinct : null;
  }

  /** The requirements of the selected entries, grouped by the subject each entry names (usually one). */
  function requirementsOf(call: TSESTree.CallExpression, entries: readonly CompiledAction[]): Requirement[] {
    const bySubject = new Map<string, { subjectNode: TSESTree.Node | null; subjectText: string; subjectKey: string | null; requires: (readonly string[])[] }>();
    for (const entry of entries) {
      const subject = subjectOf(call, entry.spec.subject);
      // A code span in the message: a template's backticks would end it (`${node.id}` reads as node.id).
      let subjectText = subject ? shortText(nodeText(sourceCode, loneInterpolation(subject) ?? subject)).replaceAll('`', "'") : 'its subject';
      // An item of a subject's listing needs its owner's checks: say whose it is.
      const owner = subject ? keys.listedOwnerOf(subject) : null;
      if (owner) subjectText += `\`, listed for \`${shortText(nodeText(sourceCode, owner)).replaceAll('`', "'")}`;
      const id = subject ? String(subject.range[0]) : '';
      const requirement = bySubject.get(id) ?? { subjectNode: subject, subjectText, subjectKey: subject ? keys.keyOf(subject) : null, requires: [] };
      for (const group of entry.spec.requires) {
        const ids = typeof group === 'string' ? [group] : group;
        if (!requirement.requires.some((known) => known.length === ids.length && known.every((item, index) => item === ids[index]))) requirement.requires.push(ids);
      }
      bySubject.set(id, requirement);
    }
    // `associated` makes `associated or exists` redundant (the union of several targets' entries).
    return [...bySubject.values()].map((requirement) => ({
      ...requirement,
      requires: requirement.requires.filter((group) => !requirement.requires.some((other) => other !== group && other.length < group.length && other.every((id) => group.includes(id)))),
    }));
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
      const { entries, targets } = selectEntries(record.call, record.matched);
      const [first] = entries;
      if (!first) continue;
      const described = entries.find((entry) => entry.spec.description !== undefined)?.spec.description;
      const action = actionText(calledName(record.call) ?? first.name, targets) + (described === undefined ? '' : ` (${described})`);
      for (const requirement of requirementsOf(record.call, entries)) {
        // `node.id ?? instance.node`: either may be acted on, so each must pass.
        const alternatives = requirement.subjectNode ? alternativeKeys(requirement.subjectNode) : null;
        const failures = requirement.requires.map((group) => ({
          group,
          failure: provedAtAction(group, requirement.subjectNode)
            ? null
            : alternatives
              ? (alternatives.map((key) => failureOf(group, key, query.facts, record.fn, 0, new Set<string>())).find((failure) => failure !== null) ?? null)
              : failureOf(group, requirement.subjectKey, query.facts, record.fn, 0, new Set<string>()),
        }));
        const unmet = failures.filter((item) => item.failure !== null);
        if (unmet.length === 0) continue;
        // Each unmet requirement is missing outright, or holds on some paths only (with the branch that skips it).
        const missing: string[] = [];
        const partial: string[] = [];
        let branch: TSESTree.Node | null = null;
        let caller: TSESTree.CallExpression | null = null;
        let callersBeyond: number | null = null;
        for (const { group, failure } of unmet) {
          if (caller === null && failure?.caller) {
            caller = failure.caller;
            callersBeyond = failure.truncated === true ? MAX_TRUST_DEPTH : null;
          }
          let explanation: { branch: TSESTree.Node | null; somePath: boolean } = { branch: null, somePath: false };
          for (const candidate of representativeFacts(group, requirement.subjectKey, query)) {
            explanation = recorder.explainMissing(query, candidate);
            if (explanation.somePath) break;
          }
          const text = group.map(describeCheck).join(' or ') + (failure ? stillPossible(group, failure) : '');
          if (explanation.somePath) {
            partial.push(text);
            branch ??= explanation.branch;
          } else {
            missing.push(text);
          }
        }
        // A target not known statically needs every target's checks, some for states no node is in
        // at once: listing them all tells less than saying how to need fewer.
        if (targets === null && missing.length + partial.length > 3) {
          const count = missing.length + partial.length;
          missing.splice(0, missing.length, `the checks every possible target needs (${String(count)} of them; a literal target, or one of a literal union type, needs only its own)`);
          partial.length = 0;
        }
        options.report({
          node: record.call,
          action,
          subject: requirement.subjectText,
          missing,
          notOnEveryPath: partial.length > 0 ? { branch, checks: partial } : null,
          caller,
          callersBeyond,
        });
      }
    }

    /**
     * Null when one of the group's checks holds for the subject at `facts`, or — for a private
     * helper — at every same-file call of it; otherwise where it fails (the deepest call site).
     */
    function failureOf(group: readonly string[], key: string | null, facts: FactState, fn: FunctionNode | null, depth: number, visiting: Set<string>): Failure | null {
      if (facts === null) return null;
      if (key !== null && group.some((id) => checkHolds(id, key, facts))) return null;
      const here = { key, facts };
      if (!options.trustCallers || key === null || fn === null) return here;
      // A callback sees what holds where it is created (`vifs.map((vif) => detach(node.id, vif))`
      // in a helper): about the function's own values, its callers vouch as for the function.
      let owner: FunctionNode = fn;
      const aboutThis = key === 'this' || key.startsWith('this.');
      while (options.callbacks === 'inherit' && isCallbackLike(owner) && !rootedAtParameter(key, owner) && !(aboutThis && owner.type !== AST_NODE_TYPES.ArrowFunctionExpression)) {
        const outer = enclosingFunction(owner);
        if (outer === null) break;
        owner = outer;
      }
      const throughCallers = failureThroughCallers(group, key, owner, depth, visiting);
      if (throughCallers === 'too deep') return { ...here, truncated: true };
      return throughCallers === undefined ? here : throughCallers;
    }

    /**
     * A private helper acting on its parameter (or on `this`, as a method called on `this`): the
     * failure at the first same-file call whose subject lacks the check, null when none does,
     * undefined when the callers cannot vouch (not a private helper, no calls, another subject),
     * `'too deep'` when they could but are {@link MAX_TRUST_DEPTH} helpers from the action.
     */
    function failureThroughCallers(group: readonly string[], key: string, fn: FunctionNode, depth: number, visiting: Set<string>): Failure | null | undefined | 'too deep' {
      // A helper that calls itself (or another that calls it back) with the same subject
      // (`retry(node, n - 1)`) asks nothing new of that call: its other callers decide.
      const asked = `${String(fn.range[0])}|${key}`;
      if (visiting.has(asked)) return null;
      if (!isPrivateHelper(fn)) return undefined;
      const sites = callSites.get(fn) ?? [];
      if (sites.length === 0) return undefined;
      const atSite = subjectAtCallSite(key, fn);
      if (!atSite) return undefined;
      if (depth >= MAX_TRUST_DEPTH) return 'too deep';
      visiting.add(asked);
      try {
        for (const site of sites) {
          const facts = answers.get(site)?.get('callsite')?.facts ?? null;
          const failure = failureOf(group, atSite(site), facts, enclosingFunction(site), depth + 1, visiting);
          if (failure) return failure.caller ? failure : { ...failure, caller: site };
        }
        return null;
      } finally {
        visiting.delete(asked);
      }
    }

    /** For a key below a parameter pattern's (see SubjectKeys.parameterPatternKey), the path from the argument to it; else null. */
    function atParameterPattern(key: string, parameter: TSESTree.Parameter): string[] | null {
      const patternKey = keys.parameterPatternKey(parameter);
      if (patternKey === null || rebase(key, patternKey, 'p') === null) return null;
      return key.slice(patternKey.length).split('.').filter((segment) => segment !== '');
    }

    /** Whether a key names one of a function's parameters or a path below one. */
    function rootedAtParameter(key: string, fn: FunctionNode): boolean {
      return fn.params.some((parameter) =>
        atParameterPattern(key, parameter) !== null ||
        parameterBindings(parameter).some(({ name }) => {
          const variable = options.paths.variableOf(name);
          return variable !== null && rebase(key, keys.variableKey(variable), 'p') !== null;
        }),
      );
    }

    /** How a subject inside a helper is named at a call of it: through a parameter, or `this` unchanged for a call on `this`. */
    function subjectAtCallSite(key: string, fn: FunctionNode): ((site: TSESTree.CallExpression) => string | null) | null {
      if (key === 'this' || key.startsWith('this.')) {
        if (fn.type === AST_NODE_TYPES.ArrowFunctionExpression) return null;
        // Called on another instance (`driver.hardOff()` with `driver: IronicDriver`), its `this` is not the caller's.
        return (site) => {
          const callee = unwrapExpression(site.callee);
          const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : null;
          return receiver?.type === AST_NODE_TYPES.ThisExpression || (receiver?.type === AST_NODE_TYPES.Identifier && isThisAlias(receiver, options.paths)) ? key : null;
        };
      }
      for (const [index, parameter] of fn.params.entries()) {
        // `({ id, provisionState }: Node)`: the names are keyed below the pattern, which the argument fills.
        const below = atParameterPattern(key, parameter);
        if (below !== null) {
          return (site) => {
            const argument = site.arguments[index];
            return argument ? partKey(argument, below) : null;
          };
        }
        for (const { name, part } of parameterBindings(parameter)) {
          const variable = options.paths.variableOf(name);
          if (!variable) continue;
          const parameterKey = keys.variableKey(variable);
          if (rebase(key, parameterKey, 'p') === null) continue;
          // A parameter the helper writes (`node = spare`, `nodeId = lookup(nodeId).id`) may no longer
          // hold what its callers passed.
          if (variable.references.some((reference) => reference.isWrite() && reference.identifier !== name)) return null;
          const path = [...(part === null ? [] : [part]), ...key.slice(parameterKey.length).split('.').filter((segment) => segment !== '')];
          return (site) => {
            const argument = site.arguments[index];
            return argument ? partKey(argument, path) : null;
          };
        }
      }
      return null;
    }

    /**
     * The key of a part of an argument (`opts.node.id` of a helper given `{ node, vifs }`): through
     * the object literal written at the call, or below the argument's own key.
     */
    function partKey(argument: TSESTree.Node, path: readonly string[]): string | null {
      const inner = unwrapExpression(argument);
      const [first, ...rest] = path;
      if (first !== undefined && inner.type === AST_NODE_TYPES.ObjectExpression) {
        const property = inner.properties.find((item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && staticPropertyName(item) === first);
        // Spread in after it, the part may be another value.
        if (!property || inner.properties.slice(inner.properties.indexOf(property) + 1).some((item) => item.type === AST_NODE_TYPES.SpreadElement)) return null;
        return partKey(property.value, rest);
      }
      const own = keys.keyOf(argument);
      return own === null ? null : [own, ...path].join('.');
    }
  }

  function checkHolds(id: string, subject: string, facts: ReadonlySet<string>): boolean {
    const spec = vocabulary.checks.get(id);
    if (!spec) return false;
    const candidates = boundCandidates(subject, facts);
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
    return stateProperties(state).some((property) => {
      const key = stateKey(object, property);
      if (state.pass === 'falsy') return facts.has(falsyFact(key));
      if (state.pass === 'truthy' || (property === '' && state.pass === undefined)) return facts.has(truthyFact(key));
      const tested = (): boolean => [...facts].some((item) => factSubject(item) === key && isValueTestFact(item));
      if (state.pass === 'tested') return tested();
      if (state.passIn) {
        const allowed = new Set(state.passIn);
        const mustExclude = universe(property).filter((value) => !allowed.has(value));
        if (!state.allowUnknown) mustExclude.push(UNKNOWN_VALUE);
        // Nothing known fails (only the passing values are known, and unknown ones pass): the
        // state must still have been tested, or any state would do.
        if (mustExclude.length === 0) return tested();
        return mustExclude.every((value) => facts.has(excludedFact(value, key)));
      }
      if (state.passNotIn) return state.passNotIn.every((value) => facts.has(excludedFact(value, key)));
      return false;
    });
  }

  /**
   * For a value test that was made but lets too much through: ` (\`deploying\` and 2 more still
   * get through)`; empty otherwise.
   */
  function stillPossible(group: readonly string[], failure: Failure): string {
    const [id] = group;
    const state = group.length === 1 && id !== undefined ? vocabulary.checks.get(id)?.state : undefined;
    if (!state || failure.key === null || (!state.passIn && !state.passNotIn)) return '';
    for (const candidate of boundCandidates(failure.key, failure.facts)) {
      for (const property of stateProperties(state)) {
        const key = stateKey(candidate, property);
        const mustExclude = state.passIn ? universe(property).filter((value) => !(state.passIn ?? []).includes(value)) : [...(state.passNotIn ?? [])];
        const excluded = mustExclude.filter((value) => failure.facts.has(excludedFact(value, key)));
        if (excluded.length === 0) continue;
        const through = mustExclude.filter((value) => !excluded.includes(value));
        if (state.passIn && !state.allowUnknown && !failure.facts.has(excludedFact(UNKNOWN_VALUE, key))) through.push('an unknown value');
        if (through.length === 0) continue;
        const shown = through.slice(0, 3).map((value) => (value === 'an unknown value' ? value : `\`${value}\``));
        const more = through.length > 3 ? ` and ${String(through.length - 3)} more` : '';
        return ` (${shown.join(', ')}${more} still ${through.length === 1 ? 'gets' : 'get'} through)`;
      }
    }
    return '';
  }

  /**
   * Facts whose absence may explain a requirement (for "not on every path"): about the subject or
   * what a check bound to it (`const node = await readNode(name)`, then `node.spec` tested).
   */
  function representativeFacts(group: readonly string[], subject: string | null, query: QueryResult): string[] {
    if (subject === null) return [];
    const facts: string[] = [];
    const candidates = boundCandidates(subject, query.facts ?? new Set<string>());
    for (const id of group) {
      const spec = vocabulary.checks.get(id);
      if (!spec) continue;
      for (const candidate of candidates) {
        if (!spec.state) {
          facts.push(`chk:${id}|${candidate}`, `called:${id}|${candidate}`);
          // Called on every path, its result tested on some (`if ((!chk.deploy.result || ...) && !force) throw`).
          if (spec.resultTest && query.facts?.has(`called:${id}|${candidate}`)) {
            for (const result of resultsOf.get(candidate) ?? []) for (const path of spec.resultTest) facts.push(truthyFact(`${result}.${path}`));
          }
          continue;
        }
        const state = spec.state;
        const property = stateProperties(state)[0] ?? '';
        const key = stateKey(candidate, property);
        if (state.pass === 'falsy') facts.push(falsyFact(key));
        else if (state.pass === 'truthy' || (property === '' && state.pass === undefined)) facts.push(truthyFact(key));
        else if (state.pass === 'tested') facts.push(...testsOnSomePath(key, query));
        else {
          // A value that must be excluded: a failing one, or (no failing one known) an unknown one.
          const value = state.passNotIn?.[0] ?? universe(property).find((item) => !(state.passIn ?? []).includes(item)) ?? (state.allowUnknown ? undefined : UNKNOWN_VALUE);
          if (value !== undefined) facts.push(excludedFact(value, key));
          else facts.push(...testsOnSomePath(key, query));
        }
      }
    }
    return facts;
  }

  /** The tests of a state the function makes (for a check any test passes). */
  function testsOnSomePath(key: string, query: QueryResult): string[] {
    return recorder.mentionedFacts(query, (item) => factSubject(item) === key && isValueTestFact(item));
  }

  function describeCheck(id: string): string {
    return vocabulary.checks.get(id)?.description ?? `the check \`${id}\``;
  }
}


/** The names a destructuring pattern binds directly (no default, no nesting). */
function patternNames(pattern: TSESTree.Node): TSESTree.Identifier[] {
  if (pattern.type === AST_NODE_TYPES.ArrayPattern) return pattern.elements.filter((element): element is TSESTree.Identifier => element?.type === AST_NODE_TYPES.Identifier);
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return [];
  return pattern.properties.flatMap((property) => (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier ? [property.value] : []));
}

/** The index or key a pattern binds `name` at directly (`[err, node]`, `{ node: n }`); null otherwise (a default, nesting, a computed key). */
function directPart(pattern: TSESTree.Node, name: TSESTree.Identifier): string | null {
  if (pattern.type === AST_NODE_TYPES.ArrayPattern) {
    const index = pattern.elements.indexOf(name);
    return index === -1 ? null : String(index);
  }
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const property = pattern.properties.find((item) => item.type === AST_NODE_TYPES.Property && item.value === name);
  return property?.type === AST_NODE_TYPES.Property && !property.computed ? staticPropertyName(property) : null;
}

/**
 * The names a parameter binds, with the part of the argument each holds: the whole for a name,
 * a property for an options object taken apart where it is declared (`({ node, soft }: PowerOff)`).
 */
function parameterBindings(parameter: TSESTree.Parameter): { name: TSESTree.Identifier; part: string | null }[] {
  if (parameter.type === AST_NODE_TYPES.Identifier) return [{ name: parameter, part: null }];
  // `node: Node = this.fallback`: what a call passes, or the default where it passes nothing.
  if (parameter.type === AST_NODE_TYPES.AssignmentPattern && parameter.left.type === AST_NODE_TYPES.Identifier) return [{ name: parameter.left, part: null }];
  if (parameter.type !== AST_NODE_TYPES.ObjectPattern) return [];
  const bindings: { name: TSESTree.Identifier; part: string | null }[] = [];
  for (const property of parameter.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const part = staticPropertyName(property);
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (part !== null && value.type === AST_NODE_TYPES.Identifier) bindings.push({ name: value, part });
  }
  return bindings;
}

/**
 * Whether a call stands where a `never` or `asserts` signature ends a branch: a statement
 * (`refuse(reason);`, as TypeScript itself requires; also awaited, `await fail(id);`) or a side of
 * `&&`, `||`, `??` or `?:` (`node ?? fail('gone')`). Not an argument, a receiver, an assigned or returned value:
 * no assertion helper or never-returning function is used so, and asking the checker about
 * every call would type-check every receiver.
 */
function mayEndBranch(call: TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = call;
  while (current.parent.type === AST_NODE_TYPES.ChainExpression || current.parent.type === AST_NODE_TYPES.TSNonNullExpression) current = current.parent;
  const parent = current.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
      return true;
    // `await fail(id);`, a statement of its own.
    case AST_NODE_TYPES.AwaitExpression:
      return parent.parent.type === AST_NODE_TYPES.ExpressionStatement;
    case AST_NODE_TYPES.LogicalExpression:
      return parent.right === current;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== current;
    default:
      return false;
  }
}


/** The innermost loop around a node within its function, or null. */
function innermostLoop(node: TSESTree.Node): TSESTree.Node | null {
  for (let current = node.parent; current && !isFunctionNode(current); current = current.parent) {
    if (LOOP_TYPES.has(current.type)) return current;
  }
  return null;
}

type Nothing = 'null' | 'undefined';

const BOTH_NOTHINGS: ReadonlySet<Nothing> = new Set<Nothing>(['null', 'undefined']);

/** What a value is when it is not nothing (see nonNullOrigin). */
interface Origin {
  /** The checks whose result it is; null when it is never anything but nothing. */
  readonly ids: ReadonlySet<string> | null;
  /** Facts the checks established about their arguments, written where they are called. */
  readonly argumentFacts: ReadonlySet<string>;
  readonly nothings: ReadonlySet<Nothing>;
}

/** A parameter's argument at the call whose callee's returns are followed, read in the caller's context. */
interface BoundArgument {
  readonly argument: TSESTree.Node;
  readonly inCallee: boolean;
  readonly outer: ParameterBindings | null;
}

type ParameterBindings = ReadonlyMap<Lint.Scope.Variable, BoundArgument>;

/** One part of a row of {@link resultRows}. */
type RowPart =
  | { readonly kind: 'nothing'; readonly nothing: Nothing }
  | { readonly kind: 'error' }
  | { readonly kind: 'value'; readonly expression: TSESTree.Node; readonly inCallee: boolean; readonly bindings: ParameterBindings | null; readonly settled: boolean };

/** What one `return` of a function settles to, part by part (an index or a key). */
interface ResultRow {
  readonly parts: ReadonlyMap<string, RowPart>;
}

/** `null` → 'null'; `undefined` and `void 0` → 'undefined'; anything else null. */
function nothingOf(raw: TSESTree.Node): Nothing | null {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Literal && node.value === null && !('regex' in node) && !('bigint' in node)) return 'null';
  if (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined') return 'undefined';
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void' ? 'undefined' : null;
}

/** Two values' origins together: the checks both are results of, the facts both carry, either's nothings. */
function combineOrigins(a: Origin | null, b: Origin | null): Origin | null {
  if (a === null || b === null) return null;
  const nothings = new Set([...a.nothings, ...b.nothings]);
  if (a.ids === null) return { ids: b.ids, argumentFacts: b.argumentFacts, nothings };
  if (b.ids === null) return { ids: a.ids, argumentFacts: a.argumentFacts, nothings };
  const bIds = b.ids;
  const ids = new Set([...a.ids].filter((id) => bIds.has(id)));
  const bFacts = b.argumentFacts;
  return ids.size > 0 ? { ids, argumentFacts: new Set([...a.argumentFacts].filter((item) => bFacts.has(item))), nothings } : null;
}

/** Expressions that can be a state test's operand (`node.provisionState === 'active'`, `isActive(node)`). */
const TEST_ATOM_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
]);

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

/** Names an object argument gives the provision target under (`setNodeProvisionState({ nodeId, target: 'deleted' })`). */
const TARGET_PROPERTIES: ReadonlySet<string> = new Set(['target', 'provisionTarget', 'provision_target']);

/** The target given in an object first argument, for a call that passes everything in one object. */
function targetProperty(call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const [first] = call.arguments;
  const object = first && call.arguments.length === 1 ? unwrapExpression(first) : null;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const property = object.properties.find((item): item is TSESTree.Property => item.type === AST_NODE_TYPES.Property && TARGET_PROPERTIES.has(staticPropertyName(item) ?? ''));
  return property?.value;
}

/**
 * Whether a callback returns its parameter or the subject's id read from it (`(node) => node.id`,
 * `(n) => n`), on every `return` — also after other statements (`(node) => { LOG.debug(...); return
 * node; }`) — and never writes the parameter.
 */
function passesSubjectOn(callback: FunctionNode, parameter: Lint.Scope.Variable): boolean {
  // Nor writes into it (`node.id = spare.id`, `Object.assign(node, spare)`): a node changed is not the one checked.
  if (parameter.references.some((reference) => reference.isWrite() || writesInto(reference.identifier))) return false;
  // A bare `return;` on a path gives nothing on: the next callback's parameter is then no node at all, but not the checked one either.
  if (hasBareReturn(callback)) return false;
  const single = singleReturned(callback);
  const returned = single ? [single] : callback.body.type === AST_NODE_TYPES.BlockStatement && alwaysExits(callback.body, true) ? writtenReturns(callback) : [];
  return (
    returned.length > 0 &&
    returned.every((value) => {
      const read = withoutIdentityReads(value);
      return read.type === AST_NODE_TYPES.Identifier && parameter.references.some((reference) => reference.identifier === read);
    })
  );
}

/** What a helper writes of the variables it shares with its caller: whole (their parts' facts go stale) and by part (those parts'). */
interface ClosureWrites {
  readonly whole: readonly string[];
  readonly parts: readonly string[];
}

const NO_CLOSURE_WRITES: ClosureWrites = { whole: [], parts: [] };

/** The member of a value written (`node.provisionState = x`, `delete node.extra[k]`), for the value read (a wrapper: `(node as Node)`, `node!`); null when none is. */
function writtenPart(value: TSESTree.Node): TSESTree.MemberExpression | null {
  let current: TSESTree.Node = value;
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) {
    const member: TSESTree.MemberExpression = current.parent;
    if (isWriteTarget(outermostWrapper(member))) return member;
    current = outermostWrapper(member);
  }
  return null;
}


/** Methods that run the callbacks they are given as part of the call or of the promise it settles: a promise chain's links, an array's methods. */
const RUNNING_CALLBACK_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally', 'map', 'forEach', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex', 'reduce']);

/** Whether a read of a value writes into it: a member of it assigned (`node.id = x`), deleted, or the value given to `Object.assign` first. */
function writesInto(read: TSESTree.Node): boolean {
  return writtenPart(read) !== null || isMergedInto(read);
}

/** Whether a value read is the target `Object.assign` merges into (`Object.assign(node, fresh)`). */
function isMergedInto(read: TSESTree.Node): boolean {
  const call = read.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === read && isObjectAssign(call);
}

/** Whether a function has a `return;` without a value (not in a function written inside it). */
function hasBareReturn(fn: FunctionNode): boolean {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const visit = (node: TSESTree.Node): boolean => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) return node.argument === null;
    if (isFunctionNode(node)) return false;
    return childNodes(node).some(visit);
  };
  return fn.body.body.some(visit);
}

/** A value without the reads of its identity (`node.id`, `node.uuid` → `node`). */
function withoutIdentityReads(node: TSESTree.Node): TSESTree.Node {
  let inner = unwrapExpression(node);
  while (inner.type === AST_NODE_TYPES.MemberExpression && !inner.computed && IDENTITY_PROPERTIES.has(staticPropertyName(inner) ?? '')) inner = unwrapExpression(inner.object);
  return inner;
}

/**
 * The test a predicate returns: its single returned value, or the test of `if (test) return true;
 * return false;` (braces or not; the opposite for `return false; ... return true`).
 */
function predicateTest(fn: FunctionNode): { test: TSESTree.Node; negated: boolean } | null {
  const single = singleReturned(fn);
  if (single) return { test: single, negated: false };
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement || fn.body.body.length !== 2) return null;
  const [branch, last] = fn.body.body;
  if (branch?.type !== AST_NODE_TYPES.IfStatement || branch.alternate || last?.type !== AST_NODE_TYPES.ReturnStatement) return null;
  const inner = branch.consequent.type === AST_NODE_TYPES.BlockStatement && branch.consequent.body.length === 1 ? branch.consequent.body[0] : branch.consequent;
  const booleanOf = (node: TSESTree.Node | null | undefined): boolean | null => {
    const value = node ? unwrapExpression(node) : null;
    return value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'boolean' ? value.value : null;
  };
  const onTest = inner?.type === AST_NODE_TYPES.ReturnStatement ? booleanOf(inner.argument) : null;
  const otherwise = booleanOf(last.argument);
  if (onTest === null || otherwise === null || onTest === otherwise) return null;
  return { test: branch.test, negated: !onTest };
}

/** What a function made of one `return` (or an expression body) returns (`(n) => n.state === 'x'`), or null. */
function singleReturned(fn: FunctionNode): TSESTree.Node | null {
  const body = fn.body;
  const only = body.type === AST_NODE_TYPES.BlockStatement ? (body.body.length === 1 ? body.body[0] : undefined) : body;
  if (only?.type === AST_NODE_TYPES.ReturnStatement) return only.argument;
  return only && only.type !== AST_NODE_TYPES.BlockStatement && !only.type.endsWith('Statement') && !only.type.endsWith('Declaration') ? only : null;
}

/** Whether an expression is a call of one of these methods (`nodes.find(...)`), awaited or not. */
function isArrayMethodCall(expression: TSESTree.Node, methods: ReadonlySet<string>): boolean {
  let node = unwrapExpression(expression);
  if (node.type === AST_NODE_TYPES.AwaitExpression) node = unwrapExpression(node.argument);
  return node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && methods.has(staticPropertyName(node.callee) ?? '');
}

/** Array methods that give an element their predicate accepted, and those that give all of them. */
const FOUND_METHODS: ReadonlySet<string> = new Set(['find', 'findLast']);
const FILTER_METHODS: ReadonlySet<string> = new Set(['filter']);

/** A callback that returns its first parameter unchanged (`(n) => n`, `function (n) { return n; }`). */
function isIdentity(node: TSESTree.Node): boolean {
  if (!isFunctionNode(node)) return false;
  const [parameter] = node.params;
  if (parameter?.type !== AST_NODE_TYPES.Identifier) return false;
  const returned = writtenReturns(node);
  return returned.length > 0 && returned.every((value) => {
    const inner = unwrapExpression(value);
    return inner.type === AST_NODE_TYPES.Identifier && inner.name === parameter.name;
  });
}

/** Whether an optional chain may skip a call: `check?.(x)`, `this.hooks?.validate(x)`. */
function mayBeSkipped(call: TSESTree.CallExpression): boolean {
  if (call.optional) return true;
  for (let node: TSESTree.Node = call.callee; node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.TSNonNullExpression; ) {
    if ((node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.CallExpression) && node.optional) return true;
    node = node.type === AST_NODE_TYPES.MemberExpression ? node.object : node.type === AST_NODE_TYPES.CallExpression ? node.callee : node.expression;
  }
  return false;
}

/** A test a `const` may hold: a comparison, a negation, `&&`/`||` of tests, or a call (`STATES.includes(node.state)`). */
function isHeldTest(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.BinaryExpression:
      return ['===', '!==', '==', '!=', 'in', 'instanceof'].includes(node.operator);
    case AST_NODE_TYPES.UnaryExpression:
      return node.operator === '!';
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator !== '??';
    case AST_NODE_TYPES.CallExpression:
      return true;
    // `const associated = await isAssociated(instance)`: an async predicate's outcome.
    case AST_NODE_TYPES.AwaitExpression:
      return unwrapExpression(node.argument).type === AST_NODE_TYPES.CallExpression;
    default:
      return false;
  }
}

/** Array methods that change an array in place. */
const ARRAY_MUTATORS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'fill', 'copyWithin']);

/** Whether a reference to an array changes it: an element written, or a method that adds or moves elements. */
function isChangedThrough(identifier: TSESTree.Node): boolean {
  const parent = outermostWrapper(identifier).parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== outermostWrapper(identifier)) return false;
  const use = parent.parent;
  if (use.type === AST_NODE_TYPES.AssignmentExpression && use.left === parent) return true;
  return use.type === AST_NODE_TYPES.CallExpression && use.callee === parent && ARRAY_MUTATORS.has(staticPropertyName(parent) ?? '');
}

/** Function expressions and arrows created inside another function (callbacks): they see the state where they are created. */
function isCallbackLike(fn: TSESTree.Node): boolean {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return false;
  const parent = fn.parent;
  return parent.type !== AST_NODE_TYPES.MethodDefinition && parent.type !== AST_NODE_TYPES.PropertyDefinition && parent.type !== AST_NODE_TYPES.Property;
}

/**
 * For a value chained on with `.then`/`.catch`/`.finally`: the await of the whole chain when each
 * link passes a rejection on (`.then(f)`, `.finally(g)`, a `.catch(h)` whose `h` always throws), null when the chain is not awaited or a
 * link handles rejections (`.catch(h)`, `.then(f, h)`); undefined when the value is not chained.
 */
function awaitedChainOf(wrapper: TSESTree.Node): TSESTree.AwaitExpression | null | undefined {
  const chain = promiseChainOf(wrapper, true);
  if (!chain.chained) return undefined;
  if (chain.handlesRejection) return null;
  return chain.end.parent?.type === AST_NODE_TYPES.AwaitExpression ? chain.end.parent : null;
}

/**
 * The end of the links after a promise that settle to its own value when it resolves: `.finally(g)`,
 * and `.catch(h)` whose `h` always throws (`getNode(id).catch((e) => { throw new X(e) })`).
 */
function valueKeepingChainEnd(wrapper: TSESTree.Node, passesRejectionOn: (handler: TSESTree.Node) => boolean): TSESTree.Node {
  let end = wrapper;
  for (;;) {
    const member = end.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== end) return end;
    const call = member.parent;
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return end;
    const method = staticPropertyName(member);
    const [handler] = call.arguments;
    const keeps = method === 'finally' || (method === 'catch' && call.arguments.length === 1 && handler !== undefined && passesRejectionOn(handler));
    if (!keeps) return end;
    end = outermostWrapper(call);
  }
}

/** Whether a value is the receiver of a `.<method>(...)` call. */
function isChainedLink(wrapper: TSESTree.Node, method: string): boolean {
  const parent = wrapper.parent;
  return parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === wrapper && staticPropertyName(parent) === method && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent && parent.parent.arguments.length > 0;
}

/** The `.then`/`.catch`/`.finally` call a chained value is the receiver of. */
function chainCall(wrapper: TSESTree.Node): TSESTree.CallExpression {
  return (wrapper.parent as TSESTree.MemberExpression).parent as TSESTree.CallExpression;
}

/**
 * The call whose result a variable receives as the parameter of the first callback chained on it
 * (`check(x).then((ok) => ...)`), or null.
 */
function thenResultOf(variable: TSESLint.Scope.Variable): TSESTree.CallExpression | null {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== Lint.Scope.DefinitionType.Parameter || !isFunctionNode(definition.node) || definition.node.params[0] !== definition.name) return null;
  const callback = definition.node;
  const thenCall = callback.parent;
  if (thenCall.type !== AST_NODE_TYPES.CallExpression || thenCall.arguments[0] !== callback) return null;
  const callee = thenCall.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || staticPropertyName(callee) !== 'then') return null;
  const receiver = unwrapExpression(callee.object);
  return receiver.type === AST_NODE_TYPES.CallExpression ? receiver : null;
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

/** The `Promise.all([...])` (or allSettled, any, race) call a value is an element of. */
function promiseCombinatorOf(wrapper: TSESTree.Node): TSESTree.CallExpression | null {
  let current: TSESTree.Node = wrapper;
  for (let hops = 0; hops < 3; hops++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return null;
    if (parent.type === AST_NODE_TYPES.ArrayExpression || parent.type === AST_NODE_TYPES.SpreadElement) {
      current = parent;
      continue;
    }
    if (parent.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(current as TSESTree.CallExpressionArgument)) return null;
    return PROMISE_COMBINATORS.has(promiseMethodOf(parent) ?? '') ? parent : null;
  }
  return null;
}

function isThenable(info: TypeInfo, type: import('typescript').Type): boolean {
  const then = type.getProperty('then');
  if (then) return true;
  return type.isUnion() && type.types.some((part) => part.getProperty('then') !== undefined);
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

/** The pseudo-subject standing for a function's return value. */
function returnKey(fn: FunctionNode): string {
  return `ret@${String(fn.range[0])}`;
}

/** The method name a call is written with (`set_node_power_state`, `setNodePowerState`), without `_` / `#` prefixes. */
function calledName(call: TSESTree.CallExpression): string | null {
  const name = writtenCalleeName(call);
  return name === null ? null : name.replace(/^[_#]+/u, '');
}

/** The state properties a provision action changes (its target's state, and the power a deploy or a teardown turns). */
const MOVED_STATE_PROPERTIES: readonly string[] = ['provisionState', 'provision_state', 'targetProvisionState', 'target_provision_state', 'powerState', 'power_state', 'targetPowerState', 'target_power_state'];

/** A `throw` or `return`, or a block of log calls ending in one (a guard's exit). */
function endsInExit(statement: TSESTree.Statement): boolean {
  const statements = statement.type === AST_NODE_TYPES.BlockStatement ? statement.body : [statement];
  const last = statements.at(-1);
  if (last?.type !== AST_NODE_TYPES.ThrowStatement && last?.type !== AST_NODE_TYPES.ReturnStatement) return false;
  return statements.slice(0, -1).every(isLogStatement);
}

/** A statement that is only a call of a log method (`LOG.warning('node %s is not manageable', node.id)`, `console.error(...)`): nothing else runs in a guard loop. */
function isLogStatement(statement: TSESTree.Statement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const call = unwrapExpression(statement.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && LOGGING_METHODS.has(staticPropertyName(callee) ?? '');
}

/** The key a state test on `property` of `object` is about (`''`: the object itself). */
function stateKey(object: string, property: string): string {
  return property === '' ? object : `${object}.${property}`;
}

/** The one value a template holds with no text around it (`${node.id}`), or null. */
function loneInterpolation(node: TSESTree.Node): TSESTree.Node | null {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.TemplateLiteral && inner.expressions.length === 1 && inner.quasis.every((quasi) => quasi.value.cooked === '') ? (inner.expressions[0] ?? null) : null;
}

/** The subject whose own id a key reads (`v0:node` for `v0:node.id`), or null. */
function identityOwnerOf(key: string): string | null {
  const dot = key.lastIndexOf('.');
  return dot > 0 && IDENTITY_PROPERTIES.has(key.slice(dot + 1)) ? key.slice(0, dot) : null;
}

/** Whether a written type is a `Promise` or `PromiseLike` (or a union with one). */
function namesPromise(written: TSESTree.TypeNode | undefined): boolean {
  if (!written) return false;
  const members = written.type === AST_NODE_TYPES.TSUnionType ? written.types : [written];
  return members.some((member) => member.type === AST_NODE_TYPES.TSTypeReference && member.typeName.type === AST_NODE_TYPES.Identifier && (member.typeName.name === 'Promise' || member.typeName.name === 'PromiseLike'));
}

/** The return type a class body writes for a member `name` it gives no body (see thisMemberReturnType). */
function memberReturnType(body: TSESTree.ClassBody, name: string): TSESTree.TypeNode | undefined {
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.StaticBlock || member.type === AST_NODE_TYPES.TSIndexSignature || staticPropertyName(member) !== name) continue;
    if (member.type === AST_NODE_TYPES.PropertyDefinition || member.type === AST_NODE_TYPES.TSAbstractPropertyDefinition) {
      const type = functionTypeOf(member.typeAnnotation?.typeAnnotation);
      if (type) return type.returnType?.typeAnnotation;
    }
    if ((member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.TSAbstractMethodDefinition) && member.value.type === AST_NODE_TYPES.TSEmptyBodyFunctionExpression) {
      return member.value.returnType?.typeAnnotation;
    }
  }
  return undefined;
}

/** How many classes a class extends, declared in the file, are searched for a member. */
const MAX_CLASS_DEPTH = 8;

/**
 * A method called on a receiver named as an API client (`this.ironic.getNode(id)`,
 * `ironicClient.getNode(id)`): a remote call, which gives a promise.
 */
function isClientMethodCall(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = writtenName(callee.object);
  return name !== null && isClientName(name);
}

/** A written function type, directly or through type aliases of the file (`type Validator = (i: Instance) => Promise<Node>`). */
function functionTypeOf(written: TSESTree.TypeNode | undefined, depth = 0): TSESTree.TSFunctionType | undefined {
  if (written?.type === AST_NODE_TYPES.TSFunctionType) return written;
  if (written?.type !== AST_NODE_TYPES.TSTypeReference || written.typeName.type !== AST_NODE_TYPES.Identifier || depth >= MAX_TYPE_ALIAS_DEPTH) return undefined;
  return functionTypeOf(typeAliasOf(written, written.typeName.name)?.typeAnnotation, depth + 1);
}

/** How many type aliases are followed to the type they stand for. */
const MAX_TYPE_ALIAS_DEPTH = 4;

/** What the calls a file awaits call (see calleeIdentity). */
function collectAwaitedCallees(sourceCode: Readonly<TSESLint.SourceCode>, identity: (call: TSESTree.CallExpression) => string): ReadonlySet<string> {
  const found = new Set<string>();
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop() as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.AwaitExpression) {
      const awaited = unwrapExpression(node.argument);
      if (awaited.type === AST_NODE_TYPES.CallExpression) found.add(identity(awaited));
    }
    stack.push(...childNodes(node));
  }
  return found;
}

/** Whether a writer stores a value whole in a variable (`const fresh = ...`, `fresh = ...`). */
function bindsIdentifier(writer: TSESTree.Node): boolean {
  if (writer.type === AST_NODE_TYPES.VariableDeclarator) return writer.id.type === AST_NODE_TYPES.Identifier;
  return writer.type === AST_NODE_TYPES.AssignmentExpression && writer.left.type === AST_NODE_TYPES.Identifier;
}

/** The tag of the queries at each `yield` (see yieldedFacts). */
const YIELD_QUERY = 'yield';

/** Whether a value is dropped where it is made: a statement of its own, or `void` of it. */
function isDropped(wrapper: TSESTree.Node): boolean {
  const parent = wrapper.parent;
  return parent?.type === AST_NODE_TYPES.ExpressionStatement || (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === 'void');
}

/** Whether a value is stored in a variable where it is made (`const pending = check(i)`). */
function isHeld(wrapper: TSESTree.Node): boolean {
  const parent = wrapper.parent;
  return parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === wrapper && parent.id.type === AST_NODE_TYPES.Identifier;
}

/** The body of the class a node is written in, at any depth, or null. */
function classBodyAround(node: TSESTree.Node): TSESTree.ClassBody | null {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
  }
  return null;
}
