/**
 * require-precondition: the reference's 27 cases (numbered in the comments) and more — loops,
 * switch, labels, try/catch/finally, promises, callbacks, helpers, the strict state machine,
 * options and shared settings — without and with type information.
 */
import type { ESLint } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import dedent from 'dedent';
import { Linter } from 'eslint';
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';

import rule from '../../rules/require-precondition.js';
import { createRuleTester, createTypedRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();
const typedRuleTester = createTypedRuleTester();

ruleTester.run('require-precondition', rule, {
  valid: [
    dedent`
      class Driver {
        async powerOn(instance, portId) {
          const [node, port] = await Promise.all([this.validateInstanceAndNode(instance), this.ironic.getPort(portId)]);
          await this.ironic.setNodePowerState(node.id, 'power on');
          return port;
        }
        async deploy(id) {
          const [node, validation] = await Promise.all([this.ironic.getNode(id), this.ironic.validateNode(id, { required: null })]);
          if (!validation.deploy.result || !validation.power.result) throw new Error(\`node \${node.id} is not valid\`);
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      }
    `,
    dedent`
      class Driver {
        async crashDump(instance) {
          await this.ironic.injectNmiToNode((await this.validateInstanceAndNode(instance)).uuid);
        }
      }
    `,
    dedent`
      class Driver {
        async attachVolume(instance) {
          const node = await this.ironic.getNode(instance.nodeId);
          const target = { nodeId: node.id, volumeType: 'iscsi' };
          await this.ironic.createVolumeTarget(target);
        }
      }
    `,
    dedent`
      enum Verb {
        Deleted = 'deleted',
      }
      const Verbs = { Rescue: 'rescue' } as const;
      class Driver {
        async destroy(instance) {
          const node = await this.validateInstanceAndNode(instance);
          await this.ironic.setNodeProvisionState(node.id, Verb.Deleted);
          await this.ironic.setNodeProvisionState(node.id, Verbs.Rescue);
        }
      }
    `,
    dedent`
      class Unprovisioner {
        constructor(private ironic) {}
        async unprovision(node) {
          await this.ironic.setNodeProvisionState(node.id, 'deleted');
        }
      }
      export class Driver {
        async destroy(instance) {
          const node = await this.validateInstanceAndNode(instance);
          await new Unprovisioner(this.ironic).unprovision(node);
        }
      }
    `,
    dedent`
      class Driver {
        async powerOn(instance) {
          const { id: nodeId } = await this.validateInstanceAndNode(instance);
          await this.ironic.setNodePowerState(nodeId, 'power on');
        }
        async patch(name) {
          const { uuid } = await this.ironic.getNode(name);
          await this.ironic.patchNode(uuid, []);
        }
        async deploy(instance) {
          const node = await this.validateInstanceAndNode(instance);
          const { deploy, power } = await this.ironic.validateNode(node.id, { required: null });
          if (!deploy.result || !power.result) throw new Error('invalid');
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      }
    `,
    dedent`
      class Driver {
        async powerOn(instance) {
          const node = (await this.validateInstanceAndNode(instance)) ?? this.fail('no node');
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      }
    `,
    dedent`
      class Driver {
        async powerOff(instance) {
          await this.validateInstanceAndNode(instance).then((node) => LOG.debug('found %s', node.id));
          await this.ironic.setNodePowerState(instance.node, 'power off');
        }
      }
    `,
    {
      code: dedent`
        class Driver {
          async a(node) {
            if (node.isMaintenance === true) throw new Error('maintenance');
            await this.bmc.reboot(node.id);
          }
          async b(node) {
            if (node.isMaintenance !== false) return;
            await this.bmc.reboot(node.id);
          }
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      name: 'flag-compared-with-a-boolean',
    },
    dedent`
      class Driver {
        async manage(id, hard) {
          const node = await this.ironic.getNode(id);
          let target = 'manage';
          if (hard) target = 'provide';
          await this.ironic.setNodeProvisionState(node.id, target);
        }
      }
    `,
    dedent`
      class Driver {
        async remove(id) {
          const node = await this.ironic.getNode(id);
          if ((node.provisionState ?? 'unknown') !== 'manageable') return;
          await this.ironic.deleteNode(node.id);
        }
      }
    `,
    {
      code: dedent`
        const DELETABLE = { manageable: true, enroll: true, 'adopt failed': true };
        class Driver {
          async remove(id) {
            const node = await this.ironic.getNode(id);
            if (!(node.provisionState in DELETABLE)) return;
            if (node.instanceUuid) throw new Error('in use');
            await this.ironic.deleteNode(node.id);
          }
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'state-membership-by-in',
    },
    {
      // A check held in a class field is found through the field (a member call on this is not ruled out by its name).
      code: dedent`
        import { getNode, updateNode } from './ironic';
        export class Svc {
          private readonly fetchNode = getNode;
          async patch(id: string): Promise<void> {
            await this.fetchNode(id);
            await updateNode(id, {});
          }
        }
      `,
      name: 'check-through-a-class-field',
    },
    {
      code: dedent`
        async function rescue(instance, password) {
          await this.ironic.setNodeProvisionState(instance.node, 'rescue', { rescuePassword: password });
        }
      `,
      options: [{ checks: { associated: null } }],
      name: 'a check set to null is removed with every requirement on it',
    },
    // Reference cases 1-2: the fact travels with the validator's return value; a check in one branch only.
    dedent`
      async function powerOn(instance) {
        const node = await this.validateInstanceAndNode(instance);
        await this.ironic.setNodePowerState(node.id, 'power on');
      }
    `,
    // Reference cases 3-5: a state test counts only when its failing branch exits, with the right polarity.
    {
      code: dedent`
        async function rebootOutOfMaintenance(node) {
          if (node.isMaintenance) throw new Error('maintenance');
          await this.bmc.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      name: 'maintenance-test-throws',
    },
    {
      code: dedent`
        async function rebootInBranch(node) {
          if (!node.isMaintenance) {
            await this.bmc.reboot(node.id);
          }
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      name: 'maintenance-test-positive-branch',
    },
    // Reference case 6: an idempotency test around the action keeps the validator's fact.
    dedent`
      async function powerOffOnce(instance) {
        const node = await this.validateInstanceAndNode(instance);
        if (node.powerState !== 'power off') {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      }
    `,
    // Reference case 7: failure in the else branch, or a switch whose default throws.
    dedent`
      async function removeManageable(node) {
        if (node.provisionState === 'manageable') {
          log('deleting');
        } else {
          throw new Error('not manageable');
        }
        await this.ironic.deleteNode(node.id);
      }
    `,
    dedent`
      async function removeBySwitch(node) {
        switch (node.provisionState) {
          case 'manageable':
          case 'enroll':
            break;
          default:
            throw new Error('busy');
        }
        await this.ironic.deleteNode(node.id);
      }
    `,
    // Reference case 8: `ok(n) && act(n)` is guarded, `ok(n) || act(n)` is not.
    {
      code: dedent`
        function rebootIfOwned(node) {
          isOwned(node) && this.bmc.reboot(node);
        }
      `,
      options: [{ checks: { owned: { calls: ['isOwned'], returnsBoolean: true } }, actions: [{ callee: 'this.bmc.reboot', requires: ['owned'] }] }],
      name: 'boolean-check-and',
    },
    {
      code: dedent`
        async function rebootOwnedVariable(node) {
          const owned = await isOwned(node);
          if (!owned) throw new Error('not ours');
          await this.bmc.reboot(node);
        }
      `,
      options: [{ checks: { owned: { calls: ['isOwned'], returnsBoolean: true } }, actions: [{ callee: 'this.bmc.reboot', requires: ['owned'] }] }],
      name: 'boolean-check-result-variable',
    },
    // Reference case 9: a returning validator whose result is discarded, and an asserting one.
    dedent`
      async function deployAsserting(nodeId) {
        const node = await this.ironic.getNode(nodeId);
        await this.ironic.validateNode(node.id);
        await this.ironic.setNodeProvisionState(node.id, 'active');
      }
    `,
    // Reference case 10 (bug 1582680): testing the always-truthy interface object instead of its result.
    dedent`
      async function deployResultsTested(nodeId) {
        const node = await this.ironic.getNode(nodeId);
        const validateChk = await this.ironic.validateNode(node.id, { required: null });
        if (!validateChk.deploy.result || !validateChk.power.result || !validateChk.storage.result) {
          await this.cleanupDeploy(node);
          throw new Error('invalid');
        }
        await this.ironic.setNodeProvisionState(node.id, 'active');
      }
    `,
    // Reference case 12: reassignment from a non-check kills the fact; from a validator it renews it.
    dedent`
      async function powerOnRevalidated(instance, other) {
        let node = other;
        node = await this.validateInstanceAndNode(instance);
        await this.ironic.setNodePowerState(node.id, 'power on');
      }
    `,
    // Reference case 13: aliases and destructuring resolve to the same root.
    dedent`
      async function crashDump(instance) {
        const node = await this.validateInstanceAndNode(instance);
        const { id } = node;
        const nodeId = node.id;
        const { uuid: nodeUuid } = node;
        await this.ironic.setNodePowerState(id, 'power on');
        await this.ironic.injectNmiToNode(nodeId);
        await this.ironic.enableNodeConsole(nodeUuid);
      }
    `,
    dedent`
      async function patchByAlias(record) {
        const nodeId = record.id;
        await this.ironic.getNode(nodeId);
        await this.ironic.patchNode(record.id, []);
      }
    `,
    dedent`
      async function patchRecord(record) {
        await this.ironic.getNode(record.id);
        await this.ironic.setNodeProvisionState(record.id, 'manage');
      }
    `,
    // Reference case 14: loops.
    dedent`
      async function patchEachChecked(nodeIds) {
        for (const nodeId of nodeIds) {
          await this.ironic.getNode(nodeId);
          await this.ironic.patchNode(nodeId, []);
        }
      }
    `,
    dedent`
      async function patchAfterDoWhile(nodeId) {
        do {
          await this.ironic.getNode(nodeId);
        } while (await more());
        await this.ironic.patchNode(nodeId, []);
      }
    `,
    dedent`
      async function detachAll(nodeId, vifs) {
        const node = await this.ironic.getNode(nodeId);
        for (let i = 0; i < vifs.length; i++) {
          await this.ironic.detachVifFromNode(node.id, vifs[i]);
        }
      }
    `,
    // Reference case 15: a check in a try whose catch swallows, and a catch that rethrows.
    dedent`
      async function powerOnRethrown(instance) {
        let node;
        try {
          node = await this.validateInstanceAndNode(instance);
        } catch (e) {
          log(e);
          throw e;
        }
        await this.ironic.setNodePowerState(node.id, 'power on');
      }
    `,
    dedent`
      async function destroyIfFound(instance) {
        let node;
        try {
          node = await this.validateInstanceAndNode(instance);
        } catch (e) {
          if (e instanceof InstanceNotFound) return;
          throw e;
        }
        await this.ironic.setNodeProvisionState(node.id, 'deleted');
      }
    `,
    dedent`
      async function powerOffInTry(instance) {
        try {
          const node = await this.validateInstanceAndNode(instance);
          await this.ironic.setNodePowerState(node.id, 'power off');
        } catch (e) {
          log(e);
        }
      }
    `,
    // Reference case 16: a catch block sees the state at the try's entry.
    dedent`
      async function spawnWithCleanup(nodeId, vif) {
        const node = await this.ironic.getNode(nodeId);
        try {
          await this.ironic.patchNode(node.id, []);
        } catch (e) {
          await this.ironic.detachVifFromNode(node.id, vif);
          throw e;
        }
      }
    `,
    // Reference case 17: try/finally.
    dedent`
      async function powerOffFinallyChecked(instance) {
        const node = await this.validateInstanceAndNode(instance);
        try {
          log('powering off');
        } finally {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      }
    `,
    dedent`
      async function powerOffAfterFinally(instance) {
        let node;
        try {
          node = await this.validateInstanceAndNode(instance);
        } finally {
          log('done');
        }
        await this.ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    // Reference case 18: an exit through a call that never returns.
    {
      code: dedent`
        async function rebootOrFail(node) {
          if (node.isMaintenance) this.fail('maintenance');
          await this.bmc.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      name: 'default-exit-call-this-fail',
    },
    {
      code: dedent`
        async function rebootOrAbortConfigured(node) {
          if (node.isMaintenance) abort('maintenance');
          await this.bmc.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }], exitCalls: ['abort'] }],
      name: 'exit-calls-option',
    },
    {
      code: dedent`
        async function rebootOrProcessAbort(node) {
          if (node.isMaintenance) process.abort();
          await this.bmc.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      settings: { ironclad: { exitCalls: ['process.abort'] } },
      name: 'exit-calls-setting',
    },
    // Reference case 19: a same-file helper that validates on every path is a check.
    dedent`
      class HelperDriver {
        private async ensureNode(node) {
          await this.ironic.getNode(node.id);
        }
        async patch(node) {
          await this.ensureNode(node);
          await this.ironic.patchNode(node.id, []);
        }
      }
    `,
    dedent`
      class AssociationDriver {
        private async ensureAssociated(instance) {
          await this.validateInstanceAndNode(instance);
        }
        async powerOn(instance) {
          await this.ensureAssociated(instance);
          await this.ironic.setNodePowerState(instance.node, 'power on');
        }
      }
    `,
    dedent`
      class ReturningDriver {
        private async checkedNode(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.isMaintenance) throw new Error('maintenance');
          return node;
        }
        async powerOn(instance) {
          const node = await this.checkedNode(instance);
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      }
    `,
    dedent`
      class ForwardingDriver {
        private async checkedNode(instance) {
          return this.validateInstanceAndNode(instance);
        }
        async powerOn(instance) {
          const node = await this.checkedNode(instance);
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      }
    `,
    dedent`
      const fetchNode = async (ironic, id) => ironic.getNode(id);
      export async function patchFetched(ironic, id) {
        const node = await fetchNode(ironic, id);
        await ironic.patchNode(node.id, []);
      }
    `,
    // Reference case 20: an action in a private helper whose every same-file call is guarded.
    dedent`
      class TrustingDriver {
        private async unprovision(node) {
          await this.ironic.setNodeProvisionState(node.id, 'deleted');
        }
        async destroy(instance) {
          const node = await this.validateInstanceAndNode(instance);
          await this.unprovision(node);
        }
      }
    `,
    dedent`
      class HashDriver {
        async #cleanup(node) {
          await this.ironic.updateNode(node.id, { instanceId: null });
        }
        async destroy(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          await this.#cleanup(node);
        }
      }
    `,
    dedent`
      async function unprovisionNode(ironic, node) {
        await ironic.setNodeProvisionState(node.id, 'deleted');
      }
      export async function destroyNode(ironic, instance) {
        const node = await validateInstanceAndNode(instance);
        await unprovisionNode(ironic, node);
      }
    `,
    dedent`
      class NestedDriver {
        private async detach(node, vif) {
          await this.ironic.detachVifFromNode(node.id, vif);
        }
        private async unplug(node, vifs) {
          for (const vif of vifs) await this.detach(node, vif);
        }
        async cleanup(nodeId, vifs) {
          const node = await this.ironic.getNode(nodeId);
          await this.unplug(node, vifs);
        }
      }
    `,
    dedent`
      class StatefulDriver {
        private async powerOff() {
          await this.ironic.setNodePowerState(this.nodeId, 'power off');
        }
        async stop(instance) {
          await this.validateInstanceAndNode({ node: this.nodeId });
          await this.powerOff();
        }
      }
    `,
    // Reference case 21: callbacks see the state where they are created.
    dedent`
      async function unplugAll(instance, vifs) {
        const node = await this.validateInstanceAndNode(instance);
        vifs.forEach((vif) => this.ironic.detachVifFromNode(node.id, vif));
      }
    `,
    dedent`
      async function unplugAllFunction(instance, vifs) {
        const node = await this.validateInstanceAndNode(instance);
        const ironic = this.ironic;
        vifs.forEach(function (vif) {
          return ironic.detachVifFromNode(node.id, vif);
        });
      }
    `,
    // Reference case 22: promises.
    dedent`
      function powerOnThen(instance) {
        return this.validateInstanceAndNode(instance).then(() => this.ironic.setNodePowerState(instance.node, 'power on'));
      }
    `,
    dedent`
      function powerOnThenNode(instance) {
        return this.validateInstanceAndNode(instance).then((node) => this.ironic.setNodePowerState(node.id, 'power on'));
      }
    `,
    dedent`
      async function patchBoth(a, b) {
        await Promise.all([this.ironic.getNode(a), this.ironic.getNode(b)]);
        await this.ironic.patchNode(a, []);
        await this.ironic.patchNode(b, []);
      }
    `,
    // Reference case 23: non-literal provision targets.
    dedent`
      async function rebuildOrRescueValidated(instance, rebuild) {
        const node = await this.validateInstanceAndNode(instance);
        await this.ironic.setNodeProvisionState(node.id, rebuild ? 'rebuild' : 'rescue');
      }
    `,
    dedent`
      async function deployOrRebuildValidated(nodeId, rebuild) {
        const node = await this.ironic.getNode(nodeId);
        await this.ironic.validateNode(node.id);
        await this.ironic.setNodeProvisionState(node.id, rebuild ? 'rebuild' : 'active');
      }
    `,
    dedent`
      async function provisionByOption(nodeId, options) {
        const node = await this.ironic.getNode(nodeId);
        await this.ironic.setNodeProvisionState(node.id, options.manage ? 'manage' : 'provide');
      }
    `,
    dedent`
      class ManagingDriver {
        private async provision(node, target) {
          await this.ironic.setNodeProvisionState(node.id, target);
        }
        async manage(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          await this.provision(node, 'manage');
        }
        async provide(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          await this.provision(node, 'provide');
        }
      }
    `,
    // Reference case 24: optional calls, computed keys and destructured clients are the same callee.
    dedent`
      async function powerOnOptional(instance) {
        const node = await this.validateInstanceAndNode(instance);
        await this.ironic?.setNodePowerState?.(node.id, 'power on');
      }
    `,
    dedent`
      async function powerOnDestructuredChecked(instance) {
        const { setNodePowerState } = this.ironic;
        const node = await this.validateInstanceAndNode(instance);
        await setNodePowerState(node.id, 'power on');
      }
    `,
    dedent`
      async function power_on(instance) {
        const node = await this._validate_instance_and_node(instance);
        await this.ironic.set_node_power_state(node.id, 'power on');
      }
    `,
    // Reference case 25: destroy's "allowed or unknown: unprovision, else clean up" guards both branches.
    dedent`
      class DestroyingDriver {
        private async unprovision(node) {
          await this.ironic.setNodeProvisionState(node.id, 'deleted');
        }
        private async cleanup(node) {
          await this.ironic.updateNode(node.id, { instanceId: null });
        }
        async destroy(instance) {
          let node;
          try {
            node = await this.validateInstanceAndNode(instance);
          } catch (e) {
            if (e instanceof InstanceNotFound) return;
            throw e;
          }
          if (UNPROVISION_STATES.includes(node.provisionState) || !ALL_STATES.has(node.provisionState)) {
            await this.unprovision(node);
          } else {
            await this.cleanup(node);
          }
        }
      }
    `,
    // Reference case 26: an action after an unconditional throw is unreachable.
    dedent`
      async function rescueUnsupported(instance) {
        throw new Error('not supported');
        await this.ironic.setNodeProvisionState(instance.node, 'rescue');
      }
    `,
    // Switch statements.
    dedent`
      async function patchFallingThrough(node, kind) {
        switch (kind) {
          case 'a':
            log('a');
          case 'b':
            await this.ironic.getNode(node.id);
            await this.ironic.patchNode(node.id, []);
            break;
          default:
        }
      }
    `,
    dedent`
      async function patchEveryCase(node, kind) {
        switch (kind) {
          case 'a':
            await this.ironic.getNode(node.id);
            break;
          default:
            await this.validateInstanceAndNode({ node: node.id });
        }
        await this.ironic.patchNode(node.id, []);
      }
    `,
    dedent`
      async function patchOrLeave(node, kind) {
        switch (kind) {
          case 'a':
            await this.ironic.getNode(node.id);
            break;
          case 'b':
            return;
          default:
            throw new Error('unknown');
        }
        await this.ironic.patchNode(node.id, []);
      }
    `,
    dedent`
      async function removeInCase(node) {
        switch (node.provisionState) {
          case 'manageable':
            await this.ironic.deleteNode(node.id);
            break;
          default:
            log('not deletable');
        }
      }
    `,
    // Labelled statements.
    dedent`
      async function patchUnlessSkipped(nodes) {
        outer: for (const node of nodes) {
          for (const tag of node.tags) {
            if (tag === 'skip') continue outer;
          }
          await this.ironic.getNode(node.id);
          await this.ironic.patchNode(node.id, []);
        }
      }
    `,
    // Logical and conditional guards.
    dedent`
      async function removeIfFree(node) {
        if (node.provisionState === 'manageable' && !node.instanceId) {
          await this.ironic.deleteNode(node.id);
        }
      }
    `,
    dedent`
      async function removeUnlessBusy(node) {
        if (node.provisionState !== 'manageable' || node.instanceId) return;
        await this.ironic.deleteNode(node.id);
      }
    `,
    dedent`
      async function removeConditionally(node) {
        return node.provisionState === 'manageable' ? this.ironic.deleteNode(node.id) : null;
      }
    `,
    dedent`
      async function removeInline(node) {
        node.provisionState === 'manageable' && (await this.ironic.deleteNode(node.id));
      }
    `,
    dedent`
      const DELETABLE = ['manageable', 'enroll', 'adopt failed'];
      async function removeDeletable(node) {
        if (!DELETABLE.includes(node.provisionState)) throw new Error('busy');
        await this.ironic.deleteNode(node.id);
      }
    `,
    dedent`
      async function removeMaybe(node) {
        if (node?.provisionState !== 'manageable') return;
        await this.ironic.deleteNode(node.id);
      }
    `,
    // The strict state machine (`checkStateMachine`).
    {
      code: dedent`
        async function deployStrict(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          if (node.isMaintenance) throw new Error('maintenance');
          if (node.provisionState !== 'available' && node.provisionState !== 'deploy failed') throw new Error('busy');
          await this.ironic.validateNode(node.id);
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-deploy-from-available',
    },
    {
      code: dedent`
        async function deployStrictConstants(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          if (node.isMaintenance) throw new Error('maintenance');
          if (node.provisionState !== ProvisionState.AVAILABLE && node.provisionState !== ProvisionState.DEPLOYFAIL) throw new Error('busy');
          await this.ironic.validateNode(node.id);
          await this.ironic.setNodeProvisionState(node.id, ProvisionState.ACTIVE);
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-deploy-by-constants',
    },
    {
      code: dedent`
        async function powerOffNotCleaning(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.provisionState === 'cleaning' || node.provisionState === 'clean wait') return;
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-power-not-cleaning',
    },
    {
      code: dedent`
        async function powerOffCleaningList(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (['cleaning', 'clean wait'].includes(node.provisionState)) return;
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-power-cleaning-list',
    },
    {
      code: dedent`
        async function powerOnInMaintenance(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.provisionState === 'cleaning' || node.provisionState === 'clean wait') return;
          if (node.isMaintenance) log('in maintenance: powering on anyway');
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-power-in-maintenance-allowed',
    },
    {
      code: dedent`
        async function destroyStrict(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (['active', 'deploy failed', 'error', 'wait call-back'].includes(node.provisionState)) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-delete-needs-no-maintenance-test',
    },
    {
      code: dedent`
        const KNOWN_STATES = new Set(['enroll', 'verifying', 'manageable', 'available', 'active', 'wait call-back', 'deploying', 'deploy failed', 'deploy complete', 'deploy hold', 'deleting', 'deleted', 'cleaning', 'clean wait', 'clean failed', 'clean hold', 'error', 'inspecting', 'inspect failed', 'inspect wait', 'adopting', 'adopt failed', 'rescue', 'rescue failed', 'rescue wait', 'rescuing', 'unrescue failed', 'unrescuing', 'servicing', 'service wait', 'service failed', 'service hold']);
        async function destroyUnknownState(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.provisionState === 'active' || !KNOWN_STATES.has(node.provisionState)) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-delete-unknown-state',
    },
    {
      code: dedent`
        async function rescueStrict(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.isMaintenance || node.provisionState !== 'active') throw new Error('cannot rescue');
          await this.ironic.setNodeProvisionState(node.id, 'rescue');
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-rescue',
    },
    {
      code: dedent`
        async function rebuildStrict(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          if (node.isMaintenance) throw new Error('maintenance');
          switch (node.provisionState) {
            case 'active':
            case 'error':
            case 'deploy failed':
              break;
            default:
              throw new Error('busy');
          }
          await this.ironic.validateNode(node.id);
          await this.ironic.setNodeProvisionState(node.id, 'rebuild');
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-rebuild',
    },
    {
      code: dedent`
        async function removeStrict(node) {
          if (node.provisionState !== 'manageable' || node.instanceId) throw new Error('busy');
          await this.ironic.deleteNode(node.id);
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'strict-delete-node',
    },
    {
      code: dedent`
        async function powerOffReplaced(instance) {
          const node = await this.validateInstanceAndNode(instance);
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      `,
      options: [{ checkStateMachine: true, actions: { replace: [{ callee: 'this.ironic.setNodePowerState', requires: ['associated'] }] } }],
      name: 'strict-off-without-replaced-actions',
    },
    // Options: actions, checks, listings.
    {
      code: dedent`
        async function deletePodByObject(name, namespace) {
          await this.k8s.readNamespacedPod({ name, namespace });
          await this.k8s.deleteNamespacedPod({ name, namespace });
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.k8s.deleteNamespacedPod', subject: '0.name', requires: ['podRead'] }] }, checks: { podRead: { calls: ['this.k8s.readNamespacedPod'], binds: ['0.name'] } } }],
      name: 'actions-subject-property-path',
    },
    {
      code: dedent`
        async function patchFetchedNode(id) {
          await this.ironic.fetchNode(id);
          await this.ironic.patchNode(id, []);
        }
      `,
      options: [{ checks: { exists: { calls: ['**.fetchNode'], binds: 'both' } } }],
      name: 'checks-overridden',
    },
    {
      code: dedent`
        async function deleteOwnedPod(name) {
          await this.k8s.readOwnedPod(name);
          await this.k8s.deletePod(name);
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.k8s.deletePod', requires: ['podRead'] }] }, checks: { podRead: { calls: ['this.k8s.readPod'], binds: 'argument' }, podOwned: { calls: ['this.k8s.readOwnedPod'], binds: 'argument', implies: ['podRead'] } } }],
      name: 'checks-implies',
    },
    {
      code: dedent`
        async function deleteFinishedPod(pod) {
          if (pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed') return;
          await this.k8s.deletePod(pod);
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.k8s.deletePod', subject: 0, requires: ['finished'] }] }, checks: { finished: { state: { property: 'status.phase', passIn: ['Succeeded', 'Failed'] } } } }],
      name: 'checks-pass-in',
    },
    {
      code: dedent`
        async function unlockDoor(door) {
          if (door.alarm === 'armed' || door.alarm === 'triggered') throw new Error('alarm on');
          await this.hub.unlock(door);
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.hub.unlock', requires: ['disarmed'] }] }, checks: { disarmed: { state: { property: 'alarm', passNotIn: ['armed', 'triggered'] } } } }],
      name: 'checks-pass-not-in',
    },
    dedent`
      async function deleteTargets(instance) {
        const node = await this.validateInstanceAndNode(instance);
        const targets = await this.ironic.listVolumeTargets({ nodeId: node.id });
        for (const target of targets) {
          await this.ironic.deleteVolumeTarget(target.id);
        }
      }
    `,
    {
      code: dedent`
        async function patchAllocations(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          const allocations = await this.ironic.listAllocations({ node: node.id });
          for (const allocation of allocations) await this.ironic.patchNode(allocation.id, []);
        }
      `,
      options: [{ listings: [{ callee: '**.listAllocations', owner: '0.node' }] }],
      name: 'listings-option',
    },
    dedent`
      async function attachVolume(nodeId, volumeId) {
        const node = await this.ironic.getNode(nodeId);
        await this.ironic.createVolumeTarget({ nodeId: node.id, volumeId });
      }
    `,
    // Shared settings (`settings.ironclad`), and options laid over them.
    {
      code: dedent`
        async function lightUpRead(id) {
          await this.hue.readLight(id);
          await this.hue.setLight(id, { on: true });
        }
      `,
      options: [{ checks: { lightRead: { calls: ['this.hue.readLight'], binds: 'argument' } } }],
      settings: { ironclad: { actions: [{ callee: 'this.hue.setLight', requires: ['lightRead'] }], checks: { lightRead: { calls: ['this.hue.getLight'], binds: 'argument' } } } },
      name: 'settings-checks-overridden-by-option',
    },
    {
      code: dedent`
        async function patchSettingAllocations(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          const allocations = await this.ironic.listAllocations({ node: node.id });
          for (const allocation of allocations) await this.ironic.patchNode(allocation.id, []);
        }
      `,
      settings: { ironclad: { listings: [{ callee: '**.listAllocations', owner: '0.node' }] } },
      name: 'settings-listings',
    },
    // A check that binds its argument and its return value pairs them: a test of one vouches for the other.
    dedent`
      async function removeById(nodeId) {
        const node = await this.ironic.getNode(nodeId);
        if (node.provisionState !== 'manageable') throw new Error('busy');
        await this.ironic.deleteNode(nodeId);
      }
    `,
    // A state test without a property tests the subject itself; assertions; paths into a check's return value.
    {
      code: dedent`
        async function bindEndpoint(device, cluster) {
          const endpoint = device.endpoint(cluster.endpoint);
          if (!endpoint) throw new Error('no such endpoint');
          await endpoint.bind(cluster.name);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      name: 'existence-test-on-subject',
    },
    {
      code: dedent`
        async function bindIfPresent(device, cluster) {
          await device.endpoint(cluster.endpoint)?.bind(cluster.name);
          const endpoint = device.endpoint(cluster.endpoint);
          await endpoint?.bind(cluster.name);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      name: 'existence-by-optional-call',
    },
    {
      code: dedent`
        import assert from 'node:assert';
        async function bindAsserted(device) {
          const endpoint = device.endpoints.find((item) => item.supportsBinding);
          assert(endpoint);
          await endpoint.bind('genOnOff');
          const other = device.endpoints.find((item) => item.isDefault);
          assert.ok(other && other.online, 'no default endpoint');
          await other.bind('genLevelCtrl');
          const third = device.endpoints.find((item) => item.isSpare);
          invariant(third, 'no spare endpoint');
          await third.bind('genScenes');
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      name: 'assertion-calls',
    },
    dedent`
      import assert from 'node:assert';
      async function removeAsserted(node) {
        assert(node.provisionState === 'manageable', 'node busy');
        await this.ironic.deleteNode(node.id);
      }
    `,
    {
      code: dedent`
        class Bridge {
          async removeDevice(id) {
            const entity = this.getEntity('device', id);
            await entity.zh.removeFromNetwork();
          }
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.removeFromNetwork', subject: 'this', requires: ['entityFound'] }] }, checks: { entityFound: { calls: ['this.getEntity'], binds: ['return', 'return.zh'], description: '`getEntity`' } } }],
      name: 'binds-path-into-return',
    },
    dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string }>; patchNode(id: string, p: unknown[]): Promise<void> };
      async function getNodeOrNull(id: string): Promise<{ id: string } | null> {
        try {
          return await ironic.getNode(id);
        } catch {
          return null;
        }
      }
      export async function viaHelper(id: string): Promise<void> {
        const node = await getNodeOrNull(id);
        if (!node) return;
        await ironic.patchNode(node.id, []);
      }
      export async function viaCatch(id: string): Promise<void> {
        const node = await ironic.getNode(id).catch(() => null);
        if (node === null) return;
        await ironic.patchNode(node.id, []);
      }
      export async function viaTry(id: string): Promise<void> {
        let node;
        try {
          node = await ironic.getNode(id);
        } catch {
          node = undefined;
        }
        if (node != null) await ironic.patchNode(node.id, []);
      }
    `,
    dedent`
      declare const ironic: { enableNodeConsole(id: string | undefined): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string; uuid?: string }>;
      export async function consoleOn(instance: { uuid: string; node: string }, byUuid: boolean): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        await ironic.enableNodeConsole(node.uuid ?? node.id);
        await ironic.enableNodeConsole(byUuid ? node.uuid : node.id);
        const id = node.uuid || node.id;
        await ironic.enableNodeConsole(id);
      }
    `,
    dedent`
      declare const ironic: { disableNodeConsole(id: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string }): Promise<{ id: string }>;
      export async function consoleOff(i: { uuid: string }, alt: { uuid: string }, fresh: boolean): Promise<void> {
        const node = fresh ? await validateInstanceAndNode(i) : await validateInstanceAndNode(alt);
        await ironic.disableNodeConsole(node.id);
      }
    `,
    dedent`
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function remove(node: { id: string; provisionState: string }): Promise<void> {
        switch (true) {
          case node.provisionState === 'manageable':
          case node.provisionState === 'available':
            break;
          default:
            throw new Error('busy');
        }
        await ironic.deleteNode(node.id);
      }
    `,
    dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string }>; patchNode(id: string, p: unknown[]): Promise<void> };
      declare const LOG: { warning(...a: unknown[]): void };
      export async function viaCatch(id: string): Promise<void> {
        const node = await ironic.getNode(id).catch(() => null);
        if (!node) return;
        await ironic.patchNode(id, []);
      }
      export async function viaTry(id: string): Promise<void> {
        let node;
        try {
          node = await ironic.getNode(id);
        } catch (error) {
          LOG.warning(error);
        }
        if (node === undefined) return;
        await ironic.patchNode(node.id, []);
      }
    `,
    dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string }>; patchNode(id: string, p: unknown[]): Promise<void> };
      async function getNodeOrNull(id: string) {
        return ironic.getNode(id).catch(() => null);
      }
      export async function viaHelper(id: string): Promise<void> {
        const node = await getNodeOrNull(id);
        if (!node) return;
        await ironic.patchNode(node.id, []);
      }
    `,
    dedent`
      declare const ironic: { enableNodeConsole(id: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id?: string }>;
      export async function consoleOn(instance: { uuid: string; node: string }): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        const id = node.id ?? instance.node;
        await ironic.enableNodeConsole(id);
      }
    `,
    dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string }>;
      declare const LOG: { warn(...a: unknown[]): void };
      export async function successFlag(instance: { uuid: string; node: string }): Promise<void> {
        let validated = false;
        try {
          await validateInstanceAndNode(instance);
          validated = true;
        } catch (error) {
          LOG.warn('not associated', error);
        }
        if (!validated) return;
        await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function failureFlag(instance: { uuid: string; node: string }): Promise<void> {
        let failed = false;
        try {
          await validateInstanceAndNode(instance);
        } catch (error) {
          LOG.warn('not associated', error);
          failed = true;
        }
        if (failed) return;
        await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
    dedent`
      export async function powerOff(ironic, id, done) {
        const node = await ironic.getNode(id).catch(() => null).finally(() => done());
        if (!node) return;
        await ironic.patchNode(node.id, []);
      }
    `,
    dedent`
      export async function resume(ironic, nodeId) {
        const node = await ironic.getNode(nodeId).catch((error) => {
          LOG.error('no node %s', nodeId);
          throw new DriverError('no node', { cause: error });
        });
        await ironic.unsetNodeMaintenance(node.id);
      }
      export async function inspect(ironic, nodeId) {
        await ironic.getNode(nodeId).catch(function (error) {
          throw new DriverError('no node', { cause: error });
        }).finally(() => LOG.debug('looked up'));
        await ironic.patchNode(nodeId, []);
      }
    `,
    dedent`
      export async function rebootAll(ironic, instances) {
        const nodes = await Promise.all(instances.map((i) => validateInstanceAndNode(i)));
        for (const node of nodes) {
          await ironic.setNodePowerState(node.id, 'rebooting');
        }
        for (const node of await Promise.all(instances.map(async (i) => await validateInstanceAndNode(i)))) {
          await ironic.injectNmiToNode(node.uuid);
        }
      }
    `,
    dedent`
      const isDeletable = (node) => node.provisionState === 'manageable' || node.provisionState === 'enroll';
      function isUnused(node) {
        return node.provisionState === 'manageable' && !node.instanceId;
      }
      export async function purge(ironic, id) {
        const node = await ironic.getNode(id);
        if (!isDeletable(node)) throw new DriverError('not deletable');
        await ironic.deleteNode(node.id);
      }
      export async function purgeUnused(ironic, id) {
        const node = await ironic.getNode(id);
        if (isUnused(node)) {
          await ironic.deleteNode(node.id);
        }
      }
    `,
    dedent`
      const STRICT = { required: ['deploy', 'power'] };
      export async function deploy(ironic, id) {
        await ironic.getNode(id);
        await ironic.validateNode(id, STRICT);
        await ironic.setNodeProvisionState(id, 'active');
      }
    `,
    dedent`
      export function reboot(ironic, instance) {
        return validateInstanceAndNode(instance)
          .then(() => LOG.info('validated'))
          .then(() => ironic.setNodePowerState(instance.node, 'rebooting'));
      }
      export function rebootAfterFinally(ironic, instance) {
        return validateInstanceAndNode(instance)
          .finally(() => LOG.info('validated'))
          .then(() => ironic.setNodePowerState(instance.node, 'rebooting'));
      }
    `,
    dedent`
      export async function cleanup(ironic, nodeId) {
        const node = await ironic.getNode(nodeId);
        const targets = await ironic.listVolumeTargets({ nodeId: node.id });
        targets.forEach((t) => ironic.deleteVolumeTarget(t.id));
        await Promise.all(targets.map((t) => ironic.deleteVolumeTarget(t.id)));
      }
    `,
    dedent`
      export async function powerOn(ironic, instance) {
        const pending = validateInstanceAndNode(instance);
        const node = await pending;
        await ironic.setNodePowerState(node.id, 'power on');
      }
    `,
    dedent`
      const DELETABLE = ['manageable', 'enroll', 'adopt failed'];
      const CLEANABLE = new Set(['manageable']);
      const STATES = { manageable: true, enroll: true };
      export async function remove(client, node) {
        if (!DELETABLE.includes(node.provisionState ?? '')) return;
        await client.deleteNode(node.id);
      }
      export async function remove2(client, node) {
        if (!CLEANABLE.has(node.provisionState || 'unknown')) throw new Error('busy');
        await client.deleteNode(node.id);
      }
      export async function remove3(client, node) {
        if (!((node.provisionState ?? '') in STATES)) return;
        await client.deleteNode(node.id);
      }
    `,
    dedent`
      export async function powerOff(ironic, instance) {
        let id;
        id = (await ironic.validateInstanceAndNode(instance)).id;
        await ironic.setNodePowerState(id, 'power off');
      }
      export async function powerOn(ironic, instance) {
        let uuid;
        let info;
        ({ uuid, driverInfo: info } = await ironic.validateInstanceAndNode(instance));
        await ironic.setNodePowerState(uuid, 'power on');
      }
    `,
    dedent`
      export async function remove(client, node) {
        const state = node.provisionState ?? 'unknown';
        if (state !== 'manageable') return;
        await client.deleteNode(node.id);
      }
    `,
    dedent`
      export async function powerOff(ironic, instance) {
        const node = await ironic.validateInstanceAndNode(instance);
        await ironic.setNodePowerState(\`\${node.id}\`, 'power off');
        await ironic.setNodePowerState(String(node.uuid), 'power off');
        await ironic.injectNmiToNode(node.id.toString());
      }
    `,
    {
      code: dedent`
        export async function provide(ironic, nodeId) {
          const node = await ironic.getNode(nodeId);
          if (node.isMaintenance || node.provisionState !== 'manageable') throw new Error('cannot provide');
          await ironic.setNodeProvisionState(node.id, 'provide');
        }
        export async function manage(ironic, nodeId) {
          const node = await ironic.getNode(nodeId);
          if (!['enroll', 'available', 'clean failed'].includes(node.provisionState)) return;
          await ironic.setNodeProvisionState(node.id, 'manage');
        }
        export async function reinspect(ironic, nodeId) {
          const node = await ironic.getNode(nodeId);
          if (node.provisionState !== 'inspect failed') return;
          await ironic.setNodeProvisionState(node.id, 'inspect');
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'state-machine-sources-tested',
    },
    dedent`
      export async function nmi(ironic, instance, other) {
        const node = (await ironic.validateInstanceAndNode(instance)) ?? fail('no node');
        await ironic.injectNmiToNode(node.id);
        const second = other ? await ironic.validateInstanceAndNode(other) : await ironic.validateInstanceAndNode(instance);
        await ironic.injectNmiToNode(second.id);
      }
    `,
    {
      code: dedent`
        export async function remove(api, pod) {
          if (pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed') return;
          await api.deletePod(pod);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.deletePod', subject: 0, requires: ['finished'] }] }, checks: { finished: { state: { property: 'status.phase', passIn: ['Succeeded', 'Failed'], allowUnknown: true }, description: 'a test that the pod has finished' } } }],
      name: 'a-custom-state-check-where-nothing-known-fails-holds-once-tested',
    },
    {
      code: dedent`
        export async function notDone(api, pod) {
          if (pod.status.phase !== 'Succeeded') return;
          await api.deletePod(pod);
        }
        export async function running(api, pod) {
          if (pod.status.phase === 'Running') throw new Error('running');
          await api.deletePod(pod);
        }
        export async function bySwitch(api, pod) {
          switch (pod.status.phase) {
            case 'Running':
              return;
            default:
              await api.deletePod(pod);
          }
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.deletePod', subject: 0, requires: ['phaseTested'] }] }, checks: { phaseTested: { state: { property: 'status.phase', pass: 'tested' }, description: 'a test of the pod\'s phase' } } }],
      name: 'tested-custom-property-compared-with-a-constant-passes',
    },
    {
      code: dedent`
        export function viaThen(hub, user, door) {
          return hub.authorize(user, door).then((ok) => {
            if (!ok) throw new Error('denied');
            return hub.unlock(door);
          });
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.unlock', subject: 0, requires: ['authorized'] }] }, checks: { authorized: { calls: ['**.authorize'], binds: ['1'], returnsBoolean: true, description: 'an authorization of the user for the door' } } }],
      name: 'boolean-check-result-tested-inside-its-then-callback',
    },
    dedent`
      export async function spawn(ironic, nodeId) {
        const node = await ironic.getNode(nodeId);
        await ironic.validateNode(node.id, { required: null }).then((chk) => {
          if (!chk.deploy.result || !chk.power.result) throw new Error('invalid');
          return ironic.setNodeProvisionState(node.id, 'active');
        });
      }
    `,
    {
      code: dedent`
        export async function both(hub, door, user) {
          if (door.isArmed) return;
          if (!(await hub.authenticate(user))) return;
          await hub.unlock(door, user);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.unlock', subject: 0, requires: ['disarmed'] }, { callee: '**.unlock', subject: 1, requires: ['authenticated'] }] }, checks: { disarmed: { state: { property: 'isArmed', pass: 'falsy' }, description: 'a test that the door is disarmed' }, authenticated: { calls: ['**.authenticate'], binds: 'argument', returnsBoolean: true, description: 'an authentication of the user' } } }],
      name: 'two-entries-without-when-for-one-call-hold-together',
    },
    dedent`
      export class Driver {
        async #unplugVifs(node, vifs) {
          await Promise.all(vifs.map((vif) => this.ironic.detachVifFromNode(node.id, vif)));
        }
        async detachAll(instance, vifs) {
          const node = await this.validateInstanceAndNode(instance);
          await this.#unplugVifs(node, vifs);
        }
      }
    `,
    dedent`
      export class Driver {
        async cleanup(instance) {
          await this.validateInstanceAndNode(instance);
          const targets = await this.ironic.listVolumeTargets({ nodeId: instance.node });
          for (let i = 0; i < targets.length; i++) {
            const target = targets[i];
            await this.ironic.deleteVolumeTarget(target.id);
            await this.ironic.deleteVolumeTarget(targets[i].uuid);
          }
        }
      }
    `,
    dedent`
      export class Driver {
        async powerOn(instance) {
          const node = await this.validateInstanceAndNode(instance);
          const req = { node, state: 'power on' };
          await this.ironic.setNodePowerState(req.node.id, req.state);
        }
        async #unprovision(node) {
          await this.ironic.setNodeProvisionState(node.id, 'deleted');
        }
        async destroy(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.provisionState !== 'active') return;
          const args = { target: node };
          await this.#unprovision(args.target);
        }
      }
    `,
    dedent`
      const DELETABLE = ['available', 'manageable'];
      export async function compound(ironic, id) {
        const node = await ironic.getNode(id);
        switch (true) {
          case node.provisionState !== 'available' && node.provisionState !== 'manageable':
            throw new Error('not deletable');
        }
        await ironic.deleteNode(node.id);
      }
      export async function membershipWithDefaultExit(ironic, id) {
        const node = await ironic.getNode(id);
        switch (true) {
          case DELETABLE.includes(node.provisionState):
            break;
          default:
            throw new Error('not deletable');
        }
        await ironic.deleteNode(node.id);
      }
      export async function switchFalse(ironic, id) {
        const node = await ironic.getNode(id);
        switch (false) {
          case node.provisionState === 'available' || node.provisionState === 'manageable':
            throw new Error('not deletable');
        }
        await ironic.deleteNode(node.id);
      }
      export async function orCaseThatExits(ironic, id) {
        const node = await ironic.getNode(id);
        switch (true) {
          case node.provisionState === 'active' || node.provisionState === 'deploying':
            throw new Error('busy');
        }
        await ironic.deleteNode(node.id);
      }
    `,
    dedent`
      export class Driver {
        async consoleOn(instance) {
          const node = await this.validateInstanceAndNode(instance);
          const [nodeId, mode] = [node.id, 'on'];
          await this.ironic.enableNodeConsole(nodeId, mode);
          const { target } = { target: node.id };
          await this.ironic.disableNodeConsole(target);
        }
      }
    `,
    {
      code: dedent`
        export class Accessory {
          async send(commands) {
            if (this.device.online === false) throw new Error('offline');
            return await this.deviceManager.sendCommands(this.device.id, commands);
          }
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.sendCommands', requires: ['onlineTested'] }] }, checks: { onlineTested: { state: { property: 'online', pass: 'tested' }, description: 'a test of whether the device is online' } } }],
      name: 'a-flag-compared-with-false-is-tested',
    },
  ],
  invalid: [
    {
      code: dedent`
        class Driver {
          async a(node) {
            if (node.isMaintenance !== false) {
              await this.bmc.reboot(node.id);
            }
          }
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`reboot`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance' },
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 37,
        },
      ],
      name: 'flag-not-false-is-not-proven-true',
    },
    {
      code: dedent`
        class Driver {
          async powerOn(instance, earlier) {
            const [node] = await Promise.all([...earlier, this.validateInstanceAndNode(instance)]);
            await this.ironic.setNodePowerState(node.id, 'power on');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 61,
        },
      ],
      name: 'check-after-a-spread-in-promise-all',
    },
    {
      code: dedent`
        class Driver {
          async powerOn(instance, portId) {
            const [port, node] = await Promise.all([this.ironic.getPort(portId), this.validateInstanceAndNode(instance)]);
            await this.ironic.setNodePowerState(port.nodeId, 'power on');
            return node;
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'port.nodeId', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 65,
        },
      ],
      name: 'other-element-of-promise-all',
    },
    {
      code: dedent`
        class Driver {
          async crashDump(instance) {
            await this.ironic.injectNmiToNode((await this.ironic.getPort(instance.portId)).nodeId);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`injectNmiToNode`', subject: '(await this.ironic.getPort(instance.portId)).nodeId', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 91,
        },
      ],
      name: 'other-result-read-in-place',
    },
    {
      code: dedent`
        class Driver {
          async attachVolume(instance) {
            const target = { nodeId: instance.nodeId, volumeType: 'iscsi' };
            await this.ironic.createVolumeTarget(target);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`createVolumeTarget`', subject: 'instance.nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 49,
        },
      ],
      name: 'object-argument-held-in-a-const-unchecked',
    },
    {
      code: dedent`
        class Unprovisioner {
          constructor(private ironic) {}
          async unprovision(node) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
        }
        export class Driver {
          async destroy(instance) {
            const node = await this.validateInstanceAndNode(instance);
            await new Unprovisioner(this.ironic).unprovision(node);
          }
          async purge(node) {
            const unprovisioner = new Unprovisioner(this.ironic);
            await unprovisioner.unprovision(node);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPreconditionAtCaller',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', line: '14' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 64,
        },
      ],
      name: 'internal-class-method-called-unchecked',
    },
    {
      code: dedent`
        class Driver {
          async deploy(instance) {
            const node = await this.validateInstanceAndNode(instance);
            const { deploy } = await this.ironic.validateNode(node.id, { required: null });
            if (!deploy.result) throw new Error('invalid');
            await this.ironic.setNodeProvisionState(node.id, 'active');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'node.id', missing: '`validateNode` with its deploy and power results tested' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 63,
        },
      ],
      name: 'check-result-destructured-untested',
    },
    {
      code: dedent`
        class Driver {
          async powerOn(instance) {
            const node = (await this.validateInstanceAndNode(instance)) ?? this.cachedNode;
            await this.ironic.setNodePowerState(node.id, 'power on');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 61,
        },
      ],
      name: 'check-result-with-a-fallback-value',
    },
    {
      code: dedent`
        class Driver {
          async a(instance) {
            return this.validateInstanceAndNode(instance).catch(() => this.ironic.setNodePowerState(instance.node, 'power off'));
          }
          async b(instance) {
            await this.validateInstanceAndNode(instance).catch((error) => LOG.warning(error));
            await this.ironic.setNodePowerState(instance.node, 'power off');
          }
          async c(instance) {
            return this.validateInstanceAndNode(instance).finally(() => this.ironic.setNodePowerState(instance.node, 'power off'));
          }
          async d(instance) {
            await this.validateInstanceAndNode(instance).then((node) => node, () => undefined);
            await this.ironic.setNodePowerState(instance.node, 'power off');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 120,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 68,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 10,
          column: 65,
          endLine: 10,
          endColumn: 122,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 14,
          column: 11,
          endLine: 14,
          endColumn: 68,
        },
      ],
      name: 'check-whose-rejection-is-handled',
    },
    {
      code: dedent`
        class Driver {
          async a(node) {
            if (node.isMaintenance === false) throw new Error('not in maintenance');
            await this.bmc.reboot(node.id);
          }
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`reboot`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 35,
        },
      ],
      name: 'flag-compared-with-a-boolean-wrong-way',
    },
    {
      code: dedent`
        class Driver {
          async manage(id, hard, computed) {
            const node = await this.ironic.getNode(id);
            let target = 'manage';
            if (hard) target = 'deleted';
            await this.ironic.setNodeProvisionState(node.id, target);
            let other = 'manage';
            other += computed;
            await this.ironic.setNodeProvisionState(node.id, other);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `manage` or `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 61,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to a target not known statically', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) and `validateNode` with its deploy and power results tested' },
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 60,
        },
      ],
      name: 'let-target-one-of-which-needs-more',
    },
    {
      code: dedent`
        const BUSY = { active: true, deploying: true };
        class Driver {
          async remove(id) {
            const node = await this.ironic.getNode(id);
            if (!(node.provisionState in BUSY)) return;
            if (node.instanceUuid) throw new Error('in use');
            await this.ironic.deleteNode(node.id);
          }
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test for manageable, enroll or adopt failed (`active`, `deploying` still get through)' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 42,
        },
      ],
      name: 'state-membership-by-in-wrong-way',
    },
    // Reference cases 1-2: the fact travels with the validator's return value; a check in one branch only.
    {
      code: dedent`
        async function powerOnFresh(instance, fresh) {
          let node = instance.node;
          if (fresh) {
            node = await this.validateInstanceAndNode(instance);
          }
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `if` at line 3 has a path without it' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 59,
        },
      ],
      name: 'check-in-one-branch',
    },
    // Reference cases 3-5: a state test counts only when its failing branch exits, with the right polarity.
    {
      code: dedent`
        async function rebootAfterLog(node) {
          if (node.isMaintenance) log('maintenance');
          await this.bmc.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`reboot`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance', where: ': the `if` at line 2 has a path without it' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 33,
        },
      ],
      name: 'maintenance-test-without-exit',
    },
    {
      code: dedent`
        async function rebootWrongPolarity(node) {
          if (!node.isMaintenance) return;
          await this.bmc.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`reboot`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 33,
        },
      ],
      name: 'maintenance-test-wrong-polarity',
    },
    // Reference case 8: `ok(n) && act(n)` is guarded, `ok(n) || act(n)` is not.
    {
      code: dedent`
        function rebootUnlessOwned(node) {
          isOwned(node) || this.bmc.reboot(node);
        }
      `,
      options: [{ checks: { owned: { calls: ['isOwned'], returnsBoolean: true } }, actions: [{ callee: 'this.bmc.reboot', requires: ['owned'] }] }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`reboot`', subject: 'node', missing: 'the check `owned`' },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 41,
        },
      ],
      name: 'boolean-check-or',
    },
    {
      code: dedent`
        async function rebootOwnedUntested(node) {
          await isOwned(node);
          await this.bmc.reboot(node);
        }
      `,
      options: [{ checks: { owned: { calls: ['isOwned'], returnsBoolean: true } }, actions: [{ callee: 'this.bmc.reboot', requires: ['owned'] }] }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`reboot`', subject: 'node', missing: 'the check `owned`' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 30,
        },
      ],
      name: 'boolean-check-result-untested',
    },
    // Reference case 9: a returning validator whose result is discarded, and an asserting one.
    {
      code: dedent`
        async function deployDiscarded(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          await this.ironic.validateNode(node.id, { required: null });
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'node.id', missing: '`validateNode` with its deploy and power results tested' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 61,
        },
      ],
      name: 'validate-node-result-discarded',
    },
    // Reference case 10 (bug 1582680): testing the always-truthy interface object instead of its result.
    {
      code: dedent`
        async function deployTruthyObject(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          const validateChk = await this.ironic.validateNode(node.id, { required: null });
          if (!validateChk.deploy || !validateChk.power) {
            throw new Error('invalid');
          }
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'node.id', missing: '`validateNode` with its deploy and power results tested' },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 61,
        },
      ],
      name: 'validate-node-always-truthy',
    },
    {
      code: dedent`
        async function deployDeployResultOnly(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          const validateChk = await this.ironic.validateNode(node.id, { required: null });
          if (!validateChk.deploy.result) throw new Error('invalid');
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'node.id', missing: '`validateNode` with its deploy and power results tested' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 61,
        },
      ],
      name: 'validate-node-one-result-tested',
    },
    // Reference case 11: validating one node does not vouch for another.
    {
      code: dedent`
        async function powerOnOther(instance, other) {
          const node = await this.validateInstanceAndNode(instance);
          log(node.id);
          await this.ironic.setNodePowerState(other.id, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'other.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 60,
        },
      ],
      name: 'check-of-another-node',
    },
    // Reference case 12: reassignment from a non-check kills the fact; from a validator it renews it.
    {
      code: dedent`
        async function powerOnReassigned(instance, other) {
          let node = await this.validateInstanceAndNode(instance);
          node = other;
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 59,
        },
      ],
      name: 'reassigned-from-non-check',
    },
    {
      code: dedent`
        async function powerOnRenamed(instance, otherId) {
          const node = await this.validateInstanceAndNode(instance);
          node.id = otherId;
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 59,
        },
      ],
      name: 'identity-property-overwritten',
    },
    // Reference case 14: loops.
    {
      code: dedent`
        async function patchAfterLoop(instances, node) {
          for (const instance of instances) {
            await this.ironic.getNode(node.id);
          }
          await this.ironic.patchNode(node.id, []);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', where: ': the `for…of` loop at line 2 has a path without it' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 43,
        },
      ],
      name: 'check-in-loop-that-may-not-run',
    },
    {
      code: dedent`
        async function patchEach(nodeIds) {
          for (const nodeId of nodeIds) {
            await this.ironic.patchNode(nodeId, []);
            await this.ironic.getNode(nodeId);
          }
        }
      `,
      errors: [
        {
          // Each iteration binds a new nodeId: the previous iteration's check was of another node.
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 44,
        },
      ],
      name: 'check-after-action-in-loop-body',
    },
    {
      code: dedent`
        async function patchWhile(nodeId) {
          while (await more()) {
            await this.ironic.patchNode(nodeId, []);
            await this.ironic.getNode(nodeId);
          }
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`patchNode`', subject: 'nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', where: ': the `while` loop at line 2 has a path without it' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 44,
        },
      ],
      name: 'check-after-action-in-while',
    },
    // Reference case 15: a check in a try whose catch swallows, and a catch that rethrows.
    {
      code: dedent`
        async function powerOnSwallowed(instance) {
          let node;
          try {
            node = await this.validateInstanceAndNode(instance);
          } catch (e) {
            log(e);
          }
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 3 has a path without it' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 59,
        },
      ],
      name: 'check-in-try-swallowing-catch',
    },
    {
      code: dedent`
        async function powerOnSomeSwallowed(instance) {
          let node;
          try {
            node = await this.validateInstanceAndNode(instance);
          } catch (e) {
            if (e instanceof NotFound) log(e);
            else throw e;
          }
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `if` at line 6 has a path without it' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 60,
        },
      ],
      name: 'check-in-try-catch-swallows-some',
    },
    {
      code: dedent`
        async function powerOffInCatch(instance) {
          let node = instance.node;
          try {
            await prepare();
            node = await this.validateInstanceAndNode(instance);
          } catch (e) {
            await this.ironic.setNodePowerState(node.id, 'power off');
          }
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 3 has a path without it' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 62,
        },
      ],
      name: 'action-in-catch-check-late-in-try',
    },
    // Reference case 17: try/finally.
    {
      code: dedent`
        async function powerOffFinally(instance, other) {
          let node = other;
          try {
            node = await this.validateInstanceAndNode(instance);
          } finally {
            await this.ironic.setNodePowerState(node.id, 'power off');
          }
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 3 has a path without it' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 62,
        },
      ],
      name: 'action-in-finally-after-check-in-try',
    },
    // Reference case 18: an exit through a call that never returns.
    {
      code: dedent`
        async function rebootOrAbort(node) {
          if (node.isMaintenance) abort('maintenance');
          await this.bmc.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`reboot`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance', where: ': the `if` at line 2 has a path without it' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 33,
        },
      ],
      name: 'unknown-exit-call-untyped',
    },
    // Reference case 19: a same-file helper that validates on every path is a check.
    {
      code: dedent`
        class SometimesDriver {
          private async ensureNode(node, really) {
            if (really) await this.ironic.getNode(node.id);
          }
          async patch(node) {
            await this.ensureNode(node, true);
            await this.ironic.patchNode(node.id, []);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 45,
        },
      ],
      name: 'helper-that-checks-on-some-paths',
    },
    {
      code: dedent`
        class CachingDriver {
          private async checkedNode(instance, cached) {
            if (cached) return cached;
            return await this.validateInstanceAndNode(instance);
          }
          async powerOn(instance, cached) {
            const node = await this.checkedNode(instance, cached);
            await this.ironic.setNodePowerState(node.id, 'power on');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 61,
        },
      ],
      name: 'helper-returning-unchecked-value-on-some-path',
    },
    // Reference case 20: an action in a private helper whose every same-file call is guarded.
    {
      code: dedent`
        class PartlyTrustingDriver {
          private async unprovision(node) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
          async destroy(instance) {
            const node = await this.validateInstanceAndNode(instance);
            await this.unprovision(node);
          }
          async forceDestroy(node) {
            await this.unprovision(node);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPreconditionAtCaller',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', line: '10' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 64,
        },
      ],
      name: 'private-helper-with-one-unguarded-caller',
    },
    {
      code: dedent`
        class UntrustingDriver {
          private async unprovision(node) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
          async destroy(instance) {
            const node = await this.validateInstanceAndNode(instance);
            await this.unprovision(node);
          }
        }
      `,
      options: [{ trustCallers: false }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 64,
        },
      ],
      name: 'trust-callers-off',
    },
    {
      code: dedent`
        export async function unprovisionExported(ironic, node) {
          await ironic.setNodeProvisionState(node.id, 'deleted');
        }
        export async function destroyExported(ironic, instance) {
          const node = await validateInstanceAndNode(instance);
          await unprovisionExported(ironic, node);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 57,
        },
      ],
      name: 'exported-function-not-trusted',
    },
    {
      code: dedent`
        class PublicDriver {
          async unprovision(node) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
          async destroy(instance) {
            const node = await this.validateInstanceAndNode(instance);
            await this.unprovision(node);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 64,
        },
      ],
      name: 'public-method-not-trusted',
    },
    {
      code: dedent`
        class CallbackDriver {
          private async unprovision(node) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
          async destroy(instance) {
            const node = await this.validateInstanceAndNode(instance);
            await this.unprovision(node);
            schedule(this.unprovision);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 64,
        },
      ],
      name: 'private-method-passed-as-callback-not-trusted',
    },
    // Reference case 21: callbacks see the state where they are created.
    {
      code: dedent`
        async function unplugEarly(instance, vifs) {
          const detach = (vif) => this.ironic.detachVifFromNode(instance.node, vif);
          await this.validateInstanceAndNode(instance);
          vifs.forEach(detach);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`detachVifFromNode`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 2,
          column: 27,
          endLine: 2,
          endColumn: 76,
        },
      ],
      name: 'callback-created-before-check',
    },
    {
      code: dedent`
        async function unplugIsolated(instance, vifs) {
          const node = await this.validateInstanceAndNode(instance);
          vifs.forEach((vif) => this.ironic.detachVifFromNode(node.id, vif));
        }
      `,
      options: [{ callbacks: 'isolate' }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`detachVifFromNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 25,
          endLine: 3,
          endColumn: 68,
        },
      ],
      name: 'callbacks-isolate',
    },
    {
      code: dedent`
        async function patchAfterCallback(nodeIds) {
          nodeIds.forEach((nodeId) => this.ironic.getNode(nodeId));
          await this.ironic.patchNode(nodeIds[0], []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'nodeIds[0]', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 46,
        },
      ],
      name: 'check-inside-callback-does-not-count-outside',
    },
    // Reference case 22: promises.
    {
      code: dedent`
        async function powerOnConcurrently(instance) {
          await Promise.all([this.validateInstanceAndNode(instance), this.ironic.setNodePowerState(instance.node, 'power on')]);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 2,
          column: 62,
          endLine: 2,
          endColumn: 118,
        },
      ],
      name: 'promise-all-check-and-action',
    },
    {
      code: dedent`
        function powerOnThenOther(instance, other) {
          return this.validateInstanceAndNode(instance).then(() => this.ironic.setNodePowerState(other.id, 'power on'));
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'other.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 2,
          column: 60,
          endLine: 2,
          endColumn: 111,
        },
      ],
      name: 'then-callback-other-parameter',
    },
    {
      code: dedent`
        async function patchSettled(a) {
          await Promise.allSettled([this.ironic.getNode(a)]);
          await this.ironic.patchNode(a, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'a', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 37,
        },
      ],
      name: 'promise-all-settled-does-not-assert',
    },
    {
      code: dedent`
        async function patchRaced(a, timeout) {
          await Promise.race([this.ironic.getNode(a), timeout]);
          await this.ironic.patchNode(a, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'a', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 37,
        },
      ],
      name: 'promise-race-does-not-assert',
    },
    // Reference case 23: non-literal provision targets.
    {
      code: dedent`
        async function rebuildOrRescue(instance, rebuild) {
          const node = await this.ironic.getNode(instance.node);
          await this.ironic.setNodeProvisionState(node.id, rebuild ? 'rebuild' : 'rescue');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rebuild` or `rescue`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 83,
        },
      ],
      name: 'conditional-target-needs-union',
    },
    {
      code: dedent`
        async function deployOrRebuild(nodeId, rebuild) {
          const node = await this.ironic.getNode(nodeId);
          await this.ironic.setNodeProvisionState(node.id, rebuild ? 'rebuild' : 'active');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rebuild` or `active`', subject: 'node.id', missing: '`validateNode` with its deploy and power results tested' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 83,
        },
      ],
      name: 'deploy-or-rebuild-needs-validation',
    },
    {
      code: dedent`
        async function provisionUnchecked(node, verb) {
          await this.ironic.setNodeProvisionState(node.uuid, verb);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to a target not known statically', subject: 'node.uuid', missing: 'an association check (`validateInstanceAndNode`) and `validateNode` with its deploy and power results tested' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 59,
        },
      ],
      name: 'unknown-target-without-any-check',
    },
    {
      code: dedent`
        async function provisionByConstants(instance) {
          const node = await this.ironic.getNode(instance.node);
          await this.ironic.setNodeProvisionState(node.id, ProvisionState.DELETED);
          await this.ironic.setNodeProvisionState(node.id, states.RESCUE);
          await this.ironic.setNodeProvisionState(node.id, VERBS.unrescue);
          await this.ironic.setNodeProvisionState(node.id, ProvisionState.MANAGEABLE);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 75,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rescue`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 66,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `unrescue`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 67,
        },
      ],
      name: 'constant-targets',
    },
    {
      code: dedent`
        async function provisionBound(nodeId) {
          const target = 'rescue';
          const node = await this.ironic.getNode(nodeId);
          await this.ironic.setNodeProvisionState(node.id, target);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rescue`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 59,
        },
      ],
      name: 'const-bound-target',
    },
    {
      code: dedent`
        async function provisionAnything(nodeId, target) {
          const node = await this.ironic.getNode(nodeId);
          await this.ironic.setNodeProvisionState(node.id, target);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to a target not known statically', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) and `validateNode` with its deploy and power results tested' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 59,
        },
      ],
      name: 'unknown-target-needs-every-target',
    },
    {
      code: dedent`
        class TargetDriver {
          private async provision(node, target) {
            await this.ironic.setNodeProvisionState(node.id, target);
          }
          async rescue(nodeId) {
            const node = await this.ironic.getNode(nodeId);
            await this.provision(node, 'rescue');
          }
          async manage(nodeId) {
            const node = await this.ironic.getNode(nodeId);
            await this.provision(node, 'manage');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPreconditionAtCaller',
          data: { action: '`setNodeProvisionState` to `rescue` or `manage`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', line: '7' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 61,
        },
      ],
      name: 'helper-target-from-callers',
    },
    // Reference case 24: optional calls, computed keys and destructured clients are the same callee.
    {
      code: dedent`
        async function powerOnOptionalUnchecked(instance) {
          await this.ironic?.setNodePowerState?.(instance.node, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 68,
        },
      ],
      name: 'optional-call-without-check',
    },
    {
      code: dedent`
        async function powerOnComputed(instance) {
          await this.ironic['setNodePowerState'](instance.node, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 68,
        },
      ],
      name: 'computed-key-without-check',
    },
    {
      code: dedent`
        async function powerOnDestructured(instance) {
          const { setNodePowerState } = this.ironic;
          await setNodePowerState(instance.node, 'power on');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 53,
        },
      ],
      name: 'destructured-client-without-check',
    },
    {
      code: dedent`
        async function inject_nmi(instance) {
          await this.ironic.inject_nmi_to_node(instance.node);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`inject_nmi_to_node`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 54,
        },
      ],
      name: 'snake-case-sdk-unchecked',
    },
    // Reference case 27: a hoisted function declaration sees the state at the function's entry.
    {
      code: dedent`
        async function destroyHoisted(instance) {
          const node = await this.validateInstanceAndNode(instance);
          await tearDown();
          async function tearDown() {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 64,
        },
      ],
      name: 'hoisted-declaration-after-check',
    },
    // Switch statements.
    {
      code: dedent`
        async function patchByKind(node, kind) {
          switch (kind) {
            case 'a':
              await this.ironic.getNode(node.id);
            case 'b':
              await this.ironic.patchNode(node.id, []);
              break;
            default:
          }
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', where: ': the `switch` at line 2 has a path without it' },
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 47,
        },
      ],
      name: 'switch-fall-through-past-check',
    },
    {
      code: dedent`
        async function patchWithoutDefault(node, kind) {
          switch (kind) {
            case 'a':
              await this.ironic.getNode(node.id);
              break;
            case 'b':
              await this.ironic.getNode(node.id);
          }
          await this.ironic.patchNode(node.id, []);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', where: ': the `switch` at line 2 has a path without it' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 43,
        },
      ],
      name: 'switch-without-default',
    },
    {
      code: dedent`
        async function removeAfterSwitch(node) {
          switch (node.provisionState) {
            case 'manageable':
              log('ok');
              break;
            default:
              log('not deletable');
          }
          await this.ironic.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure', where: ': the `switch` at line 2 has a path without it' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 40,
        },
      ],
      name: 'switch-on-state-without-exit',
    },
    // Labelled statements.
    {
      code: dedent`
        async function patchAfterLabelledBreak(node, items) {
          outer: for (const item of items) {
            for (const other of item.others) {
              if (other.skip) break outer;
            }
            await this.ironic.getNode(node.id);
          }
          await this.ironic.patchNode(node.id, []);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', where: ': the `for…of` loop at line 2 has a path without it' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 43,
        },
      ],
      name: 'labelled-break-skips-check',
    },
    {
      code: dedent`
        async function patchAfterLabelledBlock(node, flag) {
          check: {
            if (flag) break check;
            await this.ironic.getNode(node.id);
          }
          await this.ironic.patchNode(node.id, []);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', where: ': the `if` at line 3 has a path without it' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 43,
        },
      ],
      name: 'labelled-block-break-skips-check',
    },
    // Logical and conditional guards.
    {
      code: dedent`
        async function removeBlindly(node) {
          await this.ironic.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 40,
        },
      ],
      name: 'delete-node-without-state-test',
    },
    {
      code: dedent`
        async function removeAfterWarning(node) {
          if (node.provisionState !== 'manageable') log('odd state');
          await this.ironic.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure', where: ': the `if` at line 2 has a path without it' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 40,
        },
      ],
      name: 'delete-node-state-test-without-exit',
    },
    {
      code: dedent`
        async function removeByPower(node) {
          if (node.powerState !== 'power off') return;
          await this.ironic.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 40,
        },
      ],
      name: 'delete-node-other-property-tested',
    },
    // The strict state machine (`checkStateMachine`).
    {
      code: dedent`
        async function deployStrictUntested(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          await this.ironic.validateNode(node.id);
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance and a provision-state test for available or deploy failed' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 61,
        },
      ],
      name: 'strict-deploy-without-state-tests',
    },
    {
      code: dedent`
        async function deployStrictFromActive(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          if (node.isMaintenance) throw new Error('maintenance');
          if (node.provisionState !== 'available' && node.provisionState !== 'active') throw new Error('busy');
          await this.ironic.validateNode(node.id);
          await this.ironic.setNodeProvisionState(node.id, 'active');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'node.id', missing: 'a provision-state test for available or deploy failed (`active` still gets through)' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 61,
        },
      ],
      name: 'strict-deploy-from-wrong-source',
    },
    {
      code: dedent`
        async function powerOffStrict(instance) {
          const node = await this.validateInstanceAndNode(instance);
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'a provision-state test that exits while the node is cleaning' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 60,
        },
      ],
      name: 'strict-power-while-cleaning',
    },
    {
      code: dedent`
        async function powerOffHalfCleaning(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.provisionState === 'cleaning') return;
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'a provision-state test that exits while the node is cleaning (`clean wait` still gets through)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 60,
        },
      ],
      name: 'strict-power-half-cleaning',
    },
    {
      code: dedent`
        async function destroyWhileCleaning(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (['active', 'cleaning'].includes(node.provisionState)) {
            await this.ironic.setNodeProvisionState(node.id, 'deleted');
          }
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `deleted`', subject: 'node.id', missing: 'a provision-state test for a state Ironic tears down from, or an unknown one (`cleaning` still gets through)' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 64,
        },
      ],
      name: 'strict-delete-from-cleaning',
    },
    {
      code: dedent`
        async function rescueInMaintenance(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.provisionState !== 'active') throw new Error('cannot rescue');
          await this.ironic.setNodeProvisionState(node.id, 'rescue');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rescue`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 61,
        },
      ],
      name: 'strict-rescue-in-maintenance',
    },
    {
      code: dedent`
        async function unrescueFromActive(instance) {
          const node = await this.validateInstanceAndNode(instance);
          if (node.isMaintenance || node.provisionState !== 'active') throw new Error('cannot unrescue');
          await this.ironic.setNodeProvisionState(node.id, 'unrescue');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `unrescue`', subject: 'node.id', missing: 'a provision-state test for rescue, rescue failed or unrescue failed (`active` still gets through)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 63,
        },
      ],
      name: 'strict-unrescue-from-active',
    },
    {
      code: dedent`
        async function rebuildUnvalidated(nodeId) {
          const node = await this.ironic.getNode(nodeId);
          if (node.isMaintenance || node.provisionState !== 'active') throw new Error('cannot rebuild');
          await this.ironic.setNodeProvisionState(node.id, 'rebuild');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rebuild`', subject: 'node.id', missing: '`validateNode` with its deploy and power results tested' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 62,
        },
      ],
      name: 'strict-rebuild-without-validation',
    },
    {
      code: dedent`
        async function removeWithInstance(node) {
          if (node.provisionState !== 'manageable') throw new Error('busy');
          await this.ironic.deleteNode(node.id);
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a test that the node has no instance' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 40,
        },
      ],
      name: 'strict-delete-node-with-instance',
    },
    // Options: actions, checks, listings.
    {
      code: dedent`
        async function deletePodAndPower(name) {
          await this.k8s.deletePod(name);
          await this.ironic.setNodePowerState(name, 'power off');
        }
      `,
      options: [{ actions: [{ callee: 'this.k8s.deletePod', subject: 0, requires: ['exists'] }] }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deletePod`', subject: 'name', missing: 'an existence check (`getNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 33,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'name', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 57,
        },
      ],
      name: 'actions-extend-defaults',
    },
    {
      code: dedent`
        async function deletePodOnly(name) {
          await this.k8s.deletePod(name);
          await this.ironic.setNodePowerState(name, 'power off');
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.k8s.deletePod', requires: ['exists'] }] } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deletePod`', subject: 'name', missing: 'an existence check (`getNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 33,
        },
      ],
      name: 'actions-replace-defaults',
    },
    {
      code: dedent`
        async function deletePodAdded(name) {
          await this.k8s.deletePod(name);
        }
      `,
      options: [{ actions: { add: [{ callee: 'this.k8s.deletePod', requires: ['exists'], description: 'pod deletion' }] } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deletePod` (pod deletion)', subject: 'name', missing: 'an existence check (`getNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 33,
        },
      ],
      name: 'actions-add-form',
    },
    {
      code: dedent`
        async function switchLights(id) {
          await this.ironic.getNode(id);
          await this.lights.set(id, 'on');
          await this.lights.set(id, 'off');
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.lights.set', when: { argument: 1, in: ['off'] }, requires: ['lightRead'] }, { callee: 'this.lights.set', requires: ['exists'] }] }, checks: { lightRead: { calls: ['this.lights.read'], binds: 'argument', description: '`lights.read`' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`set` to `off`', subject: 'id', missing: '`lights.read`' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 35,
        },
      ],
      name: 'actions-when-selects-by-argument',
    },
    {
      code: dedent`
        async function deleteOtherPod(name, other, namespace) {
          await this.k8s.readNamespacedPod({ name, namespace });
          await this.k8s.deleteNamespacedPod({ name: other, namespace });
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.k8s.deleteNamespacedPod', subject: '0.name', requires: ['podRead'] }] }, checks: { podRead: { calls: ['this.k8s.readNamespacedPod'], binds: ['0.name'] } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNamespacedPod`', subject: 'other', missing: 'the check `podRead`' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 65,
        },
      ],
      name: 'actions-subject-property-path-unchecked',
    },
    {
      code: dedent`
        async function startMachines(vm, other) {
          if (!vm.ready) return;
          await vm.start();
          await other.start();
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.start', subject: 'this', requires: ['ready'] }] }, checks: { ready: { state: { property: 'ready', pass: 'truthy' }, description: 'a readiness test' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`start`', subject: 'other', missing: 'a readiness test' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 22,
        },
      ],
      name: 'actions-subject-this',
    },
    {
      code: dedent`
        async function deleteReadPod(name, other) {
          await this.k8s.readPod(name);
          await this.k8s.deletePod(name);
          await this.k8s.deletePod(other);
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.k8s.deletePod', requires: ['podRead'] }] }, checks: { podRead: { calls: ['this.k8s.readPod'], binds: 'argument', description: '`readPod`' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deletePod`', subject: 'other', missing: '`readPod`' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 34,
        },
      ],
      name: 'checks-added',
    },
    {
      code: dedent`
        async function patchWithoutExistence(id) {
          await this.ironic.getNode(id);
          await this.ironic.patchNode(id, []);
        }
      `,
      options: [{ checks: { exists: null }, actions: { replace: [{ callee: '**.patchNode', requires: ['associated'] }] } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 38,
        },
      ],
      name: 'checks-removed-with-null',
    },
    {
      code: dedent`
        async function patchGotNode(id) {
          await this.ironic.getNode(id);
          await this.ironic.patchNode(id, []);
        }
      `,
      options: [{ checks: { exists: { calls: ['**.fetchNode'], binds: 'both' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'id', missing: 'an association check (`validateInstanceAndNode`) or an existence check' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 38,
        },
      ],
      name: 'checks-overridden-old-call-gone',
    },
    {
      code: dedent`
        async function deleteRunningPod(pod) {
          if (pod.status.phase === 'Pending') return;
          await this.k8s.deletePod(pod);
        }
      `,
      options: [{ actions: { replace: [{ callee: 'this.k8s.deletePod', subject: 0, requires: ['finished'] }] }, checks: { finished: { state: { property: 'status.phase', passIn: ['Succeeded', 'Failed'] }, description: 'a test that the pod has finished' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deletePod`', subject: 'pod', missing: 'a test that the pod has finished' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 32,
        },
      ],
      name: 'checks-pass-in-running',
    },
    {
      code: dedent`
        async function deleteTargetsBlindly(nodeId) {
          const targets = await this.ironic.listVolumeTargets({ nodeId });
          for (const target of targets) {
            await this.ironic.deleteVolumeTarget(target.id);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteVolumeTarget`', subject: 'target.id`, listed for `nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 52,
        },
      ],
      name: 'listings-default-unchecked-owner',
    },
    {
      code: dedent`
        async function deleteTargetsUnlisted(instance) {
          const node = await this.validateInstanceAndNode(instance);
          const targets = await this.ironic.listVolumeTargets({ nodeId: node.id });
          for (const target of targets) {
            await this.ironic.deleteVolumeTarget(target.id);
          }
        }
      `,
      options: [{ listings: { replace: [{ callee: '**.listAllocations', owner: '0.node' }] } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteVolumeTarget`', subject: 'target.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 52,
        },
      ],
      name: 'listings-replaced',
    },
    {
      code: dedent`
        async function attachVolumeElsewhere(nodeId, volumeId) {
          const node = await this.ironic.getNode(nodeId);
          await this.ironic.createVolumeTarget({ nodeId: 'other-node', volumeId });
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`createVolumeTarget`', subject: '\'other-node\'', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 75,
        },
      ],
      name: 'object-argument-subject-other',
    },
    // Shared settings (`settings.ironclad`), and options laid over them.
    {
      code: dedent`
        async function lightUp(id, other) {
          await this.hue.getLight(id);
          await this.hue.setLight(id, { on: true });
          await this.hue.setLight(other, { on: true });
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setLight`', subject: 'other', missing: 'the check `lightRead`' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 47,
        },
      ],
      settings: { ironclad: { actions: [{ callee: 'this.hue.setLight', requires: ['lightRead'] }], checks: { lightRead: { calls: ['this.hue.getLight'], binds: 'argument' } } } },
      name: 'settings-actions-and-checks',
    },
    {
      code: dedent`
        async function lightAndPower(id) {
          await this.hue.setLight(id, { on: true });
          await this.ironic.setNodePowerState(id, 'power off');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setLight`', subject: 'id', missing: 'an existence check (`getNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 44,
        },
      ],
      settings: { ironclad: { actions: { replace: [{ callee: 'this.hue.setLight', requires: ['exists'] }] } } },
      name: 'settings-actions-replaced',
    },
    // A check that binds its argument and its return value pairs them: a test of one vouches for the other.
    {
      code: dedent`
        async function removeRewritten(nodeId, other) {
          const node = await this.ironic.getNode(nodeId);
          if (node.provisionState !== 'manageable') throw new Error('busy');
          nodeId = other;
          await this.ironic.deleteNode(nodeId);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'nodeId', missing: 'a provision-state test that exits on failure' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 39,
        },
      ],
      name: 'argument-rewritten-after-pairing',
    },
    {
      code: dedent`
        async function removeRefetched(nodeId, cached) {
          let node = await this.ironic.getNode(nodeId);
          node = cached;
          if (node.provisionState !== 'manageable') throw new Error('busy');
          await this.ironic.deleteNode(nodeId);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'nodeId', missing: 'a provision-state test that exits on failure' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 39,
        },
      ],
      name: 'returned-node-rewritten-before-test',
    },
    // A state test without a property tests the subject itself; assertions; paths into a check's return value.
    {
      code: dedent`
        async function bindBlindly(device, cluster) {
          const endpoint = device.endpoint(cluster.endpoint);
          await endpoint.bind(cluster.name);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`bind`', subject: 'endpoint', missing: 'a test that the endpoint exists' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 36,
        },
      ],
      name: 'existence-test-missing',
    },
    {
      code: dedent`
        import assert from 'node:assert';
        async function bindAssertedMissing(device) {
          const endpoint = device.endpoints.find((item) => item.legacy);
          assert(!endpoint || endpoint.retired);
          await endpoint.bind('genOnOff');
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`bind`', subject: 'endpoint', missing: 'a test that the endpoint exists', where: ': the logical expression at line 4 has a path without it' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 34,
        },
      ],
      name: 'assertion-of-the-opposite',
    },
    {
      code: dedent`
        class OtherBridge {
          async removeDevice(id) {
            const entity = this.getEntity('device', id);
            await entity.removeFromNetwork();
          }
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.removeFromNetwork', subject: 'this', requires: ['entityFound'] }] }, checks: { entityFound: { calls: ['this.getEntity'], binds: ['return.zh'], description: '`getEntity`' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`removeFromNetwork`', subject: 'entity', missing: '`getEntity`' },
          line: 4,
          column: 11,
          endLine: 4,
          endColumn: 37,
        },
      ],
      name: 'binds-path-into-return-other-path',
    },
    {
      code: dedent`
        declare const ironic: { getNode(id: string): Promise<{ id: string }>; patchNode(id: string, p: unknown[]): Promise<void> };
        declare const cached: { id: string } | null;
        async function getNodeOrCached(id: string) {
          if (id === '') return cached;
          return await ironic.getNode(id);
        }
        export async function viaHelper(id: string): Promise<void> {
          const node = await getNodeOrCached(id);
          if (!node) return;
          await ironic.patchNode(node.id, []);
        }
        export async function viaCatch(id: string, fallback: { id: string }): Promise<void> {
          const node = await ironic.getNode(id).catch(() => fallback);
          if (!node) return;
          await ironic.patchNode(node.id, []);
        }
        export async function untested(id: string): Promise<void> {
          const node = await ironic.getNode(id).catch(() => null);
          await ironic.patchNode(node!.id, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 10,
          column: 9,
          endLine: 10,
          endColumn: 38,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 38,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'node!.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 19,
          column: 9,
          endLine: 19,
          endColumn: 39,
        },
      ],
      name: 'check-or-something-else-then-tested',
    },
    {
      code: dedent`
        declare const ironic: { enableNodeConsole(id: string | undefined): Promise<void> };
        declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string; uuid?: string }>;
        export async function consoleOn(instance: { uuid: string; node: string }, other: { id: string }, byUuid: boolean): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await ironic.enableNodeConsole(node.uuid ?? other.id);
          await ironic.enableNodeConsole(byUuid ? other.id : node.id);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`enableNodeConsole`', subject: 'node.uuid ?? other.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 56,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`enableNodeConsole`', subject: 'byUuid ? other.id : node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 62,
        },
      ],
      name: 'names-of-two-nodes',
    },
    {
      code: dedent`
        declare const ironic: { disableNodeConsole(id: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
        declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string }>;
        declare const cached: { id: string };
        export async function consoleOff(i: { uuid: string; node: string }, alt: { uuid: string; node: string }, fresh: boolean): Promise<void> {
          const node = fresh ? await validateInstanceAndNode(i) : cached;
          await ironic.disableNodeConsole(node.id);
          const other = fresh ? await validateInstanceAndNode(i) : await validateInstanceAndNode(alt);
          await ironic.setNodePowerState(i.node, 'power off');
          await ironic.disableNodeConsole(other.id);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`disableNodeConsole`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the conditional expression at line 5 has a path without it' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 43,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'i.node', missing: 'an association check (`validateInstanceAndNode`)', where: ': the conditional expression at line 7 has a path without it' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 54,
        },
      ],
      name: 'conditional-check-or-not',
    },
    {
      code: dedent`
        declare const ironic: { deleteNode(id: string): Promise<void> };
        export async function remove(node: { id: string; provisionState: string }): Promise<void> {
          switch (true) {
            case node.provisionState === 'manageable':
              break;
            default:
              console.warn('busy');
          }
          await ironic.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure', where: ': the `switch` at line 3 has a path without it' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 35,
        },
      ],
      name: 'switch-true-without-exit',
    },
    {
      code: dedent`
        declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
        declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string }>;
        export async function off(instance: { uuid: string; node: string }, skip: boolean): Promise<void> {
          if (!skip) await validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power off');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'preconditionMissingAndNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'a provision-state test that exits while the node is cleaning', partial: 'an association check (`validateInstanceAndNode`)', where: ': the `if` at line 4 has a path without it' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 61,
        },
      ],
      name: 'missing-and-partly-missing-worded-apart',
    },
    {
      code: dedent`
        declare const ironic: { getNode(id: string): Promise<{ id: string }>; updateNode(id: string | undefined, p: unknown[]): Promise<void> };
        declare const LOG: { warning(...a: unknown[]): void };
        export async function viaCatch(id: string): Promise<void> {
          const node = await ironic.getNode(id).catch(() => null);
          if (node === undefined) return;
          await ironic.updateNode(node?.id, []);
        }
        export async function viaTry(id: string): Promise<void> {
          let node;
          try {
            node = await ironic.getNode(id);
          } catch (error) {
            LOG.warning(error);
          }
          if (node === null) return;
          await ironic.updateNode(node?.id, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`updateNode`', subject: 'node?.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 40,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`updateNode`', subject: 'node?.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', where: ': the `try` at line 10 has a path without it' },
          line: 16,
          column: 9,
          endLine: 16,
          endColumn: 40,
        },
      ],
      name: 'test-rules-out-only-the-nothing-it-names',
    },
    {
      code: dedent`
        declare const ironic: { getNode(id: string): Promise<{ id: string }>; patchNode(id: string, p: unknown[]): Promise<void> };
        async function getNodeOrNull(id: string) {
          return ironic.getNode(id).catch(() => null);
        }
        export async function viaCatch(id: string): Promise<void> {
          const node = ironic.getNode(id).catch(() => null);
          if (!node) return;
          await ironic.patchNode(id, []);
        }
        export async function viaHelper(id: string): Promise<void> {
          const node = getNodeOrNull(id);
          if (!node) return;
          await ironic.patchNode(id, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 33,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 33,
        },
      ],
      name: 'unawaited-check-or-null-is-a-promise',
    },
    {
      code: dedent`
        declare const k8s: any;
        export async function act(name: string) {
          const report = await k8s.validate(name);
          if (!report) return;
          await k8s.act(report);
        }
      `,
      options: [{ actions: [{ callee: 'k8s.act', requires: ['valid'] }], checks: { valid: { calls: ['k8s.validate'], binds: 'return', resultTest: ['ok'] } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`act`', subject: 'report', missing: 'the check `valid`' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 24,
        },
      ],
      name: 'a-result-that-must-be-tested-is-not-passed-by-being-there',
    },
    {
      code: dedent`
        declare const ironic: { disableNodeConsole(id: string): Promise<void> };
        declare function validateInstanceAndNode(i: { uuid: string }): Promise<{ id: string }>;
        export async function consoleOff(i: { uuid: string }, alt: { uuid: string }, fresh: boolean): Promise<void> {
          const node = fresh ? validateInstanceAndNode(i) : await validateInstanceAndNode(alt);
          await ironic.disableNodeConsole((node as { id: string }).id);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`disableNodeConsole`', subject: '(node as { id: string }).id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the conditional expression at line 4 has a path without it' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 63,
        },
      ],
      name: 'conditional-arms-awaited-alike',
    },
    {
      code: dedent`
        declare const ironic: { enableNodeConsole(id: string): Promise<void> };
        declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id?: string }>;
        export async function consoleOn(instance: { uuid: string; node: string }, fallback: string): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await ironic.enableNodeConsole(node.id ?? fallback);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`enableNodeConsole`', subject: 'node.id ?? fallback', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 54,
        },
      ],
      name: 'either-of-a-checked-and-an-unchecked-subject',
    },
    {
      code: dedent`
        declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
        declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string }>;
        declare const LOG: { warn(...a: unknown[]): void };
        export async function untested(instance: { uuid: string; node: string }): Promise<void> {
          let failed = false;
          try {
            await validateInstanceAndNode(instance);
          } catch (error) {
            failed = true;
          }
          await ironic.setNodePowerState(instance.node, 'power off');
          if (failed) LOG.warn('x');
        }
        export async function wrongPolarity(instance: { uuid: string; node: string }): Promise<void> {
          let failed = false;
          try {
            await validateInstanceAndNode(instance);
          } catch (error) {
            failed = true;
          }
          if (!failed) return;
          await ironic.setNodePowerState(instance.node, 'power off');
        }
        export async function resetElsewhere(instance: { uuid: string; node: string }, again: boolean): Promise<void> {
          let ok = false;
          try {
            await validateInstanceAndNode(instance);
            ok = true;
          } catch (error) {
            LOG.warn(error);
          }
          if (again) ok = true;
          if (!ok) return;
          await ironic.setNodePowerState(instance.node, 'power off');
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 6 has a path without it' },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 61,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 16 has a path without it' },
          line: 22,
          column: 9,
          endLine: 22,
          endColumn: 61,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 26 has a path without it' },
          line: 34,
          column: 9,
          endLine: 34,
          endColumn: 61,
        },
      ],
      name: 'flags-that-prove-nothing',
    },
    {
      code: dedent`
        export async function powerOff(ironic, id, done) {
          const node = await ironic.getNode(id).catch(() => null).finally(() => done());
          await ironic.patchNode(node.id, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 38,
        },
      ],
      name: 'a-check-or-null-through-finally-untested',
    },
    {
      code: dedent`
        export async function resume(ironic, nodeId) {
          const node = await ironic.getNode(nodeId).catch((error) => {
            if (error.status === 404) return null;
            throw new DriverError('no node', { cause: error });
          });
          await ironic.unsetNodeMaintenance(node.id);
        }
        export async function inspect(ironic, nodeId) {
          await ironic.getNode(nodeId).catch((error) => {
            LOG.warn(error);
          });
          await ironic.patchNode(nodeId, []);
        }
        export async function inspectThen(ironic, nodeId) {
          await ironic.getNode(nodeId).then(() => null, (error) => { throw error; }).catch(() => undefined);
          await ironic.patchNode(nodeId, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`unsetNodeMaintenance`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 45,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 37,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 16,
          column: 9,
          endLine: 16,
          endColumn: 37,
        },
      ],
      name: 'a-check-whose-catch-may-return',
    },
    {
      code: dedent`
        export async function rebootAll(ironic, instances, spare) {
          const nodes = await Promise.all(instances.map((i) => validateInstanceAndNode(i)));
          nodes.push(spare);
          for (const node of nodes) {
            await ironic.setNodePowerState(node.id, 'rebooting');
          }
          const mixed = await Promise.all(instances.map((i) => (i.fresh ? validateInstanceAndNode(i) : ironic.getNode(i.node))));
          for (const node of mixed) {
            await ironic.setNodePowerState(node.id, 'rebooting');
          }
          const pending = Promise.all(instances.map((i) => validateInstanceAndNode(i)));
          for (const node of instances) {
            await ironic.setNodePowerState(node.node, 'rebooting');
          }
          await pending;
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 57,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 57,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 59,
        },
      ],
      name: 'elements-not-all-checked-or-changed',
    },
    {
      code: dedent`
        const isDeletable = (node, other) => other.provisionState === 'manageable';
        async function isRemote(node) {
          return node.provisionState === 'manageable';
        }
        export async function purge(ironic, id, spare) {
          const node = await ironic.getNode(id);
          if (!isDeletable(node, spare)) throw new DriverError('not deletable');
          await ironic.deleteNode(node.id);
        }
        export async function purgeAsync(ironic, id) {
          const node = await ironic.getNode(id);
          if (!isRemote(node)) return;
          await ironic.deleteNode(node.id);
        }
        export async function purgeAnyway(ironic, id) {
          const node = await ironic.getNode(id);
          if (!isDeletable(node, node)) LOG.warn('not deletable');
          await ironic.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 35,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure' },
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 35,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure', where: ': the `if` at line 17 has a path without it' },
          line: 18,
          column: 9,
          endLine: 18,
          endColumn: 35,
        },
      ],
      name: 'a-predicate-about-something-else-or-not-exiting',
    },
    {
      code: dedent`
        const VALIDATE_ALL = { required: null };
        export async function deploy(ironic, id) {
          await ironic.getNode(id);
          await ironic.validateNode(id, VALIDATE_ALL);
          await ironic.setNodeProvisionState(id, 'active');
        }
        export async function deployLocal(ironic, id) {
          const opts = { required: null };
          await ironic.getNode(id);
          await ironic.validateNode(id, opts);
          await ironic.setNodeProvisionState(id, 'active');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'id', missing: '`validateNode` with its deploy and power results tested' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 51,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'id', missing: '`validateNode` with its deploy and power results tested' },
          line: 11,
          column: 9,
          endLine: 11,
          endColumn: 51,
        },
      ],
      name: 'validate-node-options-held-by-a-const',
    },
    {
      code: dedent`
        export function reboot(ironic, instance) {
          return validateInstanceAndNode(instance)
            .catch((error) => LOG.warn(error))
            .then(() => ironic.setNodePowerState(instance.node, 'rebooting'));
        }
        export function rebootAfterHandler(ironic, instance) {
          return validateInstanceAndNode(instance)
            .then(() => LOG.info('ok'), (error) => LOG.warn(error))
            .then(() => ironic.setNodePowerState(instance.node, 'rebooting'));
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 69,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 9,
          column: 17,
          endLine: 9,
          endColumn: 69,
        },
      ],
      name: 'then-callbacks-after-a-rejection-handler-may-run-without-the-check',
    },
    {
      code: dedent`
        export async function cleanup(ironic, nodeId) {
          const targets = await ironic.listVolumeTargets({ nodeId });
          await Promise.all(targets.map((t) => ironic.deleteVolumeTarget(t.id)));
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteVolumeTarget`', subject: 't.id`, listed for `nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 3,
          column: 40,
          endLine: 3,
          endColumn: 71,
        },
      ],
      name: 'listing-items-of-an-unchecked-owner-in-element-callbacks',
    },
    {
      code: dedent`
        const DELETABLE = ['manageable', 'enroll', 'adopt failed'];
        export async function remove(client, node) {
          if (!DELETABLE.includes(node.provisionState ?? 'manageable')) return;
          await client.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 35,
        },
      ],
      name: 'a-fallback-that-is-itself-accepted-passes-an-absent-state',
    },
    {
      code: dedent`
        export async function powerOff(ironic, instance) {
          let id;
          id = (await ironic.getPort(instance.port)).nodeId;
          await ironic.setNodePowerState(id, 'power off');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 50,
        },
      ],
      name: 'a-part-assigned-from-another-call-is-not-checked',
    },
    {
      code: dedent`
        export async function remove(client, node) {
          const state = node.provisionState ?? 'manageable';
          if (state !== 'manageable') return;
          await client.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 35,
        },
      ],
      name: 'a-const-whose-fallback-is-the-accepted-state-proves-nothing',
    },
    {
      code: dedent`
        export async function powerOff(ironic, node) {
          await ironic.setNodePowerState(\`\${node.id}\`, 'power off');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 60,
        },
      ],
      name: 'a-converted-subject-without-its-check-is-reported',
    },
    {
      code: dedent`
        export async function powerOff(ironic, instance) {
          const node = await ironic.validateInstanceAndNode(instance);
          await ironic.setNodePowerState(\`node-\${node.id}\`, 'power off');
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: '\'node-${node.id}\'', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 65,
        },
      ],
      name: 'a-template-with-more-text-is-another-value',
    },
    {
      code: dedent`
        export async function provide(ironic, nodeId) {
          const node = await ironic.getNode(nodeId);
          if (node.provisionState !== 'active') return;
          await ironic.setNodeProvisionState(node.id, 'provide');
        }
        export async function manage(ironic, nodeId) {
          const node = await ironic.getNode(nodeId);
          await ironic.setNodeProvisionState(node.id, 'manage');
        }
        export async function inspect(ironic, nodeId) {
          const node = await ironic.getNode(nodeId);
          if (node.provisionState !== 'manageable' && node.provisionState !== 'inspect failed') return;
          await ironic.setNodeProvisionState(node.id, 'inspect');
        }
      `,
      options: [{ checkStateMachine: true }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `provide`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance and a provision-state test for manageable (`active` still gets through)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 57,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `manage`', subject: 'node.id', missing: 'a provision-state test for enroll, available, clean failed, inspect failed or adopt failed' },
          line: 8,
          column: 9,
          endLine: 8,
          endColumn: 56,
        },
      ],
      name: 'state-machine-provide-clean-manage-inspect-need-their-source-states',
    },
    {
      code: dedent`
        export async function nmi(ironic, instance, cached) {
          const node = cached ?? (await ironic.validateInstanceAndNode(instance));
          await ironic.injectNmiToNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`injectNmiToNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)', where: ': the logical expression at line 2 has a path without it' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 40,
        },
      ],
      name: 'a-check-on-one-side-of-a-fallback-holds-not-on-every-path',
    },
    {
      code: dedent`
        export async function remove(api, pod) {
          await api.deletePod(pod);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.deletePod', subject: 0, requires: ['finished'] }] }, checks: { finished: { state: { property: 'status.phase', passIn: ['Succeeded', 'Failed'], allowUnknown: true }, description: 'a test that the pod has finished' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deletePod`', subject: 'pod', missing: 'a test that the pod has finished' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 27,
        },
      ],
      name: 'a-custom-state-check-where-nothing-known-fails-still-needs-a-test',
    },
    {
      code: dedent`
        export async function sometimes(api, pod, strict) {
          if (strict) {
            if (pod.status.phase !== 'Succeeded') return;
          }
          await api.deletePod(pod);
        }
        export async function bothSidesContinue(api, pod, log) {
          if (pod.status.phase === 'Running') log.warn('still running');
          await api.deletePod(pod);
        }
        export async function otherProperty(api, pod) {
          if (pod.status.reason !== 'Evicted') return;
          await api.deletePod(pod);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.deletePod', subject: 0, requires: ['phaseTested'] }] }, checks: { phaseTested: { state: { property: 'status.phase', pass: 'tested' }, description: 'a test of the pod\'s phase' } } }],
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deletePod`', subject: 'pod', missing: 'a test of the pod\'s phase', where: ': the `if` at line 2 has a path without it' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 27,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deletePod`', subject: 'pod', missing: 'a test of the pod\'s phase', where: ': the `if` at line 8 has a path without it' },
          line: 9,
          column: 9,
          endLine: 9,
          endColumn: 27,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`deletePod`', subject: 'pod', missing: 'a test of the pod\'s phase' },
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 27,
        },
      ],
      name: 'tested-custom-property-compared-on-one-branch-only-is-not-on-every-path',
    },
    {
      code: dedent`
        export async function reap(api, pod, force) {
          if (!force && pod.status.phase !== 'Succeeded' && pod.status.phase !== 'Failed') return;
          await api.deletePod(pod);
        }
        export async function bySwitch(api, pod) {
          switch (pod.status.phase) {
            case 'Succeeded':
            case 'Failed':
              break;
            default:
              api.log('not finished');
          }
          await api.deletePod(pod);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.deletePod', subject: 0, requires: ['podFinished'] }] }, checks: { podFinished: { state: { property: 'status.phase', passIn: ['Succeeded', 'Failed'] }, description: 'a test that the pod has finished' } } }],
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deletePod`', subject: 'pod', missing: 'a test that the pod has finished', where: ': the `if` at line 2 has a path without it' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 27,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deletePod`', subject: 'pod', missing: 'a test that the pod has finished', where: ': the `switch` at line 6 has a path without it' },
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 27,
        },
      ],
      name: 'custom-passin-state-on-one-branch-is-not-on-every-path',
    },
    {
      code: dedent`
        export async function byName(k8s, name, check) {
          const node = await k8s.readNode(name);
          if (check && !node.spec.unschedulable) return;
          await k8s.drainNode(name);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.drainNode', subject: 0, requires: ['nodeRead', 'cordoned'] }] }, checks: { nodeRead: { calls: ['**.readNode'], binds: 'both' }, cordoned: { state: { property: 'spec.unschedulable', pass: 'truthy' }, description: 'a test that the node is cordoned' } } }],
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`drainNode`', subject: 'name', missing: 'a test that the node is cordoned', where: ': the `if` at line 3 has a path without it' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 28,
        },
      ],
      name: 'state-tested-on-what-a-check-bound-on-one-branch-is-not-on-every-path',
    },
    {
      code: dedent`
        export function untested(hub, user, door) {
          return hub.authorize(user, door).then(() => hub.unlock(door));
        }
        export function otherDoor(hub, user, door, other) {
          return hub.authorize(user, door).then((ok) => {
            if (!ok) throw new Error('denied');
            return hub.unlock(other);
          });
        }
        export function notTheReceiver(hub, user, door) {
          return hub.ping().then((ok) => {
            if (!ok) throw new Error('down');
            return hub.unlock(door);
          });
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.unlock', subject: 0, requires: ['authorized'] }] }, checks: { authorized: { calls: ['**.authorize'], binds: ['1'], returnsBoolean: true, description: 'an authorization of the user for the door' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`unlock`', subject: 'door', missing: 'an authorization of the user for the door' },
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 63,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`unlock`', subject: 'other', missing: 'an authorization of the user for the door' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 29,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`unlock`', subject: 'door', missing: 'an authorization of the user for the door' },
          line: 13,
          column: 12,
          endLine: 13,
          endColumn: 28,
        },
      ],
      name: 'boolean-check-result-in-then-untested-about-another-subject-or-another-call',
    },
    {
      code: dedent`
        export async function spawn(ironic, nodeId) {
          const node = await ironic.getNode(nodeId);
          await ironic.validateNode(node.id, { required: null }).then((chk) => {
            if (!chk.deploy.result) throw new Error('invalid');
            return ironic.setNodeProvisionState(node.id, 'active');
          });
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `active`', subject: 'node.id', missing: '`validateNode` with its deploy and power results tested' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 59,
        },
      ],
      name: 'validate-node-results-in-then-untested-is-still-missing',
    },
    {
      code: dedent`
        export async function onlyDisarmed(hub, door, user) {
          if (door.isArmed) return;
          await hub.unlock(door, user);
        }
        export async function onlyAuthenticated(hub, door, user) {
          if (!(await hub.authenticate(user))) return;
          await hub.unlock(door, user);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.unlock', subject: 0, requires: ['disarmed'] }, { callee: '**.unlock', subject: 1, requires: ['authenticated'] }] }, checks: { disarmed: { state: { property: 'isArmed', pass: 'falsy' }, description: 'a test that the door is disarmed' }, authenticated: { calls: ['**.authenticate'], binds: 'argument', returnsBoolean: true, description: 'an authentication of the user' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`unlock`', subject: 'user', missing: 'an authentication of the user' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 31,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`unlock`', subject: 'door', missing: 'a test that the door is disarmed' },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 31,
        },
      ],
      name: 'two-entries-without-when-for-one-call-both-apply',
    },
    {
      code: dedent`
        export async function scale(k8s, name) {
          await k8s.scaleDeployment(name, 3);
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.scaleDeployment', requires: ['deploymentRead'], description: 'scaling the deployment' }] }, checks: { deploymentRead: { calls: ['**.getDeployment'], description: 'a read of the deployment' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`scaleDeployment` (scaling the deployment)', subject: 'name', missing: 'a read of the deployment' },
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 37,
        },
      ],
      name: 'an-action-description-follows-its-name-in-the-message',
    },
    {
      code: dedent`
        export class Driver {
          async #unplugVifs(node, vifs) {
            await Promise.all(vifs.map((vif) => this.ironic.detachVifFromNode(node.id, vif)));
          }
          async detachAll(instance, vifs) {
            const node = await this.validateInstanceAndNode(instance);
            await this.#unplugVifs(node, vifs);
          }
          async detachBlindly(node, vifs) {
            await this.#unplugVifs(node, vifs);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPreconditionAtCaller',
          data: { action: '`detachVifFromNode`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)', line: '10' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 84,
        },
      ],
      name: 'a-callback-in-a-private-helper-one-of-whose-callers-lacks-the-check',
    },
    {
      code: dedent`
        export class Driver {
          async #unplugAll(nodes) {
            await Promise.all(nodes.map((node) => this.ironic.setNodePowerState(node.id, 'power off')));
          }
          async stop(instance, nodes) {
            const node = await this.validateInstanceAndNode(instance);
            await this.#unplugAll(nodes);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 94,
        },
      ],
      name: 'a-callback-acting-on-its-own-parameter-in-a-private-helper-is-not-vouched-for',
    },
    {
      code: dedent`
        export class Driver {
          async cleanup(instance, targets) {
            await this.validateInstanceAndNode(instance);
            for (let i = 0; i < targets.length; i++) {
              await this.ironic.deleteVolumeTarget(targets[i].id);
            }
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`deleteVolumeTarget`', subject: 'targets[i].id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 58,
        },
      ],
      name: 'an-element-of-an-array-that-is-no-listing-read-by-index-is-not-checked',
    },
    {
      code: dedent`
        export class Driver {
          async rewritten(instance, other) {
            const node = await this.validateInstanceAndNode(instance);
            const req = { node };
            req.node = other;
            await this.ironic.setNodePowerState(req.node.id, 'power on');
          }
          async spread(instance, extra) {
            const node = await this.validateInstanceAndNode(instance);
            const req = { node, ...extra };
            await this.ironic.setNodePowerState(req.node.id, 'power on');
          }
          async otherField(instance, other) {
            const node = await this.validateInstanceAndNode(instance);
            const req = { node, other };
            await this.ironic.setNodePowerState(req.other.id, 'power on');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'req.node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 65,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'req.node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 11,
          column: 11,
          endLine: 11,
          endColumn: 65,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'req.other.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 16,
          column: 11,
          endLine: 16,
          endColumn: 66,
        },
      ],
      name: 'an-object-literal-whose-property-is-rewritten-or-spread-over-tells-nothing',
    },
    {
      code: dedent`
        export async function logsOnly(ironic, id, LOG) {
          const node = await ironic.getNode(id);
          switch (true) {
            case node.provisionState !== 'available' && node.provisionState !== 'manageable':
              LOG.warn('odd state');
          }
          await ironic.deleteNode(node.id);
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`deleteNode`', subject: 'node.id', missing: 'a provision-state test that exits on failure', where: ': the `switch` at line 3 has a path without it' },
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 35,
        },
      ],
      name: 'switch-true-compound-case-that-does-not-exit-is-no-guard',
    },
    {
      code: dedent`
        export class Driver {
          async consoleOn(instance, extra, other) {
            const node = await this.validateInstanceAndNode(instance);
            const [a, b] = [...extra, node.id];
            await this.ironic.enableNodeConsole(b);
            const [nodeId] = [other.id, node.id];
            await this.ironic.disableNodeConsole(nodeId);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`enableNodeConsole`', subject: 'b', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 43,
        },
        {
          messageId: 'missingPrecondition',
          data: { action: '`disableNodeConsole`', subject: 'nodeId', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 49,
        },
      ],
      name: 'destructuring-a-literal-past-a-spread-or-of-another-value-tells-nothing',
    },
    {
      code: dedent`
        export class Accessory {
          async send(commands) {
            if (this.device.online === false) throw new Error('offline');
            return await this.deviceManager.sendCommands(this.device.id, commands);
          }
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.sendCommands', requires: ['online'] }] }, checks: { online: { state: { property: 'online', pass: 'truthy' }, description: 'a test that the device is online' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`sendCommands`', subject: 'this.device.id', missing: 'a test that the device is online' },
          line: 4,
          column: 18,
          endLine: 4,
          endColumn: 75,
        },
      ],
      name: 'a-flag-compared-with-false-is-no-truthiness',
    },
  ],
});

