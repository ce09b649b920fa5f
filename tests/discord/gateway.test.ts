/**
 * The real discord.js client against the local Discord: it finds the gateway through
 * DISCORD_API_URL, identifies with the fewest intents, keeps its heartbeat, and resumes.
 */
import { GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converse } from '../support/conversation.js';
import { fakeAnswers } from '../support/fakeAnswers.js';
import { chatInput } from '../support/payloads.js';
import { startTestBot, TEST_TOKEN, type TestBot } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

describe('the bot on the gateway', () => {
  let harness: TestBot;

  beforeAll(async () => {
    harness = await startTestBot({ answers: fakeAnswers(), heartbeatIntervalMs: 250 });
  });
  afterAll(async () => harness?.close());

  it('logs in and becomes ready, seeing the guild', () => {
    const { client } = harness.bot;
    expect(client.isReady()).toBe(true);
    expect(client.user.id).toBe(harness.discord.world.botUser.id);
    expect(client.guilds.cache.has(harness.discord.world.guildId)).toBe(true);
  });

  it('finds the gateway through GET /gateway/bot on DISCORD_API_URL, with the bot token', () => {
    const lookup = harness.discord.requests.find((request) => request.route === 'getGatewayBot');
    expect(lookup?.apiVersion).toBe('10');
    expect(lookup?.authorization).toBe(`Bot ${TEST_TOKEN}`);
  });

  it('connects with API v10, JSON and no transport compression', () => {
    expect(harness.discord.gatewayConnections[0]?.query).toEqual({ v: '10', encoding: 'json' });
  });

  it('identifies with Guilds and GuildMessages only — no privileged intent', () => {
    const intents = harness.discord.intents ?? 0;
    expect(intents).toBe(GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages);
    expect(intents & GatewayIntentBits.MessageContent).toBe(0);
  });

  it('keeps its heartbeat, which Discord acknowledges', async () => {
    const beats = () =>
      harness.discord.gatewayFrames.filter(
        (frame) => frame.payload.op === GatewayOpcodes.Heartbeat,
      );
    // The local Discord asks for a beat every 250 ms.
    await waitUntil(() => beats().length >= 2);
    // Acknowledged beats mean no zombie-connection reconnects.
    expect(harness.discord.gatewayConnections).toHaveLength(1);
  });

  it('resumes its session when Discord asks it to reconnect, and keeps answering', async () => {
    harness.discord.requestReconnect();
    const resume = await harness.discord.waitForFrame(
      (frame) => frame.payload.op === GatewayOpcodes.Resume,
    );
    expect(resume.payload.d).toMatchObject({
      session_id: harness.discord.sessionId,
      token: TEST_TOKEN,
    });
    expect(harness.discord.gatewayConnections).toHaveLength(2);

    const exchange = await converse(harness.discord, chatInput(harness.discord.world, 'help'));
    expect(exchange.callback.status).toBe(204);
  });
});

describe('the bot with channel questions off', () => {
  let harness: TestBot;

  beforeAll(async () => {
    harness = await startTestBot({ answers: fakeAnswers(), channelQuestions: 'off' });
  });
  afterAll(async () => harness?.close());

  it('identifies with the Guilds intent alone', () => {
    expect(harness.discord.intents).toBe(GatewayIntentBits.Guilds);
  });
});
