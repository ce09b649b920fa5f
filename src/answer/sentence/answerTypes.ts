import { findPolity } from '../../meetings/places/gazetteer.js';
import { fold, indexTermOf, tokenize } from '../../search/terms.js';
import type { AnswerType, QuestionAnalysis } from '../question/analyse.js';
import { doerIn } from './doer.js';
import { findNames, type NameSpan } from './names.js';

/** Month names; "May" only with its capital (see `MAY`), as "may" is mostly a verb. */
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MAY = /\bMay\b/;
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a few|several|a couple of|dozens? of';
const UNIT = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?';

/** A date or time: "on Tuesday", "25 April", "in 2023", "next month", "within two months". */
export const DATE = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY}|(?:19|20)\\d\\d|today|tonight|yesterday|tomorrow|` +
    '(?:next|last|this|earlier this|later this|coming|previous) (?:week|month|year|spring|summer|autumn|fall|winter|round|weekend)|' +
    `within (?:\\w+ )?(?:${UNIT})|(?:first|second|latter) half|(?:early|mid|late)[ -]\\w+|` +
    `(?:\\d+|${NUMBER_WORD}) (?:${UNIT}) (?:ago|later|earlier|before|after)|\\d{1,2}:\\d\\d|` +
    'the end of the (?:year|month|week)|spring|summer|autumn|winter)\\b',
  'i',
);
/** A length of time: "for three hours", "90 minutes", "a two-day visit", "overnight". */
export const DURATION = new RegExp(
  `\\b(?:(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORD}|an?|half an?)[ -](?:${UNIT.replace(/s\?/g, 's?')})|` +
    `(?:\\d+|${NUMBER_WORD})-(?:day|hour|minute|week|month|year)|overnight|all day|all night|` +
    'hours-long|days-long|lengthy|brief(?:ly)?)\\b',
  'i',
);
/** How often: "every two years", "twice a year", "annual", "monthly", "each spring". */
export const FREQUENCY = new RegExp(
  `\\b(?:every|each) (?:\\w+ )?(?:${UNIT}|spring|summer|autumn|winter)|` +
    `\\b(?:once|twice|\\w+ times) (?:a|per|every|each) \\w+|` +
    '\\b(?:annual(?:ly)?|yearly|monthly|weekly|daily|biennial(?:ly)?|biannual(?:ly)?|quarterly|regular(?:ly)?|routinely)\\b',
  'i',
);
/** A quantity: digits ("13,000", "8%") or number words ("eight times", "dozens"). */
const NUMBER = new RegExp(
  `\\d|\\b(?:${NUMBER_WORD}|seven|dozen|hundreds|thousands|millions?|billions?|trillions?|twice|double|half|triple)\\b`,
  'i',
);
/** A reason given: "because", "due to", "in protest at", "citing". */
const REASON =
  /\b(?:because|due to|owing to|citing|cited|as a result|in order to|so that|so as to|reasons?|since|amid|given that|in protest|in response to|after|over|following|blamed|aimed at|to avoid|to prevent|for fear)\b/i;
/** Someone's words: a quotation, or a verb of saying. */
const SPEECH =
  /["“”]|\b(?:said|says|told|tells|stated|added|declared|announced|warned|argued|stressed|insisted|claimed|noted|promised|called|urged|described|according to|wrote|tweeted|replied|responded)\b/i;

const NUMBER_TOKEN = new RegExp(
  `^(?:\\d[\\d.,]*%?|${NUMBER_WORD.split('|')
    .filter((word) => !word.includes(' '))
    .join('|')}|seven|dozen|dozens|hundreds|thousands|millions?|billions?)$`,
  'i',
);
const YEAR = /^(?:19|20)\d\d$/;
const TIME_UNIT = new RegExp(`^(?:${UNIT})$`, 'i');
/** Words either side of a number within which the thing counted stands ("12,000 US troops"). */
const COUNTED_WITHIN = 4;

/** Whether the sentence counts the thing asked for: a number near its word ("roughly 12,000 troops"). */
function countsThing(sentence: string, thingTerm: string): boolean {
  const tokens = tokenize(sentence, true);
  return tokens.some((token, k) => {
    if (!NUMBER_TOKEN.test(token.word) || YEAR.test(token.word)) return false;
    // "within 14 months" is a time, not a count of troops.
    const next = tokens[k + 1]?.word;
    if (next && TIME_UNIT.test(next) && !TIME_UNIT.test(thingTerm)) return false;
    const near = tokens.slice(Math.max(0, k - COUNTED_WITHIN), k + COUNTED_WITHIN + 1);
    return near.some((other) => other.term === thingTerm);
  });
}

/** Whether a name is one the question already gives ("who invited Zarif?" is not answered by Zarif). */
function isGiven(span: NameSpan, given: readonly string[]): boolean {
  const words = fold(span.text).split(/[\s-]+/);
  // A person the question names by one of their names ("Modi" for "Narendra Modi") is given.
  if (span.kind === 'person') return words.some((word) => given.includes(word));
  return words.every((word) => given.includes(word));
}

/**
 * Whether a name is a possessor ("*Russia's* capital", "*Norway's* minister"): it says whose
 * something is, not where something happens.
 */
export function isPossessive(sentence: string, span: NameSpan): boolean {
  return /^['’]s?\b/.test(sentence.slice(span.end));
}

/**
 * Kinds of venue reports name with the kind in the name ("the Grand Hotel", "Villa Rosa",
 * "Lancaster House"): for "which hotel", a sentence names one.
 */
const VENUE_NOUNS: ReadonlySet<string> = new Set([
  'hotel',
  'palace',
  'resort',
  'villa',
  'estate',
  'castle',
  'hall',
  'house',
  'residence',
  'guesthouse',
  'centre',
  'center',
]);

/** Whether a sentence names a venue of a kind: the kind capitalised next to another capitalised word. */
function namesVenue(sentence: string, kind: string): boolean {
  const word = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  return new RegExp(`\\p{Lu}[\\p{L}'’-]*\\s+${word}\\b|\\b${word}\\s+\\p{Lu}`, 'u').test(sentence);
}

