/**
 * A burst of 200 interactions through the local Discord, answered from the real knowledge (the
 * development corpus when present, else the seeds).
 *
 * The test sends them as fast as the machine can take them and no faster than 200 a second:
 * at most IN_FLIGHT interactions are unanswered at any time, so on a busy machine the burst
 * stretches instead of queueing work the machine cannot do in time. What must hold on any
 * machine is asserted — each one acknowledged within Discord's 3 seconds (stretched by the
 * machine's slowdown, tests/support/machine.ts, as the local Discord stretches them), answered
 * exactly once, nothing refused, no error logged — and how fast it went is only recorded, with
 * the slowdown measured before and after the burst (timings belong to `npm run bench`):
 * bench/out/discord-load.json and the test's output.
 *
 * The 20,000-query soak is in tests/soak (`npm run test:soak`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFromKnowledge } from '../../src/discord/answers.js';
import { acceptedCallbacks, awaitAnswer, type Exchange } from '../support/conversation.js';
import { DEV_CORPUS, hasDevCorpus, knowledgeOf, ROOT, SEEDS } from '../support/corpora.js';
import { slowdown } from '../support/machine.js';
import { chatInput } from '../support/payloads.js';
import { SEED_QUESTIONS } from '../support/questions.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

const INTERACTIONS = 200;
/** The fastest the burst is sent: all of it within one second. */
const FASTEST_ARRIVAL_MS = 1_000;
/** Interactions waiting for their answer at once, at most. */
const IN_FLIGHT = 8;
/**
 * How long one interaction may take to be answered before the test gives up on it (on an idle
 * machine; the local Discord waits longer on a busy one).
 */
const ANSWER_TIMEOUT_MS = 20_000;

const MEETING_QUERIES = ['moscow april 2023', 'moscow defence', 'quadripartite', 'ankara'];

/** The interaction number `index` of the burst: mostly /ask, some /meeting and /who-attended. */
function interactionFor(world: TestBot['discord']['world'], index: number): APIInteraction {
  const kind = index % 5;
  if (kind === 3)
    return chatInput(world, 'meeting', {
      query: MEETING_QUERIES[index % MEETING_QUERIES.length] as string,
    });
  if (kind === 4)
    return chatInput(world, 'who-attended', {
      meeting: MEETING_QUERIES[index % MEETING_QUERIES.length] as string,
    });
  return chatInput(world, 'ask', {
    question: SEED_QUESTIONS[index % SEED_QUESTIONS.length] as string,
    private: index % 2 === 0,
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function summary(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe(`a burst of ${INTERACTIONS} interactions`, () => {
  let harness: TestBot;
  const corpus = hasDevCorpus ? join(DEV_CORPUS, 'briefings') : SEEDS;

  beforeAll(async () => {
    const knowledge = await knowledgeOf(corpus);
    harness = await startTestBot({ answers: answersFromKnowledge(() => knowledge) });
  });
  afterAll(async () => harness?.close());

  it('acknowledges every one within 3 s and answers each exactly once', async () => {
    const { discord } = harness;
    const interactions: APIInteraction[] = [];
    const answered: Promise<Exchange>[] = [];
    const waiting = new Set<Promise<Exchange>>();
    let mostInFlight = 0;
    const slowdownBefore = slowdown();
    const started = Date.now();
    for (let index = 0; index < INTERACTIONS; index++) {
      while (waiting.size >= IN_FLIGHT) await Promise.race(waiting);
      const due = started + (index * FASTEST_ARRIVAL_MS) / INTERACTIONS;
      if (due > Date.now()) await sleep(due - Date.now());
      const interaction = discord.sendInteraction(interactionFor(discord.world, index));
      const answer = awaitAnswer(discord, interaction, ANSWER_TIMEOUT_MS);
      const settled = answer.finally(() => waiting.delete(settled));
      // A failure is reported by Promise.all below; the copy in `waiting` only paces.
      settled.catch(() => undefined);
      waiting.add(settled);
      mostInFlight = Math.max(mostInFlight, waiting.size);
      interactions.push(interaction);
      answered.push(answer);
    }
    const arrivalMs = Date.now() - started;
    const exchanges = await Promise.all(answered);
    await discord.settle(200);

    const slowdownAfter = slowdown();

    const ackMs = exchanges.map((exchange) => exchange.callback.sinceDispatchMs ?? Number.NaN);
    const answerMs = exchanges.map((exchange) =>
      exchange.requests
        .filter((request) => request.status < 300)
        .reduce((latest, request) => Math.max(latest, request.sinceDispatchMs ?? 0), 0),
    );
    const figures = {
      corpus: hasDevCorpus ? 'dev corpus' : 'seeds',
      interactions: INTERACTIONS,
      slowdown: { before: round2(slowdownBefore), after: round2(slowdownAfter) },
      // Discord's 3 s as the local Discord stretched them for this machine, at most.
      acknowledgeWindowMs: Math.round(Math.max(...exchanges.map((exchange) => exchange.windowMs))),
      inFlightLimit: IN_FLIGHT,
      mostInFlight,
      arrivalMs,
      deferred: exchanges.filter((exchange) => exchange.callbackType === 5).length,
      acknowledgeMs: summary(ackMs),
      finalAnswerMs: summary(answerMs),
      refused: discord.requests.filter((request) => request.status >= 400).length,
    };
    await mkdir(join(ROOT, 'bench', 'out'), { recursive: true });
    await writeFile(
      join(ROOT, 'bench', 'out', 'discord-load.json'),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
    console.log(`discord load: ${JSON.stringify(figures)}`);

    const late = exchanges.filter(
      (exchange) => !((exchange.callback.sinceDispatchMs ?? Number.NaN) < exchange.windowMs),
    );
    expect(late.map((exchange) => [exchange.callback.sinceDispatchMs, exchange.windowMs])).toEqual(
      [],
    );
    expect(figures.refused).toBe(0);
    for (const interaction of interactions) expect(acceptedCallbacks(discord, interaction)).toBe(1);
    expect(harness.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});
