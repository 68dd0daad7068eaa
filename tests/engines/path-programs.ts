/**
 * Small generated functions for differential testing of the code-path engine: a grammar of
 * if/else, switch with fall-through, loops with break/continue and labels, try/catch/finally,
 * return/throw and short-circuit conditions, over one subject `x` with `check(x)` (establishes
 * the fact), `act(x)` (asks whether it holds on every path) and `ok(x)` (a test that establishes it
 * on its true outcome). `c()` is any other call. Every call and every `throw` may throw.
 *
 * `render` prints a program as JavaScript; `referenceVerdicts` answers, by exploring every
 * execution, which `act` calls are reached and whether `check` held on every way of reaching them.
 */
import fc from 'fast-check';

export type Cond =
  | { readonly kind: 'and' | 'or'; readonly left: Cond; readonly right: Cond }
  | { readonly kind: 'call' }
  | { readonly kind: 'not'; readonly operand: Cond }
  | { readonly kind: 'ok' };

export type Stmt =
  | { readonly kind: 'act'; readonly id: number }
  | { readonly kind: 'block'; readonly body: readonly Stmt[] }
  | { readonly kind: 'break' | 'continue'; readonly label: string | null }
  | { readonly kind: 'call' }
  | { readonly kind: 'check' }
  | { readonly kind: 'expr'; readonly cond: Cond; readonly act: number }
  | { readonly kind: 'if'; readonly cond: Cond; readonly then: Stmt; readonly otherwise: Stmt | null }
  | { readonly kind: 'loop'; readonly loop: 'do' | 'for' | 'while'; readonly cond: Cond; readonly body: Stmt; readonly label: string | null }
  | { readonly kind: 'return' | 'throw' }
  | { readonly kind: 'switch'; readonly cases: readonly { readonly body: readonly Stmt[] }[]; readonly hasDefault: boolean }
  | { readonly kind: 'try'; readonly block: readonly Stmt[]; readonly handler: readonly Stmt[] | null; readonly finalizer: readonly Stmt[] | null };

export interface Program {
  readonly body: readonly Stmt[];
  /** Number of act ids used (act ids are 0..acts-1 in source order). */
  readonly acts: number;
}

// --- generation ----------------------------------------------------------------------------------

const condArbitrary: fc.Arbitrary<Cond> = fc.letrec<{ cond: Cond }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Cond>({ kind: 'call' }),
    fc.constant<Cond>({ kind: 'ok' }),
    fc.record({ kind: fc.constant('not' as const), operand: tie('cond') }),
    fc.record({ kind: fc.constantFrom('and' as const, 'or' as const), left: tie('cond'), right: tie('cond') }),
  ),
})).cond;

/** A statement tree; loop labels and break/continue targets are fixed up when numbering. */
const statements = fc.letrec<{ stmt: Stmt; list: readonly Stmt[] }>((tie) => ({
  list: fc.array(tie('stmt'), { maxLength: 3 }),
  stmt: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Stmt>({ kind: 'check' }),
    fc.constant<Stmt>({ kind: 'act', id: 0 }),
    fc.constant<Stmt>({ kind: 'call' }),
    fc.constantFrom<Stmt>({ kind: 'return' }, { kind: 'throw' }, { kind: 'break', label: null }, { kind: 'continue', label: null }),
    fc.record({ kind: fc.constant('expr' as const), cond: condArbitrary, act: fc.constant(0) }),
    fc.record({ kind: fc.constant('block' as const), body: tie('list') }),
    fc.record({ kind: fc.constant('if' as const), cond: condArbitrary, then: tie('stmt'), otherwise: fc.option(tie('stmt'), { nil: null }) }),
    fc.record({
      kind: fc.constant('loop' as const),
      loop: fc.constantFrom('while' as const, 'do' as const, 'for' as const),
      cond: condArbitrary,
      body: tie('stmt'),
      label: fc.constantFrom(null, 'L'),
    }),
    fc.record({
      kind: fc.constant('switch' as const),
      cases: fc.array(fc.record({ body: tie('list') }), { minLength: 1, maxLength: 3 }),
      hasDefault: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('try' as const),
      block: tie('list'),
      handler: fc.option(tie('list'), { nil: null }),
      finalizer: fc.option(tie('list'), { nil: null }),
    }).map((stmt): Stmt => (stmt.handler === null && stmt.finalizer === null ? { ...stmt, handler: [] } : stmt)),
  ),
}));

/** Programs, normalised so that every break/continue has a target and acts are numbered. */
export const programArbitrary: fc.Arbitrary<Program> = fc.array(statements.stmt, { minLength: 1, maxLength: 5 }).map((body) => normalize(body));

interface Scope {
  readonly loops: readonly (string | null)[];
  readonly inSwitch: boolean;
  readonly labels: readonly string[];
  /** A try with a finally block lies between here and the innermost loop or switch. */
  readonly crossesFinally: boolean;
}

