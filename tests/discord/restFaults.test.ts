/**
 * Discord's REST API refusing or failing the bot's replies: 429s with `retry_after` (on one
 * route and global) and 5xx on the interaction callback, on the edit of a deferred reply and
 * on channel replies — including a 5xx whose request had in fact gone through. In each case
 * the member sees the answer exactly once, after the wait; the bot neither crashes nor spins
 * (the requests are counted) and goes on serving.
 */

import { DefaultRestOptions } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  acceptedCallbacks,
  awaitAnswer,
  converse,
  sentMessages,
  textOf,
} from '../support/conversation.js';
import { answerOf, citation, delay, fakeAnswers } from '../support/fakeAnswers.js';
import type { RecordedRequest } from '../support/localDiscord.js';
import { channelMessage, chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

/** Short waits, well inside Discord's 3 seconds for a first response. */
const RETRY_AFTER_MS = 300;
/** discord.js retries a 5xx this many times before giving up (its `retries` option). */
const CLIENT_RETRIES = DefaultRestOptions.retries;
/** Slow enough that the reply is deferred, then edited. */
const SLOW_ANSWER_MS = 1_700;

describe('REST faults', () => {
  let harness: TestBot;

  beforeAll(async () => {
    harness = await startTestBot({
      answers: fakeAnswers({
        ask: async (question) => {
          if (question.includes('slow')) await delay(SLOW_ANSWER_MS);
          return answerOf(question, `Answer to ${question}.`, [
            citation(1, 'a.txt', 1, `Answer to ${question}.`),
          ]);
        },
      }),
      cooldownMs: 0,
    });
  });
  afterAll(async () => {
    for (const { message } of sentMessages(harness.discord)) {
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    await harness?.close();
  });

  const ask = (question: string): APIInteraction => {
    const interaction = chatInput(harness.discord.world, 'ask', { question });
    harness.discord.sendInteraction(interaction);
    return interaction;
  };
  const callbacksOf = (interaction: APIInteraction) =>
    harness.discord
      .requestsFor(interaction)
      .filter((request) => request.route === 'interactionCallback');
  const editsOf = (interaction: APIInteraction) =>
    harness.discord
      .requestsFor(interaction)
      .filter((request) => request.route === 'webhookMessage' && request.method === 'PATCH');
  const gap = (first: RecordedRequest | undefined, second: RecordedRequest | undefined) =>
    (second?.at ?? 0) - (first?.at ?? 0);

  it('waits out a 429 on the interaction callback, then replies once', async () => {
    harness.discord.injectFault({
      kind: 'rateLimited',
      route: 'interactionCallback',
      retryAfterMs: RETRY_AFTER_MS,
      scope: 'user',
    });
    const interaction = ask('route limited');
    const exchange = await awaitAnswer(harness.discord, interaction);
    await harness.discord.settle();

    const callbacks = callbacksOf(interaction);
    expect(callbacks.map((request) => request.status)).toEqual([429, 204]);
    expect(gap(callbacks[0], callbacks[1])).toBeGreaterThanOrEqual(RETRY_AFTER_MS);
    expect(exchange.callback.sinceDispatchMs).toBeLessThan(exchange.windowMs);
    expect(textOf(exchange.message)).toContain('Answer to route limited.');
    expect(harness.discord.faultedRequests.some((r) => r.fault === 'retriedTooEarly')).toBe(false);
  });

  it('waits out a global 429, then replies once', async () => {
    harness.discord.injectFault({
      kind: 'rateLimited',
      route: 'interactionCallback',
      retryAfterMs: RETRY_AFTER_MS,
      scope: 'global',
    });
    const interaction = ask('globally limited');
    await awaitAnswer(harness.discord, interaction);
    await harness.discord.settle();

    const callbacks = callbacksOf(interaction);
    expect(callbacks.map((request) => request.status)).toEqual([429, 204]);
    expect(gap(callbacks[0], callbacks[1])).toBeGreaterThanOrEqual(RETRY_AFTER_MS);
    expect(harness.discord.faultedRequests.some((r) => r.fault === 'retriedTooEarly')).toBe(false);
  });

  it('retries a callback that failed with 502 twice, and replies once', async () => {
    harness.discord.injectFault({ kind: 'serverError', route: 'interactionCallback', times: 2 });
    const interaction = ask('bad gateway');
    await awaitAnswer(harness.discord, interaction);
    await harness.discord.settle();
    expect(callbacksOf(interaction).map((request) => request.status)).toEqual([502, 502, 204]);
  });

  it('a callback that went through but answered 5xx is not answered twice, nor apologised for', async () => {
    harness.discord.injectFault({
      kind: 'serverError',
      route: 'interactionCallback',
      status: 504,
      afterProcessing: true,
    });
    const interaction = ask('lost response');
    await harness.discord.waitForRequest(
      (request) =>
        request.params.token === interaction.token &&
        request.route === 'interactionCallback' &&
        request.status === 400,
    );
    await harness.discord.settle();
    // The first attempt created the reply; the retry was refused as already acknowledged.
    expect(callbacksOf(interaction).map((request) => request.status)).toEqual([504, 400]);
    const original = harness.discord.originalMessage(interaction.token);
    expect(original?.embeds?.[0]?.description).toContain('Answer to lost response.');
    const logged = harness.logs.find(
      (line) => line.interactionId === interaction.id && line.level === 40,
    );
    expect(logged?.msg).toBe('interaction could not be answered');
  });

  it('gives up on a callback that keeps failing after a bounded number of attempts, and serves the next one', async () => {
    // Every attempt of the reply and of the apology fails.
    const attempts = 2 * (1 + CLIENT_RETRIES);
    harness.discord.injectFault({
      kind: 'serverError',
      route: 'interactionCallback',
      status: 500,
      times: attempts,
    });
    const interaction = ask('always failing');
    await waitUntil(() =>
      harness.logs.some(
        (line) =>
          line.interactionId === interaction.id &&
          line.msg === 'could not tell the user about the failure',
      ),
    );
    await harness.discord.settle();
    expect(callbacksOf(interaction)).toHaveLength(attempts);
    expect(
      harness.logs.some(
        (line) => line.interactionId === interaction.id && line.msg === 'interaction failed',
      ),
    ).toBe(true);

    const next = await converse(
      harness.discord,
      chatInput(harness.discord.world, 'ask', { question: 'after the outage' }),
    );
    expect(textOf(next.message)).toContain('Answer to after the outage.');
  });

  it('waits out a 429 on the edit of a deferred reply', async () => {
    harness.discord.injectFault({
      kind: 'rateLimited',
      route: 'webhookMessage',
      method: 'PATCH',
      retryAfterMs: RETRY_AFTER_MS,
      scope: 'user',
    });
    const interaction = ask('slow and limited');
    const exchange = await awaitAnswer(harness.discord, interaction);
    await harness.discord.settle();
    expect(exchange.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    const edits = editsOf(interaction);
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
    expect(gap(edits[0], edits[1])).toBeGreaterThanOrEqual(RETRY_AFTER_MS);
    expect(acceptedCallbacks(harness.discord, interaction)).toBe(1);
    expect(textOf(exchange.message)).toContain('Answer to slow and limited.');
  });

  it('waits out a global 429 on the edit of a deferred reply', async () => {
    harness.discord.injectFault({
      kind: 'rateLimited',
      route: 'webhookMessage',
      method: 'PATCH',
      retryAfterMs: RETRY_AFTER_MS,
      scope: 'global',
    });
    const interaction = ask('slow and globally limited');
    await awaitAnswer(harness.discord, interaction);
    await harness.discord.settle();
    const edits = editsOf(interaction);
    expect(edits.map((request) => request.status)).toEqual([429, 200]);
    expect(gap(edits[0], edits[1])).toBeGreaterThanOrEqual(RETRY_AFTER_MS);
    expect(harness.discord.faultedRequests.some((r) => r.fault === 'retriedTooEarly')).toBe(false);
  });

  it('retries an edit that failed with 503, and one whose response was lost, to the same final message', async () => {
    harness.discord.injectFault({
      kind: 'serverError',
      route: 'webhookMessage',
      method: 'PATCH',
      status: 503,
    });
    harness.discord.injectFault({
      kind: 'serverError',
      route: 'webhookMessage',
      method: 'PATCH',
      afterProcessing: true,
    });
    const interaction = ask('slow and failing');
    await harness.discord.waitForRequest(
      (request) =>
        request.params.token === interaction.token &&
        request.route === 'webhookMessage' &&
        request.status === 200,
    );
    await harness.discord.settle();
    expect(editsOf(interaction).map((request) => request.status)).toEqual([503, 502, 200]);
    expect(acceptedCallbacks(harness.discord, interaction)).toBe(1);
    expect(harness.discord.originalMessage(interaction.token)?.embeds?.[0]?.description).toContain(
      'Answer to slow and failing.',
    );
  });

  it('a channel reply retried after a lost response is posted once (enforced nonce)', async () => {
    const { discord } = harness;
    discord.injectFault({
      kind: 'serverError',
      route: 'channelMessage',
      afterProcessing: true,
    });
    discord.injectFault({
      kind: 'rateLimited',
      route: 'channelMessage',
      retryAfterMs: RETRY_AFTER_MS,
      scope: 'user',
    });
    const before = discord.createdMessages.length;
    const question = channelMessage(
      discord.world,
      `<@${discord.world.botUser.id}> mention retried`,
      {
        mentions: [discord.world.botUser],
      },
    );
    discord.sendMessage(question);
    await discord.waitForRequest(
      (request) => request.route === 'channelMessage' && request.status === 200,
    );
    await discord.settle();
    const posts = discord.requests.filter((request) => request.route === 'channelMessage');
    expect(posts.map((request) => request.status)).toEqual([502, 429, 200]);
    const created = discord.createdMessages.slice(before);
    expect(created).toHaveLength(1);
    expect(textOf(created[0] as never)).toContain('Answer to mention retried.');
    expect((posts[0]?.body as { nonce?: string } | undefined)?.nonce).toBe(question.id);
  });

  it('logged every failure and kept running', () => {
    expect(harness.bot.client.isReady()).toBe(true);
    expect(harness.logs.some((line) => line.msg === 'handler failed')).toBe(false);
  });
});
