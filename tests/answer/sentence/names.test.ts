import { describe, expect, it } from 'vitest';
import { findNames } from '../../../src/answer/sentence/names.js';

const kinds = (sentence: string) => findNames(sentence).map((span) => `${span.kind}:${span.text}`);

describe('findNames', () => {
  it('reads a titled name as a person, without its title', () => {
    expect(kinds('Talks began after Fisheries Minister Tomas Brandt arrived.')).toEqual([
      'person:Tomas Brandt',
    ]);
  });

  it('tells places, countries and organisations from people', () => {
    expect(
      kinds(
        'The envoys of Norway and the African Union met at the Grand Harbour Hotel in Bergen near the Red Sea.',
      ),
    ).toEqual([
      'country:Norway',
      'organisation:African Union',
      'place:Grand Harbour Hotel',
      'place:Bergen',
      'place:Red Sea',
    ]);
  });

  it('reads an untitled run of two or more capitalised words as a person', () => {
    expect(kinds('Then Marta Lindqvist da Costa spoke.')).toEqual([
      'person:Marta Lindqvist da Costa',
    ]);
  });

  it('skips a function word that opens the sentence and reads weekdays as dates', () => {
    expect(kinds('The talks resume on Monday.')).toEqual(['date:Monday']);
  });

  it('reads a capitalised dateline city as a place', () => {
    expect(kinds('OSLO, Norway - The ministers met.')).toEqual(['place:OSLO', 'country:Norway']);
  });

  it('reads a name before a place word written small as a place', () => {
    expect(kinds('The ministers met at the Quinta Azul estate by the river.')).toEqual([
      'place:Quinta Azul estate',
    ]);
  });

  it('gives offsets into the sentence', () => {
    const sentence = 'He thanked Deputy Mayor Ada Kowal.';
    for (const span of findNames(sentence)) {
      expect(sentence.slice(span.start, span.end)).toBe(span.text);
    }
  });
});
