/**
 * The code-path engine: a forward must-dataflow over ESLint's code path segments.
 *
 * While ESLint walks a file, a rule records ordered events into the segments that are current:
 * facts generated (`gen`), facts killed (`kill`), atomic branch tests with the facts each outcome
 * implies (`test`), calls that never return (`exit`), and queries (`query`) whose fact set the
 * rule wants to know. The engine records on its own the points where an error may be thrown
 * inside a `try` (every call, `new`, `await`, `yield` and `throw`), and where nested functions
 * are created.
 *
 * When the outermost code path ends, every function is solved: the facts holding at a point are
 * those holding on every path from the function's entry, intersected over reachable predecessors
 * and iterated to a fixpoint over loops with a worklist — linear in the number of segments for a
 * fixed number of facts, never enumerating paths.
 *
 * ESLint links only the first throwable expression of a `try` block to its `catch` (and the end
 * of the block, which cannot throw). The engine replaces the entry of every `catch` with the
 * intersection of the states at each throwable point of its `try` block, and adds the same
 * points to the abrupt ("leaving") copy of a `finally` block, so that a fact established in a
 * `try` counts in its `catch` only when it holds wherever the `try` can throw.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { FunctionNode } from '../matching/ast.js';
import type { Listener } from './listeners.js';
import { contains, isFunctionNode } from '../matching/ast.js';
import { indexVariablesOf, rebase } from './subjects.js';

/** ESLint's code path segment (typescript-eslint's types lack parts of it). */
export interface CodePathSegment {
  readonly id: string;
  readonly nextSegments: readonly CodePathSegment[];
  readonly prevSegments: readonly CodePathSegment[];
  readonly reachable: boolean;
}

/** ESLint's code path. */
export interface CodePath {
  readonly id: string;
  readonly initialSegment: CodePathSegment;
  readonly returnedSegments: readonly CodePathSegment[];
  readonly upper: CodePath | null;
}

/** A set of facts; `null` stands for "every fact" (the state of code no path reaches). */
export type FactState = ReadonlySet<string> | null;

export type FlowEvent =
  | { readonly kind: 'closure'; readonly fn: FunctionNode }
  | { readonly kind: 'copy'; readonly from: string; readonly to: string }
  | { readonly kind: 'exit' }
  | { readonly kind: 'gen'; readonly facts: readonly string[] }
  | { readonly kind: 'kill'; readonly subjects: ReadonlySet<string>; readonly belowOnly: boolean; readonly only: ((fact: string) => boolean) | null }
  | { readonly kind: 'lazy'; readonly resolve: () => readonly string[] }
  | { readonly kind: 'query'; readonly node: TSESTree.Node; readonly tag: string }
  | {
      readonly kind: 'test';
      readonly node: TSESTree.Node;
      readonly whenTrue: readonly string[];
      readonly whenFalse: readonly string[];
      readonly targets: BranchTargets;
    }
  | {
      readonly kind: 'throwable';
      readonly node: TSESTree.Node;
      readonly handlers: readonly Handler[];
      /** The parallel lane (a finally block walked once per way of entering it) the event is in, and how many there are. */
      readonly lane: number;
      readonly lanes: number;
    };

/** Where an error thrown inside a `try` goes: its catch, or the abrupt copy of its finally. */
export interface Handler {
  readonly kind: 'catch' | 'finally';
  readonly tryStatement: TSESTree.TryStatement;
}

/** The AST nodes at which the segments for a test's true and false outcomes start. */
export interface BranchTargets {
  readonly whenTrue: TSESTree.Node | null;
  readonly whenFalse: TSESTree.Node | null;
}

interface SegmentRecord {
  readonly segment: CodePathSegment;
  readonly startNode: TSESTree.Node;
  readonly order: number;
  /** Its events in order; the shared NO_EVENTS until the first one (many segments have none). */
  events: FlowEvent[];
  endNode: TSESTree.Node | null;
  entry: FactState;
  exit: FactState;
  lastTest: Extract<FlowEvent, { kind: 'test' }> | null;
  visited: boolean;
  /** Its predecessors (predecessorsOf), once asked: the segments are all recorded by then. */
  predecessors: SegmentRecord[] | null;
  /** Whether it waits in the solver's queue. */
  queued: boolean;
}

interface TryFrame {
  readonly node: TSESTree.TryStatement;
  region: 'block' | 'finalizer' | 'handler';
}

/** The segments of a function's try statements. */
interface TryRecords {
  /** Segments started at a CatchClause, and at a finally block (normal copies first, then abrupt ones). */
  readonly catchEntries: Map<TSESTree.CatchClause, SegmentRecord[]>;
  readonly finallyEntries: Map<TSESTree.BlockStatement, SegmentRecord[]>;
  /** How many lanes were live when the try (or its catch) block ended, before its finally block. */
  readonly lanesBeforeFinally: Map<TSESTree.TryStatement, number>;
}

const NO_FACTS: ReadonlySet<string> = new Set();
/** The events of a segment with none (never added to: see addEvent). */
const NO_EVENTS: FlowEvent[] = [];

function addEvent(record: SegmentRecord, event: FlowEvent): void {
  if (record.events === NO_EVENTS) record.events = [event];
  else record.events.push(event);
}

function triesOf(path: RecordedPath): TryRecords {
  path.tries ??= { catchEntries: new Map(), finallyEntries: new Map(), lanesBeforeFinally: new Map() };
  return path.tries;
}

/** One function (or the program) as recorded. */
export class RecordedPath {
  readonly codePath: CodePath;
  readonly node: TSESTree.Node;
  readonly parent: RecordedPath | null;
  readonly segments = new Map<string, SegmentRecord>();
  readonly children: RecordedPath[] = [];
  /** What its try statements recorded; null in a function without one (most: nothing is allocated for them). */
  tries: TryRecords | null = null;
  readonly tryStack: TryFrame[] = [];
  /** The current segments by lane (ESLint's parallel copies inside finally blocks); null: a lane between segments. */
  current: (SegmentRecord | null)[] = [];
  /** The state where this function was created, once the enclosing path is solved. */
  closureState: FactState = null;
  /** The state at each nested function's creation, once solved. */
  closures: Map<TSESTree.Node, FactState> | null = null;
  /** Facts holding wherever the function returns normally (not when it throws), once solved. */
  exitFacts: FactState = null;
  /** The state at each reachable normal return (one per returned segment), once solved. */
  returnStates: FactState[] = [];
  /** The exit facts of a solve made before the function's turn, kept so it is made once. */
  provisionalExitFacts: ReadonlySet<string> | null = null;
  /** The query copies of such a solve (see queryStatesOf). */
  provisionalCopies: readonly QueryCopyWithNode[] | null = null;
  solving = false;
  solved = false;
  /** Whether the function or one nested in it asks a query: only those are solved with the file. */
  queried = false;
  /** The initial state of the last solve, and what each lazy event resolved to (for explanations). */
  initialFacts: ReadonlySet<string> = NO_FACTS;
  lazyFacts: Map<FlowEvent, readonly string[]> | null = null;
  mentioned: ReadonlySet<string> | null = null;

