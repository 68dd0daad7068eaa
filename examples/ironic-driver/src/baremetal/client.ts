/**
 * The bare metal (Ironic) API as the driver sees it: a camelCase rendering of
 * openstacksdk's baremetal proxy (openstack/baremetal/v1/_proxy.py). Every
 * method talks to the service and may reject with an SdkError subclass.
 */
import type {
  JsonPatchOperation,
  Node,
  NodeConsole,
  NodeField,
  NodeInterface,
  NodeUpdate,
  NodeValidation,
  Port,
  PortGroup,
  VolumeTarget,
} from './node.js';
import type { PowerAction, ProvisionTarget } from './states.js';

export interface NodeQuery {
  instanceId?: string;
  associated?: boolean;
  provisionState?: string;
  isMaintenance?: boolean;
  conductorGroup?: string;
  shard?: string;
  fields?: readonly NodeField[];
  limit?: number;
}

export interface GetNodeOptions {
  fields?: readonly NodeField[];
}

export interface UpdateNodeOptions {
  /** Retry on HTTP 409 (node locked). Off when claiming a node via instanceId. */
  retryOnConflict?: boolean;
}

export interface PatchNodeOptions extends UpdateNodeOptions {
  resetInterfaces?: boolean;
}

export interface ValidateNodeOptions {
  /**
   * Interfaces that must pass, or the call rejects with NodeValidationError.
   * Defaults to boot, deploy and power; null checks nothing and only reports.
   */
  required?: readonly NodeInterface[] | null;
}

export interface PowerStateOptions {
  wait?: boolean;
  /** Seconds. For soft power actions Ironic also uses it as the soft timeout. */
  timeout?: number;
}

export interface ProvisionStateOptions {
  /** Only for the active and rebuild targets. */
  configDrive?: string | Record<string, unknown> | null;
  cleanSteps?: Record<string, unknown>[];
  deploySteps?: Record<string, unknown>[];
  /** Only for the rescue target. */
  rescuePassword?: string;
  wait?: boolean;
  timeout?: number;
}

export interface WaitForProvisionStateOptions {
  timeout?: number;
  abortOnFailedState?: boolean;
}

export interface AttachVifOptions {
  retryOnConflict?: boolean;
  portId?: string;
  portGroupId?: string;
}

export interface IgnoreMissingOptions {
  /** When false, a missing resource rejects with NotFoundError. Default true. */
  ignoreMissing?: boolean;
}

export interface PortQuery {
  nodeId?: string;
  address?: string;
  details?: boolean;
}

export interface VolumeTargetQuery {
  nodeId: string;
  details?: boolean;
}

export interface CreateVolumeTargetAttrs {
  nodeId: string;
  volumeType: string;
  properties: Record<string, unknown>;
  bootIndex: number;
  volumeId: string;
}

export interface BaremetalClient {
  getNode(nodeId: string, options?: GetNodeOptions): Promise<Node>;
  listNodes(query: NodeQuery): Promise<Node[]>;
  updateNode(nodeId: string, attrs: NodeUpdate, options?: UpdateNodeOptions): Promise<Node>;
  patchNode(
    nodeId: string,
    patch: readonly JsonPatchOperation[],
    options?: PatchNodeOptions,
  ): Promise<Node>;
  validateNode(nodeId: string, options?: ValidateNodeOptions): Promise<NodeValidation>;

  setNodePowerState(nodeId: string, target: PowerAction, options?: PowerStateOptions): Promise<void>;
  setNodeProvisionState(
    nodeId: string,
    target: ProvisionTarget,
    options?: ProvisionStateOptions,
  ): Promise<Node>;
  waitForNodesProvisionState(
    nodeIds: readonly string[],
    expectedState: string,
    options?: WaitForProvisionStateOptions,
  ): Promise<Node[]>;
  injectNmiToNode(nodeId: string): Promise<void>;

  attachVifToNode(nodeId: string, vifId: string, options?: AttachVifOptions): Promise<void>;
  detachVifFromNode(nodeId: string, vifId: string, options?: IgnoreMissingOptions): Promise<boolean>;
  listNodeVifs(nodeId: string): Promise<string[]>;
  listPorts(query: PortQuery): Promise<Port[]>;
  listPortGroups(query: PortQuery): Promise<PortGroup[]>;

  listVolumeTargets(query: VolumeTargetQuery): Promise<VolumeTarget[]>;
  createVolumeTarget(attrs: CreateVolumeTargetAttrs): Promise<VolumeTarget>;
  deleteVolumeTarget(volumeTargetId: string, options?: IgnoreMissingOptions): Promise<void>;

  getNodeConsole(nodeId: string): Promise<NodeConsole>;
  enableNodeConsole(nodeId: string): Promise<void>;
  disableNodeConsole(nodeId: string): Promise<void>;

  setNodeMaintenance(nodeId: string, reason?: string): Promise<Node>;
  unsetNodeMaintenance(nodeId: string): Promise<Node>;
  deleteNode(nodeId: string, options?: IgnoreMissingOptions): Promise<void>;
}
