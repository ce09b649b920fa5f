/**
 * Overload: far more interactions at once than the bot can answer within Discord's 3 s. Answers
 * are worked out on the thread that sends the replies; worked out back to back, every reply
 * waited for the last answer, reached Discord too late and was refused (on a busy machine, 0
 * of 300 acknowledged), and the bot fell further behind with every one. Each answer now
 * begins a turn of the event loop after the one before it, so replies go out between them,
 * and only while its interaction can still be answered, so the rest of the burst costs nothing
 * and what comes next is answered in time.
 *
 * The sustained rate the bot holds is measured by tests/support/scripts/interactionRate.ts.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERACTION_RESPONSE_WINDOW_MS } from '../../src/discord/interactionClock.js';
import { awaitAnswer, textOf } from '../support/conversation.js';
import { answerOf, citation, delay, fakeAnswers } from '../support/fakeAnswers.js';
import { chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

/** CPU one answer takes, on the thread that serves Discord. */
const ANSWER_MS = 40;
/** Interactions sent at once: about four times what the bot can answer in 3 s. */
const BURST = Math.round((4 * INTERACTION_RESPONSE_WINDOW_MS) / ANSWER_MS);
/**
 * When the next interaction comes after the burst: long after a bot that drops the expired
 * ones is level again, long before one that answers every one would be.
 */
const NEXT_AFTER_MS = 2 * INTERACTION_RESPONSE_WINDOW_MS;

/** Busy for `ms`, as an answer computing is: nothing else runs meanwhile. */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe(`${BURST} interactions at once, four times what the bot answers in 3 s`, () => {
  let harness: TestBot;
  /** The questions whose answer was worked out. */
  const worked = new Set<string>();

  beforeAll(async () => {
    harness = await startTestBot({
      answers: fakeAnswers({
        ask: (question) => {
          worked.add(question);
          work(ANSWER_MS);
          return answerOf(question, `Answer to ${question}.`, [
            citation(1, 'a.txt', 1, `Answer to ${question}.`),
          ]);
        },
      }),
    });
  });
  afterAll(async () => harness?.close());

  it('works only on those it can still answer in time, and answers the next one in time', async () => {
    const { discord } = harness;
    const burst: APIInteraction[] = [];
    for (let i = 0; i < BURST; i++)
      burst.push(discord.sendInteraction(chatInput(discord.world, 'ask', { question: `q${i}` })));
    await delay(NEXT_AFTER_MS);
    const next = await awaitAnswer(
      discord,
      discord.sendInteraction(chatInput(discord.world, 'ask', { question: 'next' })),
      30_000,
    );
    expect(next.callback.status).toBeLessThan(300);
    expect(textOf(next.message)).toContain('Answer to next.');
    await discord.settle(500);

    const acknowledged = (interaction: APIInteraction) =>
      discord
        .requestsFor(interaction)
        .some((request) => request.route === 'interactionCallback' && request.status < 300);
    const answered = burst.filter(acknowledged);
    // Answers worked out that Discord then refused: their reply waited behind other work.
    const wasted = burst.filter(
      (interaction, i) => worked.has(`q${i}`) && !acknowledged(interaction),
    );
    console.log(
      `overload: ${answered.length} acknowledged, ${worked.size} worked out, ${wasted.length} of them refused`,
    );
    // Replies go out between the answers: most of the work done reached Discord in time.
    expect(answered.length).toBeGreaterThan(0);
    expect(wasted.length).toBeLessThan(answered.length / 2);
    // Most of the burst it had no time for got no work at all.
    expect(worked.size).toBeLessThan(BURST / 2);
  }, 60_000);
});
