/**
 * Restart at size: the whole CLI process answering one question from a folder of generated
 * briefings, without the on-disk snapshot, on its first start (which writes the snapshot), on
 * a restart with nothing changed, and on a restart after one file changed.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedCorpus } from './generate.js';
import { writeCorpus } from './generate.js';
import type { RestartReport } from './report.js';
import { median } from './stats.js';

export const RESTART_RUNS = 3;
/** The CLI's switch for its snapshot folder; `off` disables snapshots. */
const CACHE_ENV = 'BRIEFINGS_CACHE_DIR';
const CACHE_OFF = 'off';

function runCli(
  cli: string,
  dir: string,
  question: string,
  cache: string,
): { ms: number; error: string | null } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [cli, 'ask', question, '--briefings', dir, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, [CACHE_ENV]: cache },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (result.error) return { ms, error: result.error.message };
  if (result.status !== 0) {
    return { ms, error: `exit ${result.status}: ${result.stderr.trim().split('\n').pop() ?? ''}` };
  }
  return { ms, error: null };
}

export function measureRestart(root: string, corpus: GeneratedCorpus): RestartReport {
  const cli = join(root, 'dist', 'src', 'cli.js');
  const question = corpus.facts[0]?.question ?? 'who attended the meeting';
  const empty: RestartReport = {
    question,
    noCacheMs: null,
    firstStartMs: null,
    restartMs: null,
    restartAfterChangeMs: null,
    error: null,
  };
  if (!existsSync(cli)) return { ...empty, error: `${cli} not built` };
  const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  try {
    const dir = join(work, 'briefings');
    const cache = join(work, 'cache');
    writeCorpus(corpus, dir);
    const noCache = runCli(cli, dir, question, CACHE_OFF);
    if (noCache.error) return { ...empty, error: noCache.error };
    const first = runCli(cli, dir, question, cache);
    if (first.error) return { ...empty, noCacheMs: noCache.ms, error: first.error };
    const restarts: number[] = [];
    for (let i = 0; i < RESTART_RUNS; i++) {
      const run = runCli(cli, dir, question, cache);
      if (run.error)
        return { ...empty, noCacheMs: noCache.ms, firstStartMs: first.ms, error: run.error };
      restarts.push(run.ms);
    }
    const changed = corpus.files[0];
    if (changed)
      appendFileSync(join(dir, changed.file), '\nThe delegations will meet again next year.\n');
    const afterChange = runCli(cli, dir, question, cache);
    return {
      question,
      noCacheMs: noCache.ms,
      firstStartMs: first.ms,
      restartMs: median(restarts),
      restartAfterChangeMs: afterChange.error ? null : afterChange.ms,
      error: afterChange.error,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
