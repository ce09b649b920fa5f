import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_ENGLISH_ANSWER } from '../../src/answer/ask.js';
import {
  AUTOCOMPLETE_CHOICE_LIMIT,
  EMBED_FIELD_VALUE_LIMIT,
  EMBEDS_TOTAL_LIMIT,
  embedLength,
  escapeMarkdown,
  fitEmbeds,
  renderAskReply,
  renderMeetingChoices,
  renderMeetingReply,
  renderWhoAttendedReply,
  splitSentences,
  truncateLines,
  truncateText,
} from '../../src/render/discord.js';
import { messageLimitProblems } from '../support/localDiscord.js';
import {
  MOSCOW_ATTENDEES,
  MOSCOW_CITATIONS,
  MOSCOW_MEETING,
  MOSCOW_VIEW,
} from '../support/moscowMeeting.js';

const noLabels = () => undefined;

describe('cutting text', () => {
  it('keeps text that fits', () => {
    expect(truncateText('One. Two.', 100)).toBe('One. Two.');
  });

  it('cuts at a sentence boundary and says how much is left', () => {
    expect(truncateText('First sentence here. Second one. Third one.', 42)).toBe(
      'First sentence here. …and 2 more sentences',
    );
  });

  it('cuts a single over-long sentence at a word', () => {
    const cut = truncateText('word '.repeat(50).trim(), 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toMatch(/word…$/);
  });

  it('cuts lists at an item and counts the rest', () => {
    const lines = [
      '• Hulusi Akar — Minister',
      '• Hakan Fidan — MIT chief',
      '• Sergei Shoigu — Minister',
      '• Name not given',
    ];
    expect(truncateLines(lines, 80, 'participant')).toBe(
      `${lines[0]}\n${lines[1]}\n…and 2 more participants`,
    );
  });

  it('restores the text when its sentences are joined', () => {
    fc.assert(fc.property(fc.string(), (text) => splitSentences(text).join('') === text));
  });

  it('never exceeds the limit, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 3000 }),
        fc.integer({ min: 40, max: 2000 }),
        (text, limit) => {
          expect(truncateText(text, limit).length).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });
});

describe('escaping quoted text', () => {
  it('shows markdown and mention syntax as written', () => {
    expect(
      escapeMarkdown(
        '**bold** _it_ `code` ~~s~~ ||spoiler|| [link](http://x) <@&123> <#5> <t:1:R>',
      ),
    ).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\[link\\](http://x) \\<@&123> \\<#5> \\<t:1:R>',
    );
  });

  it('neutralises a heading or list marker at the start', () => {
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });
});

describe('embeds within Discord limits', () => {
  const citationArb = fc.record({
    id: fc.integer({ min: 1, max: 99 }),
    briefing: fc.string({ minLength: 1, maxLength: 300 }),
    paragraph: fc.integer({ min: 1, max: 500 }),
    text: fc.string({ maxLength: 5000 }),
  });

  it('an /ask answer of any size is accepted by Discord', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 500 }),
        fc.string({ maxLength: 10_000 }),
        fc.array(citationArb, { maxLength: 40 }),
        fc.boolean(),
        fc.option(fc.string({ minLength: 1, maxLength: 2000 }), { nil: undefined }),
        (question, answer, citations, found, fact) => {
          const reply = renderAskReply(
            {
              question,
              answer,
              ...(fact === undefined ? {} : { fact }),
              citations,
              found,
              closest: found ? [] : citations,
            },
            noLabels,
          );
          expect(messageLimitProblems(reply)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('an /ask answer leads with the short fact asked for, then quotes the sentence', () => {
    const reply = renderAskReply(
      {
        question: 'Who chaired the session?',
        answer: 'The session was chaired by Ada Kowal.',
        fact: 'Ada Kowal',
        citations: [
          { id: 1, briefing: 'a.txt', paragraph: 2, text: 'The session was chaired by Ada Kowal.' },
        ],
        found: true,
        closest: [],
      },
      noLabels,
    );
    expect(reply.embeds[0]?.description).toBe(
      '**Ada Kowal**\n“The session was chaired by Ada Kowal.” [1]',
    );
  });

  it('an /ask reply says why nothing answers, in the words of the answer', () => {
    const reply = renderAskReply(
      {
        question: '¿Quién asistió?',
        answer: NOT_ENGLISH_ANSWER,
        citations: [],
        found: false,
        closest: [],
      },
      noLabels,
    );
    expect(reply.embeds[0]?.description).toBe(NOT_ENGLISH_ANSWER);
  });

  it('fitting drops trailing fields and says how many', () => {
    const fields = Array.from({ length: 20 }, (_, index) => ({
      name: `[${index + 1}] f.txt ¶1`,
      value: 'x'.repeat(EMBED_FIELD_VALUE_LIMIT),
    }));
    const [embed] = fitEmbeds([{ title: 'T', fields }]);
    expect(embedLength(embed ?? {})).toBeLessThanOrEqual(EMBEDS_TOTAL_LIMIT);
    expect(embed?.fields?.at(-1)?.value).toMatch(/^…and \d+ more sources$/);
  });

  it('autocomplete offers at most 25 choices of at most 100 characters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 200 }),
            label: fc.string({ minLength: 1, maxLength: 300 }),
          }),
          { maxLength: 60 },
        ),
        (suggestions) => {
          const choices = renderMeetingChoices(suggestions);
          expect(choices.length).toBeLessThanOrEqual(AUTOCOMPLETE_CHOICE_LIMIT);
          for (const choice of choices) {
            expect(choice.name.length).toBeGreaterThan(0);
            expect(choice.name.length).toBeLessThanOrEqual(100);
            expect(choice.value.length).toBeLessThanOrEqual(100);
          }
        },
      ),
    );
  });
});

