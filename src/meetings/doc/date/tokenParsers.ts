import type { SentenceReading, Token } from '../types.js';
import type { CalendarProposal, DayParts, Modifier } from './parts.js';
import { NO_PARTS } from './parts.js';
import {
  dayNumberOf,
  foldedWord,
  modifierOf,
  isNameWord,
  monthOf,
  PART_OF_MONTH,
  RANGE_DASHES,
  RANGE_JOINERS,
  TIME_PREPOSITIONS,
  weekdayOf,
  yearOf,
} from './words.js';

/**
 * Parsers for the written dates chrono-node does not read, working on the sentence's tokens:
 * ranges joined by "and" or "between" ("between 6 and 9 April", "Feb. 18 and 19"), months
 * with a part or a direction ("in early May", "last December", "November last year", "since
 * May"), and years ("in 2021", "the 2015 deal", "mid-2021").
 */

type Tokens = readonly Token[];

function calendar(
  tokens: Tokens,
  first: number,
  last: number,
  parts: DayParts,
  lastParts: DayParts | null = null,
  modifier: Modifier = null,
  yearStep: number | null = null,
): CalendarProposal {
  return {
    kind: 'calendar',
    at: tokens[first]!.at,
    end: tokens[last]!.end,
    first: parts,
    last: lastParts,
    modifier,
    yearStep,
  };
}

/** "27-28" written as one token. */
function dayPair(token: Token | undefined): [number, number] | null {
  const match = token
    ? /^(\d{1,2})(?:st|nd|rd|th)?[-–](\d{1,2})(?:st|nd|rd|th)?$/.exec(token.text)
    : null;
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** Two days at `i`: "9 and 10", "9 – 10", "9th to 10th", "9-10"; the index after them. */
function daysAt(tokens: Tokens, i: number): { days: [number, number]; next: number } | null {
  const pair = dayPair(tokens[i]);
  if (pair) return { days: pair, next: i + 1 };
  const first = dayNumberOf(tokens[i]);
  const joiner = tokens[i + 1]?.text.toLowerCase() ?? '';
  const second = dayNumberOf(tokens[i + 2]);
  if (first === null || second === null) return null;
  if (!RANGE_JOINERS.has(joiner) && !RANGE_DASHES.has(joiner)) return null;
  return { days: [first, second], next: i + 3 };
}

/** An optional ", 2019" or " 2019" after a date; the year and the index of its last token. */
function yearAfter(tokens: Tokens, i: number): { year: number | null; last: number } {
  const comma = tokens[i]?.text === ',' ? 1 : 0;
  const year = yearOf(tokens[i + comma]);
  return year === null ? { year: null, last: i - 1 } : { year, last: i + comma };
}

/** "between 6 and 9 April", "Feb. 18 and 19", "March 6 through 10", "9th and 10th of May". */
export function rangeProposals(reading: SentenceReading): CalendarProposal[] {
  const { tokens } = reading;
  const found: CalendarProposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Day first: "6 and 9 April", "9th and 10th of September".
    const dayFirst = daysAt(tokens, i);
    if (dayFirst) {
      const of = foldedWord(tokens[dayFirst.next]) === 'of' ? 1 : 0;
      const month = monthOf(tokens[dayFirst.next + of]);
      if (month !== null && dayFirst.days[0] < dayFirst.days[1]) {
        const { year, last } = yearAfter(tokens, dayFirst.next + of + 1);
        const [a, b] = dayFirst.days;
        found.push(
          calendar(
            tokens,
            i,
            last,
            { year, month, day: a, weekday: null },
            { year, month, day: b, weekday: null },
          ),
        );
        i = last;
        continue;
      }
    }
    // Month first: "Feb. 18 and 19", "September 9 and 10, 2023".
    const month = monthOf(tokens[i]);
    const monthFirst = month === null ? null : daysAt(tokens, i + 1);
    if (month !== null && monthFirst && monthFirst.days[0] < monthFirst.days[1]) {
      const { year, last } = yearAfter(tokens, monthFirst.next);
      const [a, b] = monthFirst.days;
      found.push(
        calendar(
          tokens,
          i,
          last,
          { year, month, day: a, weekday: null },
          { year, month, day: b, weekday: null },
        ),
      );
      i = last;
    }
  }
  return found;
}

/** A month named with a part of it in one token: "mid-November". */
function partMonthToken(token: Token | undefined): number | null {
  const match = token ? /^(?:early|mid|late)-(\p{Lu}\p{L}+)$/u.exec(token.text) : null;
  return match ? monthOf({ ...token!, text: match[1]! }) : null;
}

/**
 * Months chrono misses or reads without their direction: "in early May", "the end of June",
 * "mid-November", "last December", "November last year", "since May". The day stays unknown.
 */
