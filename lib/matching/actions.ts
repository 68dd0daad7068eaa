/**
 * The precondition vocabulary: which call is a state-changing action, which check it needs, and
 * what counts as that check — a call (a validator that throws, or one whose results are tested),
 * or a test of the subject's state. The defaults describe Ironic's bare metal SDK (camelCase,
 * snake_case accepted); options and `settings.ironclad` describe any other domain.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import type { CallMatcherSpec, CallSite } from './call-matcher.js';
import type { TypeInfo } from './type-info.js';
import { CallMatcher, CallMatcherIndex, callMatcherSchema } from './call-matcher.js';
import { listSettingSchema } from './list-setting.js';
import { calleeSymbol, declarationOrigin, writtenSignatures } from './type-info.js';
import { CLIENT_LAST_WORDS, CLIENT_SEGMENTS } from './api-calls.js';
import { staticPropertyName } from './ast.js';

/** A state-changing call and the checks it needs. */
export interface ActionSpec {
  /** Calls that are this action. */
  readonly callee: CallMatcherSpec | readonly CallMatcherSpec[];
  /**
   * What the action acts on: an argument index, `'0.nodeId'` (a property of an object argument),
   * or `'this'` (the receiver). Default: the first argument, or its `nodeId` / `node_id` / `node`
   * property (failing those, `id` / `uuid` / `name`) when it is an object literal.
   */
  readonly subject?: number | string;
  /** Selects this entry by an argument's value (the provision target). */
  readonly when?: { readonly argument: number; readonly in: readonly string[] };
  /** Check ids that must hold on every path; an inner list is "any of". */
  readonly requires: readonly (string | readonly string[])[];
  /** A name for messages (default: the called method). */
  readonly description?: string;
}

/** A state test: the subject's property tested on a branch whose failing side exits. */
export interface StateTestSpec {
  /**
   * The property (or dotted path) tested; the first is the canonical name, others are aliases.
   * Without it the subject itself is tested (`if (!endpoint) throw`), by truthiness.
   */
  readonly property?: string | readonly string[];
  /** The test passes when the value is one of these. */
  readonly passIn?: readonly string[];
  /** The test passes when the value is none of these. */
  readonly passNotIn?: readonly string[];
  /** The test passes when the value is truthy / falsy, or when any test restricted it. */
  readonly pass?: 'falsy' | 'tested' | 'truthy';
  /** Whether an unrecognised value counts as passing (for passIn). */
  readonly allowUnknown?: boolean;
}

/** A call that lists the items of a subject: the items belong to it (`listVolumeTargets({ nodeId: n })`). */
export interface ListingSpec {
  readonly callee: CallMatcherSpec | readonly CallMatcherSpec[];
  /** Where the owner is: an argument index or `'0.nodeId'`. Default: the first argument, or its nodeId / node_id / node property. */
  readonly owner?: number | string;
}

/** A named check. */
export interface CheckSpec {
  /** Calls that perform the check. */
  readonly calls?: readonly CallMatcherSpec[];
  /**
   * What a call check vouches for: its return value, its argument, or both (default both); or a
   * list of `'return'`, argument indexes and paths into either (`['return', '0.node', 'return.zh']`).
   */
  readonly binds?: 'argument' | 'both' | 'return' | readonly string[];
  /** Which argument a call binds (default 0). */
  readonly argument?: number;
  /**
   * Result paths that must be tested truthy, on a branch whose failing side exits, before the
   * check holds (`['deploy.result', 'power.result']`). A call whose result is not tested does not count.
   */
  readonly resultTest?: readonly string[];
  /** The call asserts (throws on failure) unless this argument property is literally null. */
  readonly assertsUnless?: { readonly argument: number; readonly property: string };
  /** A call whose boolean result must be tested (`if (!isAssociated(n)) throw`). */
  readonly returnsBoolean?: boolean;
  /** A state test instead of a call. */
  readonly state?: StateTestSpec;
  /** Other checks this one implies (association implies existence). */
  readonly implies?: readonly string[];
  /** A name for messages. */
  readonly description?: string;
}

/** The fields of a check performed by a call; `state` is the other kind. */
const CALL_FIELDS = ['calls', 'binds', 'argument', 'resultTest', 'assertsUnless', 'returnsBoolean'] as const;

/**
 * Checks by id, each layer merged over the ones before it field by field: a check given for an id
 * that exists keeps the fields it does not give (its `binds`, `implies`, `description`), except
 * that a `state` replaces a call check's call fields and `calls` replaces a state test. `null`
 * removes the id. A description naming a call it no longer makes (`an association check
 * (\`validateInstanceAndNode\`)` when no call given names it) keeps only its words.
 */
export function mergeChecks(...layers: readonly (Readonly<Record<string, CheckSpec | null>> | undefined)[]): Record<string, CheckSpec | null> {
  const merged: Record<string, CheckSpec | null> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [id, given] of Object.entries(layer)) {
      const base = merged[id];
      merged[id] = given === null || !base ? given : mergeCheck(base, given);
    }
  }
  return merged;
}

