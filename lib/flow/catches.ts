/**
 * What a catch does with the error it catches, path by path, on the code-path engine.
 *
 * For a `catch (e)` clause and for a rejection handler `.catch(e => ...)` / `.then(_, e => ...)`:
 * every way out of it that does not throw (falling off the end, `return`, `break`, `continue`)
 * is a path that ends the error's journey. A path
 * - *passes the error on* when `e` reaches a call or constructor (a translated error's `cause`, a
 *   reporter, `reject(e)`), a return value, or a write outside the catch;
 * - *logs it* when the only call it reaches is a log call;
 * - *handles a case* when it went through the side of a test of `e` that singles out a case
 *   (`e instanceof NotFound` or `e.code === 404` when true, `e.code !== 409` when false, a range
 *   either way, a `switch` case) — handling NotFound by returning null;
 * - otherwise *swallows* it.
 * Paths that throw (a translated error, or `e` after handling other cases) never reach an exit.
 * Verdicts: effective (no path swallows), logged only (every path only logs), partial (some paths
 * handle or pass on, others swallow), swallowed (every path swallows), useless (the catch only
 * rethrows `e` unchanged: as if there were no try).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { AccessPathResolver } from '../matching/access-path.js';
import type { FunctionNode } from '../matching/ast.js';
import type { TypeInfo } from '../matching/type-info.js';
import type { CodePathRecorder, FactState } from './code-path.js';
import { childNodes, constructorOf, contains, enclosingFunction, isFunctionNode, isPlainLiteral, outermostWrapper, promiseMethodOf, staticPropertyName, unwrapExpression, writtenCalleeName } from '../matching/ast.js';
import { branchTargets } from './code-path.js';
import { localCallee } from '../matching/local-functions.js';
import { isErrorConstructor, isErrorName, isJsonStringify } from '../matching/value-calls.js';
import { anyExpression, anyStatement } from './listeners.js';

export type CatchVerdict = 'effective' | 'loggedOnly' | 'partial' | 'swallowed' | 'useless';

/** A catch clause or a rejection handler function. */
export type ErrorHandler = TSESTree.CatchClause | FunctionNode;

/** The error was passed on, or its case handled, on every path here. */
const HANDLED = 'handled|error';
/** The error was at least logged (or handled) on every path here. */
const NOTICED = 'noticed|error';
/** A path on which there is no error at all (`if (error) { ... }` when false). */
const ABSENT = 'absent|error';

interface HandlerRecord {
  readonly handler: ErrorHandler;
  readonly uses: ReadonlyMap<TSESTree.Node, ErrorUse>;
  /** The references to the caught error. */
  readonly references: readonly TSESTree.Identifier[];
}

export interface CatchAnalysisOptions {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Resolves names (is `Error` the global one?). */
  readonly paths: AccessPathResolver;
  readonly recorder: CodePathRecorder;
  /** Whether a call is a log call (a log call only logs the error). */
  readonly isLogCall: (call: TSESTree.CallExpression | TSESTree.NewExpression) => boolean;
  /** Whether a call is an API call (a handler awaiting or returning one can reject). */
  readonly isApiCall: (call: TSESTree.CallExpression) => boolean;
  /** Whether a call never returns (`return fail('not found')` with `fail(): never`): it throws, as a `throw` does. */
  readonly neverReturns?: (call: TSESTree.CallExpression) => boolean;
  /** The file's type information, if any (is a class imported without an error's name an Error?). */
  readonly info?: TypeInfo | null;
}

/**
 * Records, for each catch clause and inline rejection handler, where its error goes; answers
 * verdicts once the recorder has solved the file.
 */
export class CatchAnalysis {
  readonly #options: CatchAnalysisOptions;
  readonly #handlers = new Map<ErrorHandler, HandlerRecord>();
  /** Node → the handler whose error it consumes. */
  readonly #consumers = new Map<TSESTree.Node, HandlerRecord>();
  readonly #verdicts = new Map<ErrorHandler, CatchVerdict>();
  /** Calls given a callback that uses the error: whether every such use only logs it (see outOfCallbacks). */
  readonly #loggedThrough = new Map<TSESTree.Node, boolean>();

  constructor(options: CatchAnalysisOptions) {
    this.#options = options;
  }

  /**
   * Listeners to merge before the recorder's: a case body on the error is handled from its first
   * statement on, also when that statement throws, returns, breaks or opens a try (the recorder's
   * listeners for those run after these, and so do this analysis' own exits).
   */
  readonly earlyListeners = Object.fromEntries(
    [...EARLY_CASE_BODY_TYPES].map((type) => [type, (node: TSESTree.Node): void => {
      this.#caseBodyStarts(node);
    }]),
  );

