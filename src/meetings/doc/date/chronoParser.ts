import { isRealDate } from '../../../corpus/calendar.js';
import { type ChronoComponents, type ChronoResult, theChrono } from '../../../nlp/chrono.js';
import type { SentenceReading } from '../types.js';
import {
  type DateProposal,
  type DayParts,
  dayNumber,
  isoMonth,
  isoOfDay,
  partsOfDay,
  weekdayOfDay,
} from './parts.js';
import { isNameWord, modifierOf } from './words.js';

/**
 * chrono-node's reading of a sentence, turned into proposals. chrono reads the written forms
 * ("Feb. 27-28", "17th September", "Tuesday, Feb. 5, 2019", "last month"); this keeps only
 * what the text states: a year chrono implied is dropped (the resolver chooses it by tense),
 * a time of day alone is no date, and results computed from the reference are kept only when
 * there is a reference.
 */

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?\b/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
/** "within a month" is a window from now, "the 1990s" a decade: neither is a date. */
const NOT_A_DATE = /^(?:within\b|(?:right )?now$)|\d{4}s\b/i;
/** "end of March", "the end of the month": the month is known, the day only roughly. */
const PART_OF_PERIOD = /\b(?:end|beginning|start|middle)\s+of\b/i;
/** Words of the expressions counted from the day of writing. */
const FROM_NOW =
  /\b(?:ago|last|next|this|past|previous|coming|today|tonight|tomorrow|yesterday)\b/i;
/** "the next few days": a window, not a day. */
const VAGUE = /\b(?:few|several|couple)\b/i;
/** chrono leaves the preposition in its text ("on Tuesday"); the date starts after it. */
const LEADING_PREPOSITION = /^(?:on|in|at|from|by|since|until|of)\s+/i;
/** "May." "June." "July." with a period: chrono knows "Mar." but not these. */
const FULL_MONTH_WITH_PERIOD = /\b(May|June|July)\.(?=\s+\d)/g;

const certain = (c: ChronoComponents, part: 'year' | 'month' | 'day' | 'weekday') =>
  c.isCertain(part) ? c.get(part) : null;

/** A year chrono reports as certain and the text prints; a year it computed is not. */
function printedYear(c: ChronoComponents, text: string): number | null {
  const year = certain(c, 'year');
  return year !== null && text.includes(String(year)) ? year : null;
}

function modifierIn(text: string) {
  const match = /\b(last|past|previous|next|coming|this)\b/i.exec(text);
  return match ? modifierOf(match[1]!) : null;
}

/**
 * "1/11/2022" is 1 November or 11 January: a weekday beside it may say which, else the
 * reference's nearer one; without a reference an order that is not forced is not known.
 */
function numericParts(
  match: RegExpExecArray,
  weekday: number | null,
  reference: number | null,
): { parts: DayParts; relative: boolean } | null {
  const [a, b] = [Number(match[1]), Number(match[2])];
  const written = match[3];
  const year = written ? Number(written.length === 2 ? `20${written}` : written) : null;
  const readings: Array<[number, number]> = [];
  for (const [month, day] of [
    [b, a],
    [a, b],
  ] as const) {
    if (readings.some(([m, d]) => m === month && d === day)) continue;
    if (month > 12 || !isRealDate(year ?? 2000, month, day)) continue;
    if (weekday !== null && year !== null && weekdayOfDay(dayNumber(year, month, day)) !== weekday)
      continue;
    readings.push([month, day]);
  }
  if (readings.length === 0) return null;
  if (readings.length === 1) {
    const [month, day] = readings[0]!;
    return { parts: { year, month, day, weekday }, relative: false };
  }
  if (reference === null || year === null) return null;
  const distance = ([month, day]: [number, number]) =>
    Math.abs(dayNumber(year, month, day) - reference);
  const [month, day] = readings.reduce((best, r) => (distance(r) < distance(best) ? r : best));
  return { parts: { year, month, day, weekday }, relative: true };
}

/** A week named relative to the reference, at the precision it fixes: its month, or its year. */
function weekProposal(at: number, end: number, day: number): DateProposal | null {
  const monday = day - ((weekdayOfDay(day) + 6) % 7);
  const [first, last] = [partsOfDay(monday), partsOfDay(monday + 6)];
  if (first.year !== last.year) return null;
  const date = first.month === last.month ? isoMonth(first.year, first.month) : String(first.year);
  return { kind: 'computed', at, end, date, endDate: null };
}

