import { MONTHS_FOLDED } from '../../../corpus/calendar.js';
import type { Token } from '../types.js';
import type { Modifier } from './parts.js';

/**
 * The calendar vocabulary of English the date parsers read tokens with: month and weekday
 * names with their usual abbreviations, and the words around dates. General English, not the
 * wording of any report.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const MONTH_BY_WORD = new Map<string, number>();
for (const [i, name] of MONTHS_FOLDED.entries()) {
  MONTH_BY_WORD.set(name, i + 1);
  MONTH_BY_WORD.set(name.slice(0, 3), i + 1);
}
MONTH_BY_WORD.set('sept', 9);

const WEEKDAY_BY_WORD = new Map<string, number>();
for (const [i, name] of WEEKDAYS.entries()) {
  WEEKDAY_BY_WORD.set(name, i);
  WEEKDAY_BY_WORD.set(name.slice(0, 3), i);
}
WEEKDAY_BY_WORD.set('tues', 2).set('thur', 4).set('thurs', 4);

const folded = (token: Token | undefined): string =>
  token ? token.text.toLowerCase().replace(/\.$/, '') : '';

/** The month a token names ("September", "Sept.", "Sep"), 1–12, or null. Names are capitalised. */
export function monthOf(token: Token | undefined): number | null {
  if (!token || !/^\p{Lu}/u.test(token.text)) return null;
  return MONTH_BY_WORD.get(folded(token)) ?? null;
}

/** The weekday a token names, 0 (Sunday) – 6, or null. */
export function weekdayOf(token: Token | undefined): number | null {
  if (!token || !/^\p{Lu}/u.test(token.text)) return null;
  return WEEKDAY_BY_WORD.get(folded(token)) ?? null;
}

/** A day of the month as written: "9", "27th". */
export function dayNumberOf(token: Token | undefined): number | null {
  const match = token ? /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(token.text) : null;
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : null;
}

/** A year as written: four digits from 1900 to 2099. */
export function yearOf(token: Token | undefined): number | null {
  return token && /^(?:19|20)\d\d$/.test(token.text) ? Number(token.text) : null;
}

/** Words before a month or weekday that say which one: "last December", "next Friday". */
export function modifierOf(word: string): Modifier {
  switch (word.toLowerCase()) {
    case 'last':
    case 'past':
    case 'previous':
      return 'last';
    case 'next':
    case 'coming':
      return 'next';
    case 'this':
      return 'this';
    default:
      return null;
  }
}

/** Words that join the two ends of a range: "9 and 10 September", "March 6 through 10". */
export const RANGE_JOINERS = new Set(['and', '&', 'to', 'through', 'thru', 'until', 'till']);
/** Dashes that join the two ends of a range when they stand as tokens: "9 – 10 September". */
export const RANGE_DASHES = new Set(['-', '–', '—']);

/** Words before a month that leave its day unsaid: "early May", "the end of June". */
export const PART_OF_MONTH = new Set([
  'early',
  'mid',
  'late',
  'end',
  'beginning',
  'start',
  'middle',
]);

/** Prepositions that put the noun after them in time: "in May", "since 2019", "by June". */
export const TIME_PREPOSITIONS = new Set([
  'in',
  'on',
  'since',
  'by',
  'until',
  'till',
  'from',
  'during',
  'before',
  'after',
  'through',
  'throughout',
  'of',
  'to',
  'between',
  'around',
  'circa',
]);

/**
 * A month or weekday word at token `i` that is a name or a verb, not a date: "April Ryan
 * asked", "the Sunday Times", "they march". A preposition or "last"/"next" before it makes it
 * a date again ("In July Iran stopped…").
 */
export function isNameWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.pos === 'VERB' || token.pos === 'AUX' || !/^\p{Lu}/u.test(token.text)) return true;
  const next = tokens[i + 1];
  const before = tokens[i - 1];
  const followedByName =
    next?.pos === 'PROPN' &&
    /^\p{Lu}/u.test(next.text) &&
    monthOf(next) === null &&
    weekdayOf(next) === null;
  const ledIn =
    before !== undefined &&
    (TIME_PREPOSITIONS.has(before.text.toLowerCase()) || modifierOf(before.text) !== null);
  return followedByName && !ledIn;
}

export { folded as foldedWord };
