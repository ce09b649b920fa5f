/**
 * Slash commands end to end, answered from the seed briefings: the real discord.js client,
 * the real core, the local Discord recording what a member would see.
 */
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFromKnowledge } from '../../src/discord/answers.js';
import {
  AUTOCOMPLETE_CHOICE_LIMIT,
  AUTOCOMPLETE_CHOICE_NAME_LIMIT,
  AUTOCOMPLETE_CHOICE_VALUE_LIMIT,
} from '../../src/render/discord.js';
import {
  asApiMessage,
  converse,
  customIdsOf,
  sentMessages,
  textOf,
} from '../support/conversation.js';
import { knowledgeFrom, SEEDS_DIR } from '../support/knowledge.js';
import { messageLimitProblems } from '../support/localDiscord.js';
import { autocomplete, buttonClick, chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

const ANNOUNCEMENT = '000_5e147edb248d0a50.txt';
const REPORT = '004_5dc909d0c5c42903.txt';

describe('slash commands answered from the seed briefings', () => {
  let harness: TestBot;

  beforeAll(async () => {
    const knowledge = await knowledgeFrom(SEEDS_DIR);
    harness = await startTestBot({ answers: answersFromKnowledge(() => knowledge) });
  });
  afterAll(async () => {
    // Whatever was sent, no message could ever ping anyone.
    for (const { message } of sentMessages(harness.discord)) {
      expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    await harness?.close();
  });

  it('/meeting moscow answers with an embed citing both seed briefings', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'meeting', { query: 'moscow' }),
    );
    expect(exchange.callbackType).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(exchange.callback.sinceDispatchMs).toBeLessThan(exchange.windowMs);
    expect(exchange.ephemeral).toBe(false);

    const [embed] = exchange.message.embeds ?? [];
    expect(embed?.title).toMatch(/Moscow/i);
    const sources = (embed?.fields ?? []).map((field) => field.name);
    expect(sources.some((name) => name.includes(ANNOUNCEMENT))).toBe(true);
    expect(sources.some((name) => name.includes(REPORT))).toBe(true);
    expect(textOf(exchange.message)).toMatch(/25 April 2023/);
    expect(messageLimitProblems(exchange.message)).toEqual([]);
    expect(customIdsOf(exchange.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^attendees:/)]),
    );
  });

  it('/who-attended lists Akar and Fidan, and the unnamed participants of Russia, Iran and Syria', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'who-attended', { meeting: 'moscow april 2023' }),
    );
    const fields = exchange.message.embeds?.[0]?.fields ?? [];
    const group = (country: RegExp) =>
      fields.find((field) => country.test(field.name))?.value ?? '';

    expect(group(/^T(ü|u)rk/)).toMatch(/Akar/);
    expect(group(/^T(ü|u)rk/)).toMatch(/Fidan/);
    for (const country of [/^Russia/, /^Iran/, /^Syria/]) {
      expect(group(country)).toMatch(/Name not given/);
    }
    // Only mentioned, never attendees (a quoted source may still name them).
    const participants = fields
      .filter((field) => !/^\[\d+\]/.test(field.name))
      .map((field) => `${field.name}\n${field.value}`)
      .join('\n');
    expect(participants).toMatch(/Akar/);
    expect(participants).not.toMatch(/Kalin|Erdogan|Cavusoglu|Samsar/);
  });

  it('/who-attended with a country lists only that country', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'who-attended', { meeting: 'moscow april 2023', country: 'Turkey' }),
    );
    const groups = (exchange.message.embeds?.[0]?.fields ?? []).filter(
      (field) => !field.name.startsWith('['),
    );
    expect(groups.map((field) => field.name)).toEqual([expect.stringMatching(/^T(ü|u)rk/)]);
    // The sources are those of the participants listed, each cited by one of them.
    const cited = new Set(groups.flatMap((field) => field.value.match(/\[\d+\]/g) ?? []));
    const sources = (exchange.message.embeds?.[0]?.fields ?? [])
      .filter((field) => field.name.startsWith('['))
      .map((field) => /^\[\d+\]/.exec(field.name)?.[0]);
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(cited);
  });

  it('/who-attended with a country that sent nobody names the countries that did, and no sources', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'who-attended', { meeting: 'moscow april 2023', country: 'France' }),
    );
    const [embed] = exchange.message.embeds ?? [];
    expect(embed?.description).toMatch(
      /No participants from France are reported for this meeting; the briefings name participants from T(ü|u)rkiye, Russia, Syria and Iran\./,
    );
    expect(embed?.fields ?? []).toEqual([]);
  });

  it('/ask with a typo answers with citations', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'What did Cavusolgu signal?' }),
    );
    const [embed] = exchange.message.embeds ?? [];
    expect(embed?.description).toMatch(/Cavusoglu signalled/);
    expect(embed?.description).toMatch(/\[1\]/);
    expect(embed?.fields?.[0]?.name).toContain(`[1] ${REPORT} ¶13`);
    expect(embed?.fields?.[0]?.value).toMatch(/^> Earlier this month/);
  });

  it('/ask with nothing to find says so plainly', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'zebra migration patterns' }),
    );
    expect(textOf(exchange.message)).toMatch(/Nothing in the briefings answers that/);
  });

  it('private:true answers ephemerally', async () => {
    const { discord } = harness;
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'Who is Hakan Fidan?', private: true }),
    );
    expect(exchange.message.flags ?? 0).toBe(MessageFlags.Ephemeral);
    expect(exchange.ephemeral).toBe(true);
  });

  it('autocomplete offers at most 25 known meetings, each within 100 characters', async () => {
    const { discord } = harness;
    for (const typed of ['', 'mos', 'moscow april']) {
      const interaction = discord.sendInteraction(
        autocomplete(discord.world, 'meeting', { query: typed }, 'query'),
      );
      const callback = await discord.waitForRequest(
        (request) =>
          request.route === 'interactionCallback' && request.params.token === interaction.token,
      );
      const { type, data } = callback.body as {
        type: number;
        data: { choices: Array<{ name: string; value: string }> };
      };
      expect(type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
      expect(callback.status).toBe(204);
      expect(data.choices.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICE_LIMIT);
      for (const choice of data.choices) {
        expect(choice.name.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICE_NAME_LIMIT);
        expect(choice.value.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICE_VALUE_LIMIT);
      }
      if (typed === 'mos') expect(data.choices.length).toBeGreaterThan(0);
    }
  });

  it('a chosen autocomplete value (a meeting id) answers /meeting with that meeting', async () => {
    const { discord } = harness;
    const interaction = discord.sendInteraction(
      autocomplete(discord.world, 'meeting', { query: 'moscow' }, 'query'),
    );
    const callback = await discord.waitForRequest(
      (request) =>
        request.route === 'interactionCallback' && request.params.token === interaction.token,
    );
    const [first] = (callback.body as { data: { choices: Array<{ name: string; value: string }> } })
      .data.choices;
    expect(first).toBeDefined();
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'meeting', { query: first?.value ?? '' }),
    );
    expect(customIdsOf(exchange.message)).toContain(`attendees:${first?.value}`);
  });

  it('the "Who attended?" button on a /meeting answer lists the participants, privately', async () => {
    const { discord } = harness;
    const meeting = await converse(
      discord,
      chatInput(discord.world, 'meeting', { query: 'moscow april 2023' }),
    );
    const customId = customIdsOf(meeting.message).find((id) => id.startsWith('attendees:'));
    expect(customId).toBeDefined();
    const click = await converse(
      discord,
      buttonClick(discord.world, customId ?? '', asApiMessage(discord, meeting)),
    );
    expect(click.ephemeral).toBe(true);
    expect(textOf(click.message)).toMatch(/Akar/);
  });

  it('the "Show sources" button quotes every source of the meeting in full', async () => {
    const { discord } = harness;
    const meeting = await converse(
      discord,
      chatInput(discord.world, 'meeting', { query: 'moscow april 2023' }),
    );
    const customId = customIdsOf(meeting.message).find((id) => id.startsWith('sources:'));
    const click = await converse(
      discord,
      buttonClick(discord.world, customId ?? '', asApiMessage(discord, meeting)),
    );
    expect(click.ephemeral).toBe(true);
    expect(textOf(click.message)).toContain(ANNOUNCEMENT);
    expect(textOf(click.message)).toContain(REPORT);
    expect(messageLimitProblems(click.message)).toEqual([]);
  });

  it('/help explains every command with an example, privately', async () => {
    const { discord } = harness;
    const exchange = await converse(discord, chatInput(discord.world, 'help'));
    const text = textOf(exchange.message);
    for (const command of ['/meeting', '/who-attended', '/ask', '/help'])
      expect(text).toContain(command);
    expect(text.match(/Example:/g)?.length).toBeGreaterThanOrEqual(4);
    expect(exchange.ephemeral).toBe(true);
  });
});
