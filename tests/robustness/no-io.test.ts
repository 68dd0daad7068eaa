/**
 * Nothing leaves the machine: once loaded, the plugin reads no file, opens no connection and
 * starts no process while it lints — typed and untyped, with every config. A child process
 * (./no-io-probe.ts) records every fs, fs/promises, net, http, https, child_process, dns and
 * fetch call whose innermost caller outside Node is the built plugin (dist/).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

interface Call {
  readonly api: string;
  readonly target: string | null;
  readonly phase: 'load' | 'lint' | 'sanity';
  readonly caller: string;
}

interface ProbeResult {
  readonly linted: number;
  readonly findings: number;
  readonly calls: readonly Call[];
}

const REPO = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(REPO, 'tests/fixtures/robustness/determinism');

function probe(): Promise<ProbeResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'no-io-probe.ts'), FIXTURE], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(stdout) as ProbeResult);
      else reject(new Error(`no-io-probe exited ${String(code)}:\n${stderr}`));
    });
  });
}

describe('robustness: nothing leaves the machine', function () {
  this.timeout(120_000);
  let result: ProbeResult;

  before(async () => {
    assert.ok(existsSync(path.join(REPO, 'dist/index.js')), 'dist/ is missing: run `npm run build` first.');
    result = await probe();
  });

  it('lints typed and untyped files with every config, with findings', () => {
    // 7 files: typed with each of the 3 configs, untyped with `recommended`.
    assert.equal(result.linted, 28);
    assert.ok(result.findings > 10, `only ${String(result.findings)} findings`);
  });

  it('makes no fs, net, http(s), child_process, dns or fetch call of its own while linting', () => {
    assert.deepEqual(result.calls.filter((call) => call.phase === 'lint'), []);
  });

  it('reads only its package.json when it is loaded', () => {
    const load = result.calls.filter((call) => call.phase === 'load');
    assert.deepEqual(load.map((call) => call.api), ['fs.readFileSync']);
    assert.match(load[0]?.target ?? '', /[\\/]package\.json$/u);
  });

  it('sees a call made from dist/ (the recorder can fail the test)', () => {
    assert.deepEqual(
      result.calls.filter((call) => call.phase === 'sanity').map((call) => call.api),
      ['fs.existsSync'],
    );
  });
});