  constructor(codePath: CodePath, node: TSESTree.Node, parent: RecordedPath | null) {
    this.codePath = codePath;
    this.node = node;
    this.parent = parent;
  }
}

/** One recorded copy of a query (a finally block is walked once per way of leaving the try). */
interface QueryCopy {
  readonly facts: FactState;
  readonly path: RecordedPath;
  readonly segment: string;
  readonly eventIndex: number;
}

/** What the engine answers for each query. */
export interface QueryResult {
  readonly node: TSESTree.Node;
  readonly tag: string;
  /** Facts holding on every path to the query (over every copy); null when no path reaches it. */
  readonly facts: FactState;
  readonly copies: readonly QueryCopy[];
}

export interface SolveOptions {
  /**
   * Called once every function of the file is solved — after `Program:exit`, which ESLint fires
   * before the program's code path ends. Report from here.
   */
  onSolved?(recorder: CodePathRecorder): void;
  /** The facts holding at the entry of a function, given the state where it was created. */
  initialState?(fn: TSESTree.Node, closureState: FactState): ReadonlySet<string>;
}


/**
 * Records events during the traversal and solves every function when the file ends.
 * Create one per rule invocation and spread `listeners` into the rule's listener object
 * (before the rule's own listeners, so throwable points precede the facts a call generates).
 */
export class CodePathRecorder {
  readonly #paths: RecordedPath[] = [];
  readonly #byFunction = new Map<TSESTree.Node, RecordedPath>();
  readonly #options: SolveOptions;
  #current: RecordedPath | null = null;
  #order = 0;
  #queries: QueryResult[] = [];
  #copies: QueryCopyWithNode[] = [];
  readonly #operandFacts = new Map<TSESTree.Node, { whenTrue: readonly string[]; whenFalse: readonly string[] }>();
  #solvedAll = false;

  constructor(options: SolveOptions = {}) {
    this.#options = options;
  }

  /** Listener functions to merge into the rule's listeners. */
  readonly listeners: Record<string, Listener> = {
    onCodePathStart: ((codePath: CodePath, node: TSESTree.Node) => {
      const parent = this.#current;
      if (parent && isFunctionNode(node)) this.#record(parent, { kind: 'closure', fn: node });
      const recorded = new RecordedPath(codePath, node, parent);
      parent?.children.push(recorded);
      this.#paths.push(recorded);
      this.#byFunction.set(node, recorded);
      this.#current = recorded;
    }),
    onCodePathEnd: (() => {
      const ended = this.#current;
      this.#current = ended?.parent ?? null;
      if (ended && !ended.parent) this.#solveAll();
    }),
    onCodePathSegmentStart: ((segment: CodePathSegment, node: TSESTree.Node) => {
      this.#startSegment(segment, node);
    }),
    onUnreachableCodePathSegmentStart: ((segment: CodePathSegment, node: TSESTree.Node) => {
      this.#startSegment(segment, node);
    }),
    onCodePathSegmentEnd: ((segment: CodePathSegment, node: TSESTree.Node) => {
      this.#endSegment(segment, node);
    }),
    onUnreachableCodePathSegmentEnd: ((segment: CodePathSegment, node: TSESTree.Node) => {
      this.#endSegment(segment, node);
    }),
    TryStatement: ((node: TSESTree.TryStatement) => {
      this.#current?.tryStack.push({ node, region: 'block' });
    }),
    'TryStatement:exit': (() => {
      this.#current?.tryStack.pop();
    }),
    'BlockStatement:exit': (node: TSESTree.BlockStatement) => {
      if (node.parent.type === AST_NODE_TYPES.TryStatement && node.parent.block === node) this.#noteLanes(node.parent);
    },
    'CatchClause:exit': (node: TSESTree.CatchClause) => {
      this.#noteLanes(node.parent);
    },
    CatchClause: (() => {
      const frame = this.#current?.tryStack.at(-1);
      if (frame) frame.region = 'handler';
    }),
    BlockStatement: ((node: TSESTree.BlockStatement) => {
      if (node.parent.type !== AST_NODE_TYPES.TryStatement || node.parent.finalizer !== node) return;
      const frame = this.#current?.tryStack.at(-1);
      if (frame) frame.region = 'finalizer';
    }),
    'CallExpression:exit': ((node: TSESTree.Node) => {
      this.#throwable(node);
    }),
    'NewExpression:exit': ((node: TSESTree.Node) => {
      this.#throwable(node);
    }),
    'AwaitExpression:exit': ((node: TSESTree.Node) => {
      this.#throwable(node);
    }),
    'YieldExpression:exit': ((node: TSESTree.Node) => {
      this.#throwable(node);
    }),
    'UnaryExpression:exit': (node: TSESTree.UnaryExpression) => {
      if (node.operator === '!') this.#negationDone(node);
    },
    'LogicalExpression:exit': (node: TSESTree.LogicalExpression) => {
      this.#caseConditionDone(node);
    },
    // At its exit a throw's segment is already unreachable; the state before it is what leaves.
    ThrowStatement: ((node: TSESTree.Node) => {
      this.#throwable(node);
    }),
  };

  /** Facts now true on the current path. */
  gen(facts: readonly string[]): void {
    if (facts.length > 0) this.#recordCurrent({ kind: 'gen', facts });
  }

  /**
   * Says of `to` what holds now of `from` and below it (`v3:nodes.[*].provisionState` gives
   * `v7:node.provisionState`): what holds of every element holds of the one a loop binds.
   */
  copy(from: string, to: string): void {
    this.#recordCurrent({ kind: 'copy', from, to });
  }

