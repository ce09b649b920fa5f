/**
 * Overload: more interactions than the bot can answer within Discord's 3 s. Answers are worked
 * out one at a time on the thread that sends the replies. Without a bound every one of a burst
 * was queued and worked out, deferrals and all, so the bot fell further behind with each (at
 * 250 a second, 1 of 2,000 acknowledged). Now at most ANSWERS_WAITING_AT_MOST answers wait at
 * once, the rest of a burst gets a short private "busy, try again" note and no work, and an
 * answer whose turn comes after Discord's window is not worked out either.
 *
 * Everything here asserts counts and outcomes, never how fast the machine is: answers that
 * must wait are held by a gate the test opens, not by the machine's speed. The sustained rate
 * the bot holds is measured by tests/support/scripts/interactionRate.ts.
 */
import { type APIInteraction, InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_WAITING_AT_MOST } from '../../src/discord/answerQueue.js';
import { INTERACTION_RESPONSE_WINDOW_MS } from '../../src/discord/interactionClock.js';
import { userMessage } from '../../src/discord/userMessages.js';
import { acceptedCallbacks, awaitAnswer, converse, textOf } from '../support/conversation.js';
import { answerOf, citation, fakeAnswers } from '../support/fakeAnswers.js';
import type { LocalDiscord, RecordedRequest } from '../support/localDiscord.js';
import { chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

/** CPU one slow answer takes, on the thread that serves Discord. */
const ANSWER_MS = 40;

/** Busy for `ms`, as an answer computing is: nothing else runs meanwhile. */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const isCallback = (request: RecordedRequest) => request.route === 'interactionCallback';
const isEdit = (request: RecordedRequest) =>
  request.route === 'webhookMessage' && request.method === 'PATCH';

/** The first response Discord accepted for an interaction, if any. */
function acceptedCallback(discord: LocalDiscord, interaction: APIInteraction) {
  return discord
    .requestsFor(interaction)
    .find((request) => isCallback(request) && request.status < 300);
}

/** What the member finally sees: the reply, or the last accepted edit of the deferral. */
function finalText(discord: LocalDiscord, interaction: APIInteraction): string {
  const requests = discord.requestsFor(interaction);
  const edit = requests.filter((request) => isEdit(request) && request.status < 300).at(-1);
  if (edit) return textOf(edit.body as never);
  const callback = acceptedCallback(discord, interaction);
  const data = (callback?.body as { data?: object } | undefined)?.data ?? {};
  return textOf(data as never);
}

/** Refusals because the interaction was answered already: the bot answered it twice. */
const answeredTwice = (discord: LocalDiscord) =>
  discord.requests.filter((request) => isCallback(request) && request.status === 400);

describe(`more than ${ANSWERS_WAITING_AT_MOST} answers waiting at once`, () => {
  const OVER = 16;
  let harness: TestBot;
  /** The questions whose answer was begun. */
  const worked = new Set<string>();
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));

  beforeAll(async () => {
    harness = await startTestBot({
      answers: fakeAnswers({
        ask: async (question) => {
          worked.add(question);
          await gate;
          return answerOf(question, `Answer to ${question}.`, [
            citation(1, 'a.txt', 1, `Answer to ${question}.`),
          ]);
        },
      }),
    });
  });
  afterAll(async () => {
    open();
    await harness?.close();
  });

  it('works out the first ones and tells the rest, privately and at once, to try again', async () => {
    const { discord } = harness;
    const burst: APIInteraction[] = [];
    for (let i = 0; i < ANSWERS_WAITING_AT_MOST + OVER; i++)
      burst.push(discord.sendInteraction(chatInput(discord.world, 'ask', { question: `q${i}` })));
    const admitted = burst.slice(0, ANSWERS_WAITING_AT_MOST);
    const turnedAway = burst.slice(ANSWERS_WAITING_AT_MOST);

    // Those over the bound are answered while the others still wait: nothing is queued for them.
    for (const interaction of turnedAway) await awaitAnswer(discord, interaction);
    // The waiting ones are deferred in time; then their answers come.
    await waitUntil(() => admitted.every((i) => acceptedCallbacks(discord, i) === 1), 10_000);
    open();
    for (const interaction of admitted) await awaitAnswer(discord, interaction, 10_000);
    await discord.settle();

    for (const interaction of burst) expect(acceptedCallbacks(discord, interaction)).toBe(1);
    expect(answeredTwice(discord)).toEqual([]);
    admitted.forEach((interaction, i) => {
      expect(finalText(discord, interaction)).toContain(`Answer to q${i}.`);
    });
    for (const interaction of turnedAway) {
      const callback = acceptedCallback(discord, interaction)!;
      const body = callback.body as { type: number; data: { flags?: number } };
      expect(body.type).toBe(InteractionResponseType.ChannelMessageWithSource);
      expect((body.data.flags ?? 0) & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(finalText(discord, interaction)).toContain(userMessage('busy'));
    }
    expect(worked).toEqual(new Set(admitted.map((_, i) => `q${i}`)));

    // The queue is free again: the next question is answered as usual.
    const next = await converse(discord, chatInput(discord.world, 'ask', { question: 'next' }));
    expect(textOf(next.message)).toContain('Answer to next.');
  });
});