  /** Listeners to merge after the recorder's. */
  readonly listeners = {
    CatchClause: (node: TSESTree.CatchClause): void => {
      this.#register(node, node.param);
    },
    ':function': (node: FunctionNode): void => {
      if (this.#isHandlerFunction(node)) this.#register(node, node.params[0] ?? null);
    },
    ':function:exit': (node: FunctionNode): void => {
      // Falling off the end of a rejection handler (or an expression body's value).
      if (this.#handlers.has(node)) this.#options.recorder.query(node, 'handler-end');
    },
    'CallExpression:exit': (node: TSESTree.CallExpression): void => {
      this.#consume(node);
      if (isProcessFailure(node)) this.#failProcess(node);
      // A path in a handler that calls a function that never returns ends there: it throws.
      if (this.#isInHandler(node) && this.#options.neverReturns?.(node) === true) this.#options.recorder.exit();
    },
    'NewExpression:exit': (node: TSESTree.NewExpression): void => {
      this.#consume(node);
    },
    'ChainExpression:exit': (node: TSESTree.ChainExpression): void => {
      this.#consume(node);
    },
    'ConditionalExpression:exit': (node: TSESTree.ConditionalExpression): void => {
      this.#consume(node);
    },
    'AssignmentExpression:exit': (node: TSESTree.AssignmentExpression): void => {
      this.#consume(node);
      if (isProcessFailure(node)) this.#failProcess(node);
    },
    ReturnStatement: (node: TSESTree.ReturnStatement): void => {
      this.#consume(node);
      if (!node.argument) this.#exit(node);
    },
    // One listener for every expression's exit (ESLint dispatches each call with an allocation).
    [anyExpression(true)]: (node: TSESTree.Node): void => {
      if (TEST_ATOM_TYPES.has(node.type)) this.#testAtomDone(node);
      // A returned value is computed before the function leaves: ask once it is (its segment is
      // still reachable here, unlike at the return's own exit).
      if (node.parent?.type === AST_NODE_TYPES.ReturnStatement && node.parent.argument === node) this.#exit(node.parent);
      // An arrow's expression body is its return value (`.catch((e) => e)`).
      if (node.parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && node.parent.body === node) this.#consume(node);
    },
    BreakStatement: (node: TSESTree.BreakStatement): void => {
      this.#exit(node);
    },
    ContinueStatement: (node: TSESTree.ContinueStatement): void => {
      this.#exit(node);
    },
    [anyStatement(false)]: (node: TSESTree.Node): void => {
      if (!EARLY_CASE_BODY_TYPES.has(node.type)) this.#caseBodyStarts(node);
    },
    'CatchClause:exit': (node: TSESTree.CatchClause): void => {
      this.#options.recorder.query(node, 'catch-end');
    },
  };

  /**
   * `process.exitCode = 1`, `process.exit(1)` in a handler: the process reports the failure (a
   * script's `main().catch((e) => { console.error(e); process.exitCode = 1; })`), which handles it.
   */
  #failProcess(node: TSESTree.Node): void {
    for (let current = node.parent; current; current = current.parent) {
      if (current.type === AST_NODE_TYPES.CatchClause || isFunctionNode(current)) {
        if (this.#handlers.has(current)) this.#options.recorder.gen([HANDLED, NOTICED]);
        return;
      }
    }
  }

  /** A statement starts: when it is a case body of a `switch` on the error (see caseBodyOf), the error is handled. */
  #caseBodyStarts(node: TSESTree.Node): void {
    if (this.#consumers.get(node)?.uses.get(node) === 'caseBody') this.#options.recorder.gen([HANDLED, NOTICED]);
  }

  /** A test on the caught error has been evaluated: record what each of its outcomes tells. */
  #testAtomDone(node: TSESTree.Node): void {
    const record = this.#consumers.get(node);
    if (record?.uses.get(node) !== 'test' || !isTestAtom(node)) return;
    if (unwrapExpression(node).type === AST_NODE_TYPES.Identifier) {
      // `if (error)` singles out nothing; its false side has no error to lose.
      this.#options.recorder.test(node, [], [ABSENT]);
      return;
    }
    // In a conditional (`e instanceof Error ? e.message : String(e)`, `isErrorLike(e) ? serialize(e) :
    // serialize(new Error('unknown'))`), such a test picks how to render the error, and the value
    // goes on from either side: a use of it.
    const conditional = outermostWrapper(node).parent;
    if (isNarrowingToAnyError(node, this.#options.paths) && conditional?.type === AST_NODE_TYPES.ConditionalExpression && !isRenderingChoice(conditional, this.#options.paths)) {
      this.#options.recorder.test(node, [HANDLED, NOTICED], [HANDLED, NOTICED]);
      return;
    }
    // `e instanceof RequestError ? e.message : String(e)` (or `e instanceof Error ? ...`): a test
    // choosing how to render the error, which goes on from either side; the choice as a whole is
    // the use (see renderingOf).
    if (conditional?.type === AST_NODE_TYPES.ConditionalExpression && conditional.test === outermostWrapper(node) && isRenderingChoice(conditional, this.#options.paths)) {
      this.#options.recorder.test(node, [], []);
      return;
    }
    if (isNarrowingToAnyError(node, this.#options.paths)) {
      // A test that only narrows the type to read the message (`if (e instanceof Error)`,
      // `isNativeError(e)`) singles out nothing either; what a client throws is an Error, so its
      // false side is taken to do as the true side does (it adds nothing to the intersection).
      this.#options.recorder.test(node, [], [HANDLED, NOTICED]);
      return;
    }
    const { whenTrue, whenFalse } = caseOutcomes(node);
    this.#options.recorder.test(node, whenTrue ? [HANDLED, NOTICED] : [], whenFalse ? [HANDLED, NOTICED] : []);
  }

  /** Whether a node is in a catch clause or a rejection handler (not in a function inside it). */
  #isInHandler(node: TSESTree.Node): boolean {
    const clause = enclosingCatch(node);
    if (clause) return this.#handlers.has(clause);
    const fn = enclosingFunction(node);
    return fn !== null && this.#handlers.has(fn);
  }

  /** The verdict on a catch clause or handler function (after solving). */
  verdict(handler: ErrorHandler): CatchVerdict {
    const cached = this.#verdicts.get(handler);
    if (cached) return cached;
    const verdict = this.#compute(handler);
    this.#verdicts.set(handler, verdict);
    return verdict;
  }

  /** Whether a rejection handler can itself reject: it throws, calls `Promise.reject`, or awaits or returns an API call. */
  canReject(handler: FunctionNode): boolean {
    const isApiCall = (node: TSESTree.Node | null | undefined): boolean => {
      const inner = node ? unwrapExpression(node) : null;
      return inner?.type === AST_NODE_TYPES.CallExpression && this.#options.isApiCall(inner);
    };
    let rejects = handler.body.type !== AST_NODE_TYPES.BlockStatement && isApiCall(handler.body);
    walkOwnBody(handler, (node) => {
      if (node.type === AST_NODE_TYPES.ThrowStatement || isPromiseReject(node)) rejects = true;
      if (node.type === AST_NODE_TYPES.CallExpression && this.#options.neverReturns?.(node) === true) rejects = true;
      if (node.type === AST_NODE_TYPES.AwaitExpression && isApiCall(node.argument)) rejects = true;
      if (node.type === AST_NODE_TYPES.ReturnStatement && isApiCall(node.argument)) rejects = true;
    });
    return rejects;
  }

  /** A rejection handler written inline (`.catch(e => ...)`), or a local function passed as one. */
  #isHandlerFunction(fn: FunctionNode): boolean {
    if (isRejectionHandler(fn)) return true;
    const declaration = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : fn.parent.type === AST_NODE_TYPES.VariableDeclarator ? fn.parent : null;
    if (!declaration) return false;
    return this.#options.sourceCode
      .getDeclaredVariables(declaration)
      .some((variable) => variable.references.some((reference) => isHandlerArgument(reference.identifier)));
  }

  #register(handler: ErrorHandler, param: TSESTree.Node | null): void {
    const uses = new Map<TSESTree.Node, ErrorUse>();
    const references: TSESTree.Identifier[] = [];
    const record: HandlerRecord = { handler, uses, references };
    this.#handlers.set(handler, record);
    if (!param) return;
    // The error's name, or the names a destructured parameter takes from it (`catch ({ message })`).
    const inParam = (node: TSESTree.Node): boolean => node.range[0] >= param.range[0] && node.range[1] <= param.range[1];
    const declared = this.#options.sourceCode.getDeclaredVariables(handler).filter((item) => item.defs.some((definition) => inParam(definition.name)));
    // The error under another name too: `const typedError = error as Error` (a `const` alias, any depth).
    const all = declared.flatMap((variable) => variable.references.filter((reference) => !inParam(reference.identifier)));
    for (let index = 0; index < all.length && index < 1000; index++) {
      const reference = all[index] as (typeof all)[number];
      // Also the error as text: `const msg = e instanceof Error ? e.message : String(e)` is the error
      // told in words, which says what happens to the error by what happens to it.
      const rendering = renderingOf(reference.identifier, this.#options.paths);
      // A part read off it and kept (`const reason = err.response?.body?.message ?? 'unknown'`) is
      // the error too: what happens to it (logged, tested, thrown) happens to the error.
      const read = rendering === outermostWrapper(reference.identifier) || unwrapExpression(rendering).type === AST_NODE_TYPES.MemberExpression ? partReadOf(reference.identifier) : rendering;
      // Written into a value kept whole (`const msg = \`failed: ${e.message}\``, `const result = { errors: [e] }`),
      // or taken apart (`const { message, stack } = error as Error`: its parts, as a destructured parameter's).
      const wrapper = containingValueOf(read);
      const declarator = wrapper.parent;
      const kept = declarator?.type === AST_NODE_TYPES.VariableDeclarator && (declarator.id.type === AST_NODE_TYPES.Identifier || declarator.id.type === AST_NODE_TYPES.ObjectPattern);
      if (!kept || declarator.init !== wrapper || declarator.parent.kind !== 'const') continue;
      for (const alias of this.#options.sourceCode.getDeclaredVariables(declarator)) all.push(...alias.references.filter((item) => !item.init));
    }
    for (const reference of all) {
      if (reference.identifier.type === AST_NODE_TYPES.Identifier) references.push(reference.identifier);
      const direct = directConsumerOf(reference.identifier, handler, this.#options.paths, this.#options.info ?? null);
      const use = direct ? outOfCallbacks(direct, handler) : null;
      if (!direct || !use) continue;
      // A callback that only logs it (`new Promise((resolve) => { LOG.warn(e); resolve(); })`) only logs it.
      if (use.node !== direct.node) {
        const logged = (direct.node.type === AST_NODE_TYPES.CallExpression || direct.node.type === AST_NODE_TYPES.NewExpression) && this.#isLogging(direct.node);
        this.#loggedThrough.set(use.node, (this.#loggedThrough.get(use.node) ?? true) && logged);
      }
      if (use.node.type === AST_NODE_TYPES.SwitchStatement) {
        // `switch (e.code) { case 404: ... }`: each case body handles a case of the error; the
        // fact is made where the body starts, so that cases falling through into it share it.
        for (const switchCase of use.node.cases) {
          const body = switchCase.test ? caseBodyOf(switchCase) : null;
          if (!body) continue;
          uses.set(body, 'caseBody');
          this.#consumers.set(body, record);
        }
        continue;
      }
      if (use.kind === 'test' && use.node.parent?.type === AST_NODE_TYPES.SwitchCase && use.node.parent.test === use.node) {
        // `switch (true) { case e instanceof NotFound: ... }`
        const body = caseBodyOf(use.node.parent);
        if (body) {
          uses.set(body, 'caseBody');
          this.#consumers.set(body, record);
        }
        continue;
      }
      // `this.debugConsole?.error('failed', e)`: the call an optional chain may skip still says
      // what the author does with the error; its fact is made where the chain ends, on both paths.
      let consumer = use.node.parent?.type === AST_NODE_TYPES.ChainExpression && use.node.type === AST_NODE_TYPES.CallExpression ? use.node.parent : use.node;
      // `error ? render(error) : 'unknown'`: every error passes a test of its own truth, so the
      // fallback is for no error; the use is made where the choice ends, on both paths.
      const choice = use.kind === 'passed' ? truthChoiceOf(consumer, reference.identifier.name) : null;
      if (choice) {
        const logged = (consumer.type === AST_NODE_TYPES.CallExpression || consumer.type === AST_NODE_TYPES.NewExpression) && this.#isLogging(consumer);
        this.#loggedThrough.set(choice, this.#loggedThrough.get(consumer) ?? logged);
        consumer = choice;
      }
      uses.set(consumer, use.kind);
      this.#consumers.set(consumer, record);
    }
  }

  #consume(node: TSESTree.Node): void {
    const record = this.#consumers.get(node);
    const kind = record?.uses.get(node);
    if (!record || kind !== 'passed') return;
    const call = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
    const logged = this.#loggedThrough.get(node) ?? ((call.type === AST_NODE_TYPES.CallExpression || call.type === AST_NODE_TYPES.NewExpression) && this.#isLogging(call));
    this.#options.recorder.gen(logged ? [NOTICED] : [HANDLED, NOTICED]);
  }

  /** A log call, or a call whose result goes straight into a log call's arguments (`LOG.warn(text(e))`). */
  #isLogging(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    if (this.#options.isLogCall(call)) return true;
    for (let current: TSESTree.Node | undefined = call.parent; current && !isFunctionNode(current); current = current.parent) {
      if (current.type === AST_NODE_TYPES.CallExpression) return this.#options.isLogCall(current);
      if (current.type.endsWith('Statement') || current.type === AST_NODE_TYPES.VariableDeclarator) return false;
    }
    return false;
  }

  #exit(node: TSESTree.Node): void {
    const clause = enclosingCatch(node);
    if (clause && isExitOf(node, clause)) this.#options.recorder.query(node, 'catch-exit');
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      const fn = enclosingFunction(node);
      if (fn && this.#handlers.has(fn)) this.#options.recorder.query(node, 'handler-exit');
    }
  }

  #compute(handler: ErrorHandler): CatchVerdict {
    if (isRethrowOnly(handler, (call) => localCallee(call, this.#options.paths))) return 'useless';
    const record = this.#handlers.get(handler);
    const exits: { readonly node: TSESTree.Node; readonly facts: FactState }[] = [];
    for (const query of this.#options.recorder.queries) {
      const isExit =
        handler.type === AST_NODE_TYPES.CatchClause
          ? (query.tag === 'catch-end' && query.node === handler) || (query.tag === 'catch-exit' && enclosingCatch(query.node) === handler)
          : (query.tag === 'handler-end' && query.node === handler) || (query.tag === 'handler-exit' && enclosingFunction(query.node) === handler);
      if (isExit) exits.push({ node: query.node, facts: query.facts });
    }
    let swallowing = 0;
    let handling = 0;
    let loggedOnly = 0;
    let decided = 0;
    const isDecided = (node: TSESTree.Node): boolean =>
      record !== undefined &&
      (node === handler || isFinalExit(node, handler)
        ? isDecidedEnd(handler, record.references)
        : isDecidedExit(node, handler, record.references) || isAfterGivingUp(node, handler, record.references));
    for (const { node, facts } of exits) {
      if (facts === null || facts.has(ABSENT)) continue;
      // `return Promise.reject(new Error('Failed to delete meeting'))`: a rejection, as a throw is.
      if (facts.has(HANDLED) || returnsRejection(node, handler)) handling++;
      // Logging before a retry (`if (attempt === last) throw ...; LOG.debug('retrying', e)`) is
      // a decision too, when some path of the handler throws.
      else if (facts.has(NOTICED)) {
        if (isDecided(node) && throwsSomewhere(handler)) handling++;
        else loggedOnly++;
      } else if (isDecided(node)) decided++;
      else swallowing++;
    }
    // A `return` under a condition that is not about the error (`if (this.closing) return;`,
    // `if (client.promptFor2fa) return prompt()`) is a decision, when the handler does something
    // with the error elsewhere; otherwise it is one more way of swallowing it.
    if (handling + loggedOnly > 0 || throwsSomewhere(handler)) handling += decided;
    else swallowing += decided;
    // Paths that handle the error and paths that drop it may join before the catch ends (`if (e
    // instanceof HttpError) res.send(e.message); else res.send(500);`): the must-analysis sees one
    // exit with no handling, but a catch that uses the error somewhere is partial, not swallowed.
    if (swallowing > 0) return handling + loggedOnly > 0 || (record !== undefined && usesErrorSomewhere(record, this.#options.paths)) ? 'partial' : 'swallowed';
    if (loggedOnly > 0 && handling === 0) return 'loggedOnly';
    return 'effective';
  }
}

/**
 * `process.exit(code)` or `process.exitCode = code` with a code that is not success: not `0`,
 * `undefined` or `null`, nor a bare `process.exit()`.
 */
function isProcessFailure(node: TSESTree.CallExpression | TSESTree.AssignmentExpression): boolean {
  const isCall = node.type === AST_NODE_TYPES.CallExpression;
  const target = unwrapExpression(isCall ? node.callee : node.left);
  if (target.type !== AST_NODE_TYPES.MemberExpression || target.object.type !== AST_NODE_TYPES.Identifier || target.object.name !== 'process') return false;
  if (staticPropertyName(target) !== (isCall ? 'exit' : 'exitCode') || (!isCall && node.operator !== '=')) return false;
  const code = isCall ? node.arguments[0] : node.right;
  if (!code) return false;
  const value = unwrapExpression(code);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name !== 'undefined';
  return value.type !== AST_NODE_TYPES.Literal || (value.value !== 0 && value.value !== null && value.value !== '0');
}

/** `e instanceof Error` (the global `Error`), `isNativeError(e)`, `util.types.isNativeError(e)`: a test that every error passes. */
function isNarrowingToAnyError(node: TSESTree.Node, paths: AccessPathResolver): boolean {
  const test = unwrapExpression(node);
  if (test.type === AST_NODE_TYPES.BinaryExpression && test.operator === 'instanceof') {
    const right = unwrapExpression(test.right);
    // The global `Error`, not a class of the file called so.
    return right.type === AST_NODE_TYPES.Identifier && right.name === 'Error' && paths.variableOf(right) === null;
  }
  if (test.type !== AST_NODE_TYPES.CallExpression || test.arguments.length !== 1) return false;
  const name = writtenCalleeName(test);
  return name !== null && ANY_ERROR_TESTS.has(name);
}

/**
 * The choice a use of the error is a branch of, when the choice tests the error's own truth and
 * every error takes that branch (`error ? render(error) : 'unknown'`, `e != null ? ... : ...`,
 * `!error ? 'unknown' : render(error)`), the other one a literal fallback.
 */
function truthChoiceOf(use: TSESTree.Node, errorName: string): TSESTree.ConditionalExpression | null {
  const wrapper = outermostWrapper(use);
  const choice = wrapper.parent;
  if (choice?.type !== AST_NODE_TYPES.ConditionalExpression) return null;
  const isNothing = (node: TSESTree.Node): boolean => {
    const inner = unwrapExpression(node);
    return (inner.type === AST_NODE_TYPES.Literal && inner.value === null) || (inner.type === AST_NODE_TYPES.Identifier && inner.name === 'undefined');
  };
  // The use first (`error ? render(error) : 'unknown'`), or the fallback first (`!error ? 'unknown' : render(error)`).
  const isFallback = (node: TSESTree.Node): boolean => isPlainLiteral(node) || isNothing(node);
  const first = choice.consequent === wrapper && isFallback(choice.alternate);
  if (!first && !(choice.alternate === wrapper && isFallback(choice.consequent))) return null;
  const written = unwrapExpression(choice.test);
  const negated = written.type === AST_NODE_TYPES.UnaryExpression && written.operator === '!';
  const test = negated ? unwrapExpression(written.argument) : written;
  const isError = (node: TSESTree.Node): boolean => {
    const inner = unwrapExpression(node);
    return inner.type === AST_NODE_TYPES.Identifier && inner.name === errorName;
  };
  const comparesWithNothing = test.type === AST_NODE_TYPES.BinaryExpression && ((isError(test.left) && isNothing(test.right)) || (isNothing(test.left) && isError(test.right)));
  // Whether the test holds for every error: `error`, `error != null`; or for none: `!error`, `error === undefined`.
  let holdsForErrors: boolean | null = null;
  if (isError(test)) holdsForErrors = !negated;
  else if (comparesWithNothing && (test.operator === '!=' || test.operator === '!==')) holdsForErrors = !negated;
  else if (comparesWithNothing && (test.operator === '==' || test.operator === '===')) holdsForErrors = negated;
  return holdsForErrors !== null && holdsForErrors === first ? choice : null;
}

/** Properties of an error that tell it as text. */
const RENDERED_PROPERTIES: ReadonlySet<string> = new Set(['message', 'stack']);

/**
 * The outermost expression that only turns the error into text, from a reference to it: its
 * message or stack, `e.toString()`, `String(e)`, `JSON.stringify(e)`, `inspect(e)`, and a choice
 * among such renderings under a test that every error passes (`e instanceof Error ? e.message :
 * String(e)`, with a literal as a fallback). The reference's own wrapper when there is none.
 */
function renderingOf(identifier: TSESTree.Node, paths: AccessPathResolver): TSESTree.Node {
  let node = outermostWrapper(identifier);
  for (let depth = 0; depth < 8; depth++) {
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node && !parent.computed) {
      const name = staticPropertyName(parent);
      const call = parent.parent;
      if (name !== null && RENDERED_PROPERTIES.has(name)) node = outermostWrapper(parent);
      else if (name === 'toString' && call.type === AST_NODE_TYPES.CallExpression && call.callee === parent && call.arguments.length === 0) node = outermostWrapper(call);
      else return node;
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === node && isRenderingCall(parent, paths)) {
      node = outermostWrapper(parent);
    } else if (parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== node && isRenderingChoice(parent, paths)) {
      node = outermostWrapper(parent);
    } else {
      return node;
    }
  }
  return node;
}

/** `String(x)` (the global), `JSON.stringify(x)`, `inspect(x)`, `util.inspect(x)`. */
function isRenderingCall(call: TSESTree.CallExpression, paths: AccessPathResolver): boolean {
  if (isJsonStringify(call)) return true;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return (callee.name === 'String' && paths.variableOf(callee) === null) || callee.name === 'inspect';
  const object = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : null;
  return object?.type === AST_NODE_TYPES.Identifier && object.name === 'util' && staticPropertyName(callee as TSESTree.MemberExpression) === 'inspect';
}

/**
 * `e instanceof Error ? e.message : String(e)`: a test every error passes, or of the error's class
 * (`e instanceof RequestError ? e.message : String(e)`), choosing between renderings of a value (or
 * a literal fallback).
 */
function isRenderingChoice(conditional: TSESTree.ConditionalExpression, paths: AccessPathResolver): boolean {
  const test = unwrapExpression(conditional.test);
  const isClassTest = test.type === AST_NODE_TYPES.BinaryExpression && test.operator === 'instanceof' && unwrapExpression(test.left).type === AST_NODE_TYPES.Identifier;
  if (!isClassTest && !isNarrowingToAnyError(conditional.test, paths)) return false;
  const isRendering = (branch: TSESTree.Node): boolean => {
    const value = unwrapExpression(branch);
    if (value.type === AST_NODE_TYPES.Literal || (value.type === AST_NODE_TYPES.TemplateLiteral && value.expressions.length === 0)) return true;
    if (value.type === AST_NODE_TYPES.MemberExpression && !value.computed && RENDERED_PROPERTIES.has(staticPropertyName(value) ?? '')) return unwrapExpression(value.object).type === AST_NODE_TYPES.Identifier;
    if (value.type !== AST_NODE_TYPES.CallExpression) return false;
    const callee = unwrapExpression(value.callee);
    const [argument] = value.arguments;
    if (callee.type === AST_NODE_TYPES.MemberExpression && staticPropertyName(callee) === 'toString' && value.arguments.length === 0) return unwrapExpression(callee.object).type === AST_NODE_TYPES.Identifier;
    return argument !== undefined && isRenderingCall(value, paths) && unwrapExpression(argument).type === AST_NODE_TYPES.Identifier;
  };
  // Two literals render nothing of the error: the test picks a case (`e instanceof NotFound ? 404 : 500`).
  return isRendering(conditional.consequent) && isRendering(conditional.alternate) && !(isPlainLiteral(conditional.consequent) && isPlainLiteral(conditional.alternate));
}

/** Calls that test a value is some error, not a case of one: Node's `util.types.isNativeError`, lodash's `isError`, serialize-error's `isErrorLike`. */
const ANY_ERROR_TESTS: ReadonlySet<string> = new Set(['isNativeError', 'isError', 'isErrorLike']);

/**
 * Whether a handler hands the error on, throws it, or tests it for a case somewhere (`if (e)`
 * alone singles out nothing, nor does the test of a choice how to render it, `e instanceof Error ?
 * e.message : String(e)`).
 */
function usesErrorSomewhere(record: HandlerRecord, paths: AccessPathResolver): boolean {
  for (const [node, kind] of record.uses) {
    if (kind !== 'test') return true;
    const conditional = outermostWrapper(node).parent;
    const isRenderingTest = conditional?.type === AST_NODE_TYPES.ConditionalExpression && conditional.test === outermostWrapper(node) && isRenderingChoice(conditional, paths);
    if (unwrapExpression(node).type !== AST_NODE_TYPES.Identifier && !isRenderingTest) return true;
  }
  return false;
}

/** Whether `node` is the handler argument of `.catch(h)` or `.then(f, h)`. */
function isHandlerArgument(node: TSESTree.Node): boolean {
  const wrapper = outermostWrapper(node);
  const call = wrapper.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(callee);
  return (method === 'catch' && call.arguments[0] === wrapper) || (method === 'then' && call.arguments[1] === wrapper);
}

/**
 * Whether an exit (`return`, `break`, `continue`) sits in a branch of a test that does not look
 * at the error: an `if`, a `switch` on something else.
 */
function isDecidedExit(exit: TSESTree.Node, handler: ErrorHandler, references: readonly TSESTree.Identifier[]): boolean {
  const mentionsError = (test: TSESTree.Node): boolean => references.some((reference) => contains(test, reference));
  let child: TSESTree.Node = exit;
  for (let current = exit.parent; current && current !== handler; current = current.parent) {
    if (current.type === AST_NODE_TYPES.IfStatement && current.test !== child && !mentionsError(current.test)) return true;
    if (current.type === AST_NODE_TYPES.SwitchCase && current.test !== child && !mentionsError(current.parent.discriminant) && !(current.test && mentionsError(current.test))) {
      return true;
    }
    if (isFunctionNode(current)) return false;
    child = current;
  }
  return false;
}

/** Whether a handler's or a function's own body throws or gives a rejected promise somewhere (`throw`, `Promise.reject(...)`). */
export function throwsSomewhere(handler: ErrorHandler): boolean {
  let found = false;
  const stack: TSESTree.Node[] = [handler.body];
  while (stack.length > 0 && !found) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === AST_NODE_TYPES.ThrowStatement || isPromiseReject(node)) found = true;
    for (const child of childNodes(node)) if (!isFunctionNode(child)) stack.push(child);
  }
  return found;
}

/** `.catch(h)` or `.then(f, h)` with `h` this function. */
/**
 * The retry helper's `catch (e) { lastError = e; ... } ... throw lastError;`: when the catch's only
 * uses of its error store it in a variable of the enclosing function, and that variable is read
 * nowhere but by `throw` statements that throw it unchanged (and `if` tests of whether it is set),
 * those statements (the error leaves there as it came); null otherwise.
 */
export function stashedRethrows(clause: TSESTree.CatchClause, paths: AccessPathResolver): TSESTree.ThrowStatement[] | null {
  if (clause.param?.type !== AST_NODE_TYPES.Identifier) return null;
  const error = paths.variableOf(clause.param);
  if (!error) return null;
  const stores = new Set<TSESLint.Scope.Variable>();
  for (const reference of error.references) {
    if (reference.init) continue;
    const read = outermostWrapper(reference.identifier);
    const assignment = read.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || assignment.right !== read || assignment.left.type !== AST_NODE_TYPES.Identifier) return null;
    const stash = paths.variableOf(assignment.left);
    const declared = stash?.defs[0]?.name;
    // A variable of the catch itself holds it only there; one of another function (a module's, an
    // outer closure's) takes it out of this function.
    if (!stash || !declared || contains(clause, declared) || enclosingFunction(declared) !== enclosingFunction(clause)) return null;
    stores.add(stash);
  }
  const rethrows: TSESTree.ThrowStatement[] = [];
  for (const stash of stores) {
    for (const reference of stash.references) {
      if (!reference.isRead()) continue;
      // Thrown again in a callback: not on this function's own path.
      if (enclosingFunction(reference.identifier) !== enclosingFunction(clause)) return null;
      const thrown = outermostWrapper(reference.identifier);
      // `if (lastError) throw lastError;`: whether there was one.
      const tested = thrown.parent?.type === AST_NODE_TYPES.UnaryExpression && thrown.parent.operator === '!' ? thrown.parent : thrown;
      if (tested.parent?.type === AST_NODE_TYPES.IfStatement && tested.parent.test === tested) continue;
      if (thrown.parent?.type !== AST_NODE_TYPES.ThrowStatement || thrown.parent.argument !== thrown) return null;
      rethrows.push(thrown.parent);
    }
  }
  return rethrows.length > 0 ? rethrows : null;
}

export function isRejectionHandler(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = staticPropertyName(callee);
  return (method === 'catch' && call.arguments[0] === fn) || (method === 'then' && call.arguments[1] === fn);
}

type ErrorUse = 'caseBody' | 'passed' | 'test' | 'thrown';

/**
 * How a reference to the caught error is used: passed on, tested, or thrown (or null: read into
 * a local). A switch on the error (`switch (e.code)`) is returned as the switch statement.
 */
/**
 * A use inside a callback the handler makes (`new Promise((resolve, reject) => reject(wrap(e)))`,
 * `fs.remove(dir).then(() => { throw e; })`) runs on the callback's own path: the handler hands the
 * error on where it gives the callback to a call. (A callback it only makes, or returns, is the use.)
 */
function outOfCallbacks(use: { node: TSESTree.Node; kind: Exclude<ErrorUse, 'caseBody'> }, handler: ErrorHandler): { node: TSESTree.Node; kind: Exclude<ErrorUse, 'caseBody'> } {
  let outermost: FunctionNode | null = null;
  for (let current: TSESTree.Node | undefined = use.node; current && current !== handler; current = current.parent) {
    if (isFunctionNode(current)) outermost = current;
  }
  if (!outermost || outermost === use.node) return use;
  const wrapper = outermostWrapper(outermost);
  const holder = wrapper.parent;
  if ((holder?.type === AST_NODE_TYPES.CallExpression || holder?.type === AST_NODE_TYPES.NewExpression) && holder.arguments.includes(wrapper as TSESTree.CallExpressionArgument)) return { node: holder, kind: 'passed' };
  return { node: outermost, kind: 'passed' };
}

function directConsumerOf(identifier: TSESTree.Node, handler: ErrorHandler, paths: AccessPathResolver, info: TypeInfo | null): { node: TSESTree.Node; kind: Exclude<ErrorUse, 'caseBody'> } | null {
  if (isTestAtom(identifier)) return { node: identifier, kind: 'test' };
  // The error as text (`String(e)`, `e.toString()`, `inspect(e)`) is handed to nobody: what matters is where the text goes.
  let child: TSESTree.Node = identifier.type === AST_NODE_TYPES.Identifier ? renderingOf(identifier, paths) : identifier;
  if (child !== identifier && isTestAtom(child)) return { node: child, kind: 'test' };
  let current: TSESTree.Node | undefined = child.parent;
  while (current && current !== handler) {
    if (isFunctionNode(current)) return { node: current, kind: 'passed' };
    if (current.type === AST_NODE_TYPES.SwitchStatement && current.discriminant === child) return { node: current, kind: 'test' };
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee !== child) {
      // `switch (classify(e))`: a test of the error, not a hand-off.
      const switchStatement = switchOn(current);
      if (switchStatement) return { node: switchStatement, kind: 'test' };
    }
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee !== child && isTestAtom(current)) {
      return { node: current, kind: 'test' };
    }
    switch (current.type) {
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        // `ignore(e)` with `function ignore(_e) {}` of this file: handed to nobody; nor is an error
        // made of it and dropped (`new DriverError('failed', { cause: e });`, its `throw` forgotten).
        if (current.callee !== child) return ignoresArgument(current, child, paths) || isDroppedError(current, paths, info) ? null : { node: current, kind: 'passed' };
        // should.js / chai's should on it (`error.message.should.equal('Init failed')`): an assertion about the error.
        if (current.type === AST_NODE_TYPES.CallExpression && hasShouldLink(child)) return { node: current, kind: 'passed' };
        break;
      case AST_NODE_TYPES.ReturnStatement:
        return { node: current, kind: 'passed' };
      case AST_NODE_TYPES.ThrowStatement:
        return { node: current, kind: 'thrown' };
      case AST_NODE_TYPES.AssignmentExpression:
        // Kept where nothing reads it (`failed = e` with `failed` read nowhere): handed to nobody.
        if (current.right === child) return isNeverRead(current.left, paths) ? null : { node: current, kind: 'passed' };
        break;
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.UnaryExpression:
        break;
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.VariableDeclaration:
      case AST_NODE_TYPES.BlockStatement:
        return null;
      default:
        break;
    }
    if (isTestAtom(current)) {
      const test = unwrapExpression(current);
      if (test.type === AST_NODE_TYPES.BinaryExpression || test.type === AST_NODE_TYPES.CallExpression || test.type === AST_NODE_TYPES.MemberExpression || test.type === AST_NODE_TYPES.ChainExpression) {
        return { node: current, kind: 'test' };
      }
    }
    child = current;
    current = current.parent;
  }
  // `.catch((e) => e)`: an expression body is returned, as `return e;` is.
  // (Not `.catch((e) => void e)`: `void` returns nothing.)
  const discarded = child.type === AST_NODE_TYPES.UnaryExpression && child.operator === 'void';
  if (current === handler && handler.type === AST_NODE_TYPES.ArrowFunctionExpression && handler.expression && handler.body === child && !discarded) return { node: child, kind: 'passed' };
  return null;
}

/** Whether a member chain goes through `.should` (`e.message.should.equal`, `e.should.be.instanceOf`). */
function hasShouldLink(callee: TSESTree.Node): boolean {
  for (let current = unwrapExpression(callee); current.type === AST_NODE_TYPES.MemberExpression; current = unwrapExpression(current.object)) {
    if (staticPropertyName(current) === 'should') return true;
  }
  return false;
}

/**
 * Whether a call hands its argument to a same-file no-op: a function whose body does nothing —
 * empty (`function ignore(_e: unknown) {}`, `const noop = () => {}`) or a bare literal
 * (`() => undefined`, `() => null`).
 */
function ignoresArgument(call: TSESTree.CallExpression | TSESTree.NewExpression, argument: TSESTree.Node, paths: AccessPathResolver): boolean {
  if (call.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(argument as TSESTree.CallExpressionArgument)) return false;
  const fn = localCallee(call, paths);
  if (!fn) return false;
  if (fn.body.type === AST_NODE_TYPES.BlockStatement) return fn.body.body.length === 0;
  const body = unwrapExpression(fn.body);
  return body.type === AST_NODE_TYPES.Literal || (body.type === AST_NODE_TYPES.Identifier && body.name === 'undefined');
}

/** Whether an assignment's target is a variable nothing reads. */
function isNeverRead(target: TSESTree.Node, paths: AccessPathResolver): boolean {
  const variable = target.type === AST_NODE_TYPES.Identifier ? paths.variableOf(target) : null;
  // `export let lastError`: read where it is imported.
  const exported = variable?.defs.some((definition) => definition.parent?.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) ?? false;
  return variable !== null && !exported && !variable.references.some((reference) => reference.isRead());
}

/**
 * `new DriverError(...)` made as a statement of its own: nothing has the error. An error's class is
 * named so, or extends one so named through classes of the file (`class DeployFailure extends
 * NovaError`), or with types makes Errors (`InstanceNotFound` imported).
 */
function isDroppedError(call: TSESTree.CallExpression | TSESTree.NewExpression, paths: AccessPathResolver, info: TypeInfo | null): boolean {
  if (call.type !== AST_NODE_TYPES.NewExpression || outermostWrapper(call).parent?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const name = writtenCalleeName(call);
  if (name === null || !(isErrorName(name) || isErrorConstructor(call.callee, paths, info))) return false;
  // A class of the file whose constructor does more than call super and set fields may report it.
  const callee = unwrapExpression(call.callee);
  const definition = callee.type === AST_NODE_TYPES.Identifier ? paths.variableOf(callee)?.defs[0] : undefined;
  if (definition?.node.type !== AST_NODE_TYPES.ClassDeclaration && definition?.node.type !== AST_NODE_TYPES.ClassExpression) return true;
  const constructor = constructorOf(definition.node.body);
  return constructor === null || constructor.body.body.every(isConstructorBookkeeping);
}

/** `super(message)`, `this.code = code`, `Object.setPrototypeOf(this, X.prototype)`: a constructor statement that reports nothing. */
function isConstructorBookkeeping(statement: TSESTree.Statement): boolean {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const expression = unwrapExpression(statement.expression);
  if (expression.type === AST_NODE_TYPES.AssignmentExpression) return expression.left.type === AST_NODE_TYPES.MemberExpression && expression.left.object.type === AST_NODE_TYPES.ThisExpression;
  if (expression.type !== AST_NODE_TYPES.CallExpression) return false;
  if (expression.callee.type === AST_NODE_TYPES.Super) return true;
  const callee = unwrapExpression(expression.callee);
  const owner = callee.type === AST_NODE_TYPES.MemberExpression ? unwrapExpression(callee.object) : null;
  const name = owner?.type === AST_NODE_TYPES.Identifier ? `${owner.name}.${writtenCalleeName(expression) ?? ''}` : null;
  return name === 'Object.setPrototypeOf' || name === 'Error.captureStackTrace';
}

/**
 * Which outcomes of a test of the error single out a case of it: `e instanceof NotFound`,
 * `e.code === 404` and `isConflict(e)` when true; `e.code !== 409` when false (what goes on is
 * the 409); a range (`e.status >= 500`) either way. The other outcome is "the rest".
 */
function caseOutcomes(atom: TSESTree.Node): { whenTrue: boolean; whenFalse: boolean } {
  const test = unwrapExpression(atom);
  // `e.response` present or absent: two kinds of error (with an answer, or a network failure).
  if (test.type === AST_NODE_TYPES.MemberExpression) return { whenTrue: true, whenFalse: true };
  if (test.type !== AST_NODE_TYPES.BinaryExpression) return { whenTrue: true, whenFalse: false };
  switch (test.operator) {
    case '!==':
    case '!=':
      return { whenTrue: false, whenFalse: true };
    case '<':
    case '<=':
    case '>':
    case '>=':
      return { whenTrue: true, whenFalse: true };
    default:
      return { whenTrue: true, whenFalse: false };
  }
}

/** The first statement a case runs (falling through empty cases), if any. */
function caseBodyOf(switchCase: TSESTree.SwitchCase): TSESTree.Statement | null {
  const cases = switchCase.parent.cases;
  for (let index = cases.indexOf(switchCase); index < cases.length; index++) {
    const body = cases[index]?.consequent[0];
    if (body) return body;
  }
  return null;
}

/** The switch statement whose discriminant is `node` (or a property of it). */
function switchOn(node: TSESTree.Node): TSESTree.SwitchStatement | null {
  let current = outermostWrapper(node);
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current) current = outermostWrapper(current.parent);
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.SwitchStatement && parent.discriminant === current ? parent : null;
}

/** Statements other listeners act on when they start: the case-body listener must run first. */
const EARLY_CASE_BODY_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ReturnStatement,
  AST_NODE_TYPES.BreakStatement,
  AST_NODE_TYPES.ContinueStatement,
  AST_NODE_TYPES.ThrowStatement,
  AST_NODE_TYPES.TryStatement,
]);