  /**
   * Kills every fact about one of `subjects` or a path below it (`v3` kills `v3` and `v3.id`);
   * with `belowOnly`, only those about a path below it (a value re-read as the same entity keeps
   * what holds of it, not what was read of its parts); with `only`, only the facts it accepts.
   */
  kill(subjects: readonly string[], belowOnly = false, only: ((fact: string) => boolean) | null = null): void {
    if (subjects.length > 0) this.#recordCurrent({ kind: 'kill', subjects: new Set(subjects), belowOnly, only });
  }

  /**
   * Facts known only once the file is solved (a same-file helper's guarantees at its exit);
   * `resolve` runs during solving and may ask for other functions' summaries.
   */
  genLazily(resolve: () => readonly string[]): void {
    this.#recordCurrent({ kind: 'lazy', resolve });
  }

  /** An atomic branch test (an expression in test position that is not `&&`, `||` or `!`). */
  test(node: TSESTree.Node, whenTrue: readonly string[], whenFalse: readonly string[]): void {
    if (whenTrue.length === 0 && whenFalse.length === 0) return;
    // Kept for combining: ESLint merges the paths of a logical expression used as a value
    // (`!(a && b)`) before forking on it, so the facts of its right operand reach the fork only
    // through the negation, which combines its operands' facts when it completes.
    this.#operandFacts.set(node, { whenTrue, whenFalse });
    if (insideValueLogical(node)) return;
    const targets = branchTargets(node);
    if (!targets) return;
    this.#recordCurrent({ kind: 'test', node, whenTrue, whenFalse, targets });
  }

