import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type DateReadingOptions,
  findDateExpressions,
  tenseOf,
} from '../../../src/meetings/doc/dates.js';
import { readSentence } from '../../../src/meetings/doc/reading.js';
import type { IsoDate } from '../../../src/types.js';

/** "text→date", "text→first..last": what the reader finds, in the order of the sentence. */
function datesIn(sentence: string, reference: IsoDate | null, options?: DateReadingOptions) {
  const reading = readSentence(sentence);
  return findDateExpressions(reading, reference, tenseOf(reading), options).map(
    (d) => `${d.text}→${d.date}${d.endDate ? `..${d.endDate}` : ''}`,
  );
}

// 2024-02-08 is a Thursday.
const THURSDAY = '2024-02-08';

describe('the tense sets the direction of a weekday or a month without its year', () => {
  it.each([
    ['The envoys arrived in Lorn on Sunday.', ['Sunday→2024-02-04']],
    ['The envoys will meet in Lorn on Sunday.', ['Sunday→2024-02-11']],
    ['The trade fair opens on Friday.', ['Friday→2024-02-09']],
    ['The council is meeting on Monday.', ['Monday→2024-02-12']],
    ['Talks are due to resume on Tuesday.', ['Tuesday→2024-02-13']],
    ['The ministers are to meet on Tuesday.', ['Tuesday→2024-02-13']],
    ['Talks were held on Tuesday.', ['Tuesday→2024-02-06']],
    ['The two sides have met twice since Monday.', ['Monday→2024-02-05']],
    ['Envoys to meet in Lorn on Friday', ['Friday→2024-02-09']],
    ['The envoys met on Thursday.', ['Thursday→2024-02-08']],
    ['The envoys met last Thursday.', ['last Thursday→2024-02-01']],
    ['The envoys meet again next Thursday.', ['next Thursday→2024-02-15']],
    ['The envoys met in Lorn last December.', ['last December→2023-12']],
    ['The envoys met in Lorn in November.', ['November→2023-11']],
    ['The envoys will meet in Lorn in November.', ['November→2024-11']],
    ['The envoys met in Lorn in November last year.', ['November last year→2023-11']],
    ['A summit is likely in early May.', ['early May→2024-05']],
    ['They gathered in late January.', ['late January→2024-01']],
    ['The round ended in mid-January.', ['mid-January→2024-01']],
    ['The visit was postponed until May.', ['May→2024-05']],
  ] as const)('%s', (sentence, expected) => {
    expect(datesIn(sentence, THURSDAY)).toEqual(expected);
  });

  it('follows the clause around each date, not a verb elsewhere in the sentence', () => {
    expect(
      datesIn('The ministry said on Monday that the envoys will meet on Friday.', THURSDAY),
    ).toEqual(['Monday→2024-02-05', 'Friday→2024-02-09']);
    expect(
      datesIn('The forum, which opens on Saturday, was announced on Tuesday.', THURSDAY),
    ).toEqual(['Saturday→2024-02-10', 'Tuesday→2024-02-06']);
    expect(
      datesIn('On Monday, at the end of a long day, the envoys signed the accord.', THURSDAY),
    ).toEqual(['Monday→2024-02-05']);
  });

  it('takes the nearest when the verb leaves the direction open', () => {
    // An infinitive after a past verb: the visit follows the acceptance, on either side.
    expect(
      datesIn('The premier has accepted an invitation to visit Lorn in March.', THURSDAY),
    ).toEqual(['March→2024-03']);
    expect(
      datesIn('The envoy travelled to Lorn to sign the accord on Friday.', '2024-02-12'),
    ).toEqual(['Friday→2024-02-09']);
    // "put" is past or present: the nearest Tuesday.
    expect(datesIn('The leaders put their names to the text on Tuesday.', THURSDAY)).toEqual([
      'Tuesday→2024-02-06',
    ]);
    // A past intention: the summit it wanted may lie on either side.
    expect(datesIn('The premier wanted a summit in March.', THURSDAY)).toEqual(['March→2024-03']);
  });

  it('reads a headline or a caption in the present as telling the past, when asked', () => {
    const caption = 'Leaders at the summit in Lorn on Tuesday';
    expect(datesIn(caption, THURSDAY)).toEqual(['Tuesday→2024-02-13']);
    expect(datesIn(caption, THURSDAY, { historicalPresent: true })).toEqual(['Tuesday→2024-02-06']);
  });

  it('takes the nearest day when the reference is the meeting date, not the day of writing', () => {
    expect(
      datesIn('The envoys will meet on Sunday.', THURSDAY, { referenceIsEventDate: true }),
    ).toEqual(['Sunday→2024-02-11']);
    expect(
      datesIn('The envoys left on Tuesday.', THURSDAY, { referenceIsEventDate: true }),
    ).toEqual(['Tuesday→2024-02-06']);
  });
});

