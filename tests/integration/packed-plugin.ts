/**
 * The plugin as users get it: `npm pack`ed once per test process, then extracted into temporary
 * fixture projects, the way npm installs a tarball. The rest of a fixture's node_modules (the
 * plugin's declared dependencies, eslint, typescript-eslint, typescript, and what a suite asks
 * for) are symlinks into this repository's node_modules, so no suite needs the network.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { packageDir, runChecked } from './run-command.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const PLUGIN_NAME = 'eslint-plugin-ironclad';

/** What a user installs next to the plugin for typed linting. */
const USER_DEPENDENCIES = ['eslint', 'typescript-eslint', 'typescript'] as const;

const temporaryDirs: string[] = [];
process.once('exit', () => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

/** A directory under the OS temp dir, removed when the test process exits. */
export function makeTemporaryDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

let tarball: Promise<string> | undefined;

/** The path of the packed plugin; packed on first use, shared by every suite of the process. */
export function packedPlugin(): Promise<string> {
  tarball ??= pack();
  return tarball;
}

async function pack(): Promise<string> {
  if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` before the integration tests.');
  }
  const destination = makeTemporaryDir('ironclad-pack-');
  // --ignore-scripts packs the dist/ that `npm run build` made instead of rebuilding it (prepare)
  // while other suites of this process are loading it.
  const stdout = await runChecked('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], {
    cwd: repoRoot,
  });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  if (packed === undefined) throw new Error(`npm pack reported no tarball: ${stdout}`);
  return path.join(destination, packed.filename);
}

export interface FixtureProjectOptions {
  /** A prefix for the temporary directory's name. */
  readonly name: string;
  /** An existing empty directory to use instead of a temporary one (kept after the process exits). */
  readonly root?: string;
  /** Files to write, by path relative to the project root. */
  readonly files: Readonly<Record<string, string>>;
  /** Further packages linked from this repository's node_modules (with their bins). */
  readonly dependencies?: readonly string[];
}

/** A project with the packed plugin installed in node_modules; returns its root. */
export async function createFixtureProject(options: FixtureProjectOptions): Promise<string> {
  const root = options.root ?? makeTemporaryDir(`ironclad-${options.name}-`);
  for (const [relative, text] of Object.entries(options.files)) writeProjectFile(root, relative, text);

  const installed = path.join(root, 'node_modules', PLUGIN_NAME);
  mkdirSync(installed, { recursive: true });
  await runChecked('tar', ['-xzf', await packedPlugin(), '-C', installed, '--strip-components=1'], { cwd: root });

  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const links = new Set([...Object.keys(manifest.dependencies ?? {}), ...USER_DEPENDENCIES, ...(options.dependencies ?? [])]);
  for (const name of links) linkPackage(root, name);
  return root;
}

export function writeProjectFile(root: string, relative: string, text: string): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** node_modules/<name> and node_modules/.bin/<bin> as symlinks into this repository's install. */
function linkPackage(root: string, name: string): void {
  const source = packageDir(name, repoRoot);
  const target = path.join(root, 'node_modules', name);
  mkdirSync(path.dirname(target), { recursive: true });
  symlinkSync(source, target, 'dir');
  const { bin } = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const bins = typeof bin === 'string' ? { [name.split('/').pop() ?? name]: bin } : (bin ?? {});
  const binDir = path.join(root, 'node_modules', '.bin');
  mkdirSync(binDir, { recursive: true });
  for (const [binName, relative] of Object.entries(bins)) symlinkSync(path.join(source, relative), path.join(binDir, binName));
}

/** The parts of a rule's meta the suites compare output against. */
export interface PackedRuleMeta {
  readonly docs: {
    readonly url: string;
    readonly description: string;
    readonly cwe: readonly string[];
    readonly securitySeverity: string;
  };
}

export interface PackedPlugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: Readonly<Record<string, { readonly meta: PackedRuleMeta }>>;
}

/** The plugin installed in a fixture project, imported the way its eslint.config.js imports it. */
export async function importPackedPlugin(root: string): Promise<PackedPlugin> {
  const entry = createRequire(path.join(root, 'package.json')).resolve(PLUGIN_NAME);
  if (!entry.startsWith(path.join(root, 'node_modules', PLUGIN_NAME))) throw new Error(`${PLUGIN_NAME} resolved outside ${root}: ${entry}`);
  const module = (await import(pathToFileURL(entry).href)) as { default: PackedPlugin };
  return module.default;
}
