import type { Sentence } from '../types.js';

/** A sentence's place in its paragraph, before it is given a kind. */
export type SentenceSpan = Pick<Sentence, 'index' | 'start' | 'end' | 'text'>;

/**
 * Words that end with a period without ending a sentence. Folded to lower case, without the
 * final period. Titles and months are followed by a capitalised name, which is why they fool
 * a naive splitter.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr adm sgt rep sen gov pres amb rev hon st mt ft ' +
    'jr sr no nos vol inc ltd co corp dept univ vs etc approx est fig jan feb mar apr jun jul ' +
    'aug sep sept oct nov dec'
  ).split(' '),
);

/**
 * After a dotted acronym ("U.S.", "a.m.") a sentence usually goes on; it ends there only
 * when the next word is one that typically opens a sentence.
 */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  (
    'the a an this that these those it its he she they we i in on at but and however ' +
    'meanwhile there his her their earlier later after before when while as if some many'
  ).split(' '),
);

/** Characters that may close a sentence after its final punctuation. */
const CLOSERS = '"”’\')]»';
/** Characters that may open a sentence before its first letter. */
const OPENERS = '"“‘\'([«';

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** The word that ends right before `end` (letters and inner periods), e.g. "U.S" or "Gen". */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function wordAfter(text: string, start: number): string {
  const match = /^[\p{L}']+/u.exec(text.slice(start, start + 40));
  return match ? match[0] : '';
}

/**
 * Decides whether the terminal punctuation run text[at..after) ends a sentence, given that
 * the next sentence would start at `next`.
 */
function endsSentence(text: string, at: number, next: number): boolean {
  const mark = text[at]!;
  if (mark !== '.') return true; // ! and ? always end a sentence when followed by a capital
  const word = wordBefore(text, at);
  const bare = word.replace(/^\.+/, '');
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return false;
  const following = wordAfter(text, next).toLowerCase();
  // A single capital letter is an initial ("Joseph R. Biden").
  if (bare.length === 1 && isUpper(bare)) return false;
  // Dotted acronyms: "U.S", "a.m", "U.N".
  if (bare.includes('.')) return SENTENCE_OPENERS.has(following);
  return true;
}

/**
 * Splits a paragraph into sentences with their offsets. Handles abbreviations, initials,
 * dotted acronyms, decimals, closing quotes and a missing space after a period
 * ("dynamics.Quadrilateral").
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = skipSpace(paragraph, 0);
  let i = start;
  while (i < paragraph.length) {
    const ch = paragraph[i]!;
    if (ch === '.' || ch === '!' || ch === '?') {
      let end = i + 1;
      while (end < paragraph.length && '.!?'.includes(paragraph[end]!)) end++;
      while (end < paragraph.length && CLOSERS.includes(paragraph[end]!)) end++;
      const gap = skipSpace(paragraph, end);
      let next = gap;
      while (next < paragraph.length && OPENERS.includes(paragraph[next]!)) next++;
      const nextChar = paragraph[next] ?? '';
      const glued =
        gap === end &&
        ch === '.' &&
        i >= 2 &&
        isLower(paragraph[i - 1]!) &&
        isLower(paragraph[i - 2]!) &&
        isUpper(nextChar) &&
        isLower(paragraph[next + 1] ?? '');
      const spaced = gap > end && (isUpper(nextChar) || isDigit(nextChar) || next > gap);
      if ((glued || spaced) && endsSentence(paragraph, i, next)) {
        pushSentence(sentences, paragraph, start, end);
        start = gap;
        i = gap;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  pushSentence(sentences, paragraph, start, paragraph.length);
  return sentences;
}

/** Longest parenthetical that reads as a photo or agency credit rather than a sentence. */
const MAX_CREDIT_CHARS = 40;
const isCredit = (text: string): boolean =>
  text.length <= MAX_CREDIT_CHARS && text.startsWith('(') && text.endsWith(')');

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function pushSentence(
  sentences: SentenceSpan[],
  paragraph: string,
  start: number,
  end: number,
): void {
  let last = end;
  while (last > start && /\s/u.test(paragraph[last - 1]!)) last--;
  if (last <= start) return;
  const previous = sentences.at(-1);
  // A trailing credit such as "(AA)" or "(Pool/Reuters)" belongs to the sentence before it.
  if (previous && isCredit(paragraph.slice(start, last))) {
    sentences[sentences.length - 1] = {
      ...previous,
      end: last,
      text: paragraph.slice(previous.start, last),
    };
    return;
  }
  sentences.push({
    index: sentences.length + 1,
    start,
    end: last,
    text: paragraph.slice(start, last),
  });
}