function mergeCheck(base: CheckSpec, given: CheckSpec): CheckSpec {
  const dropped = new Set<string>([...(given.state !== undefined ? CALL_FIELDS : []), ...(given.calls !== undefined ? ['state'] : [])]);
  const kept = Object.fromEntries(Object.entries(base).filter(([field]) => !dropped.has(field))) as CheckSpec;
  let description = kept.description;
  if (given.calls !== undefined && given.description === undefined && description !== undefined) {
    const named = /\s*\(`([^`]+)`\)$/u.exec(description);
    const name = named?.[1];
    if (named && name !== undefined && !given.calls.some((call) => JSON.stringify(call).includes(name))) description = description.slice(0, named.index);
  }
  return { ...kept, ...(description === undefined ? {} : { description }), ...given };
}

/** Ironic provision state values (ironic/common/states.py); the verbs are in IRONIC_PROVISION_TARGETS. */
export const IRONIC_PROVISION_STATES: Readonly<Record<string, string>> = {
  ENROLL: 'enroll',
  VERIFYING: 'verifying',
  MANAGEABLE: 'manageable',
  AVAILABLE: 'available',
  ACTIVE: 'active',
  DEPLOYWAIT: 'wait call-back',
  DEPLOYING: 'deploying',
  DEPLOYFAIL: 'deploy failed',
  DEPLOYDONE: 'deploy complete',
  DEPLOYHOLD: 'deploy hold',
  DELETING: 'deleting',
  DELETED: 'deleted',
  CLEANING: 'cleaning',
  CLEANWAIT: 'clean wait',
  CLEANFAIL: 'clean failed',
  CLEANHOLD: 'clean hold',
  ERROR: 'error',
  INSPECTING: 'inspecting',
  INSPECTFAIL: 'inspect failed',
  INSPECTWAIT: 'inspect wait',
  ADOPTING: 'adopting',
  ADOPTFAIL: 'adopt failed',
  RESCUE: 'rescue',
  RESCUEFAIL: 'rescue failed',
  RESCUEWAIT: 'rescue wait',
  RESCUING: 'rescuing',
  UNRESCUEFAIL: 'unrescue failed',
  UNRESCUING: 'unrescuing',
  SERVICING: 'servicing',
  SERVICEWAIT: 'service wait',
  SERVICEFAIL: 'service failed',
  SERVICEHOLD: 'service hold',
};

/** Ironic power states. */
export const IRONIC_POWER_STATES: Readonly<Record<string, string>> = {
  POWER_ON: 'power on',
  POWER_OFF: 'power off',
  REBOOT: 'rebooting',
  SOFT_REBOOT: 'soft rebooting',
  SOFT_POWER_OFF: 'soft power off',
};

/** Provision targets (the verbs setNodeProvisionState accepts), with their aliases. */
export const IRONIC_PROVISION_TARGETS: Readonly<Record<string, string>> = {
  active: 'active',
  deploy: 'active',
  deleted: 'deleted',
  undeploy: 'deleted',
  delete: 'deleted',
  rebuild: 'rebuild',
  rescue: 'rescue',
  unrescue: 'unrescue',
  manage: 'manage',
  provide: 'provide',
  inspect: 'inspect',
  clean: 'clean',
  adopt: 'adopt',
  abort: 'abort',
  service: 'service',
  unhold: 'unhold',
};

/** camelCase name → the spellings drivers use: getNode, _getNode, #getNode, get_node, _get_node. */
export function nameVariants(camel: string): string[] {
  const snake = camel.replace(/[A-Z]/gu, (letter) => `_${letter.toLowerCase()}`);
  return [...new Set([camel, `_${camel}`, `#${camel}`, snake, `_${snake}`])];
}

function anyReceiver(camel: string): string[] {
  return nameVariants(camel).map((name) => `**.${name}`);
}

/** The receivers an API client goes by (`isClientName`'s names, written lower case or capitalised, and its last words), as pattern segments. */
const CLIENT_PATTERN_SEGMENTS: readonly string[] = [
  ...[...CLIENT_SEGMENTS].flatMap((name) => [name, capitalise(name)]),
  ...[...CLIENT_LAST_WORDS].map((word) => `*${capitalise(word)}`),
];

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/**
 * A generic method name (`deleteNode` is also a tree's or an OPC-UA address space's) as an action
 * only on a client-like receiver (`this.ironic.deleteNode`, `ironicClient.delete_node`); its
 * private spellings, the driver's own helpers, also called on `this` or by name
 * (`this._deleteNode(node)`, `_delete_node(node)`), not on another object (`namespace._deleteNode`).
 */
function clientReceiver(camel: string): string[] {
  return nameVariants(camel).flatMap((name) => {
    const onClients = CLIENT_PATTERN_SEGMENTS.map((segment) => `**.${segment}.${name}`);
    return name.startsWith('_') || name.startsWith('#') ? [`this.${name}`, name, ...onClients] : onClients;
  });
}

const PROVISION_STATE = ['provisionState', 'provision_state'];

/** Calls that throw unless their first argument is truthy: Node's `assert`, `assert.ok`, tiny-invariant. */
export const ASSERTION_CALLS: readonly CallMatcherSpec[] = ['assert', 'assert.ok', 'assert.strict', 'assert.strict.ok', 'strict.ok', 'invariant'];

