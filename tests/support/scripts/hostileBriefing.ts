/**
 * What one hostile briefing costs the answers: a file of MB megabytes (4.9 unless told) made
 * of one sentence repeated with other names and days ("Minister X met President Y in Moscow
 * on April N"), whose meeting then has tens of thousands of sources, beside the seeds.
 *
 * The bot: the knowledge of that folder answers through the local Discord, in this process,
 * /meeting, /who-attended and /ask about it and autocomplete on it, while /ask interactions
 * from others keep arriving at RATE a second. Answers run on the thread that serves Discord,
 * so the time each one takes is the time it blocks every other interaction: the script times
 * each answer and watches the event loop's longest delay.
 *
 * The CLI: whole `node dist/src/cli.js meeting moscow` processes on that folder, the first
 * building and saving the snapshot, the next ones answering from it.
 *
 * Prints one JSON line.
 *
 *   npm run build && MB=4.9 RATE=20 node --import tsx tests/support/scripts/hostileBriefing.ts
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { APIInteraction } from 'discord-api-types/v10';
import { type AnswerService, answersFromKnowledge } from '../../../src/discord/answers.js';
import { loadBriefingsFromDir } from '../../../src/io/loadBriefings.js';
import { buildKnowledge } from '../../../src/knowledge.js';
import { awaitAnswer } from '../conversation.js';
import { ROOT, SEEDS } from '../corpora.js';
import { autocomplete, chatInput } from '../payloads.js';
import { SEED_QUESTIONS } from '../questions.js';
import { startTestBot } from '../testBot.js';

const MB = Number(process.env.MB ?? 4.9);
const RATE = Number(process.env.RATE ?? 20);
/** Each hostile interaction is sent this many times. */
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const CLI_RUNS = Number(process.env.CLI_RUNS ?? 5);
/** Days of April the sentences name: one (the default) makes one meeting of them all. */
const DAYS = Number(process.env.DAYS ?? 1);
/** Sentences per paragraph: one (the default) makes each a passage of its own. */
const PER_PARAGRAPH = Number(process.env.PER_PARAGRAPH ?? 1);

const FIRST = ['Arvel', 'Dorin', 'Kesta', 'Lumo', 'Vesna', 'Tarik', 'Oben', 'Mirela', 'Casp'];
const LAST = ['Valtor', 'Quenby', 'Hassler', 'Ostrand', 'Pelka', 'Ruvin', 'Ambry', 'Zelko'];

/** The hostile briefing: the same sentence, other names and days, until it weighs `mb`. */
function hostileText(mb: number): string {
  const lines = ['date 2023-04-30', ''];
  let size = 0;
  let paragraph: string[] = [];
  for (let i = 0; size < mb * 1_000_000; i++) {
    const name = (k: number) =>
      `${FIRST[(i + k) % FIRST.length]} ${LAST[Math.floor(i / FIRST.length + k) % LAST.length]}`;
    const sentence = `Minister ${name(0)} met President ${name(3)} in Moscow on April ${DAYS === 1 ? 25 : (i % DAYS) + 1}.`;
    paragraph.push(sentence);
    size += sentence.length + 1;
    if (paragraph.length === PER_PARAGRAPH) {
      lines.push(paragraph.join(' '), '');
      paragraph = [];
    }
  }
  if (paragraph.length > 0) lines.push(paragraph.join(' '));
  return lines.join('\n');
}

const work = await mkdtemp(join(tmpdir(), 'hostile-'));
const dir = join(work, 'briefings');
await cp(SEEDS, dir, { recursive: true });
const text = hostileText(MB);
await writeFile(join(dir, 'hostile.txt'), text);

const buildStarted = performance.now();
const loaded = await loadBriefingsFromDir(dir);
const knowledge = buildKnowledge(loaded.briefings, loaded.skipped);
const buildMs = performance.now() - buildStarted;
const largest = Math.max(...knowledge.meetings.map((meeting) => meeting.sources.length));

/** The answers as the bot has them, each call timed: answers run synchronously. */
const answerMs: Record<string, number[]> = {};
function timed(service: AnswerService): AnswerService {
  const wrap =
    <A extends unknown[], R>(name: string, call: (...args: A) => R) =>
    (...args: A): R => {
      const started = performance.now();
      try {
        return call(...args);
      } finally {
        (answerMs[name] ??= []).push(performance.now() - started);
      }
    };
  return {
    ...service,
    ask: wrap('ask', service.ask),
    meeting: wrap('meeting', service.meeting),
    whoAttended: wrap('whoAttended', service.whoAttended),
    suggestMeetings: wrap('suggestMeetings', service.suggestMeetings),
    meetingById: wrap('meetingById', service.meetingById),
  };
}

