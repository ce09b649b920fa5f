import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/corpus/parseBriefing.js';
import type { Briefing } from '../../src/types.js';
import { SEEDS } from '../support/corpora.js';

function parsed(text: string, file = 'page.txt'): Briefing {
  const result = parseBriefing(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(`expected a briefing, got ${result.error.reason}`);
  return result.value;
}

const kinds = (briefing: Briefing) =>
  briefing.paragraphs.map((paragraph) => [paragraph.kind, paragraph.text]);

const SAVED_PAGE = [
  'Skip to content',
  'World',
  'Ministers agree to reopen embassies after talks in the capital',
  'Published: 4th March 2021 09:12 AM | Last Updated: 5th March 2021 10:00 AM | A+A-',
  'By First Writer',
  'The two ministers shake hands before their meeting on Wednesday. (Photo | Agency)',
  'CAPITAL CITY: The foreign ministers of the two countries met on Wednesday and agreed to reopen their embassies.',
  'They will meet again next month, officials said.',
  'Advertisement',
  'The talks lasted four hours, according to a statement.',
  'Share:',
  'Facebook',
  'Twitter',
  'Email',
  'Leave a Reply',
  'Your email address will not be published.',
].join('\n');

describe('reading a page saved from a news site', () => {
  const page = parsed(SAVED_PAGE);

  it('gives every line its kind: furniture, headline, caption, body', () => {
    expect(kinds(page)).toEqual([
      ['furniture', 'Skip to content'],
      ['furniture', 'World'],
      ['headline', 'Ministers agree to reopen embassies after talks in the capital'],
      ['furniture', expect.stringMatching(/^Published:/)],
      ['furniture', 'By First Writer'],
      ['caption', expect.stringMatching(/^The two ministers shake hands/)],
      ['body', expect.stringMatching(/^CAPITAL CITY:/)],
      ['body', 'They will meet again next month, officials said.'],
      ['furniture', 'Advertisement'],
      ['body', 'The talks lasted four hours, according to a statement.'],
      ['furniture', 'Share:'],
      ['furniture', 'Facebook'],
      ['furniture', 'Twitter'],
      ['furniture', 'Email'],
      ['furniture', 'Leave a Reply'],
      ['furniture', 'Your email address will not be published.'],
    ]);
    expect(page.headline).toBe('Ministers agree to reopen embassies after talks in the capital');
  });

  it('takes the first publication date the page prints, not the update', () => {
    expect(page.published).toBe('2021-03-04');
    expect(page.publishedFrom).toBe('page');
  });

  it('reads the dateline as where the report was filed, keeping the sentence verbatim', () => {
    const report = page.paragraphs[6]!;
    expect(report.dateline).toEqual({
      place: 'CAPITAL CITY',
      date: null,
      end: 'CAPITAL CITY: '.length,
    });
    expect(report.sentences[0]!.text).toMatch(/^CAPITAL CITY: The foreign ministers/);
  });

  it('lets a date line at the top win over the dates the page prints', () => {
    const dated = parsed(` date 2021-03-05 World\n${SAVED_PAGE.split('\n').slice(2).join('\n')}`);
    expect(dated.published).toBe('2021-03-05');
    expect(dated.publishedFrom).toBe('dateLine');
    expect(dated.paragraphs[0]).toMatchObject({ kind: 'furniture', text: 'World' });
  });

  it('keeps a last sentence cut off mid-word, marked so that it is never read as a fact', () => {
    const cut = parsed(
      'Talks end\n\nThe envoys met on Monday.\n\nThey said the next round would be held in the sp',
    );
    const last = cut.paragraphs.at(-1)!;
    expect(last.kind).toBe('body');
    expect(last.sentences.at(-1)).toMatchObject({ cutOff: true });
    expect(cut.paragraphs[1]!.sentences[0]!.cutOff).toBe(false);
  });

  it('reads a stray agency tag after a sentence as furniture', () => {
    const tagged = parsed('The envoy hoped the talks would resume soon. AGENCY');
    expect(tagged.paragraphs[0]!.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['body', 'The envoy hoped the talks would resume soon.'],
      ['furniture', 'AGENCY'],
    ]);
  });

  it('reads a sentence above the title as the lead photo caption', () => {
    const lead = parsed(
      'The president greets the prime minister as he arrives for the summit on Tuesday.\nSummit opens without the president\nThe summit opened on Tuesday in the capital.',
    );
    expect(kinds(lead).map(([kind]) => kind)).toEqual(['caption', 'headline', 'body']);
  });

  it('counts a line printed twice once (alt text, then the caption with its credit)', () => {
    const twice = parsed(
      'Talks\n\nThe report.\n\nThe two leaders in 2019.\nThe two leaders in 2019. (FIRST LAST/AFP via Getty Images)\n\nMore text here.',
    );
    expect(
      kinds(twice)
        .slice(2, 4)
        .map(([kind]) => kind),
    ).toEqual(['furniture', 'caption']);
  });
});

describe('the seeds still parse as they always did', () => {
  const seeds = readdirSync(SEEDS).map((file) =>
    parsed(readFileSync(join(SEEDS, file), 'utf8'), file),
  );

  it("reads seed 000's inline date line and keeps its paragraphs", () => {
    const seed = seeds.find((briefing) => briefing.file.startsWith('000'))!;
    expect(seed.published).toBe('2023-04-24');
    expect(seed.publishedFrom).toBe('dateLine');
    expect(seed.paragraphs[0]!.text).toMatch(/^The defense ministers and intelligence chiefs/);
    expect(seed.paragraphs[2]).toMatchObject({
      kind: 'subheading',
      text: 'Significance of the Meet',
    });
  });

  it("reads seed 004's photo caption as a caption", () => {
    const seed = seeds.find((briefing) => briefing.file.startsWith('004'))!;
    expect(seed.published).toBeNull();
    expect(seed.paragraphs[1]!.kind).toBe('caption');
    expect(seed.paragraphs[1]!.text).toMatch(/^Turkish Defence Minister Hulusi Akar \(front C\)/);
    expect(seed.paragraphs.filter((paragraph) => paragraph.kind === 'body')).toHaveLength(12);
  });
});