/** Node's assert module's methods that throw unless their two arguments are equal, by the module's names for it. */
const EQUALITY_ASSERTION_METHODS: readonly string[] = ['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual'];
/** ...and unless they differ. */
const INEQUALITY_ASSERTION_METHODS: readonly string[] = ['notEqual', 'notStrictEqual', 'notDeepEqual', 'notDeepStrictEqual'];
const ASSERT_MODULE_NAMES: readonly string[] = ['assert', 'assert.strict', 'strict'];
const EQUALITY_ASSERTIONS: readonly CallMatcherSpec[] = ASSERT_MODULE_NAMES.flatMap((module) => EQUALITY_ASSERTION_METHODS.map((method) => `${module}.${method}`));
const INEQUALITY_ASSERTIONS: readonly CallMatcherSpec[] = ASSERT_MODULE_NAMES.flatMap((module) => INEQUALITY_ASSERTION_METHODS.map((method) => `${module}.${method}`));
const ASSERTION_METHOD_NAMES: ReadonlySet<string> = new Set([...EQUALITY_ASSERTION_METHODS, ...INEQUALITY_ASSERTION_METHODS]);

/** Ironic's checks. */
export const IRONIC_CHECKS: Readonly<Record<string, CheckSpec>> = {
  associated: {
    calls: anyReceiver('validateInstanceAndNode'),
    // The node it returns, and the instance's node it proved associated.
    binds: ['return', '0.node'],
    implies: ['exists'],
    description: 'an association check (`validateInstanceAndNode`)',
  },
  exists: {
    calls: anyReceiver('getNode'),
    binds: 'both',
    description: 'an existence check (`getNode`)',
  },
  interfacesValid: {
    calls: anyReceiver('validateNode'),
    binds: 'argument',
    resultTest: ['deploy.result', 'power.result'],
    assertsUnless: { argument: 1, property: 'required' },
    description: '`validateNode` with its deploy and power results tested',
  },
  provisionStateTested: {
    state: { property: PROVISION_STATE, pass: 'tested' },
    description: 'a provision-state test that exits on failure',
  },
  notMaintenance: {
    state: { property: ['isMaintenance', 'is_maintenance', 'maintenance'], pass: 'falsy' },
    description: 'a maintenance test that exits when the node is in maintenance',
  },
  notCleaning: {
    state: { property: PROVISION_STATE, passNotIn: ['cleaning', 'clean wait'], allowUnknown: true },
    description: 'a provision-state test that exits while the node is cleaning',
  },
  deploySource: {
    state: { property: PROVISION_STATE, passIn: ['available', 'deploy failed'] },
    description: 'a provision-state test for available or deploy failed',
  },
  rebuildSource: {
    state: { property: PROVISION_STATE, passIn: ['active', 'deploy failed', 'error'] },
    description: 'a provision-state test for active, deploy failed or error',
  },
  deleteSource: {
    state: {
      property: PROVISION_STATE,
      passIn: ['active', 'wait call-back', 'deploy failed', 'error', 'rescue', 'rescue wait', 'rescue failed', 'unrescue failed', 'service wait', 'service failed'],
      allowUnknown: true,
    },
    description: 'a provision-state test for a state Ironic tears down from, or an unknown one',
  },
  rescueSource: {
    state: { property: PROVISION_STATE, passIn: ['active', 'rescue', 'rescue failed', 'unrescue failed', 'service failed'] },
    description: 'a provision-state test for active, rescue, rescue failed, unrescue failed or service failed',
  },
  unrescueSource: {
    state: { property: PROVISION_STATE, passIn: ['rescue', 'rescue failed', 'unrescue failed'] },
    description: 'a provision-state test for rescue, rescue failed or unrescue failed',
  },
  manageSource: {
    state: { property: PROVISION_STATE, passIn: ['enroll', 'available', 'clean failed', 'inspect failed', 'adopt failed'] },
    description: 'a provision-state test for enroll, available, clean failed, inspect failed or adopt failed',
  },
  manageableSource: {
    state: { property: PROVISION_STATE, passIn: ['manageable'] },
    description: 'a provision-state test for manageable',
  },
  inspectSource: {
    state: { property: PROVISION_STATE, passIn: ['manageable', 'inspect failed'] },
    description: 'a provision-state test for manageable or inspect failed',
  },
  adoptSource: {
    state: { property: PROVISION_STATE, passIn: ['manageable', 'adopt failed'] },
    description: 'a provision-state test for manageable or adopt failed',
  },
  serviceSource: {
    state: { property: PROVISION_STATE, passIn: ['active'] },
    description: 'a provision-state test for active',
  },
  nodeDeletable: {
    state: { property: PROVISION_STATE, passIn: ['manageable', 'enroll', 'adopt failed'] },
    description: 'a provision-state test for manageable, enroll or adopt failed',
  },
  noInstance: {
    state: { property: ['instanceId', 'instance_id', 'instanceUuid', 'instance_uuid'], pass: 'falsy' },
    description: 'a test that the node has no instance',
  },
};

/** Ironic listings: volume targets, VIFs and ports of a node. */
export const IRONIC_LISTINGS: readonly ListingSpec[] = [
  { callee: [...anyReceiver('listVolumeTargets'), ...anyReceiver('volumeTargets')] },
  { callee: anyReceiver('listNodeVifs') },
  { callee: [...anyReceiver('listPorts'), ...anyReceiver('ports')] },
];

const ASSOCIATION = ['associated'];
const ON_NODE = [['associated', 'exists']];

