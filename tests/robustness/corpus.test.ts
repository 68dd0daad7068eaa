/**
 * Crash-free on real code: every rule in every config over a bounded, deterministic slice of this
 * project's own node_modules — the first files of every package in sorted order, deduplicated by
 * content, none over 1 MB — with no rule exception and no file past the timeout. The whole of
 * node_modules, and typed projects, are `npm run corpus`'s job (scripts/corpus.ts).
 */
import assert from 'node:assert/strict';
import path from 'node:path';

import type { CollectResult, CorpusSummary } from '../../scripts/corpus.js';
import { collectFiles, formatSummary, lintCorpus } from '../../scripts/corpus.js';

const NODE_MODULES = path.resolve(import.meta.dirname, '../../node_modules');
/** Files taken from each package (its first ones in sorted path order). */
const FILES_PER_PACKAGE = 50;
/** At least this many files, or the slice says little. */
const MINIMUM_FILES = 2000;

/** The package a file of node_modules belongs to: `@scope/name` or `name` (the outermost). */
function packageOf(file: string): string {
  const [first = '', second = ''] = path.relative(NODE_MODULES, file).split(path.sep);
  return first.startsWith('@') ? `${first}/${second}` : first;
}

/** The first FILES_PER_PACKAGE files of every package. */
function nodeModulesSlice(): CollectResult {
  const all = collectFiles(NODE_MODULES);
  const taken = new Map<string, number>();
  const files = all.files.filter((file) => {
    const name = packageOf(file.path);
    const count = taken.get(name) ?? 0;
    taken.set(name, count + 1);
    return count < FILES_PER_PACKAGE;
  });
  return { ...all, files };
}

describe('robustness: the corpus of node_modules', function () {
  // Measured at about 1 minute on 2 cores; the timeout leaves room for a loaded CI machine.
  this.timeout(10 * 60 * 1000);

  let slice: CollectResult;
  let summary: CorpusSummary;

  before(async () => {
    slice = nodeModulesSlice();
    summary = await lintCorpus(NODE_MODULES, slice, { untyped: true, jobs: 2, timeoutSeconds: 120 });
  });

  it('lints thousands of real files from many packages', () => {
    assert.ok(slice.files.length >= MINIMUM_FILES, `only ${String(slice.files.length)} files`);
    assert.ok(new Set(slice.files.map((file) => packageOf(file.path))).size >= 100);
    assert.equal(summary.files.linted, slice.files.length);
    const extensions = new Set(slice.files.map((file) => /\.d\.[cm]?ts$/u.exec(file.path)?.[0] ?? path.extname(file.path)));
    for (const extension of ['.js', '.mjs', '.d.ts', '.ts']) assert.ok(extensions.has(extension), `no ${extension} file`);
  });

  it('runs every rule of every config without an exception', () => {
    assert.deepEqual(
      summary.exceptions.map((exception) => `${exception.file} [${String(exception.config)}/${String(exception.rule)}]\n${exception.stack}`),
      [],
      formatSummary(summary),
    );
  });

  it('finishes every file within the timeout', () => {
    assert.deepEqual(summary.timeouts, [], formatSummary(summary));
  });

  it('meets ESLint parse errors only where the parser failed, not the plugin', () => {
    for (const error of summary.parseErrors) assert.match(error.message, /^Parsing error: /u, formatSummary(summary));
  });
});
