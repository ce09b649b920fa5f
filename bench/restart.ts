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
import type { ProcessFigures, RestartReport } from './report.js';
import { median } from './stats.js';
import { timeProcess } from './timeProcess.js';

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

/** A CLI command as a timed whole process (see bench/timeProcess.ts), or why it failed. */
function timedCli(cli: string, args: readonly string[], cache: string): ProcessFigures | string {
  const run = timeProcess({ args: [cli, ...args], env: { [CACHE_ENV]: cache } });
  if (typeof run === 'string') return run;
  if (run.status !== 0)
    return `${args[0]}: exit ${run.status}: ${run.stderr.trim().split('\n').pop() ?? ''}`;
  return { answerMs: run.answerMs, exitMs: run.exitMs, peakRssBytes: run.peakRssBytes };
}

const medianProcess = (runs: readonly ProcessFigures[]): ProcessFigures => ({
  answerMs: median(runs.map((run) => run.answerMs)),
  exitMs: median(runs.map((run) => run.exitMs)),
  peakRssBytes: median(runs.map((run) => run.peakRssBytes ?? 0)) || null,
});

/**
 * `meetings --json` as whole processes with a snapshot folder of its own: the first run
 * (which builds, then stores the snapshot), runs from the snapshot, and a run after one file
 * changed.
 */
function measureMeetings(
  cli: string,
  dir: string,
  cache: string,
  changedPath: string | null,
): Pick<RestartReport, 'meetingsFirst' | 'meetingsFromSnapshot' | 'meetingsAfterChange'> | string {
  const args = ['meetings', '--json', '--briefings', dir];
  const first = timedCli(cli, args, cache);
  if (typeof first === 'string') return first;
  const fromSnapshot: ProcessFigures[] = [];
  for (let i = 0; i < RESTART_RUNS; i++) {
    const run = timedCli(cli, args, cache);
    if (typeof run === 'string') return run;
    fromSnapshot.push(run);
  }
  let afterChange: ProcessFigures | null = null;
  if (changedPath) {
    appendFileSync(changedPath, `\nThe ${CHANGE_MARKER} talks resumed in the evening.\n`);
    const run = timedCli(cli, args, cache);
    if (typeof run === 'string') return run;
    afterChange = run;
  }
  return {
    meetingsFirst: first,
    meetingsFromSnapshot: medianProcess(fromSnapshot),
    meetingsAfterChange: afterChange,
  };
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
    firstAsk: null,
    askAfterChange: null,
    meetingsFirst: null,
    meetingsFromSnapshot: null,
    meetingsAfterChange: null,
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
    const first = timedCli(cli, ['ask', question, '--briefings', dir, '--json'], cache);
    if (typeof first === 'string') return { ...empty, noCacheMs: noCache.ms, error: first };
    const report: RestartReport = {
      ...empty,
      noCacheMs: noCache.ms,
      firstStartMs: first.exitMs,
      firstAsk: first,
    };
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
    const afterChange = timedCli(cli, ['ask', question, '--briefings', dir, '--json'], cache);
    const withBot = {
      ...measured,
      botAnswerAfterChangeMs: botAfterChange.answeredMs,
      botMeetingsAfterChangeMs: botAfterChange.meetingsMs,
    };
    if (typeof afterChange === 'string') return { ...withBot, error: afterChange };
    const meetings = measureMeetings(cli, dir, join(work, 'meetings-cache'), changedPath);
    return {
      ...withBot,
      restartAfterChangeMs: afterChange.exitMs,
      askAfterChange: afterChange,
      ...(typeof meetings === 'string' ? { error: meetings } : meetings),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