/** Ironic's actions under `recommended`. */
export const IRONIC_ACTIONS: readonly ActionSpec[] = [
  { callee: anyReceiver('setNodePowerState'), requires: ASSOCIATION },
  { callee: anyReceiver('injectNmiToNode'), requires: ASSOCIATION },
  { callee: anyReceiver('enableNodeConsole'), requires: ASSOCIATION },
  { callee: anyReceiver('disableNodeConsole'), requires: ASSOCIATION },
  {
    callee: anyReceiver('setNodeProvisionState'),
    when: { argument: 1, in: ['deleted', 'rescue', 'unrescue'] },
    requires: ASSOCIATION,
  },
  {
    callee: anyReceiver('setNodeProvisionState'),
    when: { argument: 1, in: ['active'] },
    requires: [...ON_NODE, 'interfacesValid'],
  },
  { callee: anyReceiver('setNodeProvisionState'), when: { argument: 1, in: ['rebuild'] }, requires: ON_NODE },
  // Named so that the state machine (strict) gives each its source states; here as any other target.
  { callee: anyReceiver('setNodeProvisionState'), when: { argument: 1, in: ['manage', 'provide', 'clean', 'inspect', 'adopt', 'service'] }, requires: ON_NODE },
  { callee: anyReceiver('setNodeProvisionState'), requires: ON_NODE },
  ...['updateNode', 'patchNode', 'attachVifToNode', 'detachVifFromNode', 'createVolumeTarget', 'deleteVolumeTarget', 'setNodeMaintenance', 'unsetNodeMaintenance'].map(
    (name): ActionSpec => ({ callee: anyReceiver(name), requires: ON_NODE }),
  ),
  { callee: clientReceiver('deleteNode'), requires: ['provisionStateTested'] },
];

const BUILT_IN_ACTIONS: ReadonlySet<ActionSpec> = new Set(IRONIC_ACTIONS);

/** Packages whose methods share Ironic's names (`patchNode`, `deleteNode`) for another kind of node. */
const FOREIGN_NODE_PACKAGES: ReadonlySet<string> = new Set(['@kubernetes/client-node', 'kubernetes-client']);

function isForeignNodeCall(site: CallSite, info: TypeInfo | null): boolean {
  if (site.calleePaths.some((path) => path.root.kind === 'module' && FOREIGN_NODE_PACKAGES.has(path.root.module))) return true;
  if (!info || site.node.type !== AST_NODE_TYPES.CallExpression) return false;
  return (calleeSymbol(info, site.node.callee)?.getDeclarations() ?? []).some((declaration) => {
    const origin = declarationOrigin(info, declaration);
    return origin.kind === 'package' && FOREIGN_NODE_PACKAGES.has(origin.packageName);
  });
}

/** What Ironic's state machine adds under `strict-type-checked` (`checkStateMachine`), per action and target. */
export const IRONIC_STATE_MACHINE: readonly { readonly callee: string; readonly target?: string; readonly requires: readonly string[] }[] = [
  { callee: 'setNodePowerState', requires: ['notCleaning'] },
  { callee: 'setNodeProvisionState', target: 'active', requires: ['notMaintenance', 'deploySource'] },
  { callee: 'setNodeProvisionState', target: 'rebuild', requires: ['notMaintenance', 'rebuildSource', 'interfacesValid'] },
  { callee: 'setNodeProvisionState', target: 'deleted', requires: ['deleteSource'] },
  { callee: 'setNodeProvisionState', target: 'rescue', requires: ['notMaintenance', 'rescueSource'] },
  { callee: 'setNodeProvisionState', target: 'unrescue', requires: ['notMaintenance', 'unrescueSource'] },
  { callee: 'setNodeProvisionState', target: 'manage', requires: ['manageSource'] },
  { callee: 'setNodeProvisionState', target: 'provide', requires: ['notMaintenance', 'manageableSource'] },
  { callee: 'setNodeProvisionState', target: 'clean', requires: ['notMaintenance', 'manageableSource'] },
  { callee: 'setNodeProvisionState', target: 'inspect', requires: ['inspectSource'] },
  { callee: 'setNodeProvisionState', target: 'adopt', requires: ['adoptSource'] },
  { callee: 'setNodeProvisionState', target: 'service', requires: ['notMaintenance', 'serviceSource'] },
  { callee: 'deleteNode', requires: ['nodeDeletable', 'noInstance'] },
];

/** Values each state property can take, for reasoning about tests on it. */
export function knownValues(property: string): readonly string[] {
  if (PROVISION_STATE.includes(property)) return Object.values(IRONIC_PROVISION_STATES);
  if (property === 'powerState' || property === 'power_state') return [...Object.values(IRONIC_POWER_STATES), 'error'];
  return [];
}

/**
 * A constant's name as a state or target value: `ProvisionState.DEPLOYFAIL`, `states.DELETED`,
 * `ProvisionState.REBUILD`, and — on a constant-like object (`VERBS`, `Verbs`) — a target verb in
 * lower case (`VERBS.unrescue`), so that `options.active` is not taken for a target.
 */
