import { describe, expect, it } from 'vitest';
import { findPersonNames } from '../../../src/meetings/doc/people.js';
import { readSentence } from '../../../src/meetings/doc/reading.js';
import type { PersonName } from '../../../src/meetings/doc/types.js';

const people = (sentence: string, from = 0): PersonName[] =>
  findPersonNames(readSentence(sentence, from));
const names = (sentence: string, from = 0): string[] => people(sentence, from).map((p) => p.name);
const person = (sentence: string, name: string): PersonName | undefined =>
  people(sentence).find((p) => p.name === name);

describe('findPersonNames: where a name starts and ends', () => {
  it.each([
    ['President Halvard Osk arrived on Monday.', ['Halvard Osk']],
    [
      'Mr. Tovin Garr and Dr Lisel Amrane met HE Faris Al-Numan.',
      ['Tovin Garr', 'Lisel Amrane', 'Faris Al-Numan'],
    ],
    ['His Highness Sheikh Rashed bin Salim Al Qadir welcomed them.', ['Rashed bin Salim Al Qadir']],
    ['Crown Prince Talal bin Nasser received the envoys.', ['Talal bin Nasser']],
    ['The talks were led by Idris ibn Yusuf al-Harbi.', ['Idris ibn Yusuf al-Harbi']],
    [
      'Joana da Costa, Pieter van der Berg and Ulrike von Stade signed.',
      ['Joana da Costa', 'Pieter van der Berg', 'Ulrike von Stade'],
    ],
    ['A letter from Ingrid von Stade followed.', ['Ingrid von Stade']],
    [
      'Marcus Delane Jr. greeted King Edric III and Queen Maren II.',
      ['Marcus Delane Jr.', 'Edric III', 'Maren II'],
    ],
    [
      'Pak Sun Il met Yoon Ha-jin and Ko Min-seo in the afternoon.',
      ['Pak Sun Il', 'Yoon Ha-jin', 'Ko Min-seo'],
    ],
    ['Chairman Ryo Tae Un spoke first.', ['Ryo Tae Un']],
    ['Prime Minister Alys May arrived on May 5.', ['Alys May']],
    ['Lt. Gen. Corwin Hale and Gen. Dara Voss inspected the base.', ['Corwin Hale', 'Dara Voss']],
    ['President Erdoğan’s aide Selim Çakır spoke.', ['Erdoğan', 'Selim Çakır']],
  ])('%s', (sentence, expected) => {
    expect(names(sentence)).toEqual(expected);
  });

  it('reports the name and the whole mention, title and apposition included', () => {
    const sentence = 'Then Kazakh Foreign Minister Aibar Seitkali, the host, opened the round.';
    const found = person(sentence, 'Aibar Seitkali')!;
    expect(sentence.slice(found.at, found.end)).toBe('Aibar Seitkali');
    expect(sentence.slice(found.mentionAt, found.mentionEnd)).toBe(
      'Kazakh Foreign Minister Aibar Seitkali, the host',
    );
    const apposed = 'Lena Holm, deputy head of the trade division, spoke.';
    const withRole = person(apposed, 'Lena Holm')!;
    expect(apposed.slice(withRole.mentionAt, withRole.mentionEnd)).toBe(
      'Lena Holm, deputy head of the trade division',
    );
  });

  it('never reads a dateline before `from` as part of a name', () => {
    const sentence = 'VALDORA: Tovin Garr met the envoys.';
    expect(names(sentence, 'VALDORA: '.length)).toEqual(['Tovin Garr']);
    const found = people(sentence, 'VALDORA: '.length)[0]!;
    expect(found.mentionAt).toBeGreaterThanOrEqual('VALDORA: '.length);
  });
});

describe('findPersonNames: words that are not names', () => {
  it.each([
    ['Leaders from Peru and Chile met in Lima.'],
    ['The Gulf Cooperation Council, the G7 and NATO issued statements.'],
    ['The delegations met on Tuesday, 4 March, and again in April.'],
    ['Officials said the talks would resume.'],
    ['Talks Held In Lima As Leaders Meet'],
    ['The leaders dined at Villa Serena, then at the Aurora Hotel and the Blue Palace.'],
    ['The envoy stayed at Harwick House near the Marlow Palace.'],
    ['The Foreign Minister and the President arrived.'],
    ['The Black Sea Grain Initiative was discussed.'],
    ['Peruvians and Chileans watched the summit.'],
    ['The Taliban sent no delegation to the Elsmere talks.'],
    ['Delegates toured the old town of Varnholt.'],
  ])('%s', (sentence) => {
    expect(names(sentence)).toEqual([]);
  });
});

