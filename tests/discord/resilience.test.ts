/**
 * Discord's rules under stress: slow answers are deferred within 3 s and then edited, a
 * failing handler still answers (privately, without internals) and the next interaction is
 * served, over-long answers stay within limits, and a stop lets replies under way finish.
 */
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMessage } from '../../src/discord/userMessages.js';
import {
  EMBED_DESCRIPTION_LIMIT,
  EMBED_FIELD_COUNT_LIMIT,
  EMBED_FIELD_VALUE_LIMIT,
  EMBED_TITLE_LIMIT,
  EMBEDS_TOTAL_LIMIT,
  embedLength,
  MESSAGE_CONTENT_LIMIT,
} from '../../src/render/discord.js';
import type { Attendee, Citation } from '../../src/types.js';
import { converse, type SentMessage, sentMessages, textOf } from '../support/conversation.js';
import { answerOf, citation, delay, fakeAnswers, meetingOf } from '../support/fakeAnswers.js';
import { messageLimitProblems } from '../support/localDiscord.js';
import { autocomplete, chatInput } from '../support/payloads.js';
import { startTestBot, TEST_TOKEN, type TestBot } from '../support/testBot.js';

const SLOW_ANSWER_MS = 2_000;
const LONG_SENTENCE =
  'The ministers discussed the security situation along the border at considerable length. ';

function expectWithinLimits(message: SentMessage): void {
  expect(messageLimitProblems(message)).toEqual([]);
  expect((message.content ?? '').length).toBeLessThanOrEqual(MESSAGE_CONTENT_LIMIT);
  const embeds = message.embeds ?? [];
  expect(embeds.reduce((sum, embed) => sum + embedLength(embed), 0)).toBeLessThanOrEqual(
    EMBEDS_TOTAL_LIMIT,
  );
  for (const embed of embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(EMBED_TITLE_LIMIT);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(EMBED_DESCRIPTION_LIMIT);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(EMBED_FIELD_COUNT_LIMIT);
    for (const field of embed.fields ?? [])
      expect(field.value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_LIMIT);
  }
}

const manyCitations = (count: number): Citation[] =>
  Array.from({ length: count }, (_, index) =>
    citation(index + 1, `briefing-${index + 1}.txt`, 3, LONG_SENTENCE.repeat(20)),
  );

const manyAttendees = (count: number): Attendee[] =>
  Array.from({ length: count }, (_, index) => ({
    name: `Delegate Number ${index + 1} With A Long Name`,
    role: 'Deputy Minister for Regional Security and Cooperation',
    country: `Country ${index % 30}`,
    citations: [index + 1],
  }));