function normalize(body: readonly Stmt[]): Program {
  let acts = 0;
  let labelCount = 0;
  const fix = (stmt: Stmt, scope: Scope): Stmt => {
    switch (stmt.kind) {
      case 'act':
        return { kind: 'act', id: acts++ };
      case 'expr':
        return { ...stmt, act: acts++ };
      case 'break': {
        // ESLint's code path graph sends break and continue straight to their target, not
        // through an enclosing finally block; the grammar leaves that jump out (documented limit).
        if ((scope.loops.length === 0 && !scope.inSwitch) || scope.crossesFinally) return { kind: 'call' };
        const labelled = scope.labels[scope.labels.length - 1];
        return { kind: 'break', label: labelled !== undefined && labelCount % 2 === 0 ? labelled : null };
      }
      case 'continue': {
        if (scope.loops.length === 0 || scope.crossesFinally) return { kind: 'call' };
        const labelled = scope.labels[scope.labels.length - 1];
        return { kind: 'continue', label: labelled !== undefined && labelCount % 2 === 1 ? labelled : null };
      }
      case 'block':
        return { kind: 'block', body: stmt.body.map((item) => fix(item, scope)) };
      case 'if':
        return { ...stmt, then: fix(stmt.then, scope), otherwise: stmt.otherwise ? fix(stmt.otherwise, scope) : null };
      case 'loop': {
        const label = stmt.label === null ? null : `L${String(labelCount++)}`;
        const inner: Scope = { loops: [...scope.loops, label], inSwitch: false, labels: label ? [...scope.labels, label] : scope.labels, crossesFinally: false };
        return { ...stmt, label, body: fix(stmt.body, inner) };
      }
      case 'switch':
        return { ...stmt, cases: stmt.cases.map((item) => ({ body: item.body.map((inner) => fix(inner, { ...scope, inSwitch: true, crossesFinally: false })) })) };
      case 'try': {
        const guarded: Scope = stmt.finalizer ? { ...scope, crossesFinally: true } : scope;
        return {
          ...stmt,
          block: stmt.block.map((item) => fix(item, guarded)),
          handler: stmt.handler ? stmt.handler.map((item) => fix(item, guarded)) : null,
          finalizer: stmt.finalizer ? stmt.finalizer.map((item) => fix(item, guarded)) : null,
        };
      }
      default:
        return stmt;
    }
  };
  const fixed = body.map((stmt) => fix(stmt, { loops: [], inSwitch: false, labels: [], crossesFinally: false }));
  return { body: fixed, acts };
}

// --- rendering -------------------------------------------------------------------------------------

function renderCond(cond: Cond): string {
  switch (cond.kind) {
    case 'call':
      return 'c()';
    case 'ok':
      return 'ok(x)';
    case 'not':
      return `!${renderCond(cond.operand)}`;
    case 'and':
      return `(${renderCond(cond.left)} && ${renderCond(cond.right)})`;
    case 'or':
      return `(${renderCond(cond.left)} || ${renderCond(cond.right)})`;
  }
}

function renderStmt(stmt: Stmt, indent: string): string {
  const inner = `${indent}  `;
  const list = (items: readonly Stmt[]): string => items.map((item) => renderStmt(item, inner)).join('\n');
  switch (stmt.kind) {
    case 'check':
      return `${indent}check(x);`;
    case 'act':
      return `${indent}act(x, ${String(stmt.id)});`;
    case 'call':
      return `${indent}c();`;
    case 'return':
      return `${indent}return;`;
    case 'throw':
      return `${indent}throw e;`;
    case 'break':
    case 'continue':
      return `${indent}${stmt.kind}${stmt.label ? ` ${stmt.label}` : ''};`;
    case 'expr':
      return `${indent}${renderCond(stmt.cond)} && act(x, ${String(stmt.act)});`;
    case 'block':
      return `${indent}{\n${list(stmt.body)}\n${indent}}`;
    case 'if':
      return `${indent}if (${renderCond(stmt.cond)}) {\n${renderStmt(stmt.then, inner)}\n${indent}}${stmt.otherwise ? ` else {\n${renderStmt(stmt.otherwise, inner)}\n${indent}}` : ''}`;
    case 'loop': {
      const label = stmt.label ? `${stmt.label}: ` : '';
      const body = renderStmt(stmt.body, inner);
      if (stmt.loop === 'while') return `${indent}${label}while (${renderCond(stmt.cond)}) {\n${body}\n${indent}}`;
      if (stmt.loop === 'for') return `${indent}${label}for (c(); ${renderCond(stmt.cond)}; c()) {\n${body}\n${indent}}`;
      return `${indent}${label}do {\n${body}\n${indent}} while (${renderCond(stmt.cond)});`;
    }
    case 'switch': {
      const cases = stmt.cases.map((item, index) => `${inner}case ${String(index)}:\n${item.body.map((inner2) => renderStmt(inner2, `${inner}  `)).join('\n')}`);
      if (stmt.hasDefault) cases.push(`${inner}default:\n${inner}  c();`);
      return `${indent}switch (c()) {\n${cases.join('\n')}\n${indent}}`;
    }
    case 'try': {
      let text = `${indent}try {\n${list(stmt.block)}\n${indent}}`;
      if (stmt.handler) text += ` catch (err) {\n${list(stmt.handler)}\n${indent}}`;
      if (stmt.finalizer) text += ` finally {\n${list(stmt.finalizer)}\n${indent}}`;
      return text;
    }
  }
}

