/**
 * Adversarial input: what a file can do to the plugin.
 *
 * - Long inputs: 100,000-character identifiers, strings (credential-shaped prefixes repeated), and
 *   comments finish — no built-in regular expression or scan is super-linear. Each case runs in a
 *   worker with a generous timeout, so a super-linear case fails instead of hanging the suite.
 * - Deep nesting: at the deepest nesting the parser accepts (up to 2,000), and at half of it, no
 *   rule overflows the stack; typed, at half of it.
 * - A file that does not parse gets ESLint's parse error and nothing else.
 */
import { Linter as ESLintLinter } from 'eslint';
import assert from 'node:assert/strict';
import path from 'node:path';

import type { LintJob, LintOutcome } from './isolated-lint.js';
import { IsolatedLinter, lintHere } from './isolated-lint.js';

const TYPED_DIR = path.resolve(import.meta.dirname, '../fixtures/robustness/typed');
/** Listed by the typed fixture's tsconfig (an empty file on disk; each case supplies its text). */
const TYPED_FILE = path.join(TYPED_DIR, 'case.ts');
/** Linted without a program. */
const UNTYPED_FILE = path.resolve(import.meta.dirname, '../fixtures/robustness/untyped/case.ts');
const N = 100_000;
/** Nesting deeper than this is not tried (the parser gives up sooner for most constructs). */
const MAX_DEPTH = 2_000;
const TIMEOUT_SECONDS = 20;

/** The swallow option makes `reasonPattern` run over every comment of a catch. */
const EXTRA_OPTIONS = { 'no-unhandled-api-errors': { swallow: 'allow-with-reason' } };

const PRELUDE = 'declare const LOG: { info(...args: unknown[]): void; debug(...args: unknown[]): void };\n';