describe("findPersonNames: role and country come from the person's own title", () => {
  it.each([
    [
      'US President Dana Whitcombe met the delegates.',
      'Dana Whitcombe',
      'President',
      'United States',
    ],
    ["Iran's Foreign Minister Reza Tavakoli arrived.", 'Reza Tavakoli', 'Foreign Minister', 'Iran'],
    [
      'Saudi Crown Prince Talal bin Nasser hosted the dinner.',
      'Talal bin Nasser',
      'Crown Prince',
      'Saudi Arabia',
    ],
    ['They met the Russian leader Oleg Varin in the evening.', 'Oleg Varin', 'leader', 'Russia'],
    ['Secretary of State Mara Quill flew in.', 'Mara Quill', 'Secretary of State', null],
    ['President of Chile Tomas Verdugo spoke.', 'Tomas Verdugo', 'President', 'Chile'],
    ['Ambassador to Peru Ines Marlow attended.', 'Ines Marlow', 'Ambassador to Peru', null],
    [
      'Head of the National Planning Office (NPO) Rosa Quispe attended.',
      'Rosa Quispe',
      'Head of the National Planning Office (NPO)',
      null,
    ],
    ['King Edric III of Jordan received them.', 'Edric III', 'King', 'Jordan'],
    [
      "Sharin Bel-or, deputy head of the Asia division at Israel's foreign ministry, said so.",
      'Sharin Bel-or',
      "deputy head of the Asia division at Israel's foreign ministry",
      'Israel',
    ],
    [
      'Admiral Kian Rostami, secretary of the Supreme Defence Council, attended.',
      'Kian Rostami',
      'secretary of the Supreme Defence Council',
      null,
    ],
    [
      'The Iranian foreign minister, Reza Tavakoli, met them.',
      'Reza Tavakoli',
      'foreign minister',
      'Iran',
    ],
    [
      'Kremlin spokesman Pavel Orlov declined to comment.',
      'Pavel Orlov',
      'Kremlin spokesman',
      null,
    ],
    ['NATO Secretary-General Jorun Lid spoke.', 'Jorun Lid', 'Secretary-General', 'NATO'],
    [
      'Head of the Chilean National Planning Office (NPO) Rosa Quispe attended.',
      'Rosa Quispe',
      'Head of the Chilean National Planning Office (NPO)',
      'Chile',
    ],
    [
      'Mara Quill and National Planning Office (NPO) head Rosa Quispe attended.',
      'Rosa Quispe',
      'National Planning Office (NPO) head',
      null,
    ],
    ['Mara Quill and army chief Tomas Verdugo attended.', 'Tomas Verdugo', 'army chief', null],
    [
      'Talks between Oleg Varin of Russia and President Tomas Verdugo ended.',
      'Tomas Verdugo',
      'President',
      null,
    ],
  ] as const)('%s', (sentence, name, role, country) => {
    const found = person(sentence, name);
    expect(found, name).toBeDefined();
    expect(found?.role).toBe(role);
    expect(found?.country).toBe(country);
    expect(found?.titled).toBe(true);
  });

  it('attaches each role of a "Name, Role;" list to its own name', () => {
    const found = people(
      "Present were Samir Haddad, Egypt's foreign minister; Lina Saber, Jordan's trade minister; and Omar Tal.",
    );
    expect(found.map((p) => [p.name, p.role, p.country])).toEqual([
      ['Samir Haddad', 'foreign minister', 'Egypt'],
      ['Lina Saber', 'trade minister', 'Jordan'],
      ['Omar Tal', null, null],
    ]);
  });

  it('shares a plural title among the names listed after it, without guessing countries', () => {
    const found = people(
      'Presidents Halvard Osk and Dana Whitcombe met the Peruvian and Chilean ministers.',
    );
    expect(found.map((p) => [p.name, p.role, p.country, p.titled])).toEqual([
      ['Halvard Osk', 'President', null, true],
      ['Dana Whitcombe', 'President', null, true],
    ]);
  });

  it('does not take the nearest nationality word for a country', () => {
    const found = person('At the Peruvian embassy, Tovin Garr met reporters.', 'Tovin Garr');
    expect(found?.country).toBeNull();
    expect(person('Tovin Garr praised the Chilean proposal.', 'Tovin Garr')?.country).toBeNull();
  });
});

describe('findPersonNames: possessors, titles that vouch, single words', () => {
  it('marks possessors and the spokesman who speaks for them', () => {
    const found = people("Varin's spokesman Pavel Orlov said the talks went well.");
    expect(found.map((p) => [p.name, p.possessive, p.titled, p.role])).toEqual([
      ['Varin', true, false, null],
      ['Pavel Orlov', false, true, 'spokesman'],
    ]);
  });

  it.each([
    ['Seitkali said the talks went well.', 'Seitkali', false],
    ['Later, Tavakoli met the envoys.', 'Tavakoli', false],
    ['Tovin Garr met the envoys.', 'Tovin Garr', false],
    ['Minister Tavakoli met the envoys.', 'Tavakoli', true],
  ] as const)('%s', (sentence, name, titled) => {
    const found = person(sentence, name);
    expect(found, name).toBeDefined();
    expect(found?.titled).toBe(titled);
  });
});
