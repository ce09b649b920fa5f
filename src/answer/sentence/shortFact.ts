import { fold, indexTermOf, tokenize } from '../../search/terms.js';
import type { QuestionAnalysis } from '../question/analyse.js';
import { DATE, DURATION, FREQUENCY, isPossessive } from './answerTypes.js';
import { findNames, type NameKind } from './names.js';

/** Names are listed "A, B and C", at most this many. */
const MAX_NAMES = 6;
/** A number and the few words after it that say what it counts ("13,000 US troops"). */
const COUNTED_AFTER = 3;

function listOf(items: readonly string[]): string {
  const unique = [...new Set(items)].slice(0, MAX_NAMES);
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** The names of one kind in the sentence that the question does not already give. */
function namesOfKind(sentence: string, kinds: readonly NameKind[], given: readonly string[]) {
  return findNames(sentence)
    .filter((span) => kinds.includes(span.kind))
    .filter(
      (span) =>
        !fold(span.text)
          .split(/[\s-]+/)
          .every((word) => given.includes(word)),
    )
    .map((span) => span.text);
}

const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAYS = `${DAY}(?:\\s*(?:-|–|and|to)\\s*${DAY})?`;
/** A written date, longest forms first: "February 27 and 28, 2019", "25 April 2023", "Tuesday". */
const DATE_PHRASE = new RegExp(
  [
    `(?:${WEEKDAY_NAME},?\\s+)?${MONTH_NAME}\\s+${DAYS}(?:,?\\s+\\d{4})?`,
    `(?:${WEEKDAY_NAME},?\\s+)?${DAYS}\\s+${MONTH_NAME}(?:,?\\s+\\d{4})?`,
    `${MONTH_NAME}\\s+\\d{4}`,
    WEEKDAY_NAME,
  ].join('|'),
);

/** A verb of saying after a name: the name speaks ("Ankara said"), it is not where. */
const SPEAKS = /^\s+(?:said|says|told|tells|announced|stated|added|reported|confirmed)\b/;

/** "the Grand Harbour Hotel in Bergen": places written together stay as written. */
function placeOf(sentence: string, given: readonly string[]): string | null {
  const fresh = findNames(sentence).filter(
    (span) =>
      !fold(span.text)
        .split(/[\s-]+/)
        .every((word) => given.includes(word)),
  );
  // A place proper ("Moscow", "the Kremlin") before a country, unless the country is where
  // something happens ("in Qatar") rather than who takes part ("ministers of Russia").
  const inCountry = (span: (typeof fresh)[number]) =>
    span.kind === 'country' &&
    !isPossessive(sentence, span) &&
    /\b(?:in|at)\s+(?:the\s+)?$/.test(sentence.slice(0, span.start));
  const places = fresh.filter((span) => span.kind === 'place');
  if (places.length === 0) places.push(...fresh.filter(inCountry));
  const first = places[0];
  if (!first) return null;
  let end = first.end;
  for (const next of fresh.filter((span) => span.start > first.start)) {
    if (next.kind !== 'place' && next.kind !== 'country') break;
    // "…talks in Moscow, Ankara said": the capital that speaks is its government, no place.
    if (SPEAKS.test(sentence.slice(next.end))) break;
    if (!/^(?:,\s*|\s+in\s+(?:the\s+)?|\s+of\s+)$/.test(sentence.slice(end, next.start))) break;
    end = next.end;
  }
  return sentence.slice(first.start, end);
}

/** The first match of a pattern, as written in the sentence. */
const firstMatch = (sentence: string, pattern: RegExp) => pattern.exec(sentence)?.[0] ?? null;

/** "roughly 12,000 troops": a number, with the words up to the thing counted. */
function countOf(sentence: string, thing: string | null): string | null {
  const tokens = tokenize(sentence, true);
  const thingTerm = thing ? indexTermOf(fold(thing)) : null;
  for (const [k, token] of tokens.entries()) {
    if (!/^\d/.test(token.word) || /^(?:19|20)\d\d$/.test(token.word)) continue;
    const after = tokens.slice(k + 1, k + 1 + COUNTED_AFTER);
    const counted = after.findIndex((other) => other.term === thingTerm);
    const end = counted >= 0 ? after[counted]!.end : token.end;
    // Digits grouped with commas ("13,000") are one number.
    let stop = end;
    while (/^,\d{3}/.test(sentence.slice(stop))) stop += 4;
    return sentence.slice(token.start, Math.max(stop, end));
  }
  return null;
}

/**
 * The short fact a question asks for, as written in the sentence that answers it: the
 * names for "who", the date for "when", the number for "how many"… Null when the question
 * asks for no such fact (why, what did they say) or the sentence holds none.
 */
export function shortFact(sentence: string, analysis: QuestionAnalysis): string | null {
  const given = tokenize(analysis.text).map((token) => token.word);
  let fact: string | null;
  switch (analysis.answerType) {
    case 'person':
      fact = listOf(namesOfKind(sentence, ['person'], given));
      break;
    case 'organisation':
      fact = listOf(namesOfKind(sentence, ['organisation'], given));
      break;
    case 'country':
      fact = listOf(namesOfKind(sentence, ['country'], given));
      break;
    case 'place':
      fact = placeOf(sentence, given);
      break;
    case 'date':
      fact = firstMatch(sentence, DATE_PHRASE) ?? firstMatch(sentence, DATE);
      break;
    case 'duration':
      fact = firstMatch(sentence, DURATION);
      break;
    case 'frequency':
      fact = firstMatch(sentence, FREQUENCY);
      break;
    case 'number':
      fact = countOf(sentence, analysis.askedForIsType ? null : analysis.askedFor);
      break;
    default:
      fact = null;
  }
  return fact ? fact : null;
}