/** `text` as a string literal's source. */
function quoted(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function identifierCases(): [string, string][] {
  const identifiers: [string, string][] = [
    ['one letter', 'a'.repeat(N)],
    ['camelCase sensitive words', 'passwordToken'.repeat(N / 13)],
    ['camel boundaries', 'aB'.repeat(N / 2)],
    ['snake_case', `${'a_'.repeat(N / 2)}x`],
    ['SCREAMING_CASE', `${'SECRET_'.repeat(N / 7)}X`],
    ['digits', 'a1'.repeat(N / 2)],
    ['kebab-like dollar', `${'api$'.repeat(N / 4)}x`],
    ['non-ASCII letters', 'pässwörd'.repeat(N / 8)],
  ];
  return identifiers.flatMap(([name, id]): [string, string][] => [
    [`identifier: ${name}`, `export function f(${id}: string): void {\n  const copy = ${id};\n  LOG.info(copy, { ${id} }, ${id});\n}\n`],
    [`property: ${name}`, `export function f(node: any): void {\n  LOG.info(node.${id}, node['${id}'], { ${id}: node.${id} });\n}\n`],
    [`callee: ${name}`, `export async function f(client: any): Promise<void> {\n  await client.${id}(1);\n  client.${id}.setNodePowerState('n', 'on');\n}\n`],
  ]);
}

function stringCases(): [string, string][] {
  const strings: [string, string][] = [
    ['JWT prefix', 'eyJ'.repeat(N / 3)],
    ['JWT-like parts', 'eyJhbGciOi.'.repeat(N / 11)],
    ['GitHub token prefix', 'ghp_'.repeat(N / 4)],
    ['GitHub PAT prefix', 'github_pat_'.repeat(N / 11)],
    ['scheme separators', 'a://'.repeat(N / 4)],
    ['userinfo colons', 'http://u:'.repeat(N / 9)],
    ['userinfo at signs', 'a:b@'.repeat(N / 4)],
    ['PEM headers', '-----BEGIN '.repeat(N / 11)],
    ['PEM private key headers', '-----BEGIN PRIVATE KEY'.repeat(N / 22)],
    ['Slack webhook hosts', 'hooks.slack.com/'.repeat(N / 16)],
    ['Slack token prefix', 'xoxb-'.repeat(N / 5)],
    ['OpenAI key prefix', `${'sk-'.repeat(N / 3)}T3BlbkFJ`],
    ['AWS key prefix', 'AKIA'.repeat(N / 4)],
    ['SendGrid prefix', 'SG.'.repeat(N / 3)],
    ['one token-character run', 'a'.repeat(N)],
    ['dashes', '-'.repeat(N)],
    ['spaces', ' '.repeat(N)],
    ['alternating run breaks', 'a '.repeat(N / 2)],
  ];
  return strings.flatMap(([name, text]): [string, string][] => [
    [`string: ${name}`, `export function f(): void {\n  const value = ${quoted(text)};\n  LOG.info(${quoted(text)}, value);\n}\n`],
    [
      `template: ${name}`,
      `export function f(user: string, password: string): void {\n  LOG.info(\`${text.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${')}\${password}\`, \`https://\${user}:\${password}@${text.slice(0, 1000).replaceAll('`', '')}\`);\n}\n`,
    ],
  ]);
}

function commentCases(): [string, string][] {
  const apiFunction = 'export async function boot(client: any): Promise<void> {\n  await client.getNode(1);\n}\n';
  const swallowing = (comment: string): string =>
    `export async function f(client: any): Promise<void> {\n  try {\n    await client.getNode(1);\n  } catch {\n    ${comment}\n  }\n}\n`;
  return [
    ['line comment', `// ${'x'.repeat(N)}\n${apiFunction}`],
    ['block comment of spaces', `/*${' '.repeat(N)}*/\n${apiFunction}`],
    ['doc comment of words', `/** ${'word '.repeat(N / 5)}*/\n${apiFunction}`],
    ['doc comment of spaces', `/**${' '.repeat(N)}*/\n${apiFunction}`],
    ['doc comment of @throws', `/**\n * ${'@throws '.repeat(N / 8)}\n */\n${apiFunction}`],
    ['doc comment of at signs', `/** ${'@'.repeat(N)} */\n${apiFunction}`],
    ['many multi-line doc lines', `/**\n${' * line\n'.repeat(N / 8)} */\n${apiFunction}`],
    ['reason prefix repeated', swallowing(`// ${'ironclad-ignore:'.repeat(N / 16)}`)],
    ['reason prefix then spaces', swallowing(`/* ironclad-ignore:${' '.repeat(N)}*/`)],
    ['many reason comments', swallowing('// ironclad-ignore:\n'.repeat(N / 20))],
    // A run of spaces inside a one-line doc comment: a trailing /\s*$/ retries at every space.
    ['doc comment: one line, a long run of spaces inside', `/** x${' '.repeat(N * 10)}y */\n${apiFunction}`],
    // A callee broken over blank lines: its rendering in the message joins the chain in one pass.
    ['callee over blank lines', `export async function f(client: any): Promise<void> {\n  await client.nodes[${'   \n'.repeat(N / 4)}'get'](1);\n}\n`],
    // Thousands of writes of one variable in a row: each is a level of the value-free check.
    ['writes in a row', `export function f(token: string): void {\n  let s = token;\n${'  s = s + "a";\n'.repeat(N / 16)}  LOG.info(s);\n}\n`],
    ['compound writes in a row', `export function f(): void {\n  let html = '';\n${'  html += "<td>";\n'.repeat(N / 16)}  LOG.info(html);\n}\n`],
  ];
}

describe('robustness: long inputs finish (no super-linear regular expression)', function () {
  this.timeout((TIMEOUT_SECONDS + 10) * 1000);
  const linter = new IsolatedLinter();
  after(() => linter.close());

  const cases = [...identifierCases(), ...stringCases(), ...commentCases()];
  for (const [name, body] of cases) {
    const code = PRELUDE + body;
    for (const typed of [false, true]) {
      it(`${name} (${String(code.length)} characters, ${typed ? 'typed' : 'untyped'})`, async () => {
        const job: LintJob = typed
          ? { code, filename: TYPED_FILE, tsconfigRootDir: TYPED_DIR }
          : { code, filename: UNTYPED_FILE, tsconfigRootDir: null, options: { extraOptions: EXTRA_OPTIONS } };
        const outcome = await linter.lint(job, TIMEOUT_SECONDS);
        assertLinted(outcome);
        if (outcome.kind === 'done') assert.equal(outcome.messages.filter((message) => message.fatal === true).length, 0, JSON.stringify(outcome.messages[0]));
      });
    }
  }
});

/** Nested constructs as deep as asked; each puts a secret, an API call or an action at the bottom. */
const NESTINGS: Readonly<Record<string, (depth: number) => string>> = {
  'if statements': (n) =>
    `export async function f(client: any, node: any, password: string) {\n${'if (node.ok) {\n'.repeat(n)}await client.setNodePowerState(node.id, 'power off'); LOG.info(password);\n${'}\n'.repeat(n)}}`,
  blocks: (n) => `export function f(password: string) { ${'{ '.repeat(n)}LOG.info(password);${' }'.repeat(n)} }`,
  'parenthesized expressions': (n) => `export function f(password: string) { LOG.info(${'('.repeat(n)}password${')'.repeat(n)}); }`,
  'member chains': (n) => `export function f(node: any) { LOG.info(node${'.password'.repeat(n)}); }`,
  'call chains': (n) => `export async function f(client: any) { await client.getNode${'()'.repeat(n)}; }`,
  'binary expressions': (n) => `export function f(password: string) { LOG.info(${'password + '.repeat(n)}password); }`,
  'logical expressions': (n) => `export async function f(client: any, x: any) { if (${'x && '.repeat(n)}x) await client.getNode(x); }`,
  'conditional expressions': (n) => `export function f(password: string, x: boolean) { LOG.info(${'x ? password : '.repeat(n)}password); }`,
  'assignments': (n) => `export function f(password: string) { let a: unknown; LOG.info(${'a = '.repeat(n)}password); }`,
  'arrow functions': (n) => `export const f = ${'(password: string) => '.repeat(n)}LOG.info(password);`,
  callbacks: (n) =>
    `export async function f(client: any, password: string) { ${'run(async () => { '.repeat(n)}await client.getNode(password); LOG.info(password);${' });'.repeat(n)} }`,
  'function declarations': (n) => `${'function g(password: string) { '.repeat(n)}LOG.info(password);${' }'.repeat(n)}`,
  'array literals': (n) => `export function f(password: string) { LOG.info(${'['.repeat(n)}password${']'.repeat(n)}); }`,
  'object literals': (n) => `export function f(password: string) { LOG.info(${'{ a: '.repeat(n)}password${' }'.repeat(n)}); }`,
  'template literals': (n) => `export function f(password: string) { LOG.info(${'`${'.repeat(n)}password${'}`'.repeat(n)}); }`,
  'try statements': (n) => `export async function f(client: any) { ${'try { '.repeat(n)}await client.getNode(1);${' } catch (e) { LOG.info(e); }'.repeat(n)} }`,
  'while loops': (n) => `export async function f(client: any, node: any) { ${'while (node.ok) { '.repeat(n)}await client.setNodePowerState(node.id, 'power off');${' }'.repeat(n)} }`,
  'switch statements': (n) => `export async function f(client: any, x: number) { ${'switch (x) { case 1: '.repeat(n)}await client.getNode(x);${' }'.repeat(n)} }`,
  'labeled statements': (n) => `export async function f(client: any) { ${Array.from({ length: n }, (_, i) => `l${String(i)}: `).join('')}await client.getNode(1); }`,
  awaits: (n) => `export async function f(client: any) { ${'await '.repeat(n)}client.getNode(1); }`,
  'nested classes': (n) => `${'class C { m(password: string) { return class { n() { '.repeat(n)}LOG.info(password);${' } }; } }'.repeat(n)}`,
};

describe('robustness: deep nesting overflows the parser before any rule', function () {
  this.timeout(240_000);
  // In a worker: TypeScript is not safe to use after a stack overflow inside it, so the overflows
  // provoked here must not reach the rest of the suite.
  const linter = new IsolatedLinter();
  after(() => linter.close());

  const untyped = (code: string, mode: LintJob['mode'] = 'plugin'): LintJob => ({
    code,
    filename: UNTYPED_FILE,
    tsconfigRootDir: null,
    mode,
    options: { extraOptions: EXTRA_OPTIONS },
  });

  /** The deepest nesting the parser accepts, by bisection (at most `limit`). */
  async function deepestParsed(make: (depth: number) => string, limit: number): Promise<number> {
    const parses = async (depth: number): Promise<boolean> => {
      const outcome = await linter.lint(untyped(PRELUDE + make(depth), 'parse-only'), TIMEOUT_SECONDS);
      return outcome.kind === 'done' && !outcome.messages.some((message) => message.fatal === true);
    };
    if (await parses(limit)) return limit;
    let good = 0;
    let bad = limit;
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      if (await parses(middle)) good = middle;
      else bad = middle;
    }
    return good;
  }

  for (const [name, make] of Object.entries(NESTINGS)) {
    it(name, async () => {
      const depth = await deepestParsed(make, MAX_DEPTH);
      assert.ok(depth >= 100, `the parser gave up at depth ${String(depth)}`);
      for (const at of [depth, Math.floor(depth / 2)]) {
        // At the parser's limit, the parse may overflow in this call's deeper stack: ESLint's parse error is fine.
        assertLinted(await linter.lint(untyped(PRELUDE + make(at)), TIMEOUT_SECONDS * 3), `untyped, depth ${String(at)}`);
      }
      const typedDepth = Math.floor(depth / 2);
      const typed: LintJob = { code: PRELUDE + make(typedDepth), filename: TYPED_FILE, tsconfigRootDir: TYPED_DIR };
      assertLinted(await linter.lint(typed, TIMEOUT_SECONDS * 3), `typed, depth ${String(typedDepth)}`);
    });
  }
});

