import { isoDate, isRealDate } from '../../../corpus/calendar.js';
import type { IsoDate } from '../../../types.js';
import type { Tense } from '../types.js';
import {
  type CalendarProposal,
  type DateProposal,
  type DayParts,
  dayNumber,
  isoMonth,
  isoOfDay,
  type Modifier,
  partsOfDay,
  weekdayOfDay,
} from './parts.js';

/**
 * Turns proposals into dates. What the text states is kept; what it leaves out is taken from
 * the reference date in the direction the tense gives ("arrived on Sunday" is the Sunday
 * before, "will meet on Sunday" the one after, "opens on Friday" ahead), and is left unknown
 * when there is no reference: no year is ever invented.
 */

export interface ResolvedDate {
  readonly date: IsoDate;
  readonly endDate: IsoDate | null;
  /** The reference supplied part of it. */
  readonly relative: boolean;
}

/**
 * A day and month written without a year lie on the tense's side of the reference, give or
 * take this many days: a page's date may be a day or two off the report's (time zones, a
 * report filed overnight), and a past-tense day two days "ahead" is that, not a year back.
 */
const REFERENCE_SLACK_DAYS = 3;

/** A month named without a year, read in no direction, is the one within half a year. */
const HALF_YEAR_MONTHS = 6;

type Direction = 'back' | 'ahead' | 'nearest';

/** The tense a date is read in, and whether it leaves the direction open (see `placeDate`). */
export interface Placing {
  readonly tense: Tense;
  readonly open: boolean;
}

/** Weekdays and months follow the tense; a present-tense one lies ahead ("opens on Friday"). */
const directionOf = ({ tense, open }: Placing): Direction =>
  open ? 'nearest' : tense === 'past' ? 'back' : 'ahead';

/** The weekday named, counted from the reference: last, next, or by the tense. */
function resolveWeekday(weekday: number, modifier: Modifier, reference: number, placing: Placing) {
  const today = weekdayOfDay(reference);
  const ahead = (weekday - today + 7) % 7;
  const back = (today - weekday + 7) % 7;
  if (modifier === 'last') return reference - (back || 7);
  if (modifier === 'next') return reference + (ahead || 7);
  const direction = directionOf(placing);
  if (direction === 'nearest') return ahead <= back ? reference + ahead : reference - back;
  return direction === 'back' ? reference - back : reference + ahead;
}

/** The Saturday and Sunday of "the weekend", by the tense. */
function resolveWeekend(modifier: Modifier, reference: number, placing: Placing): ResolvedDate {
  const today = weekdayOfDay(reference);
  // The Saturday on or before the reference; on a weekend day, the weekend under way.
  const recent = reference - ((today + 1) % 7);
  let saturday: number;
  if (modifier === 'last') saturday = today === 6 || today === 0 ? recent - 7 : recent;
  else if (modifier === 'next') saturday = reference + ((6 - today + 7) % 7 || 7);
  else if (today === 0 || directionOf(placing) !== 'ahead') saturday = recent;
  else saturday = reference + ((6 - today + 7) % 7);
  return { date: isoOfDay(saturday), endDate: isoOfDay(saturday + 1), relative: true };
}

/** The year of a month named without one: "last December", or the nearest by the tense. */
function yearOfMonth(month: number, modifier: Modifier, reference: number, placing: Placing) {
  const { year, month: now } = partsOfDay(reference);
  if (modifier === 'this') return year;
  if (modifier === 'last') return month < now ? year : year - 1;
  if (modifier === 'next') return month > now ? year : year + 1;
  const direction = directionOf(placing);
  if (direction === 'nearest' && Math.abs(month - now) <= HALF_YEAR_MONTHS) return year;
  if (direction === 'back' || (direction === 'nearest' && month > now)) {
    return month <= now ? year : year - 1;
  }
  return month >= now ? year : year + 1;
}

/** The year of a day and month written without one, by the tense; the weekday must agree. */
function yearOfDay(parts: DayParts, reference: number, placing: Placing): number | null {
  const { year } = partsOfDay(reference);
  const month = parts.month!;
  const day = parts.day!;
  const real = [year - 1, year, year + 1].filter((y) => isRealDate(y, month, day));
  const agreeing = real.filter(
    (y) => parts.weekday === null || weekdayOfDay(dayNumber(y, month, day)) === parts.weekday,
  );
  // A weekday that fits none of the years is a slip of the text, not a reason to drop the day.
  const candidates = agreeing.length > 0 ? agreeing : real;
  if (candidates.length === 0) return null;
  const at = (y: number) => dayNumber(y, month, day);
  // A day and month are near the writing: a present-tense one is the nearest such day.
  const direction: Direction = placing.tense === 'present' ? 'nearest' : directionOf(placing);
  const back = candidates.filter((y) => at(y) <= reference + REFERENCE_SLACK_DAYS);
  const ahead = candidates.filter((y) => at(y) >= reference - REFERENCE_SLACK_DAYS);
  if (direction === 'back' && back.length > 0) return back.at(-1)!;
  if (direction === 'ahead' && ahead.length > 0) return ahead[0]!;
  return candidates.reduce((best, y) =>
    Math.abs(at(y) - reference) < Math.abs(at(best) - reference) ? y : best,
  );
}

function dayOrMonth(year: number, month: number, day: number | null): IsoDate | null {
  if (day === null) return isoMonth(year, month);
  return isRealDate(year, month, day) ? isoDate(year, month, day) : null;
}

function resolveCalendar(
  proposal: CalendarProposal,
  reference: number | null,
  placing: Placing,
): ResolvedDate | null {
  const { first, last, modifier, yearStep } = proposal;
  if (first.month === null) {
    if (first.year !== null) {
      const endYear = last?.year !== null && last?.year !== undefined ? last.year : null;
      const endDate = endYear !== null && endYear > first.year ? String(endYear) : null;
      return { date: String(first.year), endDate, relative: false };
    }
    if (reference === null || first.weekday === null) return null;
    const day = resolveWeekday(first.weekday, modifier, reference, placing);
    return { date: isoOfDay(day), endDate: null, relative: true };
  }
  const month = first.month;
  // The year: written, written at the range's end, a step from the reference's, or by tense.
  let year = first.year;
  if (year === null && last?.year != null)
    year = (last.month ?? month) >= month ? last.year : last.year - 1;
  const relative = year === null;
  if (year === null) {
    if (reference === null) return null;
    year =
      yearStep !== null
        ? partsOfDay(reference).year + yearStep
        : first.day === null
          ? yearOfMonth(month, modifier, reference, placing)
          : yearOfDay(first, reference, placing);
  }
  if (year === null) return null;
  const date = dayOrMonth(year, month, first.day);
  if (date === null) return null;
  let endDate: IsoDate | null = null;
  if (last?.month != null || last?.day != null) {
    const endMonth = last.month ?? month;
    const endYear = last.year ?? (endMonth >= month ? year : year + 1);
    const end = dayOrMonth(endYear, endMonth, last.day);
    if (end !== null && end > date) endDate = end;
  }
  return { date, endDate, relative };
}

/** A proposal's date, or null when the text leaves it unknown (no reference for a relative). */
export function resolveProposal(
  proposal: DateProposal,
  reference: number | null,
  placing: Placing,
): ResolvedDate | null {
  switch (proposal.kind) {
    case 'computed':
      return { date: proposal.date, endDate: proposal.endDate, relative: true };
    case 'weekend':
      return reference === null ? null : resolveWeekend(proposal.modifier, reference, placing);
    case 'calendar':
      return resolveCalendar(proposal, reference, placing);
  }
}