/**
 * The check a question's answer must pass: the sentence holds the kind of thing asked for,
 * for "how many X" a number near X, and for "who chaired" a person chairing, when the
 * sentence says who chaired.
 */
export function answerCheck(
  analysis: QuestionAnalysis,
  given: readonly string[],
): (sentence: string) => boolean {
  const type = analysis.answerType;
  if (type === 'number' && analysis.askedFor && !analysis.askedForIsType) {
    const thing = indexTermOf(fold(analysis.askedFor));
    return (sentence) => countsThing(sentence, thing);
  }
  const venue = analysis.askedFor?.replace(/s$/, '');
  if (analysis.askedForIsType && venue && VENUE_NOUNS.has(venue)) {
    return (sentence) => namesVenue(sentence, venue);
  }
  const doerVerb = analysis.doerOf;
  if (type === 'person' && doerVerb) {
    return (sentence) => {
      const persons = findNames(sentence).filter(
        (span) => span.kind === 'person' && !isGiven(span, given),
      );
      // A sentence that uses the verb must say a person does it; one that says it another
      // way ("Ada Kowal opened the session" for "who chaired") is read as before.
      return persons.length > 0 && doerIn(sentence, doerVerb, persons) !== 'other';
    };
  }
  return (sentence) => holdsAnswerType(sentence, type, given);
}

/**
 * Whether a sentence holds the kind of thing a question asks for: a person (not a place, a
 * title or an organisation, and not one the question names), a date, a number, a reason…
 * `given` are the question's own words, folded.
 */
export function holdsAnswerType(
  sentence: string,
  type: AnswerType,
  given: readonly string[] = [],
): boolean {
  switch (type) {
    case 'person':
      return findNames(sentence).some((span) => span.kind === 'person' && !isGiven(span, given));
    case 'organisation':
      return findNames(sentence).some(
        (span) => span.kind === 'organisation' && !isGiven(span, given),
      );
    case 'country':
      return findNames(sentence).some(
        (span) =>
          (span.kind === 'country' || findPolity(span.text.split(' ')[0]!) !== null) &&
          !isGiven(span, given),
      );
    case 'place':
      return findNames(sentence).some(
        (span) =>
          (span.kind === 'place' || (span.kind === 'country' && !isPossessive(sentence, span))) &&
          !isGiven(span, given),
      );
    case 'date':
      return DATE.test(sentence) || MAY.test(sentence);
    case 'duration':
      return DURATION.test(sentence);
    case 'frequency':
      return FREQUENCY.test(sentence);
    case 'number':
      return NUMBER.test(sentence);
    case 'reason':
      return REASON.test(sentence);
    case 'speech':
      return SPEECH.test(sentence);
    case 'yesNo':
    case 'thing':
      return true;
  }
}