describe('meeting replies', () => {
  const labels = (file: string) =>
    file.startsWith('000_') ? { headline: null, published: '2023-04-24' } : undefined;

  it('/meeting shows each fact with its citation markers, the series, the sources and two buttons', () => {
    const reply = renderMeetingReply(MOSCOW_VIEW, labels);
    const [embed] = reply.embeds;
    const field = (name: string) =>
      embed?.fields?.find((candidate) => candidate.name === name)?.value;
    expect(embed?.title).toBe(MOSCOW_MEETING.title);
    expect(field('When')).toBe('25 April 2023 · held [1][2]');
    expect(field('Where')).toBe('Moscow, Russia [1]');
    expect(field('Who took part')).toContain(
      '• **Hulusi Akar** — Defence Minister (Türkiye) [1][2]',
    );
    expect(field('Who took part')).toContain('• *Name not given* — defence minister (Iran) [1]');
    expect(field('Topics')).toBe(
      '• security in Syria [2]\n• normalisation of ties between Ankara and Damascus',
    );
    expect(field('In the same series')).toBe(
      'Before: Tripartite meeting of defence ministers, Moscow (December 2022)\nAfter: Foreign ministers’ meeting, Moscow (May 2023)',
    );
    expect(field('[1] 000_5e147edb248d0a50.txt ¶1 · 24 April 2023')).toMatch(
      /^> The defense ministers/,
    );
    expect(field('[2] 004_5dc909d0c5c42903.txt ¶6')).toContain(
      'National Intelligence Organization (MIT)',
    );
    expect(
      reply.components[0]?.components.map(
        (button) => button.type === 2 && 'custom_id' in button && button.custom_id,
      ),
    ).toEqual([`attendees:${MOSCOW_MEETING.id}`, `sources:${MOSCOW_MEETING.id}`]);
  });

  it('names a neighbouring meeting’s date once when its title already ends with it', () => {
    const reply = renderMeetingReply(
      {
        ...MOSCOW_VIEW,
        previous: { id: 'earlier', title: 'Talks in Moscow, December 2022', date: '2022-12' },
        next: null,
      },
      labels,
    );
    const series = reply.embeds[0]?.fields?.find((field) => field.name === 'In the same series');
    expect(series?.value).toBe('Before: Talks in Moscow, December 2022');
  });

  it('/who-attended groups participants by country and lists unnamed ones as such', () => {
    const reply = renderWhoAttendedReply(
      {
        query: 'moscow',
        meeting: MOSCOW_MEETING,
        attendees: MOSCOW_ATTENDEES,
        citations: MOSCOW_CITATIONS,
      },
      labels,
    );
    const fields = reply.embeds[0]?.fields ?? [];
    expect(fields.slice(0, 4).map((field) => field.name)).toEqual([
      'Türkiye',
      'Russia',
      'Iran',
      'Syria',
    ]);
    expect(fields[0]?.value).toBe(
      '• **Hulusi Akar** — Defence Minister [1][2]\n• **Hakan Fidan** — Head of the National Intelligence Organization (MIT) [2]',
    );
    expect(fields[1]?.value).toBe(
      '• *Name not given* — defence minister [1]\n• *Name not given* — intelligence chief [1]',
    );
  });

  it('says plainly when no meeting matches', () => {
    const reply = renderMeetingReply({ ...MOSCOW_VIEW, query: 'atlantis', meeting: null }, labels);
    expect(reply.embeds[0]?.description).toMatch(/^No meeting in the briefings matches “atlantis”/);
    expect(reply.components).toEqual([]);
  });
});