/** Expressions that can test a caught error (`error instanceof NotFound`, `isConflict(error)`, `error.code === 409`). */
const TEST_ATOM_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.BinaryExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.UnaryExpression,
  AST_NODE_TYPES.AwaitExpression,
]);

function isTestAtom(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.LogicalExpression) return false;
  if (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === '!') return false;
  if (outermostWrapper(node) !== node) return false;
  return branchTargets(node) !== null;
}

function enclosingCatch(node: TSESTree.Node): TSESTree.CatchClause | null {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && !isFunctionNode(current)) {
    if (current.type === AST_NODE_TYPES.CatchClause) return current;
    current = current.parent;
  }
  return null;
}

/** Whether a return/break/continue leaves the catch (a break of a loop inside the catch does not). */
function isExitOf(node: TSESTree.Node, clause: TSESTree.CatchClause): boolean {
  if (node.type === AST_NODE_TYPES.ReturnStatement) return true;
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current !== clause) {
    switch (current.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
        return false;
      case AST_NODE_TYPES.SwitchStatement:
        if (node.type === AST_NODE_TYPES.BreakStatement && !node.label) return false;
        break;
      default:
        break;
    }
    current = current.parent;
  }
  return true;
}

/** `catch (e) { throw e; }`: handles nothing. */
/**
 * A handler whose only effect is passing the same error on: `catch (e) { throw e; }`,
 * `.catch((e) => { throw e; })`, `(e) => Promise.reject(e)`, `catch (e) { return Promise.reject(e); }`.
 */
