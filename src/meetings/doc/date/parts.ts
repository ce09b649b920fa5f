import { isoDate, isRealDate } from '../../../corpus/calendar.js';
import type { IsoDate } from '../../../types.js';

/**
 * What the date parsers propose before anything is resolved: the calendar parts a text states
 * (the shape of chrono-node's parsing components), with its position. The resolver then fills
 * what is missing from the reference date and the tense, or drops what cannot be known.
 */

/** Parts of one day as written; null where the text does not say. Weekday 0 is Sunday. */
export interface DayParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly weekday: number | null;
}

/** "last December", "next Friday", "this March": which one the text means. */
export type Modifier = 'last' | 'next' | 'this' | null;

/** A date written with calendar words, perhaps a range, resolved against the reference. */
export interface CalendarProposal {
  readonly kind: 'calendar';
  readonly at: number;
  readonly end: number;
  readonly first: DayParts;
  readonly last: DayParts | null;
  readonly modifier: Modifier;
  /** "November last year": the year as a step from the reference's (-1), else null. */
  readonly yearStep: number | null;
}

/** "the weekend", "last weekend": a Saturday and Sunday, resolved by tense. */
export interface WeekendProposal {
  readonly kind: 'weekend';
  readonly at: number;
  readonly end: number;
  readonly modifier: Modifier;
}

/** A date chrono computed from the reference ("yesterday", "last month"): already resolved. */
export interface ComputedProposal {
  readonly kind: 'computed';
  readonly at: number;
  readonly end: number;
  readonly date: IsoDate;
  readonly endDate: IsoDate | null;
}

export type DateProposal = CalendarProposal | WeekendProposal | ComputedProposal;

export const NO_PARTS: DayParts = { year: null, month: null, day: null, weekday: null };

const DAY_MS = 86_400_000;

/** Days since 1970-01-01: calendar arithmetic without time zones. */
export const dayNumber = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / DAY_MS;

/** The ISO day of a day number. */
export function isoOfDay(days: number): IsoDate {
  const date = new Date(days * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 0 for Sunday … 6 for Saturday (1970-01-01 was a Thursday). */
export const weekdayOfDay = (days: number): number => (((days + 4) % 7) + 7) % 7;

/** Year, month and day of a day number. */
export function partsOfDay(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day number of an ISO day ("2023-04-25"), or null for a month, a year or a non-date. */
export function dayOfIso(date: IsoDate | null): number | null {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? dayNumber(year, month, day) : null;
}

/** "2023-04" */
export const isoMonth = (year: number, month: number): IsoDate =>
  `${year}-${String(month).padStart(2, '0')}`;
