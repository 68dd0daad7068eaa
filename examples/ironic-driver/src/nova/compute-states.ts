/**
 * nova.compute.power_state, vm_states and task_states (the values the driver uses).
 */

export const InstancePowerState = {
  NOSTATE: 0,
  RUNNING: 1,
  PAUSED: 3,
  SHUTDOWN: 4,
  CRASHED: 6,
  SUSPENDED: 7,
} as const;

export type InstancePowerStateValue = (typeof InstancePowerState)[keyof typeof InstancePowerState];

export const VmState = {
  ACTIVE: 'active',
  BUILDING: 'building',
  STOPPED: 'stopped',
  RESCUED: 'rescued',
  ERROR: 'error',
  DELETED: 'deleted',
} as const;

export type VmStateValue = (typeof VmState)[keyof typeof VmState];

export const TaskState = {
  SPAWNING: 'spawning',
  REBUILDING: 'rebuilding',
  REBUILD_SPAWNING: 'rebuild_spawning',
  REBOOTING: 'rebooting',
  POWERING_OFF: 'powering-off',
  POWERING_ON: 'powering-on',
  RESCUING: 'rescuing',
  UNRESCUING: 'unrescuing',
  DELETING: 'deleting',
} as const;

export type TaskStateValue = (typeof TaskState)[keyof typeof TaskState];
