/**
 * Pieces of nova/virt/driver.py that the Ironic driver inherits.
 */
import type { InstancePowerStateValue } from './compute-states.js';
import type { Flavor, ImageMeta, Instance } from './instance.js';
import { getLogger } from './log.js';
import type { NetworkInfo } from './network.js';

const LOG = getLogger('nova.virt.driver');

/** What get_info returns. */
export interface HardwareInstanceInfo {
  state: InstancePowerStateValue;
}

export interface InstanceDriverMetadata {
  rootType: 'image' | 'volume';
  rootId: string;
  instanceMeta: { name: string; uuid: string };
  owner: { userid: string; username: string; projectid: string; projectname: string };
  image: ImageMeta;
  flavor: Flavor;
  networkInfo: NetworkInfo;
  creationTime: number;
}

/** ComputeDriver.get_instance_driver_metadata */
export function getInstanceDriverMetadata(
  instance: Instance,
  networkInfo: NetworkInfo,
): InstanceDriverMetadata {
  const systemMeta = instance.systemMetadata;
  const meta: InstanceDriverMetadata = {
    instanceMeta: { name: instance.displayName || instance.uuid, uuid: instance.uuid },
    owner: {
      userid: instance.userId,
      username: systemMeta['owner_user_name'] ?? 'N/A',
      projectid: instance.projectId,
      projectname: systemMeta['owner_project_name'] ?? 'N/A',
    },
    flavor: { ...instance.flavor },
    image: instance.imageMeta,
    rootType: instance.imageRef ? 'image' : 'volume',
    rootId: systemMeta['image_base_image_ref'] ?? instance.imageRef,
    creationTime: Date.now() / 1000,
    networkInfo,
  };
  LOG.debug(`InstanceDriverMetadata: ${JSON.stringify(meta)}`);
  return meta;
}