describe('slow, failing and huge answers', () => {
  let harness: TestBot;

  beforeAll(async () => {
    harness = await startTestBot({
      answers: fakeAnswers({
        ask: async (question) => {
          if (question.includes('slow')) {
            await delay(SLOW_ANSWER_MS);
            return answerOf(question, 'Eventually, the answer.', [
              citation(1, 'a.txt', 1, 'Eventually, the answer.'),
            ]);
          }
          if (question.includes('fail late')) {
            await delay(SLOW_ANSWER_MS);
            throw new Error('index corrupted at /srv/briefings/.cache/index.bin');
          }
          if (question.includes('fail'))
            throw new Error('index corrupted at /srv/briefings/.cache/index.bin');
          if (question.includes('long')) {
            return answerOf(question.repeat(40), LONG_SENTENCE.repeat(200), manyCitations(3));
          }
          return answerOf(question, 'Quickly answered.', [
            citation(1, 'a.txt', 1, 'Quickly answered.'),
          ]);
        },
        meeting: (query) => ({
          query,
          meeting: meetingOf({
            id: 'a-very-big-meeting',
            title: 'A summit '.repeat(60),
            date: '2023-04-25',
            countries: Array.from({ length: 30 }, (_, index) => `Country ${index}`),
            attendees: manyAttendees(120),
            topics: Array.from({ length: 60 }, (_, index) => `${LONG_SENTENCE}(topic ${index})`),
            briefings: Array.from({ length: 60 }, (_, index) => `briefing-${index + 1}.txt`),
            citations: manyCitations(60),
          }),
          facts: { date: [1], status: [2], location: [], topics: [] },
          previous: null,
          next: null,
          others: [],
        }),
        whoAttended: (query) => ({
          query,
          meeting: meetingOf({
            id: 'a-very-big-meeting',
            title: 'A summit',
            attendees: manyAttendees(400),
          }),
          attendees: manyAttendees(400),
          citations: manyCitations(60),
        }),
        suggestMeetings: () =>
          Array.from({ length: 80 }, (_, index) => ({
            id: `meeting-${index}-${'x'.repeat(120)}`,
            label: `Meeting ${index} ${'y'.repeat(150)}`,
          })),
      }),
    });
  });
  afterAll(async () => {
    for (const { message } of sentMessages(harness.discord)) {
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    await harness?.close();
  });

  it('replies directly when the answer is quick', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'quick one' }),
    );
    expect(exchange.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(exchange.requests).toHaveLength(1);
  });

  it('defers a slow answer within 3 seconds, then edits the reply with it', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'a slow one' }),
    );
    expect(exchange.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(exchange.callback.status).toBe(204);
    expect(exchange.callback.sinceDispatchMs).toBeLessThan(exchange.windowMs);
    const edit = exchange.requests.find((request) => request.method === 'PATCH');
    expect(edit?.path).toMatch(/\/messages\/@original$/);
    expect(edit?.sinceDispatchMs).toBeGreaterThanOrEqual(SLOW_ANSWER_MS - 50);
    expect(textOf(exchange.message)).toContain('Eventually, the answer.');
  });

  it('a private slow answer is deferred privately', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'a slow one', private: true }),
    );
    expect(exchange.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(exchange.ephemeral).toBe(true);
  });

  it('a failing handler yields a short private apology, logged with the interaction id', async () => {
    const { discord } = harness;
    const interaction = chatInput(discord.world, 'ask', { question: 'please fail' });
    const exchange = await converse(discord, interaction);
    expect(exchange.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(exchange.message.flags).toBe(MessageFlags.Ephemeral);
    expect(exchange.message.content).toBe(userMessage('internalError'));
    expect(textOf(exchange.message)).not.toMatch(/corrupted|\/srv|Error|at /);

    const logged = harness.logs.find(
      (line) => line.interactionId === interaction.id && line.level === 50,
    );
    expect(logged?.msg).toBe('interaction failed');
    expect(JSON.stringify(logged)).toContain('index corrupted');
  });

  it('and the next interaction is answered as usual', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'quick again' }),
    );
    expect(textOf(exchange.message)).toContain('Quickly answered.');
  });

  it('a handler failing after deferring turns the deferred reply into the apology', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'fail late', private: true }),
    );
    expect(exchange.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(exchange.message.content).toBe(userMessage('internalError'));
    expect(exchange.ephemeral).toBe(true);
  });

  it('keeps an over-long /ask answer within every limit, cut with "…and N more"', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'a long one ' }),
    );
    expect(exchange.callback.status).toBe(204);
    expectWithinLimits(exchange.message);
    expect(textOf(exchange.message)).toMatch(/…and \d+ more sentences/);
  });

  it('keeps a huge meeting within every limit', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'meeting', { query: 'summit' }),
    );
    expect(exchange.callback.status).toBe(204);
    expectWithinLimits(exchange.message);
    expect(textOf(exchange.message)).toMatch(/…and \d+ more participants/);
    expect(textOf(exchange.message)).toMatch(/…and \d+ more sources/);
  });

  it('keeps a huge list of attendees within every limit', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'who-attended', { meeting: 'summit' }),
    );
    expect(exchange.callback.status).toBe(204);
    expectWithinLimits(exchange.message);
  });

  it('offers at most 25 autocomplete choices within 100 characters, even from a long list', async () => {
    const { discord } = harness;
    const interaction = discord.sendInteraction(
      autocomplete(discord.world, 'who-attended', { meeting: 'm' }, 'meeting'),
    );
    const callback = await discord.waitForRequest(
      (request) =>
        request.route === 'interactionCallback' && request.params.token === interaction.token,
    );
    expect(callback.status).toBe(204);
    const { choices } = (
      callback.body as { data: { choices: Array<{ name: string; value: string }> } }
    ).data;
    expect(choices).toHaveLength(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('never writes the token to its logs', () => {
    expect(harness.rawLogs.length).toBeGreaterThan(0);
    expect(harness.rawLogs.join('')).not.toContain(TEST_TOKEN);
  });
});

describe('stopping', () => {
  it('lets a reply under way finish before disconnecting', async () => {
    let started: () => void = () => undefined;
    const answering = new Promise<void>((resolve) => {
      started = resolve;
    });
    const harness = await startTestBot({
      answers: fakeAnswers({
        ask: async (question) => {
          started();
          await delay(400);
          return answerOf(question, 'Finished before the stop.', []);
        },
      }),
    });
    try {
      const { discord } = harness;
      const interaction = discord.sendInteraction(
        chatInput(discord.world, 'ask', { question: 'anything' }),
      );
      await answering;
      await harness.bot.stop();
      const reply = discord
        .requestsFor(interaction)
        .find((request) => request.route === 'interactionCallback');
      expect(reply?.status).toBe(204);
      expect(textOf((reply?.body as { data: SentMessage } | undefined)?.data ?? {})).toContain(
        'Finished before the stop.',
      );
      expect(harness.bot.client.isReady()).toBe(false);
    } finally {
      await harness.discord.close();
    }
  });
});
