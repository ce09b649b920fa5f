import type { PartOfSpeech } from '../../nlp/tagger.js';
import type { Token } from './types.js';

/**
 * A word as written, rebuilt from the tagger's tokens: wink-nlp splits a word at a letter it
 * does not know ("Erdoğan" → "Erdo", "ğ", "an") and at hyphens ("Jae-in" → "Jae", "-", "in"),
 * and cuts the possessive off ("Putin", "'s"). Readers of names and places read words.
 */
export interface Word {
  /** The word without its possessive ending: "Erdoğan", "Jae-in", "Putin". */
  readonly text: string;
  /** Offsets of `text` in the sentence. */
  readonly at: number;
  readonly end: number;
  /** Where the word ends with its possessive ending ("Putin's"): `end` when it has none. */
  readonly after: number;
  /** PROPN when any of its tokens is tagged so, else the first token's tag. */
  readonly pos: PartOfSpeech;
  /** "Putin's", "Abbas'": the word is a possessor. */
  readonly possessive: boolean;
  /** Lower case, final dot removed: "mr", "gen", "u.s". */
  readonly key: string;
}

const LETTER_AT_END = /\p{L}$/u;
const LETTER_AT_START = /^\p{L}/u;
const HYPHEN = /^[-‐‑]$/;
const POSSESSIVE_TOKEN = /^['’]s$/i;
const APOSTROPHE = /^['’]$/;
const POSSESSIVE_ENDING = /^(.{2,})['’]s$/isu;

/** The words of a sentence's tokens, in order. */
export function wordsOf(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let end = first.end;
    let propn = first.pos === 'PROPN';
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next || next.at !== end || !LETTER_AT_END.test(text.slice(end - 1, end))) break;
      if (LETTER_AT_START.test(next.text)) {
        end = next.end;
        propn ||= next.pos === 'PROPN';
        j++;
        continue;
      }
      const after = tokens[j + 1];
      if (HYPHEN.test(next.text) && after?.at === next.end && LETTER_AT_START.test(after.text)) {
        end = after.end;
        propn ||= after.pos === 'PROPN';
        j += 2;
        continue;
      }
      break;
    }
    let written = text.slice(first.at, end);
    let after = end;
    let possessive = false;
    const next = tokens[j];
    if (next?.at === end && POSSESSIVE_TOKEN.test(next.text)) {
      possessive = true;
      after = next.end;
      j++;
    } else if (
      next?.at === end &&
      APOSTROPHE.test(next.text) &&
      /s$/i.test(written) &&
      tokens[j + 1]?.at !== next.end
    ) {
      possessive = true;
      after = next.end;
      j++;
    } else {
      const ending = POSSESSIVE_ENDING.exec(written);
      if (ending && LETTER_AT_END.test(ending[1]!)) {
        written = ending[1]!;
        end -= 2;
        possessive = true;
      }
    }
    words.push({
      text: written,
      at: first.at,
      end,
      after,
      pos: propn ? 'PROPN' : first.pos,
      possessive,
      key: written.toLowerCase().replace(/\.$/, ''),
    });
    i = j;
  }
  return words;
}
