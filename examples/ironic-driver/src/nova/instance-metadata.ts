/**
 * The metadata an instance sees in its config drive (nova.api.metadata.base).
 */
import type { InjectedFile, Instance } from './instance.js';
import type { NetworkInfo, NetworkMetadata } from './network.js';

const OPENSTACK_VERSION = 'latest';

export interface InstanceMetadataOptions {
  content?: readonly InjectedFile[] | undefined;
  /** Merged into meta_data.json as is; Nova passes the admin password here as admin_pass. */
  extraMd?: Record<string, unknown> | undefined;
  networkInfo?: NetworkInfo | undefined;
  networkMetadata?: NetworkMetadata | undefined;
}

export class InstanceMetadata {
  private readonly content: readonly InjectedFile[];
  private readonly extraMd: Record<string, unknown>;
  private readonly networkMetadata: NetworkMetadata | undefined;

  constructor(
    private readonly instance: Instance,
    options: InstanceMetadataOptions = {},
  ) {
    this.content = options.content ?? [];
    this.extraMd = options.extraMd ?? {};
    this.networkMetadata = options.networkMetadata;
  }

  /** [path, data] pairs to write under the root of the config drive. */
  metadataForConfigDrive(): [string, string][] {
    const base = `openstack/${OPENSTACK_VERSION}`;
    const files: [string, string][] = [];
    const fileEntries = this.content.map((file, index) => {
      const contentPath = `/content/${index.toString().padStart(4, '0')}`;
      files.push([`openstack${contentPath}`, file.contents]);
      return { path: file.path, content_path: contentPath };
    });

    files.push([`${base}/meta_data.json`, JSON.stringify(this.metadataAsJson(fileEntries))]);
    if (this.instance.userData) {
      files.push([`${base}/user_data`, Buffer.from(this.instance.userData, 'base64').toString()]);
    }
    if (this.networkMetadata) {
      files.push([`${base}/network_data.json`, JSON.stringify(this.networkMetadata)]);
    }
    files.push([`${base}/vendor_data.json`, '{}']);
    return files;
  }

  private metadataAsJson(files: { path: string; content_path: string }[]): Record<string, unknown> {
    const instance = this.instance;
    const metadata: Record<string, unknown> = {
      uuid: instance.uuid,
      meta: instance.metadata,
      hostname: instance.hostname,
      name: instance.displayName,
      launch_index: 0,
      project_id: instance.projectId,
      files,
    };
    if (instance.keyData) {
      metadata['public_keys'] = { default: instance.keyData };
    }
    Object.assign(metadata, this.extraMd);
    return metadata;
  }
}
