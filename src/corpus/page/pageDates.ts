import type { IsoDate } from '../../types.js';
import { isRealDate, isoDate } from '../calendar.js';
import { theChrono } from '../../nlp/chrono.js';

/**
 * Date lines: the timestamps a news page prints around its report ("Published: 17th
 * September 2022 11:09 AM | Last Updated: …", "Mar 01, 2019 / 09:26 AM", "Reuters Published
 * 23 Oct, 2022 04:00am"). chrono-node reads the dates; this adds only what it lacks: the
 * labels that say which date is the publication, "May." with a period, and all-numeric dates
 * that are ambiguous between day-first and month-first.
 */

/** What a date on a page stands for, from the label before it. */
export type PageDateLabel = 'published' | 'updated' | 'plain';

export interface PageDate {
  /** The full calendar date; null when the line gives no year, month and day for certain. */
  readonly date: IsoDate | null;
  readonly label: PageDateLabel;
}

/** A line that is only a timestamp, perhaps with a byline, an agency or a place beside it. */
export interface DateLine {
  readonly dates: readonly PageDate[];
}

/**
 * Label words of page timestamps, in the vocabulary content systems print around dates
 * (general web-page furniture, not any site's wording).
 */
const UPDATED = /\b(?:updated?|modified|edited|revised|last\s+updated)\b/i;
const PUBLISHED = /\b(?:published|posted|first\s+published|released|issued|created)\b/i;
const LABEL_WORDS =
  /\b(?:last|first|updated?|modified|edited|revised|published|posted|released|issued|created|on|at|as\s+of|date|time|source|sources)\b/gi;
const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
/** A clock time: "11:09 AM", "04:00am", "6:40PM", "18:16", "15:16 WIB". */
const CLOCK = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?/gi;
/** Time zone abbreviations left standing after a time ("IST", "GMT+3"). */
const ZONE = /\b[A-Z]{2,5}(?:[+-]\d{1,2})?\b/g;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/g;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** Where a line's parts divide: "|", "//", " / ", " - ", "•". */
const SEGMENT_BREAK = /\s*(?:\||\/\/|\s\/\s|\s[-–—]\s|•|·)\s*/u;
/** A segment that is a byline or a credit beside the date: "By R.K. MATTHEWS". */
const BYLINE_SEGMENT = /^(?:by|from|via|photo|source|sources)\b/i;
/** At most this many words of anything else may stand beside a date in a date line. */
const MAX_OTHER_WORDS = 4;

/** "May. 03, 2023": chrono knows "Mar." but not a full month name with a period. */
const normaliseMonths = (text: string): string => text.replace(/\b(May|June|July)\.(?=\s)/g, '$1');

/** An all-numeric date read when only one order makes sense (or the weekday says which). */
function numericDate(
  day1: number,
  day2: number,
  year: number,
  weekday: number | null,
): IsoDate | null {
  const candidates: IsoDate[] = [];
  if (isRealDate(year, day2, day1)) candidates.push(isoDate(year, day2, day1)); // day first
  if (day1 !== day2 && isRealDate(year, day1, day2)) candidates.push(isoDate(year, day1, day2));
  const fitting =
    weekday === null
      ? candidates
      : candidates.filter((date) => new Date(`${date}T00:00:00Z`).getUTCDay() === weekday);
  return fitting.length === 1 ? fitting[0]! : null;
}

function weekdayIn(text: string): number | null {
  const match = /\b(sun|mon|tues?|wed|thu|fri|sat)/i.exec(text);
  if (!match) return null;
  const prefix = match[1]!.toLowerCase().slice(0, 3);
  return WEEKDAY_NAMES.findIndex((name) => name.startsWith(prefix));
}

