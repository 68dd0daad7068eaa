/**
 * Runs a command to completion and keeps what it printed: the integration suites assert on the
 * exit code and output of real clients (eslint, git, npm), never on a stand-in.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface CommandResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr, interleaved in arrival order. */
  readonly output: string;
}

export interface CommandOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

export function runCommand(command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      output += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      output += chunk.toString('utf8');
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not finish within ${String(timeoutMs)} ms.\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, output });
    });
  });
}

/** A command that must succeed; its stdout. */
export async function runChecked(command: string, args: readonly string[], options: CommandOptions): Promise<string> {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${String(result.code)} in ${options.cwd}:\n${result.output}`);
  }
  return result.stdout;
}

/**
 * The directory of an installed package, found the way Node looks for it (each `node_modules` up
 * from `fromDir`), without `require.resolve`, which refuses packages that do not export
 * `./package.json` (husky).
 */
export function packageDir(packageName: string, fromDir: string): string {
  for (let dir = path.resolve(fromDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', packageName);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${packageName} is not installed above ${fromDir}.`);
  }
}

/**
 * The file a package's `bin` entry points at (ESLint does not export `bin/`), so the suites run
 * the same script users run through `npx`.
 */
export function binOf(packageName: string, binName: string, fromDir: string): string {
  const dir = packageDir(packageName, fromDir);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[binName];
  if (relative === undefined) throw new Error(`${packageName} has no bin named ${binName}.`);
  return path.join(dir, relative);
}
