/**
 * CI: the ESLint CLI on a project that installed the packed plugin. Exit codes, the stylish output
 * GitHub's eslint-stylish problem matcher turns into annotations, and SARIF for code scanning
 * with the security metadata ironclad-sarif (dist/bin) adds.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, describe, it } from 'mocha';

import type { CommandResult } from './run-command.js';
import type { PackedPlugin } from './packed-plugin.js';
import { ESLINT_CONFIG, typedProjectFiles } from './fixture-files.js';
import { createFixtureProject, importPackedPlugin } from './packed-plugin.js';
import { composeCleanDriver, composeDriver, EXPECTATIONS, ruleName } from './rule-expectations.js';
import { binOf, runCommand } from './run-command.js';

/** A flat config that gives the rule an option it does not have. */
const BAD_OPTION_CONFIG = `import ironclad from 'eslint-plugin-ironclad';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.ts'],
    plugins: { ironclad },
    languageOptions: { parser: tseslint.parser },
    rules: { 'ironclad/no-secrets-in-logs': ['error', { requireTypeInfo: true }] },
  },
];
`;

/** The typed config without the project service: the -type-checked configs must refuse it. */
const UNTYPED_CONFIG = ESLINT_CONFIG.replace(
  "parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },",
  'parserOptions: {},',
);

const SARIF_FORMATTER = '@microsoft/eslint-formatter-sarif';
/** The packed plugin's `ironclad-sarif` command, as installed in a fixture project. */
function sarifCommand(root: string): string {
  return path.join(root, 'node_modules', 'eslint-plugin-ironclad', 'dist', 'bin', 'ironclad-sarif.js');
}

/**
 * GitHub's `eslint-stylish` problem matcher (registered by actions/setup-node): a line naming the
 * file, then, looping, one line per problem: `line:column  severity  message  rule-id`.
 */
const MATCHER_FILE = /^\s*([^\s].*)$/;
const MATCHER_PROBLEM = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/;

interface Annotation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: string;
  readonly message: string;
  readonly code: string;
}

/** The annotations the matcher makes of a log: its two patterns applied as the runner applies them. */
function annotationsOf(log: string): Annotation[] {
  const annotations: Annotation[] = [];
  let file: string | undefined;
  for (const line of log.split(/\r?\n/)) {
    const problem = file === undefined ? null : MATCHER_PROBLEM.exec(line);
    if (file !== undefined && problem) {
      const [, lineNumber = '', column = '', severity = '', message = '', code = ''] = problem;
      annotations.push({ file, line: Number(lineNumber), column: Number(column), severity, message: message.trim(), code });
      continue;
    }
    file = MATCHER_FILE.exec(line)?.[1];
  }
  return annotations;
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifLog {
  runs: {
    tool: {
      driver: {
        name: string;
        rules: {
          id: string;
          helpUri?: string;
          shortDescription?: { text: string };
          properties?: { tags?: string[]; 'security-severity'?: string };
        }[];
      };
    };
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
    }[];
  }[];
}