export function render(program: Program): string {
  return `function f(x) {\n${program.body.map((stmt) => renderStmt(stmt, '  ')).join('\n')}\n}\n`;
}

// --- the reference: every execution, explored over the finite state space -------------------------

/** A state: whether check(x) holds. */
type State = boolean;
type States = ReadonlySet<State>;

interface Outcome {
  readonly normal: Set<State>;
  readonly returns: Set<State>;
  readonly throws: Set<State>;
  /** label (or '' for unlabelled) → states */
  readonly breaks: Map<string, Set<State>>;
  readonly continues: Map<string, Set<State>>;
}

function emptyOutcome(): Outcome {
  return { normal: new Set(), returns: new Set(), throws: new Set(), breaks: new Map(), continues: new Map() };
}

function addAll(target: Set<State>, source: Iterable<State>): void {
  for (const item of source) target.add(item);
}

function addTo(map: Map<string, Set<State>>, key: string, states: Iterable<State>): void {
  const set = map.get(key) ?? new Set<State>();
  addAll(set, states);
  map.set(key, set);
}

function merge(into: Outcome, from: Outcome, withNormal = true): void {
  if (withNormal) addAll(into.normal, from.normal);
  addAll(into.returns, from.returns);
  addAll(into.throws, from.throws);
  for (const [key, value] of from.breaks) addTo(into.breaks, key, value);
  for (const [key, value] of from.continues) addTo(into.continues, key, value);
}

/** The verdict per act id: unreached, or whether check held on every execution reaching it. */
export type Verdict = 'dominated' | 'not-dominated' | 'unreached';

