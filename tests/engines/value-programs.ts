/**
 * Straight-line programs for differential testing of the value-flow engine: declarations and
 * reassignments of `v0`…`v4` from expressions over `secret` (the source), string literals, earlier
 * variables, template literals, concatenation, `sanitize(x)` (cleans), `unknown(x)` (carries
 * nothing), `JSON.stringify(x)`, object literals with keys `a`/`b`, spreads, property reads and
 * array joins, and `sink(x)` calls. `evaluate` runs a program on an abstract value domain
 * (is this string made from the secret; which fields of this object are) and answers, per sink,
 * whether the secret reaches it.
 */
import fc from 'fast-check';

export type Expr =
  | { readonly kind: 'array'; readonly elements: readonly Expr[] }
  | { readonly kind: 'concat' | 'template'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'json' | 'sanitize' | 'unknown'; readonly argument: Expr }
  | { readonly kind: 'literal' }
  | { readonly kind: 'member'; readonly variable: number; readonly key: 'a' | 'b' }
  | { readonly kind: 'object'; readonly a: Expr; readonly b: Expr | null; readonly spread: number | null }
  | { readonly kind: 'secret' }
  | { readonly kind: 'variable'; readonly variable: number };

export type Statement =
  | { readonly kind: 'assign'; readonly variable: number; readonly value: Expr }
  | { readonly kind: 'sink'; readonly value: Expr };

export interface Program {
  readonly statements: readonly Statement[];
}

const VARIABLES = 5;

const exprArbitrary: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant<Expr>({ kind: 'secret' }),
    fc.constant<Expr>({ kind: 'literal' }),
    fc.record({ kind: fc.constant('variable' as const), variable: fc.nat(VARIABLES - 1) }),
    fc.record({ kind: fc.constant('member' as const), variable: fc.nat(VARIABLES - 1), key: fc.constantFrom('a' as const, 'b' as const) }),
    fc.record({ kind: fc.constantFrom('concat' as const, 'template' as const), left: tie('expr'), right: tie('expr') }),
    fc.record({ kind: fc.constantFrom('json' as const, 'sanitize' as const, 'unknown' as const), argument: tie('expr') }),
    fc.record({
      kind: fc.constant('object' as const),
      a: tie('expr'),
      b: fc.option(tie('expr'), { nil: null }),
      spread: fc.option(fc.nat(VARIABLES - 1), { nil: null }),
    }),
    fc.record({ kind: fc.constant('array' as const), elements: fc.array(tie('expr'), { minLength: 1, maxLength: 3 }) }),
  ),
})).expr;

const statementArbitrary: fc.Arbitrary<Statement> = fc.oneof(
  fc.record({ kind: fc.constant('assign' as const), variable: fc.nat(VARIABLES - 1), value: exprArbitrary }),
  fc.record({ kind: fc.constant('sink' as const), value: exprArbitrary }),
);

/** Programs whose variables are read only after their first assignment. */
export const programArbitrary: fc.Arbitrary<Program> = fc
  .array(statementArbitrary, { minLength: 1, maxLength: 10 })
  .map((statements) => ({ statements: defineBeforeUse(statements) }));

function defineBeforeUse(statements: readonly Statement[]): Statement[] {
  const defined = new Set<number>();
  const fix = (expr: Expr): Expr => {
    switch (expr.kind) {
      case 'variable':
      case 'member':
        return defined.has(expr.variable) ? expr : { kind: 'literal' };
      case 'concat':
      case 'template':
        return { ...expr, left: fix(expr.left), right: fix(expr.right) };
      case 'json':
      case 'sanitize':
      case 'unknown':
        return { ...expr, argument: fix(expr.argument) };
      case 'object':
        return { ...expr, a: fix(expr.a), b: expr.b ? fix(expr.b) : null, spread: expr.spread !== null && defined.has(expr.spread) ? expr.spread : null };
      case 'array':
        return { ...expr, elements: expr.elements.map(fix) };
      default:
        return expr;
    }
  };
  return statements.map((statement) => {
    const value = fix(statement.value);
    if (statement.kind === 'assign') defined.add(statement.variable);
    return { ...statement, value };
  });
}

