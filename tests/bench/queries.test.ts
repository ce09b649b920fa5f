import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { makeQueries, misspell, QUERY_KINDS } from '../../bench/queries.js';
import { Random, ZipfSampler } from '../../bench/random.js';

/** Damerau–Levenshtein distance (optimal string alignment), small inputs only. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

describe('misspell', () => {
  it('makes one slip, never in the first letter', () => {
    const random = new Random(1);
    for (const word of ['consulate', 'pipeline', 'Moscow', 'defence', 'talks']) {
      for (let i = 0; i < 50; i++) {
        const typo = misspell(random, word);
        expect(editDistance(word, typo)).toBeLessThanOrEqual(1);
        expect(typo[0]).toBe(word[0]);
      }
    }
  });
});

describe('makeQueries', () => {
  const corpus = generateCorpus({ size: 30, seed: 3 });

  it('draws the asked number of queries of every kind, the same each time', () => {
    const queries = makeQueries(corpus, 25);
    for (const kind of QUERY_KINDS) expect(queries[kind]).toHaveLength(25);
    expect(makeQueries(corpus, 25)).toEqual(queries);
  });

  it('copies exact-word queries from the corpus', () => {
    const text = corpus.files.map((file) => file.text).join('\n');
    for (const query of makeQueries(corpus, 25).exact) {
      for (const word of query.split(' ')) expect(text).toContain(word);
    }
  });

  it('misspells at least one word of every typo query', () => {
    const words = new Set(
      corpus.files.flatMap((file) => file.text.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? []),
    );
    for (const query of makeQueries(corpus, 25).typos) {
      expect(query.split(' ').some((word) => !words.has(word))).toBe(true);
    }
  });
});

describe('Random and ZipfSampler', () => {
  it('repeats a sequence for a seed', () => {
    const a = new Random(42);
    const b = new Random(42);
    expect(Array.from({ length: 5 }, () => a.float())).toEqual(
      Array.from({ length: 5 }, () => b.float()),
    );
  });

  it('draws common words far more often than rare ones', () => {
    const sampler = new ZipfSampler(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    const random = new Random(5);
    const counts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const word = sampler.draw(random);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    expect(counts.get('a')! / counts.get('j')!).toBeGreaterThan(5);
  });
});