export function referenceVerdicts(program: Program): Verdict[] {
  const reached = Array.from({ length: program.acts }, () => new Set<State>());

  /** Evaluates a call: it may throw (in its pre-state), or return. */
  const call = (states: States, outcome: Outcome): void => {
    addAll(outcome.throws, states);
  };

  const condition = (cond: Cond, states: States, outcome: Outcome): { truthy: Set<State>; falsy: Set<State> } => {
    switch (cond.kind) {
      case 'call':
        call(states, outcome);
        return { truthy: new Set(states), falsy: new Set(states) };
      case 'ok':
        call(states, outcome);
        return { truthy: new Set([...states].map(() => true)), falsy: new Set(states) };
      case 'not': {
        const inner = condition(cond.operand, states, outcome);
        return { truthy: inner.falsy, falsy: inner.truthy };
      }
      case 'and': {
        const left = condition(cond.left, states, outcome);
        const right = condition(cond.right, left.truthy, outcome);
        return { truthy: right.truthy, falsy: new Set([...left.falsy, ...right.falsy]) };
      }
      case 'or': {
        const left = condition(cond.left, states, outcome);
        const right = condition(cond.right, left.falsy, outcome);
        return { truthy: new Set([...left.truthy, ...right.truthy]), falsy: right.falsy };
      }
    }
  };

  const sequence = (body: readonly Stmt[], states: States): Outcome => {
    const outcome = emptyOutcome();
    let current: Set<State> = new Set(states);
    for (const stmt of body) {
      if (current.size === 0) break;
      const result = exec(stmt, current);
      merge(outcome, result, false);
      current = result.normal;
    }
    addAll(outcome.normal, current);
    return outcome;
  };

  const exec = (stmt: Stmt, states: States): Outcome => {
    const outcome = emptyOutcome();
    switch (stmt.kind) {
      case 'check':
        call(states, outcome);
        if (states.size > 0) outcome.normal.add(true);
        return outcome;
      case 'act':
        addAll(reached[stmt.id] ?? new Set(), states);
        call(states, outcome);
        addAll(outcome.normal, states);
        return outcome;
      case 'call':
        call(states, outcome);
        addAll(outcome.normal, states);
        return outcome;
      case 'return':
        addAll(outcome.returns, states);
        return outcome;
      case 'throw':
        addAll(outcome.throws, states);
        return outcome;
      case 'break':
        addTo(outcome.breaks, stmt.label ?? '', states);
        return outcome;
      case 'continue':
        addTo(outcome.continues, stmt.label ?? '', states);
        return outcome;
      case 'expr': {
        const test = condition(stmt.cond, states, outcome);
        addAll(reached[stmt.act] ?? new Set(), test.truthy);
        call(test.truthy, outcome);
        addAll(outcome.normal, test.truthy);
        addAll(outcome.normal, test.falsy);
        return outcome;
      }
      case 'block':
        return sequence(stmt.body, states);
      case 'if': {
        const test = condition(stmt.cond, states, outcome);
        const yes = exec(stmt.then, test.truthy);
        merge(outcome, yes);
        if (stmt.otherwise) merge(outcome, exec(stmt.otherwise, test.falsy));
        else addAll(outcome.normal, test.falsy);
        return outcome;
      }
      case 'loop':
        return loop(stmt, states);
      case 'switch': {
        call(states, outcome);
        // Any case may match, or none (then the default runs, or nothing); bodies fall through.
        const bodies: (readonly Stmt[])[] = stmt.cases.map((item) => item.body);
        if (stmt.hasDefault) bodies.push([{ kind: 'call' }]);
        else addAll(outcome.normal, states);
        let fallthrough = new Set<State>();
        for (const body of bodies) {
          const result = sequence(body, new Set([...states, ...fallthrough]));
          merge(outcome, result, false);
          fallthrough = result.normal;
        }
        addAll(outcome.normal, fallthrough);
        addAll(outcome.normal, outcome.breaks.get('') ?? []);
        outcome.breaks.delete('');
        return outcome;
      }
      case 'try':
        return tryStatement(stmt, states);
    }
  };

  const loop = (stmt: Extract<Stmt, { kind: 'loop' }>, states: States): Outcome => {
    const outcome = emptyOutcome();
    const exits = new Set<State>();
    const own = (map: Map<string, Set<State>>): Set<State> => new Set([...(map.get('') ?? []), ...(stmt.label ? (map.get(stmt.label) ?? []) : [])]);
    const runBody = (entry: Set<State>): Set<State> => {
      const body = exec(stmt.body, entry);
      merge(outcome, body, false);
      addAll(exits, own(body.breaks));
      return new Set([...body.normal, ...own(body.continues)]);
    };
    if (stmt.loop === 'do') {
      const entry = new Set<State>(states);
      for (;;) {
        const size = entry.size;
        const next = runBody(new Set(entry));
        const test = condition(stmt.cond, next, outcome);
        addAll(exits, test.falsy);
        addAll(entry, test.truthy);
        if (entry.size === size) break;
      }
    } else {
      if (stmt.loop === 'for') call(states, outcome);
      const head = new Set<State>(states);
      for (;;) {
        const size = head.size;
        const test = condition(stmt.cond, head, outcome);
        addAll(exits, test.falsy);
        const next = runBody(test.truthy);
        if (stmt.loop === 'for') call(next, outcome);
        addAll(head, next);
        if (head.size === size) break;
      }
    }
    for (const map of [outcome.breaks, outcome.continues]) {
      map.delete('');
      if (stmt.label) map.delete(stmt.label);
    }
    addAll(outcome.normal, exits);
    return outcome;
  };

  const tryStatement = (stmt: Extract<Stmt, { kind: 'try' }>, states: States): Outcome => {
    const block = sequence(stmt.block, states);
    const afterCatch = emptyOutcome();
    if (stmt.handler) {
      merge(afterCatch, block, true);
      afterCatch.throws.clear();
      if (block.throws.size > 0) merge(afterCatch, sequence(stmt.handler, block.throws));
    } else {
      merge(afterCatch, block, true);
    }
    if (!stmt.finalizer) return afterCatch;
    // The finally block runs for every completion, then that completion goes on (unless the
    // finally block completes abruptly itself).
    const outcome = emptyOutcome();
    const finalizer = stmt.finalizer;
    const through = (states2: Set<State>, resume: (result: Set<State>) => void): void => {
      if (states2.size === 0) return;
      const result = sequence(finalizer, states2);
      merge(outcome, result, false);
      resume(result.normal);
    };
    through(afterCatch.normal, (result) => { addAll(outcome.normal, result); });
    through(afterCatch.returns, (result) => { addAll(outcome.returns, result); });
    through(afterCatch.throws, (result) => { addAll(outcome.throws, result); });
    for (const [label, set] of afterCatch.breaks) through(set, (result) => { addTo(outcome.breaks, label, result); });
    for (const [label, set] of afterCatch.continues) through(set, (result) => { addTo(outcome.continues, label, result); });
    return outcome;
  };

  sequence(program.body, new Set([false]));
  return reached.map((states) => (states.size === 0 ? 'unreached' : [...states].every(Boolean) ? 'dominated' : 'not-dominated'));
}
