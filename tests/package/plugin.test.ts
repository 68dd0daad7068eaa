/**
 * The package test: rules, rules/index.ts, the plugin object, configs, docs and tests agree,
 * and the published package contains what it should.
 */
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import plugin from '../../index.js';
import { CONFIG_NAMES } from '../../lib/configs.js';
import { rules } from '../../rules/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] };
const ruleFiles = readdirSync(path.join(root, 'rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -3))
  .sort();
const ruleEntries = Object.entries(rules);

interface RuleMeta {
  docs: { description: string; url: string; recommended: boolean; requiresTypeChecking: boolean; cwe: string[]; securitySeverity: string; typeCheckedOptions: Record<string, unknown>; strictOptions: Record<string, unknown> };
  messages: Record<string, string>;
  schema: JSONSchema4[];
  defaultOptions?: unknown[];
}

function metaOf(name: string): RuleMeta {
  const rule = (rules as Record<string, { meta: unknown }>)[name];
  assert.ok(rule, `no rule ${name}`);
  return rule.meta as RuleMeta;
}

describe('the package', () => {
  it('has a rules/index.ts entry for every rule file, sorted, and nothing else', () => {
    const names = ruleEntries.map(([name]) => name);
    assert.deepEqual(names, ruleFiles);
    assert.deepEqual(names, [...names].sort());
  });

  it('exposes every rule on the plugin under the same name, guarded (lib/guard.ts)', () => {
    assert.deepEqual(Object.keys(plugin.rules).sort(), ruleFiles);
    for (const [name, rule] of ruleEntries) {
      const exposed = plugin.rules[name as keyof typeof plugin.rules];
      assert.deepEqual({ ...exposed.meta, messages: undefined }, { ...rule.meta, messages: undefined });
      assert.deepEqual(exposed.meta?.messages, { ...rule.meta.messages, internalError: exposed.meta?.messages?.internalError });
    }
  });

  it("names each rule after its file, starting with no-, require- or prefer-", () => {
    for (const [name, rule] of ruleEntries) {
      assert.equal((rule as { name?: string }).name, name);
      assert.match(name, /^(no|require|prefer)-[a-z-]+$/u);
    }
  });

  it('has a doc and a test file for every rule', () => {
    for (const name of ruleFiles) {
      assert.ok(existsSync(path.join(root, 'docs', 'rules', `${name}.md`)), `docs/rules/${name}.md`);
      assert.ok(existsSync(path.join(root, 'tests', 'rules', `${name}.test.ts`)), `tests/rules/${name}.test.ts`);
    }
  });

  it('points each docs URL at the rule doc that exists in the repository', () => {
    for (const name of ruleFiles) {
      const url = metaOf(name).docs.url;
      assert.ok(url.endsWith(`/docs/rules/${name}.md`), url);
      assert.ok(existsSync(path.join(root, 'docs', 'rules', `${name}.md`)));
    }
  });

  it('describes each rule with Disallow, Require or Enforce and no final period', () => {
    for (const name of ruleFiles) assert.match(metaOf(name).docs.description, /^(Disallow|Require|Enforce) .+[^. ]$/u);
  });

  it('ends every message with a period and uses camelCase message ids', () => {
    for (const name of ruleFiles) {
      for (const [id, message] of Object.entries(metaOf(name).messages)) {
        assert.match(id, /^[a-z][A-Za-z]*$/u, `${name}: ${id}`);
        assert.match(message, /\.$/u, `${name}: ${id}`);
      }
    }
  });

  it('works without type information: no rule requires it, and none calls getParserServices without allowing its absence', () => {
    const sources = [...readdirSync(path.join(root, 'rules')).map((file) => path.join(root, 'rules', file)), ...listFiles(path.join(root, 'lib'))];
    for (const file of sources.filter((item) => item.endsWith('.ts'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/getParserServices\(([^)]*)\)/gu)) {
        assert.match(match[1] ?? '', /,\s*true/u, `${path.relative(root, file)} calls getParserServices without allowWithoutFullTypeInformation`);
      }
    }
    for (const name of ruleFiles) assert.equal(metaOf(name).docs.requiresTypeChecking, false, name);
  });

  it('gives each rule the security metadata code scanning reads', () => {
    for (const name of ruleFiles) {
      const docs = metaOf(name).docs;
      assert.ok(docs.cwe.length > 0, name);
      for (const cwe of docs.cwe) assert.match(cwe, /^CWE-\d+$/u);
      const severity = Number(docs.securitySeverity);
      assert.ok(severity > 0 && severity <= 10, `${name}: ${docs.securitySeverity}`);
    }
  });

  it('has an option that demands type information in every rule, set by the -type-checked configs', () => {
    for (const name of ruleFiles) {
      const meta = metaOf(name);
      const properties = (meta.schema[0] as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      assert.ok('requireTypeInformation' in properties, name);
      assert.deepEqual(meta.docs.typeCheckedOptions, { requireTypeInformation: true }, name);
      for (const option of Object.keys(meta.docs.strictOptions)) assert.ok(option in properties, `${name}: strict option ${option}`);
    }
  });

  it('builds each config from the rules\' meta.docs', () => {
    for (const config of CONFIG_NAMES) {
      const expected: Record<string, unknown> = {};
      for (const name of ruleFiles) {
        const docs = metaOf(name).docs;
        if (!docs.recommended) continue;
        const options = {
          ...(config === 'recommended' ? {} : docs.typeCheckedOptions),
          ...(config === 'strict-type-checked' ? docs.strictOptions : {}),
        };
        expected[`ironclad/${name}`] = Object.keys(options).length === 0 ? 'error' : ['error', options];
      }
      assert.deepEqual(plugin.configs[config].rules, expected, config);
    }
  });

  it('names each config and points its plugins.ironclad at the plugin itself', () => {
    for (const config of CONFIG_NAMES) {
      assert.equal(plugin.configs[config].name, `ironclad/${config}`);
      assert.equal(plugin.configs[config].plugins?.ironclad, plugin);
    }
  });

  it("matches the plugin's meta to package.json", () => {
    assert.deepEqual(plugin.meta, { name: packageJson.name, version: packageJson.version, namespace: 'ironclad' });
  });

  it('documents every option with a heading, and has an Examples section', () => {
    for (const name of ruleFiles) {
      const doc = readFileSync(path.join(root, 'docs', 'rules', `${name}.md`), 'utf8');
      assert.match(doc, /^## Examples$/mu, `${name}: ## Examples`);
      const properties = (metaOf(name).schema[0] as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
      for (const option of Object.keys(properties)) {
        assert.match(doc, new RegExp(`^### \`?${option}\`?$`, 'mu'), `${name}: ### ${option}`);
      }
    }
  });

  it('describes every schema property', () => {
    const visit = (schema: unknown, where: string): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const node = schema as { properties?: Record<string, unknown>; additionalProperties?: unknown; type?: unknown };
      if (node.type === 'object' && node.properties) assert.equal(node.additionalProperties, false, `${where} allows unknown keys`);
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        assert.equal(typeof (value as { description?: unknown }).description, 'string', `${where}.${key} has no description`);
        visit(value, `${where}.${key}`);
      }
    };
    for (const name of ruleFiles) visit(metaOf(name).schema[0], name);
  });

  it('publishes dist/, docs and the README only (npm pack --dry-run)', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    const [packed] = JSON.parse(output) as { files: { path: string }[] }[];
    assert.ok(packed);
    const files = packed.files.map((file) => file.path);
    for (const file of files) {
      assert.match(file, /^(dist\/|docs\/|README\.md$|LICENSE$|package\.json$)/u, `unexpected file in the package: ${file}`);
      assert.doesNotMatch(file, /\.tsbuildinfo$|^dist\/tests\//u, file);
    }
    assert.ok(files.includes('dist/index.js') && files.includes('dist/index.d.ts'));
    for (const name of ruleFiles) assert.ok(files.includes(`docs/rules/${name}.md`), name);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}
