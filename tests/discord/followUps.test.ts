/**
 * Buttons on a /meeting answer, handled by the same process: "Who attended?" and "Show
 * sources" answer the clicker privately; stale or unknown buttons get a short note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userMessage } from '../../src/discord/userMessages.js';
import {
  asApiMessage,
  converse,
  customIdsOf,
  sentMessages,
  textOf,
} from '../support/conversation.js';
import { fakeAnswers } from '../support/fakeAnswers.js';
import {
  MOSCOW_ATTENDEES,
  MOSCOW_CITATIONS,
  MOSCOW_MEETING,
  MOSCOW_VIEW,
} from '../support/moscowMeeting.js';
import { buttonClick, chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

describe('follow-up buttons', () => {
  let harness: TestBot;
  const asked: string[] = [];

  beforeAll(async () => {
    harness = await startTestBot({
      answers: fakeAnswers({
        meeting: () => MOSCOW_VIEW,
        whoAttended: (query) => {
          asked.push(query);
          return {
            query,
            meeting: MOSCOW_MEETING,
            attendees: MOSCOW_ATTENDEES,
            citations: MOSCOW_CITATIONS,
          };
        },
        meetingById: (id) => (id === MOSCOW_MEETING.id ? MOSCOW_MEETING : null),
      }),
    });
  });
  afterAll(async () => {
    for (const { message } of sentMessages(harness.discord)) {
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    await harness?.close();
  });

  async function meetingReply() {
    const { discord } = harness;
    return converse(discord, chatInput(discord.world, 'meeting', { query: 'moscow' }));
  }

  it('/meeting offers "Who attended?" and "Show sources"', async () => {
    const reply = await meetingReply();
    expect(customIdsOf(reply.message)).toEqual([
      `attendees:${MOSCOW_MEETING.id}`,
      `sources:${MOSCOW_MEETING.id}`,
    ]);
    expect(reply.message.components?.[0]?.components.map((button) => button.label)).toEqual([
      'Who attended?',
      'Show sources',
    ]);
  });

  it('"Who attended?" answers the clicker privately with that meeting’s participants', async () => {
    const { discord } = harness;
    const reply = await meetingReply();
    const click = await converse(
      discord,
      buttonClick(discord.world, `attendees:${MOSCOW_MEETING.id}`, asApiMessage(discord, reply)),
    );
    expect(click.ephemeral).toBe(true);
    expect(asked.at(-1)).toBe(MOSCOW_MEETING.id);
    expect(textOf(click.message)).toContain('Hakan Fidan');
  });

  it('"Show sources" quotes every source privately', async () => {
    const { discord } = harness;
    const reply = await meetingReply();
    const click = await converse(
      discord,
      buttonClick(discord.world, `sources:${MOSCOW_MEETING.id}`, asApiMessage(discord, reply)),
    );
    expect(click.ephemeral).toBe(true);
    for (const citation of MOSCOW_CITATIONS)
      expect(textOf(click.message)).toContain(
        `[${citation.id}] ${citation.briefing} ¶${citation.paragraph}`,
      );
  });

  it('a button for a meeting no longer in the briefings gets a short note', async () => {
    const { discord } = harness;
    const reply = await meetingReply();
    const click = await converse(
      discord,
      buttonClick(discord.world, 'sources:gone-meeting', asApiMessage(discord, reply)),
    );
    expect(click.message.content).toBe(userMessage('meetingGone'));
  });

  it('an unknown button gets a short private note', async () => {
    const { discord } = harness;
    const reply = await meetingReply();
    const click = await converse(
      discord,
      buttonClick(discord.world, 'something-else', asApiMessage(discord, reply)),
    );
    expect(click.ephemeral).toBe(true);
    expect(click.message.content).toBe(userMessage('unknownButton'));
  });
});
