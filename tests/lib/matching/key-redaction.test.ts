import assert from 'node:assert/strict';

import { guardingTest } from '../../../lib/matching/falsy-narrowing.js';
import { showsNonSecretKey } from '../../../lib/matching/key-redaction.js';
import { parse } from '../helpers.js';

const SECRET_WORDS = ['password', 'pass', 'token', 'secret', 'key'];
const isSecretText = (text: string): boolean => SECRET_WORDS.some((word) => text.toLowerCase().split(/[^a-z]+/u).includes(word) || text.toLowerCase().includes(word));

/** Whether the first argument of the first `log` call, a pair's value, is where a test showed its key `k` names no secret. */
function redactedAtLog(code: string): boolean {
  const parsed = parse(code);
  const argument = parsed.call('log', 0).arguments[0];
  assert.ok(argument);
  const key = parsed.sourceCode.scopeManager?.scopes.flatMap((scope) => scope.variables).find((variable) => variable.name === 'k');
  assert.ok(key);
  return guardingTest(argument, (test, outcome) => showsNonSecretKey(test, key, outcome, isSecretText, parsed.resolver)) !== null;
}

function expect(cases: readonly (readonly [string, boolean])[]): void {
  assert.deepEqual(
    cases.map(([code]) => [code, redactedAtLog(code)]),
    cases.map(([code, expected]) => [code, expected]),
  );
}

describe('lib/matching/key-redaction', () => {
  it('a search of the key for two secret names at least, on the side where it fails', () => {
    expect([
      ["function f(k, v) { if (k.includes('password') || k.includes('token')) return; log(v); }", true],
      ["function f(k, v) { if (!k.includes('password') && !k.endsWith('_key')) log(v); }", true],
      ["function f(k, v) { if (k.includes('password') || k.includes('token')) log(v); }", false],
      ["function f(k, v) { return /pass(word)?|api_key/i.test(k.toLowerCase()) ? '***' : log(v); }", true],
      ["function f(k, v) { if (k.indexOf('secret') === -1 && k.indexOf('token') === -1) log(v); }", true],
      ["function f(k, v) { if (k.indexOf('secret') && k.indexOf('token')) log(v); }", false],
      ["function f(k, v) { if (k !== 'password' && k !== 'token') log(v); }", true],
      ["function f(k, v) { if (k.includes('address') || k.includes('host')) return; log(v); }", false],
    ]);
  });

  it('one name ruled out lets the others through', () => {
    expect([
      ["function f(k, v) { if (k.includes('password')) return; log(v); }", false],
      ["function f(k, v) { if (k !== 'password') log(v); }", false],
      ["function f(k, v) { if (/password/.test(k)) return; log(v); }", false],
      ["function f(k, v, x) { if (k.includes('password') || x) return; log(v); }", false],
    ]);
  });

  it('lists written in the file, predicates named for the test, and && / ||', () => {
    expect([
      ["const S = ['password', 'token']; function f(k, v) { if (S.includes(k)) return; log(v); }", true],
      ["const S = new Set(['secret', 'api_key']); function f(k, v) { if (!S.has(k)) log(v); }", true],
      ["const S = ['name', 'address']; function f(k, v) { if (S.includes(k)) return; log(v); }", false],
      ['function f(k, v) { if (isSensitive(k)) return; log(v); }', true],
      ['function f(k, v) { if (isPrivate(k)) return; log(v); }', false],
      ['function f(k, v) { if (isLong(k)) return; log(v); }', false],
      ["function f(k, v, x) { if (isSensitive(k) && x) return; log(v); }", false],
      ["function f(k, v, x) { if (!isSensitive(k) && x) log(v); }", true],
      ["function f(k, v, x) { if (!isSensitive(k) || (k !== 'password' && k !== 'token')) log(v); }", true],
    ]);
  });
});
