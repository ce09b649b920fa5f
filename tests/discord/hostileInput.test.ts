/**
 * Hostile and odd text, generated (fast-check): whatever a member types or a briefing holds,
 * the bot does not crash, every reply is within Discord's limits, no reply may ping anyone,
 * and a quoted snippet shows as text — nothing in it can end the quote, open a code block,
 * a spoiler or a link, or become a mention. The pure path (answer → render) runs many
 * inputs; a smaller number goes through the real client and the local Discord.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/corpus/parseBriefing.js';
import { type AnswerService, answersFromKnowledge } from '../../src/discord/answers.js';
import { questionFrom } from '../../src/discord/messageHandler.js';
import { messageOptions } from '../../src/discord/respond.js';
import type { Knowledge } from '../../src/knowledge.js';
import { buildKnowledge } from '../../src/knowledge.js';
import {
  type DiscordReply,
  MESSAGE_CONTENT_LIMIT,
  quote,
  renderAskReply,
  renderMeetingChoices,
  renderMeetingReply,
  renderWhoAttendedReply,
} from '../../src/render/discord.js';
import {
  acceptedCallbacks,
  awaitAnswer,
  type SentMessage,
  sentMessages,
} from '../support/conversation.js';
import { DEV_CORPUS, hasDevCorpus, knowledgeOf, SEEDS } from '../support/corpora.js';
import {
  activeMarkdown,
  anyUserText,
  HOSTILE_FRAGMENTS,
  hostileText,
  hugeHostileText,
  shownText,
} from '../support/hostileText.js';
import { messageLimitProblems } from '../support/localDiscord.js';
import { channelMessage, chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

/** Runs of each pure property; the suite prints nothing, the figures are in the note. */
const PURE_RUNS = 400;
const QUOTE_RUNS = 1_000;
const BRIEFING_RUNS = 60;
const DISCORD_RUNS = 30;

/** Every quoted snippet (a field value starting "> ") shows as text only. */
function expectQuotesSealed(reply: {
  embeds?: readonly { fields?: readonly { value: string }[] }[];
}) {
  for (const embed of reply.embeds ?? []) {
    for (const field of embed.fields ?? []) {
      if (!field.value.startsWith('> ')) continue;
      expect(activeMarkdown(field.value.slice(2)), field.value).toEqual([]);
    }
  }
}

function expectDeliverable(reply: DiscordReply | SentMessage): void {
  expect(messageLimitProblems(reply)).toEqual([]);
  expect((reply.content ?? '').length).toBeLessThanOrEqual(MESSAGE_CONTENT_LIMIT);
  expectQuotesSealed(reply);
}

