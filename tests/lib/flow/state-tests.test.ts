import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import assert from 'node:assert/strict';

import type { OutcomeFacts } from '../../../lib/flow/state-tests.js';
import { excludedFact, falsyFact, stateTestFacts, truthyFact, UNKNOWN_VALUE } from '../../../lib/flow/state-tests.js';
import { SubjectKeys } from '../../../lib/flow/subjects.js';
import { valueOfConstantName } from '../../../lib/matching/actions.js';
import { ConstantValues } from '../../../lib/matching/constant-values.js';
import { parse } from '../helpers.js';

const UNIVERSES: Readonly<Record<string, readonly string[]>> = {
  provisionState: ['active', 'available', 'manageable'],
  'status.phase': ['Running', 'Succeeded'],
};

/** The facts of the test of the function's first `if` (or of its switch's first case), variable ids dropped. */
function factsOf(body: string): OutcomeFacts | null {
  const parsed = parse(`function f(node, pod, LIST) { ${body} }`);
  const fn = parsed.sourceCode.ast.body[0];
  assert.ok(fn?.type === AST_NODE_TYPES.FunctionDeclaration);
  const statement = fn.body.body.find((item) => item.type === AST_NODE_TYPES.IfStatement || item.type === AST_NODE_TYPES.SwitchStatement);
  assert.ok(statement, 'an if or a switch');
  let atom: TSESTree.Node;
  if (statement.type === AST_NODE_TYPES.IfStatement) atom = statement.test;
  else {
    const test = (statement).cases[0]?.test;
    assert.ok(test);
    atom = test;
  }
  const facts = stateTestFacts(atom, {
    keys: new SubjectKeys(parsed.resolver),
    constants: new ConstantValues(parsed.resolver, null, valueOfConstantName),
    universe: (property) => UNIVERSES[property] ?? [],
    isState: (property) => property in UNIVERSES || property === 'status.reason',
  });
  if (!facts) return null;
  const clean = (items: readonly string[]): string[] => items.map((item) => item.replace(/v\d+:/gu, '')).sort();
  return { whenTrue: clean(facts.whenTrue), whenFalse: clean(facts.whenFalse) };
}

const sorted = (items: string[]): string[] => [...items].sort();

