/**
 * The configuration options the driver reads (nova.conf), with Nova's defaults.
 */

export interface IronicOptions {
  /** Seconds between polls of the node while waiting for a state change. */
  apiRetryInterval: number;
  /** How many polls before giving up on a teardown. */
  apiMaxRetries: number;
  /** Seconds to wait for the serial console to be (de)activated. */
  serialConsoleStateTimeout: number;
  conductorGroup: string | null;
  shard: string | null;
  peerList: string[];
}

export interface NovaConfig {
  host: string;
  forceConfigDrive: boolean;
  configDriveFormat: 'iso9660' | 'vfat';
  mkisofsCmd: string;
  defaultEphemeralFormat: string | null;
  ironic: IronicOptions;
}

export const CONF: NovaConfig = {
  host: process.env['NOVA_HOST'] ?? 'localhost',
  forceConfigDrive: false,
  configDriveFormat: 'iso9660',
  mkisofsCmd: 'genisoimage',
  defaultEphemeralFormat: null,
  ironic: {
    apiRetryInterval: 2,
    apiMaxRetries: 60,
    serialConsoleStateTimeout: 10,
    conductorGroup: null,
    shard: null,
    peerList: [],
  },
};
