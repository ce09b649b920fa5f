import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ask,
  EMPTY_QUESTION_ANSWER,
  NOT_ENGLISH_ANSWER,
  NOT_FOUND_ANSWER,
} from '../../src/answer/ask.js';
import type { Knowledge } from '../../src/knowledge.js';
import { DEV_CORPUS, hasDevCorpus, knowledgeOf, SEEDS } from '../support/corpora.js';
import { briefingsFolder, knowledgeFrom } from '../support/knowledge.js';

function citationsAreVerbatim(knowledge: Knowledge, question: string) {
  const result = ask(knowledge, question);
  for (const citation of [...result.citations, ...result.closest]) {
    const paragraph = knowledge.briefings.get(citation.briefing)?.paragraphs[
      citation.paragraph - 1
    ];
    expect(paragraph, `${citation.briefing} ¶${citation.paragraph}`).toBeDefined();
    expect(paragraph?.text).toContain(citation.text);
  }
  return result;
}

/** The seed reporting the held meeting (the other announced it the day before). */
const REPORT = '004_5dc909d0c5c42903.txt';

describe('ask on the seeds', () => {
  it('answers where the defence ministers met, citing a seed passage', async () => {
    const knowledge = await knowledgeOf(SEEDS);
    const result = ask(knowledge, 'where did the defence ministers meet?');
    expect(result.found).toBe(true);
    // The report's sentence naming the town, not one saying whose capital it is.
    expect(result.fact).toBe('Moscow');
    expect(result.answer).toMatch(/^The defence ministers .+ held "constructive" talks in Moscow/);
    expect(result.citations[0]?.briefing).toBe(REPORT);
    expect(result.citations.length).toBeGreaterThanOrEqual(1);
    expect(result.citations.length).toBeLessThanOrEqual(3);
    expect(result.citations.map((c) => c.id)).toEqual(result.citations.map((_, i) => i + 1));
  });

  it('answers with a typo in a name', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'what did Cavusolgu signal?');
    expect(result.answer).toContain('Cavusoglu');
  });

  it('quotes the answer verbatim from the first citation', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'refugees return');
    expect(result.citations[0]?.text).toBe(result.answer);
  });

  it('says plainly when nothing answers, and cites nothing as an answer', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'chocolate cake recipe with strawberries');
    expect(result.found).toBe(false);
    expect(result.answer).toBe(NOT_FOUND_ANSWER);
    expect(result.citations).toEqual([]);
  });

  it('offers the closest matches when the question is only partly covered', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'Moscow ministers ballet tickets opera');
    expect(result.found).toBe(false);
    expect(result.closest.length).toBeGreaterThan(0);
  });

  it('does not let one word no briefing holds veto an answer', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'where did the defence ministers meet, roughly?');
    expect(result.found).toBe(true);
    expect(result.fact).toBe('Moscow');
    expect(result.answer).toMatch(/held "constructive" talks in Moscow/);
  });

  it('cites the sentence naming who attended the Moscow meeting (the first example)', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'Who attended the Moscow meeting?');
    expect(result.fact).toBe('Hulusi Akar and Hakan Fidan');
    expect(result.citations[0]).toMatchObject({ briefing: REPORT, paragraph: 6 });
    expect(result.citations[0]?.text).toMatch(/Hulusi Akar and .+ Hakan Fidan attended a meeting/);
  });

  it('says plainly that it reads English when asked in another language', async () => {
    const result = ask(await knowledgeOf(SEEDS), '¿Quién asistió a la reunión de Moscú?');
    expect(result).toMatchObject({ found: false, answer: NOT_ENGLISH_ANSWER, citations: [] });
    expect(result.closest).toEqual([]);
  });

  it('asks for a question when given none', async () => {
    const result = ask(await knowledgeOf(SEEDS), '   ');
    expect(result).toMatchObject({ found: false, answer: EMPTY_QUESTION_ANSWER, citations: [] });
  });

  it('honours the limit of supporting passages', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'defence ministers intelligence chiefs', {
      limit: 1,
    });
    expect(result.citations).toHaveLength(1);
  });
});