const harness = await startTestBot({ answers: timed(answersFromKnowledge(() => knowledge)) });
const { discord } = harness;

// Others' questions keep arriving while the hostile ones are answered.
const bystanders: APIInteraction[] = [];
let sending = true;
const sender = (async () => {
  const started = Date.now();
  for (let i = 0; sending; i++) {
    const due = started + (i * 1_000) / RATE;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    const question = SEED_QUESTIONS[i % SEED_QUESTIONS.length] ?? 'moscow';
    bystanders.push(discord.sendInteraction(chatInput(discord.world, 'ask', { question })));
  }
})();

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const hostile: APIInteraction[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const interaction of [
    chatInput(discord.world, 'meeting', { query: 'moscow' }),
    chatInput(discord.world, 'who-attended', { meeting: 'moscow' }),
    chatInput(discord.world, 'ask', { question: 'Who met the President in Moscow in April?' }),
    autocomplete(discord.world, 'meeting', { query: 'mosc' }, 'query'),
  ]) {
    hostile.push(interaction);
    discord.sendInteraction(interaction);
    await discord.waitForRequest(
      (request) =>
        request.route === 'interactionCallback' && request.params.token === interaction.token,
      60_000,
    );
  }
}
// Each command's answer as the member finally sees it (a deferred one's edit included).
await Promise.all(
  hostile
    .filter((interaction) => interaction.type === 2)
    .map((interaction) => awaitAnswer(discord, interaction, 60_000)),
);
await new Promise((resolve) => setTimeout(resolve, 1_000));
loop.disable();
sending = false;
await sender;
await discord.settle(500);

const ackOf = (interaction: APIInteraction): number | null =>
  discord
    .requestsFor(interaction)
    .find((request) => request.route === 'interactionCallback' && request.status < 300)
    ?.sinceCreatedMs ?? null;
const bystanderAcks = bystanders.map(ackOf);
const hostileAcks = hostile.map(ackOf);
await harness.close();

// The CLI on the same folder, as whole processes: the first builds and saves the snapshot.
const cache = join(work, 'cache');
function cliRun(args: readonly string[]): { ms: number; status: number | null } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'src', 'cli.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', BRIEFINGS_DIR: dir, BRIEFINGS_CACHE_DIR: cache },
  });
  return { ms: performance.now() - started, status: run.status };
}
const firstCli = cliRun(['meeting', 'moscow']);
const cli: Record<string, number[]> = {};
for (const [name, args] of [
  ['meeting', ['meeting', 'moscow']],
  ['who-attended', ['who-attended', 'moscow']],
  ['ask', ['ask', 'Who met the President in Moscow in April?']],
] as const) {
  for (let i = 0; i < CLI_RUNS; i++) {
    const run = cliRun(args);
    if (run.status !== 0) throw new Error(`the CLI's ${name} exited ${run.status}`);
    (cli[name] ??= []).push(run.ms);
  }
}
const nodeAlone = cliRun(['--version']).ms;

const round = (ms: number) => Math.round(ms);
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
console.log(
  JSON.stringify({
    briefingMB: Number((Buffer.byteLength(text) / 1e6).toFixed(2)),
    largestMeetingSources: largest,
    buildMs: round(buildMs),
    slowestAnswerMs: Object.fromEntries(
      Object.entries(answerMs).map(([name, times]) => [name, round(Math.max(...times))]),
    ),
    eventLoopMaxDelayMs: round(loop.max / 1e6),
    hostileSlowestAckMs: Math.max(...hostileAcks.map((ms) => ms ?? Infinity)),
    bystanders: bystanders.length,
    bystandersAcknowledged: bystanderAcks.filter((ms) => ms !== null).length,
    bystanderSlowestAckMs: Math.max(0, ...bystanderAcks.map((ms) => ms ?? 0)),
    cliFirstRunMs: round(firstCli.ms),
    cliMedianMs: Object.fromEntries(
      Object.entries(cli).map(([name, times]) => [name, round(median(times))]),
    ),
    cliSlowestMs: Object.fromEntries(
      Object.entries(cli).map(([name, times]) => [name, round(Math.max(...times))]),
    ),
    cliVersionOnlyMs: round(nodeAlone),
  }),
);
await rm(work, { recursive: true, force: true });
process.exit(0);
