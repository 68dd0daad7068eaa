export { IronicDriver, IRONIC_API_VERSION, mapPowerState } from './driver.js';
export type { RebootType, RebuildOptions } from './driver.js';
export type { BaremetalClient } from './baremetal/client.js';
