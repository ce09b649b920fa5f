import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/corpus/page/datelines.js';

describe('datelines', () => {
  it.each([
    ['NEW TOWN: The minister said', 'NEW TOWN', null, 'The minister said'],
    ['HARBOUR CITY — Talks began', 'HARBOUR CITY', null, 'Talks began'],
    ['RIVERSIDE (AA) - The president met', 'RIVERSIDE', null, 'The president met'],
    ['LAKEVIEW, Jan 21 (Reuters) – The envoys', 'LAKEVIEW', null, 'The envoys'],
    ['PORTVILLE, Someland — Under the deal', 'PORTVILLE, Someland', null, 'Under the deal'],
    ['(Some News) — The leader', null, null, 'The leader'],
    ['Jan. 18, 2022 (AGENCY)—The two ministers', null, '2022-01-18', 'The two ministers'],
    ['CAPITAL CITY, Jan. 18, 2022 (AGENCY) — The envoy', 'CAPITAL CITY', '2022-01-18', 'The envoy'],
    [
      'Old Town, Someland | Wire | The chairman said',
      'Old Town, Someland',
      null,
      'The chairman said',
    ],
  ])('reads %j', (paragraph, place, date, rest) => {
    const dateline = readDateline(paragraph);
    expect(dateline).not.toBeNull();
    expect(dateline!.place).toBe(place);
    expect(dateline!.date).toBe(date);
    expect(paragraph.slice(dateline!.end)).toBe(rest);
  });

  it.each([
    'NATO leaders declared on Tuesday that',
    'UN: talks fail',
    'US - China ties',
    'The minister said: "We agree."',
  ])('finds no dateline in %j', (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});
