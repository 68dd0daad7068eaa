/**
 * The plugin on the example driver finds exactly the recorded findings — nothing missing,
 * nothing extra — with `recommended` (no type information), `recommended-type-checked` and
 * `strict-type-checked`. docs/ironic-driver.md explains each one; after a deliberate change,
 * re-record with `node --import tsx scripts/record-driver-findings.ts` and update the doc.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { DriverConfig } from '../../scripts/driver-findings.js';
import { difference, readExpectations, repoRoot } from '../../scripts/driver-findings.js';
import { lintDriverWithSource } from '../../scripts/lint-driver.js';

const configs: readonly DriverConfig[] = ['recommended', 'recommended-type-checked', 'strict-type-checked'];

describe('the example driver', function () {
  this.timeout(120_000);
  const expectations = readExpectations();

  for (const config of configs) {
    it(`has exactly the recorded findings with ${config}`, async () => {
      const actual = await lintDriverWithSource(config);
      const { missing, extra } = difference(expectations[config], actual);
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${config}: the findings changed`);
    });
  }

  it('explains every recorded finding in docs/ironic-driver.md', () => {
    const doc = readFileSync(path.join(repoRoot, 'docs', 'ironic-driver.md'), 'utf8');
    for (const config of configs) {
      for (const finding of expectations[config]) {
        const anchor = `${finding.file}:${String(finding.line)}`;
        assert.ok(doc.includes(anchor), `docs/ironic-driver.md does not mention ${anchor} (${finding.ruleId}, ${config})`);
      }
    }
  });
});