describe('answers worked out one at a time, slowly', () => {
  let harness: TestBot;
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

  it('edits a deferral whose turn came after Discord’s window with the busy note, without working it out', async () => {
    const { discord } = harness;
    // Ahead of it, answers taking together at least the time the late one has left.
    const ahead = Math.ceil(INTERACTION_RESPONSE_WINDOW_MS / 2 / ANSWER_MS);
    const first: APIInteraction[] = [];
    for (let i = 0; i < ahead; i++)
      first.push(
        discord.sendInteraction(chatInput(discord.world, 'ask', { question: `ahead ${i}` })),
      );
    // Created 2 s ago: deferred at once, and its turn comes after its 3 s.
    const late = discord.sendInteraction(chatInput(discord.world, 'ask', { question: 'late' }), {
      ageMs: 2_000,
    });
    const exchange = await awaitAnswer(discord, late, 10_000);
    await discord.settle();

    expect(exchange.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(textOf(exchange.message)).toContain(userMessage('busy'));
    expect(worked.has('late')).toBe(false);
    expect(acceptedCallbacks(discord, late)).toBe(1);
    for (const interaction of first)
      expect(acceptedCallbacks(discord, interaction)).toBeLessThanOrEqual(1);
    expect(answeredTwice(discord)).toEqual([]);
  });

  it('after a burst four times what it answers in 3 s, leaves none answered twice or left thinking, and answers the next', async () => {
    const { discord } = harness;
    const BURST = Math.round((4 * INTERACTION_RESPONSE_WINDOW_MS) / ANSWER_MS);
    worked.clear();
    const burst: APIInteraction[] = [];
    for (let i = 0; i < BURST; i++)
      burst.push(discord.sendInteraction(chatInput(discord.world, 'ask', { question: `b${i}` })));
    // Past every answer's window, so everything the burst left is settled.
    await new Promise((resolve) => setTimeout(resolve, 2 * INTERACTION_RESPONSE_WINDOW_MS));
    await discord.settle();
    const next = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'next' }),
      30_000,
    );
    expect(textOf(next.message)).toContain('Answer to next.');
    await discord.settle();

    const busy = burst.filter((i) => finalText(discord, i).includes(userMessage('busy')));
    const answered = burst.filter((i, n) => finalText(discord, i).includes(`Answer to b${n}.`));
    console.log(
      `overload: ${BURST} at once, ${answered.length} answered, ${busy.length} told to retry, ${worked.size - 1} worked out besides the next`,
    );
    expect(answeredTwice(discord)).toEqual([]);
    for (const interaction of burst) {
      expect(acceptedCallbacks(discord, interaction)).toBeLessThanOrEqual(1);
      // A deferral always becomes an answer or the busy note: nobody is left with "thinking…".
      const callback = acceptedCallback(discord, interaction);
      const type = (callback?.body as { type?: number } | undefined)?.type;
      if (type === InteractionResponseType.DeferredChannelMessageWithSource)
        expect(discord.requestsFor(interaction).some((r) => isEdit(r) && r.status < 300)).toBe(
          true,
        );
    }
    // No answer was worked out for those told to retry.
    burst.forEach((interaction, n) => {
      if (busy.includes(interaction)) expect(worked.has(`b${n}`)).toBe(false);
    });
    // Those it had no room for got the note, not silence.
    expect(busy.length).toBeGreaterThan(0);
  });

  it('sent one at a time, acknowledges every one exactly once with its answer', async () => {
    const { discord } = harness;
    for (let i = 0; i < 20; i++) {
      const interaction = chatInput(discord.world, 'ask', { question: `one ${i}` });
      const exchange = await converse(discord, interaction, 10_000);
      expect(textOf(exchange.message)).toContain(`Answer to one ${i}.`);
      expect(acceptedCallbacks(discord, interaction)).toBe(1);
    }
    expect(answeredTwice(discord)).toEqual([]);
  });
});
