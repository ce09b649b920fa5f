import { describe, expect, it } from 'vitest';
import { countriesNamed, findPlaceExpressions } from '../../../src/meetings/doc/places.js';
import { readSentence } from '../../../src/meetings/doc/reading.js';
import type { PlaceExpression } from '../../../src/meetings/doc/types.js';

const NO_COUNTRIES = { countries: new Set<string>() };

const places = (sentence: string, countries: readonly string[] = [], from = 0) =>
  findPlaceExpressions(readSentence(sentence, from), { countries: new Set(countries) });

type Expected = Partial<Pick<PlaceExpression, 'city' | 'country' | 'venue' | 'preposition'>>;

describe('findPlaceExpressions', () => {
  it.each<[string, Expected]>([
    [
      'The envoys met in Nairobi on Monday.',
      { city: 'Nairobi', country: 'Kenya', preposition: 'in' },
    ],
    ['The minister flew to Lima.', { city: 'Lima', country: 'Peru', preposition: 'to' }],
    ['Delegates arrived from Hanoi.', { city: 'Hanoi', preposition: 'from' }],
    ['Talks were held near Kampala.', { city: 'Kampala', preposition: 'near' }],
    ['Fighting continued outside Khartoum.', { city: 'Khartoum', preposition: 'outside' }],
    [
      'Talks open in the Kenyan capital next week.',
      { city: 'Nairobi', country: 'Kenya', preposition: 'in' },
    ],
    ["Ministers met in Egypt's capital.", { city: 'Cairo', country: 'Egypt' }],
    ['They met in the capital of Peru.', { city: 'Lima', country: 'Peru' }],
    [
      'They gathered in the Adriatic resort of Split.',
      { city: 'Split', country: 'Croatia', preposition: 'in' },
    ],
    [
      'Envoys met in the Moroccan town of Ifrane Zemmour.',
      { city: 'Ifrane Zemmour', country: 'Morocco' },
    ],
    ['Lima hosts the forum from May 3 to 5.', { city: 'Lima', preposition: null }],
    ['Nairobi will host the next round.', { city: 'Nairobi', preposition: null }],
    [
      'Both sides praised the Nairobi summit.',
      { city: 'Nairobi', country: 'Kenya', preposition: null },
    ],
    ['They signed it at the Lima climate talks.', { city: 'Lima', preposition: null }],
    ['The deal was signed in Qatar.', { city: null, country: 'Qatar', preposition: 'in' }],
    ['A truce was agreed in Tarvino, Moldova.', { city: 'Tarvino', country: 'Moldova' }],
  ])('%s', (sentence, expected) => {
    expect(places(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  it.each<[string, Expected]>([
    [
      'The leaders met at the Grand Orchid Hotel in central Nairobi.',
      { venue: 'Grand Orchid Hotel', city: 'Nairobi', country: 'Kenya', preposition: 'at' },
    ],
    ['Talks are at Villa Les Ormes in Lima.', { venue: 'Villa Les Ormes', city: 'Lima' }],
    [
      'The pact was signed at Naval Base Point Verde in Mombasa.',
      { venue: 'Naval Base Point Verde', city: 'Mombasa' },
    ],
    [
      'The ministers met at the CIC Amara Benali in Tunis.',
      { venue: 'CIC Amara Benali', city: 'Tunis' },
    ],
    [
      'The delegations sat in an Ottoman palace on the Golden Horn in Istanbul.',
      { venue: 'Ottoman palace on the Golden Horn', city: 'Istanbul' },
    ],
    [
      'The leaders will meet at the Four Seasons Hotel.',
      { venue: 'Four Seasons Hotel', city: null },
    ],
    [
      'Envoys met at AU headquarters in Addis Ababa.',
      { venue: 'AU headquarters', city: 'Addis Ababa' },
    ],
    ["They dined at Nairobi's Serena Palace.", { venue: 'Serena Palace', city: 'Nairobi' }],
    ['The minister met the mayor at Lima town hall.', { venue: 'Lima town hall', city: 'Lima' }],
    [
      'The talks began in the first-floor library of Villa Les Ormes.',
      { venue: 'Villa Les Ormes', preposition: 'in' },
    ],
    // A hotel named after a town is a venue, not the town.
    [
      'They stayed at the Hotel Bristol in Vienna.',
      { venue: 'Hotel Bristol', city: 'Vienna', country: 'Austria' },
    ],
  ])('keeps the venue with its city: %s', (sentence, expected) => {
    expect(places(sentence)).toEqual([expect.objectContaining(expected)]);
  });

  it('reads a list after one preposition', () => {
    expect(places('Rounds were held in Nairobi, Kampala and Kigali.').map((p) => p.city)).toEqual([
      'Nairobi',
      'Kampala',
      'Kigali',
    ]);
  });

  it('does not take the next item of a list for the country of a capital', () => {
    expect(places('It was signed in Nairobi, Peru and Chile will follow.')[0]).toMatchObject({
      city: 'Nairobi',
      country: 'Kenya',
    });
  });

  it.each([
    ['Paris', ['France'], 'France'],
    ['Paris', ['United States'], 'France'],
    ['Birmingham', ['United States'], 'United States'],
    ['Birmingham', [], 'United Kingdom'],
  ])(
    'chooses %s by the countries %j the text names, then by population',
    (city, countries, country) => {
      expect(places(`The envoys met in ${city} on Monday.`, countries)[0]).toMatchObject({
        city,
        country,
      });
    },
  );

  it('takes the country written after the city', () => {
    expect(places('The envoys met in Paris, Canada.', ['France'])[0]).toMatchObject({
      city: 'Paris',
      country: 'Canada',
    });
  });

  it.each([
    ['Russian President Ivan Petrov spoke.'],
    ['The envoy spoke to Kirby on Monday.'],
    ['According to Jackson, the talks failed.'],
    ['The ambassador to Kenya was recalled.'],
    ['The Minister of Foreign Affairs of Kenya spoke.'],
    ['They met in March and again on Sunday.'],
    ['Ships sailed in the Red Sea.'],
    ['The villa overlooks Lake Geneva.'],
    ["Kenya's Foreign Ministry said the talks went well."],
    ['White House press secretary Ann Doe said so.'],
    ['The Kenyan delegation met NATO officials.'],
    ['Growth in Asia slowed.'],
  ])('finds no place in %s', (sentence) => {
    expect(places(sentence, ['United States'])).toEqual([]);
  });

  it('reads a venue without taking the month after it for its town', () => {
    const found = places('The group was due to meet at Camp Ardent in late June, officials said.');
    expect(found.map((place) => [place.text, place.city, place.venue])).toEqual([
      ['Camp Ardent', null, 'Camp Ardent'],
    ]);
  });

  it.each<[string, readonly string[], Expected]>([
    [
      'He wanted to hold the summit at his golf resort in Florida.',
      [],
      { city: null, country: 'United States' },
    ],
    ['Fighting continued in Tigray.', [], { city: null, country: 'Ethiopia' }],
    [
      'Leaders met at the Alaska summit on Friday.',
      ['United States'],
      { city: null, country: 'United States' },
    ],
    ['They met in Washington.', [], { city: 'Washington', country: 'United States' }],
  ])(
    'reads a region of a country, unless a large town has its name: %s',
    (sentence, countries, expected) => {
      expect(places(sentence, countries)).toEqual([expect.objectContaining(expected)]);
    },
  );

  it('does not read a word of direction as a region', () => {
    expect(
      places('Most of the rain fell in Central on Monday.').map((p) => p.country),
    ).not.toContain('Papua New Guinea');
  });

  it("reads nothing before the sentence's own words start", () => {
    const sentence = 'NAIROBI, Kenya - The envoys met in Lima.';
    expect(places(sentence, [], sentence.indexOf('The')).map((p) => p.city)).toEqual(['Lima']);
  });

  it('gives offsets and text in the sentence', () => {
    const sentence = 'They met at the Grand Orchid Hotel in central Nairobi.';
    const [place] = places(sentence);
    expect(sentence.slice(place!.at, place!.end)).toBe(place!.text);
    expect(place!.text).toBe('Grand Orchid Hotel in central Nairobi');
  });

  it('finds nothing in a sentence without capitalised words', () => {
    expect(findPlaceExpressions(readSentence('they met there on monday.'), NO_COUNTRIES)).toEqual(
      [],
    );
  });
});

describe('countriesNamed', () => {
  it('collects countries by name, code and demonym, not organisations', () => {
    const readings = [
      readSentence('Kenyan President Ann Doe met US envoys.'),
      readSentence('The talks in South Africa were praised by NATO.'),
    ];
    expect([...countriesNamed(readings)].sort()).toEqual([
      'Kenya',
      'South Africa',
      'United States',
    ]);
  });
});

describe('venues and capitals in apposition', () => {
  const only = (sentence: string) =>
    places(sentence).map(({ city, country, venue }) => ({ city, country, venue }));

  it.each<[string, Array<Pick<PlaceExpression, 'city' | 'country' | 'venue'>>]>([
    [
      'Leaders gathered at the Unity Hall in the Kenyan capital, Nairobi, on Saturday.',
      [{ city: 'Nairobi', country: 'Kenya', venue: 'Unity Hall' }],
    ],
    [
      'The envoys met at the Grand Hotel in the Austrian capital.',
      [{ city: 'Vienna', country: 'Austria', venue: 'Grand Hotel' }],
    ],
    [
      'They met at the Lakeside Lodge in Nairobi.',
      [{ city: 'Nairobi', country: 'Kenya', venue: 'Lakeside Lodge' }],
    ],
    [
      'Leaders gathered at the Victoria Falls Hotel.',
      [{ city: null, country: null, venue: 'Victoria Falls Hotel' }],
    ],
  ])('%s', (sentence, expected) => {
    expect(only(sentence)).toEqual(expected);
  });
});
