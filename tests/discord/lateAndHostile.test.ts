/**
 * Interactions that reach the bot late, members who may not reload, a stop in the middle of a
 * /reload, interaction tokens in logged URLs, and gateway closes Discord will not undo — each
 * through the real discord.js client against the local Discord, whose interactions expire 3 s
 * after their creation (the time in their snowflake), as Discord's do.
 */
import type { APIChatInputApplicationCommandInteraction } from 'discord-api-types/v10';
import { GatewayCloseCodes, InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FatalGatewayClose } from '../../src/discord/gatewayClose.js';
import { userMessage } from '../../src/discord/userMessages.js';
import type { RebuildReport } from '../../src/io/liveKnowledge.js';
import { awaitAnswer, converse, textOf } from '../support/conversation.js';
import { answerOf, citation, delay, fakeAnswers } from '../support/fakeAnswers.js';
import { patience } from '../support/machine.js';
import { chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

/** How long the slow answers here take: under Discord's 3 s, over what a late one has left. */
const SLOW_ANSWER_MS = 1_200;

const report: RebuildReport = {
  briefingsBefore: 2,
  briefingsAfter: 2,
  meetingsBefore: 1,
  meetingsAfter: 1,
  added: 0,
  changed: 0,
  removed: 0,
  skipped: [],
  folderProblem: null,
  durationMs: 5,
};

/** The same command run by a member without Manage Server (only Send Messages, View Channel). */
function withoutManageServer(
  interaction: APIChatInputApplicationCommandInteraction,
): APIChatInputApplicationCommandInteraction {
  const member = interaction.member;
  if (!member) throw new Error('a guild interaction has a member');
  return { ...interaction, member: { ...member, permissions: String((1n << 10n) | (1n << 11n)) } };
}

describe('interactions that reach the bot late', () => {
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
    });
    // A first interaction on time, as any running bot has seen: the clock learns the skew from it.
    await converse(harness.discord, chatInput(harness.discord.world, 'ask', { question: 'hi' }));
  });
  afterAll(async () => harness?.close());

  it('drops an interaction already past Discord’s 3 s without calling Discord, and says so in the log', async () => {
    const { discord } = harness;
    const late = discord.sendInteraction(
      chatInput(discord.world, 'ask', { question: 'too late' }),
      { ageMs: 3_500 },
    );
    await waitUntil(() =>
      harness.logs.some((line) => /^dropped interactions/.test(String(line.msg))),
    );
    await discord.settle();
    expect(discord.requestsFor(late)).toEqual([]);
    // The next one on time is answered as usual.
    const exchange = await converse(discord, chatInput(discord.world, 'ask', { question: 'next' }));
    expect(textOf(exchange.message)).toContain('Answer to next.');
  });

  it('counts the defer timer from the interaction’s creation: a late, slow answer is deferred in time', async () => {
    const { discord } = harness;
    const late = discord.sendInteraction(
      chatInput(discord.world, 'ask', { question: 'slow and late' }),
      { ageMs: 2_000 },
    );
    const exchange = await awaitAnswer(discord, late);
    expect(exchange.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(exchange.callback.status).toBe(204);
    expect(textOf(exchange.message)).toContain('Answer to slow and late.');
  });
});

describe('/reload', () => {
  let harness: TestBot;
  let reloads = 0;
  let release: (() => void) | null = null;

  beforeAll(async () => {
    harness = await startTestBot({
      answers: fakeAnswers(),
      reindex: async () => {
        reloads++;
        // Each reload waits until the test lets it finish (or forever).
        await new Promise<void>((resolve) => (release = resolve));
        return report;
      },
    });
  });
  afterAll(async () => {
    release?.();
    await harness?.discord.close();
  });

  it('is refused, privately, to a member without Manage Server, and re-reads nothing', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      withoutManageServer(chatInput(discord.world, 'reload')),
    );
    expect(exchange.ephemeral).toBe(true);
    expect(textOf(exchange.message)).toContain(userMessage('reloadNotAllowed'));
    expect(reloads).toBe(0);
  });

  it('a stop during the re-read edits the deferred reply to say so, and the stop ends', async () => {
    const { discord } = harness;
    const reload = discord.sendInteraction(chatInput(discord.world, 'reload'));
    await discord.waitForRequest(
      (request) => request.route === 'interactionCallback' && request.params.token === reload.token,
    );
    await waitUntil(() => reloads === 1);
    await harness.bot.stop();
    const edit = discord.requestsFor(reload).find((request) => request.method === 'PATCH');
    expect(edit?.status).toBe(200);
    expect(textOf(edit?.body as never)).toContain(userMessage('reloadInterrupted'));
  });
});

describe('interaction tokens in logged request URLs', () => {
  let harness: TestBot;
  beforeAll(async () => {
    harness = await startTestBot({ answers: fakeAnswers() });
  });
  afterAll(async () => harness?.close());

  it('are censored when Discord keeps failing the reply (a 5xx storm)', async () => {
    const { discord } = harness;
    discord.injectFault({
      kind: 'serverError',
      route: 'interactionCallback',
      status: 500,
      times: 8,
    });
    const interaction = discord.sendInteraction(
      chatInput(discord.world, 'ask', { question: 'storm' }),
    );
    await waitUntil(() =>
      harness.logs.some(
        (line) => line.interactionId === interaction.id && (line.level as number) >= 40,
      ),
    );
    await discord.settle();
    const logged = harness.rawLogs.join('');
    expect(logged).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback/);
    expect(logged).not.toContain(interaction.token);
  });
});

describe.each([
  GatewayCloseCodes.AuthenticationFailed,
  GatewayCloseCodes.InvalidIntents,
  GatewayCloseCodes.DisallowedIntents,
])('a gateway close Discord will not undo (%i)', (code) => {
  it('is handed to the caller once, with what to fix', async () => {
    const fatal: FatalGatewayClose[] = [];
    const harness = await startTestBot({
      answers: fakeAnswers(),
      onFatalClose: (close) => fatal.push(close),
    });
    try {
      harness.discord.closeGateway(code);
      await waitUntil(() => fatal.length > 0);
      await delay(patience(300));
      expect(fatal).toHaveLength(1);
      expect(fatal[0]?.code).toBe(code);
      expect(fatal[0]?.message).toMatch(/^✗ .+ \(gateway close \d+\)$/);
      expect(harness.logs.filter((line) => line.msg === 'gateway disconnected')).toEqual([]);
    } finally {
      await harness.close();
    }
  });
});
