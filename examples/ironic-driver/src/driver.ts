/**
 * A driver wrapping the Ironic API, such that Nova may provision bare metal
 * resources. Port of nova/virt/ironic/driver.py (openstacksdk era).
 */
import type { BaremetalClient } from './baremetal/client.js';
import { BadRequestError, ConflictError, NotFoundError, SdkError } from './baremetal/errors.js';
import type {
  Node,
  NodeConsole,
  NodeConsoleInfo,
  NodeField,
  Port,
  PortGroup,
} from './baremetal/node.js';
import {
  ALL_STATES,
  NOSTATE,
  PowerState,
  ProvisionState,
  UNPROVISION_STATES,
  VERBS,
} from './baremetal/states.js';
import { buildCompressedConfigDrive } from './config-drive.js';
import {
  blockDeviceInfoGetMapping,
  getRootBdm,
  type BlockDeviceInfo,
  type ConnectionInfo,
} from './nova/block-device.js';
import {
  InstancePowerState,
  TaskState,
  VmState,
  type InstancePowerStateValue,
} from './nova/compute-states.js';
import { CONF } from './nova/conf.js';
import * as configdrive from './nova/configdrive.js';
import { ConsoleSerial } from './nova/console.js';
import {
  BuildAbortException,
  ComputeResourcesUnavailable,
  ConsoleNotAvailable,
  ConsoleTypeUnavailable,
  InstanceDeployFailure,
  InstanceNotFound,
  InstanceRescueFailure,
  InstanceUnRescueFailure,
  NovaError,
  ValidationError,
  VirtualInterfacePlugException,
} from './nova/exception.js';
import { InstanceMetadata } from './nova/instance-metadata.js';
import type { Flavor, ImageMeta, InjectedFile, Instance, RequestContext } from './nova/instance.js';
import { getLogger } from './nova/log.js';
import {
  backOffLoopingCall,
  fixedIntervalLoopingCall,
  LoopingCallDone,
  LoopingCallTimeOut,
} from './nova/loopingcall.js';
import {
  getNetworkMetadata,
  type NetworkInfo,
  type NetworkLink,
  type NetworkMetadata,
  type VIF,
} from './nova/network.js';
import {
  getInstanceDriverMetadata,
  type HardwareInstanceInfo,
  type InstanceDriverMetadata,
} from './nova/virt-driver.js';
import { createPatcher } from './patcher.js';

const LOG = getLogger('nova.virt.ironic.driver');

/** The API version required by the Ironic driver. */
export const IRONIC_API_VERSION = [1, 46] as const;

const POWER_STATE_MAP = new Map<string | null, InstancePowerStateValue>([
  [PowerState.POWER_ON, InstancePowerState.RUNNING],
  [NOSTATE, InstancePowerState.NOSTATE],
  [PowerState.POWER_OFF, InstancePowerState.SHUTDOWN],
]);

const NODE_FIELDS: readonly NodeField[] = [
  'id', 'powerState', 'targetPowerState', 'provisionState', 'targetProvisionState',
  'lastError', 'isMaintenance', 'properties', 'instanceId', 'traits', 'resourceClass',
];

/** Console state checking interval, in seconds. */
const CONSOLE_STATE_CHECKING_INTERVAL = 1;

export type RebootType = 'SOFT' | 'HARD';

export interface RebuildOptions {
  networkInfo?: NetworkInfo;
  blockDeviceInfo?: BlockDeviceInfo | null;
  preserveEphemeral?: boolean;
  reimageBootVolume?: boolean;
}

interface AddInstanceInfoOptions {
  preserveEphemeral?: boolean | undefined;
  blockDeviceInfo?: BlockDeviceInfo | null | undefined;
}

interface NodeConsoleResult {
  node: Node;
  consoleInfo: NodeConsoleInfo;
}

export function mapPowerState(state: string | null): InstancePowerStateValue {
  const mapped = POWER_STATE_MAP.get(state);
  if (mapped === undefined) {
    LOG.warning(`Power state ${String(state)} not found.`);
    return InstancePowerState.NOSTATE;
  }
  return mapped;
}

/** Python's str(e). */
function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function quoted(state: string | null): string {
  return state === null ? 'None' : `"${state}"`;
}

