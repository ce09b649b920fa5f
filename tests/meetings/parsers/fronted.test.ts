import { describe, expect, it } from 'vitest';
import { eventsOf, participantsOf } from '../support.js';

/** Every [name, role] the events of a text give, once each. */
const rolesIn = (text: string): Array<[string, string]> => {
  const seen = new Map<string, string>();
  for (const event of eventsOf(text)) {
    for (const [name, role] of participantsOf(event)) {
      // A role of taking part wins over a mention by another event of the sentence.
      if (!seen.has(name) || seen.get(name) === 'mentioned') seen.set(name, role);
    }
  }
  return [...seen.entries()];
};

describe('people named after a fronted place or participle', () => {
  it.each([
    [
      'Across the table were Kenyan Foreign Minister Amani Otieno and Ethiopian Foreign Minister Selam Tesfaye.',
      [
        ['Amani Otieno', 'attendee'],
        ['Selam Tesfaye', 'attendee'],
      ],
    ],
    [
      'Kenyan President Abebe Kamau met the visitors. Seated beside him was Foreign Minister Selam Tesfaye.',
      [
        ['Abebe Kamau', 'attendee'],
        ['Selam Tesfaye', 'attendee'],
      ],
    ],
    [
      'Flanking her were Trade Minister Amani Otieno and Finance Minister Jane Wanjiru.',
      [
        ['Amani Otieno', 'attendee'],
        ['Jane Wanjiru', 'attendee'],
      ],
    ],
    [
      'Also present were Trade Minister Amani Otieno and Finance Minister Jane Wanjiru.',
      [
        ['Amani Otieno', 'attendee'],
        ['Jane Wanjiru', 'attendee'],
      ],
    ],
    [
      'At the summit were Kenyan President Abebe Kamau and Ugandan President Okello Mugisha.',
      [
        ['Abebe Kamau', 'attendee'],
        ['Okello Mugisha', 'attendee'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(rolesIn(text)).toEqual(expected);
  });

  it.each([
    'Across the street were Amani Otieno and his brother.',
    'In Nairobi were Trade Minister Amani Otieno and Finance Minister Jane Wanjiru.',
    'Behind the decision were Trade Minister Amani Otieno and Finance Minister Jane Wanjiru.',
  ])('does not make a meeting of a place that is not one: %s', (text) => {
    expect(rolesIn(text).filter(([, role]) => role !== 'mentioned')).toEqual([]);
  });
});

describe('the subject of a participle clause that opens the sentence', () => {
  it.each([
    [
      'Opening the meeting, Kenyan President Abebe Kamau thanked Foreign Minister Selam Tesfaye for her work.',
      [
        ['Abebe Kamau', 'host'],
        ['Selam Tesfaye', 'mentioned'],
      ],
    ],
    [
      'Welcoming the delegation, Kenyan President Abebe Kamau said the talks would be frank.',
      [['Abebe Kamau', 'host']],
    ],
    ['Chairing the talks, Abebe Kamau urged calm.', [['Abebe Kamau', 'host']]],
    [
      'Addressing the summit, Ugandan President Okello Mugisha, the bloc’s chairman, called for unity.',
      [['Okello Mugisha', 'attendee']],
    ],
    [
      'Welcoming the delegation at the airport, Mayor Jane Wanjiru said she was pleased.',
      [['Jane Wanjiru', 'greeter']],
    ],
    ['Skipping the summit, Abebe Kamau stayed in Nairobi.', [['Abebe Kamau', 'absent']]],
  ])('%s', (text, expected) => {
    expect(rolesIn(text)).toEqual(expected);
  });

  it.each([
    'Opening the museum, Abebe Kamau said it was a proud day.',
    'Speaking to reporters, Abebe Kamau said he was pleased.',
  ])('does not make a meeting of a participle that speaks of none: %s', (text) => {
    expect(rolesIn(text).filter(([, role]) => role !== 'mentioned')).toEqual([]);
  });
});
