/**
 * Resource shapes returned by the bare metal client, after openstack.baremetal.v1.
 * Field names are camelCased; dictionary keys of driver_info, instance_info and
 * driver_internal_info are camelCased by the client as well.
 */

/**
 * Hardware-type specific access details, including BMC credentials. Only the
 * keys the common hardware types use are listed; Ironic accepts any key.
 */
export interface DriverInfo {
  deployKernel?: string;
  deployRamdisk?: string;
  rescueKernel?: string;
  rescueRamdisk?: string;

  // ipmi
  ipmiAddress?: string;
  ipmiPort?: number;
  ipmiUsername?: string;
  ipmiPassword?: string;
  ipmiPrivLevel?: 'ADMINISTRATOR' | 'CALLBACK' | 'OPERATOR' | 'USER';
  ipmiProtocolVersion?: '1.5' | '2.0';
  /** IPMI 2.0 BMC key (K_g), hex encoded. */
  ipmiHexKgKey?: string;
  ipmiBridging?: 'no' | 'single' | 'dual';
  ipmiTerminalPort?: number;

  // redfish (also used by the idrac-redfish and ilo5-redfish interfaces)
  redfishAddress?: string;
  redfishSystemId?: string;
  redfishUsername?: string;
  redfishPassword?: string;
  redfishVerifyCa?: boolean | string;
  redfishAuthType?: 'basic' | 'session' | 'auto';

  // idrac (WS-Man)
  dracAddress?: string;
  dracPort?: number;
  dracUsername?: string;
  dracPassword?: string;

  // ilo
  iloAddress?: string;
  iloUsername?: string;
  iloPassword?: string;
  iloVerifyCa?: boolean | string;

  // irmc
  irmcAddress?: string;
  irmcUsername?: string;
  irmcPassword?: string;

  // snmp power switches
  snmpAddress?: string;
  snmpOutlet?: number;
  snmpVersion?: '1' | '2c' | '3';
  snmpCommunity?: string;
  snmpCommunityRead?: string;
  snmpCommunityWrite?: string;
  snmpUser?: string;
  snmpAuthKey?: string;
  snmpPrivKey?: string;

  [key: string]: unknown;
}

/** What Nova (and the deploy interfaces) put in instance_info. */
export interface InstanceInfo {
  imageSource?: string;
  /** A Swift temporary URL filled in by the deploy interface. */
  imageUrl?: string;
  imageChecksum?: string;
  kernel?: string;
  ramdisk?: string;
  rootGb?: string;
  swapMb?: string;
  ephemeralGb?: string;
  ephemeralFormat?: string;
  preserveEphemeral?: string;
  displayName?: string;
  vcpus?: string;
  memoryMb?: string;
  localGb?: string;
  novaHostId?: string | null;
  projectId?: string;
  projectName?: string;
  userId?: string;
  userName?: string;
  flavorName?: string;
  fixedIps?: string;
  floatingIps?: string;
  capabilities?: string;
  traits?: string[];
  /** The config drive as stored by Ironic: a gzipped, base64 encoded ISO, or a URL. */
  configdrive?: string | Record<string, unknown>;
  [key: string]: unknown;
}

export interface DriverInternalInfo {
  agentUrl?: string;
  agentSecretToken?: string;
  vncHost?: string;
  vncPort?: number;
  cleanSteps?: unknown[];
  deploySteps?: unknown[];
  lastPowerStateChange?: string;
  [key: string]: unknown;
}

export interface NodeProperties {
  cpus?: number | string;
  memoryMb?: number | string;
  localGb?: number | string;
  cpuArch?: string;
  capabilities?: string;
  [key: string]: unknown;
}

export interface Node {
  id: string;
  name: string | null;
  driver: string;
  driverInfo: DriverInfo;
  driverInternalInfo: DriverInternalInfo;
  instanceInfo: InstanceInfo;
  instanceId: string | null;
  provisionState: string | null;
  targetProvisionState: string | null;
  powerState: string | null;
  targetPowerState: string | null;
  isMaintenance: boolean;
  maintenanceReason: string | null;
  isProtected: boolean;
  isConsoleEnabled: boolean;
  lastError: string | null;
  properties: NodeProperties;
  resourceClass: string | null;
  conductorGroup: string;
  shard: string | null;
  traits: string[];
  extra: Record<string, unknown>;
  createdAt: string;
  updatedAt: string | null;
}

export type NodeField = keyof Node;

/** The interfaces validateNode reports on. */
export type NodeInterface =
  | 'boot' | 'console' | 'deploy' | 'inspect' | 'management' | 'network' | 'power'
  | 'raid' | 'rescue' | 'storage';

/** result: true passed, false failed, null the interface is not supported. */
export interface ValidationResult {
  result: boolean | null;
  reason: string | null;
}

export type NodeValidation = Record<NodeInterface, ValidationResult>;

/** One JSON patch operation (RFC 6902) against the node's API representation. */
export interface JsonPatchOperation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

/** Attributes that updateNode may set (the SDK's **attrs). */
export interface NodeUpdate {
  instanceId?: string | null;
  instanceInfo?: InstanceInfo;
  driverInfo?: DriverInfo;
  extra?: Record<string, unknown>;
  name?: string | null;
  properties?: NodeProperties;
}

export interface Port {
  id: string;
  nodeId: string;
  portGroupId: string | null;
  address: string;
  internalInfo: { tenantVifPortId?: string; [key: string]: unknown };
  extra: { vifPortId?: string; [key: string]: unknown };
  physicalNetwork: string | null;
  isPxeEnabled: boolean;
}

export interface PortGroup {
  id: string;
  nodeId: string;
  name: string | null;
  address: string | null;
  mode: string | null;
  properties: Record<string, unknown>;
  internalInfo: { tenantVifPortId?: string; [key: string]: unknown };
  extra: { vifPortId?: string; [key: string]: unknown };
}

export interface VolumeTarget {
  id: string;
  nodeId: string;
  volumeType: string;
  /** Connection properties from Cinder; for iSCSI they include CHAP credentials. */
  properties: Record<string, unknown>;
  bootIndex: number;
  volumeId: string;
}

export interface NodeConsoleInfo {
  type: 'socat' | 'shellinabox' | 'vnc' | string;
  url: string;
}

export interface NodeConsole {
  consoleEnabled: boolean;
  consoleInfo: NodeConsoleInfo | null;
}