describe('lib/flow/state-tests', () => {
  it('gives truthiness facts for a bare subject path', () => {
    assert.deepEqual(factsOf('if (node.isMaintenance) {}'), { whenTrue: [truthyFact('node.isMaintenance')], whenFalse: [falsyFact('node.isMaintenance')] });
  });

  it('encodes equality by excluding every other value, null and the unknown ones', () => {
    assert.deepEqual(factsOf("if (node.provisionState === 'active') {}"), {
      whenTrue: sorted([excludedFact('available', 'node.provisionState'), excludedFact('manageable', 'node.provisionState'), excludedFact(null, 'node.provisionState'), excludedFact(UNKNOWN_VALUE, 'node.provisionState')]),
      whenFalse: [excludedFact('active', 'node.provisionState')],
    });
  });

  it('swaps the outcomes for inequality, either operand order and constant names', () => {
    const expected = factsOf("if (node.provisionState === 'active') {}");
    assert.ok(expected);
    const swapped = { whenTrue: expected.whenFalse, whenFalse: expected.whenTrue };
    assert.deepEqual(factsOf("if (node.provisionState !== 'active') {}"), swapped);
    assert.deepEqual(factsOf("if ('active' != node.provisionState) {}"), swapped);
    assert.deepEqual(factsOf('if (node.provisionState !== ProvisionState.ACTIVE) {}'), swapped);
  });

  it('keeps the unknown values possible for a value the domain does not know', () => {
    const facts = factsOf("if (node.provisionState === 'weird') {}");
    assert.ok(facts);
    assert.ok(!facts.whenTrue.includes(excludedFact(UNKNOWN_VALUE, 'node.provisionState')));
    assert.ok(facts.whenTrue.includes(excludedFact('active', 'node.provisionState')));
  });

  it('treats a comparison with null as absence', () => {
    assert.deepEqual(factsOf('if (node.provisionState == null) {}'), {
      whenTrue: sorted([falsyFact('node.provisionState'), excludedFact(null, 'node.provisionState')]),
      whenFalse: [excludedFact(null, 'node.provisionState')],
    });
  });

  it('reads a comparison of a state no values are known of (`pass: "tested"`) as what it is or is not', () => {
    assert.deepEqual(factsOf("if (pod.status.reason !== 'Evicted') {}"), {
      whenTrue: [excludedFact('Evicted', 'pod.status.reason')],
      whenFalse: sorted(['eq:Evicted|pod.status.reason', excludedFact(null, 'pod.status.reason')]),
    });
    // Against a value not known here: tested for no known value (`in:`/`out:` of what it is compared with).
    assert.deepEqual(factsOf('if (pod.status.reason === other) {}'), { whenTrue: ['in:=g:other|pod.status.reason'], whenFalse: ['out:=g:other|pod.status.reason'] });
  });

  it('reads a flag compared with a boolean: `=== true` as truthiness, `=== false` as falsy or not false', () => {
    assert.deepEqual(factsOf('if (node.online === true) {}'), { whenTrue: [truthyFact('node.online')], whenFalse: [falsyFact('node.online')] });
    assert.deepEqual(factsOf('if (node.online === false) {}'), { whenTrue: [falsyFact('node.online')], whenFalse: ['notfalse|node.online'] });
    assert.deepEqual(factsOf('if (node.online !== false) {}'), { whenTrue: ['notfalse|node.online'], whenFalse: [falsyFact('node.online')] });
  });

  it('says nothing about properties that are no state, nor about an ordering', () => {
    assert.equal(factsOf("if (node.name === 'x') {}"), null);
    assert.equal(factsOf('if (node.name === other) {}'), null);
    assert.equal(factsOf('if (node.provisionState > 1) {}'), null);
  });

  it('reads a state compared with a value not known here as tested for no known value', () => {
    assert.deepEqual(factsOf('if (node.provisionState !== expected) {}'), { whenTrue: ['out:=g:expected|node.provisionState'], whenFalse: ['in:=g:expected|node.provisionState'] });
    assert.deepEqual(factsOf('if (expected === node.provisionState) {}'), { whenTrue: ['in:=g:expected|node.provisionState'], whenFalse: ['out:=g:expected|node.provisionState'] });
  });

  it('reads membership in a known collection', () => {
    assert.deepEqual(factsOf("if (['active', 'available'].includes(node.provisionState)) {}"), {
      whenTrue: sorted([excludedFact('manageable', 'node.provisionState'), excludedFact(null, 'node.provisionState'), excludedFact(UNKNOWN_VALUE, 'node.provisionState')]),
      whenFalse: sorted([excludedFact('active', 'node.provisionState'), excludedFact('available', 'node.provisionState')]),
    });
    assert.deepEqual(factsOf("const S = new Set(['manageable']); if (S.has(node.provisionState)) {}")?.whenFalse, [excludedFact('manageable', 'node.provisionState')]);
  });

  it('records membership in an unknown collection by the collection', () => {
    assert.deepEqual(factsOf('if (LIST.includes(node.provisionState)) {}'), { whenTrue: ['in:LIST|node.provisionState'], whenFalse: ['out:LIST|node.provisionState'] });
  });

  it('reads a switch case as an equality with the discriminant', () => {
    assert.deepEqual(factsOf("switch (node.provisionState) { case 'active': break; }"), factsOf("if (node.provisionState === 'active') {}"));
  });

  it('uses the values of the longest known property path', () => {
    assert.deepEqual(factsOf("if (pod.status.phase !== 'Running') {}"), {
      whenTrue: [excludedFact('Running', 'pod.status.phase')],
      whenFalse: sorted([excludedFact('Succeeded', 'pod.status.phase'), excludedFact(null, 'pod.status.phase'), excludedFact(UNKNOWN_VALUE, 'pod.status.phase')]),
    });
  });
});
