import { MONTHS_FOLDED } from '../corpus/calendar.js';
import type { IsoDate } from '../types.js';
import { theChrono } from '../nlp/chrono.js';

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** What a date in a sentence dates: the event, or the saying of something about it. */
export type DateRole = 'event' | 'speech' | 'since';

export type Tense = 'future' | 'past';

export interface DateMention {
  readonly date: IsoDate;
  readonly endDate: IsoDate | null;
  readonly precision: DatePrecision;
  /** Offset of the expression in the sentence. */
  readonly at: number;
  readonly text: string;
  readonly role: DateRole;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAME =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Cheap test before any parsing: most sentences carry no date at all. */
const MAY_HAVE_DATE = new RegExp(
  `\\b(?:${MONTH_NAME}|${WEEKDAY_NAME}|(?:19|20)\\d\\d|today|yesterday|tomorrow|week|month|year)\\b`,
);
const HAS_DAY_NUMBER = new RegExp(
  `${MONTH_NAME}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH_NAME}`,
);

/** Words before a date that make it the date of a statement, not of the meeting. */
const SPEECH_BEFORE =
  /\b(?:said|says|told|announced|stated|signall?ed|confirmed|reported|added|warned|wrote|tweeted|declared|noted|statement|briefing|conference|interview)(?:\s+\w+){0,2}\s*$/i;
/** "Earlier this month, X signalled that …": the date is the saying's, the clause after is the news. */
const SPEECH_THAT_AFTER =
  /^[^.;"“]{0,80}?\b(?:said|says|signall?ed|announced|told \w+|stated|confirmed|reported)\s+(?:on \w+\s+)?that\b/i;
const SINCE_BEFORE = /\b(?:since|until|before|after)\s+(?:\w+\s+){0,9}$/i;

/** A present or future verb just before a weekday points forward: "a summit that opens on Friday". */
const LOCAL_FUTURE = /\b(?:opens|begins|starts|runs|will|shall|is due|are due|until)\b[^,.;]*$/i;

/** Years a bare "in 2024" may lie from the reference and still date a meeting. */
const MAX_YEAR_DISTANCE = 2;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (year: number, month: number) => `${year}-${pad(month)}`;
const DAY_MS = 86_400_000;

export function parseIso(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  return new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDay(new Date(parseIso(date).getTime() + days * DAY_MS));
}

export function precisionOf(date: IsoDate): DatePrecision {
  return date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
}

/** The first and last day a date of any precision covers. */
export function dateSpan(date: IsoDate, endDate: IsoDate | null = null): [IsoDate, IsoDate] {
  const first =
    precisionOf(date) === 'day'
      ? date
      : precisionOf(date) === 'month'
        ? `${date}-01`
        : `${date}-01-01`;
  const last = endDate ?? date;
  let lastDay: IsoDate;
  if (precisionOf(last) === 'day') lastDay = last;
  else if (precisionOf(last) === 'month') {
    const [y, m] = last.split('-').map(Number) as [number, number];
    lastDay = isoDay(new Date(Date.UTC(y, m, 0)));
  } else lastDay = `${last}-12-31`;
  return [first, lastDay];
}

const spanCache = new Map<string, [number, number]>();
/** A date's span as day numbers, cached: merging compares the same dates many times. */
export function daySpan(date: IsoDate, endDate: IsoDate | null): [number, number] {
  const key = `${date}|${endDate ?? ''}`;
  let span = spanCache.get(key);
  if (!span) {
    const [first, last] = dateSpan(date, endDate);
    span = [parseIso(first).getTime() / DAY_MS, parseIso(last).getTime() / DAY_MS];
    if (spanCache.size > SPAN_CACHE_LIMIT) spanCache.clear();
    spanCache.set(key, span);
  }
  return span;
}
const SPAN_CACHE_LIMIT = 50_000;

/** Whether two dates (with optional end dates) can be the same meeting, within their precision. */
export function datesCompatible(
  a: IsoDate,
  aEnd: IsoDate | null,
  b: IsoDate,
  bEnd: IsoDate | null,
  slackDays = 0,
): boolean {
  const [a1, a2] = daySpan(a, aEnd);
  const [b1, b2] = daySpan(b, bEnd);
  return a1 - slackDays <= b2 && b1 - slackDays <= a2;
}

function monthFromName(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS_FOLDED.findIndex((month) => month.startsWith(key)) + 1;
}

/** The year of a month named without one: the nearest such month in the direction of the tense. */
function yearForMonth(
  month: number,
  reference: Date,
  tense: Tense | null,
  explicit: 'last' | 'next' | null,
): number {
  const refYear = reference.getUTCFullYear();
  const refMonth = reference.getUTCMonth() + 1;
  if (explicit === 'last') return month < refMonth ? refYear : refYear - 1;
  if (explicit === 'next') return month > refMonth ? refYear : refYear + 1;
  if (tense === 'future') return month >= refMonth ? refYear : refYear + 1;
  if (tense === 'past') return month <= refMonth ? refYear : refYear - 1;
  return Math.abs(month - refMonth) <= 6 ? refYear : month < refMonth ? refYear + 1 : refYear - 1;
}

interface Found {
  at: number;
  text: string;
  date: IsoDate;
  endDate: IsoDate | null;
}

function relativeDates(sentence: string, reference: Date | null, tense: Tense | null): Found[] {
  const found: Found[] = [];
  if (!reference) return found;
  const refDay = isoDay(reference);
  const refYear = reference.getUTCFullYear();
  const refMonth = reference.getUTCMonth() + 1;
  const push = (match: RegExpExecArray, date: IsoDate, endDate: IsoDate | null = null) =>
    found.push({ at: match.index, text: match[0], date, endDate });

  const weekday = new RegExp(`\\b(?:(last|next|this)\\s+)?(${WEEKDAY_NAME})\\b`, 'g');
  for (const match of sentence.matchAll(weekday)) {
    const target = WEEKDAYS.indexOf(match[2]!.toLowerCase());
    const today = reference.getUTCDay();
    const local = LOCAL_FUTURE.test(sentence.slice(Math.max(0, match.index - 30), match.index))
      ? 'future'
      : tense;
    const ahead = (target - today + 7) % 7;
    const back = -((today - target + 7) % 7);
    const forward = match[1] === 'next' || (match[1] !== 'last' && local === 'future');
    // Without a tense (the reference is the meeting's own date), the nearest such day.
    const nearest = local === null && !match[1] ? (ahead <= -back ? ahead : back) : null;
    let offset = nearest ?? (forward ? ahead : back);
    if (match[1] === 'next' && offset === 0) offset = 7;
    if (match[1] === 'last' && offset === 0) offset = -7;
    push(match as RegExpExecArray, addDays(refDay, offset));
  }
  for (const match of sentence.matchAll(/\b(today|yesterday|tomorrow)\b/gi)) {
    const word = match[1]!.toLowerCase();
    push(
      match as RegExpExecArray,
      addDays(refDay, word === 'today' ? 0 : word === 'yesterday' ? -1 : 1),
    );
  }
  const periods =
    /\b(?:(earlier|later)\s+)?(last|next|this|previous|past|coming)\s+(week|month|year)\b|\b(a|one)\s+(week|month|year)\s+ago\b/gi;
  for (const match of sentence.matchAll(periods)) {
    const which = (match[2] ?? 'last').toLowerCase();
    const unit = (match[3] ?? match[5]!).toLowerCase();
    const step = which === 'next' || which === 'coming' ? 1 : which === 'this' ? 0 : -1;
    if (unit === 'year') push(match as RegExpExecArray, String(refYear + step));
    else if (unit === 'month') {
      const d = new Date(Date.UTC(refYear, refMonth - 1 + step, 1));
      push(match as RegExpExecArray, isoMonth(d.getUTCFullYear(), d.getUTCMonth() + 1));
    } else {
      const day = addDays(refDay, step * 7);
      push(match as RegExpExecArray, day.slice(0, 7));
    }
  }
  // "last December", "in early May", "mid-November", "December last year": month precision.
  const months = new RegExp(
    `\\b(?:(last|next|this|early|mid|late|end of|beginning of)[ -]+)?(${MONTH_NAME})(?!\\s*\\d)(?:\\s+(last|next|this)\\s+year)?(?!\\s*,?\\s*\\d)`,
    'g',
  );
  for (const match of sentence.matchAll(months)) {
    const month = monthFromName(match[2]!);
    if (
      month === 0 ||
      (match[2] === 'May' &&
        !match[1] &&
        !/\b(?:in|of|by|until|from|early|late|mid)\s+$/i.test(sentence.slice(0, match.index)))
    )
      continue;
    const modifier = match[1]?.toLowerCase();
    const yearWord = match[3]?.toLowerCase();
    let year: number;
    if (yearWord) year = refYear + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0);
    else
      year = yearForMonth(
        month,
        reference,
        tense,
        modifier === 'last' || modifier === 'next' ? modifier : null,
      );
    push(match as RegExpExecArray, isoMonth(year, month));
  }
  return found;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+((?:19|20)\\d\\d))?';
const RANGE_WORD = '\\s*(?:-|–|to|until|through|and)\\s*';
/** The written forms news uses: "April 25", "May 19, 2023", "6 March", "March 6 to 10", "20-21 June". */
const DAY_PATTERNS: ReadonlyArray<{
  pattern: RegExp;
  read: (m: RegExpExecArray) => [string, string, string, string | null, string | null];
}> = [
  {
    pattern: new RegExp(
      `\\b(${MONTH_NAME})\\s+${DAY}${RANGE_WORD}(?:(${MONTH_NAME})\\s+)?${DAY}\\b${YEAR}`,
      'g',
    ),
    read: (m) => [m[1]!, m[2]!, m[5] ?? '', m[3] ?? m[1]!, m[4]!],
  },
  {
    pattern: new RegExp(`\\b${DAY}${RANGE_WORD}${DAY}\\s+(${MONTH_NAME})${YEAR}`, 'g'),
    read: (m) => [m[3]!, m[1]!, m[4] ?? '', m[3]!, m[2]!],
  },
  {
    pattern: new RegExp(`\\b(${MONTH_NAME})\\s+${DAY}\\b${YEAR}`, 'g'),
    read: (m) => [m[1]!, m[2]!, m[3] ?? '', null, null],
  },
  {
    pattern: new RegExp(`\\b${DAY}\\s+(${MONTH_NAME})${YEAR}`, 'g'),
    read: (m) => [m[2]!, m[1]!, m[3] ?? '', null, null],
  },
];

function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? isoDay(date) : null;
}

