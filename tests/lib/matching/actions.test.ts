import assert from 'node:assert/strict';

import type { ActionSpec, CheckSpec } from '../../../lib/matching/actions.js';
import {
  bindingTargets,
  IRONIC_ACTIONS,
  IRONIC_CHECKS,
  IRONIC_LISTINGS,
  knownValues,
  mergeChecks,
  nameVariants,
  normalizeTarget,
  PreconditionVocabulary,
  valueOfConstantName,
} from '../../../lib/matching/actions.js';
import { parse } from '../helpers.js';

function ironic(stateMachine = false, checks: Record<string, CheckSpec | null> = IRONIC_CHECKS): PreconditionVocabulary {
  return new PreconditionVocabulary({ actions: IRONIC_ACTIONS, checks, exitCalls: ['this.fail'], listings: IRONIC_LISTINGS, stateMachine });
}

/** The requirement groups of every entry matching the first call written `callee` in `code`. */
function requirementsOf(vocabulary: PreconditionVocabulary, code: string, callee: string): { when: readonly string[] | undefined; requires: ActionSpec['requires'] }[] {
  const parsed = parse(code);
  return vocabulary.actionsFor(parsed.site(callee), null).map((action) => ({ when: action.spec.when?.in, requires: action.spec.requires }));
}

