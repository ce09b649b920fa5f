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
    ['turkiye syria normalisation', 'talks.txt#2.1'],
    ['four-way meeting', 'talks.txt#2.2'],
    ['quadripartite meeting', 'talks.txt#2.2'],
    ['normalization of ties', 'talks.txt#3.1'],
    ['black sea grain', 'trade.txt#2.1'],
  ])('finds %s', (query, id) => {
    expect(top(query)).toBe(id);
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

  it('answers the same when rebuilt from its image, without tokenising again', () => {
    const image = JSON.parse(JSON.stringify(index.toImage()));
    const rebuilt = InvertedPassageIndex.fromImage(sources, image);
    for (const query of [
      'Cavusolgu',
      'defnce ministers',
      'black sea grain',
      'Ankara Damascus Moscow',
    ]) {
      expect(rebuilt.search(query)).toEqual(index.search(query));
    }
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
