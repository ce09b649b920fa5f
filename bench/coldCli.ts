/**
 * The CLI's cold answer: a whole `node dist/src/cli.js ask …` process on the seeds, minus a bare
 * `node -e 0`, so that what is left is what the product adds to starting Node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ColdCliReport } from './report.js';
import { median } from './stats.js';

export const COLD_CLI_QUESTION = 'Who attended the Moscow meeting of defence ministers?';
export const COLD_CLI_RUNS = 7;

const firstLine = (text: string): string => text.trim().split('\n')[0] ?? '';

/** The CLI's switch for its snapshot folder; `off` disables snapshots. */
const NO_SNAPSHOT_ENV = { BRIEFINGS_CACHE_DIR: 'off' };

function timeProcess(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): { ms: number; error: string | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env });
  const ms = performance.now() - start;
  if (result.error) return { ms, error: result.error.message };
  if (result.status !== 0) {
    return { ms, error: `exit ${result.status}: ${firstLine(result.stderr)}` };
  }
  return { ms, error: null };
}

function medianOfRuns(
  args: readonly string[],
  cwd: string,
  runs: number,
  env: NodeJS.ProcessEnv = process.env,
): number | string {
  const warmup = timeProcess(args, cwd, env);
  if (warmup.error) return warmup.error;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = timeProcess(args, cwd, env);
    if (run.error) return run.error;
    times.push(run.ms);
  }
  return median(times);
}

export function measureColdCli(root: string, runs = COLD_CLI_RUNS): ColdCliReport {
  const cli = join(root, 'dist', 'src', 'cli.js');
  const seeds = join(root, 'seeds');
  const base = { question: COLD_CLI_QUESTION, runs };
  if (!existsSync(cli)) {
    return {
      ...base,
      nodeMedianMs: null,
      cliMedianMs: null,
      coldMs: null,
      noSnapshotColdMs: null,
      error: `${cli} not built`,
    };
  }
  const node = medianOfRuns(['-e', '0'], root, runs);
  const askArgs = [cli, 'ask', COLD_CLI_QUESTION, '--briefings', seeds];
  const answer = medianOfRuns(askArgs, root, runs);
  const noSnapshot = medianOfRuns(askArgs, root, runs, { ...process.env, ...NO_SNAPSHOT_ENV });
  if (typeof node === 'string' || typeof answer === 'string') {
    return {
      ...base,
      nodeMedianMs: typeof node === 'number' ? node : null,
      cliMedianMs: typeof answer === 'number' ? answer : null,
      coldMs: null,
      noSnapshotColdMs: null,
      error: typeof answer === 'string' ? answer : `node -e 0: ${node}`,
    };
  }
  return {
    ...base,
    nodeMedianMs: node,
    cliMedianMs: answer,
    coldMs: answer - node,
    noSnapshotColdMs: typeof noSnapshot === 'number' ? noSnapshot - node : null,
    error: typeof noSnapshot === 'string' ? `without snapshot: ${noSnapshot}` : null,
  };
}