describe('written dates and ranges', () => {
  it.each([
    ['The leaders met on Feb. 27-28.', '2024-03-01', ['Feb. 27-28→2024-02-27..2024-02-28']],
    [
      'The talks were held 27-28 February 2019.',
      null,
      ['27-28 February 2019→2019-02-27..2019-02-28'],
    ],
    [
      'The talks ran from 9 to 10 September.',
      '2023-09-12',
      ['9 to 10 September→2023-09-09..2023-09-10'],
    ],
    ['The forum runs June 10-12.', '2024-06-01', ['June 10-12→2024-06-10..2024-06-12']],
    ['The summit met on 9–10 September.', '2023-09-12', ['9–10 September→2023-09-09..2023-09-10']],
    [
      'Delegates met between 6 and 9 April.',
      '2024-04-10',
      ['6 and 9 April→2024-04-06..2024-04-09'],
    ],
    [
      'The summit was held on Feb. 18 and 19.',
      '2024-02-20',
      ['Feb. 18 and 19→2024-02-18..2024-02-19'],
    ],
    [
      'They met on the 9th and 10th of May.',
      '2024-05-11',
      ['9th and 10th of May→2024-05-09..2024-05-10'],
    ],
    [
      'The summit is set for March 6 through 10.',
      THURSDAY,
      ['March 6 through 10→2024-03-06..2024-03-10'],
    ],
    [
      'Talks ran between 30 March and 2 April 2023.',
      null,
      ['30 March and 2 April 2023→2023-03-30..2023-04-02'],
    ],
    ['He arrived on April 27th.', '2024-05-02', ['April 27th→2024-04-27']],
    ['The accord was signed on 17th September.', '2024-05-02', ['17th September→2023-09-17']],
    ['They first met in 2021.', null, ['2021→2021']],
    ['The 2015 accord still binds them.', null, ['2015→2015']],
    ['The pact, signed in mid-2019, lapsed.', null, ['mid-2019→2019']],
    ['They met in May 2018 in Lorn.', null, ['May 2018→2018-05']],
    [
      'They met on 3 March and again on the 18th.',
      '2024-03-20',
      ['3 March→2024-03-03', '18th→2024-03-18'],
    ],
    ['They will sign it on the 18th of next month.', THURSDAY, ['18th of next month→2024-03-18']],
    [
      'Talks began on Thursday [February 8] in Lorn.',
      '2024-02-09',
      ['Thursday [February 8]→2024-02-08'],
    ],
    ['On Sunday (18 Feb. 2024) envoys met in Lorn.', null, ['Sunday (18 Feb. 2024)→2024-02-18']],
    [
      'The summit closed on Wednesday, November 2.',
      '2022-11-04',
      ['Wednesday, November 2→2022-11-02'],
    ],
    ['The envoys met over the weekend.', THURSDAY, ['weekend→2024-02-03..2024-02-04']],
  ] as const)('%s (reference %s)', (sentence, reference, expected) => {
    expect(datesIn(sentence, reference)).toEqual(expected);
  });

  it('reads an all-numeric date only in the order the weekday or the reference allows', () => {
    expect(datesIn('The summit opened on Tuesday 1/11/2022.', null)).toEqual([]);
    expect(datesIn('The summit opened on 13/3/2023.', null)).toEqual(['13/3/2023→2023-03-13']);
    expect(datesIn('The summit opened on Tuesday 1/11/2022.', '2022-11-02')).toEqual([
      'Tuesday 1/11/2022→2022-11-01',
    ]);
  });
});

