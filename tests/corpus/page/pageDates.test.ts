import { describe, expect, it } from 'vitest';
import { publicationDate, readDateLine } from '../../../src/corpus/page/pageDates.js';

const published = (...lines: string[]) =>
  publicationDate(lines.map((line) => readDateLine(line)).filter((line) => line !== null));

describe('page date lines', () => {
  it.each([
    [
      'Published: 17th September 2022 11:09 AM | Last Updated: 18th September 2022 09:00 AM',
      '2022-09-17',
    ],
    ['Posted May. 03, 2023', '2023-05-03'],
    ['09 Mar. 2023, 18:16', '2023-03-09'],
    ['December 25, 2015 03:41 pm | Updated November 17, 2021', '2015-12-25'],
    ['Wire Service Published 23 Oct, 2022 04:00am', '2022-10-23'],
    ['Mar 01, 2019 / 09:26 AM', '2019-03-01'],
    ['Friday, 03 April 2020 | 15:16 WIB', '2020-04-03'],
    ['By A. WRITER | THE DAILY PAPER Published: February 29, 2020', '2020-02-29'],
    ['Monday 13/02/2023', '2023-02-13'],
    ['Wednesday 1/2/2023', '2023-02-01'],
  ])('reads the publication date of %j', (line, date) => {
    expect(published(line)).toBe(date);
  });

  it.each([
    ['an update alone', 'Updated: June 11, 2022, 08:41 IST // Some City, Some Country'],
    ['an ambiguous numeric date', '2/10/2023'],
    ['a numeric date whose weekday fits both orders', 'Tuesday 1/11/2022'],
    ['a date without a year', 'June 28'],
    ['a time alone', 'Update (6:40PM)'],
  ])('gives no publication date for %s', (_name, line) => {
    expect(published(line)).toBeNull();
  });

  it('prefers the first publication to a later date the page prints (the day it was viewed)', () => {
    expect(published('25 February 2024 08:24 AM', 'Tuesday, 01 November 2022 - 11:10 AM')).toBe(
      '2022-11-01',
    );
  });

  it('takes a label printed on the line before ("Published" then the date)', () => {
    const updated = readDateLine('Feb 19, 2024, 08:49 PM', 'updated');
    const first = readDateLine('Feb 18, 2024, 08:00 PM', 'published');
    expect(publicationDate([updated!, first!])).toBe('2024-02-18');
  });

  it.each([
    'The summit venue, New Delhi, on September 9, 2023. AGENCY/Photographer Name',
    'Leaders are due to gather in the capital on Nov. 1-2 for their 31st summit.',
    'Ministers to hold talks on Friday',
    'On Saturday,',
  ])('does not read %j as a date line', (line) => {
    expect(readDateLine(line)).toBeNull();
  });
});
