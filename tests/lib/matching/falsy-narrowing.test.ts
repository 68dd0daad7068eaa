import assert from 'node:assert/strict';

import { isKnownFalsy } from '../../../lib/matching/falsy-narrowing.js';
import { parse } from '../helpers.js';

/** Whether the first argument of the `nth` call of `log` is known falsy. */
function falsyAtLog(code: string, nth = 0): boolean {
  const parsed = parse(code);
  const argument = parsed.call('log', nth).arguments[0];
  assert.ok(argument);
  return isKnownFalsy(argument, (identifier) => parsed.resolver.variableOf(identifier));
}

/** Each code with whether its first `log` argument is known falsy. */
function expect(cases: readonly (readonly [string, boolean])[]): void {
  assert.deepEqual(
    cases.map(([code]) => [code, falsyAtLog(code)]),
    cases.map(([code, expected]) => [code, expected]),
  );
}

describe('lib/matching/falsy-narrowing', () => {
  it('the branch a truthiness test does not take', () => {
    expect([
      ['function f(t) { if (!t) log(t); }', true],
      ['function f(t) { if (t) {} else { log(t); } }', true],
      ['function f(t) { if (t) log(t); }', false],
      ['function f(t) { return t ? 1 : log(t); }', true],
      ['function f(t) { t || log(t); }', true],
      ['function f(t) { t && log(t); }', false],
      ['function f(t) { t ?? log(t); }', false],
    ]);
  });

  it('nullish comparisons, negations and both sides of && and ||', () => {
    expect([
      ['function f(t) { if (t == null) log(t); }', true],
      ['function f(t) { if (undefined === t) log(t); }', true],
      ['function f(t) { if (t !== undefined) {} else log(t); }', true],
      ['function f(t) { if (t !== null) log(t); }', false],
      ['function f(t, x) { if (!t && x) log(t); }', true],
      ['function f(t, x) { if (!t || x) log(t); }', false],
      ['function f(t, x) { if (t || x) {} else log(t); }', true],
      ['function f(t) { if (!!t) {} else log(t); }', true],
    ]);
  });

  it('after a guard that leaves the block', () => {
    expect([
      ['function f(t) { if (t) return; log(t); }', true],
      ['function f(t) { if (t) { throw new Error(); } log(t); }', true],
      ['function f(t) { if (t) { g(); } log(t); }', false],
      ['function f(ts) { for (const t of ts) { if (t) continue; log(t); } }', true],
    ]);
  });

  it('fields and parts, unless a call, await or write may set them', () => {
    // The other branch does not run on the way.
    expect([
      ['class A { m() { if (!this.token) log(this.token); } }', true],
      ['class A { async m() { if (!this.token) { await this.login(); log(this.token); } } }', false],
      ['class A { m() { if (!this.token) { this.token = "x"; log(this.token); } } }', false],
      ['function f(o, p) { if (!o.auth) { o = p; log(o.auth); } }', false],
      ['class A { m() { if (this.token) { g(); } else { log(this.token); } } }', true],
    ]);
  });

  it('variables, unless written between, in a loop after the read or by another function', () => {
    expect([
      ['function f(t) { if (!t) { t = g(); log(t); } }', false],
      ['function f(t) { if (!t) { for (;;) { log(t); t = g(); } } }', false],
      ['function f(t) { const r = () => { t = 1; }; if (!t) { r(); log(t); } }', false],
      ['function f(t) { if (!t) { g(); log(t); } }', true],
    ]);
  });

  it('a test in an enclosing function does not count; nor do reads that are not names', () => {
    expect([
      ['function f(t) { if (!t) return () => log(t); }', false],
      ['function f(t) { if (!t()) log(t()); }', false],
      ['function f(o, k) { if (!o[k]) log(o[k]); }', false],
    ]);
  });
});
