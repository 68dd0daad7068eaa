/**
 * The plugin's findings on the example driver, and the recorded expectation they are compared
 * with (examples/ironic-driver/expected-findings.json): used by `npm run demo` and by the
 * expectation test.
 */
import type { ESLint } from 'eslint';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const driverRoot = path.join(repoRoot, 'examples', 'ironic-driver');
export const expectationFile = path.join(driverRoot, 'expected-findings.json');

export type DriverConfig = 'recommended' | 'recommended-type-checked' | 'strict-type-checked';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly message: string;
}

/** Findings of ESLint results, relative to the driver, sorted by file, position and rule. */
export function findingsOf(results: readonly ESLint.LintResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      findings.push({
        file: path.relative(driverRoot, result.filePath).replaceAll('\\', '/'),
        line: message.line,
        column: message.column,
        ruleId: message.ruleId ?? '(fatal)',
        message: message.message,
      });
    }
  }
  return findings.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId),
  );
}

export function readExpectations(): Record<DriverConfig, Finding[]> {
  if (!existsSync(expectationFile)) {
    throw new Error(`No recorded expectation at ${expectationFile}: run \`node --import tsx scripts/record-driver-findings.ts\`.`);
  }
  return JSON.parse(readFileSync(expectationFile, 'utf8')) as Record<DriverConfig, Finding[]>;
}

function key(finding: Finding): string {
  return `${finding.file}:${String(finding.line)}:${String(finding.column)} ${finding.ruleId} ${finding.message}`;
}

/** What is missing from `actual` and what is extra in it, as printable lines. */
export function difference(expected: readonly Finding[], actual: readonly Finding[]): { missing: string[]; extra: string[] } {
  const expectedKeys = new Set(expected.map(key));
  const actualKeys = new Set(actual.map(key));
  return {
    missing: [...expectedKeys].filter((item) => !actualKeys.has(item)),
    extra: [...actualKeys].filter((item) => !expectedKeys.has(item)),
  };
}

/** Findings grouped by rule, each group headed by the rule's docs link. */
export function formatByRule(findings: readonly Finding[], docsUrl: (ruleId: string) => string | undefined): string {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.ruleId) ?? [];
    list.push(finding);
    groups.set(finding.ruleId, list);
  }
  const lines: string[] = [];
  for (const [ruleId, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const url = docsUrl(ruleId);
    lines.push(`${ruleId} — ${String(list.length)} finding${list.length === 1 ? '' : 's'}${url ? `\n  docs: ${url}` : ''}`);
    for (const finding of list) lines.push(`  ${finding.file}:${String(finding.line)}:${String(finding.column)}  ${finding.message}`);
    lines.push('');
  }
  return lines.join('\n');
}