describe('robustness: a file that does not parse gets ESLint\'s parse error only', () => {
  const linter = new ESLintLinter({ cwd: path.parse(process.cwd()).root });
  const broken: Readonly<Record<string, string>> = {
    'unclosed function': 'export async function f(client: any) {\n  await client.getNode(1);\n',
    'stray closing brace': 'LOG.info(password);\n}\n',
    'missing type': 'let password: = 1;\nLOG.info(password);\n',
    'unterminated string': "LOG.info('password);\n",
    'unterminated template': 'LOG.info(`${password}\n',
    'unterminated comment': '/** @throws\nexport async function f() {}\n',
    'JSX in a .ts file': 'const element = <div>{password}</div>;\n',
    'keyword as a name': 'function if() { LOG.info(password); }\n',
    'binary garbage': '\u0000\u0001\u0002\u00ff{[(\u0007',
    'half a try': 'try { await client.getNode(1); }\n',
  };
  for (const [name, code] of Object.entries(broken)) {
    for (const typed of [false, true]) {
      it(`${name} (${typed ? 'typed' : 'untyped'})`, () => {
        const outcome = lintHere(linter, typed ? { code, filename: TYPED_FILE, tsconfigRootDir: TYPED_DIR } : { code, filename: UNTYPED_FILE, tsconfigRootDir: null });
        assert.equal(outcome.kind, 'done', JSON.stringify(outcome));
        assert.equal(outcome.messages.length, 1, JSON.stringify(outcome.messages));
        const [message] = outcome.messages;
        assert.equal(message?.ruleId, null);
        assert.equal(message.fatal, true);
        assert.match(message.message, /^Parsing error: /u);
      });
    }
  }

  it('an empty file and a file of comments only get no message', () => {
    for (const code of ['', '// nothing\n', '/** @throws */\n', '\uFEFF']) {
      for (const typed of [false, true]) {
        const outcome = lintHere(linter, typed ? { code, filename: TYPED_FILE, tsconfigRootDir: TYPED_DIR } : { code, filename: UNTYPED_FILE, tsconfigRootDir: null });
        assert.deepEqual(outcome.kind === 'done' ? outcome.messages : outcome, []);
      }
    }
  });
});

/** Linted to the end, or stopped by ESLint's parse error — never a rule's exception or a timeout. */
function assertLinted(outcome: LintOutcome, where = ''): void {
  if (outcome.kind === 'timeout') assert.fail(`${where} did not finish within ${String(outcome.seconds)} s`);
  if (outcome.kind === 'threw') assert.fail(`${where} ${String(outcome.ruleId)} threw:\n${outcome.stack}`);
  const [fatal] = outcome.messages.filter((message) => message.fatal === true);
  if (fatal) {
    assert.equal(outcome.messages.length, 1, JSON.stringify(outcome.messages));
    assert.equal(fatal.ruleId, null);
    assert.match(fatal.message, /^Parsing error: /u);
  }
}
