import { describe, expect, it } from 'vitest';
import { PLANTED_FACTS } from '../../bench/facts.js';
import { generateCorpus, generatedBriefing, parseCorpus } from '../../bench/generate.js';

const SIZE = 60;
const corpus = generateCorpus({ size: SIZE, seed: 7 });

const sentencesIn = (file: (typeof corpus.files)[number]) =>
  file.paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0);

describe('generateCorpus', () => {
  it('gives an identical corpus for the same seed and size', () => {
    const again = generateCorpus({ size: SIZE, seed: 7 });
    expect(again.files.map((file) => file.text)).toEqual(corpus.files.map((file) => file.text));
    expect(again.facts).toEqual(corpus.facts);
  });

  it('gives a different corpus for a different seed', () => {
    const other = generateCorpus({ size: SIZE, seed: 8 });
    const same = other.files.filter((file, i) => file.text === corpus.files[i]?.text);
    expect(same).toHaveLength(0);
  });

  it('writes briefings of about fifteen sentences', () => {
    const mean = corpus.files.reduce((sum, file) => sum + sentencesIn(file), 0) / SIZE;
    expect(mean).toBeGreaterThan(13);
    expect(mean).toBeLessThan(18);
  });

  it('dates most briefings on their first line and leaves some undated', () => {
    const dated = corpus.files.filter((file) => /^ ?date \d{4}-\d{2}-\d{2}/.test(file.text));
    expect(dated.length).toBeGreaterThan(SIZE * 0.75);
    expect(dated.length).toBeLessThan(SIZE);
  });

  it('reports each meeting in several briefings, and names people in more than one briefing', () => {
    const reported = corpus.meetings.filter((meeting) => meeting.files.length >= 2);
    expect(reported.length).toBeGreaterThan(corpus.meetings.length / 2);
    const recurring = corpus.people.filter(
      (person) => corpus.files.filter((file) => file.text.includes(person.name)).length >= 2,
    );
    expect(recurring.length).toBeGreaterThan(10);
  });

  it('uses relative dates and both spellings of defence', () => {
    const text = corpus.files.map((file) => file.text).join('\n');
    expect(text).toMatch(/ on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ ,.]/);
    expect(text).toMatch(
      /last month|last (January|February|March|April|May|June|July|August|September|October|November|December)|earlier this month/,
    );
    expect(text).toContain('Defence Minister');
    expect(text).toContain('Defense Minister');
  });
});

describe('planted facts', () => {
  it('places every fact once, in the briefing it names', () => {
    expect(corpus.facts.map((fact) => fact.id)).toEqual(PLANTED_FACTS.map((fact) => fact.id));
    for (const fact of corpus.facts) {
      const holders = corpus.files.filter((file) => file.text.includes(fact.keyword));
      expect(holders.map((file) => file.file)).toEqual([fact.file]);
      expect(holders[0]?.text).toContain(fact.sentence);
    }
  });

  it('puts facts in distinct briefings when there are enough', () => {
    expect(new Set(corpus.facts.map((fact) => fact.file)).size).toBe(PLANTED_FACTS.length);
  });

  it('still places every fact in a corpus smaller than the list of facts', () => {
    const tiny = generateCorpus({ size: 3, seed: 1 });
    for (const fact of tiny.facts) {
      expect(tiny.files.find((file) => file.file === fact.file)?.text).toContain(fact.sentence);
    }
  });

  it('asks questions that do not simply repeat the fact', () => {
    for (const fact of PLANTED_FACTS) {
      expect(fact.sentence).toContain(fact.keyword);
      expect(fact.sentence.toLowerCase()).not.toContain(fact.question.toLowerCase());
    }
  });
});

describe('parsing the generated files', () => {
  it('loads every file with the product parser, none skipped', () => {
    const { briefings, skipped } = parseCorpus(corpus.files);
    expect(skipped).toEqual([]);
    expect(briefings).toHaveLength(SIZE);
  });

  it('reads the dates and headlines the generator wrote', () => {
    const { briefings } = parseCorpus(corpus.files);
    briefings.forEach((briefing, i) => {
      expect(briefing.published).toBe(corpus.files[i]?.published);
    });
    const withHeadline = corpus.files.filter((file) => file.headline);
    const parsedHeadlines = briefings.filter((briefing) => briefing.headline);
    expect(parsedHeadlines.length).toBeGreaterThanOrEqual(withHeadline.length);
  });

  it('splits the sentences the generator wrote', () => {
    const { briefings } = parseCorpus(corpus.files);
    const parsed = briefings.flatMap((briefing) =>
      briefing.paragraphs.flatMap((paragraph) => paragraph.sentences.map((s) => s.text)),
    );
    const written = corpus.files
      .map(generatedBriefing)
      .flatMap((briefing) =>
        briefing.paragraphs.flatMap((paragraph) => paragraph.sentences.map((s) => s.text)),
      );
    const parsedSet = new Set(parsed);
    const found = written.filter((sentence) => parsedSet.has(sentence));
    expect(found.length / written.length).toBeGreaterThan(0.95);
  });
});
