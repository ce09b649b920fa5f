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
