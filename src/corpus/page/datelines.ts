import type { Dateline, IsoDate } from '../../types.js';
import { isRealDate, isoDate, MONTHS_FOLDED } from '../calendar.js';

/**
 * Datelines: where a report was filed, at the start of its first paragraph — "NEW DELHI:",
 * "ISTANBUL —", "SOCHI (AA) -", "GENEVA, Jan 21 (Reuters) –", "DOHA, Qatar —",
 * "(CNN Spanish) —". Read as the filing place: never part of a person's name, and not by
 * itself a meeting's place.
 */

/** Upper-case place words: "NEW DELHI", "AL-ULA", "RAMSTEIN AIR BASE". */
const PLACE_CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}(?:\s+\p{Lu}[\p{Lu}\p{M}'’.-]*){0,3}`;
/** After the place: ", Qatar", ", Jan 21", ", Aug. 31" — a country, a state or a date. */
const QUALIFIER = String.raw`(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{L}\d.]+){0,2}(?:,?\s+(?:19|20)\d\d)?)?`;
/** A filing date standing first: "Jan. 18, 2022", "18 January 2022". */
const MONTH_WORD = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const DATE_FIRST = String.raw`(?:${MONTH_WORD}\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+${MONTH_WORD},?\s+(?:19|20)\d\d)`;
/** An agency in brackets: "(AA)", "(Reuters)", "(CNN Spanish)". */
const AGENCY = String.raw`(?:\s*\(\p{Lu}[\p{L}\s.]{0,24}\))?`;
/** The separator: a colon, a dash of any length, "--". */
const SEPARATOR = String.raw`\s*(?::|--|[-–—])\s+`;

const DATELINE = new RegExp(
  `^(${PLACE_CAPS})${QUALIFIER}${AGENCY}${SEPARATOR}(?=["“‘'(]?\\p{L}|\\d)`,
  'u',
);
/** "Addis Ababa, Ethiopia | Xinhua |": a place and an agency between bars. */
const BARRED =
  /^(\p{Lu}[\p{L}'’.-]*(?:[\s,]+\p{Lu}[\p{L}'’.-]*){0,3})\s*\|\s*\p{Lu}[\p{L}\s.]{0,24}\|\s*/u;
const DATE_ONLY = new RegExp(
  `^${DATE_FIRST}${AGENCY}${SEPARATOR.replace('\\s+', '\\s*')}(?=\\p{L}|["“])`,
  'u',
);
const AGENCY_ONLY = new RegExp(`^\\(\\p{Lu}[\\p{L}\\s.]{0,24}\\)${SEPARATOR}(?=\\p{L}|["“])`, 'u');

/** ", Jan 21", ", Aug. 31, 2022": the filing date beside the place, not part of it. */
const DATE_QUALIFIER = new RegExp(`,\\s*${MONTH_WORD}\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d\\d)?\\s*$`);

/** The date a dateline prints, when it gives day, month and year. */
function filingDate(text: string): IsoDate | null {
  const match =
    /\b([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/.exec(text) ??
    /\b(\d{1,2})\s+([A-Z][a-z]{2})[a-z]*\.?,?\s+((?:19|20)\d\d)\b/.exec(text);
  if (!match) return null;
  const [monthText, dayText] = /^\d/.test(match[1]!)
    ? [match[2]!, match[1]!]
    : [match[1]!, match[2]!];
  const month = MONTHS_FOLDED.findIndex((name) => name.startsWith(monthText.toLowerCase())) + 1;
  const [year, day] = [Number(match[3]), Number(dayText)];
  return month > 0 && isRealDate(year, month, day) ? isoDate(year, month, day) : null;
}

/** Fewest letters in a dateline's place: "UN:" or "US -" open sentences, not datelines. */
const MIN_PLACE_LETTERS = 4;

/** The dateline at the start of a paragraph, if it has one. */
export function readDateline(paragraph: string): Dateline | null {
  const barred = BARRED.exec(paragraph);
  if (barred) return { place: barred[1]!, date: null, end: barred[0].length };
  const dated = DATE_ONLY.exec(paragraph);
  if (dated) return { place: null, date: filingDate(dated[0]), end: dated[0].length };
  const agency = AGENCY_ONLY.exec(paragraph);
  if (agency) return { place: null, date: null, end: agency[0].length };
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const place = match[1]!;
  if (place.replace(/[^\p{L}]/gu, '').length < MIN_PLACE_LETTERS) return null;
  const printed = match[0]
    .replace(new RegExp(`${AGENCY}${SEPARATOR}$`, 'u'), '')
    .replace(DATE_QUALIFIER, '')
    .trim();
  return { place: printed, date: filingDate(match[0]), end: match[0].length };
}
