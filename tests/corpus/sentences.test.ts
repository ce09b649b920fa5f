import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'two plain sentences',
      'The talks began. They ended late.',
      ['The talks began.', 'They ended late.'],
    ],
    [
      'titles before names',
      'Gen. Ivanov met Mr. Lee. Dr. Kim was there.',
      ['Gen. Ivanov met Mr. Lee.', 'Dr. Kim was there.'],
    ],
    ['initials', 'Joseph R. Biden spoke. He left.', ['Joseph R. Biden spoke.', 'He left.']],
    [
      'a dotted acronym mid-sentence',
      'The U.S. Secretary of State arrived.',
      ['The U.S. Secretary of State arrived.'],
    ],
    [
      'a dotted acronym ending a sentence',
      'He flew to the U.S. The trip was short.',
      ['He flew to the U.S.', 'The trip was short.'],
    ],
    ['decimals', 'Trade reached 2.5 billion. It grew.', ['Trade reached 2.5 billion.', 'It grew.']],
    ['a closing quote', '"We agree." The minister left.', ['"We agree."', 'The minister left.']],
    [
      'curly quotes',
      '“It was constructive,” it added. Talks go on.',
      ['“It was constructive,” it added.', 'Talks go on.'],
    ],
    [
      'questions and exclamations',
      'Will they meet? Yes! Soon.',
      ['Will they meet?', 'Yes!', 'Soon.'],
    ],
    [
      'a missing space after a period',
      'It ended in dynamics.Quadrilateral talks followed.',
      ['It ended in dynamics.', 'Quadrilateral talks followed.'],
    ],
    [
      'months',
      'They met on Jan. 5 in Paris. Then they left.',
      ['They met on Jan. 5 in Paris.', 'Then they left.'],
    ],
    [
      'a trailing credit',
      'The minister arrives in Sochi. (AA)',
      ['The minister arrives in Sochi. (AA)'],
    ],
    ['a time', 'Talks opened at 7 a.m. Turkish time.', ['Talks opened at 7 a.m. Turkish time.']],
    ['no final period', 'Significance of the Meet', ['Significance of the Meet']],
  ])('splits %s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets that slice the sentence out of the paragraph', () => {
    const text = 'One here.  Two there! Three?';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});
