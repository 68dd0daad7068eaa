/**
 * The docs test: in every rule doc, each ❌ example is reported by the rule and each ✅ example
 * is not. A block is an example when its first line is a comment with ❌ or ✅, or the line
 * before its fence carries the mark. An HTML comment above the fence can give the example
 * `<!-- options: {...} -->`, `<!-- settings: {...} -->` and `<!-- typed -->` (type information).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

import plugin from '../../index.js';
import { fixturesDir, typedFilename } from '../rule-tester.js';

const root = path.resolve(import.meta.dirname, '../..');
const docsDir = path.join(root, 'docs', 'rules');

export interface DocExample {
  readonly rule: string;
  readonly kind: 'correct' | 'incorrect';
  readonly code: string;
  readonly line: number;
  readonly options: Record<string, unknown> | undefined;
  readonly settings: Record<string, unknown> | undefined;
  readonly typed: boolean;
}

/** The examples of one rule doc. */
export function examplesOf(rule: string, markdown: string): DocExample[] {
  const lines = markdown.split('\n');
  const examples: DocExample[] = [];
  let pending: { options?: Record<string, unknown>; settings?: Record<string, unknown>; typed?: boolean } = {};
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const directive = /^<!--\s*(options|settings|typed)\s*:?\s*(.*?)\s*-->$/u.exec(line.trim());
    if (directive) {
      const [, key, value] = directive;
      if (key === 'typed') pending.typed = true;
      else pending = { ...pending, [key ?? '']: JSON.parse(value ?? '{}') as Record<string, unknown> };
      continue;
    }
    const fence = /^```(ts|typescript|js|javascript|tsx)\s*$/u.exec(line);
    if (!fence) {
      if (line.trim() !== '' && !line.startsWith('<!--')) pending = line.includes('❌') || line.includes('✅') ? pending : {};
      continue;
    }
    const body: string[] = [];
    let end = index + 1;
    for (; end < lines.length && !(lines[end] ?? '').startsWith('```'); end++) body.push(lines[end] ?? '');
    const previous = lines.slice(Math.max(0, index - 8), index).reverse().find((item) => item.trim() !== '' && !item.trim().startsWith('<!--')) ?? '';
    const first = body[0] ?? '';
    const mark = first.includes('❌') || (previous.includes('❌') && !previous.includes('✅')) ? 'incorrect' : first.includes('✅') || previous.includes('✅') ? 'correct' : null;
    if (mark) {
      examples.push({ rule, kind: mark, code: body.join('\n'), line: index + 2, options: pending.options, settings: pending.settings, typed: pending.typed === true });
    }
    pending = {};
    index = end;
  }
  return examples;
}

function lint(example: DocExample): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const ruleId = `ironclad/${example.rule}`;
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      plugins: { ironclad: plugin },
      languageOptions: {
        parser: tseslint.parser,
        parserOptions: example.typed ? { projectService: true, tsconfigRootDir: fixturesDir } : {},
      },
      settings: example.settings ? { ironclad: example.settings } : {},
      rules: { [ruleId]: example.options ? ['error', example.options] : 'error' },
    },
  ];
  return linter.verify(example.code, config, example.typed ? typedFilename : path.join(fixturesDir, 'example.ts'));
}

describe('rule docs', () => {
  const docs = readdirSync(docsDir).filter((file) => file.endsWith('.md'));
  for (const file of docs) {
    const rule = file.slice(0, -3);
    const examples = examplesOf(rule, readFileSync(path.join(docsDir, file), 'utf8'));
    describe(rule, () => {
      it('has at least one ❌ and one ✅ example', () => {
        assert.ok(examples.some((example) => example.kind === 'incorrect'), `${file}: no ❌ example`);
        assert.ok(examples.some((example) => example.kind === 'correct'), `${file}: no ✅ example`);
      });
      for (const example of examples) {
        it(`${example.kind === 'incorrect' ? '❌ is reported' : '✅ is clean'} (line ${String(example.line)})`, () => {
          const messages = lint(example);
          const fatal = messages.filter((message) => message.fatal === true);
          assert.deepEqual(fatal, [], `${file}:${String(example.line)} does not parse`);
          const reported = messages.filter((message) => message.ruleId === `ironclad/${rule}`);
          if (example.kind === 'incorrect') assert.ok(reported.length > 0, `${file}:${String(example.line)} is not reported:\n${example.code}`);
          else assert.deepEqual(reported.map((message) => message.message), [], `${file}:${String(example.line)} is reported`);
        });
      }
    });
  }
});

describe('the docs example parser', () => {
  it('reads marks, options and the typed directive', () => {
    const markdown = [
      '❌ Incorrect',
      '',
      '<!-- options: {"a": 1} -->',
      '<!-- typed -->',
      '```ts',
      'bad();',
      '```',
      '',
      '```ts',
      '// ✅ fine',
      'good();',
      '```',
      '```ts',
      'unmarked();',
      '```',
    ].join('\n');
    assert.deepEqual(examplesOf('r', markdown), [
      { rule: 'r', kind: 'incorrect', code: 'bad();', line: 6, options: { a: 1 }, settings: undefined, typed: true },
      { rule: 'r', kind: 'correct', code: '// ✅ fine\ngood();', line: 10, options: undefined, settings: undefined, typed: false },
    ]);
  });
});
