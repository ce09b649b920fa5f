import type { ItsFunction, PartOfSpeech, WinkMethods } from 'wink-nlp';
import { english } from '../../nlp/english.js';

/** One word of a question as wink-nlp reads it. */
export interface TaggedWord {
  /** As written. */
  readonly text: string;
  readonly lower: string;
  readonly pos: PartOfSpeech;
  /** Dictionary form ("chaired" → "chair", "talks" → "talk"), lower case. */
  readonly lemma: string;
  /** Inside the scope of a negation ("not", "never", "n't"). */
  readonly negated: boolean;
}

/**
 * wink-nlp with its English model (sentence breaks, part-of-speech tags, negation), shared
 * with the sentence tagger and loaded on first use: loading takes a few hundred milliseconds,
 * which commands that never analyse a question should not pay.
 */
const loadNlp = (): WinkMethods => english().nlp as WinkMethods;

/** Loads the language model now (a bot does this after start, before the first question). */
export function warmUpNlp(): void {
  loadNlp();
}

/** The words of a text, tagged; punctuation is left out. */
export function tagWords(text: string): TaggedWord[] {
  const { readDoc, its } = loadNlp();
  const tokens = readDoc(text).tokens();
  const written = tokens.out();
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  // The typings declare lemma with a signature `out` does not accept; it works at run time.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const negated = tokens.out(its.negationFlag) as boolean[];
  const words: TaggedWord[] = [];
  written.forEach((word, k) => {
    const pos = tags[k]!;
    if (pos === 'PUNCT' || pos === 'SYM' || pos === 'SPACE') return;
    words.push({
      text: word,
      lower: word.toLowerCase(),
      pos,
      lemma: lemmas[k]!.toLowerCase(),
      negated: negated[k]!,
    });
  });
  return words;
}
