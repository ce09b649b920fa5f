import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { patientTimeout } from './machine.js';

export interface NodeRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node <args>` in `cwd` without blocking the test worker, killing it after `timeoutMs`
 * (on an idle machine; stretched by the machine's slowdown) so that a run always ends.
 */
export function runNode(
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const cancelKill = patientTimeout(options.timeoutMs, () => child.kill('SIGKILL'));
    child.on('error', (error) => {
      cancelKill();
      reject(error);
    });
    child.on('close', (status) => {
      cancelKill();
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * Runs a figures script (`tests/support/scripts/NAME.ts`, through tsx) and returns the JSON of
 * its last line; throws, with what it wrote to stderr, when it fails or writes there.
 */
export async function runFiguresScript<T>(
  name: string,
  options: { env: NodeJS.ProcessEnv; timeoutMs: number; nodeArgs?: readonly string[] },
): Promise<{ figures: T; stdout: string }> {
  const { ROOT } = await import('./corpora.js');
  const script = join(ROOT, 'tests', 'support', 'scripts', `${name}.ts`);
  const run = await runNode([...(options.nodeArgs ?? []), '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    timeoutMs: options.timeoutMs,
  });
  if (run.status !== 0 || run.stderr !== '')
    throw new Error(`${name} failed (status ${run.status}): ${run.stderr}`);
  const stdout = run.stdout.trim();
  return { figures: JSON.parse(stdout.split('\n').at(-1) ?? '{}') as T, stdout };
}
