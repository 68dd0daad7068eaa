/**
 * Lints files one after another in this process — one ESLint instance per distinct settings, all
 * sharing the plugin's modules — and prints each step's messages as JSON. The determinism suite
 * runs it in fresh processes to compare a file linted alone, after others, and in other orders.
 *
 *   node --import tsx tests/robustness/lint-sequence.ts '<LintSequence as JSON>'
 */
import type { Linter } from 'eslint';
import { ESLint } from 'eslint';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LintStep {
  /** Relative to the fixture directory. */
  readonly file: string;
  /** `settings.ironclad` for this step instead of the fixture config's. */
  readonly settings?: Record<string, unknown>;
}

export interface LintSequence {
  /** The fixture directory: its eslint.config.js is used. */
  readonly cwd: string;
  readonly steps: readonly LintStep[];
}

/** What a step found: the messages as the JSON formatter has them, without volatile fields. */
export type StepResult = readonly Pick<Linter.LintMessage, 'ruleId' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn' | 'messageId' | 'suggestions'>[];

/** A message without its volatile fields (what a StepResult keeps). */
export function stableFields({ ruleId, message, line, column, endLine, endColumn, messageId, suggestions }: StepResult[number]): StepResult[number] {
  return { ruleId, message, line, column, endLine, endColumn, messageId, suggestions };
}

async function run(sequence: LintSequence): Promise<StepResult[]> {
  const configUrl = pathToFileURL(path.join(sequence.cwd, 'eslint.config.js')).href;
  const base = (await import(configUrl) as { default: Linter.Config[] }).default;
  const instances = new Map<string, ESLint>();
  const results: StepResult[] = [];
  for (const step of sequence.steps) {
    const key = JSON.stringify(step.settings ?? null);
    let eslint = instances.get(key);
    if (!eslint) {
      const config = base.map((entry) => (step.settings ? { ...entry, settings: { ironclad: step.settings } } : entry));
      eslint = new ESLint({ cwd: sequence.cwd, overrideConfigFile: true, overrideConfig: config });
      instances.set(key, eslint);
    }
    const [result] = await eslint.lintFiles([step.file]);
    if (!result) throw new Error(`no result for ${step.file}`);
    results.push(
      result.messages.map(stableFields),
    );
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sequence = JSON.parse(process.argv[2] ?? '{}') as LintSequence;
  process.stdout.write(`${JSON.stringify(await run(sequence))}\n`);
}
