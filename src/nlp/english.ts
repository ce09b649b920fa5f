import { createRequire } from 'node:module';
import { englishModel } from '../io/englishModel.js';

/**
 * The one wink-nlp instance of a process, with its English model, loaded on first use: the
 * sentence tagger and the question reader share it, so the model is read once. Only what
 * they read is run on a text: sentence breaks, negation, parts of speech (not named entities,
 * sentiment or custom entities, which tag nothing they read).
 */
const PIPE = ['sbd', 'negation', 'pos'];

/** A string no English text holds, read first to find where the vocabulary ends. */
const UNSEEN_WORD = 'qzxjvqzxjv';

interface WinkTokens {
  out(what?: unknown): unknown[];
}
interface WinkDoc {
  tokens(): WinkTokens;
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { uniqueId: unknown };
}

let loaded: { readonly nlp: unknown; readonly vocabularyEnd: number } | null = null;

/**
 * wink-nlp with the English model, and where the model's own vocabulary ends: wink-nlp numbers
 * the words of its lexicon first and appends every unknown word after them, so the first
 * unknown word read (before any text) is numbered where the vocabulary ends.
 */
export function english(): { readonly nlp: unknown; readonly vocabularyEnd: number } {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const winkNlp = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
    const nlp = winkNlp(englishModel(), PIPE);
    const ids = nlp.readDoc(UNSEEN_WORD).tokens().out(nlp.its.uniqueId) as number[];
    loaded = { nlp, vocabularyEnd: ids.length === 1 ? ids[0]! : Number.POSITIVE_INFINITY };
  }
  return loaded;
}