function isRethrowOnly(handler: ErrorHandler, localFunction?: (call: TSESTree.CallExpression) => FunctionNode | null): boolean {
  const param = handler.type === AST_NODE_TYPES.CatchClause ? handler.param : handler.params[0];
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const isParam = (node: TSESTree.Node | null | undefined): boolean => {
    const inner = node ? unwrapExpression(node) : null;
    return inner?.type === AST_NODE_TYPES.Identifier && inner.name === param.name;
  };
  const rejectsParam = (node: TSESTree.Node | null | undefined): boolean => {
    const inner = node ? unwrapExpression(node) : null;
    return inner !== null && isPromiseReject(inner) && inner.type === AST_NODE_TYPES.CallExpression && inner.arguments.length === 1 && isParam(inner.arguments[0]);
  };
  if (handler.type !== AST_NODE_TYPES.CatchClause && handler.body.type !== AST_NODE_TYPES.BlockStatement) return rejectsParam(handler.body);
  const body = handler.body as TSESTree.BlockStatement;
  const [first, second] = body.body;
  // `const err = e; throw err;`: the same error under another name.
  if (body.body.length === 2 && first?.type === AST_NODE_TYPES.VariableDeclaration && first.declarations.length === 1 && second?.type === AST_NODE_TYPES.ThrowStatement) {
    const [declarator] = first.declarations;
    const thrown = unwrapExpression(second.argument);
    return declarator.id.type === AST_NODE_TYPES.Identifier && isParam(declarator.init) && thrown.type === AST_NODE_TYPES.Identifier && thrown.name === declarator.id.name;
  }
  if (body.body.length !== 1 || !first) return false;
  if (first.type === AST_NODE_TYPES.ThrowStatement) return isParam(first.argument);
  // `rethrow(e)` with a local `function rethrow(e): never { throw e; }`: the same rethrow.
  const called = first.type === AST_NODE_TYPES.ExpressionStatement ? first.expression : first.type === AST_NODE_TYPES.ReturnStatement ? first.argument : null;
  const call = called ? unwrapExpression(called) : null;
  if (localFunction && call?.type === AST_NODE_TYPES.CallExpression && call.arguments.length === 1 && isParam(call.arguments[0])) {
    const target = localFunction(call);
    // Not recursively: a rethrow helper is one statement of its own.
    if (target && !target.async && target.body.type === AST_NODE_TYPES.BlockStatement && isRethrowOnly(target)) return true;
  }
  return first.type === AST_NODE_TYPES.ReturnStatement && rejectsParam(first.argument);
}