function logIronicPolling(what: string, node: Node, instance: Instance): void {
  LOG.debug(
    `Still waiting for ironic node ${node.id} to ${what}: ` +
      `power_state=${quoted(node.powerState)}, ` +
      `target_power_state=${quoted(node.targetPowerState)}, ` +
      `provision_state=${quoted(node.provisionState)}, ` +
      `target_provision_state=${quoted(node.targetProvisionState)}`,
    { instance },
  );
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Hypervisor driver for Ironic - bare metal provisioning. */
export class IronicDriver {
  private readonly ironic: BaremetalClient;

  constructor(ironic: BaremetalClient) {
    this.ironic = ironic;
  }

  /** Get a node by its UUID (some callers name the UUID "nodename"). */
  private getNode(nodeId: string): Promise<Node> {
    return this.ironic.getNode(nodeId, { fields: NODE_FIELDS });
  }

  /**
   * Check with Ironic that the instance is associated with a node, and return
   * that node.
   */
  private async validateInstanceAndNode(instance: Instance): Promise<Node> {
    const nodes = await this.ironic.listNodes({ instanceId: instance.uuid, fields: NODE_FIELDS });
    if (nodes.length === 0) {
      throw new InstanceNotFound(instance.uuid);
    }
    if (nodes.length > 1) {
      // This indicates a programming error so fail.
      throw new NovaError(
        'Ironic returned more than one node for a query that can only return zero or one: ' +
          JSON.stringify(nodes),
      );
    }
    const node = nodes[0];
    return node;
  }

  /**
   * True when the node's power, provision or maintenance state makes it unfit
   * to be offered to Nova. Called after nodeResourcesUsed, so any unused node not
   * in AVAILABLE is in a bad state.
   */
  private nodeResourcesUnavailable(node: Node): boolean {
    const badPowerStates: readonly (string | null)[] = [PowerState.ERROR, NOSTATE];
    // NOSTATE is kept for compatibility.
    const goodProvisionStates: readonly (string | null)[] = [ProvisionState.AVAILABLE, NOSTATE];
    return (
      node.isMaintenance ||
      badPowerStates.includes(node.powerState) ||
      !goodProvisionStates.includes(node.provisionState)
    );
  }

  /**
   * A node is used when an instance is on it (or being put on it, or being
   * cleaned up from it). Only nodes with an instance may report as consumed, or
   * the resource tracker will "correct" us.
   */
  private nodeResourcesUsed(node: Node): boolean {
    return node.instanceId !== null;
  }

  private async setInstanceId(node: Node, instance: Instance): Promise<void> {
    try {
      // Setting instance_id locks the node against other deployments while
      // we configure it; a conflict means someone else got there first.
      await this.ironic.updateNode(node.id, { instanceId: instance.uuid }, { retryOnConflict: false });
    } catch (e) {
      if (e instanceof SdkError) {
        const msg =
          `Failed to reserve node ${node.id} when provisioning the instance ${instance.uuid}`;
        LOG.error(msg);
        throw new InstanceDeployFailure(msg, { cause: e });
      }
      throw e;
    }
  }

  async prepareForSpawn(instance: Instance): Promise<void> {
    LOG.debug(`Preparing to spawn instance ${instance.uuid}.`);
    const nodeId = instance.node;
    if (!nodeId) {
      throw new NovaError(`Ironic node uuid not supplied to driver for instance ${instance.id}.`);
    }
    const node = await this.getNode(nodeId);

    // The node may have just moved from deleting to cleaning: placement will
    // mark the inventory reserved, but we may have got here after the old
    // allocation was deleted and before that happened. Reschedule.
    if (this.nodeResourcesUsed(node) || this.nodeResourcesUnavailable(node)) {
      const msg = `Chosen ironic node ${nodeId} is not available`;
      LOG.info(msg, { instance });
      throw new ComputeResourcesUnavailable(msg);
    }

    await this.setInstanceId(node, instance);
  }

  async failedSpawnCleanup(instance: Instance): Promise<void> {
    LOG.debug('Failed spawn cleanup called for instance', { instance });
    let node: Node;
    try {
      node = await this.validateInstanceAndNode(instance);
    } catch (e) {
      if (e instanceof InstanceNotFound) {
        LOG.warning(
          `Attempt to clean-up from failed spawn of instance ${instance.uuid} failed ` +
            'due to no instance_uuid present on the node.',
        );
        return;
      }
      throw e;
    }
    await this.cleanupDeploy(node, instance);
  }

  private async addInstanceInfoToNode(
    node: Node,
    instance: Instance,
    imageMeta: ImageMeta,
    flavor: Flavor,
    metadata: InstanceDriverMetadata,
    options: AddInstanceInfoOptions = {},
  ): Promise<void> {
    const rootBdm = getRootBdm(blockDeviceInfoGetMapping(options.blockDeviceInfo));
    const bootFromVolume = rootBdm !== undefined;
    const patch = createPatcher(node).getDeployPatch(instance, imageMeta, flavor, metadata, {
      preserveEphemeral: options.preserveEphemeral,
      bootFromVolume,
    });

    try {
      await this.ironic.patchNode(node.id, patch);
    } catch (e) {
      if (e instanceof SdkError) {
        const msg =
          `Failed to add deploy parameters on node ${node.id} when provisioning ` +
          `the instance ${instance.uuid}: ${errorText(e)}`;
        LOG.error(msg);
        throw new InstanceDeployFailure(msg, { cause: e });
      }
      throw e;
    }
  }

  private async removeInstanceInfoFromNode(node: Node): Promise<void> {
    try {
      await this.ironic.updateNode(node.id, { instanceId: null, instanceInfo: {} });
    } catch (e) {
      if (!(e instanceof SdkError)) {
        throw e;
      }
      LOG.warning(
        `Failed to remove deploy parameters from node ${node.id} when unprovisioning ` +
          `the instance ${String(node.instanceId)}: ${errorText(e)}`,
      );
    }
  }

  private async addVolumeTargetInfo(
    _context: RequestContext,
    instance: Instance,
    blockDeviceInfo: BlockDeviceInfo | null,
  ): Promise<void> {
    const bdms = blockDeviceInfoGetMapping(blockDeviceInfo);

    for (const bdm of bdms) {
      if (!bdm.isVolume) {
        continue;
      }

      const connectionInfo = JSON.parse(bdm.bdmObj.connectionInfo) as ConnectionInfo;
      const targetProperties = connectionInfo.data;
      const driverVolumeType = connectionInfo.driver_volume_type;

      try {
        await this.ironic.createVolumeTarget({
          nodeId: instance.node,
          volumeType: driverVolumeType,
          properties: targetProperties,
          bootIndex: bdm.bdmObj.bootIndex,
          volumeId: bdm.bdmObj.volumeId,
        });
      } catch (e) {
        if (e instanceof BadRequestError || e instanceof ConflictError) {
          // As in Nova, the values travel beside the message, not inside it.
          const msg =
            'Failed to add volume target information of volume %(volume)s on node ' +
            '%(node)s when provisioning the instance';
          LOG.error(msg, { volume: bdm.bdmObj.volumeId, node: instance.node, instance });
          throw new InstanceDeployFailure(msg, { cause: e });
        }
        throw e;
      }
    }
  }

  private async cleanupVolumeTargetInfo(instance: Instance): Promise<void> {
    const targets = await this.ironic.listVolumeTargets({ nodeId: instance.node, details: true });
    for (const target of targets) {
      const volumeTargetId = target.id;
      try {
        // Not ignoreMissing: a target that is already gone deserves a log line.
        await this.ironic.deleteVolumeTarget(volumeTargetId, { ignoreMissing: false });
      } catch (e) {
        if (e instanceof NotFoundError) {
          LOG.debug(
            `Volume target information ${volumeTargetId} of volume ${target.volumeId} ` +
              `is already removed from node ${instance.node}`,
            { instance },
          );
        } else if (e instanceof SdkError) {
          LOG.warning(
            `Failed to remove volume target information ${volumeTargetId} of volume ` +
              `${target.volumeId} from node ${instance.node} when unprovisioning the ` +
              `instance: ${errorText(e)}`,
            { instance },
          );
        } else {
          throw e;
        }
      }
    }
  }

  private async cleanupDeploy(
    node: Node,
    instance: Instance,
    networkInfo: NetworkInfo | null = null,
  ): Promise<void> {
    await this.cleanupVolumeTargetInfo(instance);
    await this.unplugVifsFromNode(node, instance, networkInfo);
    await this.removeInstanceInfoFromNode(node);
  }

  /** Poll step: done once the node is ACTIVE in Ironic. */
  private async waitForActive(instance: Instance): Promise<void> {
    await instance.refresh();
    // REBUILD_SPAWNING is not an abort when rebuilding from ERROR.
    if (
      instance.taskState !== TaskState.REBUILD_SPAWNING &&
      (instance.taskState === TaskState.DELETING ||
        instance.vmState === VmState.ERROR ||
        instance.vmState === VmState.DELETED)
    ) {
      throw new InstanceDeployFailure(`Instance ${instance.uuid} provisioning was aborted`);
    }

    const node = await this.validateInstanceAndNode(instance);
    if (node.provisionState === ProvisionState.ACTIVE) {
      // The job is done.
      LOG.debug(`Ironic node ${node.id} is now ACTIVE`, { instance });
      throw new LoopingCallDone();
    }

    if (
      node.targetProvisionState === ProvisionState.DELETED ||
      node.targetProvisionState === ProvisionState.AVAILABLE
    ) {
      // Ironic is trying to delete it now.
      throw new InstanceNotFound(instance.uuid);
    }

    if (node.provisionState === NOSTATE || node.provisionState === ProvisionState.AVAILABLE) {
      // Ironic already deleted it.
      throw new InstanceNotFound(instance.uuid);
    }

    if (node.provisionState === ProvisionState.DEPLOYFAIL) {
      // Ironic failed to deploy.
      throw new InstanceDeployFailure(
        `Failed to provision instance ${instance.uuid}: ${String(node.lastError)}`,
      );
    }

    logIronicPolling('become ACTIVE', node, instance);
  }

  /** Poll step: done once the node has no target power state. */
  private async waitForPowerState(instance: Instance, message: string): Promise<void> {
    const node = await this.validateInstanceAndNode(instance);
    if (node.targetPowerState === NOSTATE) {
      throw new LoopingCallDone();
    }
    logIronicPolling(message, node, instance);
  }

  async instanceExists(instance: Instance): Promise<boolean> {
    try {
      await this.validateInstanceAndNode(instance);
      return true;
    } catch (e) {
      if (e instanceof InstanceNotFound) {
        return false;
      }
      throw e;
    }
  }

  /** Whether a node (by UUID, which Nova calls nodename) exists in Ironic. */
  async nodeIsAvailable(nodename: string): Promise<boolean> {
    try {
      await this.getNode(nodename);
      return true;
    } catch (e) {
      if (e instanceof NotFoundError) {
        return false;
      }
      throw e;
    }
  }

  async isNodeDeleted(nodename: string): Promise<boolean> {
    try {
      await this.getNode(nodename);
      return false;
    } catch (e) {
      if (e instanceof NotFoundError) {
        return true;
      }
      throw e;
    }
  }

  /** The instance's power state as Nova sees it; NOSTATE when not found. */
  async getInfo(instance: Instance): Promise<HardwareInstanceInfo> {
    try {
      const node = await this.validateInstanceAndNode(instance);
      return { state: mapPowerState(node.powerState) };
    } catch (e) {
      if (e instanceof InstanceNotFound) {
        return { state: mapPowerState(NOSTATE) };
      }
      throw e;
    }
  }

  /**
   * The network_data.json content for the config drive: the instance's network
   * info, completed with the node's ports and port groups (bonds).
   */
  private async getNetworkMetadata(node: Node, networkInfo: NetworkInfo): Promise<NetworkMetadata> {
    const baseMetadata = getNetworkMetadata(networkInfo);
    const ports = await this.ironic.listPorts({ nodeId: node.id, details: true });
    const portGroups = await this.ironic.listPortGroups({ nodeId: node.id, details: true });

    const portsByVif = new Map<string, Port>();
    const portGroupsByVif = new Map<string, PortGroup>();
    for (const port of ports) {
      const vifId = port.internalInfo.tenantVifPortId || port.extra.vifPortId;
      if (vifId) {
        portsByVif.set(vifId, port);
      }
    }
    for (const group of portGroups) {
      const vifId = group.internalInfo.tenantVifPortId || group.extra.vifPortId;
      if (vifId) {
        portGroupsByVif.set(vifId, group);
      }
    }

    const additionalLinks: NetworkLink[] = [];
    for (const link of baseMetadata.links) {
      const vifId = link.vif_id ?? '';
      const group = portGroupsByVif.get(vifId);
      const port = portsByVif.get(vifId);
      if (group) {
        const groupPorts = ports.filter((p) => p.portGroupId === group.id);
        const bondLinks: string[] = [];
        Object.assign(link, { type: 'bond', bond_mode: group.mode, bond_links: bondLinks });
        // A portgroup address means an ironic vif-attach already gave it to
        // neutron; otherwise neutron's generated address is used.
        if (group.address) {
          link.ethernet_mac_address = group.address;
        }
        for (const [prop, value] of Object.entries(group.properties)) {
          // Bonding driver options; cloud-init wants names starting with "bond".
          link[prop.startsWith('bond') ? prop : `bond_${prop}`] = value;
        }
        for (const member of groupPorts) {
          // A port belongs to at most one port group, so no duplicates.
          additionalLinks.push({ id: member.id, type: 'phy', ethernet_mac_address: member.address });
          bondLinks.push(member.id);
        }
      } else if (port) {
        // Ironic updates the neutron port's address during attachment.
        Object.assign(link, { ethernet_mac_address: port.address, type: 'phy' });
      }
    }

    baseMetadata.links.push(...additionalLinks);
    return baseMetadata;
  }

  private async generateConfigdrive(
    _context: RequestContext,
    instance: Instance,
    node: Node,
    networkInfo: NetworkInfo,
    extraMd: Record<string, unknown> = {},
    files: readonly InjectedFile[] = [],
  ): Promise<string> {
    const instanceMd = new InstanceMetadata(instance, {
      content: files,
      extraMd,
      networkInfo,
      networkMetadata: await this.getNetworkMetadata(node, networkInfo),
    });
    return buildCompressedConfigDrive(instanceMd);
  }

  async spawn(
    context: RequestContext,
    instance: Instance,
    imageMeta: ImageMeta,
    injectedFiles: readonly InjectedFile[],
    adminPassword: string | null,
    _allocations: unknown,
    networkInfo: NetworkInfo = [],
    blockDeviceInfo: BlockDeviceInfo | null = null,
  ): Promise<void> {
    LOG.debug('Spawn called for instance', { instance });

    // The compute manager is meant to know the node uuid, so a missing uuid
    // may mean we have been passed the wrong data.
    const nodeId = instance.node;
    if (!nodeId) {
      throw new NovaError(`Ironic node uuid not supplied to driver for instance ${instance.uuid}.`);
    }

    const node = await this.getNode(nodeId);
    const flavor = instance.flavor;

    const metadata = getInstanceDriverMetadata(instance, networkInfo);
    await this.addInstanceInfoToNode(node, instance, imageMeta, flavor, metadata, {
      blockDeviceInfo,
    });

    try {
      await this.addVolumeTargetInfo(context, instance, blockDeviceInfo);
    } catch (e) {
      LOG.error(`Error preparing deploy for instance on baremetal node ${nodeId}.`, { instance });
      await this.cleanupDeploy(node, instance, networkInfo);
      throw e;
    }

    // Services such as cloud-init read the default ephemeral device from the
    // metadata server (bug 1324286).
    if (flavor.ephemeralGb) {
      instance.defaultEphemeralDevice = '/dev/sda1';
      await instance.save();
    }

    // Validate we are ready to deploy. required is null because we check the
    // results ourselves.
    const validateChk = await this.ironic.validateNode(nodeId, { required: null });
    if (!validateChk.deploy.result || !validateChk.power.result || !validateChk.storage.result) {
      // Something is wrong: undo what we have done.
      await this.cleanupDeploy(node, instance, networkInfo);
      const deployMsg = validateChk.deploy.result ? 'No Error' : validateChk.deploy.reason;
      const powerMsg = validateChk.power.result ? 'No Error' : validateChk.power.reason;
      const storageMsg = validateChk.storage.result ? 'No Error' : validateChk.storage.reason;
      throw new ValidationError(
        `Ironic node: ${node.id} failed to validate. (deploy: ${String(deployMsg)}, ` +
          `power: ${String(powerMsg)}, storage: ${String(storageMsg)})`,
      );
    }

    let configdriveValue: string | null = null;
    if (configdrive.requiredBy(instance)) {
      const extraMd: Record<string, unknown> = {};
      if (adminPassword) {
        extraMd['admin_pass'] = adminPassword;
      }

      try {
        configdriveValue = await this.generateConfigdrive(
          context, instance, node, networkInfo, extraMd, injectedFiles,
        );
      } catch (e) {
        const msg = `Failed to build configdrive: ${errorText(e)}`;
        LOG.error(msg, { instance });
        await this.cleanupDeploy(node, instance, networkInfo);
        throw e;
      }

      LOG.info(`Config drive for instance ${instance.uuid} on baremetal node ${nodeId} created.`);
    }

    // Trigger the node deploy.
    try {
      await this.ironic.setNodeProvisionState(nodeId, ProvisionState.ACTIVE, {
        configDrive: configdriveValue,
      });
    } catch (e) {
      LOG.error(`Failed to request Ironic to provision instance ${instance.uuid}: ${errorText(e)}`);
      await this.cleanupDeploy(node, instance, networkInfo);

      if (errorText(e).includes('InvalidImage')) {
        throw new BuildAbortException(instance.uuid, errorText(e), { cause: e });
      }
      throw e;
    }

    try {
      await fixedIntervalLoopingCall(
        () => this.waitForActive(instance),
        CONF.ironic.apiRetryInterval,
      );
      LOG.info(`Successfully provisioned Ironic node ${node.id}`, { instance });
    } catch (e) {
      LOG.error(`Error deploying instance ${instance.uuid} on baremetal node ${nodeId}.`);
      throw e;
    }
  }

  /** Unprovision an already provisioned node; destroy() has made the checks. */
  private async unprovision(instance: Instance, node: Node): Promise<void> {
    try {
      await this.ironic.setNodeProvisionState(node.id, ProvisionState.DELETED);
    } catch (e) {
      // If the node is already in a deprovisioned state, continue.
      if (!(e instanceof Error) || e.name !== 'InstanceDeployFailure') {
        throw e;
      }
    }

    let tries = 0;
    const waitForProvisionState = async (): Promise<void> => {
      let node: Node;
      try {
        node = await this.validateInstanceAndNode(instance);
      } catch (e) {
        if (e instanceof InstanceNotFound) {
          LOG.debug('Instance already removed from Ironic', { instance });
          throw new LoopingCallDone();
        }
        throw e;
      }
      const unprovisioned: readonly (string | null)[] = [
        NOSTATE,
        ProvisionState.CLEANING,
        ProvisionState.CLEANWAIT,
        ProvisionState.CLEANFAIL,
        ProvisionState.AVAILABLE,
      ];
      if (unprovisioned.includes(node.provisionState)) {
        // From the user's standpoint the node is unprovisioned. A node in
        // CLEANFAIL must be fixed in Ironic, but the instance is gone.
        LOG.debug(
          `Ironic node ${node.id} is in state ${String(node.provisionState)}, ` +
            'instance is now unprovisioned.',
          { instance },
        );
        throw new LoopingCallDone();
      }

      if (tries >= CONF.ironic.apiMaxRetries + 1) {
        const msg =
          `Error destroying the instance on node ${node.id}. ` +
          `Provision state still '${String(node.provisionState)}'.`;
        LOG.error(msg);
        throw new NovaError(msg);
      }
      tries += 1;

      logIronicPolling('unprovision', node, instance);
    };

    // Wait for the state transition to finish.
    await fixedIntervalLoopingCall(waitForProvisionState, CONF.ironic.apiRetryInterval);
  }

  async destroy(
    _context: RequestContext,
    instance: Instance,
    networkInfo: NetworkInfo | null,
    _blockDeviceInfo: BlockDeviceInfo | null = null,
    _destroyDisks = true,
    _destroySecrets = true,
  ): Promise<void> {
    LOG.debug('Destroy called for instance', { instance });
    let node: Node;
    try {
      node = await this.validateInstanceAndNode(instance);
    } catch (e) {
      if (e instanceof InstanceNotFound) {
        LOG.warning(`Destroy called on non-existing instance ${instance.uuid}.`);
        // When the compute manager deletes an instance that does not exist,
        // returning without an error is the only way to let it finish.
        return;
      }
      throw e;
    }

    if (UNPROVISION_STATES.includes(node.provisionState) || !ALL_STATES.has(node.provisionState)) {
      // Ironic's tear-down already does what cleanupDeploy does, and doing it
      // here would race with cleaning for the node lock (bug 2019977). An
      // unrecognised state is unprovisioned too, to be safe (bug 2131960).
      await this.unprovision(instance, node);
    } else {
      await this.cleanupDeploy(node, instance, networkInfo);
    }

    LOG.info(`Successfully unprovisioned Ironic node ${node.id}`, { instance });
  }

  /** Reboot the instance; unlike libvirt this preserves local state. */
  async reboot(
    _context: RequestContext,
    instance: Instance,
    _networkInfo: NetworkInfo,
    rebootType: RebootType,
  ): Promise<void> {
    LOG.debug(`Reboot(type ${rebootType}) called for instance`, { instance });
    const node = await this.validateInstanceAndNode(instance);

    let hard = true;
    if (rebootType === 'SOFT') {
      try {
        await this.ironic.setNodePowerState(node.id, PowerState.SOFT_REBOOT);
        hard = false;
      } catch (e) {
        if (!(e instanceof BadRequestError)) {
          throw e;
        }
        LOG.info(
          'Soft reboot is not supported by ironic hardware driver. ' +
            `Falling back to hard reboot: ${errorText(e)}`,
          { instance },
        );
      }
    }

    if (hard) {
      await this.ironic.setNodePowerState(node.id, PowerState.REBOOT);
    }

    await fixedIntervalLoopingCall(
      () => this.waitForPowerState(instance, 'reboot'),
      CONF.ironic.apiRetryInterval,
    );
    LOG.info(
      `Successfully rebooted(type ${hard ? 'HARD' : 'SOFT'}) Ironic node ${node.id}`,
      { instance },
    );
  }

  /**
   * Power off the instance. With a timeout, a soft power off is tried first.
   * retryInterval is ignored: retrying is up to the Ironic hardware driver.
   */
  async powerOff(instance: Instance, timeout = 0, _retryInterval = 0): Promise<void> {
    LOG.debug('Power off called for instance', { instance });
    let node = await this.validateInstanceAndNode(instance);

    if (timeout) {
      try {
        // No wait: we want our own, configurable polling interval.
        await this.ironic.setNodePowerState(node.id, PowerState.SOFT_POWER_OFF, { timeout });

        await fixedIntervalLoopingCall(
          () => this.waitForPowerState(instance, 'soft power off'),
          CONF.ironic.apiRetryInterval,
        );
        node = await this.validateInstanceAndNode(instance);
        if (node.powerState === PowerState.POWER_OFF) {
          LOG.info(`Successfully soft powered off Ironic node ${node.id}`, { instance });
          return;
        }
        LOG.info(
          `Failed to soft power off instance ${instance.uuid} on baremetal node ${node.id} ` +
            `within the required timeout ${Math.trunc(timeout)} seconds due to error: ` +
            `${String(node.lastError)}. Attempting hard power off.`,
          { instance },
        );
      } catch (e) {
        if (!(e instanceof SdkError)) {
          throw e;
        }
        LOG.info(
          `Failed to soft power off instance ${instance.uuid} on baremetal node ${node.id} ` +
            `due to error: ${errorText(e)}. Attempting hard power off.`,
          { instance },
        );
      }
    }

    await this.ironic.setNodePowerState(node.id, PowerState.POWER_OFF);
    await fixedIntervalLoopingCall(
      () => this.waitForPowerState(instance, 'power off'),
      CONF.ironic.apiRetryInterval,
    );
    LOG.info(`Successfully hard powered off Ironic node ${node.id}`, { instance });
  }

  async powerOn(_context: RequestContext, instance: Instance, _networkInfo: NetworkInfo): Promise<void> {
    LOG.debug('Power on called for instance', { instance });
    const node = await this.validateInstanceAndNode(instance);
    await this.ironic.setNodePowerState(node.id, PowerState.POWER_ON);

    await fixedIntervalLoopingCall(
      () => this.waitForPowerState(instance, 'power on'),
      CONF.ironic.apiRetryInterval,
    );
    LOG.info(`Successfully powered on Ironic node ${node.id}`, { instance });
  }

  /** Make a stalled instance dump its crash data by injecting an NMI. */
  async triggerCrashDump(instance: Instance): Promise<void> {
    LOG.debug('Trigger crash dump called for instance', { instance });
    const node = await this.validateInstanceAndNode(instance);

    await this.ironic.injectNmiToNode(node.id);

    LOG.info(`Successfully triggered crash dump into Ironic node ${node.id}`, { instance });
  }

  private async plugVif(node: Node, portId: string): Promise<void> {
    const lastAttempt = 5;
    for (let attempt = 0; attempt <= lastAttempt; attempt++) {
      try {
        await this.ironic.attachVifToNode(node.id, portId, { retryOnConflict: false });
      } catch (e) {
        if (e instanceof BadRequestError) {
          const msg = `Cannot attach VIF ${portId} to the node ${node.id} due to error: ${errorText(e)}`;
          LOG.error(msg);
          throw new VirtualInterfacePlugException(msg, { cause: e });
        }
        if (e instanceof ConflictError) {
          // The VIF is already attached.
          return;
        }
        throw e;
      }
      // Success, so don't retry.
      return;
    }
  }

  private async plugVifsToNode(node: Node, instance: Instance, networkInfo: NetworkInfo): Promise<void> {
    const networkInfoStr = JSON.stringify(networkInfo);
    LOG.debug(`plug: instance_uuid=${instance.uuid} vif=${networkInfoStr}`);
    for (const vif of networkInfo) {
      await this.plugVif(node, vif.id);
    }
  }

  private async unplugVifsFromNode(
    node: Node,
    instance: Instance,
    networkInfo: NetworkInfo | null,
  ): Promise<void> {
    const networkInfoStr = JSON.stringify(networkInfo);
    LOG.debug(`unplug: instance_uuid=${instance.uuid} vif=${networkInfoStr}`);
    if (!networkInfo?.length) {
      return;
    }
    for (const vif of networkInfo) {
      const portId = vif.id;
      try {
        await this.ironic.detachVifFromNode(node.id, portId);
      } catch (e) {
        if (!(e instanceof BadRequestError)) {
          throw e;
        }
        LOG.debug(`VIF ${portId} isn't attached to Ironic node ${node.id}`);
      }
    }
  }

  /**
   * Kept for compatibility and only logs: Ironic manages VIF attachments over
   * the node's lifecycle (see attachInterface).
   */
  plugVifs(instance: Instance, _networkInfo: NetworkInfo): void {
    LOG.debug(
      `VIF plug called for instance ${instance.uuid} on node ${instance.node}, ` +
        'however Ironic manages VIF attachments for nodes.',
    );
  }

  async unplugVifs(instance: Instance, networkInfo: NetworkInfo): Promise<void> {
    // instance.node is the ironic node's UUID.
    const node = await this.getNode(instance.node);
    await this.unplugVifsFromNode(node, instance, networkInfo);
  }

  /**
   * Hot-plug a network interface. The info cache is refreshed asynchronously
   * (network-changed event or the heal periodic task), so it may lag.
   */
  async attachInterface(
    _context: RequestContext,
    instance: Instance,
    _imageMeta: ImageMeta,
    vif: VIF,
  ): Promise<void> {
    const node = await this.getNode(instance.node);
    await this.plugVifsToNode(node, instance, [vif]);
  }

  async detachInterface(_context: RequestContext, instance: Instance, vif: VIF): Promise<void> {
    await this.unplugVifs(instance, [vif]);
  }

  /**
   * Rebuild (redeploy) an instance, optionally preserving the ephemeral
   * partition. spawn() cannot be reused: it would set instance_id again, which
   * Ironic refuses, and it needs a node that is not active.
   */
  async rebuild(
    context: RequestContext,
    instance: Instance,
    imageMeta: ImageMeta,
    injectedFiles: readonly InjectedFile[],
    adminPassword: string | null,
    options: RebuildOptions = {},
  ): Promise<void> {
    const { networkInfo = [], preserveEphemeral = false, reimageBootVolume = false } = options;
    if (reimageBootVolume) {
      throw new NovaError("Ironic doesn't support rebuilding volume backed instances.");
    }

    LOG.debug('Rebuild called for instance', { instance });

    instance.taskState = TaskState.REBUILD_SPAWNING;
    await instance.save({ expectedTaskState: [TaskState.REBUILDING] });

    const nodeId = instance.node;
    const node = await this.getNode(nodeId);

    const metadata = getInstanceDriverMetadata(instance, networkInfo);
    await this.addInstanceInfoToNode(node, instance, imageMeta, instance.flavor, metadata, {
      preserveEphemeral,
    });

    let configdriveValue: string | null = null;
    if (configdrive.requiredBy(instance)) {
      const extraMd: Record<string, unknown> = {};
      if (adminPassword) {
        extraMd['admin_pass'] = adminPassword;
      }

      try {
        configdriveValue = await this.generateConfigdrive(
          context, instance, node, networkInfo, extraMd, injectedFiles,
        );
      } catch (e) {
        const msg = `Failed to build configdrive: ${errorText(e)}`;
        LOG.error(msg, { instance });
        throw new InstanceDeployFailure(msg, { cause: e });
      }

      LOG.info(`Config drive for instance ${instance.uuid} on baremetal node ${nodeId} created.`);
    }

    // Trigger the node rebuild/redeploy.
    try {
      await this.ironic.setNodeProvisionState(nodeId, ProvisionState.REBUILD, {
        configDrive: configdriveValue,
      });
    } catch (e) {
      if (e instanceof SdkError) {
        const msg = `Failed to request Ironic to rebuild instance ${instance.uuid}: ${errorText(e)}`;
        throw new InstanceDeployFailure(msg, { cause: e });
      }
      throw e;
    }

    // The target is REBUILD, but the node goes to ACTIVE once redeployed.
    await fixedIntervalLoopingCall(
      () => this.waitForActive(instance),
      CONF.ironic.apiRetryInterval,
    );
    LOG.info('Instance was successfully rebuilt', { instance });
  }

  /**
   * Ironic binds the ports itself (port-update) once the node is wired to the
   * tenant network. Binding earlier could expose the deploy agent, with its
   * secrets, to the tenant, so never hand Neutron a host id here.
   */
  networkBindingHostId(_context: RequestContext, _instance: Instance): string | null {
    return null;
  }

  /**
   * Acquire the node's console. An enabled console is disabled and enabled
   * again before it is returned.
   */
  private async getNodeConsoleWithReset(instance: Instance): Promise<NodeConsoleResult> {
    const node = await this.validateInstanceAndNode(instance);
    const nodeId = node.id;

    const getConsole = async (): Promise<NodeConsole> => {
      try {
        return await this.ironic.getNodeConsole(nodeId);
      } catch (e) {
        if (e instanceof SdkError) {
          LOG.error(
            `Failed to acquire console information for instance ${instance.uuid}: ${errorText(e)}`,
          );
          throw new ConsoleNotAvailable({ cause: e });
        }
        throw e;
      }
    };

    const waitState = async (state: boolean): Promise<boolean> => {
      const nodeConsole = await getConsole();
      if (nodeConsole.consoleEnabled === state) {
        throw new LoopingCallDone(nodeConsole);
      }
      logIronicPolling('set console mode', node, instance);
      // Returning false makes the looping call back off.
      return false;
    };

    const enableConsole = async (mode: boolean): Promise<NodeConsole> => {
      try {
        if (mode) {
          await this.ironic.enableNodeConsole(nodeId);
        } else {
          await this.ironic.disableNodeConsole(nodeId);
        }
      } catch (e) {
        if (e instanceof SdkError) {
          LOG.error(
            `Failed to set console mode to "${String(mode)}" for instance ${instance.uuid}: ` +
              errorText(e),
          );
          throw new ConsoleNotAvailable({ cause: e });
        }
        throw e;
      }

      // Wait for the console to be disabled/enabled.
      try {
        return await backOffLoopingCall<NodeConsole>(() => waitState(mode), {
          startingInterval: CONSOLE_STATE_CHECKING_INTERVAL,
          timeout: CONF.ironic.serialConsoleStateTimeout,
          jitter: 0.5,
        });
      } catch (e) {
        if (e instanceof LoopingCallTimeOut) {
          LOG.error(
            `Timeout while waiting for console mode to be set to "${String(mode)}" on node ${nodeId}`,
          );
          throw new ConsoleNotAvailable({ cause: e });
        }
        throw e;
      }
    };

    let nodeConsole = await getConsole();

    // Resetting forces us to acquire a console that another user or operator
    // already holds: IPMI serial consoles allow a single session, so any
    // active one is dropped without warning.
    if (nodeConsole.consoleEnabled) {
      try {
        await enableConsole(false);
        nodeConsole = await enableConsole(true);
      } catch (e) {
        if (!(e instanceof ConsoleNotAvailable)) {
          throw e;
        }
        // Try to recover. If this fails too, the console may stay disabled
        // and refuse new connections.
        nodeConsole = await enableConsole(true);
      }
    }

    if (nodeConsole.consoleEnabled && nodeConsole.consoleInfo) {
      return { node, consoleInfo: nodeConsole.consoleInfo };
    }
    LOG.debug(`Console is disabled for instance ${instance.uuid}`);
    throw new ConsoleNotAvailable();
  }

  async getSerialConsole(_context: RequestContext, instance: Instance): Promise<ConsoleSerial> {
    LOG.debug('Getting serial console', { instance });
    let result: NodeConsoleResult;
    try {
      result = await this.getNodeConsoleWithReset(instance);
    } catch (e) {
      if (e instanceof ConsoleNotAvailable) {
        throw new ConsoleTypeUnavailable('serial', { cause: e });
      }
      throw e;
    }

    const { node, consoleInfo } = result;

    if (consoleInfo.type !== 'socat') {
      LOG.warning(
        `Console type "${consoleInfo.type}" (of ironic node ${node.id}) ` +
          'does not support Nova serial console',
        { instance },
      );
      throw new ConsoleTypeUnavailable('serial');
    }

    // Parse and check the console URL.
    const url = parseUrl(consoleInfo.url);
    if (!url?.protocol || !url.hostname || !url.port) {
      LOG.error(`Invalid Socat console URL "${consoleInfo.url}" (ironic node ${node.id})`, {
        instance,
      });
      throw new ConsoleTypeUnavailable('serial');
    }

    if (url.protocol === 'tcp:') {
      return new ConsoleSerial(url.hostname, Number(url.port));
    }
    LOG.warning(
      `Socat serial console only supports "tcp". This URL is "${consoleInfo.url}" ` +
        `(ironic node ${node.id}).`,
      { instance },
    );
    throw new ConsoleTypeUnavailable('serial');
  }

  /**
   * Plug VIFs before block devices are prepared, so that a volume connector
   * given as a MAC address can get its IP from the VIF.
   */
  async prepareNetworksBeforeBlockDeviceMapping(
    instance: Instance,
    networkInfo: NetworkInfo,
  ): Promise<void> {
    try {
      const node = await this.getNode(instance.node);
      await this.plugVifsToNode(node, instance, networkInfo);
    } catch (e) {
      LOG.error(
        `Error preparing deploy for instance ${instance.uuid} on baremetal node ${instance.node}.`,
        { instance },
      );
      throw e;
    }
  }

  /** Unplug VIFs when block device preparation failed. */
  async cleanNetworksPreparation(instance: Instance, networkInfo: NetworkInfo): Promise<void> {
    try {
      await this.unplugVifs(instance, networkInfo);
    } catch (e) {
      LOG.warning(
        `Error detaching VIF from node ${instance.node} after deploy failed; ${errorText(e)}`,
        { instance },
      );
    }
  }

  async rescue(
    _context: RequestContext,
    instance: Instance,
    _networkInfo: NetworkInfo,
    _imageMeta: ImageMeta,
    rescuePassword: string,
    _blockDeviceInfo: BlockDeviceInfo | null,
  ): Promise<void> {
    LOG.debug('Rescue called for instance', { instance });

    const nodeId = instance.node;

    const waitForRescue = async (): Promise<void> => {
      let node: Node;
      try {
        node = await this.validateInstanceAndNode(instance);
      } catch (e) {
        if (e instanceof InstanceNotFound) {
          throw new InstanceRescueFailure(e.message, { cause: e });
        }
        throw e;
      }

      if (node.provisionState === ProvisionState.RESCUE) {
        throw new LoopingCallDone();
      }
      if (node.provisionState === ProvisionState.RESCUEFAIL) {
        throw new InstanceRescueFailure(node.lastError);
      }
    };

    try {
      await this.ironic.setNodeProvisionState(nodeId, ProvisionState.RESCUE, { rescuePassword });
    } catch (e) {
      throw new InstanceRescueFailure(errorText(e), { cause: e });
    }

    await fixedIntervalLoopingCall(waitForRescue, CONF.ironic.apiRetryInterval);
    LOG.info(`Successfully rescued Ironic node ${nodeId}`, { instance });
  }

  async unrescue(_context: RequestContext, instance: Instance): Promise<void> {
    LOG.debug('Unrescue called for instance', { instance });

    const nodeId = instance.node;

    const waitForUnrescue = async (): Promise<void> => {
      let node: Node;
      try {
        node = await this.validateInstanceAndNode(instance);
      } catch (e) {
        if (e instanceof InstanceNotFound) {
          throw new InstanceUnRescueFailure(e.message, { cause: e });
        }
        throw e;
      }

      if (node.provisionState === ProvisionState.ACTIVE) {
        throw new LoopingCallDone();
      }
      if (node.provisionState === ProvisionState.UNRESCUEFAIL) {
        throw new InstanceUnRescueFailure(node.lastError);
      }
    };

    try {
      await this.ironic.setNodeProvisionState(nodeId, VERBS.unrescue);
    } catch (e) {
      throw new InstanceUnRescueFailure(errorText(e), { cause: e });
    }

    await fixedIntervalLoopingCall(waitForUnrescue, CONF.ironic.apiRetryInterval);
    LOG.info(`Successfully unrescued Ironic node ${nodeId}`, { instance });
  }

  /** IronicDriver manages port bindings for baremetal instances. */
  managesNetworkBindingHostId(): boolean {
    return true;
  }
}
