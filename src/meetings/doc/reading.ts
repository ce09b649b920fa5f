import { tagText } from '../../nlp/tagger.js';
import type { SentenceReading } from './types.js';

/**
 * A sentence read once: its tokens tagged by wink-nlp, offsets counted in the whole sentence
 * so that a dateline before `from` is kept out of every reader's sight.
 */
export function readSentence(text: string, from = 0): SentenceReading {
  const own = text.slice(from);
  const tokens = tagText(own).map((token) => ({
    ...token,
    at: token.at + from,
    end: token.end + from,
  }));
  return { text, from, tokens };
}
