/**
 * Constants for bare metal node states, mirroring nova/virt/ironic/ironic_states.py
 * (itself a verbatim copy of ironic/common/states.py).
 */

/** Absence of a state: used for power_state and for target_*_state with no target. */
export const NOSTATE = null;

export const ProvisionState = {
  ENROLL: 'enroll',
  VERIFYING: 'verifying',
  MANAGEABLE: 'manageable',
  AVAILABLE: 'available',
  ACTIVE: 'active',
  /** Alias for ACTIVE, used as a verb. */
  DEPLOY: 'deploy',
  DEPLOYWAIT: 'wait call-back',
  DEPLOYING: 'deploying',
  DEPLOYFAIL: 'deploy failed',
  DEPLOYDONE: 'deploy complete',
  DEPLOYHOLD: 'deploy hold',
  DELETING: 'deleting',
  DELETED: 'deleted',
  CLEANING: 'cleaning',
  /** Alias for DELETED. */
  UNDEPLOY: 'undeploy',
  CLEANWAIT: 'clean wait',
  CLEANFAIL: 'clean failed',
  CLEANHOLD: 'clean hold',
  ERROR: 'error',
  /** Not a state: the verb that redeploys an active node. */
  REBUILD: 'rebuild',
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
  SERVICE: 'service',
  SERVICING: 'servicing',
  SERVICEWAIT: 'service wait',
  SERVICEFAIL: 'service failed',
  SERVICEHOLD: 'service hold',
} as const;

export type ProvisionStateName = (typeof ProvisionState)[keyof typeof ProvisionState];

export const PowerState = {
  POWER_ON: 'power on',
  POWER_OFF: 'power off',
  REBOOT: 'rebooting',
  SOFT_REBOOT: 'soft rebooting',
  SOFT_POWER_OFF: 'soft power off',
  /** Ironic reports power_state "error" when it cannot read the BMC. */
  ERROR: 'error',
} as const;

export type PowerStateName = (typeof PowerState)[keyof typeof PowerState];

/** The targets accepted by setNodePowerState (openstack PowerAction). */
export type PowerAction = Exclude<PowerStateName, 'error'>;

/**
 * Targets PUT to /v1/nodes/{id}/states/provision, mapped to the conductor's verb.
 */
export const VERBS = {
  active: 'deploy',
  deploy: 'deploy',
  deleted: 'delete',
  undeploy: 'delete',
  manage: 'manage',
  provide: 'provide',
  inspect: 'inspect',
  abort: 'abort',
  clean: 'clean',
  adopt: 'adopt',
  rescue: 'rescue',
  unrescue: 'unrescue',
  unhold: 'unhold',
  service: 'service',
} as const;

/** What setNodeProvisionState accepts: a VERBS key, or "rebuild" (REBUILD is not in VERBS). */
export type ProvisionTarget = keyof typeof VERBS | typeof ProvisionState.REBUILD;

const S = ProvisionState;

export const SERVICING_STATES: ReadonlySet<string> = new Set([
  S.SERVICING, S.SERVICEWAIT, S.SERVICEFAIL, S.SERVICEHOLD,
]);

export const UPDATE_ALLOWED_STATES: readonly string[] = [
  S.DEPLOYFAIL, S.INSPECTING, S.INSPECTFAIL, S.INSPECTWAIT, S.CLEANFAIL, S.ERROR,
  S.VERIFYING, S.ADOPTFAIL, S.RESCUEFAIL, S.UNRESCUEFAIL, S.SERVICE, S.SERVICEHOLD,
  S.SERVICEFAIL,
];

export const DELETE_ALLOWED_STATES: readonly string[] = [S.MANAGEABLE, S.ENROLL, S.ADOPTFAIL];

export const STABLE_STATES: readonly string[] = [
  S.ENROLL, S.MANAGEABLE, S.AVAILABLE, S.ACTIVE, S.ERROR, S.RESCUE,
];

export const FAILURE_STATES: ReadonlySet<string> = new Set([
  S.DEPLOYFAIL, S.CLEANFAIL, S.INSPECTFAIL, S.RESCUEFAIL, S.UNRESCUEFAIL, S.ADOPTFAIL,
  S.SERVICEFAIL,
]);

export const ALL_STATES: ReadonlySet<string | null> = new Set([
  S.ACTIVE, S.ADOPTFAIL, S.ADOPTING, S.AVAILABLE, S.CLEANFAIL, S.CLEANHOLD, S.CLEANING,
  S.CLEANWAIT, S.DELETED, S.DELETING, S.DEPLOYDONE, S.DEPLOYFAIL, S.DEPLOYHOLD,
  S.DEPLOYING, S.DEPLOYWAIT, S.ENROLL, S.ERROR, S.INSPECTFAIL, S.INSPECTING,
  S.INSPECTWAIT, S.MANAGEABLE, S.RESCUE, S.RESCUEFAIL, S.RESCUING, S.RESCUEWAIT,
  S.SERVICEFAIL, S.SERVICEHOLD, S.SERVICING, S.SERVICEWAIT, S.UNRESCUEFAIL,
  S.UNRESCUING, S.VERIFYING,
]);

/**
 * Nova's _UNPROVISION_STATES (nova/virt/ironic/driver.py): provision states from
 * which destroy() asks Ironic to tear the node down instead of cleaning up itself.
 */
export const UNPROVISION_STATES: readonly (string | null)[] = [
  S.ACTIVE, S.DEPLOYFAIL, S.ERROR, S.DEPLOYWAIT, S.DEPLOYING, S.DEPLOYHOLD, S.RESCUE,
  S.RESCUING, S.RESCUEWAIT, S.RESCUEFAIL, S.UNRESCUING, S.UNRESCUEFAIL, S.SERVICING,
  S.SERVICEWAIT, S.SERVICEFAIL, S.SERVICEHOLD,
];
