/**
 * Builds the JSON patch that puts Nova's deploy parameters into a node's
 * instance_info (nova/virt/ironic/patcher.py).
 */
import type { JsonPatchOperation, Node } from './baremetal/node.js';
import { CONF } from './nova/conf.js';
import type { Flavor, ImageMeta, Instance } from './nova/instance.js';
import { fixedIps, floatingIps } from './nova/network.js';
import type { InstanceDriverMetadata } from './nova/virt-driver.js';

export interface DeployPatchOptions {
  /** Only set by rebuild. */
  preserveEphemeral?: boolean | undefined;
  /** Boot-from-volume nodes are not given an image_source. */
  bootFromVolume?: boolean | undefined;
}

function add(field: string, value: unknown): JsonPatchOperation {
  return { op: 'add', path: `/instance_info/${field}`, value };
}

export class GenericDriverFields {
  constructor(private readonly node: Node) {}

  getDeployPatch(
    instance: Instance,
    imageMeta: ImageMeta,
    flavor: Flavor,
    metadata: InstanceDriverMetadata,
    options: DeployPatchOptions = {},
  ): JsonPatchOperation[] {
    const patch: JsonPatchOperation[] = [];
    if (!options.bootFromVolume) {
      patch.push(add('image_source', imageMeta.id));
    }
    patch.push(
      add('root_gb', String(instance.flavor.rootGb)),
      add('swap_mb', String(flavor.swap)),
      add('display_name', instance.displayName),
      add('vcpus', String(instance.flavor.vcpus)),
      add('nova_host_id', instance.host),
      add('memory_mb', String(instance.flavor.memoryMb)),
      add('local_gb', String(this.node.properties.localGb ?? 0)),
      add('project_id', metadata.owner.projectid),
      add('project_name', metadata.owner.projectname),
      add('user_id', metadata.owner.userid),
      add('user_name', metadata.owner.username),
      add('flavor_name', metadata.flavor.name),
      add('fixed_ips', JSON.stringify(fixedIps(metadata.networkInfo))),
      add('floating_ips', JSON.stringify(floatingIps(metadata.networkInfo))),
    );

    if (instance.flavor.ephemeralGb) {
      patch.push(add('ephemeral_gb', String(instance.flavor.ephemeralGb)));
      if (CONF.defaultEphemeralFormat) {
        patch.push(add('ephemeral_format', CONF.defaultEphemeralFormat));
      }
    }

    if (options.preserveEphemeral !== undefined) {
      patch.push(add('preserve_ephemeral', String(options.preserveEphemeral)));
    }

    // Only "capabilities:<key>" and "trait[N]:<name>" extra specs go to Ironic.
    const capabilities: Record<string, string> = {};
    const traits: string[] = [];
    for (const [key, value] of Object.entries(flavor.extraSpecs)) {
      if (!key.startsWith('capabilities:') && !key.startsWith('trait')) {
        continue;
      }
      const separator = key.indexOf(':');
      const prefix = key.slice(0, separator);
      const parsedKey = key.slice(separator + 1);
      if (prefix === 'capabilities') {
        capabilities[parsedKey] = value;
      } else if (value === 'required') {
        // Granular groups (trait1:, trait2: ...) do not matter to Ironic.
        traits.push(parsedKey);
      }
    }
    traits.push(...(imageMeta.properties.traitsRequired ?? []));
    if (Object.keys(capabilities).length > 0) {
      patch.push(add('capabilities', JSON.stringify(capabilities)));
    }
    if (traits.length > 0) {
      // Ironic expects instance_info.traits to be a list, not a JSON string.
      patch.push(add('traits', traits));
    }
    return patch;
  }
}

export function createPatcher(node: Node): GenericDriverFields {
  return new GenericDriverFields(node);
}
