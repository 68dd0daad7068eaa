/**
 * Block device information handed to the driver (nova.virt.block_device).
 */

export interface BlockDeviceMappingObject {
  volumeId: string;
  bootIndex: number;
  /** JSON text: { driver_volume_type, data } from Cinder's initialize_connection. */
  connectionInfo: string;
}

export interface DriverBlockDevice {
  isVolume: boolean;
  mountDevice: string | null;
  bdmObj: BlockDeviceMappingObject;
}

export interface BlockDeviceInfo {
  rootDeviceName: string | null;
  blockDeviceMapping: DriverBlockDevice[];
  ephemerals: unknown[];
  swap: unknown;
}

/** The parsed form of BlockDeviceMappingObject.connectionInfo. */
export interface ConnectionInfo {
  driver_volume_type: string;
  data: Record<string, unknown>;
}

export function blockDeviceInfoGetMapping(info: BlockDeviceInfo | null | undefined): DriverBlockDevice[] {
  return info?.blockDeviceMapping ?? [];
}

export function getRootBdm(bdms: readonly DriverBlockDevice[]): DriverBlockDevice | undefined {
  return bdms.find((bdm) => bdm.bdmObj.bootIndex === 0);
}