describe('lib/matching/actions', () => {
  describe('nameVariants', () => {
    it('spells a camelCase name the ways drivers write it', () => {
      assert.deepEqual(nameVariants('getNode'), ['getNode', '_getNode', '#getNode', 'get_node', '_get_node']);
    });
  });

  describe('bindingTargets', () => {
    it('reads the shorthand forms and the argument index', () => {
      assert.deepEqual(bindingTargets({}), ['return', '0']);
      assert.deepEqual(bindingTargets({ binds: 'argument', argument: 2 }), ['2']);
      assert.deepEqual(bindingTargets({ binds: 'return' }), ['return']);
      assert.deepEqual(bindingTargets({ binds: ['return', '0.node'] }), ['return', '0.node']);
    });
  });

  describe('valueOfConstantName', () => {
    it('maps upper-case state and power constant names to their values', () => {
      assert.equal(valueOfConstantName('ACTIVE'), 'active');
      assert.equal(valueOfConstantName('DEPLOYFAIL'), 'deploy failed');
      assert.equal(valueOfConstantName('DEPLOYWAIT'), 'wait call-back');
      assert.equal(valueOfConstantName('POWER_OFF'), 'power off');
      assert.equal(valueOfConstantName('CLEAN_WAIT'), 'clean wait');
    });

    it('maps upper-case verbs to targets', () => {
      assert.equal(valueOfConstantName('REBUILD'), 'rebuild');
      assert.equal(valueOfConstantName('UNRESCUE'), 'unrescue');
    });

    it('takes a lower-case verb only on a constant-like object', () => {
      assert.equal(valueOfConstantName('unrescue', 'VERBS'), 'unrescue');
      assert.equal(valueOfConstantName('manage', 'Verbs'), 'manage');
      assert.equal(valueOfConstantName('manage', 'options'), null);
      assert.equal(valueOfConstantName('manage'), null);
    });

    it('knows nothing else', () => {
      assert.equal(valueOfConstantName('TIMEOUT'), null);
      assert.equal(valueOfConstantName('Active'), null);
    });
  });

  describe('normalizeTarget and knownValues', () => {
    it('normalises verbs to the targets they reach', () => {
      assert.equal(normalizeTarget('deploy'), 'active');
      assert.equal(normalizeTarget('undeploy'), 'deleted');
      assert.equal(normalizeTarget('rescue'), 'rescue');
      assert.equal(normalizeTarget('something'), 'something');
    });

    it('lists provision states without the verbs, and power states with error', () => {
      const states = knownValues('provisionState');
      assert.ok(states.includes('active') && states.includes('clean wait'));
      assert.ok(!states.includes('rebuild'));
      assert.deepEqual(knownValues('provision_state'), states);
      assert.ok(knownValues('powerState').includes('error'));
      assert.deepEqual(knownValues('name'), []);
    });
  });

  describe('PreconditionVocabulary', () => {
    it('matches the Ironic actions and their snake_case spellings', () => {
      const vocabulary = ironic();
      assert.deepEqual(requirementsOf(vocabulary, 'this.ironic.setNodePowerState(id, "power on");', 'this.ironic.setNodePowerState'), [
        { when: undefined, requires: ['associated'] },
      ]);
      assert.deepEqual(requirementsOf(vocabulary, 'conn.baremetal.set_node_power_state(id, "power on");', 'conn.baremetal.set_node_power_state'), [
        { when: undefined, requires: ['associated'] },
      ]);
      assert.deepEqual(requirementsOf(vocabulary, 'ironic.deleteNode(id);', 'ironic.deleteNode'), [{ when: undefined, requires: ['provisionStateTested'] }]);
      assert.deepEqual(requirementsOf(vocabulary, 'ironic.listNodes();', 'ironic.listNodes'), []);
    });

    it('gives setNodeProvisionState one entry per group of targets and a fallback', () => {
      const entries = requirementsOf(ironic(), 'ironic.setNodeProvisionState(id, t);', 'ironic.setNodeProvisionState');
      assert.deepEqual(entries, [
        { when: ['deleted', 'rescue', 'unrescue'], requires: ['associated'] },
        { when: ['active'], requires: [['associated', 'exists'], 'interfacesValid'] },
        { when: ['rebuild'], requires: [['associated', 'exists']] },
        { when: ['manage', 'provide', 'clean', 'inspect', 'adopt', 'service'], requires: [['associated', 'exists']] },
        { when: undefined, requires: [['associated', 'exists']] },
      ]);
    });

    it('adds the state machine per target, never a maintenance test on delete', () => {
      const entries = requirementsOf(ironic(true), 'ironic.setNodeProvisionState(id, t);', 'ironic.setNodeProvisionState');
      const byTarget = new Map(entries.map((entry) => [entry.when?.join(',') ?? '*', entry.requires]));
      assert.deepEqual(byTarget.get('deleted'), ['associated', 'deleteSource']);
      assert.deepEqual(byTarget.get('rescue'), ['associated', 'notMaintenance', 'rescueSource']);
      assert.deepEqual(byTarget.get('unrescue'), ['associated', 'notMaintenance', 'unrescueSource']);
      assert.deepEqual(byTarget.get('active'), [['associated', 'exists'], 'interfacesValid', 'notMaintenance', 'deploySource']);
      assert.deepEqual(byTarget.get('rebuild'), [['associated', 'exists'], 'notMaintenance', 'rebuildSource', 'interfacesValid']);
      assert.deepEqual(byTarget.get('manage'), [['associated', 'exists'], 'manageSource']);
      assert.deepEqual(byTarget.get('provide'), [['associated', 'exists'], 'notMaintenance', 'manageableSource']);
      assert.deepEqual(byTarget.get('clean'), [['associated', 'exists'], 'notMaintenance', 'manageableSource']);
      assert.deepEqual(byTarget.get('inspect'), [['associated', 'exists'], 'inspectSource']);
      assert.deepEqual(byTarget.get('adopt'), [['associated', 'exists'], 'adoptSource']);
      assert.deepEqual(byTarget.get('service'), [['associated', 'exists'], 'notMaintenance', 'serviceSource']);
      assert.deepEqual(byTarget.get('*'), [['associated', 'exists']]);
      assert.deepEqual(requirementsOf(ironic(true), 'ironic.setNodePowerState(id, s);', 'ironic.setNodePowerState'), [
        { when: undefined, requires: ['associated', 'notCleaning'] },
      ]);
      assert.deepEqual(requirementsOf(ironic(true), 'ironic.deleteNode(id);', 'ironic.deleteNode'), [
        { when: undefined, requires: ['provisionStateTested', 'nodeDeletable', 'noInstance'] },
      ]);
    });

    it('finds the checks a call performs and what they imply', () => {
      const vocabulary = ironic();
      const parsed = parse('this.validateInstanceAndNode(i); this.ironic.getNode(id); other.validate(x);');
      assert.deepEqual(vocabulary.checksFor(parsed.site('this.validateInstanceAndNode'), null), ['associated']);
      assert.deepEqual(vocabulary.checksFor(parsed.site('this.ironic.getNode'), null), ['exists']);
      assert.deepEqual(vocabulary.checksFor(parsed.site('other.validate'), null), []);
      assert.deepEqual([...vocabulary.impliedBy('associated')].sort(), ['associated', 'exists']);
      assert.deepEqual([...vocabulary.impliedBy('exists')], ['exists']);
    });

    it('follows implications transitively and survives cycles', () => {
      const vocabulary = new PreconditionVocabulary({
        actions: [],
        checks: { a: { calls: ['a'], implies: ['b'] }, b: { calls: ['b'], implies: ['c'] }, c: { calls: ['c'], implies: ['a'] } },
        exitCalls: [],
        listings: [],
        stateMachine: false,
      });
      assert.deepEqual([...vocabulary.impliedBy('a')].sort(), ['a', 'b', 'c']);
    });

    it('removes a check set to null with every requirement on it, and rejects an action requiring an unknown check', () => {
      assert.equal(ironic(false, { ...IRONIC_CHECKS, notMaintenance: null }).checks.has('notMaintenance'), false);
      const withoutExists = ironic(false, { ...IRONIC_CHECKS, exists: null });
      assert.equal(withoutExists.checks.has('exists'), false);
      for (const action of withoutExists.actions) {
        for (const group of action.spec.requires) assert.ok(!(typeof group === 'string' ? [group] : group).includes('exists'));
      }
      // `associated` implies `exists`: without that, the first mistake is an action requiring it.
      const withoutAssociation = Object.fromEntries(Object.entries(IRONIC_CHECKS).filter(([id]) => id !== 'exists').map(([id, spec]) => [id, id === 'associated' ? { ...spec, implies: [] } : spec]));
      assert.throws(() => ironic(false, withoutAssociation), /actions\[\d+\]\.requires names the unknown check "exists"/u);
    });

    it('rejects a check nothing can make hold, and accepts one that another check implies', () => {
      const build = (checks: Record<string, CheckSpec>): PreconditionVocabulary => new PreconditionVocabulary({ actions: [], checks, exitCalls: [], listings: [], stateMachine: false });
      assert.throws(() => build({ x: {} }), /checks\.x can never hold: it has neither `calls` nor `state`/u);
      assert.throws(() => build({ x: { description: 'x', implies: ['y'] }, y: { calls: ['y'] } }), /checks\.x can never hold/u);
      assert.ok(build({ x: { description: 'an abstract check' }, y: { calls: ['y'], implies: ['x'] } }).checks.has('x'));
    });

    it('rejects a state property with no way of passing or an empty name in its path, and an implies naming no check', () => {
      const build = (checks: Record<string, CheckSpec | null>): PreconditionVocabulary => new PreconditionVocabulary({ actions: [], checks, exitCalls: [], listings: [], stateMachine: false });
      assert.throws(() => build({ x: { state: { property: 'phase' } } }), /checks\.x\.state can never hold: it names a property but no `pass`, `passIn` or `passNotIn`/u);
      assert.throws(() => build({ x: { state: { property: 'status..phase', pass: 'truthy' } } }), /checks\.x\.state\.property "status\.\.phase" has an empty name in its path/u);
      assert.throws(() => build({ x: { state: { property: ['phase', '.phase'], pass: 'tested' } } }), /"\.phase" has an empty name/u);
      assert.throws(() => build({ x: { calls: ['x'], implies: ['nope'] } }), /checks\.x\.implies names the unknown check "nope"/u);
      // The subject itself, tested for truthiness; an implied check the configuration removed.
      assert.ok(build({ x: { state: {} } }).checks.has('x'));
      assert.ok(build({ x: { calls: ['x'], implies: ['gone'] }, gone: null }).checks.has('x'));
      assert.ok(ironic(false, { ...IRONIC_CHECKS, exists: null }).checks.has('associated'));
    });

    it('knows the values of state properties, from the domain and the configured checks', () => {
      const vocabulary = new PreconditionVocabulary({
        actions: [],
        checks: { ...IRONIC_CHECKS, finished: { state: { property: 'status.phase', passIn: ['Succeeded', 'Failed'] } } },
        exitCalls: [],
        listings: [],
        stateMachine: false,
      });
      assert.deepEqual(vocabulary.valuesOf('status.phase'), ['Succeeded', 'Failed']);
      assert.ok(vocabulary.valuesOf('provisionState').includes('manageable'));
      assert.ok(vocabulary.isStateProperty('isMaintenance'));
      assert.ok(!vocabulary.isStateProperty('name'));
    });

    it('knows the calls that assert their argument', () => {
      const vocabulary = ironic();
      const parsed = parse('assert(a); assert.ok(b); invariant(c, "m"); expect(d); assert.equal(e, f);');
      assert.equal(vocabulary.assertedArgument(parsed.site('assert'), null), 0);
      assert.equal(vocabulary.assertedArgument(parsed.site('assert.ok'), null), 0);
      assert.equal(vocabulary.assertedArgument(parsed.site('invariant'), null), 0);
      assert.equal(vocabulary.assertedArgument(parsed.site('expect'), null), null);
      assert.equal(vocabulary.assertedArgument(parsed.site('assert.equal'), null), null);
    });

    it('reads `asserts value` signatures with type information', () => {
      const parsed = parse(
        'declare function ensure(message: string, value: unknown): asserts value;\ndeclare function isNode(value: unknown): asserts value is object;\nensure("m", x);\nisNode(y);\ndeclare const x: unknown, y: unknown;',
        { typed: true },
      );
      const vocabulary = ironic();
      assert.equal(vocabulary.assertedArgument(parsed.site('ensure'), parsed.typeInfo), 1);
      assert.equal(vocabulary.assertedArgument(parsed.site('isNode'), parsed.typeInfo), null);
    });

    it('finds listing owners and exit calls', () => {
      const vocabulary = ironic();
      const parsed = parse('ironic.listVolumeTargets({ nodeId: n }); ironic.listNodes(); this.fail("x"); fail("y");');
      assert.equal(vocabulary.listingOwner(parsed.site('ironic.listVolumeTargets'), null), null);
      assert.equal(vocabulary.listingOwner(parsed.site('ironic.listNodes'), null), undefined);
      assert.equal(vocabulary.isExitCall(parsed.site('this.fail'), null), true);
      assert.equal(vocabulary.isExitCall(parsed.site('fail'), null), false);
    });
  });
  describe('mayNameMethod (the name filter before a receiver is resolved)', () => {
    it('never rules out a member call that is an action, a check, a listing, an assertion or an exit', () => {
      const vocabularies = [ironic(), ironic(true), new PreconditionVocabulary({ actions: [{ callee: 'bmc.*', requires: ['exists'] }], checks: IRONIC_CHECKS, exitCalls: ['/^abort/'], listings: [], stateMachine: false })];
      const methods = [
        ...IRONIC_ACTIONS.flatMap((action) => (Array.isArray(action.callee) ? action.callee : [action.callee]).filter((callee): callee is string => typeof callee === 'string').map((callee) => callee.slice(callee.lastIndexOf('.') + 1))),
        ...Object.values(IRONIC_CHECKS).flatMap((check) => (check.calls ?? []).filter((callee): callee is string => typeof callee === 'string').map((callee) => callee.slice(callee.lastIndexOf('.') + 1))),
        'fail', 'ok', 'assert', 'abortAll', 'reboot', 'getNode', 'map', 'push', 'toString',
      ].filter((method) => /^[A-Za-z_$#][\w$]*$/u.test(method));
      const receivers = ['this.ironic', 'this.ironicClient', 'client', 'ironic.node', 'bmc', 'this', 'assert', 'list'];
      for (const [index, vocabulary] of vocabularies.entries()) {
        for (const receiver of receivers) {
          for (const method of new Set(methods)) {
            if (method.startsWith('#') || vocabulary.mayNameMethod(method)) continue;
            const callee = `${receiver}.${method}`;
            const site = parse(`${callee}(node, x);`).site(callee);
            const what = `vocabulary ${String(index)}: ${callee}`;
            assert.deepEqual(vocabulary.actionsFor(site, null), [], what);
            assert.deepEqual(vocabulary.checksFor(site, null), [], what);
            assert.equal(vocabulary.listingOwner(site, null), undefined, what);
            assert.equal(vocabulary.isExitCall(site, null), false, what);
            assert.equal(vocabulary.assertedArgument(site, null), null, what);
          }
        }
      }
    });

    it('rules out a method nothing names', () => {
      assert.equal(ironic().mayNameMethod('toUpperCase'), false);
      assert.equal(ironic().mayNameMethod('setNodePowerState'), true);
    });
  });
  describe('mayHoldAction (the file filter before any analysis)', () => {
    it('rules out a text that names no action, in any spelling', () => {
      assert.equal(ironic().mayHoldAction('const nodes = await client.listNodes(); log.info(nodes.length);'), false);
      assert.equal(ironic(true).mayHoldAction('export function reboot() { return 1; }'), false);
      for (const text of ['client.setNodePowerState(id, "power off")', 'ironic.set_node_power_state(id)', 'this._deleteNode(n)', "const verb = 'attachVifToNode'; client[verb](id, vif);", 'const { patchNode: patch } = client;']) {
        assert.equal(ironic().mayHoldAction(text), true, text);
      }
    });

    it('never rules out a call it cannot see by name: an escaped identifier, a wildcard or a regular expression, a declaration', () => {
      assert.equal(ironic().mayHoldAction('client.\\u0073etNodePowerState(id, "on")'), true);
      assert.equal(ironic().mayHoldAction("client['\\x73etNodePowerState'](id, 'on')"), true);
      assert.equal(ironic().mayHoldAction("client['\\163etNodePowerState'](id, 'on')"), true);
      // An identity escape or a line continuation in a string key; a regular expression's escapes spell nothing.
      const spelled = parse("client['s\\etNodePowerState'](id, 'on');\nclient['setNode\\\nPowerState'](id, 'on');");
      assert.equal(ironic().mayHoldAction(spelled.sourceCode.text, spelled.sourceCode.ast.tokens), true);
      const regex = parse("const pattern = /\\d+\\s/u; LOG.info('done\\n', pattern);");
      assert.equal(ironic().mayHoldAction(regex.sourceCode.text, regex.sourceCode.ast.tokens), false);
      const make = (callee: ActionSpec['callee']): PreconditionVocabulary => new PreconditionVocabulary({ actions: [{ callee, requires: ['exists'] }], checks: IRONIC_CHECKS, exitCalls: [], listings: [], stateMachine: false });
      assert.equal(make('bmc.*').mayHoldAction('x()'), true);
      assert.equal(make('/^power/').mayHoldAction('x()'), true);
      assert.equal(make({ from: 'file', name: 'BmcClient' }).mayHoldAction('x()'), true);
      assert.equal(make('bmc.powerCycle').mayHoldAction('x()'), false);
      assert.equal(make('bmc.powerCycle').mayHoldAction('bmc.powerCycle()'), true);
    });
  });
});

describe('lib/matching/actions: mergeChecks', () => {
  it('keeps the fields a check given for an existing id does not give', () => {
    const merged = mergeChecks(IRONIC_CHECKS, { associated: { calls: ['**.validateInstanceAndNode', '**.lookupInstanceNode'] } });
    assert.deepEqual(merged.associated, { ...IRONIC_CHECKS.associated, calls: ['**.validateInstanceAndNode', '**.lookupInstanceNode'] });
  });
  it('drops the call named in a description when the calls no longer include it', () => {
    const merged = mergeChecks(IRONIC_CHECKS, { associated: { calls: ['**.lookupInstanceNode'] } });
    assert.ok(merged.associated);
    assert.equal(merged.associated.description, 'an association check');
    assert.deepEqual(merged.associated.binds, ['return', '0.node']);
    const described = mergeChecks(IRONIC_CHECKS, { associated: { calls: ['**.lookupInstanceNode'], description: 'a lookup' } });
    assert.equal(described.associated?.description, 'a lookup');
  });
  it('a state replaces a call check and calls replace a state test', () => {
    const state = { property: 'owner', pass: 'truthy' } as const;
    const toState = mergeChecks(IRONIC_CHECKS, { interfacesValid: { state } }).interfacesValid;
    assert.deepEqual(toState, { state, description: IRONIC_CHECKS.interfacesValid?.description });
    const toCall = mergeChecks(IRONIC_CHECKS, { notMaintenance: { calls: ['**.assertNotInMaintenance'] } }).notMaintenance;
    assert.equal(toCall?.state, undefined);
    assert.deepEqual(toCall?.calls, ['**.assertNotInMaintenance']);
  });
  it('null removes an id, later layers win, and new ids are taken as given', () => {
    const merged = mergeChecks(IRONIC_CHECKS, { exists: null }, { exists: { calls: ['**.fetchNode'] }, owned: { state: { property: 'owner', pass: 'truthy' } } });
    assert.deepEqual(merged.exists, { calls: ['**.fetchNode'] });
    assert.deepEqual(merged.owned, { state: { property: 'owner', pass: 'truthy' } });
    assert.equal(mergeChecks(IRONIC_CHECKS, { exists: null }).exists, null);
  });
});