export function valueOfConstantName(name: string, objectName: string | null = null): string | null {
  if (/^[A-Z][A-Z0-9_]*$/u.test(name)) {
    const state = IRONIC_PROVISION_STATES[name] ?? IRONIC_POWER_STATES[name];
    if (state !== undefined) return state;
    const target = IRONIC_PROVISION_TARGETS[name.toLowerCase()];
    if (target !== undefined) return name.toLowerCase();
    const spaced = name.toLowerCase().replaceAll('_', ' ');
    if (Object.values(IRONIC_PROVISION_STATES).includes(spaced) || Object.values(IRONIC_POWER_STATES).includes(spaced)) return spaced;
    return null;
  }
  const constantLike = objectName !== null && /^[A-Z]/u.test(objectName);
  if (!constantLike) return null;
  if (IRONIC_PROVISION_TARGETS[name] !== undefined) return name;
  // An enum or constant object in PascalCase (`S.Deleted`, `ProvisionState.CleanWait`).
  if (/^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/u.test(name)) {
    const lower = name.toLowerCase();
    if (IRONIC_PROVISION_TARGETS[lower] !== undefined) return lower;
    const spaced = name.replace(/(?<=[a-z0-9])(?=[A-Z])/gu, ' ').toLowerCase();
    if (Object.values(IRONIC_PROVISION_STATES).includes(spaced) || Object.values(IRONIC_POWER_STATES).includes(spaced)) return spaced;
  }
  return null;
}

/** Normalises a provision target value (`deploy` → `active`, `undeploy` → `deleted`). */
export function normalizeTarget(value: string): string {
  return IRONIC_PROVISION_TARGETS[value] ?? value;
}

const calleeListSchema: JSONSchema4 = {
  description: 'The calls: one matcher or a list.',
  anyOf: [callMatcherSchema, { type: 'array', items: callMatcherSchema, minItems: 1 }],
};

export const actionSchema: JSONSchema4 = {
  type: 'object',
  description: 'A state-changing call and the checks it needs.',
  properties: {
    callee: calleeListSchema,
    subject: {
      description: 'The argument index, `"0.nodeId"` for a property of an object argument, or `"this"`.',
      anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^(this|\\d+(\\.[\\w$]+)*)$' }],
    },
    when: {
      type: 'object',
      description: 'Selects this entry by the value of an argument (e.g. the provision target).',
      properties: {
        argument: { type: 'integer', minimum: 0, description: 'The argument index.' },
        in: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'The values that select this entry.' },
      },
      required: ['argument', 'in'],
      additionalProperties: false,
    },
    requires: {
      type: 'array',
      minItems: 1,
      description: 'Check ids that must hold on every path; an inner list means any one of them.',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
        ],
      },
    },
    description: { type: 'string', description: 'A name for messages.' },
  },
  required: ['callee', 'requires'],
  additionalProperties: false,
};

export const checkSchema: JSONSchema4 = {
  type: 'object',
  description: 'A named check: a call, or a test of the subject\'s state.',
  properties: {
    calls: { type: 'array', items: callMatcherSchema, minItems: 1, description: 'Calls that perform the check.' },
    binds: {
      description: 'What a call check vouches for: `argument`, `return`, `both`, or a list of `return`, argument indexes and paths into them (`0.node`, `return.zh`).',
      anyOf: [
        { type: 'string', enum: ['argument', 'both', 'return'] },
        { type: 'array', items: { type: 'string', pattern: '^(return|\\d+)(\\.[\\w$]+)*$' }, minItems: 1 },
      ],
    },
    argument: { type: 'integer', minimum: 0, description: 'The argument a call binds.' },
    resultTest: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Result paths that must be tested truthy (on a branch whose failing side exits).',
    },
    assertsUnless: {
      type: 'object',
      description: 'The call throws on failure unless this argument property is literally null.',
      properties: {
        argument: { type: 'integer', minimum: 0, description: 'The argument index.' },
        property: { type: 'string', minLength: 1, description: 'The property of that argument.' },
      },
      required: ['argument', 'property'],
      additionalProperties: false,
    },
    returnsBoolean: { type: 'boolean', description: 'The call returns whether the check passed; its result must be tested.' },
    state: {
      type: 'object',
      description: 'A test of the subject\'s state whose failing branch exits.',
      properties: {
        property: {
          description: 'The property (or dotted path) tested, with aliases; without it, the subject itself.',
          anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }],
        },
        passIn: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Values that pass.' },
        passNotIn: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Values that fail.' },
        pass: { type: 'string', enum: ['falsy', 'tested', 'truthy'], description: 'Truthiness that passes, or any restricting test.' },
        allowUnknown: { type: 'boolean', description: 'Whether an unrecognised value passes.' },
      },
      additionalProperties: false,
      // One way of passing: values that pass, values that fail, or a truthiness.
      not: { anyOf: [{ type: 'object', required: ['passIn', 'passNotIn'] }, { type: 'object', required: ['passIn', 'pass'] }, { type: 'object', required: ['passNotIn', 'pass'] }] },
    },
    implies: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'Checks this one implies.' },
    description: { type: 'string', description: 'A name for messages.' },
  },
  additionalProperties: false,
  // A call or a state test, not both.
  not: { type: 'object', required: ['calls', 'state'] },
};

export const listingSchema: JSONSchema4 = {
  type: 'object',
  description: 'A call that lists the items of a subject (the items belong to it).',
  properties: {
    callee: calleeListSchema,
    owner: {
      description: 'The argument index, or `"0.nodeId"` for a property of an object argument.',
      anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^\\d+(\\.[\\w$]+)*$' }],
    },
  },
  required: ['callee'],
  additionalProperties: false,
};

export const checksSchema: JSONSchema4 = {
  type: 'object',
  description: 'Checks by id; merged over the defaults (an id set to null is removed).',
  additionalProperties: { anyOf: [checkSchema, { type: 'null' }] },
};

