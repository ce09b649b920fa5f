import { hasVerb, tagText } from '../../nlp/tagger.js';
import type { PassageKind } from '../../types.js';
import { ENDS_SENTENCE, type TextUnit } from '../lines.js';
import { isCaption } from './captions.js';
import { bareDateLabel, type DateLine, type PageDateLabel, readDateLine } from './pageDates.js';
import {
  type FurnitureSign,
  isBreadcrumbTrail,
  isByline,
  isControl,
  isLabelLine,
  isLoneDateline,
  isSymbols,
} from './furniture.js';

/** A unit's kind, with why it is furniture and, for a date line, the dates it shows. */
export interface UnitReading {
  readonly kind: PassageKind;
  readonly furniture: FurnitureSign | null;
  readonly dateLine: DateLine | null;
  /** The last sentence of the page, cut off where the page was saved. */
  readonly cutOff: boolean;
}

/** Fewest words of a sentence that opens the report (shorter ones may be a page's notices). */
const MIN_REPORT_WORDS = 4;
/** Longest line read as a title (headline or sub-heading), in words. */
const MAX_TITLE_WORDS = 20;
/** A line this short (in words) with no verb, before the report or after it, is a page's label. */
const MAX_LABEL_WORDS = 3;
/** A sentence above the page's title reads as its lead photo's caption up to this many words. */
const MAX_CAPTION_LEAD_WORDS = 60;
/** A caption shows; a report attributes. Reporting verbs of English in general. */
const ATTRIBUTION = /\b(?:according to|said|says|told|tells|announced|reported|added)\b/i;
/** Link lists: this many short lines in a row ("Facebook", "Twitter", …). */
const MIN_LINK_RUN = 3;
const MAX_LINK_WORDS = 2;
/** After the report, lines shorter than this (in words) are the page's own, once furniture began. */
const MIN_PAGE_END_BODY_WORDS = 25;
/** Furniture lines in a row after the report that mark where the page's own end begins. */
const MIN_PAGE_END_RUN = 2;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A sentence ends inside the line: "… soon. AGENCY" is text with a tag, not a title. */
const INNER_SENTENCE_END = /\p{Ll}[.!?]["”’]?\s+\p{Lu}/u;

const isTitleLike = (text: string): boolean =>
  !ENDS_SENTENCE.test(text) &&
  !/[,;]$/.test(text) &&
  wordCount(text) <= MAX_TITLE_WORDS &&
  !INNER_SENTENCE_END.test(text);

/** A line that opens the report: a sentence of some length, or long text without an end mark. */
const isReportText = (text: string): boolean =>
  (ENDS_SENTENCE.test(text) && wordCount(text) >= MIN_REPORT_WORDS) ||
  wordCount(text) > MAX_TITLE_WORDS ||
  INNER_SENTENCE_END.test(text);

/** Furniture told by the line alone. */
function furnitureOf(
  text: string,
  previousLabel: PageDateLabel | null,
): { sign: FurnitureSign | null; dateLine: DateLine | null } {
  if (bareDateLabel(text)) return { sign: 'dateLine', dateLine: null };
  const dateLine = readDateLine(text, previousLabel ?? 'plain');
  if (dateLine) return { sign: 'dateLine', dateLine };
  if (isSymbols(text)) return { sign: 'symbols', dateLine: null };
  if (isAgencyTag(text)) return { sign: 'byline', dateLine: null };
  if (isLoneDateline(text)) return { sign: 'dateline', dateLine: null };
  if (isByline(text)) return { sign: 'byline', dateLine: null };
  if (isLabelLine(text)) return { sign: 'label', dateLine: null };
  if (isBreadcrumbTrail(text)) return { sign: 'breadcrumb', dateLine: null };
  if (isControl(text)) return { sign: 'control', dateLine: null };
  return { sign: null, dateLine: null };
}

/**
 * Gives every unit of a page its kind. Furniture first, line by line; then runs of short
 * links and repeated lines; then, by position, the headline (the first title before the
 * report), breadcrumbs and labels around the report, sub-headings inside it, the page's own
 * end after it, and a last sentence cut off mid-word.
 */
export function readUnits(units: readonly TextUnit[]): UnitReading[] {
  const texts = units.map((unit) => unit.text);
  const signs: Array<FurnitureSign | null> = [];
  const dateLines: Array<DateLine | null> = [];
  let label: PageDateLabel | null = null;
  for (const text of texts) {
    const read = furnitureOf(text, label);
    signs.push(read.sign);
    dateLines.push(read.dateLine);
    label = bareDateLabel(text);
  }

  // Runs of short lines without an end mark: a list of links or share buttons.
  for (let i = 0; i < texts.length;) {
    let j = i;
    while (
      j < texts.length &&
      wordCount(texts[j]!) <= MAX_LINK_WORDS &&
      !ENDS_SENTENCE.test(texts[j]!) &&
      !units[j]!.heading
    ) {
      j++;
    }
    if (j - i >= MIN_LINK_RUN) for (let k = i; k < j; k++) signs[k] ??= 'linkList';
    i = Math.max(j, i + 1);
  }

  const captions = texts.map((text, i) => signs[i] === null && isCaption(text));

  // A line printed again (alt text then caption, a headline repeated with a credit) counts once.
  const seen = new Set<string>();
  for (let i = 0; i < texts.length; i++) {
    const folded = fold(texts[i]!);
    const next = texts[i + 1];
    const repeatedByNext =
      next !== undefined &&
      folded.length >= 12 &&
      fold(next).startsWith(folded) &&
      next.length > texts[i]!.length;
    if (signs[i] === null && (seen.has(folded) || repeatedByNext)) {
      signs[i] = 'duplicate';
      captions[i] = false;
    }
    seen.add(folded);
  }

  const isReport = (i: number) =>
    signs[i] === null && !captions[i] && !units[i]!.heading && isReportText(texts[i]!);
  let firstReport = texts.findIndex((_, i) => isReport(i));
  // A lone sentence above the page's title is the lead photo's caption (or a kicker): the
  // report starts after the title.
  const title = nextWhere(texts, firstReport + 1, (i) => signs[i] === null);
  if (
    firstReport >= 0 &&
    title >= 0 &&
    !captions[title] &&
    wordCount(texts[firstReport]!) <= MAX_CAPTION_LEAD_WORDS &&
    !ATTRIBUTION.test(texts[firstReport]!) &&
    isTitleLike(texts[title]!) &&
    !isPageLabel(texts[title]!) &&
    nextWhere(texts, title + 1, isReport) >= 0
  ) {
    captions[firstReport] = true;
    firstReport = nextWhere(texts, title + 1, isReport);
  }
  const headerEnd = firstReport < 0 ? texts.length : firstReport;

  const kinds: PassageKind[] = texts.map((text, i) => {
    if (signs[i] !== null) return 'furniture';
    if (captions[i]) return 'caption';
    if (units[i]!.heading) return 'subheading';
    return isTitleLike(text) ? 'subheading' : 'body';
  });

  // Before the report: labels and breadcrumbs ("News", "Home Nation"), then the headline.
  let headline = -1;
  for (let i = 0; i < headerEnd; i++) {
    if (kinds[i] !== 'subheading') continue;
    const text = texts[i]!;
    const titleFollows = kinds.slice(i + 1, headerEnd).some((kind) => kind === 'subheading');
    if (!units[i]!.heading && isPageLabel(text) && (wordCount(text) === 1 || titleFollows)) {
      kinds[i] = 'furniture';
      signs[i] = 'breadcrumb';
      continue;
    }
    if (headline < 0) {
      headline = i;
      kinds[i] = 'headline';
    }
  }
  // A short question or exclamation opening the page is its headline too.
  if (headline < 0 && headerEnd > 0) {
    const first = kinds.findIndex((kind) => kind !== 'furniture');
    if (
      first >= 0 &&
      first < headerEnd &&
      /[?!]["”’]?$/.test(texts[first]!) &&
      wordCount(texts[first]!) <= 15
    ) {
      kinds[first] = 'headline';
    }
  }

  // After the report: where furniture runs and no paragraph of a report follows, the rest is
  // the page's own (share buttons, comment forms, notices).
  for (let i = Math.max(headerEnd, 0) + 1; i + 1 < texts.length; i++) {
    let run = 0;
    while (i + run < texts.length && kinds[i + run] === 'furniture') run++;
    if (run < MIN_PAGE_END_RUN) continue;
    const rest = texts.slice(i + run);
    if (rest.every((text) => wordCount(text) < MIN_PAGE_END_BODY_WORDS)) {
      for (let k = i + run; k < texts.length; k++) {
        if (kinds[k] === 'furniture') continue;
        kinds[k] = 'furniture';
        signs[k] = 'pageEnd';
      }
      break;
    }
    i += run;
  }
  // A short label after the last furniture line ends the page ("See also …", then an author).
  const lastLine = texts.length - 1;
  if (
    lastLine > headerEnd &&
    kinds[lastLine] === 'subheading' &&
    kinds[lastLine - 1] === 'furniture' &&
    isPageLabel(texts[lastLine]!)
  ) {
    kinds[lastLine] = 'furniture';
    signs[lastLine] = 'pageEnd';
  }

  // A page cut off where it was saved: its last line of text stops without an end mark.
  const cutOff = texts.map(() => false);
  const last = lastIndexWhere(kinds, (kind) => kind !== 'furniture');
  if (last >= 0 && last > headerEnd && (kinds[last] === 'body' || kinds[last] === 'subheading')) {
    const text = texts[last]!;
    const before = lastIndexWhere(
      kinds.slice(0, last),
      (kind) => kind !== 'furniture' && kind !== 'caption',
    );
    if (!ENDS_SENTENCE.test(text) && (kinds[last] === 'body' || kinds[before] === 'body')) {
      kinds[last] = 'body';
      cutOff[last] = true;
    }
  }

  return kinds.map((kind, i) => ({
    kind,
    furniture: kind === 'furniture' ? (signs[i] ?? null) : null,
    dateLine: dateLines[i] ?? null,
    cutOff: cutOff[i]!,
  }));
}

/** "AFP", "REUTERS", "AP Photo": a few words with no lower-case letter, standing alone. */
const isAgencyTag = (text: string): boolean => !/\p{Ll}/u.test(text) && wordCount(text) <= 2;

/** A short line with no verb: a section name, a place, an author ("News", "Express News Service"). */
function isPageLabel(text: string): boolean {
  const words = wordCount(text);
  return words === 1 || (words <= MAX_LABEL_WORDS && !hasVerb(tagText(text)));
}

function nextWhere(
  texts: readonly string[],
  from: number,
  test: (index: number) => boolean,
): number {
  for (let i = Math.max(from, 0); i < texts.length; i++) if (test(i)) return i;
  return -1;
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}
