import { memoize } from '../corpus/memoize.js';
import { english } from './english.js';

/** Universal part-of-speech tags, as wink-nlp's English model gives them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

/** One token of a tagged text. */
export interface TaggedToken {
  readonly text: string;
  /** Offsets in the text: `text.slice(at, end)` is the token. */
  readonly at: number;
  readonly end: number;
  readonly pos: PartOfSpeech;
  /** The token's base form ("met" → "meet"). */
  readonly lemma: string;
  /** Marked negated by the model ("did not attend" → attend). */
  readonly negated: boolean;
}

interface WinkItems {
  out(what?: unknown): string[];
}
interface WinkDoc {
  tokens(): WinkItems & { out(what: unknown): unknown[] };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; lemma: unknown; negationFlag: unknown; value: unknown; uniqueId: unknown };
}

/**
 * wink-nlp with its English model, loaded on first use: a cached answer never needs it. The
 * model ships inside its npm package; nothing is downloaded.
 */
const theWink = (): WinkNlp => english().nlp as WinkNlp;

function wordId(nlp: WinkNlp, word: string): number {
  const ids = nlp.readDoc(word).tokens().out(nlp.its.uniqueId) as unknown as number[];
  return ids.length === 1 ? ids[0]! : Number.POSITIVE_INFINITY;
}

const isCommonLowerCase = memoize(
  (lower: string) => wordId(theWink(), lower) < english().vocabularyEnd,
);

/**
 * Whether a word, in lower case, is in the English model's vocabulary: "officials", "talks",
 * "moon" are; most personal names ("zarif", "vladimir") are not. Tells a capitalised common
 * word from a name where capitals say nothing (at the start of a sentence, in a headline).
 */
export const isCommonWord = (word: string): boolean => isCommonLowerCase(word.toLowerCase());

/** Tags a short text: tokens with their part of speech, base form and negation. */
export function tagText(text: string): TaggedToken[] {
  const nlp = theWink();
  const tokens = nlp.readDoc(text).tokens();
  const words = tokens.out(nlp.its.value) as string[];
  const tags = tokens.out(nlp.its.pos) as PartOfSpeech[];
  const lemmas = tokens.out(nlp.its.lemma) as string[];
  const negations = tokens.out(nlp.its.negationFlag) as unknown as boolean[];
  let cursor = 0;
  return words.map((word, i) => {
    const found = text.indexOf(word, cursor);
    const at = found < 0 ? cursor : found;
    const end = found < 0 ? cursor : found + word.length;
    cursor = end;
    return {
      text: word,
      at,
      end,
      pos: tags[i]!,
      lemma: lemmas[i] ?? word.toLowerCase(),
      negated: negations[i] === true,
    };
  });
}

/** True when a text holds a verb (not counting auxiliaries alone). */
export function hasVerb(tokens: readonly TaggedToken[]): boolean {
  return tokens.some((token) => token.pos === 'VERB');
}