/** `settings.ironclad` keys of this vocabulary; require-precondition's options of the same names use them too. */
export const preconditionSettingsProperties: Record<'actions' | 'checks' | 'listings', JSONSchema4> = {
  actions: listSettingSchema(actionSchema, 'State-changing calls and the checks they need: a list extends the defaults, `{ replace }` replaces them.'),
  checks: checksSchema,
  listings: listSettingSchema(listingSchema, 'Calls that list the items of a subject, so that an action on an item needs the check on its owner.'),
};

/** Whether a binding target is the return value or a path into it (`'return'`, `'return.zh'`). */
export function isReturnTarget(target: string): boolean {
  return target === 'return' || target.startsWith('return.');
}

/** The properties a state test reads: its property and aliases, or `''` for the subject itself. */
export function stateProperties(state: StateTestSpec): readonly string[] {
  if (state.property === undefined) return [''];
  return typeof state.property === 'string' ? [state.property] : state.property;
}

/** What a check binds, as `'return'`, paths into it, and argument paths (`'0'`, `'0.node'`). */
export function bindingTargets(spec: CheckSpec): string[] {
  const argument = String(spec.argument ?? 0);
  const binds = spec.binds ?? 'both';
  if (binds === 'argument') return [argument];
  if (binds === 'return') return ['return'];
  if (binds === 'both') return ['return', argument];
  return [...binds];
}

/** An action entry ready to match. */
export interface CompiledAction {
  readonly spec: ActionSpec;
  readonly matcher: CallMatcher;
  /** The method name for messages. */
  readonly name: string;
}

export interface VocabularyOptions {
  readonly actions: readonly ActionSpec[];
  readonly listings: readonly ListingSpec[];
  readonly checks: Readonly<Record<string, CheckSpec | null>>;
  readonly exitCalls: readonly CallMatcherSpec[];
  /** Add Ironic's state machine to the default actions (the strict config's `checkStateMachine`). */
  readonly stateMachine: boolean;
}

/**
 * An escape in an identifier or a string that could spell a name's letter, or join its parts: any
 * but those of a control character or a quote (`\u0073`, `\x73`, `\163`, `\s`, a line continuation).
 */