  /** `!(a && b)` completes: a test on the negation, with the facts its operands combine to. */
  #negationDone(node: TSESTree.UnaryExpression): void {
    const operand = unwrapLogical(node.argument);
    if (operand?.type !== AST_NODE_TYPES.LogicalExpression) return;
    const combined = this.#combined(operand);
    this.test(node, combined.whenFalse, combined.whenTrue);
  }

  /**
   * `switch (true) { case a && b: ... }` completes its case: ESLint merges the operands' paths
   * before the case forks, so the case is a test with the facts they combine to (swapped under
   * `switch (false)`).
   */
  #caseConditionDone(node: TSESTree.LogicalExpression): void {
    const parent = node.parent;
    if (parent.type !== AST_NODE_TYPES.SwitchCase || parent.test !== node || node.operator === '??') return;
    const discriminant = unwrapLogical(parent.parent.discriminant) ?? parent.parent.discriminant;
    if (discriminant.type !== AST_NODE_TYPES.Literal || typeof discriminant.value !== 'boolean') return;
    const combined = this.#combined(node);
    if (discriminant.value) this.test(node, combined.whenTrue, combined.whenFalse);
    else this.test(node, combined.whenFalse, combined.whenTrue);
  }

  /** The facts of each outcome of a logical expression from its operands' facts. */
  #combined(node: TSESTree.Node): { whenTrue: readonly string[]; whenFalse: readonly string[] } {
    const recorded = this.#operandFacts.get(node);
    if (recorded) return recorded;
    const inner = unwrapLogical(node);
    if (inner && inner !== node) return this.#combined(inner);
    if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') {
      const operand = this.#combined(node.argument);
      return { whenTrue: operand.whenFalse, whenFalse: operand.whenTrue };
    }
    if (node.type !== AST_NODE_TYPES.LogicalExpression || node.operator === '??') return { whenTrue: [], whenFalse: [] };
    const left = this.#combined(node.left);
    const right = this.#combined(node.right);
    const unite = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
    const common = (a: readonly string[], b: readonly string[]): string[] => a.filter((item) => b.includes(item));
    return node.operator === '&&'
      ? { whenTrue: unite(left.whenTrue, right.whenTrue), whenFalse: common(left.whenFalse, unite(left.whenTrue, right.whenFalse)) }
      : { whenTrue: common(left.whenTrue, unite(left.whenFalse, right.whenTrue)), whenFalse: unite(left.whenFalse, right.whenFalse) };
  }

  /** The rest of the current segment is never reached (a call that never returns). */
  exit(): void {
    this.#recordCurrent({ kind: 'exit' });
  }

  /** Asks for the facts holding at this point; answered after the file is solved. */
  query(node: TSESTree.Node, tag = ''): void {
    this.#recordCurrent({ kind: 'query', node, tag });
    // Its creators' states flow into it (closures): they are solved too.
    for (let path = this.#current; path && !path.queried; path = path.parent) path.queried = true;
  }

  /** Every query's answer (available once the outermost code path has ended). */
  get queries(): readonly QueryResult[] {
    return this.#queries;
  }

  /** The recorded path of a function node. */
  pathOf(node: TSESTree.Node): RecordedPath | undefined {
    return this.#byFunction.get(node);
  }

  /** The facts something in the query's function establishes (a test's outcome or a write) that `accept` takes. */
  mentionedFacts(query: QueryResult, accept: (fact: string) => boolean): string[] {
    const found = new Set<string>();
    for (const copy of query.copies) for (const item of mentionedFacts(copy.path)) if (accept(item)) found.add(item);
    return [...found];
  }

  /**
   * Explains why `fact` is missing at a query: the branching statement one of whose arms reaches
   * the query without the fact, and whether the fact holds on some path at all.
   */
  explainMissing(query: QueryResult, fact: string): { branch: TSESTree.Node | null; somePath: boolean } {
    const copy = query.copies.find((item) => item.facts !== null && !item.facts.has(fact));
    if (!copy) return { branch: null, somePath: false };
    const path = copy.path;
    const start = path.segments.get(copy.segment);
    if (!start) return { branch: null, somePath: false };
    // Killed on the way to the query within its own segment: missing on every path.
    if (blocks(start, fact, copy.eventIndex)) return { branch: null, somePath: false };
    // A fact nothing in the function establishes holds on no path: no search (reports are many, functions long).
    if (!mentionedFacts(path).has(fact)) return { branch: null, somePath: false };
    const seen = new Set<SegmentRecord>([start]);
    const queue: SegmentRecord[] = [start];
    let branch: TSESTree.Node | null = null;
    let somePath = false;
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head] as SegmentRecord;
      const predecessors = predecessorsOf(path, current);
      if (predecessors.some((p) => edgeHas(p, current, fact))) {
        somePath = true;
        // The nearest merge where the fact is had and lacked answers both questions (the search
        // goes on only while no branching statement is found).
        const lacking = predecessors.find((p) => !edgeHas(p, current, fact));
        branch = lacking ? forkStatement(path, lacking) : null;
        if (branch === null && isCatchEntry(path, current)) branch = tryStatementOf(current.startNode);
        // Paths merging at a loop's head: the loop is where one of them went without the fact.
        branch ??= enclosingBranching(current.startNode);
        if (branch !== null) break;
      }
      for (const predecessor of predecessors) {
        // A path through a segment that kills the fact cannot bring it here.
        if (!seen.has(predecessor) && !blocks(predecessor, fact)) {
          seen.add(predecessor);
          queue.push(predecessor);
        }
      }
    }
    return { branch: somePath ? branch : null, somePath };
  }

  #startSegment(segment: CodePathSegment, node: TSESTree.Node): void {
    const path = this.#current;
    if (!path) return;
    const record: SegmentRecord = {
      segment,
      startNode: node,
      order: this.#order++,
      events: NO_EVENTS,
      endNode: null,
      entry: null,
      exit: null,
      lastTest: null,
      visited: false,
      predecessors: null,
      queued: false,
    };
    path.segments.set(segment.id, record);
    const free = path.current.indexOf(null);
    if (free === -1) path.current.push(record);
    else path.current[free] = record;
    if (node.type === AST_NODE_TYPES.CatchClause) {
      const { catchEntries } = triesOf(path);
      const list = catchEntries.get(node) ?? [];
      list.push(record);
      catchEntries.set(node, list);
    } else if (node.type === AST_NODE_TYPES.BlockStatement && node.parent.type === AST_NODE_TYPES.TryStatement && node.parent.finalizer === node) {
      const { finallyEntries } = triesOf(path);
      const list = finallyEntries.get(node) ?? [];
      list.push(record);
      finallyEntries.set(node, list);
    }
  }

  #endSegment(segment: CodePathSegment, node: TSESTree.Node): void {
    const path = this.#current;
    if (!path) return;
    const record = path.segments.get(segment.id);
    if (record) record.endNode = node;
    const index = path.current.findIndex((item) => item?.segment === segment);
    if (index !== -1) path.current[index] = null;
    while (path.current.length > 0 && path.current[path.current.length - 1] === null) path.current.pop();
  }

  #noteLanes(tryStatement: TSESTree.Node): void {
    const path = this.#current;
    if (path && tryStatement.type === AST_NODE_TYPES.TryStatement) {
      triesOf(path).lanesBeforeFinally.set(tryStatement, path.current.filter((item) => item !== null).length);
    }
  }

  #throwable(node: TSESTree.Node): void {
    const path = this.#current;
    if (!path || path.tryStack.length === 0) return;
    const handlers = handlersFor(path.tryStack);
    if (handlers.length === 0) return;
    const live = path.current.filter((item): item is SegmentRecord => item !== null);
    for (const [lane, record] of live.entries()) addEvent(record, { kind: 'throwable', node, handlers, lane, lanes: live.length });
  }

  #recordCurrent(event: FlowEvent): void {
    if (this.#current) this.#record(this.#current, event);
  }

  #record(path: RecordedPath, event: FlowEvent): void {
    for (const record of path.current) if (record) addEvent(record, event);
  }

  #solveAll(): void {
    if (this.#solvedAll) return;
    this.#solvedAll = true;
    for (const path of this.#paths) {
      if (path.parent || !path.queried) continue;
      this.#solveTree(path);
    }
    const merged = new Map<TSESTree.Node, Map<string, QueryCopy[]>>();
    for (const copy of this.#copies) {
      const byTag = merged.get(copy.node) ?? new Map<string, QueryCopy[]>();
      const list = byTag.get(copy.tag) ?? [];
      list.push(copy);
      byTag.set(copy.tag, list);
      merged.set(copy.node, byTag);
    }
    const queries: QueryResult[] = [];
    for (const [node, byTag] of merged) {
      for (const [tag, list] of byTag) {
        queries.push({ node, tag, facts: intersect(list.map((item) => item.facts)), copies: list });
      }
    }
    this.#queries = queries;
    this.#options.onSolved?.(this);
  }

  /**
   * The facts holding wherever a function returns normally (its summary), solving it on demand;
   * empty while it is being solved (recursion) or when it is unknown.
   */
  exitFactsOf(fn: TSESTree.Node): ReadonlySet<string> {
    const path = this.#byFunction.get(fn);
    if (!path || path.solving) return new Set();
    if (path.solved) return path.exitFacts ?? new Set();
    if (!path.queried && this.#solveUnqueried(path)) return path.exitFacts ?? new Set();
    return this.#provisionalSolve(path).exitFacts;
  }

  /**
   * Asked before its turn (its creator may not be solved yet): a provisional solve from the state
   * known now, made once, whose exit facts and query copies are kept apart; the function is solved
   * again in order.
   */
  #provisionalSolve(path: RecordedPath): { exitFacts: ReadonlySet<string>; copies: readonly QueryCopyWithNode[] } {
    if (path.provisionalExitFacts === null || path.provisionalCopies === null) {
      const copies: QueryCopyWithNode[] = [];
      path.solving = true;
      try {
        solvePath(path, this.#initialState(path), copies);
      } finally {
        path.solving = false;
      }
      path.provisionalExitFacts = path.exitFacts ?? new Set();
      path.provisionalCopies = copies;
    }
    return { exitFacts: path.provisionalExitFacts, copies: path.provisionalCopies };
  }


  /**
   * The states at a function's own queries tagged `tag` (one per recorded copy), solving it on
   * demand as exitFactsOf does: provisionally when asked before its turn. Null while it is being
   * solved (recursion) or when it is unknown.
   */
  queryStatesOf(fn: TSESTree.Node, tag: string): readonly { readonly node: TSESTree.Node; readonly facts: FactState }[] | null {
    const path = this.#byFunction.get(fn);
    if (!path || path.solving) return null;
    if (path.solved) return this.#copies.filter((copy) => copy.path === path && copy.tag === tag);
    return this.#provisionalSolve(path).copies.filter((copy) => copy.path === path && copy.tag === tag);
  }

  /**
   * Solves a function the file's solve skips (nothing in it asks a query), once, after the
   * functions creating it, so that its closure state is known; false when one of them is being
   * solved or waits for its turn (a provisional solve answers then).
   */
  #solveUnqueried(path: RecordedPath): boolean {
    const parent = path.parent;
    if (parent && !parent.solved && (parent.queried || parent.solving || !this.#solveUnqueried(parent))) return false;
    path.closureState = parent?.closures?.get(path.node) ?? null;
    this.#solve(path);
    return path.solved;
  }

  #solveTree(root: RecordedPath): void {
    const stack: RecordedPath[] = [root];
    while (stack.length > 0) {
      const path = stack.pop();
      if (!path) break;
      this.#solve(path);
      for (const child of path.children) {
        child.closureState = path.closures?.get(child.node) ?? null;
        if (child.queried) stack.push(child);
      }
    }
  }

  #solve(path: RecordedPath): void {
    if (path.solved || path.solving) return;
    path.solving = true;
    try {
      path.closures = solvePath(path, this.#initialState(path), this.#copies);
    } finally {
      path.solving = false;
    }
    path.solved = true;
  }

  #initialState(path: RecordedPath): ReadonlySet<string> {
    if (!this.#options.initialState) return new Set();
    return this.#options.initialState(path.node, path.closureState);
  }
}

