/**
 * The plugin under measurement: a snapshot of dist/ taken when the benchmark starts, so that a
 * rebuild during a run (a shared checkout, an editor's watch task) cannot mix two versions of
 * the rules within one comparison. Every worker of a run imports the same snapshot.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type plugin from '../dist/index.js';
import type * as codePath from '../dist/lib/flow/code-path.js';

export type IroncladPlugin = typeof plugin;
export type CodePathModule = typeof codePath;

export const PLUGIN_DIST = path.resolve(import.meta.dirname, '..', 'dist');
const SNAPSHOT_ROOT = path.join(import.meta.dirname, 'results');

/** Copies dist/ under bench/results/ (git-ignored, inside the package so self-references resolve); removed at exit. */
export function snapshotPlugin(): string {
  if (!existsSync(path.join(PLUGIN_DIST, 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first');
  const dir = path.join(SNAPSHOT_ROOT, `plugin-${String(process.pid)}`);
  mkdirSync(SNAPSHOT_ROOT, { recursive: true });
  rmSync(dir, { recursive: true, force: true });
  cpSync(PLUGIN_DIST, dir, { recursive: true, filter: (source) => !source.endsWith('.tsbuildinfo') });
  process.on('exit', () => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

export async function loadPlugin(dir: string): Promise<IroncladPlugin> {
  const module = (await import(pathToFileURL(path.join(dir, 'index.js')).href)) as { default: IroncladPlugin };
  return module.default;
}

export async function loadCodePath(dir: string): Promise<CodePathModule> {
  return (await import(pathToFileURL(path.join(dir, 'lib', 'flow', 'code-path.js')).href)) as CodePathModule;
}
