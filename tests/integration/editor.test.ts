/**
 * Editor: the ESLint language server (vscode-langservers-extracted) on a project that installed
 * the packed plugin with typed linting. Diagnostics are pulled (`textDocument/diagnostic`): this
 * server never pushes them.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'mocha';

import type { EslintServer } from './eslint-language-server.js';
import type { Diagnostic } from './lsp-client.js';
import type { PackedPlugin } from './packed-plugin.js';
import type { PlacedFinding } from './rule-expectations.js';
import { eslintServerSettings, startEslintServer } from './eslint-language-server.js';
import { typedProjectFiles } from './fixture-files.js';
import { DiagnosticSeverity } from './lsp-client.js';
import { createFixtureProject, importPackedPlugin } from './packed-plugin.js';
import { composeCleanDriver, composeDriver, EXPECTATIONS, FIXTURE_TYPES, ruleName } from './rule-expectations.js';

const DRIVER = 'src/driver.ts';

describe('editor: vscode-eslint-language-server with the packed plugin', function () {
  this.timeout(120_000);

  let root: string;
  let plugin: PackedPlugin;
  let server: EslintServer;
  let driverUri: string;

  before(async function () {
    root = await createFixtureProject({ name: 'editor', files: typedProjectFiles() });
    plugin = await importPackedPlugin(root);
    server = await startEslintServer(root);
    driverUri = server.uri(DRIVER);
    server.client.openDocument(driverUri, 'typescript', readFileSync(path.join(root, DRIVER), 'utf8'));
  });

  after(async function () {
    await server.client.shutdown();
  });

  /** What a diagnostic of each placed finding must be, in the server's terms. */
  function expectedDiagnostics(findings: readonly PlacedFinding[]): object[] {
    return findings.map(({ expectation, line, column, endLine, endColumn }) => ({
      code: expectation.ruleId,
      source: 'eslint',
      severity: DiagnosticSeverity.Error,
      href: plugin.rules[ruleName(expectation.ruleId)]?.meta.docs.url,
      range: { start: { line: line - 1, character: column - 1 }, end: { line: endLine - 1, character: endColumn - 1 } },
    }));
  }

  function actualDiagnostics(items: readonly Diagnostic[]): object[] {
    return [...items]
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map(({ code, source, severity, codeDescription, range }) => ({ code, source, severity, href: codeDescription?.href, range }));
  }

  it('reports every expected finding with its range, severity, source, rule id and docs link', async function () {
    const { findings } = composeDriver();
    const items = await server.client.pullDiagnosticsUntil(driverUri, (found) => found.length >= findings.length);
    assert.deepEqual(actualDiagnostics(items), expectedDiagnostics(findings), server.client.transcript.join('\n'));
    for (const { expectation } of findings) {
      assert.ok(
        items.some((item) => item.code === expectation.ruleId && item.message.includes(expectation.message)),
        `no ${expectation.ruleId} diagnostic says "${expectation.message}"; got:\n${items.map((item) => item.message).join('\n')}`,
      );
      assert.match(plugin.rules[ruleName(expectation.ruleId)]?.meta.docs.url ?? '', /^https:\/\/.+\/docs\/rules\/[a-z-]+\.md$/);
    }
  });

  for (const expectation of EXPECTATIONS) {
    it(`drops the ${expectation.ruleId} finding "${expectation.message}" once the unsaved buffer is fixed`, async function () {
      const { text, findings } = composeDriver(new Set([expectation]));
      server.client.changeDocument(driverUri, text);
      const items = await server.client.pullDiagnostics(driverUri);
      assert.deepEqual(actualDiagnostics(items), expectedDiagnostics(findings));
    });
  }

  it('reports nothing for the fully fixed buffer, and everything again when the finding comes back', async function () {
    server.client.changeDocument(driverUri, composeCleanDriver());
    assert.deepEqual(await server.client.pullDiagnostics(driverUri), []);

    const { text, findings } = composeDriver();
    server.client.changeDocument(driverUri, text);
    assert.deepEqual(actualDiagnostics(await server.client.pullDiagnostics(driverUri)), expectedDiagnostics(findings));
  });

  it('cannot type-check a buffer that was never saved (docs/editors.md says to save it first)', async function () {
    const uri = server.uri('src/never-saved.ts');
    server.client.openDocument(uri, 'typescript', composeDriver().text);
    const items = await server.client.pullDiagnostics(uri);
    server.client.closeDocument(uri);
    assert.equal(items.length, 1, items.map((item) => item.message).join('\n'));
    assert.match(items[0]?.message ?? '', /Parsing error: .*was not found by the project service/);
  });
});

describe('editor: the setting that breaks the server on ESLint 10', function () {
  this.timeout(120_000);

  it('`experimental.useFlatConfig: true` loads no ESLint class, so nothing is reported', async function () {
    const root = await createFixtureProject({ name: 'editor-flat', files: typedProjectFiles() });
    const settings = { ...eslintServerSettings(root), experimental: { useFlatConfig: true } };
    const server = await startEslintServer(root, settings);
    try {
      const uri = server.uri(DRIVER);
      server.client.openDocument(uri, 'typescript', readFileSync(path.join(root, DRIVER), 'utf8'));
      const failure = /doesn't export a FlatESLint class/;
      const items = await server.client.pullDiagnosticsUntil(uri, () => server.client.transcript.some((line) => failure.test(line)), {
        timeoutMs: 20_000,
      });
      assert.deepEqual(items, []);
      assert.ok(server.client.transcript.some((line) => failure.test(line)), server.client.transcript.join('\n'));
    } finally {
      await server.client.shutdown();
    }
  });
});

describe('editor: types changed in another file', function () {
  this.timeout(120_000);

  it('stay stale in an open file until the changed file is linted too (docs/editors.md: restart the server)', async function () {
    const typesWithoutPassword = FIXTURE_TYPES.replace('  ipmiPassword: string;\n', '');
    assert.notEqual(typesWithoutPassword, FIXTURE_TYPES);
    const root = await createFixtureProject({ name: 'editor-types', files: { ...typedProjectFiles(), 'src/types.ts': typesWithoutPassword } });
    const server = await startEslintServer(root);
    try {
      const driverUri = server.uri(DRIVER);
      const typesUri = server.uri('src/types.ts');
      const typedFindings = (items: readonly Diagnostic[]): number => items.filter((item) => item.message.includes('ipmiPassword')).length;
      server.client.openDocument(driverUri, 'typescript', readFileSync(path.join(root, DRIVER), 'utf8'));
      const before = await server.client.pullDiagnosticsUntil(driverUri, (items) => items.length > 0);
      assert.equal(typedFindings(before), 0);

      // Saved by another program (git checkout, another editor): the server is told, as editors tell it.
      writeFileSync(path.join(root, 'src/types.ts'), FIXTURE_TYPES);
      server.client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: typesUri, type: 2 }] });
      assert.equal(typedFindings(await server.client.pullDiagnostics(driverUri)), 0, 'the server saw the new type without a restart');

      server.client.openDocument(typesUri, 'typescript', FIXTURE_TYPES);
      await server.client.pullDiagnostics(typesUri);
      assert.equal(typedFindings(await server.client.pullDiagnostics(driverUri)), 1);
    } finally {
      await server.client.shutdown();
    }
  });
});