/**
 * Whether the end of a handler is reached only by skipping a test that is not about the error and
 * whose branch leaves (`catch (e) { if (attempt >= 3) throw new DriverError('failed', { cause: e }); }`
 * in a retry loop, `if (!this.closing) throw ...`): carrying on there is a decision.
 */
function isDecidedEnd(handler: ErrorHandler, references: readonly TSESTree.Identifier[]): boolean {
  if (handler.body.type !== AST_NODE_TYPES.BlockStatement) return false;
  const statements = handler.body.body;
  // A final `continue`/`break`/bare `return` only says how to carry on (`if (attempt >= 3) throw ...; continue;`).
  const end = statements.length > 0 && isFinalExit(statements[statements.length - 1] as TSESTree.Node, handler) ? statements.length - 1 : statements.length;
  const last = statements[end - 1];
  // With an `else` that carries on without a word of the error (`if (throwOnError) throw ...; else
  // log.warning('failed')`), as without one; not one that tests or uses it (`else if (e.code === ...)`).
  const carriesOn = (branch: TSESTree.Statement): boolean => !alwaysLeaves(branch) && !references.some((reference) => contains(branch, reference));
  const isDecision = (statement: TSESTree.Node | undefined, leaves: (branch: TSESTree.Statement) => boolean): boolean =>
    statement?.type === AST_NODE_TYPES.IfStatement &&
    !references.some((reference) => contains(statement.test, reference)) &&
    (statement.alternate ? (leaves(statement.consequent) && carriesOn(statement.alternate)) || (leaves(statement.alternate) && carriesOn(statement.consequent)) : leaves(statement.consequent));
  if (isDecision(last, alwaysLeaves)) return true;
  // A test earlier in the handler that gives up by throwing (`if (attempt === last) throw ...` in
  // a retry loop, `if (!cached) throw ...` before a fallback): carrying on is what it decided.
  return handler.type === AST_NODE_TYPES.CatchClause && statements.slice(0, end - 1).some((statement) => isDecision(statement, alwaysThrows));
}

