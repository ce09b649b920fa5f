import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/meetings/people.js';

const person = (sentence: string, name: string) =>
  findPeople(sentence).find((p) => p.name === name);

describe('findPeople reads names, roles and countries from news patterns', () => {
  it.each([
    [
      'Norwegian Foreign Minister Ingrid Falkberg arrived in Lima.',
      'Ingrid Falkberg',
      'Foreign Minister',
      'Norway',
    ],
    [
      'US President Dana Whitcombe met the delegates.',
      'Dana Whitcombe',
      'President',
      'United States',
    ],
    [
      "Chile's Ambassador to Peru Tomas Verdugo welcomed them.",
      'Tomas Verdugo',
      'Ambassador to Peru',
      'Chile',
    ],
    [
      'Head of the Peruvian National Intelligence Directorate (DINI) Rosa Quispe attended.',
      'Rosa Quispe',
      'Head of the Peruvian National Intelligence Directorate (DINI)',
      'Peru',
    ],
    ['Rosa Quispe, the head of DINI, attended the talks.', 'Rosa Quispe', 'head of DINI', null],
    ["Kenya's Amani Otieno signed the accord.", 'Amani Otieno', null, 'Kenya'],
    [
      "Ines Marlow, secretary of Ireland's Defence Forces Council, chaired the session.",
      'Ines Marlow',
      "secretary of Ireland's Defence Forces Council",
      'Ireland',
    ],
    [
      'Kazakh Deputy Foreign Minister Aibar Seitkali opened the round.',
      'Aibar Seitkali',
      'Deputy Foreign Minister',
      'Kazakhstan',
    ],
  ] as const)('%s', (sentence, name, role, country) => {
    const found = person(sentence, name);
    expect(found, name).toBeDefined();
    expect(found?.role).toBe(role);
    expect(found?.country).toBe(country);
  });

  it('keeps particles and diacritics inside names', () => {
    const names = findPeople(
      'Brazilian President Joana da Costa and Turkish Minister Zeynep Çelikkol met.',
    ).map((p) => p.name);
    expect(names).toEqual(['Joana da Costa', 'Zeynep Çelikkol']);
  });

  it('resolves a surname to a full name already known', () => {
    const known = (token: string) => (token === 'falkberg' ? 'Ingrid Falkberg' : null);
    expect(findPeople('Later, Falkberg met the envoys.', known).map((p) => p.name)).toEqual([
      'Ingrid Falkberg',
    ]);
  });

  it('does not read places, institutions or months as names', () => {
    expect(findPeople('The Peace Memorial Park and the Black Sea Forum met in March.')).toEqual([]);
  });
});

describe('findPeople tells who only speaks or is referred to', () => {
  it.each([
    [
      'Talks will open on Monday, Foreign Ministry spokesman Pavel Orlov said.',
      'Pavel Orlov',
      'speaker',
    ],
    ['According to Deputy Minister Lena Holm, the talks went well.', 'Lena Holm', 'speaker'],
    [
      "A statement from President Omar Haddad's office praised the talks.",
      'Omar Haddad',
      'possessive',
    ],
    [
      'The ministers were received by Ambassador Karl Weiss at the airport.',
      'Karl Weiss',
      'receiver',
    ],
  ] as const)('%s → %s', (sentence, name, kind) => {
    const found = person(sentence, name);
    expect(found, name).toBeDefined();
    expect(found?.[kind]).toBe(true);
  });

  it('counts a speaker who addresses the meeting itself', () => {
    expect(
      person(
        'Deputy Minister Lena Holm told the closing plenary that work would go on.',
        'Lena Holm',
      )?.attendsByClause,
    ).toBe(true);
  });

  it('counts a relative clause saying the person led a delegation', () => {
    const found = person(
      "Marco Bellini, a senior envoy, who led Rome's delegation, said the talks were useful.",
      'Marco Bellini',
    );
    expect(found?.attendsByClause).toBe(true);
    expect(found?.country).toBe('Italy');
  });
});
