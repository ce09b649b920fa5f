import { describe, expect, it } from 'vitest';
import { parseBriefing } from '../../src/corpus/parseBriefing.js';
import { editDistance, FuzzyWords } from '../../src/search/fuzzyWords.js';
import { InvertedPassageIndex } from '../../src/search/passageIndex.js';
import { fold, termOf, tokenize } from '../../src/search/terms.js';
import type { Briefing } from '../../src/types.js';

function briefing(file: string, text: string): Briefing {
  const result = parseBriefing(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error.reason);
  return result.value;
}

const sources = [
  briefing(
    'talks.txt',
    'date 2023-04-24\n\nDefence chiefs meet\n\nThe defence ministers of Türkiye and Syria held talks in Moscow on Tuesday. ' +
      'Foreign Minister Mevlüt Çavuşoğlu said a quadrilateral meeting would follow.\n\n' +
      'They discussed the normalisation of ties between Ankara and Damascus.',
  ),
  briefing(
    'trade.txt',
    'Grain exports\n\nThe grain corridor across the Black Sea closed in July. Exporters sought new routes.',
  ),
];
const index = new InvertedPassageIndex(sources);

const top = (query: string) => index.search(query, { limit: 1 })[0]?.passage.id;

describe('fold and terms', () => {
  it.each([
    ['Türkiye', 'turkiye'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['İstanbul', 'istanbul'],
    ['Ærø', 'aero'],
  ])('folds %s to %s', (text, folded) => expect(fold(text)).toBe(folded));

  it.each([
    ['defence', 'defense'],
    ['Turkey', 'Türkiye'],
    ['quadripartite', 'quadrilateral'],
    ['normalisation', 'normalization'],
    ['met', 'meeting'],
    ['said', 'says'],
  ])('treats %s and %s as one term', (a, b) => {
    expect(termOf(fold(a))).toBe(termOf(fold(b)));
  });

  it('joins dotted acronyms and drops possessives', () => {
    expect(tokenize("The U.S. envoy and Russia's minister").map((t) => t.word)).toEqual([
      'usa',
      'envoy',
      'russia',
      'minister',
    ]);
  });

  it('drops question and stop words', () => {
    expect(tokenize('What did they say about it?').map((t) => t.word)).toEqual(['say']);
  });
});

describe('FuzzyWords', () => {
  const words = new FuzzyWords();
  for (const word of ['cavusoglu', 'defence', 'syria', 'moscow', 'kazakhstan']) words.add(word);

  it.each([
    ['cavusolgu', 'cavusoglu'],
    ['defnce', 'defence'],
    ['syrai', 'syria'],
    ['kazakstan', 'kazakhstan'],
    ['moskow', 'moscow'],
  ])('finds %s near %s', (typo, word) => {
    expect(words.near(typo)[0]?.word).toBe(word);
  });

  it('does not stretch short words', () => {
    expect(words.near('syr')).toEqual([]);
  });

  it('computes transpositions as one edit', () => {
    expect(editDistance('olg', 'ogl', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
  });
});

describe('InvertedPassageIndex', () => {
  it.each([
    ['Cavusolgu', 'talks.txt#2.2'],
    ['Çavuşoğlu', 'talks.txt#2.2'],
    ['defnce ministers', 'talks.txt#2.1'],
    ['defense ministers turkey', 'talks.txt#2.1'],
    // "Ankara and Damascus" are Türkiye and Syria, and only that sentence speaks of normalisation.
    ['turkiye syria normalisation', 'talks.txt#3.1'],
    ['four-way meeting', 'talks.txt#2.2'],
    ['quadripartite meeting', 'talks.txt#2.2'],
    ['normalization of ties', 'talks.txt#3.1'],
    ['black sea grain', 'trade.txt#2.1'],
  ])('finds %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('reads two words written apart as the compound the briefings write as one', () => {
    const compound = new InvertedPassageIndex([
      briefing(
        'walls.txt',
        'Firewall talks\n\nThe envoys agreed a shared firewall for the ministries.',
      ),
    ]);
    expect(compound.search('fire wall ministries', { limit: 1 })[0]?.passage.text).toContain(
      'shared firewall',
    );
    const words = compound.readQuery('fire wall ministries');
    expect(words.find((word) => word.word === 'fire')?.alternatives).toContainEqual({
      term: termOf('firewall'),
      weight: 1,
    });
    // Not across a comma: "fire, wall" are two words.
    const apart = compound.readQuery('fire, wall').flatMap((word) => word.alternatives);
    expect(apart.map((alternative) => alternative.term)).not.toContain(termOf('firewall'));
  });

  it('reads a country as its capital too, which reports name for its government', () => {
    const capital = new InvertedPassageIndex([
      briefing('capital.txt', 'Trade talks\n\nAnkara agreed to lift the tariffs on grain.'),
    ]);
    const turkey = capital.readQuery('turkey').find((word) => word.word === 'turkey');
    expect(turkey?.alternatives.map((alternative) => alternative.term)).toContain(termOf('ankara'));
    expect(capital.search('turkey tariffs', { limit: 1 })[0]?.passage.text).toContain('Ankara');
  });

  it('finds nothing for words the briefings do not hold', () => {
    expect(index.search('chocolate recipe')).toEqual([]);
  });

  it('finds nothing for an empty or stop-word query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('what is the')).toEqual([]);
  });

  it('says which terms matched and how much of the query', () => {
    const [hit] = index.search('grain corridor');
    expect([...(hit?.matchedTerms ?? [])].sort()).toEqual(['corridor', 'grain']);
    expect(hit?.score).toBeCloseTo(1);
    expect(hit?.relevance).toBe(1);
  });

  it('credits words found only in the paragraph or the briefing as context', () => {
    const [hit] = index.search('Ankara Damascus Moscow');
    expect(hit?.passage.id).toBe('talks.txt#3.1');
    expect(hit?.score).toBeLessThan(1);
    expect(hit?.score).toBeGreaterThan(0.6);
  });

  it('limits the search to some briefings', () => {
    const hits = index.search('grain talks', { briefings: new Set(['trade.txt']) });
    expect(hits.every((hit) => hit.passage.briefing === 'trade.txt')).toBe(true);
  });

  it('removes and re-adds a briefing', () => {
    const local = new InvertedPassageIndex([briefing('a.txt', 'Envoys met in Doha.')]);
    expect(local.search('Doha')).toHaveLength(1);
    local.removeBriefing('a.txt');
    expect(local.search('Doha')).toEqual([]);
    expect(local.size).toBe(0);
    local.addBriefing(briefing('a.txt', 'Envoys met in Cairo.'));
    expect(local.search('Cairo')[0]?.passage.id).toBe('a.txt#1.1');
    expect(local.get('a.txt#1.1')?.text).toBe('Envoys met in Cairo.');
  });
});

describe('InvertedPassageIndex images', () => {
  const briefings = [
    ...sources,
    briefing(
      'oslo.txt',
      'date 2022-11-03\n\nNordic envoys meet\n\nThe Nordic envoys met in Oslo on Thursday. ' +
        'They agreed on grain shipments.\n\nA second round is planned in Helsinki.',
    ),
    briefing('doha.txt', 'Envoys met in Doha. The talks on Gaza continued.'),
  ].sort((a, b) => (a.file < b.file ? -1 : 1));
  const cairo = briefing('cairo.txt', 'Foreign ministers met in Cairo on Sunday.');
  const dohaAgain = briefing('doha.txt', 'Envoys met in Doha again.\n\nA ceasefire was discussed.');
  const queries = [
    'Cavusolgu',
    'defnce ministers',
    'black sea grain',
    'Ankara Damascus Moscow',
    'envoys met',
    'Helsinki round',
    'November 2022 talks',
    'Dohaa ceasefire',
    'ministers',
  ];
  const answers = (index: InvertedPassageIndex) => [
    ...queries.map((query) => index.search(query)),
    index.search('envoys talks', { limit: 2, briefings: new Set(['oslo.txt', 'doha.txt']) }),
  ];
  const restored = (index: InvertedPassageIndex, from: readonly Briefing[]) =>
    InvertedPassageIndex.fromImage(from, structuredClone(index.toImage()));

  it('answers exactly as the index it was taken from', () => {
    const fresh = new InvertedPassageIndex(briefings);
    const copy = restored(fresh, briefings);
    expect(answers(copy)).toEqual(answers(fresh));
    expect(copy.size).toBe(fresh.size);
    expect(copy.get('oslo.txt#3.1')).toEqual(fresh.get('oslo.txt#3.1'));
    expect(copy.get('oslo.txt#9.9')).toBeUndefined();
  });

  it('keeps answering as the original after the same briefings are added, changed and removed', () => {
    const fresh = new InvertedPassageIndex(briefings);
    const copy = restored(fresh, briefings);
    for (const index of [fresh, copy]) {
      index.addBriefing(cairo);
      index.addBriefing(dohaAgain);
      index.removeBriefing('trade.txt');
    }
    expect(answers(copy)).toEqual(answers(fresh));
    expect(copy.search('Cairo')[0]?.passage.id).toBe('cairo.txt#1.1');
    expect(copy.search('ceasefire')[0]?.passage.id).toBe('doha.txt#2.1');
    expect(copy.search('corridor')).toEqual([]);
    expect(copy.get('trade.txt#2.1')).toBeUndefined();
    expect(copy.size).toBe(fresh.size);
  });

  it('numbers an updated index as a fresh build would, so it restores to one', () => {
    const updated = new InvertedPassageIndex(briefings);
    updated.removeBriefing('doha.txt');
    updated.addBriefing(cairo);
    updated.addBriefing(sources[0]!);
    const now = [cairo, ...briefings.filter((b) => b.file !== 'doha.txt')];
    const fresh = new InvertedPassageIndex(now);
    expect(updated.toImage()).toEqual(fresh.toImage());
    expect(answers(restored(updated, now))).toEqual(answers(fresh));
  });

  it('sets the postings down from the image instead of tokenising the briefings again', () => {
    const doha = briefing('a.txt', 'Envoys met in Doha.');
    const image = new InvertedPassageIndex([doha]).toImage();
    // Same shape, other words: only the image knows this passage mentions Doha.
    const oslo = briefing('a.txt', 'Envoys met in Oslo.');
    expect(InvertedPassageIndex.fromImage([oslo], image).search('Doha')).toHaveLength(1);
  });

  it.each([
    ['another briefing', (from: Briefing[]) => [...from.slice(1), cairo]],
    ['a briefing with other sentences', (from: Briefing[]) => [dohaAgain, ...from.slice(1)]],
    ['the briefings in another order', (from: Briefing[]) => [...from].reverse()],
  ])('indexes the briefings anew when given %s', (_, change) => {
    const image = new InvertedPassageIndex(briefings).toImage();
    const given = change(briefings);
    expect(answers(InvertedPassageIndex.fromImage(given, image))).toEqual(
      answers(new InvertedPassageIndex(given)),
    );
  });

  it.each([
    ['ends too soon', (numbers: Uint32Array) => numbers.slice(0, -1)],
    ['goes on too long', (numbers: Uint32Array) => Uint32Array.from([...numbers, 0])],
    ['is garbled', (numbers: Uint32Array) => numbers.map((n) => n + 1_000)],
    [
      // The last number is the gap before the last briefing holding the last term.
      'names a briefing beyond the last',
      (numbers: Uint32Array) => numbers.map((n, i) => (i === numbers.length - 1 ? n + 4 : n)),
    ],
    ['is empty', () => new Uint32Array(0)],
  ])('indexes the briefings anew when the image %s', (_, damage) => {
    const image = new InvertedPassageIndex(briefings).toImage();
    const damaged = InvertedPassageIndex.fromImage(briefings, {
      ...image,
      numbers: damage(image.numbers),
    });
    expect(answers(damaged)).toEqual(answers(new InvertedPassageIndex(briefings)));
  });
});