/** The subject of a fact `kind|subject`. */
export function factSubject(fact: string): string {
  const bar = fact.lastIndexOf('|');
  return bar === -1 ? fact : fact.slice(bar + 1);
}

/** Whether a fact is about `subject` or a path below it. */
/**
 * Whether a fact is about one of `subjects` or a path below one: its subject or a prefix of it
 * ending before a `.` is in the set (one lookup per level, whatever the number of subjects: a
 * destructuring of thousands of bindings kills them all at once).
 */
function isAboutAny(fact: string, subjects: ReadonlySet<string>, belowOnly = false): boolean {
  let about = factSubject(fact);
  // `nodes[i]` is about `i` too: a write to `i` names another element.
  if (about.includes('[v') && indexVariablesOf(about).some((index) => subjects.has(index))) return true;
  if (belowOnly) {
    const dot = about.lastIndexOf('.');
    if (dot === -1) return false;
    about = about.slice(0, dot);
  }
  for (;;) {
    if (subjects.has(about)) return true;
    const dot = about.lastIndexOf('.');
    if (dot === -1) return false;
    about = about.slice(0, dot);
  }
}

function isKilledBy(fact: string, event: Extract<FlowEvent, { kind: 'kill' }>): boolean {
  return (event.only === null || event.only(fact)) && isAboutAny(fact, event.subjects, event.belowOnly);
}

/** The facts of `state` about `from` or below it, said of `to` instead. */
export function copiedFacts(state: FactState, from: string, to: string): string[] {
  const copied: string[] = [];
  if (state === null) return copied;
  for (const item of state) {
    const moved = rebaseFact(item, from, to);
    if (moved !== null) copied.push(moved);
  }
  return copied;
}

/** A fact about `from` or below it, said of `to` instead (`state-in:x|v3:n.provisionState` → `...|v9:nodes.[*].provisionState`); null for a fact about anything else. */
export function rebaseFact(item: string, from: string, to: string): string | null {
  const subject = factSubject(item);
  const moved = rebase(subject, from, to);
  return moved === null ? null : `${item.slice(0, item.length - subject.length)}${moved}`;
}

/** Builds a fact about a subject: `associated|v3.id`. */
export function fact(kind: string, subject: string): string {
  return `${kind}|${subject}`;
}

function handlersFor(stack: readonly TryFrame[]): Handler[] {
  const handlers: Handler[] = [];
  for (let i = stack.length - 1; i >= 0; i--) {
    const frame = stack[i];
    if (!frame) continue;
    const { node, region } = frame;
    if (region === 'block') {
      if (node.handler) {
        handlers.push({ kind: 'catch', tryStatement: node });
        return handlers;
      }
      if (node.finalizer) handlers.push({ kind: 'finally', tryStatement: node });
    } else if (region === 'handler' && node.finalizer) {
      handlers.push({ kind: 'finally', tryStatement: node });
    }
    // A finally block that always returns or throws ends the error's way out here.
    if (region !== 'finalizer' && node.finalizer && alwaysExits(node.finalizer)) return handlers;
  }
  return handlers;
}

/**
 * Whether a statement always completes by return or throw (never normally): itself, a block one of
 * whose statements does, an `if` both of whose sides do; with `tries`, also a try whose block and
 * catch do, or whose finally does.
 */
export function alwaysExits(statement: TSESTree.Node, tries = false): boolean {
  const exits = (inner: TSESTree.Node): boolean => alwaysExits(inner, tries);
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some(exits);
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && exits(statement.consequent) && exits(statement.alternate);
    case AST_NODE_TYPES.TryStatement:
      return tries && ((statement.finalizer !== null && exits(statement.finalizer)) || (exits(statement.block) && (statement.handler === null || exits(statement.handler.body))));
    default:
      return false;
  }
}

/** A logical expression under TypeScript's wrappers, or null. */
function unwrapLogical(node: TSESTree.Node): TSESTree.Node | null {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** Whether ESLint forks on a logical expression's outcome (as its isForkingByTrueOrFalse), or merges it as a value. */
function forksOnOutcome(logical: TSESTree.LogicalExpression): boolean {
  const parent = logical.parent;
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
      return parent.test === logical;
    case AST_NODE_TYPES.LogicalExpression:
      return true;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.operator === '&&=' || parent.operator === '||=' || parent.operator === '??=';
    default:
      return false;
  }
}

/** Whether an atom's outcome reaches its fork only through a logical expression used as a value (merged first). */
function insideValueLogical(atom: TSESTree.Node): boolean {
  let node = atom;
  for (;;) {
    const parent = node.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.LogicalExpression) {
      if (node === parent.left) return false;
      if (!forksOnOutcome(parent)) return true;
      node = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') {
      node = parent;
      continue;
    }
    if (parent.type === AST_NODE_TYPES.ChainExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression || parent.type === AST_NODE_TYPES.TSAsExpression) {
      node = parent;
      continue;
    }
    return false;
  }
}

/**
 * The segment-start nodes of a test's outcomes. `null` targets mean "not a test position".
 * Climbs through `!` (swapping outcomes), `&&`/`||` and the wrappers ESTree keeps.
 */
