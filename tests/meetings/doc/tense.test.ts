import { describe, expect, it } from 'vitest';
import { readSentence } from '../../../src/meetings/doc/reading.js';
import { clauseTense, placeDate, tenseOf } from '../../../src/meetings/doc/tense.js';

describe('tenseOf reads the main verb group of a sentence', () => {
  it.each([
    ['The envoys will meet in Lorn.', 'future'],
    ['The envoys shall meet in Lorn.', 'future'],
    ['The ministers are to meet in Lorn.', 'future'],
    ['Talks are due to begin in Lorn.', 'future'],
    ['The summit is scheduled for the spring.', 'future'],
    ['The leaders are expected to sign the accord.', 'future'],
    ['The premier is set to attend.', 'future'],
    ['Envoys to meet in Lorn', 'future'],
    ['The envoys met in Lorn.', 'past'],
    ['The summit was held in Lorn.', 'past'],
    ['The premier did not attend the summit.', 'past'],
    ['The two sides have met twice.', 'past'],
    ['The envoys meet in Lorn.', 'present'],
    ['The council is meeting in Lorn.', 'present'],
    ['Officials said the envoys will meet in Lorn.', 'future'],
    ['Officials said the envoys had met in Lorn.', 'past'],
    ['The envoys, who will meet again, signed the accord.', 'past'],
    ['His address opened the session.', 'past'],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(tenseOf(readSentence(sentence))).toBe(expected);
  });
});

describe('the tense around a date is that of its own clause', () => {
  const sentence = 'The ministry said on Monday that the envoys will meet on Friday.';
  const reading = readSentence(sentence);

  it.each([
    ['Monday', 'past'],
    ['Friday', 'future'],
  ] as const)('%s → %s', (word, expected) => {
    expect(clauseTense(reading, sentence.indexOf(word))).toBe(expected);
    expect(tenseOf(reading, sentence.indexOf(word))).toBe(expected);
  });

  it('a clause without a verb takes the nearest verb of the sentence', () => {
    const text = 'On Friday, at the summit in Lorn, the envoys will sign the accord.';
    expect(clauseTense(readSentence(text), 0)).toBe('future');
  });

  it('a sentence without a verb has no clause tense', () => {
    const text = 'Leaders at the summit in Lorn on Tuesday';
    expect(clauseTense(readSentence(text), text.indexOf('Tuesday'))).toBeNull();
    expect(tenseOf(readSentence(text), text.indexOf('Tuesday'))).toBe('present');
  });

  it.each([
    ['The premier accepted an invitation to visit Lorn in March.', 'March', true],
    ['The premier wanted a summit in March.', 'March', true],
    ['The leaders put their names to the text on Tuesday.', 'Tuesday', true],
    ['The premier visited Lorn in March.', 'March', false],
    ['The premier will visit Lorn to sign the accord in March.', 'March', false],
  ] as const)('%s: direction open %s', (text, word, open) => {
    expect(placeDate(readSentence(text), text.indexOf(word)).open).toBe(open);
  });
});