describe('relative expressions need the reference', () => {
  it.each([
    ['The envoys held talks on Tuesday.', ['Tuesday→2024-02-06']],
    ['The envoys met last month.', ['last month→2024-01']],
    ['Earlier this year the envoys met.', ['this year→2024']],
    ['The president will meet them today (8).', ['today→2024-02-08']],
    ['They met yesterday.', ['yesterday→2024-02-07']],
    ['They met three days ago.', ['three days ago→2024-02-05']],
    ['A new round is set for next month.', ['next month→2024-03']],
  ] as const)('%s', (sentence, expected) => {
    expect(datesIn(sentence, THURSDAY)).toEqual(expected);
    expect(datesIn(sentence, null)).toEqual([]);
  });

  it('leaves a day and month without a year unknown when there is no reference', () => {
    expect(datesIn('The leaders met on Feb. 27-28.', null)).toEqual([]);
    expect(datesIn('The envoys met in Lorn last December.', null)).toEqual([]);
  });

  it('marks what the reference supplied', () => {
    const reading = readSentence('On 3 March 2023 and on Friday the envoys met.');
    const found = findDateExpressions(reading, THURSDAY, 'past');
    expect(found.map((d) => [d.text, d.relative])).toEqual([
      ['3 March 2023', false],
      ['Friday', true],
    ]);
  });

  it('gives a week only at the precision it fixes', () => {
    // The week of 5–11 February lies in February; the week of 29 January – 4 February does not.
    expect(datesIn('The envoys met this week.', THURSDAY)).toEqual(['this week→2024-02']);
    expect(datesIn('The envoys met last week.', THURSDAY)).toEqual(['last week→2024']);
  });
});

describe('numbers and words that are not dates', () => {
  it.each([
    'The council renewed the 11 UN sanctions.',
    'The G20 members met the demands.',
    'The fund holds $15 million.',
    'Leaders gathered for the 31st summit.',
    'The session starts at 09:00 am.',
    'The mission sent 2000 troops.',
    'The fort dates from the 18th century.',
    'Prime Minister April Lorne met the envoys.',
    'The Sunday Courier printed the text.',
    'Thousands march on the capital.',
    'Their first meeting in a year went well.',
    'Talks ended two days later.',
    'Contacts will follow in the next few days.',
    'The accord was signed a day after the summit.',
    'Tariffs should fall by half by 2031 once the pact is signed.',
  ])('%s', (sentence) => {
    expect(datesIn(sentence, THURSDAY)).toEqual([]);
  });
});

describe('what the reader promises', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never depends on the clock', () => {
    const sentence = 'On 3 March the envoys met, and on Friday, last month and in 2021.';
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2011-06-15T12:00:00Z'));
    const then = datesIn(sentence, null);
    vi.setSystemTime(new Date('2031-01-02T12:00:00Z'));
    // A different text (a trailing space) so that the memo does not answer.
    const later = datesIn(`${sentence} `, null);
    expect(later).toEqual(then);
    expect(then).toEqual(['2021→2021']);
  });

  it('gives the same dates for the same sentence, reference and tense', () => {
    const reading = readSentence('The envoys met on Tuesday in Lorn.');
    const first = findDateExpressions(reading, THURSDAY, 'past');
    expect(findDateExpressions(readSentence(reading.text), THURSDAY, 'past')).toEqual(first);
    expect(findDateExpressions(reading, '2024-02-20', 'past')).not.toEqual(first);
  });

  it('skips a dateline before the sentence', () => {
    const text = 'LORN, Jan 21 (Wire) - The envoys met on Friday.';
    const reading = readSentence(text, text.indexOf('The'));
    expect(findDateExpressions(reading, '2024-01-22', 'past').map((d) => d.text)).toEqual([
      'Friday',
    ]);
  });

  const verbs = ['met', 'will meet', 'meet', 'had met', 'are due to meet', 'agreed to meet'];
  const dates = [
    'on Tuesday',
    'on 3 March',
    'on March 3, 2022',
    'in 2021',
    'last month',
    'in early May',
    'between 6 and 9 April',
    'on Feb. 27-28',
    'yesterday',
    'in November last year',
    'on the 18th',
    'the weekend',
  ];
  const sentences = fc
    .tuple(
      fc.constantFrom(...verbs),
      fc.constantFrom(...dates),
      fc.constantFrom(...dates),
      fc.constantFrom('in Lorn', 'with the envoys', ''),
    )
    .map(([verb, a, b, tail]) => `The ministers ${verb} ${a} ${tail} and ${b}.`);
  const references = fc.option(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
  );

  it('returns valid dates, within the text, that need no reference unless marked relative', () => {
    fc.assert(
      fc.property(sentences, references, (sentence, at) => {
        const reference = at ? at.toISOString().slice(0, 10) : null;
        const reading = readSentence(sentence);
        for (const found of findDateExpressions(reading, reference, tenseOf(reading))) {
          expect(found.text).toBe(sentence.slice(found.at, found.end));
          expect(found.date).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
          if (found.endDate !== null) expect(found.endDate > found.date).toBe(true);
          // Without a reference, every year returned is printed in the text.
          if (reference === null) {
            expect(found.relative).toBe(false);
            expect(sentence).toContain(found.date.slice(0, 4));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
