import type { IsoDate } from '../../types.js';
import { chronoProposals } from './date/chronoParser.js';
import {
  type CalendarProposal,
  type DateProposal,
  dayOfIso,
  isoMonth,
  partsOfDay,
} from './date/parts.js';
import { resolveProposal } from './date/resolve.js';
import {
  monthProposals,
  rangeProposals,
  weekdayProposals,
  yearProposals,
} from './date/tokenParsers.js';
import { dayNumberOf, foldedWord, modifierOf, monthOf, weekdayOf } from './date/words.js';
import { placeDate, tenseOf } from './tense.js';
import type { DateExpression, SentenceReading, Tense, Token } from './types.js';

export { tenseOf };

/**
 * The date reader: the dates a sentence gives, in the shape of chrono-node's pipeline.
 * Parsers propose (chrono-node for the forms it reads, token parsers for the ones it lacks),
 * refiners join what belongs together ("Thursday [February 28]", "between 30 March and 2
 * April") and drop what overlaps, and each date is resolved against the briefing's reference
 * date in the direction of the tense of its own clause.
 */

/** Words without which a sentence holds nothing chrono could read as a date. */
const DATE_WORDS = new Set([
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
  'day',
  'days',
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'ago',
]);
const NUMERIC_DATE_TOKEN = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$|^\d{1,2}\/\d{1,2}$/;
const YEAR_TOKEN = /^(?:(?:early|mid|late)-)?(?:19|20)\d\d$/;

/** The cheap test before any parsing: most sentences carry no date at all. */
function whatToRead(tokens: readonly Token[]): { chrono: boolean; years: boolean } {
  let years = false;
  for (const token of tokens) {
    const word = foldedWord(token);
    if (monthOf(token) !== null || weekdayOf(token) !== null || DATE_WORDS.has(word))
      return { chrono: true, years: true };
    if (/^(?:early|mid|late)-\p{Lu}/u.test(token.text)) return { chrono: true, years: true };
    if (NUMERIC_DATE_TOKEN.test(token.text)) return { chrono: true, years: true };
    if (YEAR_TOKEN.test(token.text)) years = true;
  }
  return { chrono: false, years };
}

const isWeekdayOnly = (p: DateProposal): p is CalendarProposal =>
  p.kind === 'calendar' && p.first.month === null && p.first.weekday !== null;
const hasDay = (p: DateProposal): p is CalendarProposal =>
  p.kind === 'calendar' && p.first.day !== null && p.first.month !== null;
const CLOSING = new Set([')', ']']);

