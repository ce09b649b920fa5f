import { memoize } from './memoize.js';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ı: 'i',
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
  ŋ: 'n',
};
const COMBINING_MARKS = /\p{M}/gu;
const FOLDABLE = /[ıßøæœđłþðŋ]/g;
const APOSTROPHES = /[’‘`´ʼ]/g;
/** Printable ASCII without the grave accent: folding it only lowers the case. */
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;
const foldMemo = memoize(foldText);

function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(APOSTROPHES, "'");
}

/**
 * Lower case without diacritics, one apostrophe: "Türkiye" → "turkiye", "Çavuşoğlu" →
 * "cavusoglu", "Lan Fo’an" → "lan fo'an". The one folding every part of the product uses,
 * so that search, extraction and evaluation agree on what is the same word.
 */
export function fold(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : foldMemo(text);
}
