import { describe, expect, it } from 'vitest';
import { datesCompatible, findDates, type Tense } from '../../src/meetings/dates.js';

const eventDates = (sentence: string, reference: string | null, tense: Tense | null) =>
  findDates(sentence, reference, tense)
    .filter((d) => d.role === 'event')
    .map((d) => (d.endDate ? `${d.date}..${d.endDate}` : d.date));

describe('findDates resolves dates against the reference date', () => {
  it.each([
    ['The envoys held talks on Tuesday.', '2024-02-08', 'past', ['2024-02-06']],
    ['The envoys will hold talks on Tuesday.', '2024-02-08', 'future', ['2024-02-13']],
    ['The envoys met in Oslo last December.', '2024-02-08', 'past', ['2023-12']],
    ['A summit is likely in early March.', '2024-02-08', 'future', ['2024-03']],
    ['They gather in mid-October.', '2024-09-20', 'future', ['2024-10']],
    ['They met there in November last year.', '2024-02-08', 'past', ['2023-11']],
    ['A new round is set for next month.', '2024-02-08', 'future', ['2024-03']],
    ['The forum opens on Friday in Lima.', '2024-02-08', 'past', ['2024-02-09']],
    ['The talks ran from June 3 to 5.', '2024-06-06', 'past', ['2024-06-03..2024-06-05']],
    ['The meeting will run on 14-15 May.', '2024-05-01', 'future', ['2024-05-14..2024-05-15']],
    ['Leaders gather on Oct. 2, 2024.', null, 'future', ['2024-10-02']],
    ['The next summit is planned in September 2025.', null, 'future', ['2025-09']],
  ] as const)('%s (published %s)', (sentence, reference, tense, expected) => {
    expect(eventDates(sentence, reference, tense)).toEqual(expected);
  });

  it('leaves relative dates unresolved without a reference', () => {
    expect(eventDates('The envoys held talks on Tuesday.', null, 'past')).toEqual([]);
  });

  it('with no tense (a meeting date as reference) takes the nearest weekday', () => {
    expect(eventDates('Delegates left on Wednesday.', '2024-02-06', null)).toEqual(['2024-02-07']);
  });

  it('marks the date of a statement as speech, not as the meeting date', () => {
    const [said] = findDates(
      'The ministry said on Monday the envoys had met.',
      '2024-02-08',
      'past',
    );
    expect(said?.role).toBe('speech');
    const dates = findDates(
      'Earlier this month, the minister signalled that talks could be held in early April.',
      '2024-03-20',
      'future',
    );
    expect(dates.map((d) => [d.date, d.role])).toEqual([
      ['2024-03', 'speech'],
      ['2024-04', 'event'],
    ]);
  });

  it('ignores a date after "since" and a bare year of history', () => {
    expect(
      eventDates(
        'The first talks since the war began in February last year.',
        '2024-02-08',
        'past',
      ),
    ).toEqual([]);
    expect(
      eventDates('The port was rebuilt in 1952 and hosts the forum.', '2024-02-08', 'past'),
    ).toEqual([]);
  });
});

describe('datesCompatible', () => {
  it.each([
    ['2024-03', null, '2024-03-12', null, true],
    ['2024-03-10', '2024-03-12', '2024-03-11', null, true],
    ['2024-03-10', null, '2024-04-10', null, false],
    ['2024', null, '2024-07-01', null, true],
  ] as const)('%s..%s with %s..%s → %s', (a, aEnd, b, bEnd, expected) => {
    expect(datesCompatible(a, aEnd, b, bEnd)).toBe(expected);
  });
});
