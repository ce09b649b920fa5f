/**
 * Restart at size: the whole CLI process answering one question from a folder of generated
 * briefings, without the on-disk snapshot, on its first start (which writes the snapshot), on
 * a restart with nothing changed, and on a restart after one file changed; and the bot's start
 * from the snapshot (bench/botStart.ts), with nothing changed and after one file changed.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GeneratedCorpus } from './generate.js';
import { writeCorpus } from './generate.js';
import type { BotStartResult } from './botStart.js';
import type { RestartReport } from './report.js';
import { median } from './stats.js';

export const RESTART_RUNS = 3;
/** Added to a file before the restarts after a change: a word only the change holds. */
const CHANGE_MARKER = 'Quintarelvo';
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

/** One bot start (a process), or why it failed. */
function runBot(
  script: string,
  dir: string,
  cache: string,
  question: string,
  wait: ReadonlyArray<'--wait-for-meetings' | '--wait-for-readings'> = [],
): BotStartResult | string {
  const result = spawnSync(process.execPath, [script, dir, cache, question, ...wait], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) return result.error.message;
  if (result.status !== 0) return `bot start: exit ${result.status}: ${result.stderr.trim()}`;
  return JSON.parse(result.stdout) as BotStartResult;
}

export function measureRestart(root: string, corpus: GeneratedCorpus): RestartReport {
  const cli = join(root, 'dist', 'src', 'cli.js');
  const bot = join(root, 'dist', 'bench', 'botStart.js');
  const question = corpus.facts[0]?.question ?? 'who attended the meeting';
  const empty: RestartReport = {
    question,
    noCacheMs: null,
    firstStartMs: null,
    restartMs: null,
    restartAfterChangeMs: null,
    botAnswerMs: null,
    botAnswerAfterChangeMs: null,
    botMeetingsAfterChangeMs: null,
    error: null,
  };
  for (const built of [cli, bot])
    if (!existsSync(built)) return { ...empty, error: `${built} not built` };
  const work = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  try {
    const dir = join(work, 'briefings');
    const cache = join(work, 'cache');
    writeCorpus(corpus, dir);
    const noCache = runCli(cli, dir, question, CACHE_OFF);
    if (noCache.error) return { ...empty, error: noCache.error };
    const first = runCli(cli, dir, question, cache);
    if (first.error) return { ...empty, noCacheMs: noCache.ms, error: first.error };
    const report: RestartReport = { ...empty, noCacheMs: noCache.ms, firstStartMs: first.ms };
    const restarts: number[] = [];
    for (let i = 0; i < RESTART_RUNS; i++) {
      const run = runCli(cli, dir, question, cache);
      if (run.error) return { ...report, error: run.error };
      restarts.push(run.ms);
    }
    const botStarts: number[] = [];
    for (let i = 0; i < RESTART_RUNS; i++) {
      // The first start stays until its worker has saved what it read, as a running bot does.
      const run = runBot(bot, dir, cache, question, i === 0 ? ['--wait-for-readings'] : []);
      if (typeof run === 'string') return { ...report, restartMs: median(restarts), error: run };
      botStarts.push(run.answeredMs);
    }
    const measured = { ...report, restartMs: median(restarts), botAnswerMs: median(botStarts) };
    const changed = corpus.files[0];
    if (!changed) return measured;
    const changedPath = join(dir, changed.file);
    appendFileSync(changedPath, `\nThe ${CHANGE_MARKER} memorandum was signed later.\n`);
    const botAfterChange = runBot(bot, dir, cache, `${CHANGE_MARKER} memorandum`, [
      '--wait-for-meetings',
    ]);
    if (typeof botAfterChange === 'string') return { ...measured, error: botAfterChange };
    if (botAfterChange.cited[0] !== changed.file) {
      return { ...measured, error: 'after a change, the bot did not answer from the changed file' };
    }
    appendFileSync(changedPath, '\nThe delegations will meet again next year.\n');
    const afterChange = runCli(cli, dir, question, cache);
    return {
      ...measured,
      restartAfterChangeMs: afterChange.error ? null : afterChange.ms,
      botAnswerAfterChangeMs: botAfterChange.answeredMs,
      botMeetingsAfterChangeMs: botAfterChange.meetingsMs,
      error: afterChange.error,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
