import type { TSESTree } from '@typescript-eslint/utils';
import assert from 'node:assert/strict';

import type { CallFlow, ValueCallContext } from '../../../lib/matching/value-calls.js';
import { callFlow, isErrorName, isSanitizingName } from '../../../lib/matching/value-calls.js';
import type { Parsed } from '../helpers.js';
import { parse } from '../helpers.js';

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** A readable summary of a call flow: the kind, then the inputs' text and the step. */
function summary(flow: CallFlow, parsed: Parsed): string {
  const text = (node: TSESTree.Node): string => parsed.sourceCode.getText(node);
  switch (flow.kind) {
    case 'clean':
    case 'opaque':
      return flow.kind;
    case 'through':
      return `through ${flow.inputs.map(text).join(', ')} as ${flow.step}`;
    case 'entries':
      return `entries of ${text(flow.object)} as ${flow.step}`;
    case 'without':
    case 'pick':
      return `${flow.kind} ${flow.keys === null ? '?' : flow.keys.map((key) => key.name).join(',')} of ${text(flow.object)} as ${flow.step}`;
  }
}

interface Setup {
  readonly sanitizers?: readonly string[];
  readonly errors?: readonly string[];
  readonly redacting?: readonly string[];
  readonly unknownCallsCarry?: boolean;
  readonly typed?: boolean;
  readonly valueFreeResults?: readonly string[];
}

/** The flow of the last call in `code` (the outermost call of the last statement). */
function flowOf(code: string, setup: Setup = {}): string {
  const parsed = parse(code);
  const last = [...parsed.calls].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  const lastStatement = parsed.sourceCode.ast.body[parsed.sourceCode.ast.body.length - 1];
  assert.ok(lastStatement);
  const call = last.find((node) => node.range[0] >= lastStatement.range[0] && !last.some((outer) => outer !== node && outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1] && outer.range[0] >= lastStatement.range[0]));
  assert.ok(call, `a call in ${code}`);
  const calleeText = (node: CallNode): string => parsed.sourceCode.getText(node.callee);
  const context: ValueCallContext = {
    calleePaths: (node) => parsed.resolver.pathsOf(node.callee),
    isConfiguredSanitizer: (node) => (setup.sanitizers ?? []).includes(calleeText(node)),
    isErrorConstructor: (callee) => (setup.errors ?? []).includes(parsed.sourceCode.getText(callee)),
    isSelfRedacting: (node) => (setup.redacting ?? []).includes(calleeText(node)),
    unknownCallsCarry: setup.unknownCallsCarry ?? false,
    typed: setup.typed ?? false,
    isValueFreeResult: (node) => (setup.valueFreeResults ?? []).includes(calleeText(node)),
  };
  return summary(callFlow(call, context), parsed);
}