export function branchTargets(atom: TSESTree.Node): BranchTargets | null {
  let node = atom;
  let negated = false;
  for (;;) {
    const parent = node.parent;
    if (!parent) return null;
    switch (parent.type) {
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        node = parent;
        continue;
      case AST_NODE_TYPES.UnaryExpression:
        if (parent.operator !== '!') return null;
        negated = !negated;
        node = parent;
        continue;
      case AST_NODE_TYPES.LogicalExpression: {
        if (parent.operator === '??') return null;
        if (node === parent.right) {
          // The right operand's outcome is the whole expression's; used as a value it is merged.
          if (!forksOnOutcome(parent)) return null;
          node = parent;
          continue;
        }
        // The left operand forks to the right operand, or past it: to the merge after the
        // expression when it is a value, else to where the expression's own outcome goes.
        const merge = { whenTrue: parent, whenFalse: parent };
        const outer = forksOnOutcome(parent) ? (branchTargets(parent) ?? merge) : merge;
        const targets =
          parent.operator === '&&'
            ? { whenTrue: parent.right, whenFalse: outer.whenFalse }
            : { whenTrue: outer.whenTrue, whenFalse: parent.right };
        return orient(targets, negated);
      }
      case AST_NODE_TYPES.IfStatement:
        if (node !== parent.test) return null;
        return orient({ whenTrue: parent.consequent, whenFalse: parent.alternate ?? parent }, negated);
      case AST_NODE_TYPES.ConditionalExpression:
        if (node !== parent.test) return null;
        return orient({ whenTrue: parent.consequent, whenFalse: parent.alternate }, negated);
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        if (node !== parent.test) return null;
        return orient({ whenTrue: parent.body, whenFalse: parent }, negated);
      case AST_NODE_TYPES.SwitchCase: {
        if (node !== parent.test) return null;
        const switchStatement = parent.parent;
        const index = switchStatement.cases.indexOf(parent);
        // The first statement run from a case on, falling through the empty ones.
        const bodyFrom = (start: number): TSESTree.Node => {
          for (let i = start; i < switchStatement.cases.length; i++) {
            const statement = switchStatement.cases[i]?.consequent[0];
            if (statement) return statement;
          }
          return switchStatement;
        };
        // A failed test goes on to the next case; after the last one, to the `default` written
        // before it (`default: return; case 'manageable':`), else past the switch.
        const defaultIndex = switchStatement.cases.findIndex((item) => item.test === null);
        const next = switchStatement.cases[index + 1] ?? (defaultIndex !== -1 && defaultIndex < index ? bodyFrom(defaultIndex) : switchStatement);
        return orient({ whenTrue: bodyFrom(index), whenFalse: next }, negated);
      }
      default:
        return null;
    }
  }
}

function orient(targets: BranchTargets, negated: boolean): BranchTargets {
  return negated ? { whenTrue: targets.whenFalse, whenFalse: targets.whenTrue } : targets;
}

// Fact states are never changed once made: union and intersect return an input when it is the answer.

function union(state: FactState, facts: readonly string[]): FactState {
  if (state === null || facts.length === 0) return state;
  let result: Set<string> | null = null;
  for (let i = 0; i < facts.length; i++) {
    const item = facts[i] as string;
    if (result === null) {
      if (state.has(item)) continue;
      result = new Set(state);
    }
    result.add(item);
  }
  return result ?? state;
}

function intersect(states: readonly FactState[]): FactState {
  let first: ReadonlySet<string> | null = null;
  let result: Set<string> | null = null;
  for (let i = 0; i < states.length; i++) {
    const state = states[i] ?? null;
    if (state === null || state === first) continue;
    if (first === null) {
      first = state;
      continue;
    }
    result ??= new Set(first);
    for (const item of result) if (!state.has(item)) result.delete(item);
  }
  return result ?? first;
}

function sameState(a: FactState, b: FactState): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

function isCatchEntry(path: RecordedPath, record: SegmentRecord): boolean {
  return record.startNode.type === AST_NODE_TYPES.CatchClause && (path.tries?.catchEntries.get(record.startNode)?.includes(record) ?? false);
}

/**
 * Abrupt copies of a finally block. ESLint walks a finally block once per lane for normal
 * completion and, when the try (or its catch) can return or throw, once more per lane for
 * leaving it: twice as many copies as lanes, the abrupt ones second.
 */
function leavingFinallyEntries(path: RecordedPath, finalizer: TSESTree.BlockStatement): SegmentRecord[] {
  const entries = path.tries?.finallyEntries.get(finalizer) ?? [];
  const tryStatement = finalizer.parent;
  if (tryStatement.type !== AST_NODE_TYPES.TryStatement) return [];
  const lanes = path.tries?.lanesBeforeFinally.get(tryStatement) ?? 1;
  if (entries.length !== lanes * 2) return [];
  return entries.slice(lanes);
}


/**
 * A segment's predecessors. Inside a catch block, only segments inside that catch block precede
 * (ESLint forks a bypass path through the catch, and a switch inside a catch can merge it into a
 * case body: code after a `try` that completed normally never runs inside its catch).
 */
function predecessorsOf(path: RecordedPath, record: SegmentRecord): SegmentRecord[] {
  if (record.predecessors) return record.predecessors;
  const result: SegmentRecord[] = [];
  // The catch clause the segment lies in (its own clause for a catch entry), within its function:
  // only a function where a catch block started has one.
  const clause = path.tries && path.tries.catchEntries.size > 0 ? enclosingCatchClause(record.startNode) : null;
  const inside = clause !== null && record.startNode !== clause;
  for (const previous of record.segment.prevSegments) {
    const found = path.segments.get(previous.id);
    if (!found) continue;
    if (inside && !contains(clause, found.startNode)) continue;
    result.push(found);
  }
  record.predecessors = result;
  return result;
}


/** The nearest catch clause containing a node (or the node itself), not crossing a function. */
function enclosingCatchClause(node: TSESTree.Node): TSESTree.CatchClause | null {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.CatchClause) return current;
    if (isFunctionNode(current)) return null;
  }
  return null;
}

/** Whether a fact holds on the edge from `from` to `to` (edgeState's answer, without building the state). */
function edgeHas(from: SegmentRecord, to: SegmentRecord, fact: string): boolean {
  if (from.exit === null) return false;
  if (from.exit.has(fact)) return true;
  const test = from.lastTest;
  if (!test || from.segment.nextSegments.length < 2) return false;
  const outcome = outcomeOf(test, from, to);
  if (outcome === true) return test.whenTrue.includes(fact);
  if (outcome === false) return test.whenFalse.includes(fact);
  return false;
}

