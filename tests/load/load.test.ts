/**
 * Load, in one file so that the two never compete for the CPU (test files run in parallel):
 *
 * - Through the local Discord: 200 interactions arriving within one second, answered from the
 *   real knowledge (the development corpus when present, else the seeds). Every one is
 *   acknowledged within Discord's 3 seconds and answered exactly once; the times to
 *   acknowledge and to the final answer go to bench/out/discord-load.json and are printed.
 * - A soak of 20,000 queries in one process — answered and rendered as the bot does, over the
 *   seeds and the development corpus, hostile text and unseen words included — leaks nothing:
 *   the heap after the soak is within 10% of the heap after warm-up, both read after full
 *   garbage collections. It runs as a child process so that it can collect garbage on demand;
 *   the figures go to bench/out/soak.json and are printed.
 */
import { SEED_QUESTIONS } from '../support/questions.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFromKnowledge } from '../../src/discord/answers.js';
import { acceptedCallbacks, awaitAnswer, type Exchange } from '../support/conversation.js';
import { DEV_CORPUS, hasDevCorpus, knowledgeOf, ROOT, SEEDS } from '../support/corpora.js';
import { chatInput } from '../support/payloads.js';
import { runNode } from '../support/runNode.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

const INTERACTIONS = 200;
const ARRIVAL_WINDOW_MS = 1_000;
const ACK_DEADLINE_MS = 3_000;
const SOAK_QUERIES = 20_000;
const ALLOWED_HEAP_GROWTH = 0.1;

const QUESTIONS = SEED_QUESTIONS;
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
    question: QUESTIONS[index % QUESTIONS.length] as string,
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

describe('200 interactions within one second', () => {
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
    const started = Date.now();
    for (let index = 0; index < INTERACTIONS; index++) {
      const due = started + (index * ARRIVAL_WINDOW_MS) / INTERACTIONS;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      interactions.push(discord.sendInteraction(interactionFor(discord.world, index)));
    }
    const arrivalMs = Date.now() - started;
    const exchanges: Exchange[] = await Promise.all(
      interactions.map((interaction) => awaitAnswer(discord, interaction, 20_000)),
    );
    await discord.settle(200);

    const ackMs = exchanges.map((exchange) => exchange.callback.sinceDispatchMs ?? Number.NaN);
    const answerMs = exchanges.map((exchange) => {
      const last = exchange.requests
        .filter((request) => request.status < 300)
        .reduce((latest, request) => Math.max(latest, request.sinceDispatchMs ?? 0), 0);
      return last;
    });
    const deferred = exchanges.filter((exchange) => exchange.callbackType === 5).length;
    const figures = {
      corpus: hasDevCorpus ? 'dev corpus' : 'seeds',
      interactions: INTERACTIONS,
      arrivalMs,
      deferred,
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

    // The sender shares the event loop with the bot, so a busy bot can stretch the burst a little.
    expect(arrivalMs).toBeLessThanOrEqual(ARRIVAL_WINDOW_MS + 500);
    expect(figures.acknowledgeMs.max).toBeLessThan(ACK_DEADLINE_MS);
    expect(figures.refused).toBe(0);
    for (const interaction of interactions) expect(acceptedCallbacks(discord, interaction)).toBe(1);
    expect(harness.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  }, 60_000);
});

describe('soak', () => {
  it(`answers ${SOAK_QUERIES} queries with the heap back within 10% of its size after warm-up`, async () => {
    const run = await runNode(
      ['--expose-gc', '--import', 'tsx', join(ROOT, 'tests', 'support', 'scripts', 'soak.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, SOAK_QUERIES: String(SOAK_QUERIES) },
        timeoutMs: 240_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const figures = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      soakQueries: number;
      heapAfterWarmUp: number;
      heapAfterSoak: number;
      growth: number;
    };
    await mkdir(join(ROOT, 'bench', 'out'), { recursive: true });
    await writeFile(
      join(ROOT, 'bench', 'out', 'soak.json'),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
    console.log(`soak: ${JSON.stringify(figures)}`);

    expect(figures.soakQueries).toBe(SOAK_QUERIES);
    expect(figures.heapAfterSoak).toBeLessThanOrEqual(
      figures.heapAfterWarmUp * (1 + ALLOWED_HEAP_GROWTH),
    );
  }, 300_000);
});
