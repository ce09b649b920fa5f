/**
 * What a burst of new files in the briefings folder does to a running bot, measured as a
 * whole: the built bot runs as `npm start` runs it (its own process, meetings in the worker)
 * on a folder of INITIAL generated briefings, connected to the local Discord in this process;
 * BURST more files are then copied in at once by another process (`cp`, as an operator would
 * drop them) while /ask interactions arrive at RATE a second at most; with SERIAL=1 each is
 * sent only once the one before was acknowledged (or its 3 s are over), so whether every one
 * is acknowledged does not hang on how fast the machine is. Prints one JSON line: the
 * slowest acknowledgement (from the interaction's creation), how many were never
 * acknowledged in time, the longest the bot stayed silent while interactions waited (its event loop blocked),
 * and how long until the last file of the burst was cited in an answer.
 *
 *   npm run build && BURST=10000 RATE=20 node --import tsx tests/support/scripts/folderBurst.ts
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIInteraction } from 'discord-api-types/v10';
import { generateCorpus } from '../../../bench/generate.js';
import { ROOT } from '../corpora.js';
import { INTERACTION_DEADLINE_MS, LocalDiscord, type RecordedRequest } from '../localDiscord.js';
import { chatInput } from '../payloads.js';
import { SEED_QUESTIONS } from '../questions.js';
import { TEST_TOKEN } from '../testBot.js';

const INITIAL = Number(process.env.INITIAL ?? 1_000);
const BURST = Number(process.env.BURST ?? 10_000);
const RATE = Number(process.env.RATE ?? 20);
const SERIAL = process.env.SERIAL === '1';
/** Files written at once while the burst is staged. */
const WRITE_BATCH = 256;
/** Interactions keep coming this long after the burst's last file is cited. */
const TAIL_MS = 3_000;
const GIVE_UP_MS = Number(process.env.GIVE_UP_MS ?? 600_000);
const LAST_FILE = 'zz-last-of-the-burst.txt';
const LAST_WORD = 'Qwertyville';
/** How often the last file of the burst is looked for. */
const PROBE_EVERY_MS = 250;

const corpus = generateCorpus({ size: INITIAL + BURST });
const work = await mkdtemp(join(tmpdir(), 'burst-'));
const dir = join(work, 'briefings');
const staged = join(work, 'staged');
await mkdir(dir);
await mkdir(staged);
for (const file of corpus.files.slice(0, INITIAL)) await writeFile(join(dir, file.file), file.text);
const burst = corpus.files.slice(INITIAL);
for (let i = 0; i < burst.length; i += WRITE_BATCH) {
  await Promise.all(
    burst.slice(i, i + WRITE_BATCH).map((file) => writeFile(join(staged, file.file), file.text)),
  );
}

const discord = await LocalDiscord.start({ token: TEST_TOKEN });
const bot: ChildProcess = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'bot.js')], {
  cwd: work,
  env: {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: discord.world.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    BRIEFINGS_DIR: dir,
    BRIEFINGS_CACHE_DIR: 'off',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
await discord.waitForHandshakes(1, 120_000);

const accepted = (interaction: APIInteraction): RecordedRequest | undefined =>
  discord
    .requestsFor(interaction)
    .find((request) => request.route === 'interactionCallback' && request.status < 300);
const citedIn = (interaction: APIInteraction, file: string): boolean =>
  discord
    .requestsFor(interaction)
    .some((request) => request.status < 300 && JSON.stringify(request.body).includes(file));

const sent: APIInteraction[] = [];
let sending = true;
const sender = (async () => {
  const started = Date.now();
  for (let i = 0; sending; i++) {
    const due = started + (i * 1_000) / RATE;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
    const question = SEED_QUESTIONS[i % SEED_QUESTIONS.length] ?? 'moscow';
    const interaction = discord.sendInteraction(chatInput(discord.world, 'ask', { question }));
    sent.push(interaction);
    if (SERIAL)
      await discord
        .waitForRequest(
          (request) =>
            request.route === 'interactionCallback' && request.params.token === interaction.token,
          INTERACTION_DEADLINE_MS,
        )
        .catch(() => undefined);
  }
})();

const burstStarted = performance.now();
const copy = spawn('cp', ['-r', `${staged}/.`, dir], { stdio: 'inherit' });
await once(copy, 'exit');
// The burst's last file, with a word no other has: searchable once an answer cites it.
await writeFile(join(dir, LAST_FILE), `The envoys met in ${LAST_WORD} on Tuesday.`);
const writtenMs = performance.now() - burstStarted;
const probes: APIInteraction[] = [];
let searchableMs = Number.NaN;
while (performance.now() - burstStarted < GIVE_UP_MS) {
  if (probes.some((probe) => citedIn(probe, LAST_FILE))) {
    searchableMs = performance.now() - burstStarted;
    break;
  }
  probes.push(discord.sendInteraction(chatInput(discord.world, 'ask', { question: LAST_WORD })));
  await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
}
await new Promise((resolve) => setTimeout(resolve, TAIL_MS));
sending = false;
await sender;
await discord.settle(500);

/** The longest time interactions waited with none acknowledged: the bot was not running JS. */
const callbackTimes = discord.requests
  .filter((request) => request.route === 'interactionCallback')
  .map((request) => request.at)
  .sort((a, b) => a - b);
let longestSilenceMs = 0;
for (let i = 1; i < callbackTimes.length; i++)
  longestSilenceMs = Math.max(longestSilenceMs, callbackTimes[i]! - callbackTimes[i - 1]!);

const callbacks = sent.map(accepted);
const acknowledgedTwice = sent.filter(
  (interaction) =>
    discord
      .requestsFor(interaction)
      .filter((request) => request.route === 'interactionCallback' && request.status < 300).length >
    1,
).length;
const ackMs = callbacks.flatMap((request) => (request ? [request.sinceCreatedMs ?? 0] : []));
console.log(
  JSON.stringify({
    initial: INITIAL,
    burst: BURST,
    ratePerSecond: RATE,
    interactions: sent.length,
    acknowledged: ackMs.length,
    slowestAckMs: Math.max(...ackMs),
    notAcknowledged: sent.length - ackMs.length,
    acknowledgedTwice,
    longestSilenceMs,
    burstWrittenMs: Math.round(writtenMs),
    lastFileCitedAfterMs: Math.round(searchableMs),
  }),
);
bot.kill('SIGTERM');
await once(bot, 'exit');
await discord.close();
await rm(work, { recursive: true, force: true });
process.exit(0);