describe('citations quote their paragraph verbatim', () => {
  const questions = [
    'when did the defence ministers meet in Moscow?',
    'who took part?',
    'Türkiye Syria normalisation',
    'kamikaze drones',
    'foreign ministers early May',
    '"quoted" (odd) [query] *with* symbols?',
  ];

  it.each(questions)('on the seeds: %s', async (question) => {
    citationsAreVerbatim(await knowledgeOf(SEEDS), question);
  });

  it.runIf(hasDevCorpus)('on every question of the development corpus', async () => {
    const { readFile } = await import('node:fs/promises');
    const truth = JSON.parse(await readFile(join(DEV_CORPUS, 'truth.json'), 'utf8')) as {
      questions: { text: string }[];
    };
    const knowledge = await knowledgeOf(join(DEV_CORPUS, 'briefings'));
    for (const question of truth.questions) citationsAreVerbatim(knowledge, question.text);
  });
});

describe('ask answers the question that was asked', () => {
  const report = [
    'date 2024-03-12',
    '',
    'Herring talks end in Bergen',
    '',
    'The fisheries ministers of Norway and Iceland met in Bergen on Monday to settle a dispute over herring quotas.',
    '',
    "Norway's Fisheries Minister Tomas Brandt and Iceland's Fisheries Minister Elin Vasker attended the talks.",
    '',
    "The session was chaired by the city's mayor, Ada Kowal, who opened it with a minute of silence.",
    '',
    'The talks lasted six hours. The ministers agreed to cut the herring catch by a tenth.',
    '',
    'Vasker spoke to reporters after the talks. "We have found a fair balance between our fleets," she said.',
    '',
    'The two ministers will meet again in Reykjavik next spring.',
  ].join('\n');
  const announcement = [
    'date 2024-03-01',
    '',
    'Norway and Iceland to hold herring talks',
    '',
    'The fisheries ministers of Norway and Iceland, their deputy ministers and their chief scientists will meet in Bergen on 11 March, officials said.',
  ].join('\n');
  let folder: Awaited<ReturnType<typeof briefingsFolder>>;
  let knowledge: Knowledge;
  beforeAll(async () => {
    folder = await briefingsFolder({ 'report.txt': report, 'announcement.txt': announcement });
    knowledge = await knowledgeFrom(folder.dir);
  });
  afterAll(() => folder.cleanup());

  const first = (question: string) => ask(knowledge, question).citations[0]?.text;

  it('cites the sentence naming who took part before one listing unnamed roles', () => {
    expect(first('Who attended the herring talks in Bergen?')).toMatch(/Brandt.+Vasker attended/);
  });

  it('answers who did something else than attend from the text, not from the attendees', () => {
    expect(first('Who chaired the session?')).toMatch(/chaired by the city's mayor, Ada Kowal/);
  });

  it('reads a quotation with the sentence before it, which says who spoke', () => {
    expect(first('What did Vasker say about the fleets?')).toMatch(/fair balance/);
  });

  it('answers how long with a length of time', () => {
    expect(first('How long did the talks last?')).toBe('The talks lasted six hours.');
  });

  it('answers a question typed with a contraction without its apostrophe', () => {
    const result = ask(knowledge, 'wasnt the herring catch cut?');
    expect(result.found).toBe(true);
    expect(result.citations[0]?.text).toMatch(/cut the herring catch/);
  });

  it('answers a question about what is to come with what is to come', () => {
    expect(first('When will the ministers meet again?')).toMatch(/next spring/);
  });
});

describe('ask answers a question about a held meeting from its report', () => {
  const report = [
    'date 2024-06-20',
    '',
    'Salmon talks end in Tromso',
    '',
    'The fisheries ministers of Norway and Scotland met in Tromso on Tuesday over salmon farming.',
    '',
    "Norway's Fisheries Minister Tomas Brandt and Scotland's Rural Secretary Moira Flett attended the talks.",
    '',
    'The ministers agreed on joint inspections of fish farms along the coast.',
  ].join('\n');
  const announcement = [
    'date 2024-06-10',
    '',
    'Norway and Scotland to hold salmon talks in Tromso',
    '',
    'The fisheries ministers of Norway and Scotland will meet in Tromso on 18 June and are expected to agree a shared salmon quota, officials said.',
  ].join('\n');
  let folder: Awaited<ReturnType<typeof briefingsFolder>>;
  let knowledge: Knowledge;
  beforeAll(async () => {
    folder = await briefingsFolder({ 'report.txt': report, 'announcement.txt': announcement });
    knowledge = await knowledgeFrom(folder.dir);
  });
  afterAll(() => folder.cleanup());

  const question = 'What did the Norway and Scotland ministers agree in Tromso?';

  it('cites what the report says was agreed before what the announcement said would be', () => {
    expect(ask(knowledge, question).citations[0]?.text).toBe(
      'The ministers agreed on joint inspections of fish farms along the coast.',
    );
  });

  it('leads with the announcement when its briefing is not weighed down', () => {
    // The same question with the announcement weighed as any briefing: it repeats more words.
    const result = ask(knowledge, question, { tuning: { announcedFactor: 1 } });
    expect(result.citations[0]?.text).toMatch(/will meet in Tromso/);
  });
});

describe('ask ranks the sentences of the briefing it finds on what the question turns on', () => {
  const report = [
    'date 2024-10-02',
    '',
    'Arvania warns of drought threat as lentil talks end',
    '',
    'The trade ministers of Arvania and Belmora ended two days of lentil talks in Kestrel Bay on Tuesday.',
    '',
    'The talks in Kestrel Bay were the first between the Arvanian and Belmoran trade ministers since the tariff dispute of 2019.',
    '',
    "Farmers' unions from both countries had asked to take part. They were not invited.",
    '',
    'Speaking to reporters, the Arvanian minister was asked about prices. A drought was the main threat, he warned.',
    '',
    'Belmora named the countries it hopes will act as guarantors of the accord: Arvania and Corvia.',
    '',
    'Lentil exporters in Kestrel Bay asked for guarantees on prices.',
    '',
    'The next round is expected in the spring.',
  ].join('\n');
  let folder: Awaited<ReturnType<typeof briefingsFolder>>;
  let knowledge: Knowledge;
  beforeAll(async () => {
    folder = await briefingsFolder({ 'report.txt': report });
    knowledge = await knowledgeFrom(folder.dir);
  });
  afterAll(() => folder.cleanup());

  const first = (question: string) => ask(knowledge, question).citations[0]?.text;

  it('prefers a short sentence holding the thing asked for to one repeating the topic', () => {
    expect(first('What threat did the Arvanian minister warn of at the Kestrel Bay talks?')).toBe(
      'A drought was the main threat, he warned.',
    );
  });

  it('finds the word asked about in another form of it ("guarantors" for "guarantee")', () => {
    expect(first('Which countries would guarantee the accord?')).toMatch(
      /guarantors of the accord/,
    );
  });
});

describe('ask answers "who did it" with a person doing it', () => {
  const report = [
    'date 2024-10-04',
    '',
    'Lentil accord signed in Kestrel Bay',
    '',
    "A lentil accord between Arvania and Belmora was expected to be signed in Kestrel Bay on Friday, Belmora's Trade Minister Ilse Varga said.",
    '',
    'The accord was signed at noon. Two deputies, Pia Holm and Jan Ek, put their names to it.',
    '',
    'Hours later, the deputy ministers Pia Holm and Jan Ek signed it a second time for the cameras.',
  ].join('\n');
  let folder: Awaited<ReturnType<typeof briefingsFolder>>;
  let knowledge: Knowledge;
  beforeAll(async () => {
    folder = await briefingsFolder({ 'report.txt': report });
    knowledge = await knowledgeFrom(folder.dir);
  });
  afterAll(() => folder.cleanup());

  it('does not take the person who says it will be done for the one who did it', () => {
    const result = ask(knowledge, 'Who signed the lentil accord in Kestrel Bay?');
    expect(result.citations[0]?.text).toMatch(/Pia Holm and Jan Ek signed it/);
    expect(result.fact).toBe('Pia Holm and Jan Ek');
  });
});
