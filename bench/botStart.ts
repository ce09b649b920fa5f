/**
 * One bot start, as `npm start` opens its briefings (Discord aside): the knowledge opened with
 * the snapshot folder and meetings in a worker thread, then one question answered. Run as its
 * own process by the restart measurement (bench/restart.ts), so that the times count from the
 * process's start, module loading included. Prints one line of JSON (`BotStartResult`).
 *
 *   node dist/bench/botStart.js <briefings> <cache folder> <question> [--wait-for-meetings]
 *     [--wait-for-readings]
 *
 * `--wait-for-readings` waits, after answering, until the worker has saved what it read (as a
 * bot that has run for a while has), so that the next start can restore it. When readings were
 * already saved before this start (a CLI run saves them too), there is nothing to wait for: the
 * worker rewrites them only when it read something new.
 */
import { existsSync, statSync } from 'node:fs';
import { ask } from '../src/answer/index.js';
import { readingsLocation } from '../src/io/knowledgeCache.js';
import { LiveKnowledge } from '../src/io/liveKnowledge.js';

/** How long to wait for the meetings or the saved readings before giving up on them. */
const WAIT_DEADLINE_MS = 120_000;
const POLL_MS = 10;

export interface BotStartResult {
  /** From the process's start until the answer was ready. */
  readonly answeredMs: number;
  /** From the process's start until the meetings caught up with changed files, or null. */
  readonly meetingsMs: number | null;
  /** The files the answer cites. */
  readonly cited: readonly string[];
}

async function main(args: readonly string[]): Promise<BotStartResult> {
  const [dir, cacheDir, question] = args;
  if (!dir || !cacheDir || !question) {
    throw new Error('usage: botStart <briefings> <cache folder> <question> [--wait-for-meetings]');
  }
  const readings = await readingsLocation(cacheDir, dir);
  const savedBefore = readings && existsSync(readings.path) ? statSync(readings.path).mtimeMs : 0;
  let meetingsMs: number | null = null;
  const live = await LiveKnowledge.open(dir, {
    cacheDir,
    meetingsInWorker: true,
    pollMs: 0,
    onEvent: (event) => {
      if (event.type === 'rebuilt') meetingsMs = performance.now();
    },
  });
  const answer = ask(live.current, question);
  const answeredMs = performance.now();
  const deadline = answeredMs + WAIT_DEADLINE_MS;
  const waitFor = async (done: () => boolean) => {
    while (!done() && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };
  if (args.includes('--wait-for-meetings')) await waitFor(() => meetingsMs !== null);
  if (args.includes('--wait-for-readings') && readings && savedBefore === 0) {
    await waitFor(() => existsSync(readings.path));
  }
  await live.close();
  return { answeredMs, meetingsMs, cited: answer.citations.map((c) => c.briefing) };
}

main(process.argv.slice(2)).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
