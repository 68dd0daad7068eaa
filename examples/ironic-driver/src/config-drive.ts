/**
 * Packs a config drive the way Ironic wants it in the provision request:
 * an ISO image, gzipped, base64 encoded.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

import { ConfigDriveBuilder } from './nova/configdrive.js';
import type { InstanceMetadata } from './nova/instance-metadata.js';

const gzipAsync = promisify(gzip);

export async function buildCompressedConfigDrive(instanceMd: InstanceMetadata): Promise<string> {
  const workdir = await mkdtemp(join(tmpdir(), 'ironic-configdrive-'));
  try {
    const uncompressed = join(workdir, 'configdrive.iso');
    await new ConfigDriveBuilder(instanceMd).makeDrive(uncompressed);
    const compressed = await gzipAsync(await readFile(uncompressed));
    return compressed.toString('base64');
  } finally {
    await rm(workdir, { recursive: true, force: true });
  }
}