describe('hostile queries on the answer and render path', () => {
  let answers: AnswerService;
  let knowledge: Knowledge;

  beforeAll(async () => {
    knowledge = await knowledgeOf(hasDevCorpus ? join(DEV_CORPUS, 'briefings') : SEEDS);
    answers = answersFromKnowledge(() => knowledge);
  });

  it(`/ask: ${PURE_RUNS} texts, each answered within limits, quotes sealed, mentions off`, async () => {
    await fc.assert(
      fc.asyncProperty(anyUserText, async (question) => {
        const reply = renderAskReply(await answers.ask(question), answers.describeBriefing);
        expectDeliverable(reply);
        expect(messageOptions(reply).allowedMentions).toEqual({ parse: [], repliedUser: false });
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it(`/meeting and /who-attended: ${PURE_RUNS} texts each, within limits`, async () => {
    await fc.assert(
      fc.asyncProperty(anyUserText, hostileText, async (query, country) => {
        expectDeliverable(
          renderMeetingReply(await answers.meeting(query), answers.describeBriefing),
        );
        expectDeliverable(
          renderWhoAttendedReply(
            await answers.whoAttended(query, country || undefined),
            answers.describeBriefing,
            country || undefined,
          ),
        );
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it(`autocomplete: ${PURE_RUNS} typed texts, at most 25 choices within 100 characters`, async () => {
    await fc.assert(
      fc.asyncProperty(anyUserText, async (typed) => {
        const choices = renderMeetingChoices(await answers.suggestMeetings(typed, 25));
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const choice of choices) {
          expect(choice.name.length).toBeGreaterThan(0);
          expect(choice.name.length).toBeLessThanOrEqual(100);
          expect(choice.value.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: PURE_RUNS },
    );
  });

  it(`mentions: ${PURE_RUNS} message texts, the question read without crashing`, () => {
    fc.assert(
      fc.property(anyUserText, (text) => {
        const botId = '123456789012345678';
        const question = questionFrom(`<@${botId}> ${text}`, botId);
        expect(question).not.toBeNull();
        expect(question).not.toContain(`<@${botId}>`);
        expect(questionFrom(text.replaceAll(botId, ''), botId)).toBeNull();
      }),
      { numRuns: PURE_RUNS },
    );
  });
});

describe('hostile briefing text in quotes', () => {
  it(`quote(): ${QUOTE_RUNS} snippets, one line, no active markdown, shown verbatim`, () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, hugeHostileText), (text) => {
        const quoted = quote(text);
        expect(quoted.startsWith('> ')).toBe(true);
        const body = quoted.slice(2);
        expect(activeMarkdown(body)).toEqual([]);
        const expected = text.replace(/\s+/g, ' ').trim();
        const truncated =
          /(?: …and \d+ more sentences?|…)$/.test(body) && shownText(body) !== expected;
        if (!truncated) {
          expect(shownText(body)).toBe(expected);
        } else {
          const kept = shownText(body)
            .replace(/(?: …and \d+ more sentences?|…)$/, '')
            .replace(/\\$/, '')
            .trimEnd();
          expect(expected.startsWith(kept)).toBe(true);
        }
      }),
      { numRuns: QUOTE_RUNS },
    );
  });

  it(`briefings: ${BRIEFING_RUNS} briefings holding hostile text, their quotes sealed in every answer`, async () => {
    let quotedHostileText = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, async (before, after) => {
        const text = `date 2023-04-24\n\nThe ministers met in Moscow ${before} on Tuesday. ${after} The ministers met again.\n`;
        const parsed = parseBriefing('hostile.txt', new TextEncoder().encode(text));
        if (!parsed.ok) return; // NUL bytes and the like: skipped with a reason, tested elsewhere.
        const knowledge = buildKnowledge([parsed.value], []);
        const answers = answersFromKnowledge(() => knowledge);
        const result = await answers.ask('when did the ministers meet in Moscow');
        const reply = renderAskReply(result, answers.describeBriefing);
        expectDeliverable(reply);
        if (result.citations.some((citation) => citation.text.includes('Moscow')))
          quotedHostileText++;
      }),
      { numRuns: BRIEFING_RUNS },
    );
    // The property is about quotes: most runs must have quoted the hostile sentence.
    expect(quotedHostileText).toBeGreaterThan(BRIEFING_RUNS / 2);
  });

  it('the fixed fragments, one by one, as a whole quote', () => {
    for (const fragment of HOSTILE_FRAGMENTS) {
      expect(activeMarkdown(quote(`${fragment} and ${fragment}`).slice(2)), fragment).toEqual([]);
    }
  });
});

describe('hostile input through the local Discord', () => {
  let harness: TestBot;

  beforeAll(async () => {
    const knowledge = await knowledgeOf(SEEDS);
    harness = await startTestBot({ answers: answersFromKnowledge(() => knowledge), cooldownMs: 0 });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it(`/ask with ${DISCORD_RUNS} generated questions: each answered once, within limits, pinging no one`, async () => {
    const { discord } = harness;
    await fc.assert(
      fc.asyncProperty(anyUserText, async (question) => {
        const interaction = chatInput(discord.world, 'ask', { question });
        discord.sendInteraction(interaction);
        const exchange = await awaitAnswer(discord, interaction);
        expect(exchange.callback.sinceDispatchMs).toBeLessThan(exchange.windowMs);
        expectDeliverable(exchange.message);
        expect(exchange.message.allowed_mentions).toEqual({ parse: [], replied_user: false });
        expect(acceptedCallbacks(discord, interaction)).toBe(1);
      }),
      { numRuns: DISCORD_RUNS },
    );
  });

  it(`mentions with ${DISCORD_RUNS} generated messages: each replied to once, pinging no one`, async () => {
    const { discord } = harness;
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const message = channelMessage(discord.world, `<@${discord.world.botUser.id}> ${text}`, {
          mentions: [discord.world.botUser],
        });
        discord.sendMessage(message);
        const isReply = (request: { route: string; body: unknown }) =>
          request.route === 'channelMessage' &&
          (request.body as SentMessage).message_reference?.message_id === message.id;
        await waitUntil(() => discord.requests.some(isReply), 5_000, 5);
        const replies = discord.requests.filter(isReply);
        expect(replies).toHaveLength(1);
        expect(replies[0]?.status).toBe(200);
        const body = replies[0]?.body as SentMessage;
        expectDeliverable(body);
        expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      }),
      { numRuns: DISCORD_RUNS },
    );
  });

  it('never let a reply through with mentions enabled, and never failed a handler', async () => {
    await harness.discord.settle(100);
    for (const { message } of sentMessages(harness.discord)) {
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    expect(harness.logs.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });
});