const ESCAPE = /\\(?![nrtfvb'"`\\])/u;

/** The tokens whose text may spell a name through an escape. */
const SPELLING_TOKENS: ReadonlySet<string> = new Set(['String', 'Template', 'Identifier', 'JSXText']);

/** Names to look for in a text: those that hold no other of the names (`_getNode` holds `getNode`). */
function textNeedles(names: ReadonlySet<string> | null): readonly string[] | null {
  if (names === null) return null;
  const byLength = [...names].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const name of byLength) if (!kept.some((shorter) => name.includes(shorter))) kept.push(name);
  return kept;
}

/** The compiled vocabulary of one rule invocation. */
export class PreconditionVocabulary {
  readonly actions: readonly CompiledAction[];
  readonly checks: ReadonlyMap<string, CheckSpec>;
  readonly #checkMatchers: CallMatcherIndex<string>;
  readonly #actionIndex: CallMatcherIndex<CompiledAction>;
  /** The shortest names whose absence from a file's text rules every action out (see mayHoldAction); null when that cannot be known. */
  readonly #actionNames: readonly string[] | null;
  readonly #exitCalls: CallMatcher;
  readonly #assertions = new CallMatcher(ASSERTION_CALLS, 'assertions');
  readonly #equalityAssertions = new CallMatcher(EQUALITY_ASSERTIONS, 'assertions');
  readonly #inequalityAssertions = new CallMatcher(INEQUALITY_ASSERTIONS, 'assertions');
  readonly #listings: CallMatcherIndex<{ readonly owner: number | string | undefined }>;
  readonly #implied = new Map<string, ReadonlySet<string>>();
  readonly #values = new Map<string, Set<string>>();

  constructor(options: VocabularyOptions) {
    const checks = new Map<string, CheckSpec>();
    for (const [id, spec] of Object.entries(options.checks)) if (spec) checks.set(id, spec);
    this.checks = checks;
    // A check set to null is removed, and so is every requirement on it; an id never defined is a mistake.
    const removed = new Set(Object.entries(options.checks).filter(([, spec]) => spec === null).map(([id]) => id));
    // A check that no call performs, no state test shows and no other check implies can never hold.
    const impliedIds = new Set([...checks.values()].flatMap((spec) => spec.implies ?? []));
    for (const [id, spec] of checks) {
      if ((spec.calls?.length ?? 0) === 0 && spec.state === undefined && !impliedIds.has(id)) {
        throw new Error(`checks.${id} can never hold: it has neither \`calls\` nor \`state\`, and no other check lists it in \`implies\`.`);
      }
      validateCheck(id, spec, (other) => checks.has(other) || removed.has(other));
    }
    const actions = (options.stateMachine ? withStateMachine(options.actions) : options.actions).map((spec) => withoutRemoved(spec, removed));
    this.actions = actions.map((spec, index) => {
      const callees = Array.isArray(spec.callee) ? (spec.callee as readonly CallMatcherSpec[]) : [spec.callee as CallMatcherSpec];
      for (const group of spec.requires) {
        for (const id of typeof group === 'string' ? [group] : group) {
          if (!checks.has(id)) throw new Error(`actions[${String(index)}].requires names the unknown check "${id}" (actions counts the defaults, then settings, then options).`);
        }
      }
      return { spec, matcher: new CallMatcher(callees, `actions[${String(index)}].callee`), name: displayName(callees) };
    });
    this.#actionIndex = new CallMatcherIndex(this.actions.map((action) => ({ matcher: action.matcher, value: action })));
    this.#actionNames = textNeedles(this.#actionIndex.lastNamesOfAll);
    this.#checkMatchers = new CallMatcherIndex(
      [...checks].filter(([, spec]) => spec.calls && spec.calls.length > 0).map(([id, spec]) => ({
        value: id,
        matcher: new CallMatcher(spec.calls ?? [], `checks.${id}.calls`),
      })),
    );
    this.#exitCalls = new CallMatcher(options.exitCalls, 'exitCalls');
    this.#listings = new CallMatcherIndex(
      options.listings.map((spec, index) => ({
        matcher: new CallMatcher(Array.isArray(spec.callee) ? (spec.callee as readonly CallMatcherSpec[]) : [spec.callee as CallMatcherSpec], `listings[${String(index)}].callee`),
        value: { owner: spec.owner },
      })),
    );
    for (const spec of checks.values()) {
      const state = spec.state;
      if (!state) continue;
      for (const property of stateProperties(state)) {
        const values = this.#values.get(property) ?? new Set(knownValues(property));
        for (const value of [...(state.passIn ?? []), ...(state.passNotIn ?? [])]) values.add(value);
        this.#values.set(property, values);
      }
    }
  }

  /**
   * Whether a file's text may hold an action: false when every action is named by its method and
   * the text holds none of those names (nor an escape in a string, a template or an identifier,
   * `\u0073`, `\x73`, `\163`, `\s`, which could spell one; given no tokens, anywhere). The rule has
   * nothing to report then, and skips the file's analysis.
   */
  mayHoldAction(text: string, tokens?: readonly { readonly type: string; readonly value: string }[]): boolean {
    const names = this.#actionNames;
    if (names === null || names.some((name) => text.includes(name))) return true;
    if (!text.includes('\\')) return false;
    // Only an escape in a string, a template or an identifier can spell a name (a regular expression's `\d` cannot).
    return tokens === undefined ? ESCAPE.test(text) : tokens.some((token) => SPELLING_TOKENS.has(token.type) && ESCAPE.test(token.value));
  }

  /**
   * Whether a member call of this method name can be an action, a check, a listing, an assertion
   * or an exit call by name. A member call's paths all end in its property's name, so false lets
   * the rule skip resolving its receiver (declaration specifiers are matched from the node).
   */
  mayNameMethod(name: string): boolean {
    return (
      this.#actionIndex.mayMatchName(name) ||
      this.#checkMatchers.mayMatchName(name) ||
      this.#listings.mayMatchName(name) ||
      this.#exitCalls.mayMatchName(name) ||
      this.#assertions.mayMatchName(name) ||
      this.#equalityAssertions.mayMatchName(name) ||
      this.#inequalityAssertions.mayMatchName(name)
    );
  }

  /**
   * The action entries whose callee matches (several when `when` selects among them). Ironic's
   * built-in actions are not those of a package whose nodes are no Ironic node (Kubernetes'
   * `CoreV1Api.patchNode` of a cluster node), by the callee's import or, with types, its declaration.
   */
  actionsFor(site: CallSite, info: TypeInfo | null): CompiledAction[] {
    const matched = this.#actionIndex.matching(site, info);
    if (!matched.some((action) => BUILT_IN_ACTIONS.has(action.spec)) || !isForeignNodeCall(site, info)) return matched;
    return matched.filter((action) => !BUILT_IN_ACTIONS.has(action.spec));
  }

  /** The checks a call performs. */
  checksFor(site: CallSite, info: TypeInfo | null): string[] {
    return this.#checkMatchers.matching(site, info);
  }

  /** Where a listing call names its owner (`'0.nodeId'`-style), or undefined when the call is no listing. */
  listingOwner(site: CallSite, info: TypeInfo | null): number | string | null | undefined {
    const listing = this.#listings.matching(site, info)[0];
    return listing ? (listing.owner ?? null) : undefined;
  }

  isExitCall(site: CallSite, info: TypeInfo | null): boolean {
    return !this.#exitCalls.isEmpty && this.#exitCalls.matches(site, info);
  }

  /**
   * The argument a call asserts truthy (it throws otherwise): `assert(x)`, `invariant(x, msg)`, or —
   * with type information — a function declared `asserts value`; null for other calls.
   */
  assertedArgument(site: CallSite, info: TypeInfo | null): number | null {
    if (this.#assertions.matches(site, info)) return 0;
    if (!info || site.node.type !== AST_NODE_TYPES.CallExpression) return null;
    // Resolving a signature costs; a callee whose declarations write no `asserts` cannot assert.
    if (!mayAssert(info, site.node)) return null;
    const tsNode = info.tsNode(site.node);
    if (!tsNode || !info.ts.isCallExpression(tsNode)) return null;
    const signature = info.checker.getResolvedSignature(tsNode);
    const predicate = signature ? info.checker.getTypePredicateOfSignature(signature) : undefined;
    // `asserts value` (no `is T`): the argument is truthy once the call returns.
    if (predicate?.kind !== info.ts.TypePredicateKind.AssertsIdentifier || predicate.type !== undefined) return null;
    return predicate.parameterIndex;
  }

  /**
   * Whether a call asserts its two first arguments equal (`assert.strictEqual(a, b)`: true) or
   * different (`assert.notEqual(a, b)`: false), throwing otherwise; null for other calls.
   */
  assertedEquality(site: CallSite, info: TypeInfo | null): boolean | null {
    if (site.node.type !== AST_NODE_TYPES.CallExpression || site.node.arguments.length < 2) return null;
    const callee = site.node.callee;
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? staticPropertyName(callee) : null;
    if (method === null || !ASSERTION_METHOD_NAMES.has(method)) return null;
    if (this.#equalityAssertions.matches(site, info)) return true;
    if (this.#inequalityAssertions.matches(site, info)) return false;
    return null;
  }

  /** A check and every check it implies, transitively. */
  impliedBy(id: string): ReadonlySet<string> {
    const cached = this.#implied.get(id);
    if (cached) return cached;
    const result = new Set<string>([id]);
    const queue = [id];
    while (queue.length > 0) {
      const current = queue.pop();
      if (current === undefined) break;
      for (const next of this.checks.get(current)?.implies ?? []) {
        if (!result.has(next)) {
          result.add(next);
          queue.push(next);
        }
      }
    }
    this.#implied.set(id, result);
    return result;
  }

  /** The values a state property is known to take (from the domain and the configured checks). */
  valuesOf(property: string): readonly string[] {
    return [...(this.#values.get(property) ?? knownValues(property))];
  }

  /** Whether a property name is one a state check tests. */
  isStateProperty(property: string): boolean {
    return this.#values.has(property);
  }
}

/**
 * Configuration mistakes the schema cannot see: a state property that names no path
 * (`status..phase`), a property with no way of passing, an `implies` naming no check.
 */
function validateCheck(id: string, spec: CheckSpec, isKnown: (id: string) => boolean): void {
  for (const implied of spec.implies ?? []) {
    if (!isKnown(implied)) throw new Error(`checks.${id}.implies names the unknown check "${implied}".`);
  }
  const state = spec.state;
  if (!state) return;
  for (const property of stateProperties(state)) {
    if (property !== '' && property.split('.').some((name) => name.trim() === '')) {
      throw new Error(`checks.${id}.state.property "${property}" has an empty name in its path.`);
    }
  }
  if (state.property !== undefined && state.pass === undefined && state.passIn === undefined && state.passNotIn === undefined) {
    throw new Error(`checks.${id}.state can never hold: it names a property but no \`pass\`, \`passIn\` or \`passNotIn\` says which values pass.`);
  }
}

/** An action without the requirements on removed checks (a group left empty is dropped). */
function withoutRemoved(spec: ActionSpec, removed: ReadonlySet<string>): ActionSpec {
  if (removed.size === 0) return spec;
  const requires = spec.requires
    .map((group) => (typeof group === 'string' ? [group] : [...group]).filter((id) => !removed.has(id)))
    .filter((group) => group.length > 0);
  return { ...spec, requires };
}

function displayName(callees: readonly CallMatcherSpec[]): string {
  const first = callees[0];
  if (typeof first !== 'string') return first ? (typeof first.name === 'string' ? first.name : (first.name[0] ?? 'action')) : 'action';
  const last = first.split('.').pop() ?? first;
  return last.replace(/^[_#]/u, '');
}

/** The default actions with Ironic's state machine added to each matching entry. */
function withStateMachine(actions: readonly ActionSpec[]): ActionSpec[] {
  const result: ActionSpec[] = [];
  for (const action of actions) {
    const callees = Array.isArray(action.callee) ? (action.callee as readonly CallMatcherSpec[]) : [action.callee as CallMatcherSpec];
    const name = displayName(callees);
    const rules = IRONIC_STATE_MACHINE.filter((entry) => nameVariants(entry.callee).some((variant) => variant.replace(/^[_#]/u, '') === name || variant === name));
    if (rules.length === 0) {
      result.push(action);
      continue;
    }
    const targets = action.when?.in ?? [];
    const targeted = rules.filter((entry) => entry.target !== undefined && targets.includes(entry.target));
    const untargeted = rules.filter((entry) => entry.target === undefined);
    if (targets.length <= 1 || targeted.length === 0) {
      result.push({ ...action, requires: [...action.requires, ...untargeted.flatMap((entry) => entry.requires), ...targeted.flatMap((entry) => entry.requires)] });
      continue;
    }
    // One entry per target, so each target gets its own source states.
    for (const target of targets) {
      const own = targeted.filter((entry) => entry.target === target).flatMap((entry) => entry.requires);
      result.push({ ...action, when: { argument: action.when?.argument ?? 1, in: [target] }, requires: [...action.requires, ...untargeted.flatMap((entry) => entry.requires), ...own] });
    }
  }
  return result;
}

/**
 * Whether a call's callee may have an assertion signature (`asserts value`): TypeScript takes one
 * only from a written annotation, so a callee whose written signatures have none cannot.
 */
function mayAssert(info: TypeInfo, call: TSESTree.CallExpression): boolean {
  const signatures = writtenSignatures(info, call);
  return (
    signatures === null ||
    signatures.some((signature) => signature.type !== undefined && info.ts.isTypePredicateNode(signature.type) && signature.type.assertsModifier !== undefined)
  );
}
