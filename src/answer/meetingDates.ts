import { MONTHS_FOLDED } from '../corpus/calendar.js';
import type { IsoDate } from '../types.js';

/** What one word says about a date: a year, a month or a day of the month. */
export interface DateWord {
  readonly unit: 'year' | 'month' | 'day';
  readonly value: number;
}

/** The years, months and days a meeting's dates cover, from its first day to its last. */
export interface DateSpan {
  readonly years: ReadonlySet<number>;
  /** Empty when the date is known to the year only. */
  readonly months: ReadonlySet<number>;
  /** Empty when the date is known to the month or year only. */
  readonly days: ReadonlySet<number>;
}

const YEAR = /^(?:1[89]|2\d)\d\d$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
/** "sep", "sept", "septem": three letters name a month unambiguously, fewer do not. */
const MIN_MONTH_LETTERS = 3;
/** A range longer than a month is not walked day by day: its months and years still count. */
const MAX_SPAN_DAYS = 31;
const DAY_MS = 86_400_000;

/** The month a folded word names ("april", "apr", "sept"), 1-based, or null. */
export function monthOf(word: string): number | null {
  if (word.length < MIN_MONTH_LETTERS) return null;
  const index = MONTHS_FOLDED.findIndex((month) => month.startsWith(word));
  return index < 0 ? null : index + 1;
}

/** A year ("2023") or a month ("april") written as one folded word, or null. */
export function yearOrMonthOf(word: string): DateWord | null {
  if (YEAR.test(word)) return { unit: 'year', value: Number(word) };
  const month = monthOf(word);
  return month === null ? null : { unit: 'month', value: month };
}

/** A day of the month written as a number ("25"), or null: only read next to a month name. */
export function dayOf(word: string): DateWord | null {
  return DAY.test(word) ? { unit: 'day', value: Number(word) } : null;
}

/** The key a date word is indexed under: apart from every word key ("#y2023", "#m4", "#d25"). */
export const dateKey = (word: DateWord): string => `#${word.unit.charAt(0)}${word.value}`;

function parts(date: IsoDate): number[] {
  return date.split('-').map(Number);
}

/** What a meeting's first and last dates cover; null when it has no date. */
export function dateSpanOf(date: IsoDate | null, endDate: IsoDate | null): DateSpan | null {
  if (!date) return null;
  const [year, month, day] = parts(date);
  const [endYear, endMonth, endDay] = endDate ? parts(endDate) : [year, month, day];
  const years = new Set([year!, endYear ?? year!]);
  const months = new Set<number>();
  const days = new Set<number>();
  if (month !== undefined) months.add(month);
  if (endMonth !== undefined && month !== undefined) months.add(endMonth);
  if (day !== undefined && endDay !== undefined && endMonth !== undefined) {
    const first = Date.UTC(year!, month! - 1, day);
    const last = Date.UTC(endYear ?? year!, endMonth - 1, endDay);
    for (let at = first, n = 0; at <= last && n < MAX_SPAN_DAYS; at += DAY_MS, n++) {
      const walked = new Date(at);
      years.add(walked.getUTCFullYear());
      months.add(walked.getUTCMonth() + 1);
      days.add(walked.getUTCDate());
    }
  } else if (day !== undefined) days.add(day);
  return { years, months, days };
}

/** The date words a span answers to. */
export function dateWordsOf(span: DateSpan): DateWord[] {
  return [
    ...[...span.years].map((value) => ({ unit: 'year' as const, value })),
    ...[...span.months].map((value) => ({ unit: 'month' as const, value })),
    ...[...span.days].map((value) => ({ unit: 'day' as const, value })),
  ];
}

/**
 * Whether a meeting's date rules out what a query word says: another year, or another month.
 * A date known less precisely than the word rules nothing out; days never do (a one-day
 * slip between reports is common, and the year and month already place the meeting).
 */
export function contradicts(span: DateSpan | null, word: DateWord): boolean {
  if (!span) return false;
  if (word.unit === 'year') return !span.years.has(word.value);
  if (word.unit === 'month') return span.months.size > 0 && !span.months.has(word.value);
  return false;
}
