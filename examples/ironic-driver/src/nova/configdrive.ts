/**
 * Config drive helpers (nova/virt/configdrive.py).
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

import { CONF } from './conf.js';
import type { Instance } from './instance.js';
import type { InstanceMetadata } from './instance-metadata.js';

const execFileAsync = promisify(execFile);

/** Whether the instance must be given a config drive. */
export function requiredBy(instance: Instance): boolean {
  const imageProp = instance.imageMeta.properties.imgConfigDrive ?? 'optional';
  return (
    instance.configDrive ||
    (CONF.forceConfigDrive && !instance.launchedAt) ||
    imageProp === 'mandatory'
  );
}

/** Writes the metadata files into a temporary tree and turns it into an ISO 9660 image. */
export class ConfigDriveBuilder {
  private readonly mdfiles: [string, string][] = [];

  constructor(instanceMd?: InstanceMetadata) {
    if (instanceMd) {
      this.addInstanceMetadata(instanceMd);
    }
  }

  addInstanceMetadata(instanceMd: InstanceMetadata): void {
    this.mdfiles.push(...instanceMd.metadataForConfigDrive());
  }

  async makeDrive(path: string): Promise<void> {
    const tmp = await mkdtemp(join(tmpdir(), 'cd_gen_'));
    try {
      for (const [relative, data] of this.mdfiles) {
        const target = join(tmp, relative);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, data);
      }
      await execFileAsync(CONF.mkisofsCmd, [
        '-o', path, '-ldots', '-allow-lowercase', '-allow-multidot', '-l',
        '-publisher', 'OpenStack Compute', '-quiet', '-J', '-r', '-V', 'config-2', tmp,
      ]);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
}
