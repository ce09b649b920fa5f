import { stemmer } from 'stemmer';
import { fold } from '../corpus/fold.js';
import { memoize } from '../corpus/memoize.js';

export { fold } from '../corpus/fold.js';

/**
 * Words that carry no meaning for retrieval: question words, auxiliaries, pronouns,
 * determiners, prepositions. Kept short on purpose: news words such as "said", "met" or
 * "after" stay searchable, and IDF weighting demotes the common ones.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without into onto about ' +
    'as than then that this these those there here it its is are was were be been being am ' +
    'do does did done doing have has had having will would shall should can could may might ' +
    'must what when where who whom whose which why how i me my we our us you your he him his ' +
    'she her they them their theirs itself themselves any some all each every such very just ' +
    'also not no yes if up out over again too only own same both other s t tell please ' +
    'know anything something thing things get got'
  ).split(' '),
);

/**
 * Spelling variants that mean the same thing, folded, mapped to one form. Only variants
 * of the language and of the diplomatic vocabulary live here, never names from a corpus.
 */
const VARIANTS: Readonly<Record<string, string>> = {
  turkey: 'turkiye',
  quadripartite: 'quadrilateral',
  fourway: 'quadrilateral',
  tripartite: 'trilateral',
  threeway: 'trilateral',
  trilateralism: 'trilateral',
  usa: 'usa',
  america: 'usa',
  american: 'usa',
  uk: 'britain',
  british: 'britain',
  gray: 'grey',
  program: 'programme',
  // Irregular verb forms a stemmer leaves apart.
  said: 'say',
  says: 'say',
  met: 'meet',
  held: 'hold',
  led: 'lead',
  went: 'go',
  goes: 'go',
  gone: 'go',
  took: 'take',
  spoke: 'speak',
  told: 'tell',
  chose: 'choose',
  chosen: 'choose',
  began: 'begin',
  begun: 'begin',
  sought: 'seek',
  brought: 'bring',
  flew: 'fly',
  wrote: 'write',
  written: 'write',
};

/** British → one spelling, applied to both index and query so only consistency matters. */
function unifySpelling(word: string): string {
  if (word.length < 5) return word;
  return word
    .replace(/isation(s?)$/, 'ization$1')
    .replace(/^(.{4,})is(e|ed|es|ing)$/, '$1iz$2')
    .replace(/^(def|off|lic|pret)ence(s?)$/, '$1ense$2')
    .replace(/^(.{2,}[^aeiou])our(s|ed|ing)?$/, '$1or$2')
    .replace(/^(.{3,})tre(s?)$/, '$1ter$2')
    .replace(/ogue(s?)$/, 'og$1');
}

/** Folds one word to its index term: spelling unified, variants merged, stemmed. */
export function termOf(word: string): string {
  const unified = unifySpelling(VARIANTS[word] ?? word);
  return stemmer(VARIANTS[unified] ?? unified);
}

/** A word as written in the text, with its place: the unit that search highlights. */
export interface Token {
  /** Folded word: "turkiye". */
  readonly word: string;
  /** Index term: "turkiy" (stemmed). */
  readonly term: string;
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*\.?/gu;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$/u;

/**
 * The folded words one raw word of text stands for, stop words included: possessives
 * dropped, dotted acronyms joined ("U.S." → "usa"), hyphenated compounds both joined and in
 * parts ("four-way" → "fourway", "four", "way").
 */
const wordsOfRaw = memoize((raw: string): readonly string[] => {
  if (DOTTED_ACRONYM.test(raw) || /^U\.?S\.?$/.test(raw)) {
    const joined = fold(raw.replace(/\./g, ''));
    return [joined === 'us' ? 'usa' : joined];
  }
  const word = fold(raw).replace(/'s$/, '').replace(/'$/, '');
  if (!/[-'.]/.test(word)) return word ? [word] : [];
  const parts = word.split(/[-'.]/).filter(Boolean);
  return word.includes('-') ? [parts.join(''), ...parts] : parts;
});

const cachedTermOf = memoize(termOf);

/** The raw word of a match, without a sentence-final period ("Moscow." → "Moscow", "U.S." kept). */
function rawWord(match: string): string {
  return match.endsWith('.') && !DOTTED_ACRONYM.test(match) ? match.slice(0, -1) : match;
}

/** Splits text into searchable tokens with their offsets (for queries and highlighting). */
export function tokenize(text: string, keepStopWords = false): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = rawWord(match[0]);
    for (const word of wordsOfRaw(raw)) {
      if (!keepStopWords && STOP_WORDS.has(word)) continue;
      tokens.push({
        word,
        term: cachedTermOf(word),
        start: match.index,
        end: match.index + raw.length,
      });
    }
  }
  return tokens;
}

/** The searchable words of a text, stop words dropped, without offsets: the indexing fast path. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of text.match(WORD) ?? []) {
    for (const word of wordsOfRaw(rawWord(match))) if (!STOP_WORDS.has(word)) words.push(word);
  }
  return words;
}

/** The index term of a folded word (memoised). */
export const indexTermOf = cachedTermOf;

/** The distinct index terms of a text. */
export function termsOf(text: string): string[] {
  return [...new Set(wordsOf(text).map(cachedTermOf))];
}