typedRuleTester.run('require-precondition (typed)', rule, {
  valid: [
    // A Go-style result: the typed run follows the promise through the local `goTo` as the untyped one does.
    dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, undefined] | [null, T]> {
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await goTo(validateInstanceAndNode(instance));
        if (err) return;
        await ironic.setNodePowerState(node!.id, 'power off');
      }
    `,
    dedent`
      interface Node { id: string }
      declare const LOG: { debug(...args: unknown[]): void };
      class Driver {
        declare ironic: { setNodePowerState(id: string, state: string): Promise<void> };
        declare validateInstanceAndNode: (instance: { node: string }) => Promise<Node>;
        async powerOff(instance: { node: string }) {
          await this.validateInstanceAndNode(instance).then((node) => LOG.debug('found %s', node.id));
          await this.ironic.setNodePowerState(instance.node, 'power off');
        }
      }
    `,
    // With type information: calls that never return, unawaited promises, literal-typed targets.
    {
      code: dedent`
        declare const ironic: { reboot(id: string): Promise<void> };
        declare function abort(message: string): never;
        export async function rebootTyped(node: { id: string; isMaintenance: boolean }): Promise<void> {
          if (node.isMaintenance) abort('maintenance');
          await ironic.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'ironic.reboot', requires: ['notMaintenance'] }] }],
      name: 'typed-never-returning-call',
    },
    {
      code: dedent`
        declare const ironic: { reboot(id: string): Promise<void> };
        declare function abort(message: string): never;
        export async function rebootOrAbort(node: { id: string; isMaintenance: boolean }): Promise<void> {
          const allowed = !node.isMaintenance || abort('maintenance');
          await ironic.reboot(node.id);
          return allowed ? undefined : abort('unreachable');
        }
      `,
      options: [{ actions: [{ callee: 'ironic.reboot', requires: ['notMaintenance'] }] }],
      name: 'typed-never-returning-operand',
    },
    {
      code: dedent`
        export class NeverDriver {
          constructor(private readonly bmc: { reboot(id: string): Promise<void> }) {}
          private refuse(reason: string): never {
            throw new Error(reason);
          }
          async reboot(node: { id: string; isMaintenance: boolean }): Promise<void> {
            if (node.isMaintenance) this.refuse('maintenance');
            await this.bmc.reboot(node.id);
          }
        }
      `,
      options: [{ actions: [{ callee: 'this.bmc.reboot', requires: ['notMaintenance'] }] }],
      name: 'typed-never-returning-method',
    },
    {
      code: dedent`
        declare const ironic: { reboot(id: string): Promise<void> };
        const bail = (message: string) => {
          throw new Error(message);
        };
        export async function rebootInferred(node: { id: string; isMaintenance: boolean }): Promise<void> {
          if (node.isMaintenance) bail('maintenance');
          await ironic.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'ironic.reboot', requires: ['notMaintenance'] }] }],
      name: 'typed-never-inferred-for-an-arrow',
    },
    {
      code: dedent`
        type Stop = never;
        declare const ironic: { reboot(id: string): Promise<void> };
        declare const halt: (message: string) => Stop;
        export async function rebootAliased(node: { id: string; isMaintenance: boolean }): Promise<void> {
          if (node.isMaintenance) halt('maintenance');
          await ironic.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'ironic.reboot', requires: ['notMaintenance'] }] }],
      name: 'typed-never-through-an-alias',
    },
    dedent`
      declare const ironic: { patchNode(id: string, patch: unknown[]): Promise<void>; getNode(id: string): Promise<{ id: string }> };
      export async function patchAwaited(id: string): Promise<void> {
        await ironic.getNode(id);
        await ironic.patchNode(id, []);
      }
    `,
    {
      code: dedent`
        declare const hub: { unlock(door: string): Promise<void>; assertPaired(door: string): void };
        export async function unlockPaired(door: string): Promise<void> {
          hub.assertPaired(door);
          await hub.unlock(door);
        }
      `,
      options: [{ actions: { replace: [{ callee: 'hub.unlock', requires: ['paired'] }] }, checks: { paired: { calls: ['hub.assertPaired'], binds: 'argument' } } }],
      name: 'typed-synchronous-check',
    },
    dedent`
      type CycleTarget = 'manage' | 'provide';
      declare const ironic: { setNodeProvisionState(id: string, target: string): Promise<void>; getNode(id: string): Promise<{ id: string }> };
      export async function cycleTyped(id: string, target: CycleTarget): Promise<void> {
        const node = await ironic.getNode(id);
        await ironic.setNodeProvisionState(node.id, target);
      }
    `,
    dedent`
      const Targets = { DELETED: 'manage' } as const;
      declare const ironic: { setNodeProvisionState(id: string, target: string): Promise<void>; getNode(id: string): Promise<{ id: string }> };
      export async function manageByOddConstant(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        await ironic.setNodeProvisionState(node.id, Targets.DELETED);
      }
    `,
    {
      code: dedent`
        const S = { ACTIVE: 'active', ERROR: 'error', DEPLOYFAIL: 'deploy failed' } as const;
        const TEARDOWN_STATES: readonly string[] = [S.ACTIVE, S.ERROR, S.DEPLOYFAIL];
        declare const ironic: { setNodeProvisionState(id: string, target: string): Promise<void> };
        declare function validateInstanceAndNode(instance: { uuid: string }): Promise<{ id: string; provisionState: string }>;
        export async function destroyTyped(instance: { uuid: string }): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          if (TEARDOWN_STATES.includes(node.provisionState)) {
            await ironic.setNodeProvisionState(node.id, 'deleted');
          }
        }
      `,
      options: [{ checkStateMachine: true }],
      name: 'typed-state-list-constant',
    },
    {
      code: dedent`
        declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
        declare function validateInstanceAndNode(instance: { uuid: string }): Promise<{ id: string }>;
        export async function powerOnTyped(instance: { uuid: string }): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await ironic.setNodePowerState(node.id, 'power on');
        }
      `,
      options: [{ requireTypeInformation: true }],
      name: 'typed-require-type-information',
    },
    {
      code: dedent`
        interface SmartLock { unlock(door: string): Promise<void> }
        declare const lock: SmartLock;
        declare function assertPaired(door: string): void;
        export async function unlockSpecifier(door: string): Promise<void> {
          assertPaired(door);
          await lock.unlock(door);
        }
      `,
      options: [{ actions: { replace: [{ callee: { from: 'file', name: 'SmartLock' }, requires: ['paired'] }] }, checks: { paired: { calls: ['assertPaired'], binds: 'argument' } } }],
      name: 'typed-declaration-specifier',
    },
    {
      code: dedent`
        interface Endpoint { bind(cluster: string): Promise<void>; ready: boolean }
        declare function ensure(value: unknown, message: string): asserts value;
        declare function find(): Endpoint | undefined;
        export async function bindEnsured(): Promise<void> {
          const endpoint = find();
          ensure(endpoint, 'no endpoint');
          await endpoint.bind('genOnOff');
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      name: 'typed-asserts-function',
    },
    {
      code: dedent`
        interface Node { id: string; provisionState: string }
        declare function verify(condition: unknown, message: string): asserts condition;
        declare const ironic: { deleteNode(id: string): Promise<void> };
        export async function removeVerified(node: Node): Promise<void> {
          verify(node.provisionState === 'manageable', 'node busy');
          await ironic.deleteNode(node.id);
        }
      `,
      name: 'typed-asserts-declared-function',
    },
    {
      code: dedent`
        interface Node { id: string; provisionState: string }
        declare const verify: (condition: unknown, message: string) => asserts condition;
        declare const ironic: { deleteNode(id: string): Promise<void> };
        export async function removeVerified(node: Node): Promise<void> {
          verify(node.provisionState === 'manageable', 'node busy');
          await ironic.deleteNode(node.id);
        }
      `,
      name: 'typed-asserts-function-type-annotation',
    },
    {
      code: dedent`
        interface Node { id: string; provisionState: string }
        declare const checks: { verify(condition: unknown, message: string): asserts condition };
        declare const ironic: { deleteNode(id: string): Promise<void> };
        export async function removeVerified(node: Node): Promise<void> {
          checks.verify(node.provisionState === 'manageable', 'node busy');
          await ironic.deleteNode(node.id);
        }
      `,
      name: 'typed-asserts-method',
    },
    {
      code: dedent`
        interface Node { id: string; provisionState: string }
        type Verify = (condition: unknown, message: string) => asserts condition;
        declare const verify: Verify;
        declare const ironic: { deleteNode(id: string): Promise<void> };
        export async function removeVerified(node: Node): Promise<void> {
          verify(node.provisionState === 'manageable', 'node busy');
          await ironic.deleteNode(node.id);
        }
      `,
      name: 'typed-asserts-type-alias',
    },
    {
      code: dedent`
        interface Endpoint { bind(cluster: string): Promise<void> }
        export async function bindAll(endpoints: readonly Endpoint[]): Promise<void> {
          for (const endpoint of endpoints) await endpoint.bind('genOnOff');
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      name: 'typed-non-nullable-subject',
    },
    {
      code: dedent`
        interface Endpoint { bind(cluster: string): Promise<void> }
        declare function isEndpointLike(value: unknown): asserts value is object;
        declare function find(): Endpoint | undefined;
        export async function bindChecked(): Promise<void> {
          const endpoint = find();
          isEndpointLike(endpoint);
          await endpoint.bind('genOnOff');
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      name: 'typed-asserts-is-type-narrows',
    },
    dedent`
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare const LOG: { warn(...args: unknown[]): void };
      declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<void>;
      export async function notTrue(instance: { uuid: string; node: string }): Promise<void> {
        let ok = false;
        try {
          await validateInstanceAndNode(instance);
          ok = true;
        } catch (error) {
          LOG.warn(error);
        }
        if (ok !== true) return;
        await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function isFalse(instance: { uuid: string; node: string }): Promise<void> {
        let ok = false;
        try {
          await validateInstanceAndNode(instance);
          ok = true;
        } catch (error) {
          LOG.warn(error);
        }
        if (ok === false) return;
        await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function failedIsTrue(instance: { uuid: string; node: string }): Promise<void> {
        let failed = false;
        try {
          await validateInstanceAndNode(instance);
        } catch (error) {
          failed = true;
        }
        if (true === failed) return;
        await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function uninitializedNotTrue(instance: { uuid: string; node: string }): Promise<void> {
        let ok;
        try {
          await validateInstanceAndNode(instance);
          ok = true;
        } catch (error) {
          LOG.warn(error);
        }
        if (ok !== true) return;
        await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
    dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string }>; unsetNodeMaintenance(id: string): Promise<void> };
      class DriverError extends Error {}
      export async function resume(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId).catch((error: unknown) => {
          throw new DriverError('no node', { cause: error });
        });
        await ironic.unsetNodeMaintenance(node.id);
      }
    `,
    dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void>; setNodeProvisionState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string }>;
      declare function loadImage(): Promise<void>;
      export async function powerOn(instance: { uuid: string; node: string }): Promise<void> {
        const pending = validateInstanceAndNode(instance);
        await loadImage();
        const node = await pending;
        await ironic.setNodePowerState(node.id, 'power on');
        await ironic.setNodeProvisionState(instance.node, 'rescue');
      }
    `,
    dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { node: string }
      declare const ironic: { validateInstanceAndNode(i: Instance): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void> };
      export async function b(i: Instance): Promise<void> {
        let id: string;
        id = (await ironic.validateInstanceAndNode(i)).id;
        await ironic.setNodePowerState(id, 'off');
      }
      export async function d(i: Instance): Promise<void> {
        let id: string;
        ({ id } = await ironic.validateInstanceAndNode(i));
        await ironic.setNodePowerState(id, 'off');
      }
    `,
    dedent`
      interface Node { id: string }
      interface BaremetalClient {
        getNode(id: string): Promise<Node>;
        updateNode(id: string, patch: object): Promise<Node>;
      }
      export class Driver {
        constructor(private readonly ironic: BaremetalClient) {}
        private fetchNodeRecord(nodeId: string): Promise<Node> {
          return this.ironic.getNode(nodeId);
        }
        private readonly load = (nodeId: string): Promise<Node> => this.ironic.getNode(nodeId);
        async rename(nodeId: string): Promise<void> {
          await this.fetchNodeRecord(nodeId);
          await this.ironic.updateNode(nodeId, { name: 'x' });
        }
        async relabel(nodeId: string): Promise<void> {
          await this.load(nodeId);
          await this.ironic.updateNode(nodeId, { name: 'y' });
        }
      }
    `,
  ],
  invalid: [
    {
      code: dedent`
        interface Node { id: string }
        class Driver {
          declare ironic: { setNodePowerState(id: string, state: string): Promise<void> };
          declare validateInstanceAndNode: (instance: { node: string }) => Promise<Node>;
          async powerOff(instance: { node: string }) {
            await this.validateInstanceAndNode(instance).catch(() => undefined);
            await this.ironic.setNodePowerState(instance.node, 'power off');
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 68,
        },
      ],
      name: 'typed-check-whose-rejection-is-handled',
    },
    // With type information: calls that never return, unawaited promises, literal-typed targets.
    {
      code: dedent`
        declare const ironic: { reboot(id: string): Promise<void> };
        declare function warn(message: string): void;
        export async function rebootWarned(node: { id: string; isMaintenance: boolean }): Promise<void> {
          if (node.isMaintenance) warn('maintenance');
          await ironic.reboot(node.id);
        }
      `,
      options: [{ actions: [{ callee: 'ironic.reboot', requires: ['notMaintenance'] }] }],
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`reboot`', subject: 'node.id', missing: 'a maintenance test that exits when the node is in maintenance', where: ': the `if` at line 4 has a path without it' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 31,
        },
      ],
      name: 'typed-void-call-is-no-exit',
    },
    {
      code: dedent`
        declare const ironic: { patchNode(id: string, patch: unknown[]): Promise<void>; getNode(id: string): Promise<{ id: string }> };
        export async function patchUnawaited(id: string): Promise<void> {
          void ironic.getNode(id);
          await ironic.patchNode(id, []);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`patchNode`', subject: 'id', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 33,
        },
      ],
      name: 'typed-unawaited-check',
    },
    {
      code: dedent`
        type RescueTarget = 'rescue' | 'unrescue';
        declare const ironic: { setNodeProvisionState(id: string, target: string): Promise<void>; getNode(id: string): Promise<{ id: string }> };
        export async function rescueTyped(id: string, target: RescueTarget): Promise<void> {
          const node = await ironic.getNode(id);
          await ironic.setNodeProvisionState(node.id, target);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rescue` or `unrescue`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 54,
        },
      ],
      name: 'typed-literal-union-target',
    },
    {
      code: dedent`
        const Verbs = { rescue: 'rescue', manage: 'manage' } as const;
        declare const ironic: { setNodeProvisionState(id: string, target: string): Promise<void>; getNode(id: string): Promise<{ id: string }> };
        export async function rescueByConstObject(id: string): Promise<void> {
          const node = await ironic.getNode(id);
          await ironic.setNodeProvisionState(node.id, Verbs.rescue);
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodeProvisionState` to `rescue`', subject: 'node.id', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 60,
        },
      ],
      name: 'typed-const-object-target',
    },
    {
      code: dedent`
        interface SmartLock { unlock(door: string): Promise<void> }
        declare const frontLock: SmartLock;
        export async function unlockUnpaired(door: string): Promise<void> {
          await frontLock.unlock(door);
        }
      `,
      options: [{ actions: { replace: [{ callee: { from: 'file', name: 'SmartLock' }, requires: ['paired'] }] }, checks: { paired: { calls: ['assertPaired'], binds: 'argument' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`unlock`', subject: 'door', missing: 'the check `paired`' },
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 31,
        },
      ],
      name: 'typed-declaration-specifier-unchecked',
    },
    {
      code: dedent`
        interface Endpoint { bind(cluster: string): Promise<void> }
        declare function find(): Endpoint | undefined;
        export async function bindFound(): Promise<void> {
          const endpoint = find();
          await endpoint!.bind('genOnOff');
        }
      `,
      options: [{ actions: { replace: [{ callee: '**.bind', subject: 'this', requires: ['endpointFound'] }] }, checks: { endpointFound: { state: {  }, description: 'a test that the endpoint exists' } } }],
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`bind`', subject: 'endpoint!', missing: 'a test that the endpoint exists' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 35,
        },
      ],
      name: 'typed-nullable-subject',
    },
    {
      code: dedent`
        declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
        declare const LOG: { warn(...args: unknown[]): void };
        declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<void>;
        export async function wrongPolarity(instance: { uuid: string; node: string }): Promise<void> {
          let ok = false;
          try {
            await validateInstanceAndNode(instance);
            ok = true;
          } catch (error) {
            LOG.warn(error);
          }
          if (ok === true) return;
          await ironic.setNodePowerState(instance.node, 'power off');
        }
        export async function uninitializedIsFalse(instance: { uuid: string; node: string }): Promise<void> {
          let ok;
          try {
            await validateInstanceAndNode(instance);
            ok = true;
          } catch (error) {
            LOG.warn(error);
          }
          if (ok === false) return;
          await ironic.setNodePowerState(instance.node, 'power off');
        }
      `,
      errors: [
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 6 has a path without it' },
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 61,
        },
        {
          messageId: 'preconditionNotOnEveryPath',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)', where: ': the `try` at line 17 has a path without it' },
          line: 24,
          column: 9,
          endLine: 24,
          endColumn: 61,
        },
      ],
      name: 'a-flag-compared-the-wrong-way-or-uninitialized-with-false',
    },
    {
      code: dedent`
        declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
        declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<{ id: string }>;
        export async function powerOn(instance: { uuid: string; node: string }): Promise<void> {
          const pending = validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power on');
          await pending;
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`setNodePowerState`', subject: 'instance.node', missing: 'an association check (`validateInstanceAndNode`)' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 60,
        },
      ],
      name: 'typed-a-check-promise-held-but-awaited-after-the-action',
    },
    {
      code: dedent`
        interface Node { id: string }
        interface BaremetalClient {
          getNode(id: string): Promise<Node>;
          updateNode(id: string, patch: object): Promise<Node>;
        }
        export class Driver {
          constructor(private readonly ironic: BaremetalClient) {}
          private startFetch(nodeId: string): void {
            void this.ironic.getNode(nodeId);
          }
          async rename(nodeId: string): Promise<void> {
            this.startFetch(nodeId);
            await this.ironic.updateNode(nodeId, { name: 'x' });
          }
        }
      `,
      errors: [
        {
          messageId: 'missingPrecondition',
          data: { action: '`updateNode`', subject: 'nodeId', missing: 'an association check (`validateInstanceAndNode`) or an existence check (`getNode`)' },
          line: 13,
          column: 11,
          endLine: 13,
          endColumn: 56,
        },
      ],
      name: 'a-wrapper-that-only-starts-the-check-checks-nothing-with-types',
    },
  ],
});