describe('lib/matching/value-calls', () => {
  describe('sanitizers', () => {
    it('calls whose name has a sanitizing word', () => {
      for (const code of ['maskPassword(p);', 'mask_dict_password(d);', 'redact(t);', 'util.sanitizeHeaders(h);', 'scrub(x);', 'censor(x);', 'obfuscate(x);', 'sha256Hash(x);', 'encryptValue(x);', 'crypto.createHash("sha1").update(x).digest("hex");', 'hmac(x);']) {
        assert.equal(flowOf(code), 'clean', code);
      }
    });

    it('configured sanitizers', () => {
      assert.equal(flowOf('cleanse(p);', { sanitizers: ['cleanse'] }), 'clean');
      assert.equal(flowOf('cleanse(p);'), 'opaque');
    });

    it('a full mask with replace, but not a partial one', () => {
      assert.equal(flowOf("p.replace(/./g, '*');"), 'clean');
      assert.equal(flowOf("p.replaceAll(/[\\s\\S]/g, '*');"), 'clean');
      assert.equal(flowOf("p.replace(/./, '*');"), 'through p as `.replace()`');
      assert.equal(flowOf("p.replace(/\\./g, '*');"), 'through p as `.replace()`');
      assert.equal(flowOf("p.replace(/a/g, '*');"), 'through p as `.replace()`');
    });

    it('value-free functions and methods', () => {
      for (const code of ['Boolean(p);', 'Number(p);', 'parseInt(p);', 'Object.keys(d);', 'Array.isArray(d);', 'p.includes("x");', 'p.startsWith("x");', 'p.indexOf("x");', '/x/.test(p);']) {
        assert.equal(flowOf(code), 'clean', code);
      }
    });

    it('self-redacting constructors', () => {
      assert.equal(flowOf('new Secret(p);', { redacting: ['Secret'] }), 'clean');
      assert.equal(flowOf('new Secret(p);'), 'opaque');
    });

    it('isSanitizingName splits words', () => {
      assert.equal(isSanitizingName('maskDictPassword'), true);
      assert.equal(isSanitizingName('REDACTED_VALUE'), true);
      assert.equal(isSanitizingName('damask'), false);
      assert.equal(isSanitizingName('hashtag'), false);
    });
  });

  describe('carriers', () => {
    it('conversions', () => {
      assert.equal(flowOf('String(p);'), 'through p as `String()`');
      assert.equal(flowOf('JSON.stringify(d, null, 2);'), 'through d as `JSON.stringify`');
      assert.equal(flowOf('encodeURIComponent(p);'), 'through p as `encodeURIComponent()`');
      assert.equal(flowOf('Buffer.from(p).toString("base64");'), 'through Buffer.from(p) as `.toString()`');
    });

    it('util.inspect and util.format through imports, node: prefixes included', () => {
      assert.equal(flowOf("import util from 'node:util';\nutil.inspect(d);"), 'through d as `util.inspect`');
      assert.equal(flowOf("import { format } from 'util';\nformat('%s', p);"), "through '%s', p as `format()`");
    });

    it('string and array methods keep the receiver', () => {
      for (const method of ['slice(0, 4)', 'substring(1)', 'trim()', 'toUpperCase()', 'split(":")', 'padStart(10)', 'at(0)', 'join(" ")', 'filter(Boolean)', 'toString()', 'valueOf()']) {
        assert.equal(flowOf(`p.${method};`), `through p as \`.${method.slice(0, method.indexOf('('))}()\``, method);
      }
    });

    it('concat carries its arguments too', () => {
      assert.equal(flowOf('a.concat(b, c);'), 'through a, b, c as `.concat()`');
    });

    it('Object.assign, Object.values, Array.from and URL', () => {
      assert.equal(flowOf('Object.assign({}, d);'), 'through {}, d as `Object.assign`');
      assert.equal(flowOf('Object.values(d);'), 'through d as `Object.values`');
      assert.equal(flowOf('Array.from(s);'), 'through s as `Array.from`');
      assert.equal(flowOf('new URL(u);'), 'through u as `new URL(...)`');
    });

    it('errors: by name, by the policy, as a call or with new', () => {
      assert.equal(flowOf('new Error(m);'), 'through m as `new Error(...)`');
      assert.equal(flowOf('new BmcException(m);'), 'through m as `new BmcException(...)`');
      assert.equal(flowOf('new Failure(m);', { errors: ['Failure'] }), 'through m as `new Failure(...)`');
      assert.equal(flowOf('TypeError(m);'), 'through m as `TypeError(...)`');
      assert.equal(flowOf('new Failure(m);'), 'opaque');
    });

    it('isErrorName looks at the last word', () => {
      assert.equal(isErrorName('DriverException'), true);
      assert.equal(isErrorName('BMC_ERROR'), true);
      assert.equal(isErrorName('ErrorHandler'), false);
    });
  });

  describe('entries, omit and pick', () => {
    it('Object.entries and .entries() are pairs of their object', () => {
      assert.equal(flowOf('Object.entries(d);'), 'entries of d as `Object.entries`');
      assert.equal(flowOf('m.entries();'), 'entries of m as `.entries()`');
      assert.equal(flowOf('m.entries(x);'), 'opaque');
    });

    it('omit and pick read literal keys in lodash and ramda order', () => {
      assert.equal(flowOf("_.omit(d, ['a', 'b']);"), 'without a,b of d as `omit()`');
      assert.equal(flowOf("omit(d, 'a', 'b');"), 'without a,b of d as `omit()`');
      assert.equal(flowOf("R.omit(['a'], d);"), 'without a of d as `omit()`');
      assert.equal(flowOf("_.pick(d, ['host']);"), 'pick host of d as `pick()`');
      assert.equal(flowOf('_.pick(d, keys);'), 'pick ? of d as `pick()`');
    });

    it('with types an omit is opaque: the type of what remains decides', () => {
      assert.equal(flowOf("_.omit(d, ['a']);", { typed: true }), 'opaque');
      assert.equal(flowOf("_.pick(d, ['a']);", { typed: true }), 'pick a of d as `pick()`');
    });

    it('one argument is no omit', () => {
      assert.equal(flowOf('omit(d);'), 'opaque');
    });
  });

  describe('unknown calls', () => {
    it('are opaque by default', () => {
      assert.equal(flowOf('format(p);'), 'opaque');
      assert.equal(flowOf('client.describe(t);'), 'opaque');
    });

    it('carry receiver and arguments when told to', () => {
      assert.equal(flowOf('format(p);', { unknownCallsCarry: true }), 'through p as an unknown call');
      assert.equal(flowOf('client.describe(t);', { unknownCallsCarry: true }), 'through t, client as an unknown call');
    });

    it('do not carry when awaited (the result comes from input and output), nor values inside an options object', () => {
      assert.equal(flowOf('async function f() { return await selectOwner(token); }', { unknownCallsCarry: true }), 'opaque');
      assert.equal(flowOf('fetch(url, { headers: { authorization } });', { unknownCallsCarry: true }), 'through url as an unknown call');
    });

    it('carry nothing when their result is value-free by type', () => {
      assert.equal(flowOf('isValid(t);', { unknownCallsCarry: true, valueFreeResults: ['isValid'] }), 'clean');
      assert.equal(flowOf('isValid(t);', { unknownCallsCarry: false, valueFreeResults: ['isValid'] }), 'opaque');
    });
  });
});