/** "Thursday [February 28]", "Sunday (18 Feb. 2024)", "Feb. 28 (Thursday)": one date. */
function joinWeekdays(proposals: DateProposal[], text: string): DateProposal[] {
  const joined: DateProposal[] = [];
  for (let i = 0; i < proposals.length; i++) {
    const a = proposals[i]!;
    const b = proposals[i + 1];
    if (b && a.kind === 'calendar' && b.kind === 'calendar') {
      const between = text.slice(a.end, b.at);
      const weekdayFirst = isWeekdayOnly(a) && hasDay(b) && /^[\s,([]*$/.test(between);
      const weekdayAfter = hasDay(a) && isWeekdayOnly(b) && /^\s*[([]\s*$/.test(between);
      if (weekdayFirst || weekdayAfter) {
        const [date, day] = weekdayFirst ? [b, a] : [a, b];
        const bracket = /[([]/.test(between) && CLOSING.has(text[b.end] ?? '') ? 1 : 0;
        joined.push({
          ...date,
          at: a.at,
          end: b.end + bracket,
          first: { ...date.first, weekday: day.first.weekday },
        });
        i++;
        continue;
      }
    }
    joined.push(a);
  }
  return joined;
}

/** "between 30 March and 2 April", "from May 30 to June 2": one range of two written dates. */
function joinRanges(proposals: DateProposal[], text: string): DateProposal[] {
  const joined: DateProposal[] = [];
  for (let i = 0; i < proposals.length; i++) {
    const a = proposals[i]!;
    const b = proposals[i + 1];
    if (
      b &&
      hasDay(a) &&
      hasDay(b) &&
      a.last === null &&
      b.last === null &&
      /\b(?:between|from)\s+$/i.test(text.slice(Math.max(0, a.at - 10), a.at)) &&
      /^\s*(?:and|to|until|till|through|[-–—])\s*$/i.test(text.slice(a.end, b.at))
    ) {
      joined.push({ ...a, end: b.end, last: b.first });
      i++;
      continue;
    }
    joined.push(a);
  }
  return joined;
}

/** Overlapping proposals: the longer reading wins ("between 6 and 9 April" over "9 April"). */
function dropOverlaps(proposals: DateProposal[]): DateProposal[] {
  const sorted = [...proposals].sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: DateProposal[] = [];
  for (const proposal of sorted) {
    const previous = kept.at(-1);
    if (previous && proposal.at < previous.end) {
      if (proposal.end - proposal.at > previous.end - previous.at) kept[kept.length - 1] = proposal;
      continue;
    }
    kept.push(proposal);
  }
  return kept;
}

/** The month "the 18th" belongs to: "of next month", or the month the sentence just named. */
function monthOfOrdinal(
  tokens: readonly Token[],
  i: number,
  found: readonly DateExpression[],
  reference: number | null,
): { month: IsoDate; relative: boolean; end: number } | null {
  const next = tokens[i + 1];
  const step = modifierOf(foldedWord(tokens[i + 2]));
  if (foldedWord(next) === 'of' && step !== null && foldedWord(tokens[i + 3]) === 'month') {
    if (reference === null) return null;
    const { year, month } = partsOfDay(reference);
    const shift = step === 'last' ? -1 : step === 'next' ? 1 : 0;
    const shifted = new Date(Date.UTC(year, month - 1 + shift, 1));
    const iso = isoMonth(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1);
    return { month: iso, relative: true, end: tokens[i + 3]!.end };
  }
  // "the 31st summit", "the 18th-century fort", "the 18th of May": something else, or chrono's.
  if (next && (ORDINAL_OF_SOMETHING.has(next.pos) || next.text === '-')) return null;
  if (foldedWord(next) === 'of') return null;
  const at = tokens[i]!.at;
  const context = found.filter((f) => f.end <= at && f.date.length >= 7).at(-1);
  if (!context) return null;
  const month = (context.endDate ?? context.date).slice(0, 7);
  return { month, relative: context.relative, end: tokens[i]!.end };
}
const ORDINAL_OF_SOMETHING = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * "the 18th" alone is a day of the month the sentence has just named ("met on 3 March and
 * again on the 18th"), or of "this month" / "last month"; otherwise it is not read.
 */
function ordinalDays(
  reading: SentenceReading,
  found: readonly DateExpression[],
  reference: number | null,
  tense: Tense,
): DateExpression[] {
  const { tokens, text } = reading;
  const added: DateExpression[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!/^\d{1,2}(?:st|nd|rd|th)$/i.test(token.text) || foldedWord(tokens[i - 1]) !== 'the')
      continue;
    if (found.some((f) => f.at <= token.at && token.at < f.end)) continue;
    const owner = monthOfOrdinal(tokens, i, found, reference);
    if (!owner) continue;
    const date = `${owner.month}-${String(dayNumberOf(token)).padStart(2, '0')}`;
    if (dayOfIso(date) === null) continue;
    const { at } = token;
    const { end, relative } = owner;
    added.push({ at, end, text: text.slice(at, end), date, endDate: null, relative, tense });
  }
  return added;
}

function readDates(
  reading: SentenceReading,
  reference: IsoDate | null,
  tense: Tense,
  options: DateReadingOptions,
): DateExpression[] {
  const read = whatToRead(reading.tokens);
  if (!read.chrono && !read.years) return [];
  const referenceDay = dayOfIso(reference);
  const proposals: DateProposal[] = [
    ...rangeProposals(reading),
    ...monthProposals(reading),
    ...yearProposals(reading),
    ...weekdayProposals(reading),
    ...(read.chrono ? chronoProposals(reading, referenceDay) : []),
  ].sort((a, b) => a.at - b.at || b.end - a.end);
  // Parsers may propose the same span (chrono and the weekday parser both read "Friday").
  const distinct = proposals.filter(
    (p, i) => i === 0 || p.at !== proposals[i - 1]!.at || p.end !== proposals[i - 1]!.end,
  );
  const refined = dropOverlaps(joinRanges(joinWeekdays(distinct, reading.text), reading.text));
  const found: DateExpression[] = [];
  for (const proposal of refined) {
    // The verb the date belongs to decides; the sentence's tense when it has no verb at all.
    const placed = placeDate(reading, proposal.at);
    const own = placed.tense ?? tense;
    const direction = own === 'present' && options.historicalPresent ? 'past' : own;
    const open = placed.open || options.referenceIsEventDate === true;
    const resolved = resolveProposal(proposal, referenceDay, { tense: direction, open });
    if (!resolved) continue;
    found.push({
      at: proposal.at,
      end: proposal.end,
      text: reading.text.slice(proposal.at, proposal.end),
      ...resolved,
      tense: direction,
    });
  }
  const ordinals = ordinalDays(reading, found, referenceDay, tense);
  // "the 18th of next month" holds chrono's "next month".
  const kept = found.filter((f) => !ordinals.some((o) => o.at <= f.at && f.end <= o.end));
  return [...kept, ...ordinals].sort((a, b) => a.at - b.at);
}

/** Sentences repeat across briefings and runs: the same reading gives the same dates. */
const memo = new Map<string, readonly DateExpression[]>();
const MEMO_LIMIT = 50_000;

/** How a passage uses its tenses. */
export interface DateReadingOptions {
  /**
   * Headlines and captions tell past events in the present ("Biden meets Xi on Wednesday"):
   * set this for them, and a present-tense clause points back instead of ahead.
   */
  readonly historicalPresent?: boolean;
  /**
   * The reference is the date the meeting is known by (a briefing without a date of its own),
   * not the day the text was written: the tense says nothing of the direction from it, so a
   * weekday, month or day without its year is the nearest one.
   */
  readonly referenceIsEventDate?: boolean;
}

/**
 * The dates a sentence gives. `reference` is the briefing's publication date (a day); without
 * one, only what the text states in full is returned (a year the text does not print stays
 * unknown). Each date's direction comes from the verb of its own clause (see `clauseTense`);
 * `tense` (normally `tenseOf(reading)`) serves when the sentence has no verb at all.
 */
export function findDateExpressions(
  reading: SentenceReading,
  reference: IsoDate | null,
  tense: Tense,
  options: DateReadingOptions = {},
): DateExpression[] {
  const flags = `${options.historicalPresent === true}|${options.referenceIsEventDate === true}`;
  const key = `${reference ?? ''}|${tense}|${flags}|${reading.from}|${reading.text}`;
  let found = memo.get(key);
  if (!found) {
    found = readDates(reading, reference, tense, options);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, found);
  }
  return [...found];
}
