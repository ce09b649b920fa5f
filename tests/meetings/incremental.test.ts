import { describe, expect, it } from 'vitest';
import { generateCorpus, parseCorpus } from '../../bench/generate.js';
import { extractMeetings, MeetingExtractor } from '../../src/meetings/extract.js';
import type { Briefing } from '../../src/types.js';
import { briefing } from './support.js';

/** The meetings of a set of briefings, extracted from scratch: what every update must equal. */
const fromScratch = (briefings: Iterable<Briefing>) =>
  extractMeetings([...briefings].sort((a, b) => (a.file < b.file ? -1 : 1)));

const introduction = briefing(
  'a.txt',
  `date 2024-05-06

Ghana's Foreign Minister Kwame Asante met Togolese Foreign Minister Yawa Mensah in Accra on Monday to discuss border trade.
`,
);
const bySurname = briefing(
  'b.txt',
  `date 2024-05-07

Mr Asante and Ms Mensah met in Accra on Monday.
`,
);

describe('MeetingExtractor', () => {
  it('resolves a surname again when the briefing that introduces the full name comes and goes', () => {
    const extractor = new MeetingExtractor();
    /** Who b.txt's sentence is cited for. */
    const citedFromB = (meetings: ReturnType<typeof extractMeetings>) =>
      meetings
        .flatMap((m) => m.attendees)
        .filter((a) => a.sources.includes('b.txt#1.1'))
        .map((a) => a.name)
        .sort();

    const alone = extractor.update([bySurname]);
    expect(alone).toEqual(fromScratch([bySurname]));
    // Unknown surnames without a title are not taken for people.
    expect(citedFromB(alone)).toEqual([]);

    const introduced = extractor.update([introduction]);
    expect(introduced).toEqual(fromScratch([introduction, bySurname]));
    expect(citedFromB(introduced)).toEqual(['Kwame Asante', 'Yawa Mensah']);

    const gone = extractor.update([], ['a.txt']);
    expect(gone).toEqual(fromScratch([bySurname]));
    expect(citedFromB(gone)).toEqual([]);
  });

  it("updates a meeting whose attendee's country another briefing tells", () => {
    const meeting = briefing(
      'c.txt',
      `date 2024-05-07

Foreign Minister Kwame Asante met Foreign Minister Yawa Mensah in Accra on Monday.
`,
    );
    const later = briefing(
      'd.txt',
      `date 2024-06-20

Ghana's Foreign Minister Kwame Asante met Nigerian Foreign Minister Bola Okafor in Abuja on Wednesday.
`,
    );
    const countryIn = (meetings: ReturnType<typeof extractMeetings>) =>
      meetings
        .find((m) => m.location?.startsWith('Accra'))
        ?.attendees.find((a) => a.name === 'Kwame Asante')?.country;
    const extractor = new MeetingExtractor();
    expect(countryIn(extractor.update([meeting]))).toBeNull();
    const told = extractor.update([later]);
    expect(told).toEqual(fromScratch([meeting, later]));
    expect(countryIn(told)).toBe('Ghana');
    expect(countryIn(extractor.update([], ['d.txt']))).toBeNull();
  });

  it('gives the meetings of a from-scratch extraction after every add, change and removal', () => {
    const { briefings } = parseCorpus(generateCorpus({ size: 160, seed: 11 }).files);
    const current = new Map(briefings.slice(0, 120).map((b) => [b.file, b]));
    const extractor = new MeetingExtractor();
    expect(extractor.update([...current.values()])).toEqual(fromScratch(current.values()));

    // Added files, including undated ones that take their date from another briefing.
    const added = briefings.slice(120, 140);
    for (const b of added) current.set(b.file, b);
    expect(extractor.update(added)).toEqual(fromScratch(current.values()));

    // Removed files: their names and meetings must go from the others' readings too.
    const removed = briefings.slice(0, 120).filter((_, i) => i % 9 === 0);
    for (const b of removed) current.delete(b.file);
    expect(
      extractor.update(
        [],
        removed.map((b) => b.file),
      ),
    ).toEqual(fromScratch(current.values()));

    // Changed files: another briefing's text under the same name.
    const changed = briefings.slice(140, 150).map((b, i) => ({
      ...b,
      file: briefings[1 + i * 7]!.file,
      contentHash: `changed-${b.contentHash}`,
    }));
    for (const b of changed) current.set(b.file, b);
    expect(extractor.update(changed)).toEqual(fromScratch(current.values()));

    // The same content again is no change at all.
    expect(extractor.update(changed)).toEqual(fromScratch(current.values()));
  });
});
