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
    // An honorific makes a person of a surname no briefing gives in full.
    expect(citedFromB(alone)).toEqual(['Asante', 'Mensah']);

    const introduced = extractor.update([introduction]);
    expect(introduced).toEqual(fromScratch([introduction, bySurname]));
    expect(citedFromB(introduced)).toEqual(['Kwame Asante', 'Yawa Mensah']);

    const gone = extractor.update([], ['a.txt']);
    expect(gone).toEqual(fromScratch([bySurname]));
    expect(citedFromB(gone)).toEqual(['Asante', 'Mensah']);
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

describe('MeetingExtractor readings saved and restored', () => {
  const { briefings } = parseCorpus(generateCorpus({ size: 80, seed: 5 }).files);
  const saved = (() => {
    const extractor = new MeetingExtractor();
    extractor.update(briefings);
    return extractor.save('build-1');
  })();

  it('gives the meetings of a from-scratch extraction after files changed, came and went', () => {
    const changed = briefings
      .slice(0, 70)
      .map((b, i) =>
        i === 3 ? { ...b, paragraphs: briefings[75]!.paragraphs, contentHash: 'changed' } : b,
      );
    const now = [...changed, briefings[79]!].filter((_, i) => i !== 10);
    const { extractor, meetings } = MeetingExtractor.restore(saved, 'build-1', now);
    expect(meetings).toEqual(fromScratch(now));
    // …and it goes on updating from there.
    expect(extractor.update([briefings[3]!], [briefings[11]!.file])).toEqual(
      fromScratch(
        now.map((b, i) => (i === 3 ? briefings[3]! : b)).filter((b) => b !== briefings[11]),
      ),
    );
  });

  // Same hash, other text: a restored reading shows through where a fresh one would not.
  const first = briefings.find((b) => fromScratch([b]).length > 0)!;
  const disguised = { ...first, paragraphs: briefings.find((b) => b !== first)!.paragraphs };

  it('reuses the readings of briefings whose content hash is unchanged', () => {
    const restored = MeetingExtractor.restore(saved, 'build-1', [disguised]).meetings;
    expect(restored).toEqual(fromScratch([first]));
    expect(restored).not.toEqual(fromScratch([disguised]));
  });

  it("reads everything again when the readings are another build's or damaged", () => {
    expect(MeetingExtractor.restore(saved, 'build-2', [disguised]).meetings).toEqual(
      fromScratch([disguised]),
    );
    const some = briefings.slice(0, 30);
    for (const bytes of [saved.subarray(0, saved.length / 2), new Uint8Array([1, 2, 3]), null]) {
      expect(MeetingExtractor.restore(bytes, 'build-1', some).meetings).toEqual(fromScratch(some));
    }
  });
});
