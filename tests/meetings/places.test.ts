import { describe, expect, it } from 'vitest';
import { datelinePlace, findPlaces } from '../../src/meetings/places/findPlaces.js';
import { findPolity } from '../../src/meetings/places/gazetteer.js';

describe('countries, demonyms and organisations', () => {
  it.each([
    ['Turkey', 'Türkiye'],
    ['Turkiye', 'Türkiye'],
    ['Turkish', 'Türkiye'],
    ['Kazakh', 'Kazakhstan'],
    ['Saudi', 'Saudi Arabia'],
    ['US', 'United States'],
    ['American', 'United States'],
    ['British', 'United Kingdom'],
    ['Group of Seven', 'G7'],
    ['the United Nations', 'United Nations'],
  ])('%s → %s', (text, expected) => {
    expect(findPolity(text)?.name).toBe(expected);
  });

  it('does not take ordinary words for countries', () => {
    expect(findPolity('Minister')).toBeNull();
  });
});

describe('findPlaces', () => {
  it.each([
    ['The envoys met in Nairobi on Monday.', 'Nairobi', 'Kenya'],
    ['Talks open in the Kenyan capital next week.', 'Nairobi', 'Kenya'],
    ['They gathered in the Adriatic resort of Split.', 'Split', 'Croatia'],
    ["Ministers met their counterparts in Egypt's capital.", 'Cairo', 'Egypt'],
    ['Lima hosts the forum from May 3 to 5.', 'Lima', 'Peru'],
  ])('%s', (sentence, city, country) => {
    const place = findPlaces(sentence).find((p) => p.city);
    expect(place).toMatchObject({ city, country });
  });

  it('ignores "south of" a city and months after "in"', () => {
    expect(findPlaces('The estate lies south of Nairobi; they met in March.')).toEqual([]);
  });

  it.each([
    ['NAIROBI, Kenya (AFP) - Envoys met.', 'Nairobi'],
    ['SPLIT (AA) - Envoys met.', 'Split'],
  ])('reads the dateline of %s', (paragraph, city) => {
    expect(datelinePlace(paragraph)?.city).toBe(city);
  });
});
