import { describe, expect, it } from 'vitest';
import type { PlacedFact } from '../../bench/generate.js';
import { rankOfFact, scoreQuality } from '../../bench/quality.js';

const fact = (id: string, keyword: string, file: string): PlacedFact => ({
  id,
  keyword,
  file,
  sentence: `The ${keyword} bridge reopens.`,
  answer: 'reopens',
  question: `when does the ${keyword.toLowerCase()} bridge reopen`,
});

const varnak = fact('varnak', 'Varnak', 'b00002.txt');
const hit = { briefing: 'b00002.txt', text: 'The Varnak bridge reopens.' };
const otherFile = { briefing: 'b00003.txt', text: 'The Varnak bridge reopens.' };
const otherText = { briefing: 'b00002.txt', text: 'Ministers met in Baku.' };

describe('rankOfFact', () => {
  it.each([
    { name: 'first', results: [hit, otherText], expected: 0 },
    { name: 'third', results: [otherText, otherFile, hit], expected: 2 },
    { name: 'absent', results: [otherText, otherFile], expected: -1 },
    { name: 'the sentence in another briefing', results: [otherFile], expected: -1 },
    { name: 'no results', results: [], expected: -1 },
  ])('finds the fact when it is $name', ({ results, expected }) => {
    expect(rankOfFact(varnak, results)).toBe(expected);
  });
});

describe('scoreQuality', () => {
  it('counts hits at 1 and at 5 and names the misses', () => {
    const facts = [
      varnak,
      fact('tolmira', 'Tolmira', 'b00004.txt'),
      fact('drevak', 'Drevak', 'b00005.txt'),
    ];
    const filler = (n: number) => Array.from({ length: n }, () => otherText);
    const answers: Record<string, { briefing: string; text: string }[]> = {
      [varnak.question]: [hit],
      [facts[1]!.question]: [...filler(4), { briefing: 'b00004.txt', text: 'Tolmira.' }],
      [facts[2]!.question]: [...filler(5), { briefing: 'b00005.txt', text: 'Drevak.' }],
    };
    expect(scoreQuality(facts, (question) => answers[question] ?? [])).toEqual({
      facts: 3,
      hitAt1: 1,
      hitAt5: 2,
      missed: ['drevak'],
    });
  });
});