describe('require-precondition configuration', () => {
  const lint = (code: string, options: unknown): Linter.LintMessage[] =>
    new Linter({ configType: 'flat' }).verify(
      code,
      [{ files: ['**/*.ts'], languageOptions: { parser }, plugins: { ironclad: { rules: { 'require-precondition': rule } } as unknown as ESLint.Plugin }, rules: { 'ironclad/require-precondition': ['error', options] } }],
      'file.ts',
    );

  it('fails without type information when requireTypeInformation is on', () => {
    assert.throws(() => lint('f();', { requireTypeInformation: true }), /requireTypeInformation/u);
  });

  it('rejects an action that requires an unknown check', () => {
    assert.throws(() => lint('f();', { actions: [{ callee: 'f', requires: ['noSuchCheck'] }] }), /unknown check "noSuchCheck"/u);
  });

  it('rejects a malformed option with the schema message', () => {
    assert.throws(() => lint('f();', { callbacks: 'sometimes' }), /"sometimes" should be equal to one of the allowed values/u);
  });

  it('rejects an action without requires', () => {
    assert.throws(() => lint('f();', { actions: [{ callee: 'f' }] }), /requires/u);
  });

  it('rejects checks that can never pass or say two things', () => {
    assert.throws(() => lint('f();', { checks: { owned: { calls: [] } } }), /fewer than 1 items/u);
    assert.throws(() => lint('f();', { checks: { owned: { calls: ['isOwned'], state: { property: 'owner', pass: 'truthy' } } } }), /should NOT be valid/u);
    assert.throws(() => lint('f();', { checks: { armed: { state: { property: 'alarm', passIn: ['off'], passNotIn: ['armed'] } } } }), /should NOT be valid/u);
    assert.deepEqual(lint('f();', { checks: { armed: { state: { property: 'alarm', passNotIn: ['armed'] } } } }), []);
  });
});