/**
 * An exit (`return fallback`, `return getNode(id, left - 1)`) after a test earlier in the handler,
 * not about the error, that gives up by throwing (`if (!this.closing) throw new DriverError(...)`):
 * the mirror of `if (this.closing) return null; throw ...`, a decision as that is.
 */
function isAfterGivingUp(exit: TSESTree.Node, handler: ErrorHandler, references: readonly TSESTree.Identifier[]): boolean {
  if (handler.type !== AST_NODE_TYPES.CatchClause) return false;
  const statements = handler.body.body;
  let top: TSESTree.Node = exit;
  while (top.parent && top.parent !== handler.body) {
    if (isFunctionNode(top.parent)) return false;
    top = top.parent;
  }
  const index = statements.indexOf(top as TSESTree.Statement);
  return (
    index > 0 &&
    statements.slice(0, index).some(
      (statement) => statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate && !references.some((reference) => contains(statement.test, reference)) && alwaysThrows(statement.consequent),
    )
  );
}

/** Whether `node` is a `continue`, `break` or value-less `return` that is the last statement of the handler's body. */
function isFinalExit(node: TSESTree.Node, handler: ErrorHandler): boolean {
  if (handler.body.type !== AST_NODE_TYPES.BlockStatement || handler.body.body[handler.body.body.length - 1] !== node) return false;
  return node.type === AST_NODE_TYPES.ContinueStatement || node.type === AST_NODE_TYPES.BreakStatement || (node.type === AST_NODE_TYPES.ReturnStatement && node.argument === null);
}

