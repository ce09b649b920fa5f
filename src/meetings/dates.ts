import type { IsoDate } from '../types.js';

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
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
