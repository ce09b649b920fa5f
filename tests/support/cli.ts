import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './corpora.js';
import { patience } from './machine.js';

export const CLI = join(ROOT, 'dist', 'src', 'cli.js');

/** A CLI run still going after this long on an idle machine hangs. */
const CLI_HANG_MS = 60_000;

/** One snapshot folder per test file, so runs do not share state with the user's cache. */
export const cliCache = () => mkdtempSync(join(tmpdir(), 'briefing-cache-'));

/**
 * Runs the built CLI as a user would, with only PATH and the given variables in its
 * environment and `input` on its standard input.
 */
export function runCli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string; cache: string },
) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', BRIEFINGS_CACHE_DIR: options.cache, ...options.env },
    // Only a run that hangs is cut short; a busy machine may take many seconds for a full build.
    timeout: patience(CLI_HANG_MS),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
