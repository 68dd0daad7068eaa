/**
 * `npm run demo`: the plugin applied to the example driver exactly as its maintainers apply it
 * (examples/ironic-driver/eslint.config.js, recommended-type-checked), findings grouped by rule
 * with their docs links. Exits 0 when the findings are exactly the recorded expectation, and
 * non-zero, showing the difference, when they are not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

import { difference, driverRoot, findingsOf, formatByRule, readExpectations, repoRoot } from './driver-findings.js';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfNeeded(): void {
  const built = path.join(repoRoot, 'dist', 'index.js');
  const sources = Math.max(statSync(path.join(repoRoot, 'index.ts')).mtimeMs, newestSource(path.join(repoRoot, 'rules')), newestSource(path.join(repoRoot, 'lib')));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('Building the plugin (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

buildIfNeeded();
const eslint = new ESLint({ cwd: driverRoot });
const results = await eslint.lintFiles(['src/**/*.ts']);
const findings = findingsOf(results);
const rulesMeta = eslint.getRulesMetaForResults(results);
console.log(`eslint-plugin-ironclad on examples/ironic-driver (recommended-type-checked): ${String(findings.length)} findings\n`);
console.log(formatByRule(findings, (ruleId) => rulesMeta[ruleId]?.docs?.url));

const expected = readExpectations()['recommended-type-checked'];
const { missing, extra } = difference(expected, findings);
if (missing.length === 0 && extra.length === 0) {
  console.log('The findings are exactly the recorded expectation (examples/ironic-driver/expected-findings.json).');
  console.log('Each one is explained in docs/ironic-driver.md.');
} else {
  console.error('The findings differ from the recorded expectation (examples/ironic-driver/expected-findings.json):');
  for (const line of missing) console.error(`  missing: ${line}`);
  for (const line of extra) console.error(`  extra:   ${line}`);
  process.exitCode = 1;
}
