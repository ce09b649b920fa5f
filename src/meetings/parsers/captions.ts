import type { DocSentence } from '../doc/annotate.js';

/**
 * How a photo caption is read for who took part. A caption shows people; it is evidence of
 * attendance when it has no verb ("A and B during their talks in C, Tuesday", a "From left:"
 * roster) or when its people do what its verbs say at the meeting it names — not when they
 * are the ones greeting or receiving others ("A and B are received by C").
 */
export interface CaptionReading {
  /** No verb in the caption's own words (positions such as "From left" aside). */
  readonly verbless: boolean;
}

/** Words of a photo's positions that the tagger may read as verbs: "From left:". */
const POSITION_WORDS = /^(?:left|right|centre|center|front|back)$/i;

/** Verbs of receiving guests: their agent in a caption greets, without being said to take part. */
export const CAPTION_GREETING: ReadonlySet<string> = new Set(['receive', 'welcome', 'greet']);

export function readCaption(sentence: DocSentence): CaptionReading {
  const { tokens, from } = sentence.reading;
  const inMention = (at: number, end: number) =>
    sentence.people.some((person) => at >= person.mentionAt && end <= person.mentionEnd);
  const verbless = !tokens.some(
    (token) =>
      token.at >= from &&
      (token.pos === 'VERB' || token.pos === 'AUX') &&
      !inMention(token.at, token.end) &&
      !POSITION_WORDS.test(token.text),
  );
  return { verbless };
}