function renderExpr(expr: Expr): string {
  switch (expr.kind) {
    case 'secret':
      return 'secret';
    case 'literal':
      return "'text'";
    case 'variable':
      return `v${String(expr.variable)}`;
    case 'member':
      return `v${String(expr.variable)}.${expr.key}`;
    case 'concat':
      return `(${renderExpr(expr.left)} + ${renderExpr(expr.right)})`;
    case 'template':
      return `\`\${${renderExpr(expr.left)}}-\${${renderExpr(expr.right)}}\``;
    case 'json':
      return `JSON.stringify(${renderExpr(expr.argument)})`;
    case 'sanitize':
      return `sanitize(${renderExpr(expr.argument)})`;
    case 'unknown':
      return `unknown(${renderExpr(expr.argument)})`;
    case 'object': {
      const parts = [`a: ${renderExpr(expr.a)}`];
      if (expr.b) parts.push(`b: ${renderExpr(expr.b)}`);
      if (expr.spread !== null) parts.unshift(`...v${String(expr.spread)}`);
      return `{ ${parts.join(', ')} }`;
    }
    case 'array':
      return `[${expr.elements.map(renderExpr).join(', ')}].join(',')`;
  }
}

export function render(program: Program): string {
  const declared = new Set<number>();
  const lines = program.statements.map((statement) => {
    if (statement.kind === 'sink') return `  sink(${renderExpr(statement.value)});`;
    const name = `v${String(statement.variable)}`;
    if (declared.has(statement.variable)) return `  ${name} = ${renderExpr(statement.value)};`;
    declared.add(statement.variable);
    return `  let ${name}: any = ${renderExpr(statement.value)};`;
  });
  return `function f(secret: string) {\n${lines.join('\n')}\n}\n`;
}

// --- the reference interpreter --------------------------------------------------------------------

/** A string (made from the secret or not), or an object with fields. */
type Value = { readonly kind: 'object'; readonly fields: ReadonlyMap<string, Value> } | { readonly kind: 'string'; readonly secret: boolean };

const CLEAN: Value = { kind: 'string', secret: false };

function tainted(value: Value): boolean {
  return value.kind === 'string' ? value.secret : [...value.fields.values()].some(tainted);
}

/** For each sink, in order: whether the secret reaches it. */
export function referenceSinks(program: Program): boolean[] {
  const variables = new Map<number, Value>();
  const evaluate = (expr: Expr): Value => {
    switch (expr.kind) {
      case 'secret':
        return { kind: 'string', secret: true };
      case 'literal':
        return CLEAN;
      case 'variable':
        return variables.get(expr.variable) ?? CLEAN;
      case 'member': {
        const value = variables.get(expr.variable);
        return value?.kind === 'object' ? (value.fields.get(expr.key) ?? CLEAN) : CLEAN;
      }
      case 'concat':
      case 'template':
        return { kind: 'string', secret: tainted(evaluate(expr.left)) || tainted(evaluate(expr.right)) };
      case 'json':
        return { kind: 'string', secret: tainted(evaluate(expr.argument)) };
      case 'sanitize':
      case 'unknown':
        evaluate(expr.argument);
        return CLEAN;
      case 'object': {
        const fields = new Map<string, Value>();
        if (expr.spread !== null) {
          const spread = variables.get(expr.spread);
          // Spreading a string spreads its characters (indexes), which still carry it.
          if (spread?.kind === 'object') for (const [key, value] of spread.fields) fields.set(key, value);
          else if (spread && tainted(spread)) fields.set('0', spread);
        }
        fields.set('a', evaluate(expr.a));
        if (expr.b) fields.set('b', evaluate(expr.b));
        return { kind: 'object', fields };
      }
      case 'array':
        return { kind: 'string', secret: expr.elements.map(evaluate).some(tainted) };
    }
  };
  const sinks: boolean[] = [];
  for (const statement of program.statements) {
    const value = evaluate(statement.value);
    if (statement.kind === 'assign') variables.set(statement.variable, value);
    else sinks.push(tainted(value));
  }
  return sinks;
}
