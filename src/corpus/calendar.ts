/** English month names, January first: month N of an ISO date is `MONTH_NAMES[N - 1]`. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The same, in lower case, for matching folded text. */
export const MONTHS_FOLDED: readonly string[] = MONTH_NAMES.map((name) => name.toLowerCase());

/** "April" for month 4 of an ISO date ("2023-04-25"), or undefined. */
export const monthName = (month: number): string | undefined => MONTH_NAMES[month - 1];

/** "25 April 2023", "19–21 May 2023", "May 2023", "2023". */
export function formatDate(date: string | null, endDate: string | null = null): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTH_NAMES[Number(m) - 1]!;
  if (!d) return `${month} ${y}`;
  if (endDate && endDate.length === 10 && endDate !== date) {
    const [ey, em, ed] = endDate.split('-');
    if (ey === y && em === m) return `${Number(d)}–${Number(ed)} ${month} ${y}`;
    return `${Number(d)} ${month} – ${Number(ed)} ${MONTH_NAMES[Number(em) - 1]} ${ey}`;
  }
  return `${Number(d)} ${month} ${y}`;
}

/** True when year-month-day is a day of the calendar (no 30 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** "2023-04-25" from its numbers. */
export const isoDate = (year: number, month: number, day: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