export function monthProposals(reading: SentenceReading): CalendarProposal[] {
  const { tokens } = reading;
  const found: CalendarProposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const joined = partMonthToken(tokens[i]);
    const month = joined ?? monthOf(tokens[i]);
    if (month === null || dayNumberOf(tokens[i + 1]) !== null) continue;
    // Where the expression starts: "early May", "the end of June", "last December".
    let first = i;
    let modifier: Modifier = null;
    const before = foldedWord(tokens[i - 1]);
    if (PART_OF_MONTH.has(before)) first = i - 1;
    else if (foldedWord(tokens[i - 2]) === 'late' && RANGE_DASHES.has(before)) first = i - 2;
    else if (before === 'of' && PART_OF_MONTH.has(foldedWord(tokens[i - 2]))) first = i - 2;
    else if (modifierOf(before) !== null) {
      first = i - 1;
      modifier = modifierOf(before);
    }
    // Where it ends: "November last year", "May of this year", "early May 2023".
    let last = i;
    let yearStep: number | null = null;
    const of = foldedWord(tokens[i + 1]) === 'of' ? 1 : 0;
    const step = modifierOf(foldedWord(tokens[i + 1 + of]));
    if (step !== null && foldedWord(tokens[i + 2 + of]) === 'year') {
      yearStep = step === 'last' ? -1 : step === 'next' ? 1 : 0;
      last = i + 2 + of;
    }
    const year = yearStep === null ? yearOf(tokens[i + 1]) : null;
    if (year !== null) last = i + 1;
    // Bare months chrono reads itself, except "May", which it leaves for the modal verb.
    const bareMay =
      foldedWord(tokens[i]) === 'may' && TIME_PREPOSITIONS.has(before) && year === null;
    if (first === i && last === i && joined === null && !bareMay) continue;
    if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') continue;
    found.push(
      calendar(tokens, first, last, { ...NO_PARTS, year, month }, null, modifier, yearStep),
    );
  }
  return found;
}

const CURRENCY = /[$€£¥]$/;

/** Whether a four-digit number is a year by the words around it, not a count or an amount. */
function isYear(reading: SentenceReading, i: number): boolean {
  const { tokens, text } = reading;
  const token = tokens[i]!;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (CURRENCY.test(text.slice(0, token.at)) || before?.pos === 'SYM') return false;
  const nextWord = foldedWord(next);
  if (nextWord === '%' || nextWord === 'percent' || nextWord === 'per') return false;
  // "2000 troops" counts; "the 2015 deal" names a year.
  if (next?.pos === 'NOUN' && nextWord !== next.lemma) return false;
  const previous = foldedWord(before);
  if (TIME_PREPOSITIONS.has(previous) || PART_OF_MONTH.has(previous) || previous === 'year')
    return true;
  if (nextWord === "'s" || nextWord === '’s') return true;
  if (previous === '(' && nextWord === ')') return true;
  const modifiesNoun = next !== undefined && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos);
  const determined =
    before === undefined || before.pos === 'DET' || before.pos === 'PRON' || before.pos === 'ADP';
  return modifiesNoun && determined;
}

/** "in 2021", "since 2019", "the 2015 deal", "mid-2021", "2019's summit": year precision. */
export function yearProposals(reading: SentenceReading): CalendarProposal[] {
  const { tokens } = reading;
  const found: CalendarProposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const joined = /^(?:early|mid|late)-((?:19|20)\d\d)$/.exec(tokens[i]!.text);
    const year = joined ? Number(joined[1]) : yearOf(tokens[i]);
    if (year === null) continue;
    if (!joined && (tokens[i]!.pos !== 'NUM' || !isYear(reading, i))) continue;
    // "cut emissions by 2030": a deadline, the latest time for something, dates no event.
    if (foldedWord(tokens[i - 1]) === 'by') continue;
    const first = PART_OF_MONTH.has(foldedWord(tokens[i - 1])) ? i - 1 : i;
    found.push(calendar(tokens, first, i, { ...NO_PARTS, year }));
  }
  return found;
}

/**
 * Weekday names, with "last", "next" or "this" before them: chrono reads most, but not all
 * ("the night on Thursday"). A weekday before a capitalised name is a name ("Sunday Times").
 */
export function weekdayProposals(reading: SentenceReading): CalendarProposal[] {
  const { tokens } = reading;
  const found: CalendarProposal[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const weekday = weekdayOf(tokens[i]);
    if (weekday === null || isNameWord(tokens, i)) continue;
    const modifier = modifierOf(foldedWord(tokens[i - 1]));
    const first = modifier === null ? i : i - 1;
    found.push(calendar(tokens, first, i, { ...NO_PARTS, weekday }, null, modifier));
  }
  return found;
}
