/**
 * The fixture project for checks outside mocha (scripts/test-pre-commit-framework.sh), from the
 * same table as the suites:
 *
 *   node --import tsx tests/integration/fixture-cli.ts create <empty dir>   the project, packed plugin installed
 *   node --import tsx tests/integration/fixture-cli.ts fix <dir>            src/driver.ts with every finding fixed
 *   node --import tsx tests/integration/fixture-cli.ts rule-ids             the rule ids the findings come from
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { typedProjectFiles } from './fixture-files.js';
import { createFixtureProject } from './packed-plugin.js';
import { composeCleanDriver, EXPECTATIONS } from './rule-expectations.js';

/** Files the framework's hook must skip: ignored by eslint.config.js, though they have a finding. */
const IGNORED_FILES = { 'generated/client.ts': "declare const LOG: { debug(message: string): void };\nexport function f(password: string): void {\n  LOG.debug(password);\n}\n" };

async function main(command: string | undefined, dir: string | undefined): Promise<void> {
  if (command === 'create' && dir !== undefined) {
    await createFixtureProject({ name: 'cli', root: path.resolve(dir), files: { ...typedProjectFiles(), ...IGNORED_FILES } });
  } else if (command === 'fix' && dir !== undefined) {
    writeFileSync(path.join(dir, 'src', 'driver.ts'), composeCleanDriver());
  } else if (command === 'rule-ids') {
    console.log([...new Set(EXPECTATIONS.map((expectation) => expectation.ruleId))].join('\n'));
  } else {
    throw new Error('Usage: fixture-cli.ts create <dir> | fix <dir> | rule-ids');
  }
}

await main(process.argv[2], process.argv[3]);