/** Whether chrono's single-word result is a name or a verb (see `isNameWord`). */
function isNameWordAt(reading: SentenceReading, at: number, end: number): boolean {
  const i = reading.tokens.findIndex((token) => token.at === at && token.end === end);
  return i >= 0 && isNameWord(reading.tokens, i);
}

function fromResult(
  result: ChronoResult,
  reading: SentenceReading,
  offset: number,
  reference: number | null,
): DateProposal | null {
  let text = result.text;
  let at = offset + result.index;
  const lead = LEADING_PREPOSITION.exec(text);
  if (lead) {
    at += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,]+$/, '');
  const end = at + text.length;
  if (NOT_A_DATE.test(text)) return null;
  const { start } = result;
  const year = certain(start, 'year');
  const month = certain(start, 'month');
  const day = certain(start, 'day');
  const weekday = certain(start, 'weekday');
  // A time of day alone ("at 09:00 am") is no date.
  const thisWeek = /^this week$/i.test(text);
  if (year === null && month === null && day === null && weekday === null && !thisWeek) return null;

  const numeric = ISO_DATE.test(text) ? null : NUMERIC_DATE.exec(text);
  if (numeric) {
    const read = numericParts(numeric, weekday, reference);
    if (!read) return null;
    if (!read.relative)
      return {
        kind: 'calendar',
        at,
        end,
        first: read.parts,
        last: null,
        modifier: null,
        yearStep: null,
      };
    const { year: y, month: m, day: d } = read.parts;
    return { kind: 'computed', at, end, date: isoOfDay(dayNumber(y!, m!, d!)), endDate: null };
  }

  if (MONTH_WORD.test(text) || ISO_DATE.test(text)) {
    const partOfPeriod = PART_OF_PERIOD.test(text);
    const first: DayParts = {
      year: printedYear(start, text),
      month,
      day: partOfPeriod ? null : day,
      weekday,
    };
    if (first.day === null && first.year === null && isNameWordAt(reading, at, end)) return null;
    let last: DayParts | null = null;
    if (result.end && certain(result.end, 'day') !== null) {
      last = {
        year: printedYear(result.end, text),
        month: certain(result.end, 'month'),
        day: certain(result.end, 'day'),
        weekday: null,
      };
    }
    return { kind: 'calendar', at, end, first, last, modifier: null, yearStep: null };
  }

  if (weekday !== null && day === null) {
    if (/weekend/i.test(text)) return { kind: 'weekend', at, end, modifier: modifierIn(text) };
    if (isNameWordAt(reading, at, end)) return null;
    return {
      kind: 'calendar',
      at,
      end,
      first: { year: null, month: null, day: null, weekday },
      last: null,
      modifier: modifierIn(text),
      yearStep: null,
    };
  }

  // Computed from the reference: "yesterday", "last month", "three days ago", "next week".
  // Not "a day after", "two days later", "in a year": they count from another event, or
  // are lengths of time ("their first meeting in a year").
  if (reference === null || !FROM_NOW.test(text) || VAGUE.test(text)) return null;
  // chrono leaves "this week" uncertain: it is the week of the reference.
  if (thisWeek) return weekProposal(at, end, reference);
  if (year === null) return null;
  if (/week/i.test(text) && month !== null && day !== null)
    return weekProposal(at, end, dayNumber(year, month, day));
  const date =
    month === null
      ? String(year)
      : day === null || PART_OF_PERIOD.test(text)
        ? isoMonth(year, month)
        : isoOfDay(dayNumber(year, month, day));
  return { kind: 'computed', at, end, date, endDate: null };
}

/** chrono's dates in a sentence's own words, as proposals with offsets in the sentence. */
export function chronoProposals(
  reading: SentenceReading,
  reference: number | null,
): DateProposal[] {
  const own = reading.text.slice(reading.from).replace(FULL_MONTH_WITH_PERIOD, '$1 ');
  const results =
    reference === null
      ? theChrono().parse(own)
      : (() => {
          const { year, month, day } = partsOfDay(reference);
          const instant = new Date(Date.UTC(year, month - 1, day, 12));
          return theChrono().parse(own, { instant, timezone: 0 });
        })();
  const proposals: DateProposal[] = [];
  for (const result of results) {
    const proposal = fromResult(result, reading, reading.from, reference);
    if (proposal) proposals.push(proposal);
  }
  return proposals;
}