/** Every fact a function's solve could have established anywhere: its initial state, gens, test outcomes and lazy facts. */
function mentionedFacts(path: RecordedPath): ReadonlySet<string> {
  if (path.mentioned) return path.mentioned;
  const mentioned = new Set<string>(path.initialFacts);
  for (const record of path.segments.values()) {
    for (const event of record.events) {
      if (event.kind === 'gen') for (const item of event.facts) mentioned.add(item);
      else if (event.kind === 'test') for (const item of [...event.whenTrue, ...event.whenFalse]) mentioned.add(item);
    }
  }
  for (const facts of path.lazyFacts?.values() ?? []) for (const item of facts) mentioned.add(item);
  path.mentioned = mentioned;
  return mentioned;
}

/** The state flowing along the edge from `from` to `to`, with the facts of the test outcome taken. */
function edgeState(from: SegmentRecord, to: SegmentRecord): FactState {
  const test = from.lastTest;
  if (from.exit === null || !test || from.segment.nextSegments.length < 2) return from.exit;
  const outcome = outcomeOf(test, from, to);
  if (outcome === true) return union(from.exit, test.whenTrue);
  if (outcome === false) return union(from.exit, test.whenFalse);
  return from.exit;
}

function outcomeOf(test: Extract<FlowEvent, { kind: 'test' }>, from: SegmentRecord, to: SegmentRecord): boolean | null {
  const { whenTrue, whenFalse } = test.targets;
  if (whenTrue === whenFalse) return null;
  if (whenTrue && to.startNode === whenTrue) return true;
  if (whenFalse && to.startNode === whenFalse) return false;
  return null;
}

/** What a segment without throwable points contributes to handlers (never added to). */
const NO_CONTRIBUTIONS: Contribution[] = [];

interface Contribution {
  readonly target: SegmentRecord;
  /** The throwable point (an event is recorded in one segment only). */
  readonly key: FlowEvent;
  readonly state: FactState;
}

/** Solves one function; returns the state at each nested function's creation. */
type QueryCopyWithNode = QueryCopy & { readonly node: TSESTree.Node; readonly tag: string };

function solvePath(path: RecordedPath, initial: ReadonlySet<string>, queries: QueryCopyWithNode[]): Map<TSESTree.Node, FactState> {
  // In start order: segments are recorded as they start.
  const records = [...path.segments.values()];
  path.initialFacts = initial;
  path.mentioned = null;
  for (const record of records) {
    record.visited = false;
    record.entry = null;
    record.exit = null;
    record.lastTest = null;
    record.queued = false;
  }
  const initialRecord = path.segments.get(path.codePath.initialSegment.id);
  // Throwable points contribute to handler entries: target → (source key → state).
  const contributions = new Map<SegmentRecord, Map<FlowEvent, FactState>>();
  const handlerEntries = (handler: Handler, event: Extract<FlowEvent, { kind: 'throwable' }>): SegmentRecord[] => {
    let entries: SegmentRecord[];
    if (handler.kind === 'catch') {
      const clause = handler.tryStatement.handler;
      entries = clause ? (path.tries?.catchEntries.get(clause) ?? []) : [];
    } else {
      const finalizer = handler.tryStatement.finalizer;
      entries = finalizer ? leavingFinallyEntries(path, finalizer) : [];
    }
    // Inside a finally block ESLint walks parallel lanes (normal copies first, then abrupt ones,
    // doubling with each nested finally); an error stays in its lane.
    const own = entries.length > 0 && event.lanes % entries.length === 0 ? entries[event.lane % entries.length] : undefined;
    return own ? [own] : entries;
  };

  // Fixed for the solve: asked on every visit of the worklist.
  const catchEntries = new Set<SegmentRecord>();
  for (const list of path.tries?.catchEntries.values() ?? []) for (const record of list) catchEntries.add(record);
  const leavingEntries = new Set<SegmentRecord>();
  for (const finalizer of path.tries?.finallyEntries.keys() ?? []) for (const record of leavingFinallyEntries(path, finalizer)) leavingEntries.add(record);
  const isHandler = (segmentId: string): boolean => {
    const record = path.segments.get(segmentId);
    return record !== undefined && (catchEntries.has(record) || leavingEntries.has(record));
  };

  const entryOf = (record: SegmentRecord): FactState => {
    if (record === initialRecord) return initial;
    if (!record.segment.reachable) return null;
    if (catchEntries.has(record)) {
      const incoming = contributions.get(record);
      return incoming ? intersect([...incoming.values()]) : null;
    }
    const states: FactState[] = [];
    const leaving = leavingEntries.has(record);
    for (const predecessor of predecessorsOf(path, record)) {
      if (!predecessor.visited) continue;
      // A leaving finally keeps only abrupt predecessors (returns, throws, breaks); ESLint also
      // links normal completions and the first throwable point, which the contributions replace.
      if (leaving && predecessor.segment.nextSegments.some((next) => !isHandler(next.id))) continue;
      states.push(edgeState(predecessor, record));
    }
    if (leaving) {
      const incoming = contributions.get(record);
      if (incoming) states.push(...incoming.values());
    }
    if (states.length === 0) return null;
    return intersect(states);
  };

  const transfer = (record: SegmentRecord, collect: QueryCopyWithNode[] | null, closures: Map<TSESTree.Node, FactState> | null): Contribution[] => {
    let state: FactState = record.entry;
    let produced: Contribution[] = NO_CONTRIBUTIONS;
    record.lastTest = null;
    const events = record.events;
    for (let index = 0; index < events.length; index++) {
      const event = events[index] as FlowEvent;
      switch (event.kind) {
        case 'gen':
          state = union(state, event.facts);
          break;
        case 'kill':
          if (state !== null) {
            const next = new Set<string>();
            for (const item of state) if (!isKilledBy(item, event)) next.add(item);
            state = next;
          }
          break;
        case 'copy':
          state = union(state, copiedFacts(state, event.from, event.to));
          break;
        case 'lazy': {
          const facts = event.resolve();
          (path.lazyFacts ??= new Map()).set(event, facts);
          state = union(state, facts);
          break;
        }
        case 'test':
          record.lastTest = event;
          break;
        case 'exit':
          state = null;
          break;
        case 'query':
          collect?.push({ node: event.node, tag: event.tag, facts: state, path, segment: record.segment.id, eventIndex: index });
          break;
        case 'closure':
          closures?.set(event.fn, state);
          break;
        case 'throwable':
          for (const handler of event.handlers) {
            for (const target of handlerEntries(handler, event)) {
              const contribution = { target, key: event, state };
              if (produced === NO_CONTRIBUTIONS) produced = [contribution];
              else produced.push(contribution);
            }
          }
          break;
      }
    }
    record.exit = state;
    return produced;
  };

  // Worklist in start order; facts only shrink from "every fact", so this terminates.
  const queue = new SegmentQueue(records);
  for (;;) {
    const current = queue.pop();
    if (!current) break;
    const entry = entryOf(current);
    if (current.visited && sameState(entry, current.entry)) continue;
    current.entry = entry;
    const firstVisit = !current.visited;
    current.visited = true;
    const previousExit = current.exit;
    const previousTest = current.lastTest;
    const produced = transfer(current, null, null);
    for (const contribution of produced) {
      const incoming = contributions.get(contribution.target) ?? new Map<FlowEvent, FactState>();
      const before = incoming.get(contribution.key);
      if (!incoming.has(contribution.key) || !sameState(before ?? null, contribution.state)) {
        incoming.set(contribution.key, contribution.state);
        contributions.set(contribution.target, incoming);
        queue.push(contribution.target);
      }
    }
    const changed = firstVisit || !sameState(previousExit, current.exit) || previousTest !== current.lastTest;
    // A handler's entry is queued by its contributions above; the segments that follow, here.
    if (changed) {
      const nextSegments = current.segment.nextSegments;
      for (let i = 0; i < nextSegments.length; i++) {
        const next = path.segments.get((nextSegments[i] as CodePathSegment).id);
        if (next) queue.push(next);
      }
    }
  }

  const closures = new Map<TSESTree.Node, FactState>();
  for (const record of records) {
    if (!record.visited) record.entry = entryOf(record);
    const collect = record.segment.reachable ? queries : null;
    transfer(record, collect, closures);
    if (!record.segment.reachable) {
      for (const event of record.events) {
        if (event.kind === 'query') {
          queries.push({ node: event.node, tag: event.tag, facts: null, path, segment: record.segment.id, eventIndex: -1 });
        }
      }
    }
  }
  const returned = new Set(path.codePath.returnedSegments.map((segment) => segment.id));
  path.returnStates = records.filter((record) => returned.has(record.segment.id) && record.segment.reachable).map((record) => record.exit);
  path.exitFacts = intersect(path.returnStates);
  return closures;
}


