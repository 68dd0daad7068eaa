/**
 * What the benchmark lints: the example driver, the generated corpora and projects given by path.
 * The files of a target are its tsconfig's files (declaration files left out), so a typed run
 * lints exactly what the project service can place in a program.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

import type { CorpusSize } from './generate-corpus.js';
import { countLines, ensureCorpus } from './generate-corpus.js';

export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '..');
export const EXAMPLE_DRIVER = path.join(REPOSITORY_ROOT, 'examples', 'ironic-driver');

export type TargetKind = 'example' | 'generated' | 'project';

export interface Target {
  readonly name: string;
  readonly kind: TargetKind;
  /** The directory ESLint runs in and typed runs take as tsconfigRootDir. */
  readonly dir: string;
  readonly files: readonly string[];
  readonly lines: number;
  /** Whether the directory has a tsconfig.json (typed runs need one). */
  readonly typeable: boolean;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', 'coverage', '.git']);

export function exampleDriverTarget(): Target {
  return targetOf('example driver', 'example', EXAMPLE_DRIVER);
}

export function generatedTarget(size: CorpusSize, seed: number): Target {
  const { dir } = ensureCorpus(size, seed);
  return targetOf(`generated ${size}`, 'generated', dir);
}

export function projectTarget(dir: string): Target {
  const absolute = path.resolve(dir);
  if (!existsSync(absolute) || !statSync(absolute).isDirectory()) throw new Error(`--project ${dir}: not a directory`);
  return targetOf(`project ${path.basename(absolute)}`, 'project', absolute);
}

function targetOf(name: string, kind: TargetKind, dir: string): Target {
  const tsconfig = path.join(dir, 'tsconfig.json');
  const typeable = existsSync(tsconfig);
  const files = (typeable ? tsconfigFiles(tsconfig) : walk(dir)).filter((file) => !/\.d\.[cm]?ts$/u.test(file));
  if (files.length === 0) throw new Error(`${name}: no TypeScript files in ${dir}`);
  const lines = files.reduce((sum, file) => sum + countLines(readFileSync(file, 'utf8')), 0);
  return { name, kind, dir, files, lines, typeable };
}

function tsconfigFiles(tsconfig: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    },
  });
  return (parsed?.fileNames ?? []).filter((file) => SOURCE_EXTENSIONS.some((extension) => file.endsWith(extension))).map((file) => path.resolve(file));
}

function walk(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) found.push(...walk(path.join(dir, entry.name)));
    } else if (SOURCE_EXTENSIONS.some((extension) => entry.name.endsWith(extension))) {
      found.push(path.join(dir, entry.name));
    }
  }
  return found.sort();
}
