import { findPolity, maxPolityWords, mayStartPolity } from '../meetings/places/gazetteer.js';
import { fold, type Token } from '../search/terms.js';

/**
 * How text about meetings becomes index keys, the same for a meeting's fields and a query:
 * the search's own words (folded, spelling unified, stemmed: src/search/terms.ts), and a
 * country or organisation named in any of its spellings ("Turkish", "Türkiye", "AU",
 * "African Union") also as one key of its own.
 */

/** One key a piece of text yields, with the folded word it came from (for typos and prefixes). */
export interface KeyedWord {
  readonly key: string;
  /** The folded word as written, or null for a key of several words (a country's name). */
  readonly word: string | null;
}

/** Codes are written in capitals ("UK", "UAE"); a search box is typed in lower case. */
const MAX_CODE_LETTERS = 3;

/** The key a country or organisation is known under, whatever name the text gives it. */
export const polityKey = (name: string): string => `@${fold(name)}`;

function polityOf(phrase: string): string | null {
  const polity =
    findPolity(phrase) ??
    (phrase.length <= MAX_CODE_LETTERS && !phrase.includes(' ')
      ? findPolity(phrase.toUpperCase())
      : null);
  return polity ? polityKey(polity.name) : null;
}

/**
 * The longest country or organisation name starting at token `at`: its key and how many
 * tokens it spans, or null.
 */
export function polityAt(
  tokens: readonly Token[],
  at: number,
): { key: string; length: number } | null {
  const first = tokens[at]!.word;
  const mayStart =
    mayStartPolity(first) ||
    (first.length <= MAX_CODE_LETTERS && mayStartPolity(first.toUpperCase()));
  if (!mayStart) return null;
  const longest = Math.min(maxPolityWords(), tokens.length - at);
  for (let length = longest; length >= 1; length--) {
    const phrase = tokens
      .slice(at, at + length)
      .map((token) => token.word)
      .join(' ');
    const key = polityOf(phrase);
    if (key) return { key, length };
  }
  return null;
}

/**
 * The keys of a field's tokens: every word's own term, and each country or organisation
 * named also as its polity key (so "Turkish" and "Türkiye" meet, and "AU" finds "African
 * Union" while "Union" alone still finds it too).
 */
export function keysOfTokens(tokens: readonly Token[], polities: boolean): KeyedWord[] {
  const keys: KeyedWord[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (polities) {
      const polity = polityAt(tokens, at);
      if (polity)
        keys.push({ key: polity.key, word: polity.length === 1 ? tokens[at]!.word : null });
    }
    keys.push({ key: tokens[at]!.term, word: tokens[at]!.word });
  }
  return keys;
}