/** A statement that always throws, returns, breaks or continues. */
function alwaysLeaves(statement: TSESTree.Statement): boolean {
  return alwaysEnds(statement, LEAVING);
}

/** A statement that always throws. */
function alwaysThrows(statement: TSESTree.Statement): boolean {
  return alwaysEnds(statement, THROWING);
}

const LEAVING: ReadonlySet<string> = new Set([AST_NODE_TYPES.ThrowStatement, AST_NODE_TYPES.ReturnStatement, AST_NODE_TYPES.BreakStatement, AST_NODE_TYPES.ContinueStatement]);
const THROWING: ReadonlySet<string> = new Set([AST_NODE_TYPES.ThrowStatement]);

/** A statement that always ends with one of `ends`: itself, a block's last statement, both sides of an `if`. */
function alwaysEnds(statement: TSESTree.Statement, ends: ReadonlySet<string>): boolean {
  if (ends.has(statement.type)) return true;
  switch (statement.type) {
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body[statement.body.length - 1];
      return last !== undefined && alwaysEnds(last, ends);
    }
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && alwaysEnds(statement.consequent, ends) && alwaysEnds(statement.alternate, ends);
    default:
      return false;
  }
}

/** An exit of a handler that gives back a rejected promise: `return Promise.reject(e2)`, or an arrow's body `() => Promise.reject(e2)`. */
function returnsRejection(exit: TSESTree.Node, handler: ErrorHandler): boolean {
  const value = exit.type === AST_NODE_TYPES.ReturnStatement ? exit.argument : exit === handler && handler.type === AST_NODE_TYPES.ArrowFunctionExpression && handler.body.type !== AST_NODE_TYPES.BlockStatement ? handler.body : null;
  const call = value === null ? null : unwrapExpression(value);
  // With a reason: `Promise.reject()` (or of `undefined`) rejects with nothing of the error.
  const [reason] = call?.type === AST_NODE_TYPES.CallExpression ? call.arguments : [];
  const empty = reason === undefined || (reason.type === AST_NODE_TYPES.Identifier && reason.name === 'undefined') || (reason.type === AST_NODE_TYPES.Literal && reason.value === null) || (reason.type === AST_NODE_TYPES.UnaryExpression && reason.operator === 'void');
  return call !== null && !empty && isPromiseReject(call);
}

