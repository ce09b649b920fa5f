/**
 * The interaction rate the bot holds: /ask, /meeting and /who-attended arrive through the
 * local Discord at RATE a second for SECONDS, answered from the development corpus (the seeds
 * without it), in one process as the load test runs. Prints one JSON line: how many were
 * sent, acknowledged in time (of them, how many told to retry), dropped as already expired,
 * and the slowest acknowledgement.
 *
 *   RATE=250 SECONDS=8 node --import tsx tests/support/scripts/interactionRate.ts
 */
import { join } from 'node:path';
import type { APIInteraction } from 'discord-api-types/v10';
import { answersFromKnowledge } from '../../../src/discord/answers.js';
import { DEV_CORPUS, hasDevCorpus, knowledgeOf, SEEDS } from '../corpora.js';
import { chatInput } from '../payloads.js';
import { SEED_QUESTIONS } from '../questions.js';
import { startTestBot } from '../testBot.js';
import { userMessage } from '../../../src/discord/userMessages.js';

const RATE = Number(process.env.RATE ?? 200);
const BUSY_NOTE = JSON.stringify(userMessage('busy')).slice(1, -1);
const SECONDS = Number(process.env.SECONDS ?? 8);
const MEETING_QUERIES = ['moscow april 2023', 'moscow defence', 'quadripartite', 'ankara'];
/** How long answers may still arrive after the last interaction was sent. */
const SETTLE_MS = 4_000;

const knowledge = await knowledgeOf(hasDevCorpus ? join(DEV_CORPUS, 'briefings') : SEEDS);
const harness = await startTestBot({ answers: answersFromKnowledge(() => knowledge) });
const { discord } = harness;

function interactionFor(index: number): APIInteraction {
  const query = MEETING_QUERIES[index % MEETING_QUERIES.length] ?? 'moscow';
  if (index % 5 === 3) return chatInput(discord.world, 'meeting', { query });
  if (index % 5 === 4) return chatInput(discord.world, 'who-attended', { meeting: query });
  return chatInput(discord.world, 'ask', {
    question: SEED_QUESTIONS[index % SEED_QUESTIONS.length] ?? 'moscow',
  });
}

const sent: APIInteraction[] = [];
const started = Date.now();
for (let i = 0; i < RATE * SECONDS; i++) {
  const wait = started + (i * 1_000) / RATE - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  sent.push(discord.sendInteraction(interactionFor(i)));
}
const sendingMs = Date.now() - started;
await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
await discord.settle(500);

const acks = sent.flatMap((interaction) => {
  const callback = discord
    .requestsFor(interaction)
    .find((request) => request.route === 'interactionCallback' && request.status < 300);
  return callback ? [callback.sinceCreatedMs ?? 0] : [];
});
const untouched = sent.filter((interaction) => discord.requestsFor(interaction).length === 0);
/** Acknowledged with the busy note (at once, or as the edit of a deferral) instead of an answer. */
const toldBusy = sent.filter((interaction) =>
  discord
    .requestsFor(interaction)
    .some((request) => request.status < 300 && JSON.stringify(request.body).includes(BUSY_NOTE)),
).length;
console.log(
  JSON.stringify({
    corpus: hasDevCorpus ? 'dev corpus' : 'seeds',
    ratePerSecond: RATE,
    seconds: SECONDS,
    sendingMs,
    sent: sent.length,
    acknowledged: acks.length,
    toldBusy,
    droppedAsExpired: untouched.length,
    refused: discord.requests.filter((request) => request.status >= 400).length,
    slowestAckMs: Math.max(0, ...acks),
  }),
);
await harness.close();
process.exit(0);
