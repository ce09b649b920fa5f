import { describe, expect, it } from 'vitest';
import { readSentence } from '../../../src/meetings/doc/reading.js';
import { wordsOf } from '../../../src/meetings/doc/words.js';
import { isCommonWord } from '../../../src/nlp/tagger.js';

const words = (text: string) => {
  const reading = readSentence(text);
  return wordsOf(text, reading.tokens).map((word) => [word.text, word.possessive]);
};

describe('wordsOf rebuilds the words the tagger splits', () => {
  it.each([
    [
      'Selim Çakır met Ayşe Güneş.',
      [
        ['Selim', false],
        ['Çakır', false],
        ['met', false],
        ['Ayşe', false],
        ['Güneş', false],
        ['.', false],
      ],
    ],
    [
      'Yoon Ha-jin left.',
      [
        ['Yoon', false],
        ['Ha-jin', false],
        ['left', false],
        ['.', false],
      ],
    ],
    [
      "Varin's aide and Abbas' envoy",
      [
        ['Varin', true],
        ['aide', false],
        ['and', false],
        ['Abbas', true],
        ['envoy', false],
      ],
    ],
    [
      'Çakır’s speech',
      [
        ['Çakır', true],
        ['speech', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps offsets in the sentence, the possessive ending after the word', () => {
    const text = 'Then Çakır’s aide spoke.';
    const [, name] = wordsOf(text, readSentence(text).tokens);
    expect(text.slice(name!.at, name!.end)).toBe('Çakır');
    expect(text.slice(name!.at, name!.after)).toBe('Çakır’s');
  });
});

describe('isCommonWord tells English words from names by the model vocabulary', () => {
  it.each([
    ['Officials', true],
    ['Talks', true],
    ['Yesterday', true],
    ['Seitkali', false],
    ['Tavakoli', false],
  ] as const)('%s → %s', (word, common) => {
    expect(isCommonWord(word)).toBe(common);
  });
});
