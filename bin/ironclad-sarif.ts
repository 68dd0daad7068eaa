#!/usr/bin/env node
/**
 * `ironclad-sarif`: adds what GitHub code scanning reads for security findings to a SARIF log
 * written by `@microsoft/eslint-formatter-sarif`. For each rule of the plugin it sets
 * `properties.tags` (`security`, `external/cwe/cwe-NNN` from meta.docs.cwe) and
 * `properties['security-severity']` (meta.docs.securitySeverity). It fails when a rule's helpUri
 * is not its meta.docs.url: the SARIF log and the installed plugin disagree.
 *
 *   ironclad-sarif <eslint.sarif> [--output <file>] [--plugin <package name or path>]
 *
 * The log is rewritten in place unless --output is given. The plugin is resolved from the current
 * directory, like eslint.config.js resolves it. Exit codes: 0 done, 1 the log and the plugin
 * disagree, 2 bad usage or unreadable input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = 'Usage: ironclad-sarif <eslint.sarif> [--output <file>] [--plugin <package name or path>]';

interface SecurityDocs {
  readonly url: string;
  readonly cwe: readonly string[];
  readonly securitySeverity: string;
}

interface PluginLike {
  readonly meta?: { readonly name?: string; readonly namespace?: string };
  readonly rules?: Readonly<Record<string, { readonly meta?: { readonly docs?: unknown } }>>;
}

interface RuleDescriptor {
  id?: unknown;
  helpUri?: unknown;
  properties?: { tags?: string[]; [key: string]: unknown };
}

interface SarifLog {
  runs?: { tool?: { driver?: { rules?: RuleDescriptor[] } } }[];
}

/** meta.docs when it carries this plugin's security metadata. */
function securityDocsOf(docs: unknown): SecurityDocs | null {
  if (typeof docs !== 'object' || docs === null) return null;
  const candidate = docs as Partial<SecurityDocs>;
  if (!Array.isArray(candidate.cwe) || typeof candidate.securitySeverity !== 'string' || typeof candidate.url !== 'string') return null;
  return candidate as SecurityDocs;
}

function cweTag(cwe: string): string {
  const match = /^CWE-(\d+)$/iu.exec(cwe);
  if (!match) throw new Error(`"${cwe}" is not a CWE id (CWE-NNN).`);
  return `external/cwe/cwe-${match[1] ?? ''}`;
}

/** Adds the security properties to each rule of the plugin's namespace; returns the problems found. */
export function addSecurityMetadata(sarif: SarifLog, plugin: PluginLike): string[] {
  const namespace = plugin.meta?.namespace ?? 'ironclad';
  const problems: string[] = [];
  for (const run of sarif.runs ?? []) {
    for (const descriptor of run.tool?.driver?.rules ?? []) {
      if (typeof descriptor.id !== 'string' || !descriptor.id.startsWith(`${namespace}/`)) continue;
      const name = descriptor.id.slice(namespace.length + 1);
      const docs = securityDocsOf(plugin.rules?.[name]?.meta?.docs);
      if (!docs) {
        problems.push(`${descriptor.id}: the installed plugin has no such rule with security metadata.`);
        continue;
      }
      if (descriptor.helpUri !== docs.url) {
        problems.push(`${descriptor.id}: helpUri is ${JSON.stringify(descriptor.helpUri)}, but meta.docs.url is ${JSON.stringify(docs.url)}.`);
      }
      const tags = new Set([...(descriptor.properties?.tags ?? []), 'security', ...docs.cwe.map(cweTag)]);
      descriptor.properties = { ...descriptor.properties, tags: [...tags], 'security-severity': docs.securitySeverity };
    }
  }
  return problems;
}

async function importPlugin(specifier: string): Promise<PluginLike> {
  const fromCwd = createRequire(path.join(process.cwd(), 'package.json'));
  const resolved = specifier.startsWith('.') || path.isAbsolute(specifier) ? path.resolve(specifier) : fromCwd.resolve(specifier);
  const module = (await import(pathToFileURL(resolved).href)) as { default?: PluginLike } & PluginLike;
  return module.default ?? module;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, plugin: { type: 'string', default: 'eslint-plugin-ironclad' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [input, ...extra] = parsed.positionals;
  if (input === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  let sarif: SarifLog;
  try {
    sarif = JSON.parse(readFileSync(input, 'utf8')) as SarifLog;
  } catch (error) {
    console.error(`Cannot read the SARIF log ${input}: ${(error as Error).message}`);
    return 2;
  }
  const plugin = await importPlugin(parsed.values.plugin);
  const problems = addSecurityMetadata(sarif, plugin);
  if (problems.length > 0) {
    console.error(`${input} does not match the installed ${plugin.meta?.name ?? parsed.values.plugin}:\n${problems.join('\n')}`);
    return 1;
  }
  writeFileSync(parsed.values.output ?? input, `${JSON.stringify(sarif, null, 2)}\n`);
  return 0;
}

process.exitCode = await main();