/** Whether a segment kills a fact, or ends its path, before event `until` (default: anywhere). */
function blocks(record: SegmentRecord, fact: string, until = Number.POSITIVE_INFINITY): boolean {
  const events = record.events;
  for (let index = 0; index < events.length && index < until; index++) {
    const event = events[index] as FlowEvent;
    if (event.kind === 'exit') return true;
    if (event.kind === 'kill' && isKilledBy(fact, event)) return true;
  }
  return false;
}

/** The branching statement where a path lacking a fact split off: the fork's test, or its try. */
function forkStatement(path: RecordedPath, from: SegmentRecord): TSESTree.Node | null {
  const seen = new Set<SegmentRecord>();
  let current: SegmentRecord | undefined = from;
  while (current && !seen.has(current)) {
    seen.add(current);
    if (current.lastTest && current.segment.nextSegments.length >= 2) return branchingStatementOf(current.lastTest.node);
    if (current.segment.nextSegments.length >= 2) {
      const statement = enclosingBranching(current.endNode ?? current.startNode);
      if (statement) return statement;
    }
    if (isCatchEntry(path, current)) return tryStatementOf(current.startNode);
    const predecessors = predecessorsOf(path, current);
    current = predecessors.length === 1 ? predecessors[0] : undefined;
  }
  return null;
}

function branchingStatementOf(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent) {
    const parent: TSESTree.Node = current.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ForStatement:
        if (parent.test === current) return parent;
        break;
      case AST_NODE_TYPES.SwitchCase:
        if (parent.test === current) return parent.parent;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        break;
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
        break;
      default:
        return current.type === AST_NODE_TYPES.LogicalExpression ? current : node;
    }
    current = parent;
  }
  return node;
}

function enclosingBranching(node: TSESTree.Node): TSESTree.Node | null {
  let current: TSESTree.Node | undefined = node;
  while (current && !isFunctionNode(current)) {
    switch (current.type) {
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.SwitchStatement:
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.TryStatement:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
        return current;
      default:
        current = current.parent;
    }
  }
  return null;
}

function tryStatementOf(node: TSESTree.Node): TSESTree.Node | null {
  let current: TSESTree.Node | undefined = node;
  while (current) {
    if (current.type === AST_NODE_TYPES.TryStatement) return current;
    current = current.parent;
  }
  return null;
}

/** A priority queue of segments by start order, each queued at most once at a time. */
class SegmentQueue {
  readonly #heap: SegmentRecord[] = [];

  constructor(initial: readonly SegmentRecord[]) {
    for (const record of initial) this.push(record);
  }

  push(record: SegmentRecord): void {
    if (record.queued) return;
    record.queued = true;
    const heap = this.#heap;
    heap.push(record);
    let index = heap.length - 1;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex];
      if (!parent || parent.order <= record.order) break;
      heap[index] = parent;
      heap[parentIndex] = record;
      index = parentIndex;
    }
  }

  pop(): SegmentRecord | undefined {
    const heap = this.#heap;
    const top = heap[0];
    if (!top) return undefined;
    const last = heap.pop();
    if (last && heap.length > 0) {
      heap[0] = last;
      let index = 0;
      for (;;) {
        const left = index * 2 + 1;
        const right = left + 1;
        let smallest = index;
        const leftRecord = heap[left];
        const rightRecord = heap[right];
        const smallestRecord = heap[smallest];
        if (leftRecord && smallestRecord && leftRecord.order < smallestRecord.order) smallest = left;
        const candidate = heap[smallest];
        if (rightRecord && candidate && rightRecord.order < candidate.order) smallest = right;
        if (smallest === index) break;
        const moved = heap[smallest];
        if (!moved) break;
        heap[smallest] = last;
        heap[index] = moved;
        index = smallest;
      }
    }
    top.queued = false;
    return top;
  }
}