/** Day-precise dates in the written forms news uses; null when a form is not one of them. */
function writtenDays(sentence: string, reference: Date | null): Found[] {
  const found: Found[] = [];
  for (const { pattern, read } of DAY_PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      if (
        found.some(
          (f) => match.index < f.at + f.text.length && f.at < match.index + match[0].length,
        )
      )
        continue;
      const [monthName, day, yearText, endMonthName, endDay] = read(match as RegExpExecArray);
      const month = monthFromName(monthName);
      if (month === 0) continue;
      let year = Number(yearText);
      if (!yearText) {
        if (!reference) continue;
        // A day written without its year is the nearest such day, before or after.
        year = yearForMonth(month, reference, null, null);
      }
      const date = isoFromParts(year, month, Number(day));
      if (!date) continue;
      let endDate: IsoDate | null = null;
      if (endMonthName && endDay) {
        const endMonth = monthFromName(endMonthName);
        endDate = isoFromParts(endMonth < month ? year + 1 : year, endMonth, Number(endDay));
        if (endDate && endDate <= date) endDate = null;
      }
      found.push({ at: match.index, text: match[0], date, endDate });
    }
  }
  return found;
}

function absoluteDates(sentence: string, reference: Date | null, tense: Tense | null): Found[] {
  const found: Found[] = [];
  const written = HAS_DAY_NUMBER.test(sentence) ? writtenDays(sentence, reference) : [];
  found.push(...written);
  // Forms the patterns above do not know go to chrono-node.
  if (written.length === 0 && HAS_DAY_NUMBER.test(sentence)) {
    const instant = reference ?? new Date(Date.UTC(2000, 0, 1));
    for (const result of theChrono().parse(
      sentence,
      { instant, timezone: 0 },
      { forwardDate: tense === 'future' },
    )) {
      const { start } = result;
      if (!start.isCertain('day') || !start.isCertain('month')) continue;
      if (!start.isCertain('year') && !reference) continue;
      const year = start.get('year')!;
      const date = `${year}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
      let endDate: IsoDate | null = null;
      if (result.end?.isCertain('day')) {
        endDate = `${result.end.get('year')}-${pad(result.end.get('month')!)}-${pad(result.end.get('day')!)}`;
      }
      found.push({
        at: result.index,
        text: result.text,
        date,
        endDate: endDate && endDate > date ? endDate : null,
      });
    }
  }
  // "in July 2023", "in 2024": month or year with the year written out.
  const monthYear = new RegExp(`\\b(${MONTH_NAME})\\s+((?:19|20)\\d\\d)\\b`, 'g');
  for (const match of sentence.matchAll(monthYear)) {
    if (found.some((f) => f.at <= match.index && match.index < f.at + f.text.length)) continue;
    found.push({
      at: match.index,
      text: match[0],
      date: isoMonth(Number(match[2]), monthFromName(match[1]!)),
      endDate: null,
    });
  }
  for (const match of sentence.matchAll(/\b(?:in|of|by|during)\s+((?:19|20)\d\d)\b/g)) {
    // A bare year far from the reference is history ("flattened … in 1945"), not a meeting date.
    if (!reference || Math.abs(Number(match[1]) - reference.getUTCFullYear()) > MAX_YEAR_DISTANCE)
      continue;
    found.push({ at: match.index, text: match[0], date: match[1]!, endDate: null });
  }
  return found;
}

/**
 * The dates a sentence gives, resolved against the reference date (the briefing's publication
 * date, or the date of its meeting when the briefing has none). Relative expressions need a
 * reference; without one only dates with a written year are returned.
 */
export function findDates(
  sentence: string,
  reference: IsoDate | null,
  tense: Tense | null,
): DateMention[] {
  if (!MAY_HAVE_DATE.test(sentence)) return [];
  const ref = reference ? parseIso(reference) : null;
  const absolute = absoluteDates(sentence, ref, tense);
  const relative = relativeDates(sentence, ref, tense).filter(
    (rel) =>
      !absolute.some(
        (abs) => rel.at < abs.at + abs.text.length && abs.at < rel.at + rel.text.length,
      ),
  );
  const mentions: DateMention[] = [];
  let coveredUntil = -1;
  for (const f of [...absolute, ...relative].sort(
    (a, b) => a.at - b.at || b.text.length - a.text.length,
  )) {
    if (f.at < coveredUntil) continue;
    coveredUntil = f.at + f.text.length;
    const before = sentence.slice(Math.max(0, f.at - 80), f.at);
    const after = sentence.slice(f.at + f.text.length);
    const role: DateRole =
      SINCE_BEFORE.test(before) && /\bsince\s/i.test(before)
        ? 'since'
        : SPEECH_BEFORE.test(before.slice(-40)) || SPEECH_THAT_AFTER.test(after)
          ? 'speech'
          : 'event';
    mentions.push({
      date: f.date,
      endDate: f.endDate,
      precision: precisionOf(f.date),
      at: f.at,
      text: f.text,
      role,
    });
  }
  return mentions;
}

const FUTURE =
  /\b(?:will|shall|is to|are to|scheduled|due to|set to|expected to|likely to|plans? to|to be held|would (?:meet|hold|run|be held|open|take place|travel|attend|join|host|sit down|convene|continue))\b/i;

/** Whether a sentence speaks of something still to come. */
export function tenseOf(sentence: string): Tense {
  return FUTURE.test(sentence) ? 'future' : 'past';
}
