/**
 * The gateway connection breaking the ways Discord's does: dropped without a close frame
 * (1006), closed with a resumable code (4000), with a session-ending code (4009), and
 * invalid sessions (opcode 9). The real client resumes or identifies again as each case
 * requires, and every interaction dispatched afterwards — or missed while it was away — is
 * answered exactly once.
 */

import type { APIInteraction } from 'discord-api-types/v10';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedCallbacks, awaitAnswer, converse, textOf } from '../support/conversation.js';
import { fakeAnswers } from '../support/fakeAnswers.js';
import { chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

describe('gateway faults', () => {
  let harness: TestBot;
  const sent: APIInteraction[] = [];

  const askAndExpectAnswer = async (question: string) => {
    const interaction = chatInput(harness.discord.world, 'ask', { question });
    sent.push(interaction);
    const exchange = await converse(harness.discord, interaction);
    expect(exchange.callback.status).toBe(204);
    expect(textOf(exchange.message)).toContain('The ministers met in Moscow');
  };

  beforeAll(async () => {
    harness = await startTestBot({ answers: fakeAnswers() });
  });
  afterAll(async () => {
    await harness.discord.settle();
    // Nothing was answered twice, whatever the connection went through.
    for (const interaction of sent) expect(acceptedCallbacks(harness.discord, interaction)).toBe(1);
    await harness?.close();
  });

  it('resumes the same session after the connection drops without a close frame (1006)', async () => {
    const { discord } = harness;
    const session = discord.sessionId;
    discord.closeGateway('abnormal');
    await discord.waitForHandshakes(2);
    expect(discord.handshakes).toEqual(['identify', 'resume']);
    expect(discord.sessionId).toBe(session);
    expect(
      harness.logs.some(
        (line) => line.msg === 'gateway resumed' || line.msg === 'gateway reconnecting',
      ),
    ).toBe(true);
    await askAndExpectAnswer('after 1006');
  });

  it('replays an interaction dispatched while the connection was down, and answers it once', async () => {
    const { discord } = harness;
    discord.closeGateway('abnormal');
    const missed = discord.sendInteraction(
      chatInput(discord.world, 'ask', { question: 'asked while disconnected' }),
    );
    sent.push(missed);
    await discord.waitForHandshakes(3);
    expect(discord.handshakes.at(-1)).toBe('resume');
    const exchange = await awaitAnswer(discord, missed);
    expect(exchange.callback.sinceDispatchMs).toBeLessThan(exchange.windowMs);
  });

  it('resumes after a resumable close code (4000 unknown error)', async () => {
    const { discord } = harness;
    const session = discord.sessionId;
    discord.closeGateway(GatewayCloseCodes.UnknownError);
    await discord.waitForHandshakes(4);
    expect(discord.handshakes.at(-1)).toBe('resume');
    expect(discord.sessionId).toBe(session);
    await askAndExpectAnswer('after 4000');
  });

  it('identifies again after a session-ending close (4009 session timed out)', async () => {
    const { discord } = harness;
    const session = discord.sessionId;
    discord.closeGateway(GatewayCloseCodes.SessionTimedOut);
    // discord.js first tries to resume; the session is gone, so it is told so and identifies.
    await discord.waitForFrame(
      (frame) =>
        frame.payload.op === GatewayOpcodes.Identify &&
        discord.handshakes.filter((kind) => kind === 'identify').length >= 2,
      8_000,
    );
    await discord.waitForHandshakes(discord.handshakes.length);
    expect(discord.handshakes.at(-1)).toBe('identify');
    expect(discord.sessionId).not.toBe(session);
    await askAndExpectAnswer('after 4009');
  });

  it('identifies again after an invalid session that cannot be resumed (op 9, false)', async () => {
    const { discord } = harness;
    const identifies = discord.handshakes.filter((kind) => kind === 'identify').length;
    const session = discord.sessionId;
    discord.invalidateSession(false);
    await discord.waitForFrame(
      () => discord.handshakes.filter((kind) => kind === 'identify').length > identifies,
      8_000,
    );
    await discord.waitForHandshakes(discord.handshakes.length);
    expect(discord.sessionId).not.toBe(session);
    await askAndExpectAnswer('after op 9');
  });

  it('resumes on the same connection after an invalid session that can be resumed (op 9, true)', async () => {
    const { discord } = harness;
    const handshakes = discord.handshakes.length;
    const connections = discord.gatewayConnections.length;
    discord.invalidateSession(true);
    await discord.waitForHandshakes(handshakes + 1);
    expect(discord.handshakes.at(-1)).toBe('resume');
    expect(discord.gatewayConnections).toHaveLength(connections);
    await askAndExpectAnswer('after op 9 resumable');
  });

  it('survives several drops in a row and still answers, without piling up connections', async () => {
    const { discord } = harness;
    for (let round = 0; round < 3; round++) {
      const handshakes = discord.handshakes.length;
      discord.closeGateway(round % 2 === 0 ? 'abnormal' : GatewayCloseCodes.UnknownError);
      await discord.waitForHandshakes(handshakes + 1);
    }
    await askAndExpectAnswer('after several drops');
    expect(harness.bot.client.isReady()).toBe(true);
    expect(harness.logs.filter((line) => line.msg === 'handler failed')).toEqual([]);
  });
});
