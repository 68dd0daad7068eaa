/**
 * Records the plugin's current findings on the example driver, for every config, as the
 * expectation (examples/ironic-driver/expected-findings.json). Run it after a deliberate change,
 * review the diff, and explain each finding in docs/ironic-driver.md.
 */
import { writeFileSync } from 'node:fs';

import { expectationFile } from './driver-findings.js';
import { lintDriverWithSource } from './lint-driver.js';

const configs = ['recommended', 'recommended-type-checked', 'strict-type-checked'] as const;
const recorded: Record<string, unknown> = {};
for (const config of configs) recorded[config] = await lintDriverWithSource(config);
writeFileSync(expectationFile, `${JSON.stringify(recorded, null, 2)}\n`);
console.log(`Recorded ${expectationFile}`);
