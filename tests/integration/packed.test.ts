/**
 * The packed plugin as a user installs it: in a project of its own next to eslint,
 * typescript-eslint and typescript, run through the ESLint CLI with each config, loaded with
 * `require()`, and typechecked in a user's `eslint.config.ts`.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';

import { CONFIG_NAMES } from '../../lib/configs.js';
import { PACKAGE_JSON, TSCONFIG_JSON } from './fixture-files.js';
import { createFixtureProject, PLUGIN_NAME } from './packed-plugin.js';
import { composeDriver, EXPECTATIONS, FIXTURE_TYPES } from './rule-expectations.js';
import { packageDir, runCommand } from './run-command.js';

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly message: string; readonly line: number }[];
}

function eslintConfig(config: string): string {
  const typed = config !== 'recommended';
  return `import ironclad from 'eslint-plugin-ironclad';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig({
  files: ['**/*.ts'],
  extends: [ironclad.configs['${config}']],
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: ${typed ? '{ projectService: true, tsconfigRootDir: import.meta.dirname }' : '{}'},
  },
});
`;
}

function eslintBin(root: string): string {
  const eslintDir = packageDir('eslint', root);
  return path.join(eslintDir, 'bin', 'eslint.js');
}

describe('the packed plugin in a project of its own', function () {
  this.timeout(180_000);

  for (const config of CONFIG_NAMES) {
    it(`reports every rule's finding through the ESLint CLI with ${config}`, async () => {
      const root = await createFixtureProject({
        name: `packed-${config}`,
        files: {
          'package.json': PACKAGE_JSON,
          'tsconfig.json': TSCONFIG_JSON,
          'eslint.config.js': eslintConfig(config),
          'src/types.ts': FIXTURE_TYPES,
          'src/driver.ts': composeDriver().text,
        },
      });
      const result = await runCommand(process.execPath, [eslintBin(root), '--format', 'json', 'src/driver.ts'], { cwd: root });
      assert.equal(result.code, 1, result.output);
      const [file] = JSON.parse(result.stdout) as JsonResult[];
      assert.ok(file);
      assert.deepEqual(file.messages.filter((message) => message.ruleId === null), [], 'no fatal errors');
      const reported = new Set(file.messages.map((message) => message.ruleId));
      for (const ruleId of new Set(EXPECTATIONS.map((expectation) => expectation.ruleId))) assert.ok(reported.has(ruleId), `${config}: ${ruleId}`);
      // The finding only a TypeScript program can see: present exactly when the config is typed.
      const typedOnly = file.messages.some((message) => message.message.includes('(its type carries `ipmiPassword`)'));
      assert.equal(typedOnly, config !== 'recommended', `${config}: the type-aware finding`);
    });
  }

  it('fails with a clear message when a -type-checked config meets a file without type information', async () => {
    const root = await createFixtureProject({
      name: 'packed-untyped',
      files: {
        'package.json': PACKAGE_JSON,
        'eslint.config.js': eslintConfig('recommended-type-checked').replace('{ projectService: true, tsconfigRootDir: import.meta.dirname }', '{}'),
        'src/driver.ts': 'export const x = 1;\n',
      },
    });
    const result = await runCommand(process.execPath, [eslintBin(root), 'src/driver.ts'], { cwd: root });
    assert.equal(result.code, 2, result.output);
    assert.match(result.output, /requireTypeInformation/u);
    assert.match(result.output, /projectService/u);
  });

  it('loads with require() on this Node.js', async () => {
    const root = await createFixtureProject({ name: 'packed-require', files: { 'package.json': PACKAGE_JSON } });
    const script = `const plugin = require('${PLUGIN_NAME}'); console.log(JSON.stringify({ meta: plugin.meta, rules: Object.keys(plugin.rules), configs: Object.keys(plugin.configs) }));`;
    const result = await runCommand(process.execPath, ['-e', script], { cwd: root });
    assert.equal(result.code, 0, result.output);
    const loaded = JSON.parse(result.stdout) as { meta: { name: string; namespace: string }; rules: string[]; configs: string[] };
    assert.equal(loaded.meta.name, PLUGIN_NAME);
    assert.equal(loaded.meta.namespace, 'ironclad');
    assert.deepEqual(loaded.configs, [...CONFIG_NAMES]);
    assert.ok(loaded.rules.length >= 3);
  });

  it("typechecks a user's eslint.config.ts with defineConfig, the configs and typed rule options", async () => {
    const root = await createFixtureProject({
      name: 'packed-config-ts',
      dependencies: ['@types/node'],
      files: {
        'package.json': PACKAGE_JSON,
        'tsconfig.json': `${JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: ['node'] }, include: ['eslint.config.ts'] })}\n`,
        'eslint.config.ts': `import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import ironclad, { type NoSecretsInLogsOptions, type RequirePreconditionOptions } from 'eslint-plugin-ironclad';

const secrets: NoSecretsInLogsOptions[0] = { sanitizers: ['maskSecrets'], crossFunction: 'same-file' };
const preconditions: RequirePreconditionOptions[0] = { callbacks: 'inherit', trustCallers: true };

export default defineConfig(
  { extends: [ironclad.configs.recommended] },
  {
    files: ['**/*.ts'],
    extends: [ironclad.configs['strict-type-checked']],
    plugins: { ironclad },
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'ironclad/no-secrets-in-logs': ['error', secrets],
      'ironclad/require-precondition': ['error', preconditions],
    },
  },
);
`,
      },
    });
    const tsc = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('typescript/package.json')), 'bin', 'tsc');
    const result = await runCommand(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: root });
    assert.equal(result.code, 0, result.output);
  });
});
