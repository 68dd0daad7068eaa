/**
 * Pre-commit: a git repository set up with husky and lint-staged as docs/pre-commit.md tells users,
 * the packed plugin installed. A commit that stages a finding is refused; the fixed one goes in.
 * (The pre-commit framework's hook, .pre-commit-hooks.yaml, is tested by
 * scripts/test-pre-commit-framework.sh, which .ci/run runs.)
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'mocha';

import type { CommandResult } from './run-command.js';
import { PACKAGE_JSON, typedProjectFiles } from './fixture-files.js';
import { createFixtureProject } from './packed-plugin.js';
import { composeCleanDriver, composeDriver, EXPECTATIONS } from './rule-expectations.js';
import { runChecked, runCommand } from './run-command.js';

const LINT_STAGED_CONFIG = { '*.{ts,tsx,mts,cts}': 'eslint --max-warnings 0 --no-warn-ignored' };

/** The environment of a commit made by hand: no GIT_* leaking from a hook that runs these tests, hooks on. */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_') && key !== 'HUSKY') env[key] = value;
  }
  return {
    ...env,
    GIT_AUTHOR_NAME: 'Ironclad Tests',
    GIT_AUTHOR_EMAIL: 'tests@ironclad.invalid',
    GIT_COMMITTER_NAME: 'Ironclad Tests',
    GIT_COMMITTER_EMAIL: 'tests@ironclad.invalid',
  };
}

describe('pre-commit: husky and lint-staged with the packed plugin', function () {
  this.timeout(120_000);

  let root: string;
  const env = gitEnvironment();

  function git(...args: string[]): Promise<CommandResult> {
    return runCommand('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: root, env });
  }

  async function head(): Promise<string> {
    return (await runChecked('git', ['rev-parse', 'HEAD'], { cwd: root, env })).trim();
  }

  before(async function () {
    const { 'src/driver.ts': driver, ...files } = typedProjectFiles();
    assert.ok(driver);
    const manifest = { ...(JSON.parse(PACKAGE_JSON) as object), 'lint-staged': LINT_STAGED_CONFIG };
    root = await createFixtureProject({
      name: 'precommit',
      files: { ...files, 'package.json': `${JSON.stringify(manifest, null, 2)}\n`, '.gitignore': 'node_modules/\n' },
      dependencies: ['husky', 'lint-staged'],
    });
    await runChecked('git', ['init', '--quiet', '--initial-branch=main'], { cwd: root, env });
    // As docs/pre-commit.md says: `npx husky init`, then the hook runs lint-staged.
    await runChecked('npx', ['--no-install', 'husky', 'init'], { cwd: root, env });
    writeFileSync(path.join(root, '.husky', 'pre-commit'), 'npx lint-staged\n');
    const first = await git('add', '--all');
    assert.equal(first.code, 0, first.output);
    const initial = await git('commit', '--quiet', '-m', 'Set up the project');
    assert.equal(initial.code, 0, initial.output);
  });

  it('installs the hook with husky', async function () {
    assert.equal((await runChecked('git', ['config', 'core.hooksPath'], { cwd: root, env })).trim(), '.husky/_');
    assert.equal(readFileSync(path.join(root, '.husky', 'pre-commit'), 'utf8'), 'npx lint-staged\n');
  });

  it('refuses a commit that stages a finding, names the rule, and leaves HEAD and the index as they were', async function () {
    const before = await head();
    writeFileSync(path.join(root, 'src', 'driver.ts'), composeDriver().text);
    assert.equal((await git('add', 'src/driver.ts')).code, 0);

    const commit = await git('commit', '-m', 'Log the password');
    assert.equal(commit.code, 1, commit.output);
    for (const { ruleId } of EXPECTATIONS) assert.ok(commit.output.includes(ruleId), `${ruleId} not in:\n${commit.output}`);
    assert.match(commit.output, /husky - pre-commit script failed \(code 1\)/);
    assert.equal(await head(), before);
    assert.equal((await runChecked('git', ['diff', '--cached', '--name-only'], { cwd: root, env })).trim(), 'src/driver.ts');
  });

  it('commits the fixed file, linting what is staged rather than the working tree', async function () {
    const before = await head();
    const driver = path.join(root, 'src', 'driver.ts');
    writeFileSync(driver, composeCleanDriver());
    assert.equal((await git('add', 'src/driver.ts')).code, 0);
    // An unstaged finding in the same file is not part of the commit, so it must not block it.
    writeFileSync(driver, composeDriver().text);

    const commit = await git('commit', '-m', 'Connect without logging the password');
    assert.equal(commit.code, 0, commit.output);
    assert.notEqual(await head(), before);
    assert.equal(await runChecked('git', ['show', 'HEAD:src/driver.ts'], { cwd: root, env }), composeCleanDriver());
    assert.equal(readFileSync(driver, 'utf8'), composeDriver().text, 'lint-staged must restore the unstaged change');
  });
});
