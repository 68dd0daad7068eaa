/**
 * The value-flow engine on its own, under a small test policy: names starting with `secret` are
 * sources, names starting with `safe` stop the walk clean, literals containing `TOKEN` are sources,
 * and calls are classified by their callee's last name (see `testCallFlow`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import dedent from 'dedent';
import fc from 'fast-check';
import assert from 'node:assert/strict';

import type { CallFlow, NameKind, ValuePolicy } from '../../../lib/flow/value-flow.js';
import { ParameterSinks, ValueFlow, entryPointWithin, parameterPosition } from '../../../lib/flow/value-flow.js';
import { staticPropertyName, stringLiteralValue, unwrapExpression } from '../../../lib/matching/ast.js';
import { summariseSteps } from '../../../lib/step-summary.js';
import type { Parsed } from '../helpers.js';
import { bindingIdentifier, parse } from '../helpers.js';

interface Observed {
  readonly finding: string;
  readonly steps: readonly string[];
}

/** What the test policy makes of a call: by the callee's last name. */
function testCallFlow(call: TSESTree.CallExpression | TSESTree.NewExpression): CallFlow {
  const callee = unwrapExpression(call.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
  const [first, second] = call.arguments;
  switch (name) {
    case 'carry':
      return { kind: 'through', inputs: call.arguments, step: '`carry`' };
    case 'scrub':
      return { kind: 'clean' };
    case 'mystery':
      return { kind: 'through', inputs: call.arguments, step: 'an unknown call', unknown: true };
    case 'entries':
      return first ? { kind: 'entries', object: first, step: '`entries`' } : { kind: 'opaque' };
    case 'omit':
    case 'pick': {
      if (!first || !second) return { kind: 'opaque' };
      const keys = second.type === AST_NODE_TYPES.ArrayExpression
        ? second.elements.map((element) => ({ name: element ? (stringLiteralValue(element) ?? '?') : '?', node: element ?? second }))
        : null;
      return name === 'omit' ? { kind: 'without', object: first, keys, step: '`omit`' } : { kind: 'pick', object: first, keys, step: '`pick`' };
    }
    default:
      return { kind: 'opaque' };
  }
}

interface Harness {
  readonly parsed: Parsed;
  readonly flow: ValueFlow<string>;
  /** Names the policy was asked about, with their kinds. */
  readonly asked: string[];
  /** Nodes handed to onOpaque, as source text. */
  readonly opaque: string[];
}

function harness(code: string, overrides: Partial<ValuePolicy<string>> = {}): Harness {
  const parsed = parse(code);
  const asked: string[] = [];
  const opaque: string[] = [];
  const policy: ValuePolicy<string> = {
    onName(name: string, _node: TSESTree.Node, kind: NameKind) {
      asked.push(`${kind}:${name}`);
      if (name.startsWith('secret')) return `${kind}:${name}`;
      if (name.startsWith('safe')) return 'clean';
      return undefined;
    },
    onCall: testCallFlow,
    onLiteral: (value) => (value.includes('TOKEN') ? `literal:${value}` : undefined),
    onOpaque(node) {
      opaque.push(parsed.sourceCode.getText(node));
      return undefined;
    },
    ...overrides,
  };
  return { parsed, flow: new ValueFlow(policy, parsed.resolver), asked, opaque };
}

/** The first argument of the `nth` call to `sink`. */
function sinkArgument(parsed: Parsed, nth = 0): TSESTree.Node {
  const argument = parsed.call('sink', nth).arguments[0];
  assert.ok(argument, 'sink(...) has an argument');
  return argument;
}

/** The findings and steps that reach the `nth` `sink(...)` call's argument. */
function traced(code: string, nth = 0, overrides: Partial<ValuePolicy<string>> = {}): Observed[] {
  const { parsed, flow } = harness(code, overrides);
  return flow.trace(sinkArgument(parsed, nth)).map((trace) => ({ finding: trace.finding, steps: trace.steps }));
}

function findings(code: string, nth = 0): string[] {
  return traced(code, nth).map((trace) => trace.finding);
}

describe('lib/flow/value-flow', () => {
  describe('names', () => {
    it('stops at a source name and reports it with no steps', () => {
      assert.deepEqual(traced('sink(secretKey);'), [{ finding: 'variable:secretKey', steps: [] }]);
    });

    it('reads property names and called names', () => {
      assert.deepEqual(findings('sink(cfg.secretKey);'), ['property:secretKey']);
      assert.deepEqual(findings('sink(getSecret());'), []);
      assert.deepEqual(findings('sink(secretGetter());'), ['call:secretGetter']);
    });

    it('stops clean at a clean verdict, even when the value would carry a source', () => {
      assert.deepEqual(findings('const safeCopy = secretKey;\nsink(safeCopy);'), []);
    });

    it('follows aliases and names every step', () => {
      assert.deepEqual(traced('const a = secretKey;\nconst b = a;\nsink(b);'), [{ finding: 'variable:secretKey', steps: ['`b`', '`a`'] }]);
    });

    it('asks about a variable holding only value-free values by flow, not by name', () => {
      const { parsed, flow, asked } = harness('const secretFlag = a > b;\nsink(secretFlag);');
      assert.deepEqual(flow.trace(sinkArgument(parsed)), []);
      assert.equal(asked.includes('variable:secretFlag'), false);
    });

    it('still finds a token-shaped literal in a value-free variable', () => {
      assert.deepEqual(findings("const secretKey = 'TOKEN-1';\nsink(secretKey);"), ['literal:TOKEN-1']);
    });

    it('hands an unresolvable value to onOpaque', () => {
      const { parsed, flow, opaque } = harness('sink(unknownGlobal.field);');
      flow.trace(sinkArgument(parsed));
      assert.deepEqual(opaque, ['unknownGlobal.field']);
    });
  });

  describe('expressions', () => {
    it('templates, concatenation and += carry', () => {
      assert.deepEqual(traced('sink(`a ${secretKey}`);'), [{ finding: 'variable:secretKey', steps: ['the template literal'] }]);
      assert.deepEqual(traced("sink('a' + secretKey);"), [{ finding: 'variable:secretKey', steps: ['concatenation'] }]);
      assert.deepEqual(findings("let s = 'a';\ns += secretKey;\nsink(s);"), ['variable:secretKey']);
    });

    it('logical and conditional expressions carry both sides, not the test', () => {
      assert.deepEqual(findings('sink(a || secretKey);'), ['variable:secretKey']);
      assert.deepEqual(findings("sink(secretTest ? 'set' : 'unset');"), []);
      assert.deepEqual(findings("sink(ok ? secretKey : 'none');"), ['variable:secretKey']);
    });

    it('arithmetic, comparisons, typeof and negation carry nothing', () => {
      assert.deepEqual(findings('sink(secretKey.length > 3, typeof secretKey, !secretKey, secretKey - 1);'), []);
      assert.deepEqual(findings('sink(typeof secretKey);'), []);
      assert.deepEqual(findings('sink(secretKey * 2);'), []);
    });

    it('arrays, spreads, awaits and sequences carry', () => {
      assert.deepEqual(traced('sink([a, secretKey]);'), [{ finding: 'variable:secretKey', steps: ['an array'] }]);
      assert.deepEqual(traced('sink({ ...secretObject });'), [{ finding: 'variable:secretObject', steps: ['a spread'] }]);
      assert.deepEqual(findings('async function f() { sink(await secretPromise); }'), ['variable:secretPromise']);
      assert.deepEqual(findings('sink((a, secretKey));'), ['variable:secretKey']);
    });

    it('finds literals in strings and in the static text of templates', () => {
      assert.deepEqual(findings("sink('x TOKEN y');"), ['literal:x TOKEN y']);
      assert.deepEqual(findings('sink(`x TOKEN ${a}`);'), ['literal:x TOKEN ']);
    });

    it('asks onInterpolation about each interpolation by position', () => {
      const positions: number[] = [];
      const found = traced('sink(`${a}:${b}@host`);', 0, {
        onInterpolation(_template, index) {
          positions.push(index);
          return index === 1 ? 'url-password' : undefined;
        },
      });
      assert.deepEqual(positions, [0, 1]);
      assert.deepEqual(found, [{ finding: 'url-password', steps: ['the template literal'] }]);
    });
  });

  describe('object literals and keys', () => {
    it('a key makes a value it stores a source when the value is not one by itself', () => {
      assert.deepEqual(traced('sink({ secretKey: value });'), [{ finding: 'key:secretKey', steps: ['an object literal'] }]);
    });

    it('a literal or value-free value under a sensitive key is not asked about by key', () => {
      const { parsed, flow, asked } = harness("sink({ secretKey: 'x', secretCount: a - 1, secretFlag: !a });");
      assert.deepEqual(flow.trace(sinkArgument(parsed)), []);
      assert.deepEqual(asked.filter((entry) => entry.startsWith('key:')), []);
    });

    it('a conclusive finding from the value settles it; a non-conclusive one lets the key count too', () => {
      assert.deepEqual(findings('sink({ secretKey: secretValue });'), ['variable:secretValue']);
      const withParameter = traced('function f(p) { sink({ secretKey: p }); }', 0, {
        onOpaque: (node) => (node.type === AST_NODE_TYPES.Identifier ? `parameter:${node.name}` : undefined),
        isConclusive: (finding) => !finding.startsWith('parameter:'),
      });
      assert.deepEqual(withParameter.map((trace) => trace.finding), ['parameter:p', 'key:secretKey']);
    });

    it('reads a field through reaching writes, not only constants', () => {
      assert.deepEqual(findings("let o = { a: 'x' };\no = { a: secretKey };\nsink(o.a);"), ['variable:secretKey']);
      assert.deepEqual(findings("let o = { a: secretKey };\no = { a: 'x' };\nsink(o.a);"), []);
      assert.deepEqual(findings("let o = { a: 'x' };\nif (c) o = { a: secretKey };\nsink(o.a);"), ['variable:secretKey']);
    });

    it('reads a field through spreads, the last write of a key winning', () => {
      assert.deepEqual(findings('const base = { a: secretKey };\nconst o = { ...base };\nsink(o.a);'), ['variable:secretKey']);
      assert.deepEqual(findings("const base = { a: secretKey };\nconst o = { ...base, a: 'x' };\nsink(o.a);"), []);
      assert.deepEqual(findings("const base = { a: 'x' };\nconst o = { a: secretKey, ...base };\nsink(o.a);"), []);
      assert.deepEqual(findings('const base = { b: 1 };\nconst o = { a: secretKey, ...base };\nsink(o.a);'), ['variable:secretKey']);
    });

    it('an absent field is clean; a field of something it cannot resolve is asked about by onOpaque', () => {
      const { parsed, flow, opaque } = harness('const o = { a: secretKey };\nsink(o.b);');
      assert.deepEqual(flow.trace(sinkArgument(parsed)), []);
      assert.deepEqual(opaque, []);
      const mutated = harness('const o = {};\no.push(secretKey);\nsink(o.a);');
      assert.deepEqual(mutated.flow.trace(sinkArgument(mutated.parsed)), []);
      assert.deepEqual(mutated.opaque, ['o.a']);
    });

    it('a spread loses the keys written after it, when it spreads a literal', () => {
      assert.deepEqual(findings("let o = { a: secretKey };\nsink({ ...o, a: 'text' });"), []);
      assert.deepEqual(findings("let o = { a: secretKey, b: secretOther };\nsink({ ...o, a: 'text' });"), ['variable:secretOther']);
      assert.deepEqual(findings("sink({ ...secretObject, a: 'text' });"), ['variable:secretObject']);
    });

    it('reads a property of a local literal through aliases', () => {
      assert.deepEqual(findings('const o = { a: secretKey, b: 1 };\nconst p = o;\nsink(p.a);'), ['variable:secretKey']);
      assert.deepEqual(findings('const o = { a: secretKey, b: 1 };\nsink(o.b);'), []);
      assert.deepEqual(findings('const list = [a, secretKey];\nsink(list[1]);'), ['variable:secretKey']);
    });
  });

  describe('reaching writes', () => {
    it('a later unconditional write hides an earlier one', () => {
      assert.deepEqual(findings("let v = secretKey;\nv = 'x';\nsink(v);"), []);
    });

    it('a conditional write adds to the one before it', () => {
      assert.deepEqual(findings("let v = 'x';\nif (c) v = secretKey;\nsink(v);"), ['variable:secretKey']);
    });

    it('a write after the use does not reach it, unless a loop brings it round', () => {
      assert.deepEqual(findings("let v = 'x';\nsink(v);\nv = secretKey;"), []);
      assert.deepEqual(findings("let v = 'x';\nfor (const n of list) {\n  sink(v);\n  v = n.secretKey;\n}"), ['property:secretKey']);
    });

    it('writes from a closure may run at any time', () => {
      assert.deepEqual(findings("let v = 'x';\nsetTimeout(() => { v = secretKey; });\nsink(v);"), ['variable:secretKey']);
    });

    it('mutations before the use are writes: push, a keyed assignment, Object.assign', () => {
      assert.deepEqual(findings('const args = [];\nargs.push(secretKey);\nsink(args);'), ['variable:secretKey']);
      assert.deepEqual(traced('const o = {};\no.secretKey = value;\nsink(o);'), [{ finding: 'key:secretKey', steps: ['`o`', 'a property assignment'] }]);
      assert.deepEqual(findings('const o = {};\nObject.assign(o, { secretKey: value });\nsink(o);'), ['key:secretKey']);
    });

    it('a parameter default is a write besides the argument', () => {
      assert.deepEqual(findings('function f(v = secretKey) { sink(v); }'), ['variable:secretKey']);
    });

    it('terminates on self-referencing writes', () => {
      assert.deepEqual(findings('let v = secretKey;\nwhile (c) v = v + v;\nsink(v);'), ['variable:secretKey']);
    });
  });

  describe('destructuring', () => {
    it('is judged by the property read last, through nested patterns', () => {
      assert.deepEqual(traced('const { a: { secretKey: k } } = cfg;\nsink(k);'), [{ finding: 'property:secretKey', steps: ['`k`', 'destructuring'] }]);
    });

    it('a neutral property of an object it cannot look into is unknown: asks onOpaque about the binding', () => {
      const { parsed, flow, opaque } = harness('const { host } = cfg;\nsink(host);');
      assert.deepEqual(flow.trace(sinkArgument(parsed)), []);
      assert.deepEqual(opaque, ['host']);
    });

    it('walks into local literals by key and by index', () => {
      assert.deepEqual(findings('const { a: { b } } = { a: { b: secretKey } };\nsink(b);'), ['variable:secretKey']);
      assert.deepEqual(findings('const [, second] = [a, secretKey];\nsink(second);'), ['variable:secretKey']);
      assert.deepEqual(findings('const [first] = [a, secretKey];\nsink(first);'), []);
    });

    it('an index into something it cannot look into carries the whole', () => {
      assert.deepEqual(findings('const [first] = secretPair;\nsink(first);'), ['variable:secretPair']);
    });

    it('an object rest of a local literal leaves out the keys named beside it', () => {
      assert.deepEqual(findings('const o = { secretKey: x, other: secretOther };\nconst { secretKey, ...rest } = o;\nsink(rest);'), ['variable:secretOther']);
      assert.deepEqual(findings('const o = { secretKey: x, host };\nconst { secretKey, ...rest } = o;\nsink(rest);'), []);
    });

    it('an object rest of anything else carries it whole; an array rest carries the array', () => {
      assert.deepEqual(traced('const { a, ...rest } = secretObject;\nsink(rest);'), [{ finding: 'variable:secretObject', steps: ['`rest`', 'a rest'] }]);
      assert.deepEqual(findings('const [a, ...others] = secretList;\nsink(others);'), ['variable:secretList']);
    });

    it('for-of bindings are elements of the iterated value, patterns included', () => {
      assert.deepEqual(traced('for (const item of secretList) sink(item);'), [{ finding: 'variable:secretList', steps: ['`item`', 'iteration'] }]);
      assert.deepEqual(findings('for (const { secretKey: k } of list) sink(k);'), ['property:secretKey']);
      assert.deepEqual(findings('for (const { host } of secretList) sink(host);'), []);
      assert.deepEqual(findings('for (const [a, b] of secretPairs) sink(b);'), ['variable:secretPairs']);
    });

    it('entries: a key names, a value carries the object', () => {
      assert.deepEqual(findings('for (const [k] of entries(secretObject)) sink(k);'), []);
      assert.deepEqual(traced('for (const [k, v] of entries(secretObject)) sink(v);'), [
        { finding: 'variable:secretObject', steps: ['`v`', 'destructuring', 'iteration', '`entries`'] },
      ]);
      assert.deepEqual(findings('const pairs = entries(secretObject);\nfor (const [k] of pairs) sink(k);'), []);
    });

    it('for-in binds names, which are not asked about by flow', () => {
      const { parsed, flow, opaque } = harness('for (const k in secretObject) sink(k);');
      assert.deepEqual(flow.trace(sinkArgument(parsed)), []);
      assert.deepEqual(opaque, ['k']);
    });
  });

  describe('calls', () => {
    it('through: carries the inputs with the step the policy names', () => {
      assert.deepEqual(traced('sink(carry(a, secretKey));'), [{ finding: 'variable:secretKey', steps: ['`carry`'] }]);
    });

    it('passes: the policy filters what a carrying call lets through; unknown calls mark their traces', () => {
      const { parsed, flow } = harness('sink(mystery(secretValue, secretObject), carry(secretOther));', {
        passes: (finding, through) => !(through.unknown === true && finding === 'variable:secretObject'),
      });
      const traces = flow.trace(sinkArgument(parsed));
      assert.deepEqual(traces.map((trace) => [trace.finding, trace.throughUnknownCall === true]), [['variable:secretValue', true]]);
      const other = harness('sink(carry(secretOther));');
      assert.deepEqual(other.flow.trace(sinkArgument(other.parsed)).map((trace) => trace.throughUnknownCall === true), [false]);
    });

    it('clean: carries nothing, and a variable holding it is value-free', () => {
      assert.deepEqual(findings('sink(scrub(secretKey));'), []);
      const { parsed, flow, asked } = harness('const secretMasked = scrub(secretKey);\nsink(secretMasked);');
      assert.deepEqual(flow.trace(sinkArgument(parsed)), []);
      assert.equal(asked.includes('variable:secretMasked'), false);
    });

    it('opaque: asks onOpaque about the call', () => {
      const { parsed, flow, opaque } = harness('sink(unknown(secretKey));');
      assert.deepEqual(flow.trace(sinkArgument(parsed)), []);
      assert.deepEqual(opaque, ['unknown(secretKey)']);
    });

    it('without: a local literal loses the keys, anything else is carried whole', () => {
      assert.deepEqual(findings("const o = { secretKey: x, host };\nsink(omit(o, ['secretKey']));"), []);
      assert.deepEqual(findings("const o = { secretKey: x, other: secretOther };\nsink(omit(o, ['secretKey']));"), ['variable:secretOther']);
      assert.deepEqual(traced("sink(omit(secretObject, ['a']));"), [{ finding: 'variable:secretObject', steps: ['`omit`'] }]);
    });

    it('pick: only the picked keys, by name or by what a local literal holds', () => {
      assert.deepEqual(findings("sink(pick(cfg, ['host', 'port']));"), []);
      assert.deepEqual(findings("sink(pick(cfg, ['host', 'secretKey']));"), ['property:secretKey']);
      assert.deepEqual(findings("const o = { a: secretValue, b: 1 };\nsink(pick(o, ['a']));"), ['variable:secretValue']);
      assert.deepEqual(findings('sink(pick(secretObject, keys));'), ['variable:secretObject']);
    });

    it('a tagged template carries its interpolations', () => {
      assert.deepEqual(findings('sink(tag`x ${secretKey}`);'), ['variable:secretKey']);
    });
  });

  describe('traces', () => {
    it('keep a summary of their steps equal to one worked out from the whole list, for paths of every length', () => {
      // Random chains of variables, templates and carrying calls (repeats included), 0 to 14 links.
      fc.assert(
        fc.property(fc.array(fc.constantFrom('plain', 'template', 'carry'), { maxLength: 14 }), (links) => {
          const lines = ['const v0 = secretKey;'];
          for (const [index, link] of links.entries()) {
            const previous = `v${String(index)}`;
            const value = link === 'plain' ? previous : link === 'template' ? `\`x \${${previous}}\`` : `carry(${previous})`;
            lines.push(`const v${String(index + 1)} = ${value};`);
          }
          lines.push(`sink(v${String(links.length)});`);
          const { parsed, flow } = harness(lines.join('\n'));
          const [trace] = flow.trace(sinkArgument(parsed));
          assert.ok(trace);
          assert.deepEqual(trace.stepSummary, summariseSteps(trace.steps));
        }),
        { numRuns: 200 },
      );
    });

    it('record the expressions passed through, from the traced node to the source', () => {
      const { parsed, flow } = harness("const k = cfg.secretKey;\nsink('a' + k);");
      const [trace] = flow.trace(sinkArgument(parsed));
      assert.ok(trace);
      assert.deepEqual(trace.via.map((node) => parsed.sourceCode.getText(node)), ["'a' + k", 'k', 'cfg.secretKey']);
    });

    it('a key finding ends at the value stored under the key', () => {
      const { parsed, flow } = harness('sink({ secretKey: value });');
      const [trace] = flow.trace(sinkArgument(parsed));
      assert.ok(trace);
      assert.deepEqual(trace.via.map((node) => parsed.sourceCode.getText(node)), ['{ secretKey: value }', 'value']);
    });

    it('entryPointWithin: where the value enters a call, short of a spread argument', () => {
      const entry = (code: string): string | null => {
        const { parsed, flow } = harness(code);
        const call = parsed.call('sink');
        const [trace] = flow.trace(sinkArgument(parsed));
        assert.ok(trace);
        const node = entryPointWithin(trace, call);
        return node ? parsed.sourceCode.getText(node) : null;
      };
      assert.equal(entry("const k = cfg.secretKey;\nsink('a' + k);"), 'k');
      assert.equal(entry('sink(`x ${cfg.secretKey}`);'), 'cfg.secretKey');
      assert.equal(entry('sink({ ...secretObject });'), '{ ...secretObject }');
      assert.equal(entry('const o = { a: secretKey };\nsink(o);'), 'o');
    });

    it('are deduplicated per finding, keeping the shortest', () => {
      assert.deepEqual(traced('const a = secretKey;\nsink([secretKey, a]);'), [{ finding: 'variable:secretKey', steps: ['an array'] }]);
    });

    it('are memoised per node: the policy is asked once', () => {
      const { parsed, flow, asked } = harness('const a = secretKey;\nsink(a);');
      flow.trace(sinkArgument(parsed));
      const count = asked.length;
      flow.trace(sinkArgument(parsed));
      assert.equal(asked.length, count);
    });
  });

  describe('isValueFree', () => {
    const valueFree = (expression: string): boolean => {
      const { parsed, flow } = harness(`sink(${expression});`);
      return flow.isValueFree(sinkArgument(parsed));
    };

    it('literals, operators that make numbers or booleans, functions and clean calls', () => {
      for (const expression of ["'x'", '1', 'null', 'undefined', '!a', 'typeof a', 'a > b', 'a - b', '() => a', '`x${1}`', "{ a: 1, b: 'x' }", '[1, 2]', 'scrub(a)', "c ? 'a' : 'b'"]) {
        assert.equal(valueFree(expression), true, expression);
      }
    });

    it('not names, member reads, concatenations of names, unknown calls or spreads', () => {
      for (const expression of ['a', 'a.b', "a + 'x'", 'unknown(1)', '{ ...a }', '[...a]', '`${a}`', 'c ? a : 1']) {
        assert.equal(valueFree(expression), false, expression);
      }
    });

    it('a variable whose reaching writes are all value-free', () => {
      assert.equal(valueFree('v'), false);
      const { parsed, flow } = harness('let v = 1;\nif (c) v = a > b;\nsink(v);');
      assert.equal(flow.isValueFree(sinkArgument(parsed)), true);
      const mixed = harness('let v = 1;\nif (c) v = a;\nsink(v);');
      assert.equal(mixed.flow.isValueFree(sinkArgument(mixed.parsed)), false);
    });
  });

  describe('parameters and wrappers', () => {
    it('parameterPosition finds plain and rest parameters', () => {
      const parsed = parse(dedent`
        function f(a, b, ...more) {}
        const g = function ({ x }) {};
      `);
      assert.deepEqual(pick(parameterPosition(bindingIdentifier(parsed, 'b'))), { index: 1, rest: false });
      assert.deepEqual(pick(parameterPosition(bindingIdentifier(parsed, 'more'))), { index: 2, rest: true });
      assert.equal(parameterPosition(bindingIdentifier(parsed, 'x')), null);
      assert.equal(parameterPosition(bindingIdentifier(parsed, 'g')), null);
    });

    it('ParameterSinks records a parameter reaching a sink in its own function, and maps argument indexes', () => {
      const parsed = parse(dedent`
        function trace(label, ...values) {
          sink(label, values);
          return () => sink(label);
        }
      `);
      const sinks = new ParameterSinks<string>();
      assert.equal(sinks.isEmpty, true);
      const fn = parsed.sourceCode.ast.body[0];
      assert.ok(fn);
      // The nested arrow's call is not in trace's own body: not recorded.
      sinks.record(bindingIdentifier(parsed, 'label'), parsed.call('sink', 1), 'nested');
      assert.equal(sinks.isEmpty, true);
      sinks.record(bindingIdentifier(parsed, 'label'), parsed.call('sink', 0), 'direct');
      sinks.record(bindingIdentifier(parsed, 'values'), parsed.call('sink', 0), 'rest');
      assert.deepEqual(sinks.sinksOf(fn, 0).map((entry) => entry.sink), ['direct']);
      assert.equal(sinks.sinksOf(fn, 0)[0]?.name, 'label');
      assert.deepEqual(sinks.sinksOf(fn, 1).map((entry) => entry.sink), ['rest']);
      assert.deepEqual(sinks.sinksOf(fn, 5).map((entry) => entry.sink), ['rest']);
    });

    it('records parts of a parameter beside it, the whole first', () => {
      const parsed = parse('function f(req) { sink(req.body); sink(req.url); sink(req); }');
      const sinks = new ParameterSinks<number>();
      const req = bindingIdentifier(parsed, 'req');
      sinks.record(req, parsed.call('sink', 0), 1, ['body']);
      sinks.record(req, parsed.call('sink', 1), 2, ['url']);
      sinks.record(req, parsed.call('sink', 2), 3);
      sinks.record(req, parsed.call('sink', 2), 4, ['body']);
      const fn = parsed.sourceCode.ast.body[0];
      assert.ok(fn);
      assert.deepEqual(sinks.sinksOf(fn, 0).map((entry) => [entry.sink, entry.name]), [[3, 'req'], [1, 'req.body'], [2, 'req.url']]);
    });

    it('records the first sink of a parameter only', () => {
      const parsed = parse('function f(v) { sink(v); sink(v); }');
      const sinks = new ParameterSinks<number>();
      sinks.record(bindingIdentifier(parsed, 'v'), parsed.call('sink', 0), 1);
      sinks.record(bindingIdentifier(parsed, 'v'), parsed.call('sink', 1), 2);
      const fn = parsed.sourceCode.ast.body[0];
      assert.ok(fn);
      assert.deepEqual(sinks.sinksOf(fn, 0).map((entry) => entry.sink), [1]);
      assert.deepEqual(sinks.sinksOf(fn, 1), []);
    });
  });
});

function pick(position: ReturnType<typeof parameterPosition>): { index: number; rest: boolean } | null {
  return position ? { index: position.index, rest: position.rest } : null;
}