function isPromiseReject(node: TSESTree.Node): boolean {
  return promiseMethodOf(node) === 'reject';
}

/** Visits a function's own body, not nested functions. */
function walkOwnBody(fn: FunctionNode, visit: (node: TSESTree.Node) => void): void {
  const stack: TSESTree.Node[] = [fn.body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node) break;
    visit(node);
    for (const child of childNodes(node)) if (!isFunctionNode(child)) stack.push(child);
  }
}

/**
 * The read of a part of a value that starts at `identifier`: its member chain (`err.response?.body?.message`,
 * through casts and non-null assertions), with a literal fallback (`?? 'unknown'`, `|| ''`); the
 * identifier itself (through its wrappers) when no part is read.
 */
function partReadOf(identifier: TSESTree.Node): TSESTree.Node {
  let current = outermostWrapper(identifier);
  while (current.parent?.type === AST_NODE_TYPES.MemberExpression && current.parent.object === current && (!current.parent.computed || current.parent.property.type === AST_NODE_TYPES.Literal)) {
    current = outermostWrapper(current.parent);
  }
  const fallback = current.parent;
  if (current !== outermostWrapper(identifier) && fallback?.type === AST_NODE_TYPES.LogicalExpression && fallback.operator !== '&&' && fallback.left === current && isPlainLiteral(fallback.right)) {
    current = outermostWrapper(fallback);
  }
  return current;
}

/** A `+` building text: one side a string literal, a template, or another such `+`. */
function isTextConcatenation(node: TSESTree.BinaryExpression): boolean {
  return [node.left, node.right].some((side) => {
    const inner = unwrapExpression(side);
    return (inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'string') || inner.type === AST_NODE_TYPES.TemplateLiteral || (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+' && isTextConcatenation(inner));
  });
}

/**
 * The value a part of the error is written into and kept with: the template literal, string
 * concatenation, array or object literal around it (`\`failed: ${reason}\``, `{ errors: [reason] }`),
 * or a side of `??` or `||` (`err.response?.body ?? err`), outermost first; the part itself when it
 * stands alone.
 */
function containingValueOf(part: TSESTree.Node): TSESTree.Node {
  let current = outermostWrapper(part);
  for (let depth = 0; depth < 8; depth++) {
    const parent = current.parent;
    const contains =
      (parent?.type === AST_NODE_TYPES.TemplateLiteral && parent.expressions.includes(current as TSESTree.Expression)) ||
      (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+' && isTextConcatenation(parent)) ||
      (parent?.type === AST_NODE_TYPES.ArrayExpression && parent.elements.includes(current as TSESTree.Expression)) ||
      // `err.response?.body ?? err`, `err || 'unknown'`: either side may be the value kept.
      (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '&&') ||
      // `known ? augment(error) : error`: either arm may be the value kept.
      (parent?.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== current);
    if (contains) current = outermostWrapper(parent);
    else if (parent?.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectExpression) current = outermostWrapper(parent.parent);
    else break;
  }
  return current;
}