const wordsOf = (text: string): string[] =>
  text.split(/[\s,;:()[\]'"“”‘’،]+/u).filter((word) => /\p{L}/u.test(word));

/** The label nearest before a date: "Published … | Last Updated: <date>" is an update. */
function labelOf(before: string): PageDateLabel {
  const lastAt = (pattern: RegExp) => {
    let at = -1;
    for (const match of before.matchAll(new RegExp(pattern.source, 'gi'))) at = match.index;
    return at;
  };
  const updated = lastAt(UPDATED);
  const published = lastAt(PUBLISHED);
  if (updated < 0 && published < 0) return 'plain';
  return updated > published ? 'updated' : 'published';
}

interface SegmentReading {
  readonly dates: PageDate[];
  /** Words other than dates, times, weekdays and labels. */
  readonly others: string[];
  readonly hasDate: boolean;
}

function readSegment(
  segment: string,
  weekday: number | null,
  label: PageDateLabel,
): SegmentReading {
  const dates: PageDate[] = [];
  let rest = segment;
  rest = rest.replace(NUMERIC_DATE, (_, a: string, b: string, y: string) => {
    dates.push({ date: numericDate(Number(a), Number(b), Number(y), weekday), label });
    return ' ';
  });
  const normalised = normaliseMonths(rest);
  const results = theChrono().parse(normalised, new Date(0));
  let cut = '';
  let from = 0;
  for (const result of results) {
    const certain =
      result.start.isCertain('year') &&
      result.start.isCertain('month') &&
      result.start.isCertain('day');
    const text = result.text;
    const isTimeOnly = !/\p{L}{3}|\d{1,2}[/.]\d{1,2}/u.test(text.replace(/[ap]\.?m\.?/gi, ''));
    if (isTimeOnly) continue;
    // A timestamp names a month or prints numbers; "on Saturday" or "today" is prose.
    if (!/\d/.test(text) && !MONTH.test(text)) continue;
    const ownLabel = labelOf(normalised.slice(0, result.index));
    dates.push({
      date: certain
        ? isoDate(result.start.get('year')!, result.start.get('month')!, result.start.get('day')!)
        : null,
      label: ownLabel === 'plain' ? label : ownLabel,
    });
    cut += normalised.slice(from, result.index) + ' ';
    from = result.index + text.length;
  }
  cut += normalised.slice(from);
  const others = wordsOf(
    cut.replace(CLOCK, ' ').replace(WEEKDAY, ' ').replace(LABEL_WORDS, ' ').replace(ZONE, ' '),
  );
  const hasClock = CLOCK.test(segment);
  CLOCK.lastIndex = 0;
  return { dates, others, hasDate: dates.length > 0 || hasClock };
}

/**
 * Letters every date of a date line holds somewhere: a date is a digit or a month's name
 * (see `readSegment`). A line with neither is no date line, and chrono need not read it.
 */
const MAY_HOLD_DATE = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/** Reads a line as a date line, or returns null when it says more than a timestamp. */
export function readDateLine(
  line: string,
  previousLabel: PageDateLabel = 'plain',
): DateLine | null {
  if (line.length > 200 || !MAY_HOLD_DATE.test(line)) return null;
  const weekday = weekdayIn(line);
  const segments = line.split(SEGMENT_BREAK).filter((segment) => segment.trim().length > 0);
  if (segments.length === 0) return null;
  const dates: PageDate[] = [];
  let dated = false;
  let label = previousLabel;
  for (const segment of segments) {
    const reading = readSegment(segment, weekday, label);
    if (reading.hasDate) {
      dated = true;
      dates.push(...reading.dates);
      if (reading.others.length > MAX_OTHER_WORDS) return null;
      continue;
    }
    const words = wordsOf(segment);
    const furnitureLike =
      words.length === 0 ||
      BYLINE_SEGMENT.test(segment.trim()) ||
      (words.length <= MAX_OTHER_WORDS + 2 && words.every((word) => /^\p{Lu}/u.test(word)));
    if (!furnitureLike) return null;
    label = labelOf(segment) === 'plain' ? label : labelOf(segment);
  }
  return dated ? { dates } : null;
}

/** A line that is only the label of the date line after it ("Updated", "Published"). */
export function bareDateLabel(line: string): PageDateLabel | null {
  const trimmed = line
    .trim()
    .replace(/[:|]+$/, '')
    .trim();
  if (trimmed.split(/\s+/).length > 2) return null;
  if (!UPDATED.test(trimmed) && !PUBLISHED.test(trimmed)) return null;
  return labelOf(trimmed);
}

/**
 * The page's publication date from its date lines (in page order): the first date labelled
 * as the publication; else the earliest plain date (a page also prints the day it was
 * viewed, always later than the report); never an update.
 */
export function publicationDate(lines: readonly DateLine[]): IsoDate | null {
  const all = lines.flatMap((line) => line.dates).filter((date) => date.date !== null);
  const published = all.find((date) => date.label === 'published');
  if (published) return published.date;
  const plain = all
    .filter((date) => date.label === 'plain')
    .map((date) => date.date!)
    .sort();
  return plain[0] ?? null;
}