describe('ci: the ESLint CLI with the packed plugin', function () {
  this.timeout(120_000);

  let root: string;
  let plugin: PackedPlugin;
  let eslintBin: string;

  before(async function () {
    root = await createFixtureProject({
      name: 'ci',
      files: {
        ...typedProjectFiles(),
        'src/clean.ts': composeCleanDriver(),
        'bad-option.config.js': BAD_OPTION_CONFIG,
        'untyped.config.js': UNTYPED_CONFIG,
      },
      dependencies: [SARIF_FORMATTER],
    });
    plugin = await importPackedPlugin(root);
    eslintBin = binOf('eslint', 'eslint', root);
  });

  function eslint(...args: string[]): Promise<CommandResult> {
    return runCommand(process.execPath, [eslintBin, ...args], { cwd: root });
  }

  it('covers every rule of the packed plugin in the expectations table', function () {
    const covered = new Set(EXPECTATIONS.map((expectation) => ruleName(expectation.ruleId)));
    assert.deepEqual(Object.keys(plugin.rules).filter((name) => !covered.has(name)), []);
  });

  it('exits 0 on clean files', async function () {
    const result = await eslint('--max-warnings', '0', 'src/clean.ts', 'src/types.ts');
    assert.equal(result.code, 0, result.output);
    assert.equal(result.output, '');
  });

  it("exits 1 on findings, printed with --no-color as GitHub's eslint-stylish problem matcher reads them", async function () {
    const result = await eslint('--no-color', 'src/driver.ts');
    assert.equal(result.code, 1, result.output);
    const driver = path.join(root, 'src', 'driver.ts');
    const annotations = annotationsOf(result.stdout);
    const { findings } = composeDriver();
    assert.deepEqual(
      annotations.map(({ file, line, column, severity, code }) => ({ file, line, column, severity, code })),
      findings.map(({ expectation, line, column }) => ({ file: driver, line, column, severity: 'error', code: expectation.ruleId })),
      result.stdout,
    );
    for (const [index, { expectation }] of findings.entries()) {
      assert.ok(annotations[index]?.message.includes(expectation.message), `annotation ${String(index)} does not say "${expectation.message}"`);
    }
  });

  it('exits 2 on an invalid rule option, naming the option', async function () {
    const result = await eslint('-c', 'bad-option.config.js', 'src/clean.ts');
    assert.equal(result.code, 2, result.output);
    assert.match(result.stderr, /Key "ironclad\/no-secrets-in-logs":/);
    assert.match(result.stderr, /Unexpected property "requireTypeInfo"/);
  });

  it('exits 2 with the requireTypeInformation error when a -type-checked config has no type information', async function () {
    const result = await eslint('-c', 'untyped.config.js', 'src/clean.ts');
    assert.equal(result.code, 2, result.output);
    assert.match(result.stderr, /the option `requireTypeInformation` is on \(the -type-checked configs turn it on\)/);
    assert.match(result.stderr, /src\/clean\.ts" was linted without type information/);
    assert.match(result.stderr, /projectService: true/);
  });

  describe('SARIF', function () {
    let sarif: SarifLog;

    before(async function () {
      const result = await eslint('-f', SARIF_FORMATTER, '-o', 'eslint.sarif', 'src');
      assert.equal(result.code, 1, result.output);
      const secured = await runCommand(process.execPath, [sarifCommand(root), 'eslint.sarif'], { cwd: root });
      assert.equal(secured.code, 0, secured.output);
      sarif = JSON.parse(readFileSync(path.join(root, 'eslint.sarif'), 'utf8')) as SarifLog;
    });

    it('has one result per finding, with its rule id, level, message and region', function () {
      const run = sarif.runs[0];
      assert.ok(run);
      assert.equal(run.tool.driver.name, 'ESLint');
      const results = run.results.map(({ ruleId, level, locations }) => ({
        ruleId,
        level,
        file: path.relative(root, fileURLToPath(locations[0]?.physicalLocation.artifactLocation.uri ?? '')),
        region: locations[0]?.physicalLocation.region,
      }));
      const { findings } = composeDriver();
      assert.deepEqual(
        results,
        findings.map(({ expectation, line, column, endLine, endColumn }) => ({
          ruleId: expectation.ruleId,
          level: 'error',
          file: path.join('src', 'driver.ts'),
          region: { startLine: line, startColumn: column, endLine, endColumn },
        })),
      );
      for (const [index, { expectation }] of findings.entries()) {
        const text = run.results[index]?.message.text ?? '';
        assert.ok(text.includes(expectation.message), `"${text}" does not say "${expectation.message}"`);
      }
    });

    it('describes each rule with its docs link, description, security tags and security-severity', function () {
      const rules = sarif.runs[0]?.tool.driver.rules ?? [];
      const expectedIds = [...new Set(EXPECTATIONS.map((expectation) => expectation.ruleId))].sort();
      assert.deepEqual(rules.map((rule) => rule.id).sort(), expectedIds);
      for (const rule of rules) {
        const docs = plugin.rules[ruleName(rule.id)]?.meta.docs;
        assert.ok(docs, `no rule ${rule.id} in the packed plugin`);
        assert.ok(docs.cwe.length > 0, `${rule.id} names no CWE`);
        assert.deepEqual(
          {
            helpUri: rule.helpUri,
            description: rule.shortDescription?.text,
            tags: rule.properties?.tags,
            securitySeverity: rule.properties?.['security-severity'],
          },
          {
            helpUri: docs.url,
            description: docs.description,
            tags: ['security', ...docs.cwe.map((cwe) => `external/cwe/${cwe.toLowerCase()}`)],
            securitySeverity: docs.securitySeverity,
          },
        );
        assert.match(docs.securitySeverity, /^(10\.0|\d\.\d)$/);
      }
    });

    it('ironclad-sarif refuses a log whose helpUri is not the rule’s meta.docs.url', async function () {
      const tampered = structuredClone(sarif);
      for (const rule of tampered.runs[0]?.tool.driver.rules ?? []) rule.helpUri = 'https://example.invalid/docs';
      writeFileSync(path.join(root, 'tampered.sarif'), JSON.stringify(tampered));
      const result = await runCommand(process.execPath, [sarifCommand(root), 'tampered.sarif'], { cwd: root });
      assert.equal(result.code, 1, result.output);
      assert.match(result.stderr, /ironclad\/no-secrets-in-logs: helpUri is "https:\/\/example\.invalid\/docs", but meta\.docs\.url is "https:\/\//);
    });
  });
});