ruleTester.run("require-precondition: deleteNode on a client-like receiver only", rule, {
  valid: [
  {
    name: "delete-node-of-other-objects",
    code: dedent`
      export function prune(addressSpace: AddressSpace, graph: Graph, node: UANode) {
        addressSpace.deleteNode(node.nodeId);
        graph.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "delete-node-of-clients",
    code: dedent`
      export class Driver {
        async remove(nodeId: string, ironicClient: IronicClient) {
          await this.ironic.deleteNode(nodeId);
          await ironicClient.delete_node(nodeId);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"nodeId","missing":"a provision-state test that exits on failure"},
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 41,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`delete_node`","subject":"nodeId","missing":"a provision-state test that exits on failure"},
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 43,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: deleteNode's private spellings on this or by name", rule, {
  valid: [
  {
    name: "private-delete-on-other-object",
    code: dedent`
      export async function prune(namespace: AddressSpace, node: UANode) {
        await namespace._deleteNode(node);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "private-delete-on-this",
    code: dedent`
      export class Driver {
        async destroy(node: Node) {
          await this._deleteNode(node);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node","missing":"a provision-state test that exits on failure"},
        line: 3,
        column: 11,
        endLine: 3,
        endColumn: 33,
      },
    ],
  },
  {
    name: "private-delete-by-name",
    code: dedent`
      export async function destroy(node: Node) {
        await _delete_node(node);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`delete_node`","subject":"node","missing":"a provision-state test that exits on failure"},
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 27,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a const holding a test", rule, {
  valid: [
  {
    name: "const-holding-state-comparison",
    code: dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string; provisionState: string | null; isMaintenance: boolean }>; deleteNode(id: string): Promise<void> };
      const DELETABLE = ['manageable', 'enroll'];
      export async function retire(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const deletable = node.provisionState === 'manageable';
        if (!deletable) throw new Error('node is busy');
        await ironic.deleteNode(node.id);
      }
      export async function retireListed(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const busy = !DELETABLE.includes(node.provisionState ?? '') || node.isMaintenance;
        if (busy) return;
        await ironic.deleteNode(node.id);
      }
    `,
  },
  {
    name: "const-holding-test-read-in-a-callback",
    code: dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string; provisionState: string | null }>; deleteNode(id: string): Promise<void> };
      export async function retire(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const deletable = node.provisionState === 'manageable';
        return new Promise<void>((resolve) => {
          if (!deletable) return;
          void ironic.deleteNode(node.id).then(resolve);
        });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "const-holding-test-of-replaced-node",
    code: dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string; provisionState: string | null }>; deleteNode(id: string): Promise<void> };
      export async function retire(id: string, other: string): Promise<void> {
        let node = await ironic.getNode(id);
        const deletable = node.provisionState === 'manageable';
        node = await ironic.getNode(other);
        if (!deletable) throw new Error('node is busy');
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 35,
      },
    ],
  },
  {
    name: "const-holding-test-not-exiting",
    code: dedent`
      declare const ironic: { getNode(id: string): Promise<{ id: string; provisionState: string | null }>; deleteNode(id: string): Promise<void> };
      export async function retire(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const deletable = node.provisionState === 'manageable';
        if (deletable) console.log('deleting');
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure","where":": the `if` at line 5 has a path without it"},
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: helpers that test a result or return an identity", rule, {
  valid: [
  {
    name: "helper-tests-validate-node-results",
    code: dedent`
      type Node = { id: string };
      type Report = { deploy: { result: boolean }; power: { result: boolean } };
      declare const ironic: {
        getNode(id: string): Promise<Node>;
        validateNode(id: string, options: { required: null }): Promise<Report>;
        setNodeProvisionState(id: string, target: string): Promise<void>;
      };
      async function validateDeploy(node: Node): Promise<void> {
        const report = await ironic.validateNode(node.id, { required: null });
        if (!report.deploy.result || !report.power.result) throw new Error(\`node \${node.id} failed validation\`);
      }
      async function getDeployableNode(nodeId: string): Promise<Node> {
        const node = await ironic.getNode(nodeId);
        const report = await ironic.validateNode(node.id, { required: null });
        if (!report.deploy.result || !report.power.result) throw new Error('node failed validation');
        return node;
      }
      export async function deploy(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        await validateDeploy(node);
        await ironic.setNodeProvisionState(node.id, 'active');
      }
      export async function deployAgain(nodeId: string): Promise<void> {
        const node = await getDeployableNode(nodeId);
        await ironic.setNodeProvisionState(node.id, 'active');
      }
    `,
  },
  {
    name: "helper-returns-validated-id",
    code: dedent`
      type Node = { id: string };
      type Instance = { uuid: string; node: string };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      async function nodeIdFor(instance: Instance): Promise<string> {
        const node = await validateInstanceAndNode(instance);
        return node.id;
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const nodeId = await nodeIdFor(instance);
        await ironic.setNodePowerState(nodeId, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "helper-tests-one-result",
    code: dedent`
      type Node = { id: string };
      type Report = { deploy: { result: boolean }; power: { result: boolean } };
      declare const ironic: {
        getNode(id: string): Promise<Node>;
        validateNode(id: string, options: { required: null }): Promise<Report>;
        setNodeProvisionState(id: string, target: string): Promise<void>;
      };
      async function validateDeploy(node: Node): Promise<void> {
        const report = await ironic.validateNode(node.id, { required: null });
        if (!report.deploy.result) throw new Error(\`node \${node.id} failed validation\`);
      }
      export async function deploy(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        await validateDeploy(node);
        await ironic.setNodeProvisionState(node.id, 'active');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `active`","subject":"node.id","missing":"`validateNode` with its deploy and power results tested"},
        line: 15,
        column: 9,
        endLine: 15,
        endColumn: 56,
      },
    ],
  },
  {
    name: "helper-returns-id-of-unchecked",
    code: dedent`
      type Node = { id: string };
      type Instance = { uuid: string; node: string };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      async function nodeIdFor(instance: Instance, spare: Node): Promise<string> {
        await validateInstanceAndNode(instance);
        return spare.id;
      }
      export async function powerOff(instance: Instance, spare: Node): Promise<void> {
        const nodeId = await nodeIdFor(instance, spare);
        await ironic.setNodePowerState(nodeId, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"nodeId","missing":"an association check (`validateInstanceAndNode`)"},
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 54,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a helper that writes its parameter is not trusted by its callers", rule, {
  valid: [
  {
    name: "helper-keeps-its-parameter",
    code: dedent`
      type Node = { id: string };
      type Instance = { uuid: string; node: string };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      export class Driver {
        constructor(private readonly ironic: { disableNodeConsole(id: string): Promise<void> }) {}
        private async stopConsole(node: Node, spare?: Node): Promise<void> {
          const target = spare ?? node;
          await this.ironic.disableNodeConsole(node.id);
          void target;
        }
        async resetConsole(instance: Instance, spare?: Node): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.stopConsole(node, spare);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "helper-replaces-its-parameter",
    code: dedent`
      type Node = { id: string };
      type Instance = { uuid: string; node: string };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare function lookup(id: string): { id: string };
      export class Driver {
        constructor(private readonly ironic: { disableNodeConsole(id: string): Promise<void> }) {}
        private async stopConsole(node: Node, spare?: Node): Promise<void> {
          if (spare) node = spare;
          await this.ironic.disableNodeConsole(node.id);
        }
        private async stopConsoleById(nodeId: string): Promise<void> {
          nodeId = lookup(nodeId).id;
          await this.ironic.disableNodeConsole(nodeId);
        }
        async resetConsole(instance: Instance, spare?: Node): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.stopConsole(node, spare);
          await this.stopConsoleById(node.id);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`disableNodeConsole`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 9,
        column: 11,
        endLine: 9,
        endColumn: 50,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`disableNodeConsole`","subject":"nodeId","missing":"an association check (`validateInstanceAndNode`)"},
        line: 13,
        column: 11,
        endLine: 13,
        endColumn: 49,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: element callbacks of an array of check results", rule, {
  valid: [
  {
    name: "element-callbacks-of-validated-array",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<{ id: string }>;
      export async function powerOffAll(instances: Instance[]): Promise<void> {
        const nodes = await Promise.all(instances.map((instance) => validateInstanceAndNode(instance)));
        await Promise.all(nodes.map((node) => ironic.setNodePowerState(node.id, 'power off')));
        nodes.forEach((node) => void ironic.setNodePowerState(node.id, 'power on'));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "element-callbacks-of-changed-array",
    code: dedent`
      type Instance = { uuid: string; node: string };
      type Node = { id: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      export async function powerOffAll(instances: Instance[], spare: Node): Promise<void> {
        const nodes = await Promise.all(instances.map((instance) => validateInstanceAndNode(instance)));
        nodes.push(spare);
        await Promise.all(nodes.map((node) => ironic.setNodePowerState(node.id, 'power off')));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 8,
        column: 41,
        endLine: 8,
        endColumn: 87,
      },
    ],
  },
  {
    name: "element-callbacks-of-unchecked-array",
    code: dedent`
      type Node = { id: string };
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, state: string): Promise<void> };
      declare function describe(node: Node): Promise<Node>;
      export async function powerOffAll(nodes: Node[]): Promise<void> {
        const described = await Promise.all(nodes.map((node) => describe(node)));
        described.forEach((node) => void ironic.setNodePowerState(node.id, 'power on'));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 6,
        column: 36,
        endLine: 6,
        endColumn: 81,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a check given for a default id is merged with it", rule, {
  valid: [
  {
    name: "checks-given-another-call-keep-their-binding",
    code: dedent`
      type Instance = { uuid: string; node: string };
      type Node = { id: string };
      export class Driver {
        constructor(private readonly ironic: { setNodePowerState(id: string, state: string): Promise<void> }) {}
        private async lookupInstanceNode(instance: Instance): Promise<Node> { return { id: instance.node }; }
        async powerOn(instance: Instance): Promise<void> {
          await this.lookupInstanceNode(instance);
          await this.ironic.setNodePowerState(instance.node, 'power on');
        }
      }
    `,
    options: [{"checks":{"associated":{"calls":["**.validateInstanceAndNode","**.lookupInstanceNode"]}}}],
  },
  ],
  invalid: [
  {
    name: "checks-given-another-call-keep-their-words",
    code: dedent`
      type Instance = { uuid: string; node: string };
      export class Driver {
        constructor(private readonly ironic: { setNodePowerState(id: string, state: string): Promise<void> }) {}
        async powerOn(instance: Instance): Promise<void> {
          await this.ironic.setNodePowerState(instance.node, 'power on');
        }
      }
    `,
    options: [{"checks":{"associated":{"calls":["**.lookupInstanceNode"]}}}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check"},
        line: 5,
        column: 11,
        endLine: 5,
        endColumn: 67,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a for-of element destructured in the loop's head", rule, {
  valid: [
  {
    name: "for-of-destructured-element-tested",
    code: dedent`
      declare const ironic: { listNodes(query: object): Promise<{ id: string; provisionState: string | null }[]>; deleteNode(id: string): Promise<void> };
      export async function purgeManageable(): Promise<void> {
        for (const { id, provisionState } of await ironic.listNodes({})) {
          if (provisionState !== 'manageable') continue;
          await ironic.deleteNode(id);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "for-of-destructured-element-tested-on-some-paths",
    code: dedent`
      declare const ironic: { listNodes(query: object): Promise<{ id: string; provisionState: string | null }[]>; deleteNode(id: string): Promise<void> };
      export async function purge(careful: boolean): Promise<void> {
        for (const { id, provisionState } of await ironic.listNodes({})) {
          if (careful) {
            if (provisionState !== 'manageable') continue;
          }
          await ironic.deleteNode(id);
        }
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`deleteNode`","subject":"id","missing":"a provision-state test that exits on failure","where":": the `for…of` loop at line 3 has a path without it"},
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 32,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a rejection handler that never returns", rule, {
  valid: [
  {
    name: "catch-handler-that-never-returns",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<{ id: string }>;
      function toDriverError(error: unknown): never {
        throw new Error('driver error', { cause: error });
      }
      const translate = (error: unknown) => {
        throw new Error('driver error', { cause: error });
      };
      export async function powerOff(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance).catch(toDriverError);
        await ironic.setNodePowerState(node.id, 'power off');
      }
      export async function powerOn(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance).catch((error) => toDriverError(error));
        await ironic.setNodePowerState(node.id, 'power on');
      }
      export async function reboot(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance).catch(translate);
        await ironic.setNodePowerState(node.id, 'rebooting');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "catch-handler-that-returns",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<{ id: string }>;
      function toFallback(error: unknown): { id: string } {
        console.warn(error);
        return { id: 'spare' };
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance).catch(toFallback);
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 55,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a helper's unchecked caller is named", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "helper-with-an-unchecked-caller-names-it",
    code: dedent`
      type Node = { id: string };
      declare function validateInstanceAndNode(instance: { uuid: string }): Promise<Node>;
      export class Driver {
        constructor(private readonly ironic: { setNodePowerState(id: string, state: string): Promise<void> }) {}
        private async powerOnNode(node: Node): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power on');
        }
        private async wake(node: Node): Promise<void> {
          await this.powerOnNode(node);
        }
        async powerOn(instance: { uuid: string }): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.wake(node);
        }
        async powerOnSpare(spare: Node): Promise<void> {
          await this.wake(spare);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)","line":"16"},
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 61,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a helper that calls itself", rule, {
  valid: [
  {
    name: "helper-retrying-by-recursion",
    code: dedent`
      type Node = { id: string };
      type Instance = { uuid: string; node: string };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      export class Driver {
        constructor(private readonly ironic: { setNodePowerState(id: string, state: string): Promise<void> }) {}
        private async powerOffWithRetry(node: Node, retries: number): Promise<void> {
          try {
            await this.ironic.setNodePowerState(node.id, 'power off');
          } catch (error) {
            if (retries > 0) return this.powerOffWithRetry(node, retries - 1);
            throw error;
          }
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.powerOffWithRetry(node, 3);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "helper-recursing-with-another-value",
    code: dedent`
      type Node = { id: string };
      type Instance = { uuid: string; node: string };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      export class Driver {
        constructor(private readonly ironic: { setNodePowerState(id: string, state: string): Promise<void> }) {}
        private async powerOffBoth(node: Node, spare: Node | null): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
          if (spare) await this.powerOffBoth(spare, null);
        }
        async powerOff(instance: Instance, spare: Node): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.powerOffBoth(node, spare);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)","line":"8"},
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 62,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a check flag set both ways", rule, {
  valid: [
  {
    name: "flag-set-both-ways",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<{ id: string }>;
      export async function powerOff(instance: Instance): Promise<void> {
        let valid: boolean;
        try {
          await validateInstanceAndNode(instance);
          valid = true;
        } catch (error) {
          console.warn('instance has no node', error);
          valid = false;
        }
        if (valid) await ironic.setNodePowerState(instance.node, 'power off');
        if (valid === false) return;
        await ironic.setNodePowerState(instance.node, 'power on');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "flag-set-both-ways-tested-wrong-way",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<{ id: string }>;
      export async function powerOff(instance: Instance): Promise<void> {
        let failed: boolean;
        try {
          await validateInstanceAndNode(instance);
          failed = false;
        } catch {
          failed = true;
        }
        if (failed) await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)","where":": the `try` at line 6 has a path without it"},
        line: 12,
        column: 21,
        endLine: 12,
        endColumn: 73,
      },
    ],
  },
  {
    name: "flag-set-in-finally",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<{ id: string }>;
      export async function powerOff(instance: Instance): Promise<void> {
        let valid = false;
        try {
          await validateInstanceAndNode(instance);
        } catch {
          valid = false;
        } finally {
          valid = true;
        }
        if (valid) await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)","where":": the `try` at line 6 has a path without it"},
        line: 13,
        column: 20,
        endLine: 13,
        endColumn: 72,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: an optional call of a check may not run", rule, {
  valid: [
  {
    name: "optional-call-of-a-check-whose-result-is-tested",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export class Driver {
        constructor(private readonly validateInstanceAndNode?: (i: Instance) => Promise<{ id: string }>) {}
        async powerOff(i: Instance): Promise<void> {
          const node = await this.validateInstanceAndNode?.(i);
          if (!node) return;
          await ironic.setNodePowerState(node.id, 'power off');
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "optional-call-of-a-check",
    code: dedent`
      type Instance = { uuid: string; node: string };
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export class Driver {
        constructor(private readonly validateInstanceAndNode?: (i: Instance) => Promise<{ id: string }>) {}
        async powerOff(i: Instance): Promise<void> {
          await this.validateInstanceAndNode?.(i);
          await ironic.setNodePowerState(i.node, 'power off');
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"i.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 7,
        column: 11,
        endLine: 7,
        endColumn: 56,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a provision target in an object argument", rule, {
  valid: [
  {
    name: "target-in-an-object-argument",
    code: dedent`
      declare const baremetal: { setNodeProvisionState(request: { nodeId: string; target: string }): Promise<void> };
      declare function validateInstanceAndNode(instance: { uuid: string }): Promise<{ id: string }>;
      export async function unprovision(instance: { uuid: string }): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        await baremetal.setNodeProvisionState({ nodeId: node.id, target: 'deleted' });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "target-in-an-object-argument-needs-its-checks",
    code: dedent`
      declare const baremetal: { setNodeProvisionState(request: { nodeId: string; target: string }): Promise<void> };
      declare function validateInstanceAndNode(instance: { uuid: string }): Promise<{ id: string }>;
      export async function deploy(instance: { uuid: string }): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        await baremetal.setNodeProvisionState({ nodeId: node.id, target: 'active' });
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `active`","subject":"node.id","missing":"`validateNode` with its deploy and power results tested"},
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 79,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: targets of a literal union type, and targets not known", rule, {
  valid: [
  {
    name: "literal-union-parameter-target-checked",
    code: dedent`
      type Node = { id: string; provisionState: string; isMaintenance: boolean };
      declare const ironic: { getNode(id: string): Promise<Node>; setNodeProvisionState(id: string, target: string): Promise<void> };
      export async function prepare(nodeId: string, verb: 'provide' | 'clean'): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.provisionState !== 'manageable' || node.isMaintenance) throw new Error('not ready');
        await ironic.setNodeProvisionState(node.id, verb);
      }
    `,
    options: [{"checkStateMachine":true}],
  },
  ],
  invalid: [
  {
    name: "literal-union-parameter-target",
    code: dedent`
      type Node = { id: string; provisionState: string; isMaintenance: boolean };
      type Verb = 'provide' | 'clean';
      declare const ironic: { getNode(id: string): Promise<Node>; setNodeProvisionState(id: string, target: string): Promise<void> };
      export async function prepare(nodeId: string, verb: Verb): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        await ironic.setNodeProvisionState(node.id, verb);
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `provide` or `clean`","subject":"node.id","missing":"a maintenance test that exits when the node is in maintenance"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 52,
      },
    ],
  },
  {
    name: "unknown-target-message-says-how-to-need-fewer",
    code: dedent`
      type Node = { id: string };
      declare const ironic: { getNode(id: string): Promise<Node>; setNodeProvisionState(id: string, target: string): Promise<void> };
      export async function transition(nodeId: string, options: { target: string }): Promise<void> {
        const node = await ironic.getNode(nodeId);
        await ironic.setNodeProvisionState(node.id, options.target);
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to a target not known statically","subject":"node.id","missing":"the checks every possible target needs (13 of them; a literal target, or one of a literal union type, needs only its own)"},
        line: 5,
        column: 9,
        endLine: 5,
        endColumn: 62,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: elements picked by a state predicate", rule, {
  valid: [
  {
    name: "elements-picked-by-a-state-predicate",
    code: dedent`
      type Node = { id: string; provisionState: string | null };
      declare const ironic: { listNodes(query: object): Promise<Node[]>; deleteNode(id: string): Promise<void> };
      export async function purgeOne(): Promise<void> {
        const nodes = await ironic.listNodes({});
        const target = nodes.find((n) => n.provisionState === 'manageable');
        if (!target) return;
        await ironic.deleteNode(target.id);
      }
      export async function purgeAll(): Promise<void> {
        const nodes = await ironic.listNodes({});
        for (const node of nodes.filter((n) => n.provisionState === 'manageable')) {
          await ironic.deleteNode(node.id);
        }
        const idle = nodes.filter((n) => n.provisionState === 'enroll');
        await Promise.all(idle.map((node) => ironic.deleteNode(node.id)));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "elements-picked-by-another-predicate",
    code: dedent`
      type Node = { id: string; provisionState: string | null; name: string };
      declare const ironic: { listNodes(query: object): Promise<Node[]>; deleteNode(id: string): Promise<void> };
      export async function purgeNamed(name: string): Promise<void> {
        const nodes = await ironic.listNodes({});
        const target = nodes.find((n) => n.name === name);
        if (!target) return;
        await ironic.deleteNode(target.id);
        const picked = nodes.filter((n) => n.provisionState === 'manageable');
        picked.push(nodes[0] as Node);
        for (const node of picked) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"target.id","missing":"a provision-state test that exits on failure"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 37,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 10,
        column: 36,
        endLine: 10,
        endColumn: 62,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: .then(identity, fallback) is .catch(fallback)", rule, {
  valid: [
  {
    name: "then-with-a-fallback-handler",
    code: dedent`
      type Node = { id: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: { uuid: string }): Promise<Node>;
      export async function powerOff(instance: { uuid: string }): Promise<void> {
        const node = await validateInstanceAndNode(instance).then((n) => n, () => null);
        if (!node) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "then-with-a-fallback-handler-untested",
    code: dedent`
      type Node = { id: string };
      declare const ironic: { setNodePowerState(id: string, state: string): Promise<void> };
      declare function validateInstanceAndNode(instance: { uuid: string }): Promise<Node>;
      declare const spare: Node;
      export async function powerOff(instance: { uuid: string }): Promise<void> {
        const node = await validateInstanceAndNode(instance).then((n) => n, () => spare);
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 55,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a listed item needs its owner's check, not its own", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "listing-item-checked-itself-not-its-owner",
    code: dedent`
      declare const ironic: {
        getNode(id: string): Promise<{ id: string }>;
        listVolumeTargets(q: { nodeId: string }): Promise<{ id: string }[]>;
        deleteVolumeTarget(id: string): Promise<void>;
      };
      export async function clearTargetsFixed(nodeId: string): Promise<void> {
        for (const target of await ironic.listVolumeTargets({ nodeId })) {
          await ironic.getNode(target.id);
          await ironic.deleteVolumeTarget(target.id);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteVolumeTarget`","subject":"target.id`, listed for `nodeId","missing":"an association check (`validateInstanceAndNode`) or an existence check (`getNode`)"},
        line: 9,
        column: 11,
        endLine: 9,
        endColumn: 47,
      },
    ],
  },
  ],
});

ruleTester.run("foreign node packages, subject keys", rule, {
  valid: [
  {
    name: "kubernetes-client-node-methods-are-no-ironic-actions",
    code: dedent`
      import * as k8s from '@kubernetes/client-node';
      const kc = new k8s.KubeConfig();
      const k8sApi = kc.makeApiClient(k8s.CoreV1Api);
      export async function cordon(nodeName: string): Promise<void> {
        await k8sApi.patchNode({ name: nodeName, body: { spec: { unschedulable: true } } });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "object-argument-subject-by-name",
    code: dedent`
      declare const ironic: { patchNode(args: { name: string; patch: unknown[] }): Promise<void> };
      export async function rename(nodeName: string): Promise<void> {
        await ironic.patchNode({ name: nodeName, patch: [] });
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`patchNode`","subject":"nodeName","missing":"an association check (`validateInstanceAndNode`) or an existence check (`getNode`)"},
        line: 3,
        column: 9,
        endLine: 3,
        endColumn: 56,
      },
    ],
  },
  ],
});

ruleTester.run("index reads of validated arrays", rule, {
  valid: [
  {
    name: "index-read-of-validated-array",
    code: dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string }): Promise<{ id: string }>;
      export async function powerOffAll(instances: { uuid: string }[]): Promise<void> {
        const nodes = await Promise.all(instances.map((i) => validateInstanceAndNode(i)));
        for (let i = 0; i < nodes.length; i++) await ironic.setNodePowerState(nodes[i].id, 'power off');
        await ironic.setNodePowerState(nodes[0].uuid, 'power on');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "index-read-of-changed-array",
    code: dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string }): Promise<{ id: string }>;
      export async function powerOffAll(instances: { uuid: string }[], spare: { id: string }): Promise<void> {
        const nodes = await Promise.all(instances.map((i) => validateInstanceAndNode(i)));
        nodes.push(spare);
        for (let i = 0; i < nodes.length; i++) await ironic.setNodePowerState(nodes[i].id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"nodes[i].id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 6,
        column: 48,
        endLine: 6,
        endColumn: 98,
      },
    ],
  },
  ],
});

ruleTester.run("a subject passed along a then chain", rule, {
  valid: [
  {
    name: "subject-passed-along-then-chain",
    code: dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string }): Promise<{ id: string; uuid: string }>;
      export function powerOn(instance: { uuid: string }) {
        return validateInstanceAndNode(instance).then((node) => node.id).then((id) => ironic.setNodePowerState(id, 'power on'));
      }
      export function powerOff(instance: { uuid: string }) {
        return validateInstanceAndNode(instance).then((node) => node).then((n) => ironic.setNodePowerState(n.uuid, 'power off'));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "other-value-passed-along-then-chain",
    code: dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string }): Promise<{ id: string; uuid: string }>;
      export function powerOn(instance: { uuid: string }, other: string) {
        return validateInstanceAndNode(instance).then(() => other).then((id) => ironic.setNodePowerState(id, 'power on'));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 4,
        column: 75,
        endLine: 4,
        endColumn: 115,
      },
    ],
  },
  ],
});

ruleTester.run("private helpers taking an options object (helper-61 P-FP-9)", rule, {
  valid: [
  {
    name: "p-fp-9-helpers-taking-an-options-object",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { detachVifFromNode(id: string, vif: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      export class Driver {
        private async unplugVifs(opts: { node: Node; vifs: string[] }): Promise<void> {
          for (const vif of opts.vifs) await ironic.detachVifFromNode(opts.node.id, vif);
        }
        private async powerOff({ node, soft = false }: { node: Node; soft?: boolean }): Promise<void> {
          await ironic.setNodePowerState(node.id, soft ? 'soft power off' : 'power off');
        }
        async destroy(instance: Instance, vifs: string[]): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.powerOff({ node, soft: true });
          await this.unplugVifs({ node, vifs });
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-9-an-options-object-with-an-unchecked-node",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { detachVifFromNode(id: string, vif: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      export class Driver {
        private async unplugVifs(opts: { node: Node; vifs: string[] }): Promise<void> {
          for (const vif of opts.vifs) await ironic.detachVifFromNode(opts.node.id, vif);
        }
        private async powerOff({ node }: { node: Node }): Promise<void> {
          await ironic.setNodePowerState(node.id, 'power off');
        }
        async destroy(instance: Instance, spare: Node, vifs: string[]): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.powerOff({ node: spare });
          await this.unplugVifs({ node, vifs, ...{ node: spare } });
        }
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`detachVifFromNode`","subject":"opts.node.id","missing":"an association check (`validateInstanceAndNode`) or an existence check (`getNode`)","line":"15"},
        line: 7,
        column: 40,
        endLine: 7,
        endColumn: 83,
      },
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)","line":"14"},
        line: 10,
        column: 11,
        endLine: 10,
        endColumn: 57,
      },
    ],
  },
  ],
});

ruleTester.run("a node read again by its own id (helper-61 P-FP-12)", rule, {
  valid: [
  {
    name: "p-fp-12-a-node-read-again-by-its-own-id",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function sleep(ms: number): Promise<void>;
      export async function refresh(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        const fresh = await ironic.getNode(node.id);
        await ironic.setNodePowerState(fresh.id, 'power off');
      }
      export async function waitThenPowerOff(instance: Instance): Promise<void> {
        let node = await validateInstanceAndNode(instance);
        while (node.provisionState === 'deploying') {
          await sleep(1000);
          node = await ironic.getNode(node.id);
        }
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-12-a-state-read-before-the-node-is-read-again-is-stale",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(nodeId: string): Promise<void> {
        let node = await ironic.getNode(nodeId);
        if (node.instanceUuid) return;
        if (node.provisionState !== 'manageable') return;
        node = await ironic.getNode(node.id);
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 35,
      },
    ],
  },
  {
    name: "p-fp-12-another-node-read-into-the-variable",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      export async function swap(instance: Instance, spare: Node): Promise<void> {
        let node = await validateInstanceAndNode(instance);
        node = await ironic.getNode(spare.id);
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 55,
      },
    ],
  },
  ],
});

ruleTester.run("a state compared with a value not known here (helper-61 P-FP-8)", rule, {
  valid: [
  {
    name: "p-fp-8-a-state-compared-with-a-helper-parameter",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      declare function sleep(ms: number): Promise<void>;
      function assertProvisionState(node: Node, expected: string): void {
        if (node.provisionState !== expected) throw new Error(\`node \${node.id} is \${node.provisionState}, expected \${expected}\`);
      }
      async function waitForProvisionState(id: string, expected: string): Promise<Node> {
        for (let attempt = 0; attempt < 60; attempt++) {
          const node = await ironic.getNode(id);
          if (node.provisionState === expected) return node;
          await sleep(1000);
        }
        throw new Error('timed out');
      }
      export async function remove(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceUuid) return;
        assertProvisionState(node, 'manageable');
        await ironic.deleteNode(node.id);
      }
      export async function removeWhenReady(id: string): Promise<void> {
        const node = await waitForProvisionState(id, 'manageable');
        if (node.instanceUuid) return;
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-8-a-comparison-with-an-unknown-value-that-does-not-exit",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      declare const LOG: { info(...args: unknown[]): void };
      export async function remove(id: string, expected: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceUuid) return;
        if (node.provisionState !== expected) LOG.info('unexpected state %s', node.provisionState);
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure","where":": the `if` at line 7 has a path without it"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 35,
      },
    ],
  },
  {
    name: "p-fp-8-strict-still-needs-the-state-known",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(id: string, expected: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceUuid) return;
        if (node.provisionState !== expected) throw new Error('wrong state');
        await ironic.deleteNode(node.id);
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test for manageable, enroll or adopt failed"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("predicates held in a const, compared with a boolean or awaited (helper-61 P-FP-1, P-FP-2)", rule, {
  valid: [
  {
    name: "p-fp-1-2-predicates-held-compared-and-awaited",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      function isDeletable(node: Node): boolean {
        return !node.instanceUuid && node.provisionState === 'manageable';
      }
      async function isDeletableAsync(node: Node): Promise<boolean> {
        return isDeletable(node);
      }
      export async function held(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const deletable = isDeletable(node);
        if (!deletable) return;
        await ironic.deleteNode(node.id);
      }
      export async function comparedFalse(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (isDeletable(node) === false) return;
        await ironic.deleteNode(node.id);
      }
      export async function comparedNotTrue(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (isDeletable(node) !== true) throw new Error('busy');
        await ironic.deleteNode(node.id);
      }
      export async function awaited(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (!(await isDeletableAsync(node))) return;
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-1-2-predicates-on-the-wrong-side",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      function isDeletable(node: Node): boolean {
        return !node.instanceUuid && node.provisionState === 'manageable';
      }
      async function isDeletableAsync(node: Node): Promise<boolean> {
        return isDeletable(node);
      }
      export async function held(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const deletable = isDeletable(node);
        if (deletable) return;
        await ironic.deleteNode(node.id);
      }
      export async function comparedTrue(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (isDeletable(node) === true) return;
        await ironic.deleteNode(node.id);
      }
      export async function notAwaited(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (!isDeletableAsync(node)) return;
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 13,
        column: 9,
        endLine: 13,
        endColumn: 35,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 18,
        column: 9,
        endLine: 18,
        endColumn: 35,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 23,
        column: 9,
        endLine: 23,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("a catch handler declared as a function that always throws (helper-61 P-FP-3)", rule, {
  valid: [
  {
    name: "p-fp-3-catch-with-a-declared-function-that-always-throws",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      function toDriverError(error: unknown) {
        throw new Error('driver error', { cause: error });
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance).catch(toDriverError);
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-3-catch-with-a-declared-function-that-may-return",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const spare: Node;
      function fallBack(error: unknown) {
        if (error instanceof TypeError) return spare;
        throw new Error('driver error', { cause: error });
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance).catch(fallBack);
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 12,
        column: 9,
        endLine: 12,
        endColumn: 55,
      },
    ],
  },
  ],
});

ruleTester.run("a statement calling a function of the file that never returns, without types (helper-61 P-FP-4)", rule, {
  valid: [
  {
    name: "p-fp-4-a-statement-calling-a-function-that-never-returns",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      function refuse(reason: string): never {
        throw new Error(reason);
      }
      function busy(id: string) {
        throw new Error(\`node \${id} is busy\`);
      }
      async function failAsync(id: string) {
        throw new Error(\`node \${id} is busy\`);
      }
      export async function removeNode(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceUuid) refuse('in use');
        if (node.provisionState !== 'manageable') busy(id);
        await ironic.deleteNode(node.id);
      }
      export async function removeOther(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceUuid) return;
        if (node.provisionState !== 'manageable') await failAsync(id);
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-4-a-statement-calling-a-function-that-may-return",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid?: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      declare const strict: boolean;
      function warnBusy(id: string) {
        if (!strict) return;
        throw new Error(\`node \${id} is busy\`);
      }
      async function failAsync(id: string) {
        throw new Error(\`node \${id} is busy\`);
      }
      export async function removeNode(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceUuid) return;
        if (node.provisionState !== 'manageable') warnBusy(id);
        await ironic.deleteNode(node.id);
      }
      export async function removeOther(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceUuid) return;
        if (node.provisionState !== 'manageable') void failAsync(id);
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure","where":": the `if` at line 14 has a path without it"},
        line: 15,
        column: 9,
        endLine: 15,
        endColumn: 35,
      },
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure","where":": the `if` at line 20 has a path without it"},
        line: 21,
        column: 9,
        endLine: 21,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("a table indexed by the state (helper-61 P-FP-10)", rule, {
  valid: [
  {
    name: "p-fp-10-a-table-indexed-by-the-state",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceId: string | null }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      const CAN_DELETE: Readonly<Record<string, boolean>> = { manageable: true, enroll: true, 'adopt failed': true };
      export async function removeNode(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceId) return;
        if (!CAN_DELETE[node.provisionState]) return;
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-10-a-table-indexed-by-something-else",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceId: string | null; name: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      const PROTECTED: Readonly<Record<string, boolean>> = { controller: true };
      export async function removeNode(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.instanceId) return;
        if (PROTECTED[node.name]) return;
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("the value of a settled check (helper-61 P-FP-7)", rule, {
  valid: [
  {
    name: "p-fp-7-the-value-of-a-settled-check",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      export async function powerOffAll(instances: Instance[]): Promise<void> {
        const results = await Promise.allSettled(instances.map((i) => validateInstanceAndNode(i)));
        for (const result of results) {
          if (result.status !== 'fulfilled') continue;
          await ironic.setNodePowerState(result.value.id, 'power off');
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "p-fp-7-settled-lookups-are-no-checks",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function lookup(i: Instance): Promise<Node>;
      export async function powerOffAll(instances: Instance[]): Promise<void> {
        const results = await Promise.allSettled(instances.map((i) => lookup(i)));
        for (const result of results) {
          if (result.status !== 'fulfilled') continue;
          await ironic.setNodePowerState(result.value.id, 'power off');
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"result.value.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 9,
        column: 11,
        endLine: 9,
        endColumn: 65,
      },
    ],
  },
  ],
});

ruleTester.run("an element read by an index variable", rule, {
  valid: [
  {
    name: "counted-loop-state",
    code: dedent`
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function cleanup(nodes: { id: string; provisionState: string }[]) {
        for (let i = 0; i < nodes.length; i++) {
          if (nodes[i].provisionState !== 'manageable') continue;
          console.info(\`deleting node \${i + 1}/\${nodes.length}\`);
          await ironic.deleteNode(nodes[i].id);
        }
      }
    `,
  },
  {
    name: "counted-loop-association",
    code: dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { node: string }): Promise<{ id: string }>;
      export async function powerOffAll(instances: { uuid: string; node: string }[], start: number) {
        for (let i = start; i < instances.length; i++) {
          await validateInstanceAndNode(instances[i]);
          await ironic.setNodePowerState(instances[i].node, 'power off');
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "index-incremented-between",
    code: dedent`
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { node: string }): Promise<{ id: string }>;
      export async function next(instances: { uuid: string; node: string }[]) {
        let i = 0;
        await validateInstanceAndNode(instances[i]);
        i += 1;
        await ironic.setNodePowerState(instances[i].node, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instances[i].node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 65,
      },
    ],
  },
  {
    name: "other-index-variable",
    code: dedent`
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function pick(nodes: { id: string; provisionState: string }[], i: number, j: number) {
        if (nodes[i].provisionState !== 'manageable') return;
        await ironic.deleteNode(nodes[j].id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"nodes[j].id","missing":"a provision-state test that exits on failure"},
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 39,
      },
    ],
  },
  {
    name: "element-replaced-between",
    code: dedent`
      declare const ironic: { deleteNode(id: string): Promise<void> };
      declare const spare: { id: string; provisionState: string };
      export async function swap(nodes: { id: string; provisionState: string }[], i: number) {
        if (nodes[i].provisionState !== 'manageable') return;
        nodes[i] = spare;
        await ironic.deleteNode(nodes[i].id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"nodes[i].id","missing":"a provision-state test that exits on failure"},
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 39,
      },
    ],
  },
  {
    name: "index-destructured-reassigned",
    code: dedent`
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function shifted(nodes: { id: string; provisionState: string }[], pos: { at: number }) {
        let i = pos.at;
        if (nodes[i].provisionState !== 'manageable') return;
        [i] = [i + 1];
        await ironic.deleteNode(nodes[i].id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"nodes[i].id","missing":"a provision-state test that exits on failure"},
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 39,
      },
    ],
  },
  ],
});

ruleTester.run("a test of every element of an array", rule, {
  valid: [
  {
    name: "every-guard-for-of",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(nodes: Node[]) {
        if (!nodes.every((node) => node.provisionState === 'manageable')) {
          throw new Error('every node of the rack must be manageable before it is retired');
        }
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
    `,
  },
  {
    name: "every-guard-map-callback",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(rack: { nodes: Node[] }) {
        const nodes = rack.nodes;
        if (!nodes.every((n) => ['manageable', 'available'].includes(n.provisionState))) return;
        await Promise.all(nodes.map((node) => ironic.deleteNode(node.id)));
      }
    `,
  },
  {
    name: "some-negated-guard",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(nodes: readonly Node[]) {
        if (nodes.some((n) => n.provisionState !== 'manageable')) throw new Error('a node is not manageable');
        nodes.forEach((node) => void ironic.deleteNode(node.id));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "some-guard-is-not-every",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(nodes: Node[]) {
        if (!nodes.some((n) => n.provisionState === 'manageable')) return;
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 5,
        column: 35,
        endLine: 5,
        endColumn: 61,
      },
    ],
  },
  {
    name: "every-then-pushed",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(nodes: Node[], extra: Node) {
        if (!nodes.every((n) => n.provisionState === 'manageable')) return;
        nodes.push(extra);
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 6,
        column: 35,
        endLine: 6,
        endColumn: 61,
      },
    ],
  },
  {
    name: "every-then-array-replaced",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void>; listNodes(): Promise<Node[]> };
      export async function retireRack(initial: Node[]) {
        let nodes = initial;
        if (!nodes.every((n) => n.provisionState === 'manageable')) return;
        nodes = await ironic.listNodes();
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 7,
        column: 35,
        endLine: 7,
        endColumn: 61,
      },
    ],
  },
  {
    name: "every-of-another-array",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(nodes: Node[], spares: Node[]) {
        if (!nodes.every((n) => n.provisionState === 'manageable')) return;
        for (const node of spares) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 5,
        column: 36,
        endLine: 5,
        endColumn: 62,
      },
    ],
  },
  {
    name: "every-not-exiting",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(nodes: Node[]) {
        if (!nodes.every((n) => n.provisionState === 'manageable')) console.warn('some nodes are busy');
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 5,
        column: 35,
        endLine: 5,
        endColumn: 61,
      },
    ],
  },
  {
    name: "every-tests-another-property",
    code: dedent`
      interface Node { id: string; provisionState: string; maintenance: boolean }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function retireRack(nodes: Node[]) {
        if (!nodes.every((n) => !n.maintenance)) return;
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 5,
        column: 35,
        endLine: 5,
        endColumn: 61,
      },
    ],
  },
  ],
});

ruleTester.run("a state list built with a spread", rule, {
  valid: [
  {
    name: "spread-state-list",
    code: dedent`
      declare const ironic: { setNodeProvisionState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { node: string }): Promise<{ id: string; provisionState: string; isMaintenance: boolean }>;
      const RESCUE_STATES = ['rescue', 'rescue failed'] as const;
      const UNRESCUABLE = [...RESCUE_STATES, 'unrescue failed'];
      export async function unrescue(instance: { node: string }) {
        const node = await validateInstanceAndNode(instance);
        if (node.isMaintenance || !UNRESCUABLE.includes(node.provisionState)) throw new Error('cannot unrescue');
        await ironic.setNodeProvisionState(node.id, 'unrescue');
      }
    `,
    options: [{"checkStateMachine":true}],
  },
  {
    name: "spread-state-set",
    code: dedent`
      declare const ironic: { setNodeProvisionState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { node: string }): Promise<{ id: string; provisionState: string; isMaintenance: boolean }>;
      const RESCUE_STATES = ['rescue', 'rescue failed'];
      const UNRESCUABLE = new Set([...RESCUE_STATES, 'unrescue failed']);
      export async function unrescue(instance: { node: string }) {
        const node = await validateInstanceAndNode(instance);
        if (node.isMaintenance || !UNRESCUABLE.has(node.provisionState)) throw new Error('cannot unrescue');
        await ironic.setNodeProvisionState(node.id, 'unrescue');
      }
    `,
    options: [{"checkStateMachine":true}],
  },
  ],
  invalid: [
  {
    name: "spread-adds-a-state-not-allowed",
    code: dedent`
      declare const ironic: { setNodeProvisionState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { node: string }): Promise<{ id: string; provisionState: string; isMaintenance: boolean }>;
      const RESCUE_STATES = ['rescue', 'rescue failed'] as const;
      const LOOSE = [...RESCUE_STATES, 'active'];
      export async function unrescue(instance: { node: string }) {
        const node = await validateInstanceAndNode(instance);
        if (node.isMaintenance || !LOOSE.includes(node.provisionState)) throw new Error('cannot unrescue');
        await ironic.setNodeProvisionState(node.id, 'unrescue');
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `unrescue`","subject":"node.id","missing":"a provision-state test for rescue, rescue failed or unrescue failed (`active` still gets through)"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 58,
      },
    ],
  },
  {
    name: "spread-of-an-unknown-list",
    code: dedent`
      declare const ironic: { setNodeProvisionState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { node: string }): Promise<{ id: string; provisionState: string; isMaintenance: boolean }>;
      export async function unrescue(instance: { node: string }, extra: string[]) {
        const allowed = [...extra, 'rescue'];
        const node = await validateInstanceAndNode(instance);
        if (node.isMaintenance || !allowed.includes(node.provisionState)) throw new Error('cannot unrescue');
        await ironic.setNodeProvisionState(node.id, 'unrescue');
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `unrescue`","subject":"node.id","missing":"a provision-state test for rescue, rescue failed or unrescue failed"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 58,
      },
    ],
  },
  ],
});

ruleTester.run("a checking helper of a base class declared in the file (helper-68 P-FP-16)", rule, {
  valid: [
  {
    name: "base-class-checking-helpers",
    code: dedent`
      interface Node { id: string; provisionState: string; isMaintenance: boolean; instanceId: string | null }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void>; deleteNode(id: string): Promise<void> };
      abstract class DriverBase {
        protected async requireNode(instance: Instance): Promise<Node> {
          const node = await validateInstanceAndNode(instance);
          if (node.isMaintenance) throw new Error(\`node \${node.id} is in maintenance\`);
          return node;
        }
        protected async requireDeletable(node: Node): Promise<void> {
          if (node.provisionState !== 'manageable' || node.instanceId) throw new Error(\`node \${node.id} cannot be deleted\`);
        }
      }
      abstract class PoweredDriver extends DriverBase {}
      export class IronicDriver extends PoweredDriver {
        async powerOn(instance: Instance): Promise<void> {
          const node = await this.requireNode(instance);
          await ironic.setNodePowerState(node.id, 'power on');
        }
        async removeNode(nodeId: string): Promise<void> {
          const node = await ironic.getNode(nodeId);
          await this.requireDeletable(node);
          await ironic.deleteNode(node.id);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "base-class-helper-that-checks-nothing",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void> };
      abstract class DriverBase {
        protected async loadNode(instance: Instance): Promise<Node> {
          return await ironic.getNode(instance.node);
        }
      }
      export class IronicDriver extends DriverBase {
        async powerOn(instance: Instance): Promise<void> {
          const node = await this.loadNode(instance);
          await ironic.setNodePowerState(node.id, 'power on');
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 12,
        column: 11,
        endLine: 12,
        endColumn: 56,
      },
    ],
  },
  ],
});

ruleTester.run("membership written with indexOf (helper-68 P-FP-7)", rule, {
  valid: [
  {
    name: "indexof-membership-tests",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      const DELETABLE_STATES = ['manageable', 'enroll', 'adopt failed'];
      export async function removeNode(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (DELETABLE_STATES.indexOf(node.provisionState ?? '') === -1) throw new Error(\`node \${nodeId} is busy\`);
        await ironic.deleteNode(node.id);
      }
      export async function removeNode2(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (DELETABLE_STATES.indexOf(node.provisionState) < 0) return;
        await ironic.deleteNode(node.id);
      }
      export async function removeNode3(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (-1 !== DELETABLE_STATES.indexOf(node.provisionState)) await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "indexof-position-tests-are-not-membership",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      const DELETABLE_STATES = ['manageable', 'enroll', 'adopt failed'];
      export async function removeNode(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (DELETABLE_STATES.indexOf(node.provisionState) > 0) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 6,
        column: 64,
        endLine: 6,
        endColumn: 90,
      },
    ],
  },
  ],
});

ruleTester.run("Object.assign writes into a checked subject (helper-68 P-FN-1)", rule, {
  valid: [
  {
    name: "object-assign-of-other-parts-keeps-the-check",
    code: dedent`
      interface Node { id: string; provisionState: string; extra?: Record<string, string> }
      interface Instance { uuid: string; node: string; flavor?: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function a(instance: Instance): Promise<void> {
        await validateInstanceAndNode(instance);
        Object.assign(instance, { flavor: 'baremetal' });
        const copy = Object.assign({}, instance);
        await ironic.setNodePowerState(instance.node, 'power off');
        void copy;
      }
    `,
  },
  ],
  invalid: [
  {
    name: "object-assign-replaces-checked-parts",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function a(instance: Instance, spare: Node): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        Object.assign(node, spare);
        await ironic.setNodePowerState(node.id, 'power off');
      }
      export async function b(instance: Instance, other: Instance): Promise<void> {
        await validateInstanceAndNode(instance);
        Object.assign(instance, { node: other.node });
        await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 55,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 13,
        column: 9,
        endLine: 13,
        endColumn: 61,
      },
    ],
  },
  ],
});

ruleTester.run("a check passed to map by reference (helper-68 P-FP-1)", rule, {
  valid: [
  {
    name: "check-passed-by-reference-to-map",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOffAll(instances: Instance[]): Promise<void> {
        const nodes = await Promise.all(instances.map(validateInstanceAndNode));
        for (const node of nodes) await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "other-function-passed-by-reference",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function describeInstance(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOffAll(instances: Instance[]): Promise<void> {
        const nodes = await Promise.all(instances.map(describeInstance));
        for (const node of nodes) await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 7,
        column: 35,
        endLine: 7,
        endColumn: 81,
      },
    ],
  },
  ],
});

ruleTester.run("the elements entries() gives (helper-68 P-FP-8)", rule, {
  valid: [
  {
    name: "entries-of-checked-nodes",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void>; deleteNode(id: string): Promise<void> };
      export async function powerOffAll(instances: Instance[]): Promise<void> {
        const nodes = await Promise.all(instances.map((i) => validateInstanceAndNode(i)));
        for (const [index, node] of nodes.entries()) {
          console.info(\`powering off \${index + 1}/\${nodes.length}\`);
          await ironic.setNodePowerState(node.id, 'power off');
        }
      }
      export async function retire(nodes: Node[]): Promise<void> {
        if (!nodes.every((n) => n.provisionState === 'manageable')) return;
        for (const [, node] of nodes.entries()) await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "entries-of-unchecked-nodes",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOffAll(nodes: Node[]): Promise<void> {
        for (const [index, node] of nodes.entries()) {
          console.info(\`powering off \${index + 1}\`);
          await ironic.setNodePowerState(node.id, 'power off');
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 6,
        column: 11,
        endLine: 6,
        endColumn: 57,
      },
    ],
  },
  ],
});

ruleTester.run("a helper returning the checked node inside an object or array literal (helper-68 P-FP-14)", rule, {
  valid: [
  {
    name: "helper-returns-checked-node-in-a-literal",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { listNodeVifs(id: string): Promise<string[]>; detachVifFromNode(id: string, vif: string): Promise<void> };
      async function loadNodeAndVifs(instance: Instance): Promise<{ node: Node; vifs: string[] }> {
        const node = await validateInstanceAndNode(instance);
        const vifs = await ironic.listNodeVifs(node.id);
        return { node, vifs };
      }
      async function nodeAndPorts(instance: Instance): Promise<[Node, string[]]> {
        const node = await validateInstanceAndNode(instance);
        return [node, await ironic.listNodeVifs(node.id)];
      }
      export async function unplugVifs(instance: Instance): Promise<void> {
        const { node, vifs } = await loadNodeAndVifs(instance);
        for (const vif of vifs) await ironic.detachVifFromNode(node.id, vif);
        const loaded = await loadNodeAndVifs(instance);
        await Promise.all(loaded.vifs.map((vif) => ironic.detachVifFromNode(loaded.node.id, vif)));
        const [other, ports] = await nodeAndPorts(instance);
        for (const port of ports) await ironic.detachVifFromNode(other.id, port);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "helper-returns-a-different-node-on-one-path",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { getNode(id: string): Promise<Node>; detachVifFromNode(id: string, vif: string): Promise<void> };
      async function load(instance: Instance, fallback: string): Promise<{ node: Node }> {
        if (!instance.node) return { node: { id: fallback } };
        const node = await validateInstanceAndNode(instance);
        return { node };
      }
      export async function unplug(instance: Instance, vif: string): Promise<void> {
        const { node } = await load(instance, 'spare');
        await ironic.detachVifFromNode(node.id, vif);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`detachVifFromNode`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`) or an existence check (`getNode`)"},
        line: 12,
        column: 9,
        endLine: 12,
        endColumn: 47,
      },
    ],
  },
  ],
});

ruleTester.run("an element at a variable index of an array rearranged somewhere (helper-70 review)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "array-rearranged-between",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function reordered(nodes: Node[], i: number): Promise<void> {
        if (nodes[i].provisionState !== 'manageable') return;
        nodes.reverse();
        await ironic.deleteNode(nodes[i].id);
      }
      export async function replaced(racks: Node[], i: number, j: number, spare: Node): Promise<void> {
        if (racks[i].provisionState !== 'manageable') return;
        racks[j] = spare;
        await ironic.deleteNode(racks[i].id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"nodes[i].id","missing":"a provision-state test that exits on failure"},
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 39,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"racks[i].id","missing":"a provision-state test that exits on failure"},
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 39,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a .then callback taking the checked node apart", rule, {
  valid: [
  {
    name: "then-callback-destructures-the-checked-node",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export function reboot(instance: Instance): Promise<void> {
        return validateInstanceAndNode(instance).then(({ uuid }) => ironic.setNodePowerState(uuid, 'rebooting'));
      }
      export function rebootRenamed(instance: Instance): Promise<void> {
        return validateInstanceAndNode(instance).then(({ id: nodeId }) => ironic.setNodePowerState(nodeId, 'rebooting'));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "then-callback-destructures-an-unchecked-value",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      declare function getInstance(uuid: string): Promise<Instance>;
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export function reboot(uuid: string): Promise<void> {
        return getInstance(uuid).then(({ node }) => ironic.setNodePowerState(node, 'rebooting'));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 7,
        column: 47,
        endLine: 7,
        endColumn: 90,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a same-file function turning the check into a boolean", rule, {
  valid: [
  {
    name: "async-boolean-adapter-of-the-check",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      class InstanceNotFound extends Error {}
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const LOG: { warning(m: string): void };
      declare const ironic: { enableNodeConsole(id: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      export class Driver {
        private async isAssociated(instance: Instance): Promise<boolean> {
          try {
            await validateInstanceAndNode(instance);
            return true;
          } catch (e) {
            if (e instanceof InstanceNotFound) return false;
            throw e;
          }
        }
        async consoleOn(instance: Instance): Promise<void> {
          if (!(await this.isAssociated(instance))) {
            LOG.warning(\`instance \${instance.uuid} has no node\`);
            return;
          }
          await ironic.enableNodeConsole(instance.node);
        }
        async powerOff(instance: Instance): Promise<void> {
          const associated = await this.isAssociated(instance);
          if (associated) await ironic.setNodePowerState(instance.node, 'power off');
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "boolean-adapter-that-may-say-true-without-the-check",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { enableNodeConsole(id: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      async function isAssociated(instance: Instance): Promise<boolean> {
        try {
          await validateInstanceAndNode(instance);
          return true;
        } catch {
          return true;
        }
      }
      async function isAssociatedOrForced(instance: Instance, force: boolean): Promise<boolean> {
        if (force) return true;
        try {
          await validateInstanceAndNode(instance);
          return true;
        } catch {
          return false;
        }
      }
      export async function consoleOn(instance: Instance, force: boolean): Promise<void> {
        if (await isAssociated(instance)) await ironic.enableNodeConsole(instance.node);
        if (await isAssociatedOrForced(instance, force)) await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`enableNodeConsole`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 23,
        column: 43,
        endLine: 23,
        endColumn: 82,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 24,
        column: 58,
        endLine: 24,
        endColumn: 110,
      },
    ],
  },
  {
    name: "boolean-adapter-not-awaited",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { enableNodeConsole(id: string): Promise<void> };
      async function isAssociated(instance: Instance): Promise<boolean> {
        try {
          await validateInstanceAndNode(instance);
          return true;
        } catch {
          return false;
        }
      }
      export async function consoleOn(instance: Instance): Promise<void> {
        if (isAssociated(instance)) await ironic.enableNodeConsole(instance.node);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`enableNodeConsole`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 14,
        column: 37,
        endLine: 14,
        endColumn: 76,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: the caught error kept in a variable and tested after the try", rule, {
  valid: [
  {
    name: "caught-error-kept-and-tested-after-the-try",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const LOG: { error(m: string, e: unknown): void };
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOff(instance: Instance): Promise<void> {
        let error: unknown;
        let node: Node | undefined;
        try {
          node = await validateInstanceAndNode(instance);
        } catch (e) {
          error = e;
        }
        if (error) throw error;
        await ironic.setNodePowerState(node!.id, 'power off');
      }
      export async function powerOn(instance: Instance): Promise<void> {
        let error: unknown = null;
        try {
          await validateInstanceAndNode(instance);
        } catch (e) {
          error = e;
        }
        if (error !== null) {
          LOG.error('validation failed', error);
          return;
        }
        await ironic.setNodePowerState(instance.node, 'power on');
      }
      export async function reboot(instance: Instance): Promise<void> {
        let failure;
        try {
          await validateInstanceAndNode(instance);
        } catch (e) {
          failure = e;
        }
        if (failure === undefined) await ironic.setNodePowerState(instance.node, 'rebooting');
      }
    `,
  },
  {
    name: "flag-set-after-the-check-result-assigned",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOff(instance: Instance): Promise<void> {
        let ok = false;
        let node: Node | null = null;
        try {
          node = await validateInstanceAndNode(instance);
          ok = true;
        } catch {
          // reported below
        }
        if (!ok) return;
        await ironic.setNodePowerState(node!.id, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "caught-error-tested-wrongly-or-overwritten",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOff(instance: Instance): Promise<void> {
        let error: unknown = null;
        try {
          await validateInstanceAndNode(instance);
        } catch (e) {
          error = e;
        }
        if (error === undefined) await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function powerOn(instance: Instance): Promise<void> {
        let error: unknown;
        try {
          await validateInstanceAndNode(instance);
        } catch (e) {
          error = e;
        }
        error = undefined;
        if (!error) await ironic.setNodePowerState(instance.node, 'power on');
      }
      export async function reboot(instance: Instance, spare: Node): Promise<void> {
        let error: unknown;
        let node: Node | undefined;
        try {
          node = await validateInstanceAndNode(instance);
        } catch (e) {
          error = e;
        }
        if (Math.random() > 0.5) node = spare;
        if (error) throw error;
        await ironic.setNodePowerState(node!.id, 'rebooting');
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)","where":": the `try` at line 7 has a path without it"},
        line: 12,
        column: 34,
        endLine: 12,
        endColumn: 86,
      },
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)","where":": the `try` at line 16 has a path without it"},
        line: 22,
        column: 21,
        endLine: 22,
        endColumn: 72,
      },
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`setNodePowerState`","subject":"node!.id","missing":"an association check (`validateInstanceAndNode`)","where":": the `try` at line 27 has a path without it"},
        line: 34,
        column: 9,
        endLine: 34,
        endColumn: 56,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a same-file wrapper that runs the check it is given", rule, {
  valid: [
  {
    name: "same-file-retry-wrapper-around-the-check",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function sleep(ms: number): Promise<void>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function withRetries<T>(fn: () => Promise<T>, tries = 3): Promise<T> {
        for (let i = 0; ; i++) {
          try {
            return await fn();
          } catch (e) {
            if (i >= tries) throw e;
            await sleep(500);
          }
        }
      }
      const retrying = async <T>(fn: () => Promise<T>): Promise<T> => {
        try {
          return await fn();
        } catch {
          await sleep(100);
          return fn();
        }
      };
      export async function powerOn(instance: Instance): Promise<void> {
        const node = await withRetries(() => validateInstanceAndNode(instance));
        await ironic.setNodePowerState(node.id, 'power on');
      }
      export async function powerOff(instance: Instance): Promise<void> {
        await retrying(async () => {
          await validateInstanceAndNode(instance);
        });
        await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "wrapper-that-may-return-without-running-the-check",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function attempts<T>(fn: () => Promise<T>, tries: number): Promise<T | undefined> {
        for (let i = 0; i < tries; i++) {
          try {
            return await fn();
          } catch {
            // try again
          }
        }
      }
      async function quietly<T>(fn: () => Promise<T>): Promise<T | undefined> {
        try {
          return await fn();
        } catch {
          return undefined;
        }
      }
      async function later(fn: () => Promise<unknown>): Promise<void> {
        setTimeout(() => void fn(), 1000);
      }
      export async function powerOn(instance: Instance): Promise<void> {
        await attempts(() => validateInstanceAndNode(instance), 3);
        await ironic.setNodePowerState(instance.node, 'power on');
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const node = await quietly(() => validateInstanceAndNode(instance));
        if (node) console.info('validated');
        await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function reboot(instance: Instance): Promise<void> {
        await later(() => validateInstanceAndNode(instance));
        await ironic.setNodePowerState(instance.node, 'rebooting');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 26,
        column: 9,
        endLine: 26,
        endColumn: 60,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 31,
        column: 9,
        endLine: 31,
        endColumn: 61,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 35,
        column: 9,
        endLine: 35,
        endColumn: 61,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a provision action makes the state read before it stale", rule, {
  valid: [
  {
    name: "state-tested-again-after-the-code-s-own-provision-action",
    code: dedent`
      interface Node { id: string; provisionState: string; isMaintenance: boolean }
      declare const ironic: { getNode(id: string): Promise<Node>; setNodeProvisionState(id: string, target: string, opts?: unknown): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      export async function provideThenClean(nodeId: string): Promise<void> {
        let node = await ironic.getNode(nodeId);
        if (node.isMaintenance || node.provisionState !== 'manageable') throw new Error('bad');
        await ironic.setNodeProvisionState(node.id, 'inspect');
        node = await ironic.getNode(nodeId);
        if (node.isMaintenance || node.provisionState !== 'manageable') throw new Error('bad');
        await ironic.setNodeProvisionState(node.id, 'clean', { cleanSteps: [] });
      }
    `,
    options: [{"checkStateMachine":true}],
  },
  ],
  invalid: [
  {
    name: "a-state-test-the-code-s-own-provision-action-made-stale",
    code: dedent`
      interface Node { id: string; provisionState: string; isMaintenance: boolean }
      declare const ironic: { getNode(id: string): Promise<Node>; setNodeProvisionState(id: string, target: string, opts?: unknown): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: { uuid: string; node: string }): Promise<Node>;
      export async function provideThenClean(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.isMaintenance || node.provisionState !== 'manageable') throw new Error('bad');
        await ironic.setNodeProvisionState(node.id, 'provide');
        await ironic.setNodeProvisionState(node.id, 'clean', { cleanSteps: [] });
      }
      export async function tearDownThenPowerOff(instance: { uuid: string; node: string }): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        if (node.provisionState !== 'active') return;
        await ironic.setNodeProvisionState(node.id, 'deleted');
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `clean`","subject":"node.id","missing":"a provision-state test for manageable"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 75,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"a provision-state test that exits while the node is cleaning"},
        line: 14,
        column: 9,
        endLine: 14,
        endColumn: 55,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a private helper called on another instance of its class", rule, {
  valid: [
  {
    name: "private-helper-called-on-another-checked-instance",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      interface BaremetalClient { setNodePowerState(id: string, s: string): Promise<void> }
      export class IronicDriver {
        constructor(private readonly ironic: BaremetalClient) {}
        private async hardOff(node: Node): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.hardOff(node);
        }
        static async panic(driver: IronicDriver, instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await driver.hardOff(node);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "private-helper-called-on-another-instance-without-the-check",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      interface BaremetalClient { setNodePowerState(id: string, s: string): Promise<void> }
      export class IronicDriver {
        constructor(private readonly ironic: BaremetalClient) {}
        private async hardOff(node: Node): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.hardOff(node);
        }
        static async panic(driver: IronicDriver, node: Node): Promise<void> {
          await driver.hardOff(node);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)","line":"15"},
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 62,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a loop that exits unless each element passes", rule, {
  valid: [
  {
    name: "a-guard-loop-before-the-acting-loop",
    code: dedent`
      interface Node { id: string; provisionState: string; maintenance: boolean }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      declare const LOG: { error(m: string): void };
      export async function removeRack(nodeIds: string[]): Promise<void> {
        const nodes = await Promise.all(nodeIds.map((id) => ironic.getNode(id)));
        for (const node of nodes) {
          if (node.provisionState !== 'manageable') {
            LOG.error(\`node \${node.id} is not manageable\`);
            throw new Error('refusing to delete the rack');
          }
        }
        for (const node of nodes) {
          await ironic.deleteNode(node.id);
        }
      }
      export async function removeAll(nodes: Node[]): Promise<void> {
        for (const node of nodes) if (!['manageable', 'enroll'].includes(node.provisionState)) return;
        await Promise.all(nodes.map((node) => ironic.deleteNode(node.id)));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-guard-loop-that-can-stop-early-or-skips",
    code: dedent`
      interface Node { id: string; provisionState: string; maintenance: boolean }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function removeRack(nodes: Node[]): Promise<void> {
        for (const node of nodes) {
          if (node.provisionState !== 'manageable') throw new Error('not manageable');
          if (node.maintenance) break;
        }
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
      export async function removeSome(nodes: Node[]): Promise<void> {
        for (const node of nodes) {
          if (node.provisionState === 'manageable') continue;
          console.info('skipping');
        }
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
      export async function removeGrown(nodes: Node[], extra: Node): Promise<void> {
        for (const node of nodes) if (node.provisionState !== 'manageable') throw new Error('not manageable');
        nodes.push(extra);
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 8,
        column: 35,
        endLine: 8,
        endColumn: 61,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 15,
        column: 35,
        endLine: 15,
        endColumn: 61,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 20,
        column: 35,
        endLine: 20,
        endColumn: 61,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a state tested by its text", rule, {
  valid: [
  {
    name: "state-tested-by-its-text",
    code: dedent`
      interface Node { id: string; provisionState?: string; isMaintenance: boolean }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { getNode(id: string): Promise<Node>; setNodeProvisionState(id: string, t: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOn(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        if (node.provisionState?.startsWith('clean')) throw new Error('node is cleaning');
        await ironic.setNodePowerState(node.id, 'power on');
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        if (/^clean/.test(node.provisionState ?? '')) throw new Error('node is cleaning');
        await ironic.setNodePowerState(node.id, 'power off');
      }
      export async function provide(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.isMaintenance) throw new Error('maintenance');
        if (node.provisionState?.toLowerCase() !== 'manageable') throw new Error('bad state');
        await ironic.setNodeProvisionState(node.id, 'provide');
      }
    `,
    options: [{"checkStateMachine":true}],
  },
  ],
  invalid: [
  {
    name: "state-text-tests-that-let-the-wrong-state-through",
    code: dedent`
      interface Node { id: string; provisionState?: string; isMaintenance: boolean }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { getNode(id: string): Promise<Node>; setNodeProvisionState(id: string, t: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      export async function powerOn(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        if (node.provisionState?.endsWith('failed')) throw new Error('failed');
        await ironic.setNodePowerState(node.id, 'power on');
      }
      export async function provide(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.isMaintenance) throw new Error('maintenance');
        if (!node.provisionState?.includes('a')) throw new Error('bad state');
        await ironic.setNodeProvisionState(node.id, 'provide');
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"a provision-state test that exits while the node is cleaning"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 54,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `provide`","subject":"node.id","missing":"a provision-state test for manageable (`available`, `active`, `wait call-back` and 15 more still get through)"},
        line: 14,
        column: 9,
        endLine: 14,
        endColumn: 57,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: results tested in a loop over a list written in place", rule, {
  valid: [
  {
    name: "validate-results-tested-in-a-loop-over-the-interfaces",
    code: dedent`
      interface Result { result: boolean; reason?: string }
      interface Report { deploy: Result; power: Result; boot: Result }
      interface Node { id: string }
      declare const ironic: { getNode(id: string): Promise<Node>; validateNode(id: string, o?: unknown): Promise<Report>; setNodeProvisionState(id: string, t: string): Promise<void> };
      export async function spawn(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        const report = await ironic.validateNode(node.id, { required: null });
        for (const iface of ['deploy', 'power'] as const) {
          if (!report[iface].result) throw new Error(\`validation failed for \${node.id}: \${report[iface].reason}\`);
        }
        await ironic.setNodeProvisionState(node.id, 'active');
      }
      export async function spawnB(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        const report = await ironic.validateNode(node.id, { required: null });
        for (const iface of [report.deploy, report.power]) {
          if (!iface.result) throw new Error(\`validation failed for \${node.id}: \${iface.reason}\`);
        }
        await ironic.setNodeProvisionState(node.id, 'active');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-loop-over-the-wrong-interfaces",
    code: dedent`
      interface Result { result: boolean; reason?: string }
      interface Report { deploy: Result; power: Result; boot: Result }
      interface Node { id: string }
      declare const ironic: { getNode(id: string): Promise<Node>; validateNode(id: string, o?: unknown): Promise<Report>; setNodeProvisionState(id: string, t: string): Promise<void> };
      export async function spawn(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        const report = await ironic.validateNode(node.id, { required: null });
        for (const iface of ['deploy', 'boot'] as const) {
          if (!report[iface].result) throw new Error(\`validation failed for \${node.id}\`);
        }
        await ironic.setNodeProvisionState(node.id, 'active');
      }
      export async function spawnB(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        const report = await ironic.validateNode(node.id, { required: null });
        for (const iface of [report.deploy, report.power]) {
          if (!iface.result) break;
        }
        await ironic.setNodeProvisionState(node.id, 'active');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `active`","subject":"node.id","missing":"`validateNode` with its deploy and power results tested"},
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 56,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `active`","subject":"node.id","missing":"`validateNode` with its deploy and power results tested"},
        line: 19,
        column: 9,
        endLine: 19,
        endColumn: 56,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: review of guard loops, flags, wrappers and text tests", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "review-guard-loops-flags-wrappers-and-text-tests-that-prove-nothing",
    code: dedent`
      interface Node { id: string; provisionState?: string; isMaintenance: boolean; instanceUuid?: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const DRY_RUN: boolean;
      declare const ironic: { setNodeProvisionState(id: string, t: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void>; deleteNode(id: string): Promise<void> };
      export async function moveThenDelete(nodes: Node[]): Promise<void> {
        for (const node of nodes) {
          if (node.provisionState !== 'manageable') throw new Error('not manageable');
          void ironic.setNodeProvisionState(node.id, 'provide');
        }
        for (const node of nodes) await ironic.deleteNode(node.id);
      }
      export async function testedBeforeTheTry(instance: Instance): Promise<void> {
        let error: unknown;
        if (!error) await ironic.setNodePowerState(instance.node, 'power off');
        try {
          await validateInstanceAndNode(instance);
        } catch (e) {
          error = e;
        }
        if (error) throw error;
      }
      async function withRetries<T>(fn: () => Promise<T>): Promise<T> {
        if (DRY_RUN) fn = async () => undefined as T;
        return await fn();
      }
      export async function retried(instance: Instance): Promise<void> {
        await withRetries(() => validateInstanceAndNode(instance));
        await ironic.setNodePowerState(instance.node, 'power on');
      }
      async function isAssociated(instance: Instance, spare: Instance): Promise<boolean> {
        instance = spare;
        try {
          await validateInstanceAndNode(instance);
          return true;
        } catch {
          return false;
        }
      }
      export async function adapted(instance: Instance, spare: Instance): Promise<void> {
        if (await isAssociated(instance, spare)) await ironic.setNodePowerState(instance.node, 'rebooting');
      }
      export async function fallbackAccepted(node: Node): Promise<void> {
        if (node.isMaintenance || node.instanceUuid) throw new Error('busy');
        if (!/^(manageable)?$/.test(node.provisionState ?? '')) throw new Error('x');
        await ironic.deleteNode(node.id);
      }
    `,
    options: [{"checkStateMachine":true}],
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodeProvisionState` to `provide`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`) or an existence check (`getNode`) and a maintenance test that exits when the node is in maintenance"},
        line: 9,
        column: 10,
        endLine: 9,
        endColumn: 58,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure, a provision-state test for manageable, enroll or adopt failed and a test that the node has no instance"},
        line: 11,
        column: 35,
        endLine: 11,
        endColumn: 61,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`) and a provision-state test that exits while the node is cleaning"},
        line: 15,
        column: 21,
        endLine: 15,
        endColumn: 73,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`) and a provision-state test that exits while the node is cleaning"},
        line: 29,
        column: 9,
        endLine: 29,
        endColumn: 60,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`) and a provision-state test that exits while the node is cleaning"},
        line: 41,
        column: 50,
        endLine: 41,
        endColumn: 102,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure and a provision-state test for manageable, enroll or adopt failed"},
        line: 46,
        column: 9,
        endLine: 46,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a helper parameter with a default", rule, {
  valid: [
  {
    name: "helper-target-parameter-with-a-default-every-caller-passes",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      interface BaremetalClient { setNodePowerState(id: string, s: string): Promise<void> }
      export class IronicDriver {
        constructor(private readonly ironic: BaremetalClient, private readonly fallback: Node) {}
        private async hardOff(node: Node = this.fallback): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.hardOff(node);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "helper-target-parameter-left-to-its-default",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      interface BaremetalClient { setNodePowerState(id: string, s: string): Promise<void> }
      export class IronicDriver {
        constructor(private readonly ironic: BaremetalClient, private readonly fallback: Node) {}
        private async hardOff(node: Node = this.fallback): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.hardOff(node);
        }
        async panicOff(): Promise<void> {
          await this.hardOff();
        }
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)","line":"15"},
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 62,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a result test bypassed on a path is said to be missing on that path", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "validate-result-test-bypassed-on-a-path",
    code: dedent`
      interface Result { result: boolean }
      interface Node { id: string }
      declare const ironic: { getNode(id: string): Promise<Node>; validateNode(id: string, o?: unknown): Promise<{ deploy: Result; power: Result }>; setNodeProvisionState(id: string, t: string): Promise<void> };
      export async function spawn(nodeId: string, force: boolean): Promise<void> {
        const node = await ironic.getNode(nodeId);
        const chk = await ironic.validateNode(node.id, { required: null });
        if ((!chk.deploy.result || !chk.power.result) && !force) throw new Error(\`validation of \${node.id} failed\`);
        await ironic.setNodeProvisionState(node.id, 'active');
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`setNodeProvisionState` to `active`","subject":"node.id","missing":"`validateNode` with its deploy and power results tested","where":": the `if` at line 7 has a path without it"},
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 56,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a switch whose default comes before its last cases", rule, {
  valid: [
  {
    name: "switch-default-first-then-empty-trailing-cases",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function removeNode(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        switch (node.provisionState) {
          default:
            return;
          case 'manageable':
          case 'enroll':
        }
        await ironic.deleteNode(node.id);
      }
    `,
  },
  {
    name: "switch-default-in-the-middle-falling-through-to-a-tested-case",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function removeNode(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        switch (node.provisionState) {
          case 'manageable':
            break;
          default:
            throw new Error(\`node \${node.id} is busy\`);
          case 'enroll':
        }
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "switch-default-first-that-falls-through-without-exiting",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      declare const LOG: { warn(message: string): void };
      export async function removeNode(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        switch (node.provisionState) {
          default:
            LOG.warn('unexpected state');
          case 'manageable':
          case 'enroll':
        }
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "preconditionNotOnEveryPath",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure","where":": the `switch` at line 6 has a path without it"},
        line: 12,
        column: 9,
        endLine: 12,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: callers are followed 6 helpers deep, and the message says where the search stopped", rule, {
  valid: [
  {
    name: "check-six-private-helpers-from-the-action",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      interface BaremetalClient { setNodePowerState(id: string, s: string): Promise<void> }
      export class IronicDriver {
        constructor(private readonly ironic: BaremetalClient) {}
        private async step0(node: Node): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
        private async step1(node: Node): Promise<void> {
          await this.step0(node);
        }
        private async step2(node: Node): Promise<void> {
          await this.step1(node);
        }
        private async step3(node: Node): Promise<void> {
          await this.step2(node);
        }
        private async step4(node: Node): Promise<void> {
          await this.step3(node);
        }
        private async step5(node: Node): Promise<void> {
          await this.step4(node);
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.step5(node);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "check-seven-private-helpers-from-the-action-is-past-the-search",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      interface BaremetalClient { setNodePowerState(id: string, s: string): Promise<void> }
      export class IronicDriver {
        constructor(private readonly ironic: BaremetalClient) {}
        private async step0(node: Node): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
        private async step1(node: Node): Promise<void> {
          await this.step0(node);
        }
        private async step2(node: Node): Promise<void> {
          await this.step1(node);
        }
        private async step3(node: Node): Promise<void> {
          await this.step2(node);
        }
        private async step4(node: Node): Promise<void> {
          await this.step3(node);
        }
        private async step5(node: Node): Promise<void> {
          await this.step4(node);
        }
        private async step6(node: Node): Promise<void> {
          await this.step5(node);
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = await validateInstanceAndNode(instance);
          await this.step6(node);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionBeyondCallers",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)","line":"26","depth":"6"},
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 62,
      },
    ],
  },
  {
    name: "no-check-at-the-entry-of-a-short-helper-chain",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      interface BaremetalClient { setNodePowerState(id: string, s: string): Promise<void> }
      export class IronicDriver {
        constructor(private readonly ironic: BaremetalClient) {}
        private async step0(node: Node): Promise<void> {
          await this.ironic.setNodePowerState(node.id, 'power off');
        }
        private async step1(node: Node): Promise<void> {
          await this.step0(node);
        }
        private async step2(node: Node): Promise<void> {
          await this.step1(node);
        }
        async powerOff(instance: Instance): Promise<void> {
          const node = { id: instance.uuid };
          await this.step2(node);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)","line":"18"},
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 62,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: a Go-style result (await-to-js, a local to) taken apart and tested", rule, {
  valid: [
  {
    name: "go-style-tuple-error-tested-to-hold-nothing",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, undefined] | [null, T]> {
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await goTo(validateInstanceAndNode(instance));
        if (err) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  {
    name: "go-style-tuple-value-tested-to-hold-something",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, undefined] | [null, T]> {
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await goTo(validateInstanceAndNode(instance));
        if (err || !node) {
          LOG.error('validation failed', err);
          return;
        }
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  {
    name: "go-style-object-result-error-tested",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      async function settle<T>(p: Promise<T>): Promise<{ error?: unknown; value?: T }> {
        try {
          return { value: await p };
        } catch (error) {
          return { error };
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const { error, value: node } = await settle(validateInstanceAndNode(instance));
        if (error != null) throw new Error('not ours');
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  {
    name: "await-to-js-error-tested",
    code: dedent`
      import to from 'await-to-js';
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await to(validateInstanceAndNode(instance));
        if (err) throw err;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  {
    name: "check-passed-to-a-local-or-null-wrapper",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      function orNull<T>(p: Promise<T>): Promise<T | null> {
        return p.catch(() => null);
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const node = await orNull(validateInstanceAndNode(instance));
        if (!node) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "go-style-tuple-error-not-tested",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, undefined] | [null, T]> {
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await goTo(validateInstanceAndNode(instance));
        LOG.error('validation', err);
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 17,
        column: 9,
        endLine: 17,
        endColumn: 55,
      },
    ],
  },
  {
    name: "go-style-tuple-of-another-call",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, undefined] | [null, T]> {
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await goTo(lookUp(instance));
        if (err) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 17,
        column: 9,
        endLine: 17,
        endColumn: 55,
      },
    ],
  },
  {
    name: "go-style-tuple-error-tested-the-wrong-way",
    code: dedent`
      import { to } from 'await-to-js';
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await to(validateInstanceAndNode(instance));
        if (!err) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 55,
      },
    ],
  },
  {
    name: "go-style-tuple-whose-catch-leaves-the-error-empty",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      async function quietly<T>(p: Promise<T>): Promise<[unknown, T | undefined]> {
        try {
          return [null, await p];
        } catch (e) {
          LOG.warn('ignored', e);
          return [null, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await quietly(validateInstanceAndNode(instance));
        if (err) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 18,
        column: 9,
        endLine: 18,
        endColumn: 55,
      },
    ],
  },
  {
    name: "go-style-tuple-whose-promise-parameter-is-reassigned",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      declare const DRY_RUN: boolean;
      async function goTo<T>(p: Promise<T>, spare: Promise<T>): Promise<[unknown, T | undefined]> {
        if (DRY_RUN) p = spare;
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance, other: Promise<Node>): Promise<void> {
        const [err, node] = await goTo(validateInstanceAndNode(instance), other);
        if (err) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 19,
        column: 9,
        endLine: 19,
        endColumn: 55,
      },
    ],
  },
  {
    name: "go-style-tuple-value-with-a-default",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      declare const LOG: { error(...a: unknown[]): void; warn(...a: unknown[]): void };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, undefined] | [null, T]> {
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      declare const FALLBACK: Node;
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node = FALLBACK] = await goTo(validateInstanceAndNode(instance));
        if (err || !node) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 18,
        column: 9,
        endLine: 18,
        endColumn: 55,
      },
    ],
  },
  ],
});

ruleTester.run("require-precondition: Go-style rows that do not vouch for the value (review)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "go-style-row-with-a-spread-holds-anything",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const cachedPair: [null, Node];
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, T | undefined]> {
        try {
          return [null, await p];
        } catch (e) {
          return [...cachedPair] as [unknown, Node];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [, node] = await goTo(validateInstanceAndNode(instance));
        if (!node) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 17,
        column: 9,
        endLine: 17,
        endColumn: 55,
      },
    ],
  },
  {
    name: "go-style-row-holding-the-promise-unsettled",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const cachedPair: [null, Node];
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, Promise<T> | undefined]> {
        try {
          return [null, p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await goTo(validateInstanceAndNode(instance));
        if (err || !node) return;
        await ironic.setNodePowerState((await node).id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"(await node).id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 17,
        column: 9,
        endLine: 17,
        endColumn: 63,
      },
    ],
  },
  {
    name: "go-style-value-written-again-before-the-error-test",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const cachedPair: [null, Node];
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, T | undefined]> {
        try {
          return [null, await p];
        } catch (e) {
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        let [err, node] = await goTo(validateInstanceAndNode(instance));
        node = await lookUp(instance);
        if (err) return;
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 18,
        column: 9,
        endLine: 18,
        endColumn: 55,
      },
    ],
  },
  {
    name: "go-style-caught-error-written-over",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare function lookUp(i: Instance): Promise<Node>;
      declare const cachedPair: [null, Node];
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function goTo<T>(p: Promise<T>): Promise<[unknown, T | undefined]> {
        try {
          return [null, await p];
        } catch (e) {
          e = null;
          return [e, undefined];
        }
      }
      export async function powerOff(instance: Instance): Promise<void> {
        const [err, node] = await goTo(validateInstanceAndNode(instance));
        if (err) return;
        await ironic.setNodePowerState(node!.id, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"node!.id","missing":"an association check (`validateInstanceAndNode`)"},
        line: 18,
        column: 9,
        endLine: 18,
        endColumn: 56,
      },
    ],
  },
  ],
});

ruleTester.run("a parameter taken apart where it is declared", rule, {
  valid: [
  {
    name: "parameter-destructured-where-declared-state-tested",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function remove({ id, provisionState }: Node): Promise<void> {
        if (provisionState !== 'manageable') throw new Error(\`node \${id} is \${provisionState}\`);
        await ironic.deleteNode(id);
      }
      export async function removeWithDefault({ id, provisionState }: Node = { id: 'spare', provisionState: 'enroll' }): Promise<void> {
        if (provisionState !== 'manageable') return;
        await ironic.deleteNode(id);
      }
      export async function removeNested({ node: { id, provisionState } }: { node: Node }): Promise<void> {
        if (provisionState !== 'manageable') return;
        await ironic.deleteNode(id);
      }
    `,
  },
  {
    name: "destructured-parameter-helper-trusts-its-callers",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { deleteNode(id: string): Promise<void> };
      async function destroyNode({ id }: Node): Promise<void> {
        await ironic.deleteNode(id);
      }
      export async function destroy(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        if (node.provisionState !== 'available') return;
        await destroyNode(node);
      }
    `,
  },
  {
    name: "then-callback-destructures-and-tests-the-state",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export function destroy(instance: Instance): Promise<void> {
        return validateInstanceAndNode(instance).then(async ({ id, provisionState }) => {
          if (provisionState !== 'available') return;
          await ironic.deleteNode(id);
        });
      }
    `,
  },
  ],
  invalid: [
  {
    name: "parameter-destructured-binding-written-or-another-parameter",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function removeRewritten({ id, provisionState }: Node, spare: string): Promise<void> {
        if (provisionState !== 'manageable') throw new Error('busy');
        id = spare;
        await ironic.deleteNode(id);
      }
      export async function removeOther({ id }: Node, { provisionState }: Node): Promise<void> {
        if (provisionState !== 'manageable') throw new Error('busy');
        await ironic.deleteNode(id);
      }
      export async function removeUntested({ id, provisionState }: Node): Promise<void> {
        console.log(provisionState);
        await ironic.deleteNode(id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"id","missing":"a provision-state test that exits on failure"},
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 30,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"id","missing":"a provision-state test that exits on failure"},
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 30,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"id","missing":"a provision-state test that exits on failure"},
        line: 14,
        column: 9,
        endLine: 14,
        endColumn: 30,
      },
    ],
  },
  {
    name: "destructured-parameter-helper-names-the-unchecked-caller",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { deleteNode(id: string): Promise<void> };
      async function destroyNode({ id }: Node): Promise<void> {
        await ironic.deleteNode(id);
      }
      export async function destroy(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        if (node.provisionState !== 'available') return;
        await destroyNode(node);
      }
      export async function destroyUnchecked(node: Node): Promise<void> {
        await destroyNode(node);
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        data: {"action":"`deleteNode`","subject":"id","missing":"a provision-state test that exits on failure","line":"14"},
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 30,
      },
    ],
  },
  ],
});

ruleTester.run("a node read again under another name (helper-76)", rule, {
  valid: [
  {
    name: "node-read-again-under-another-name-keeps-association",
    code: dedent`
      interface Node { id: string; uuid?: string; provisionState: string }
      interface Instance { uuid: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void>; setNodePowerState(id: string, s: string): Promise<void> };
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      export async function powerOn(instance: Instance): Promise<void> {
        const node = await validateInstanceAndNode(instance);
        const fresh = await ironic.getNode(node.id);
        await ironic.setNodePowerState(fresh.id, 'power on');
      }
      export async function remove(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        const fresh = await ironic.getNode(node.id);
        if (fresh.provisionState !== 'manageable') throw new Error('busy');
        await ironic.deleteNode(fresh.id);
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "node-read-again-under-another-name-loses-the-state-read-before",
    code: dedent`
      interface Node { id: string; uuid?: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.provisionState !== 'manageable') throw new Error('busy');
        const fresh = await ironic.getNode(node.id);
        await ironic.deleteNode(fresh.id);
      }
      export async function removeAssigned(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.provisionState !== 'manageable') throw new Error('busy');
        let latest: Node;
        latest = await ironic.getNode(node.uuid ?? node.id);
        await ironic.deleteNode(latest.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"fresh.id","missing":"a provision-state test that exits on failure"},
        line: 7,
        column: 9,
        endLine: 7,
        endColumn: 36,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"latest.id","missing":"a provision-state test that exits on failure"},
        line: 14,
        column: 9,
        endLine: 14,
        endColumn: 37,
      },
    ],
  },
  ],
});

ruleTester.run("a check whose promise is dropped, without types (helper-76)", rule, {
  valid: [
  {
    name: "check-awaited-or-synchronous-untyped",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      class IronicDriver {
        declare validateInstanceAndNode: (i: Instance) => Promise<Node>;
        async powerOn(instance: Instance): Promise<void> {
          await this.validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power on');
        }
      }
      declare function validateInstanceAndNode(i: Instance): Node;
      export async function powerOff(instance: Instance): Promise<void> {
        validateInstanceAndNode(instance);
        await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "check-promise-dropped-untyped",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      class IronicDriver {
        declare validateInstanceAndNode: (i: Instance) => Promise<Node>;
        async powerOn(instance: Instance): Promise<void> {
          this.validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power on');
        }
      }
      async function validateNode(instance: Instance): Promise<Node> {
        return { id: instance.node, uuid: instance.node };
      }
      export async function reboot(instance: Instance): Promise<void> {
        validateNode(instance);
        await ironic.setNodePowerState(instance.node, 'rebooting');
      }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      export async function powerOff(instance: Instance): Promise<void> {
        validateInstanceAndNode(instance);
        await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function elsewhere(instance: Instance): Promise<void> {
        await validateInstanceAndNode(instance);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 8,
        column: 11,
        endLine: 8,
        endColumn: 62,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 16,
        column: 9,
        endLine: 16,
        endColumn: 61,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 21,
        column: 9,
        endLine: 21,
        endColumn: 61,
      },
    ],
  },
  ],
});

ruleTester.run("review of re-reads and pattern defaults (helper-77)", rule, {
  valid: [
  {
    name: "a-read-by-another-id-is-no-re-read-of-that-owner",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void>; deleteNode(id: string): Promise<void> };
      export class Deployer {
        constructor(private readonly instance: Instance, private readonly nodeId: string) {}
        async powerOff(): Promise<void> {
          await validateInstanceAndNode(this.instance);
          const fresh = await ironic.getNode(this.nodeId);
          console.log(fresh.provisionState);
          await ironic.setNodePowerState(this.instance.node, 'power off');
        }
      }
      export async function viaInstanceUuid(instance: Instance): Promise<void> {
        await validateInstanceAndNode(instance);
        const byInstance = await ironic.getNode(instance.uuid);
        console.log(byInstance.provisionState);
        await ironic.setNodePowerState(instance.node, 'power off');
      }
      export async function removeDestructuredReread(nodeId: string): Promise<void> {
        const node = await ironic.getNode(nodeId);
        if (node.provisionState !== 'manageable') throw new Error('busy');
        const { provisionState: latest } = await ironic.getNode(node.id);
        console.log(latest);
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-binding-with-a-default-may-be-another-node",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      declare const spareId: string;
      export async function removeDefaultId({ id = spareId, provisionState }: Partial<Node>): Promise<void> {
        if (provisionState !== 'manageable') throw new Error('busy');
        await ironic.deleteNode(id);
      }
      export async function removeLoopDefault(nodes: Partial<Node>[]): Promise<void> {
        for (const { id = spareId, provisionState } of nodes) {
          if (provisionState !== 'manageable') continue;
          await ironic.deleteNode(id);
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"id","missing":"a provision-state test that exits on failure"},
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 30,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"id","missing":"a provision-state test that exits on failure"},
        line: 11,
        column: 11,
        endLine: 11,
        endColumn: 32,
      },
    ],
  },
  ],
});

ruleTester.run("a generator of the file yielding checked nodes (P-FP-4)", rule, {
  valid: [
  {
    name: "generator-yielding-only-checked-nodes",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      async function* manageableNodes(ids: string[]): AsyncGenerator<Node> {
        for (const id of ids) {
          const node = await ironic.getNode(id);
          if (node.provisionState !== 'manageable') continue;
          yield node;
        }
      }
      export async function removeAll(ids: string[]): Promise<void> {
        for await (const node of manageableNodes(ids)) {
          await ironic.deleteNode(node.id);
        }
      }
      function* ready(nodes: Node[]): Generator<Node> {
        for (const node of nodes) {
          if (node.provisionState === 'manageable') yield node;
        }
      }
      export async function removeReady(nodes: Node[]): Promise<void> {
        for (const node of ready(nodes)) await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "generator-yielding-an-unchecked-node-on-some-path",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      declare function others(): Generator<Node>;
      async function* someNodes(ids: string[], spare: Node): AsyncGenerator<Node> {
        for (const id of ids) {
          const node = await ironic.getNode(id);
          if (node.provisionState !== 'manageable') {
            yield spare;
            continue;
          }
          yield node;
        }
      }
      export async function removeAll(ids: string[], spare: Node): Promise<void> {
        for await (const node of someNodes(ids, spare)) {
          await ironic.deleteNode(node.id);
        }
      }
      function* delegating(nodes: Node[]): Generator<Node> {
        for (const node of nodes) if (node.provisionState === 'manageable') yield node;
        yield* others();
      }
      export async function removeDelegated(nodes: Node[]): Promise<void> {
        for (const node of delegating(nodes)) await ironic.deleteNode(node.id);
      }
      function* testedBeforeReread(nodes: Node[], fresh: (id: string) => Node): Generator<Node> {
        for (const node of nodes) {
          if (node.provisionState !== 'manageable') continue;
          const other = fresh('x');
          yield other;
        }
      }
      export async function removeOther(nodes: Node[], fresh: (id: string) => Node): Promise<void> {
        for (const node of testedBeforeReread(nodes, fresh)) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 16,
        column: 11,
        endLine: 16,
        endColumn: 37,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 24,
        column: 47,
        endLine: 24,
        endColumn: 73,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`deleteNode`","subject":"node.id","missing":"a provision-state test that exits on failure"},
        line: 34,
        column: 62,
        endLine: 34,
        endColumn: 88,
      },
    ],
  },
  ],
});

ruleTester.run("a check voided without types (helper-79)", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a-check-promise-voided-untyped",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      async function validateInstanceAndNode(instance: Instance): Promise<Node> {
        return { id: instance.node, uuid: instance.uuid };
      }
      export async function voided(instance: Instance): Promise<void> {
        void validateInstanceAndNode(instance);
        await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 9,
        column: 9,
        endLine: 9,
        endColumn: 61,
      },
    ],
  },
  ],
});

ruleTester.run("a dropped check whose promise the class writes without a body to read, without types", rule, {
  valid: [
  {
    name: "abstract-or-alias-typed-check-that-returns-no-promise-dropped",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      type Validator = (i: Instance) => Node;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      abstract class Base {
        abstract validateInstanceAndNode(i: Instance): Node;
        async powerOn(instance: Instance): Promise<void> {
          this.validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power on');
        }
      }
      class Typed {
        validateInstanceAndNode: Validator = (i) => ({ id: i.node, uuid: i.node });
        async powerOff(instance: Instance): Promise<void> {
          this.validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power off');
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "abstract-or-alias-typed-promise-check-dropped",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      type Validator = (i: Instance) => Promise<Node>;
      type Check = Validator;
      declare const ironic: { setNodePowerState(id: string, s: string): Promise<void> };
      abstract class Base {
        abstract validateInstanceAndNode(i: Instance): Promise<Node>;
        async powerOn(instance: Instance): Promise<void> {
          this.validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power on');
        }
      }
      class Typed {
        declare validateInstanceAndNode: Check;
        async powerOff(instance: Instance): Promise<void> {
          void this.validateInstanceAndNode(instance);
          await ironic.setNodePowerState(instance.node, 'power off');
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 10,
        column: 11,
        endLine: 10,
        endColumn: 62,
      },
      {
        messageId: "missingPrecondition",
        data: {"action":"`setNodePowerState`","subject":"instance.node","missing":"an association check (`validateInstanceAndNode`)"},
        line: 17,
        column: 11,
        endLine: 17,
        endColumn: 63,
      },
    ],
  },
  ],
});

ruleTester.run("without types, a check the class inherits written to give a promise, or a call on a client, checks nothing until it is awaited (helper-81)", rule, {
  valid: [
  {
    name: "checks-settled-before-the-action-untyped",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      interface Ironic { getNode(id: string): Promise<Node>; updateNode(id: string, patch: object): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void> }
      abstract class Base {
        constructor(protected ironic: Ironic) {}
        protected abstract validateInstanceAndNode(i: Instance): Promise<Node>;
      }
      export class Driver extends Base {
        async powerOn(instance: Instance): Promise<void> {
          const pending = this.validateInstanceAndNode(instance);
          const node = await pending;
          await this.ironic.setNodePowerState(node.uuid, 'power on');
        }
        async tag(id: string): Promise<void> {
          await this.ironic.getNode(id);
          await this.ironic.updateNode(id, { extra: {} });
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "checks-left-unsettled-untyped",
    code: dedent`
      interface Node { id: string; uuid: string }
      interface Instance { uuid: string; node: string }
      interface Ironic { getNode(id: string): Promise<Node>; updateNode(id: string, patch: object): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void> }
      abstract class Base {
        constructor(protected ironic: Ironic) {}
        protected abstract validateInstanceAndNode(i: Instance): Promise<Node>;
      }
      export class Driver extends Base {
        async powerOn(instance: Instance): Promise<void> {
          this.validateInstanceAndNode(instance);
          await this.ironic.setNodePowerState(instance.node, 'power on');
        }
        async powerOff(instance: Instance): Promise<Node> {
          const pending = this.validateInstanceAndNode(instance);
          await this.ironic.setNodePowerState(instance.node, 'power off');
          return pending;
        }
        async tag(id: string): Promise<void> {
          this.ironic.getNode(id);
          await this.ironic.updateNode(id, { extra: {} });
        }
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `setNodePowerState` acts on `instance.node` without an association check (`validateInstanceAndNode`) before it.
        line: 11,
        column: 11,
        endLine: 11,
        endColumn: 67,
      },
      {
        messageId: "missingPrecondition",
        // `setNodePowerState` acts on `instance.node` without an association check (`validateInstanceAndNode`) before it.
        line: 15,
        column: 11,
        endLine: 15,
        endColumn: 68,
      },
      {
        messageId: "missingPrecondition",
        // `updateNode` acts on `id` without an association check (`validateInstanceAndNode`) or an existence check (`getNode`) before it.
        line: 20,
        column: 11,
        endLine: 20,
        endColumn: 52,
      },
    ],
  },
  ],
});

ruleTester.run("a state asserted with node:assert's equality methods (assert.strictEqual(node.provisionState, 'manageable')) is tested (helper-81)", rule, {
  valid: [
  {
    name: "state-asserted-equal",
    code: dedent`
      import assert from 'node:assert';
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function remove(node: Node): Promise<void> {
        assert.strictEqual(node.provisionState, 'manageable', 'node busy');
        await ironic.deleteNode(node.id);
      }
      export async function notActive(node: Node): Promise<void> {
        assert.notStrictEqual(node.provisionState, 'active');
        await ironic.deleteNode(node.id);
      }
      export async function removeStrict(node: Node): Promise<void> {
        assert.strict.equal('enroll', node.provisionState);
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "state-asserted-loosely-or-not-at-all",
    code: dedent`
      import assert from 'node:assert';
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function otherValue(node: Node, expected: Node): Promise<void> {
        assert.deepEqual(node.id, expected.id);
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("a node given as a parameter read again by its own id: the state tested before goes stale under either name (helper-81, documented example)", rule, {
  valid: [
  {
    name: "reread-of-a-parameter-keeps-other-subjects",
    code: dedent`
      interface Node { id: string; provisionState: string }
      interface Instance { uuid: string; node: string }
      declare function validateInstanceAndNode(i: Instance): Promise<Node>;
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, s: string): Promise<void>; deleteNode(id: string): Promise<void> };
      export async function remove(node: Node): Promise<void> {
        const fresh = await ironic.getNode(node.id);
        if (fresh.provisionState !== 'manageable') throw new Error('busy');
        await ironic.deleteNode(fresh.id);
      }
      export async function viaInstanceUuid(instance: Instance): Promise<void> {
        await validateInstanceAndNode(instance);
        const byInstance = await ironic.getNode(instance.uuid);
        console.log(byInstance.provisionState);
        await ironic.setNodePowerState(instance.node, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "reread-of-a-parameter-by-its-id-makes-its-tested-state-stale",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(node: Node): Promise<void> {
        if (node.provisionState !== 'manageable') throw new Error('busy');
        const fresh = await ironic.getNode(node.id);
        await ironic.deleteNode(fresh.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `fresh.id` without a provision-state test that exits on failure before it.
        line: 6,
        column: 9,
        endLine: 6,
        endColumn: 36,
      },
    ],
  },
  ],
});

ruleTester.run("a filter by a predicate of the file passed by name (nodes.filter(isDeletable)) keeps what it tests (helper-81)", rule, {
  valid: [
  {
    name: "filter-by-a-predicate-of-the-file",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      const isDeletable = (n: Node): boolean => n.provisionState === 'manageable' || n.provisionState === 'enroll';
      function isManageable(node: Node): boolean {
        return node.provisionState === 'manageable';
      }
      export async function removeAll(nodes: Node[]): Promise<void> {
        await Promise.all(nodes.filter(isDeletable).map((n) => ironic.deleteNode(n.id)));
        for (const node of nodes.filter(isManageable)) await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "filter-by-a-predicate-that-tests-nothing",
    code: dedent`
      interface Node { id: string; provisionState: string; name: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      const isNamed = (n: Node): boolean => n.name.length > 0;
      let isChosen = (n: Node): boolean => n.provisionState === 'manageable';
      isChosen = (n) => n.name === 'x';
      export async function removeAll(nodes: Node[]): Promise<void> {
        await Promise.all(nodes.filter(isNamed).map((n) => ironic.deleteNode(n.id)));
        for (const node of nodes.filter(isChosen)) await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `n.id` without a provision-state test that exits on failure before it.
        line: 7,
        column: 54,
        endLine: 7,
        endColumn: 77,
      },
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 8,
        column: 52,
        endLine: 8,
        endColumn: 78,
      },
    ],
  },
  ],
});

ruleTester.run("a side of ?: or || that never returns gives the subject no other name (helper-81)", rule, {
  valid: [
  {
    name: "a-side-that-never-returns-gives-no-subject",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      function refuse(message: string): never {
        throw new Error(message);
      }
      export async function remove(node: Node): Promise<void> {
        const id = node.provisionState === 'manageable' ? node.id : refuse('busy');
        await ironic.deleteNode(id);
      }
      export async function removeOther(node: Node): Promise<void> {
        const id = node.provisionState !== 'manageable' ? refuse('busy') : node.id;
        await ironic.deleteNode(id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a-side-that-returns-gives-its-subject",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      function fallback(message: string): string {
        return message;
      }
      export async function remove(node: Node): Promise<void> {
        const id = node.provisionState === 'manageable' ? node.id : fallback('busy');
        await ironic.deleteNode(id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `id` without a provision-state test that exits on failure before it.
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 30,
      },
    ],
  },
  ],
});

ruleTester.run("a predicate of the file written with if and two returns", rule, {
  valid: [
  {
    name: "a predicate written as if test return true, return false",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      function canDelete(n: Node): boolean {
        if (n.provisionState === 'manageable' || n.provisionState === 'enroll') return true;
        return false;
      }
      export async function remove(node: Node): Promise<void> {
        if (!canDelete(node)) throw new Error('busy');
        await ironic.deleteNode(node.id);
      }
    `,
  },
  {
    name: "a predicate written as if test return false, return true",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      function isBusy(n: Node): boolean {
        if (n.provisionState === 'manageable') {
          return false;
        }
        return true;
      }
      export async function remove(node: Node): Promise<void> {
        if (isBusy(node)) throw new Error('busy');
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a predicate with more than the test in its branches is not read",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      declare function note(text: string): void;
      function canDelete(n: Node): boolean {
        if (n.provisionState === 'manageable') return true;
        note('not manageable');
        return true;
      }
      export async function remove(node: Node): Promise<void> {
        if (!canDelete(node)) throw new Error('busy');
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("a guard of the function testing what it shares with the caller", rule, {
  valid: [
  {
    name: "a guard of the function that tests a node it shares, called before the action",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function remove(node: Node): Promise<void> {
        const guard = () => {
          if (node.provisionState !== 'manageable') throw new Error('busy');
        };
        guard();
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a guard that is not called checks nothing",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function remove(node: Node): Promise<void> {
        const guard = () => {
          if (node.provisionState !== 'manageable') throw new Error('busy');
        };
        void guard;
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 35,
      },
    ],
  },
  {
    name: "a guard that tests another node it shares does not check this one",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function remove(node: Node, other: Node): Promise<void> {
        const guard = () => {
          if (other.provisionState !== 'manageable') throw new Error('busy');
        };
        guard();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 8,
        column: 9,
        endLine: 8,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("generators called as guards", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a generator guard runs nothing when called",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { deleteNode(id: string): Promise<void> };
      export async function remove(node: Node): Promise<void> {
        function* guard() {
          if (node.provisionState !== 'manageable') throw new Error('busy');
          yield;
        }
        guard();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 9,
        column: 9,
        endLine: 9,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("then callbacks passing the checked node on after other statements", rule, {
  valid: [
  {
    name: "a then callback that logs before returning the checked node passes it on",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare const LOG: { debug(...a: unknown[]): void };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, target: string): Promise<void> };
      export async function powerOn(instance: Instance): Promise<void> {
        await validateInstanceAndNode(instance)
          .then((node) => {
            LOG.debug(\`power on for \${instance.uuid} on \${node.id}\`);
            return node;
          })
          .then((node) => ironic.setNodePowerState(node.id, 'power on'));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a then callback that may return something else does not pass it on",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare function spare(): Node;
      declare const ironic: { setNodePowerState(id: string, target: string): Promise<void> };
      export async function powerOn(instance: Instance, useSpare: boolean): Promise<void> {
        await validateInstanceAndNode(instance)
          .then((node) => {
            if (useSpare) return spare();
            return node;
          })
          .then((node) => ironic.setNodePowerState(node.id, 'power on'));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `setNodePowerState` acts on `node.id` without an association check (`validateInstanceAndNode`) before it.
        line: 12,
        column: 21,
        endLine: 12,
        endColumn: 66,
      },
    ],
  },
  ],
});

ruleTester.run("then callbacks that change the node", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a then callback that writes into the node does not pass the checked one on",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare const spare: Node;
      declare const ironic: { setNodePowerState(id: string, target: string): Promise<void> };
      export async function powerOn(instance: Instance): Promise<void> {
        await validateInstanceAndNode(instance)
          .then((node) => {
            Object.assign(node, spare);
            return node;
          })
          .then((node) => ironic.setNodePowerState(node.id, 'power on'));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `setNodePowerState` acts on `node.id` without an association check (`validateInstanceAndNode`) before it.
        line: 12,
        column: 21,
        endLine: 12,
        endColumn: 66,
      },
    ],
  },
  {
    name: "a then callback that sets the node's id does not pass the checked one on",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare const spare: Node;
      declare const ironic: { setNodePowerState(id: string, target: string): Promise<void> };
      export async function powerOn(instance: Instance): Promise<void> {
        await validateInstanceAndNode(instance)
          .then((node) => {
            node.id = spare.id;
            return node.id;
          })
          .then((id) => ironic.setNodePowerState(id, 'power on'));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `setNodePowerState` acts on `id` without an association check (`validateInstanceAndNode`) before it.
        line: 12,
        column: 19,
        endLine: 12,
        endColumn: 59,
      },
    ],
  },
  ],
});

ruleTester.run("then callbacks returning the node on every path", rule, {
  valid: [
  {
    name: "a then callback returning the checked node from both branches of an if passes it on",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare const LOG: { debug(...a: unknown[]): void };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, target: string): Promise<void> };
      export async function powerOn(instance: Instance, verbose: boolean): Promise<void> {
        await validateInstanceAndNode(instance)
          .then((node) => {
            if (verbose) {
              LOG.debug('power on %s', node.id);
              return node;
            } else {
              return node;
            }
          })
          .then((node) => ironic.setNodePowerState(node.id, 'power on'));
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a then callback that may fall off its end does not pass the node on",
    code: dedent`
      interface Node { id: string }
      interface Instance { uuid: string }
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      declare const ironic: { setNodePowerState(id: string, target: string): Promise<void> };
      export async function powerOn(instance: Instance, verbose: boolean): Promise<void> {
        await validateInstanceAndNode(instance)
          .then((node) => {
            if (verbose) return node;
          })
          .then((node) => ironic.setNodePowerState(node!.id, 'power on'));
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `setNodePowerState` acts on `node!.id` without an association check (`validateInstanceAndNode`) before it.
        line: 10,
        column: 21,
        endLine: 10,
        endColumn: 67,
      },
    ],
  },
  ],
});

ruleTester.run("a same-file helper writing a shared node", rule, {
  valid: [
  {
    name: "a state test made after the helper's re-read holds",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid: string | null }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function retire(id: string): Promise<void> {
        let node = await ironic.getNode(id);
        const reload = async (): Promise<void> => {
          node = await ironic.getNode(node.id);
        };
        await reload();
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        await ironic.deleteNode(node.id);
      }
    `,
  },
  {
    name: "a helper that only reads the shared node leaves the test standing",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid: string | null }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      declare const LOG: { debug(message: string, ...values: unknown[]): void };
      export async function retire(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const show = (): void => {
          LOG.debug('retiring %s', node.id);
        };
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        show();
        await ironic.deleteNode(node.id);
      }
    `,
  },
  {
    name: "the association survives a helper's re-read of the shared node",
    code: dedent`
      interface Node { id: string; provisionState: string; powerState: string; instanceUuid: string | null }
      interface Instance { uuid: string }
      declare const ironic: { getNode(id: string): Promise<Node>; setNodePowerState(id: string, target: string): Promise<void> };
      declare function validateInstanceAndNode(instance: Instance): Promise<Node>;
      export async function powerOff(instance: Instance): Promise<void> {
        let node = await validateInstanceAndNode(instance);
        const reload = async (): Promise<void> => {
          node = await ironic.getNode(node.id);
        };
        await reload();
        await ironic.setNodePowerState(node.id, 'power off');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a state test made stale by a helper re-reading the shared node",
    code: dedent`
      interface Node { id: string; provisionState: string; instanceUuid: string | null }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function retire(id: string): Promise<void> {
        let node = await ironic.getNode(id);
        const reload = async (): Promise<void> => {
          node = await ironic.getNode(node.id);
        };
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        await reload();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("functions of the file named like actions", rule, {
  valid: [
  {
    name: "a static helper of the file named like an action",
    code: dedent`
      interface PmNode { type: string; attrs: Record<string, unknown> }
      export class DocumentHelper {
        static patchNode(node: PmNode, patch: Record<string, unknown>): PmNode {
          return { ...node, attrs: { ...node.attrs, ...patch } };
        }
        static apply(doc: { nodeAt(pos: number): PmNode | null }, pos: number, patch: Record<string, unknown>): PmNode | undefined {
          const blockNode = doc.nodeAt(pos);
          if (!blockNode) return undefined;
          return DocumentHelper.patchNode(blockNode, patch);
        }
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a private helper of the file named like an action is judged by its body and its callers",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      async function deleteNode(node: Node): Promise<void> {
        await ironic.deleteNode(node.id);
      }
      export async function retire(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        await deleteNode(node);
      }
    `,
    errors: [
      {
        messageId: "missingPreconditionAtCaller",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it, nor before the call at line 8 that passes it on.
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("helpers writing a shared node, by their own body", rule, {
  valid: [
  {
    name: "a helper that only registers a callback writing the node leaves the test standing",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function retireLater(id: string, bus: { on(event: string, listener: (n: Node) => void): void }): Promise<void> {
        let node = await ironic.getNode(id);
        const watch = (): void => {
          bus.on('changed', (n) => {
            node = n;
          });
        };
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        watch();
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a re-read made by a helper's helper makes the test stale",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function retire(id: string): Promise<void> {
        let node = await ironic.getNode(id);
        const reload = async (): Promise<void> => {
          node = await ironic.getNode(node.id);
        };
        const refreshAll = async (): Promise<void> => {
          await reload();
        };
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        await refreshAll();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 13,
        column: 9,
        endLine: 13,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("helpers writing into a shared node", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a helper writing a part of the shared node makes the state test stale",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.provisionState !== 'manageable') throw new Error('busy');
        const sync = async (): Promise<void> => {
          node.provisionState = (await ironic.getNode(node.id)).provisionState;
        };
        await sync();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 35,
      },
    ],
  },
  {
    name: "a helper merging a fresh read into the shared node makes the state test stale",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        if (node.provisionState !== 'manageable') throw new Error('busy');
        const merge = async (): Promise<void> => {
          Object.assign(node, await ironic.getNode(node.id));
        };
        await merge();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("helpers re-reading in callbacks they run", rule, {
  valid: [

  ],
  invalid: [
  {
    name: "a helper re-reading the shared node in a then callback makes the test stale",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(id: string): Promise<void> {
        let node = await ironic.getNode(id);
        if (node.provisionState !== 'manageable') throw new Error('busy');
        const reload = () =>
          ironic.getNode(node.id).then((fresh) => {
            node = fresh;
          });
        await reload();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("helpers writing parts of a shared node", rule, {
  valid: [
  {
    name: "a helper stamping another part of the shared node leaves the state test standing",
    code: dedent`
      interface Node { id: string; provisionState: string; lastSeen?: number }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function stamp(id: string): Promise<void> {
        const node = await ironic.getNode(id);
        const touch = (): void => {
          node.lastSeen = Date.now();
        };
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        touch();
        await ironic.deleteNode(node.id);
      }
    `,
  },
  ],
  invalid: [
  {
    name: "a helper writing the state through a cast makes the test stale",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function remove(id: string): Promise<void> {
        const node: Node | undefined = await ironic.getNode(id);
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        const sync = async (): Promise<void> => {
          (node as Node).provisionState = (await ironic.getNode(id)).provisionState;
        };
        await sync();
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 10,
        column: 9,
        endLine: 10,
        endColumn: 35,
      },
    ],
  },
  {
    name: "helpers calling each other in a cycle, one writing the node",
    code: dedent`
      interface Node { id: string; provisionState: string }
      declare const ironic: { getNode(id: string): Promise<Node>; deleteNode(id: string): Promise<void> };
      export async function cycle(id: string): Promise<void> {
        let node = await ironic.getNode(id);
        function first(n: number): void {
          second(n);
        }
        function second(n: number): void {
          if (n > 0) first(n - 1);
          node = { ...node, provisionState: 'changed' };
        }
        if (node.provisionState !== 'manageable') throw new Error('not manageable');
        first(2);
        await ironic.deleteNode(node.id);
      }
    `,
    errors: [
      {
        messageId: "missingPrecondition",
        // `deleteNode` acts on `node.id` without a provision-state test that exits on failure before it.
        line: 14,
        column: 9,
        endLine: 14,
        endColumn: 35,
      },
    ],
  },
  ],
});

ruleTester.run("file filter", rule, {
  valid: [
  {
    name: "a file naming no action has nothing to report",
    code: dedent`
      export async function list(client: BaremetalClient) {
        const nodes = await client.listNodes({ instanceId: 'x' });
        return nodes.filter((node) => node.powerState === 'power on');
      }
    `,
  },
  ],
  invalid: [
  {
    name: "an action spelled with a Unicode escape is still seen",
    // An identifier may spell its letters as escapes; the file's text then holds no action's name.
    code: ['export async function powerOff(client: BaremetalClient, nodeId: string) {', "  await client.\\u0073etNodePowerState(nodeId, 'power off');", '}'].join('\n'),
    errors: [
      {
        messageId: "missingPrecondition",
        // `setNodePowerState` acts on `nodeId` without an association check (`validateInstanceAndNode`) before it.
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 59,
      },
    ],
  },
  ],
});
