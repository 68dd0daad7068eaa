/**
 * The parts of nova.objects.Instance, Flavor and ImageMeta the driver touches.
 */
import type { InstancePowerStateValue, TaskStateValue, VmStateValue } from './compute-states.js';

export interface Flavor {
  name: string;
  flavorid: string;
  memoryMb: number;
  vcpus: number;
  rootGb: number;
  ephemeralGb: number;
  swap: number;
  extraSpecs: Record<string, string>;
}

export interface ImageMetaProperties {
  imgConfigDrive?: 'optional' | 'mandatory';
  traitsRequired?: string[];
  [key: string]: unknown;
}

export interface ImageMeta {
  id: string;
  name: string;
  containerFormat: string | null;
  diskFormat: string | null;
  minDisk: number | null;
  minRam: number | null;
  properties: ImageMetaProperties;
}

export interface SaveOptions {
  /** Compare-and-swap on task_state: the save fails unless it still matches. */
  expectedTaskState?: TaskStateValue | null | readonly (TaskStateValue | null)[];
}

export interface Instance {
  /** Database id; the API uses uuid. */
  readonly id: number;
  readonly uuid: string;
  /** UUID of the Ironic node the scheduler picked; empty until then. */
  node: string;
  host: string | null;
  hostname: string;
  displayName: string;
  userId: string;
  projectId: string;
  vmState: VmStateValue;
  taskState: TaskStateValue | null;
  powerState: InstancePowerStateValue;
  flavor: Flavor;
  imageRef: string;
  imageMeta: ImageMeta;
  metadata: Record<string, string>;
  systemMetadata: Record<string, string>;
  userData: string | null;
  keyData: string | null;
  configDrive: boolean;
  launchedAt: Date | null;
  defaultEphemeralDevice: string | null;

  /** Reloads the object from the database. */
  refresh(): Promise<void>;
  /** Writes changed fields to the database. */
  save(options?: SaveOptions): Promise<void>;
}

export interface RequestContext {
  requestId: string;
  userId: string;
  projectId: string;
  isAdmin: boolean;
}

/** A file to place in the config drive (injected_files). */
export interface InjectedFile {
  path: string;
  contents: string;
}
