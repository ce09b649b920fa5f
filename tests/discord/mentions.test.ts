/**
 * Questions asked by mentioning the bot in a channel, and the promise that nothing the bot
 * sends can ping anyone — whatever a briefing or a member wrote.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFromKnowledge } from '../../src/discord/answers.js';
import { userMessage } from '../../src/discord/userMessages.js';
import { converse, type SentMessage, sentMessages, textOf } from '../support/conversation.js';
import { briefingsFolder, knowledgeFrom } from '../support/knowledge.js';
import type { LocalDiscord, RecordedRequest } from '../support/localDiscord.js';
import { channelMessage, chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

const NO_PINGS = { parse: [], replied_user: false };

/** A briefing whose text tries to ping everyone, a role and a user. */
const NOISY_BRIEFING = `date 2023-05-10 Fisheries talks in Geneva

The delegations of Norway and Chile met in Geneva on 9 May to discuss fisheries quotas.

@everyone was invited to the press conference on the fisheries talks afterwards, according to a note signed <@&123> and <@456> @here.
`;

async function replyTo(discord: LocalDiscord, message: { id: string }): Promise<RecordedRequest> {
  return discord.waitForRequest(
    (request) =>
      request.route === 'channelMessage' &&
      (request.body as SentMessage).message_reference?.message_id === message.id,
  );
}

describe('questions in channels', () => {
  let harness: TestBot;
  let folder: Awaited<ReturnType<typeof briefingsFolder>>;

  beforeAll(async () => {
    folder = await briefingsFolder({ 'geneva.txt': NOISY_BRIEFING });
    const knowledge = await knowledgeFrom(folder.dir);
    harness = await startTestBot({
      answers: answersFromKnowledge(() => knowledge),
      cooldownMs: 1_500,
    });
  });
  afterAll(async () => {
    for (const { message } of sentMessages(harness.discord)) {
      expect(message.allowed_mentions).toEqual(NO_PINGS);
    }
    await harness?.close();
    await folder?.cleanup();
  });

  const mention = (text: string, author = harness.discord.world.member) =>
    channelMessage(harness.discord.world, `<@${harness.discord.world.botUser.id}> ${text}`, {
      author,
      mentions: [harness.discord.world.botUser],
    });

  it('answers a mention as a reply to that message, without the mention in the question', async () => {
    const { discord } = harness;
    const question = discord.sendMessage(mention('which countries met in Geneva about fisheries?'));
    const reply = await replyTo(discord, question);
    const body = reply.body as SentMessage;
    expect(reply.params.channelId).toBe(discord.world.channel.id);
    expect(body.embeds?.[0]?.title).toBe('which countries met in Geneva about fisheries?');
    expect(textOf(body)).toMatch(/Norway and Chile met in Geneva/);
    expect(body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('quotes a briefing containing "@everyone" and "<@&123>" without any mention being parsed', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', {
        question: 'who was invited to the press conference on the fisheries talks?',
      }),
    );
    const text = textOf(exchange.message);
    expect(text).toContain('@everyone was invited');
    // Shown as written (escaped), never as a live role or user mention.
    expect(text).toContain('\\<@&123>');
    expect(text).toContain('\\<@456>');
    expect(exchange.message.allowed_mentions).toEqual(NO_PINGS);
  });

  it('echoes a member’s "@everyone" and role mention back without pinging', async () => {
    const { discord } = harness;
    const question = discord.sendMessage(
      mention('@everyone <@&123> who met in Geneva?', {
        ...discord.world.member,
        id: '100000000000000077',
      }),
    );
    const body = (await replyTo(discord, question)).body as SentMessage;
    expect(textOf(body)).toContain('@everyone');
    expect(body.allowed_mentions).toEqual(NO_PINGS);
  });

  it('gives a usage hint for a mention with no question', async () => {
    const { discord } = harness;
    const author = { ...discord.world.member, id: '100000000000000078' };
    const bare = discord.sendMessage(
      channelMessage(discord.world, `<@!${discord.world.botUser.id}>`, {
        author,
        mentions: [discord.world.botUser],
      }),
    );
    const body = (await replyTo(discord, bare)).body as SentMessage;
    expect(body.content).toBe(userMessage('emptyQuestion'));
  });

  it('answers a member asking again within the cooldown with one polite note, then again after it', async () => {
    const { discord } = harness;
    const author = { ...discord.world.member, id: '100000000000000079' };
    const first = discord.sendMessage(mention('who met in Geneva?', author));
    await replyTo(discord, first);
    const second = discord.sendMessage(mention('and when?', author));
    const note = (await replyTo(discord, second)).body as SentMessage;
    expect(note.content).toBe(userMessage('cooldown'));
    const third = discord.sendMessage(mention('and where?', author));
    await discord.settle(300);
    expect(
      discord.requests.some(
        (request) =>
          (request.body as SentMessage | null)?.message_reference?.message_id === third.id,
      ),
    ).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const later = discord.sendMessage(mention('who met in Geneva?', author));
    const answer = (await replyTo(discord, later)).body as SentMessage;
    expect(textOf(answer)).toMatch(/Geneva/);
  });

  it('ignores messages from bots, and messages that do not mention it', async () => {
    const { discord } = harness;
    const before = discord.requests.length;
    discord.sendMessage(mention('who met in Geneva?', discord.world.otherBot));
    discord.sendMessage(channelMessage(discord.world, 'who met in Geneva?'));
    await discord.settle(300);
    expect(discord.requests.length).toBe(before);
  });
});
