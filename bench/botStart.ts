/**
 * One bot start, as `npm start` opens its briefings (Discord aside): the knowledge opened with
 * the snapshot folder and meetings in a worker thread, then one question answered. Run as its
 * own process by the restart measurement (bench/restart.ts), so that the times count from the
 * process's start, module loading included. Prints one line of JSON (`BotStartResult`).
 *
 *   node dist/bench/botStart.js <briefings> <cache folder> <question> [--wait-for-meetings]
 */
import { ask } from '../src/answer/index.js';
import { LiveKnowledge } from '../src/io/liveKnowledge.js';

/** How long to wait for the meetings before giving up on timing them. */
const MEETINGS_DEADLINE_MS = 120_000;
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
  if (args.includes('--wait-for-meetings')) {
    const deadline = answeredMs + MEETINGS_DEADLINE_MS;
    while (meetingsMs === null && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
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
