import { ROLE_HEADS } from '../../meetings/roles.js';
import { expandContractions } from './contractions.js';
import { type TaggedWord, tagWords } from './nlp.js';

/** What kind of thing answers a question, checked in the sentences that may answer it. */
export type AnswerType =
  | 'person'
  | 'organisation'
  | 'country'
  | 'date'
  | 'duration'
  | 'frequency'
  | 'number'
  | 'place'
  | 'reason'
  | 'speech'
  | 'yesNo'
  /** Anything else ("what did they agree on?"): no check. */
  | 'thing';

/** The fact about a meeting a question asks for, when it asks for one. */
export type MeetingFactKind = 'participants' | 'date' | 'place';

export interface QuestionAnalysis {
  /** The question with its contractions written out. */
  readonly text: string;
  /** What is searched: the text without the words of its question phrase ("how *many*"). */
  readonly searchText: string;
  readonly wh: WhWord | null;
  readonly answerType: AnswerType;
  /** The main verb as written ("chaired") and its dictionary form ("chair"), when there is one. */
  readonly verb: { readonly word: string; readonly lemma: string } | null;
  /** The thing asked for after "which"/"what"/"how many" ("cities", "troops"). */
  readonly askedFor: string | null;
  /**
   * Whether `askedFor` only names the kind of answer ("which *organisation*", "what *city*"):
   * an answer names the organisation or city rather than repeating that word.
   */
  readonly askedForIsType: boolean;
  /** Whether the question is negated ("why did they not attend?"). */
  readonly negated: boolean;
  /** The meeting fact it asks for (participants, date, place), if any. */
  readonly meetingFact: MeetingFactKind | null;
  /** "the last meeting", "the next round": which of a series is meant. */
  readonly order: 'last' | 'next' | null;
  /** Whether it asks about what is still to come ("when will they meet?"). */
  readonly future: boolean;
  /** Names as written in the question (runs of proper nouns), when it is written with capitals. */
  readonly names: readonly string[];
  /**
   * The words (lower case, as written) the question turns on rather than the meeting or
   * briefing it is about: its main verb ("who *chaired*") and the thing it asks for ("what
   * *threat*"). A sentence answers only if it holds them itself; the topic words (names,
   * "the talks") may come from the sentence before it or the headline.
   */
  readonly focus: readonly string[];
  /**
   * For "who *chaired* the talks?", the verb (as written) whose doer is asked for: the answer
   * names a person doing it. Null when the person asked for is not its doer ("who was
   * invited?", "whom did they meet?"), and for a meeting's participants ("who attended?"),
   * whom a report may describe by their roles ("the defence ministers met…").
   */
  readonly doerOf: string | null;
}

export type WhWord = 'who' | 'whom' | 'whose' | 'what' | 'which' | 'when' | 'where' | 'why' | 'how';

const WH_WORDS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'which',
  'when',
  'where',
  'why',
  'how',
]);

/** Nouns for people: titles (the role heads of meeting extraction) and general words. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  ...ROLE_HEADS,
  'person',
  'people',
  'official',
  'delegate',
  'participant',
  'attendee',
  'negotiator',
  'mediator',
  'politician',
  'man',
  'woman',
  'guest',
  'name',
]);
const COUNTRY_NOUNS: ReadonlySet<string> = new Set(['country', 'nation', 'state', 'government']);
const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'organisation',
  'organization',
  'group',
  'body',
  'bloc',
  'alliance',
  'agency',
  'institution',
  'party',
  'company',
  'union',
]);
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'town',
  'capital',
  'place',
  'venue',
  'location',
  'site',
  'hotel',
  'palace',
  'resort',
  'region',
  'village',
  'building',
  'island',
]);
const DATE_NOUNS: ReadonlySet<string> = new Set(['date', 'day', 'year', 'month', 'week', 'time']);
const REASON_NOUNS: ReadonlySet<string> = new Set(['reason', 'cause', 'purpose', 'motive']);
const NUMBER_NOUNS: ReadonlySet<string> = new Set(['number', 'amount', 'figure', 'total']);

/** Verbs of saying: "what did she say / tell / warn" asks for what was said. */
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'warn',
  'announce',
  'declare',
  'claim',
  'call',
  'describe',
  'insist',
  'stress',
  'urge',
  'promise',
  'argue',
  'add',
  'note',
  'accuse',
  'deny',
  'reply',
  'respond',
  'state',
  'suggest',
  'propose',
  'threaten',
  'comment',
  'explain',
  'admit',
  'predict',
  'vow',
  'pledge',
  'demand',
  'write',
  'tweet',
  'speak',
  'emphasise',
  'emphasize',
  'acknowledge',
]);

/** Verbs whose subject or object is a meeting's participant, date or place. */
const MEETING_VERBS: ReadonlySet<string> = new Set([
  'meet',
  'attend',
  'participate',
  'join',
  'hold',
  'convene',
  'gather',
  'visit',
  'represent',
  'host',
  'sit',
]);
/** Nouns for meetings ("when was the summit?"). */
const MEETING_NOUNS: ReadonlySet<string> = new Set([
  'meeting',
  'summit',
  'talk',
  'talks',
  'conference',
  'visit',
  'negotiation',
  'session',
  'gathering',
  'round',
  'forum',
  'trip',
]);
const LAST_WORDS = /\b(last|latest|most recent(ly)?|previous(ly)?|recent)\b/i;
const NEXT_WORDS = /\b(next|upcoming|coming|forthcoming|future)\b/i;
const FUTURE = /\b(?:will|shall|going to)\b/i;
const COPULA: ReadonlySet<string> = new Set(['be']);

/** Words before the question proper that do not change what is asked ("tell me", "please"). */
const LEAD_IN =
  /^(?:(?:please|so|and|ok|okay|hey)\s+|(?:can|could) you (?:tell|show) me\s+|tell me\s+|do you know\s+|i (?:want|would like) to know\s+)+/i;

/** "how many", "how long ago": words that say what is asked, not what it is about. */
const HOW_PHRASE =
  /\b(how)\s+(?:many|much|long(?:\s+ago)?|often|frequently|soon|far|early|late|big|large|old)\b/gi;

const isNoun = (word: TaggedWord) => word.pos === 'NOUN' || word.pos === 'PROPN';

/** The head noun of the words after "which"/"what"/"how many": "which Vietnamese cities" → "cities". */
function headNounAfter(words: readonly TaggedWord[], start: number): TaggedWord | null {
  let head: TaggedWord | null = null;
  for (let k = start; k < words.length; k++) {
    const word = words[k]!;
    if (isNoun(word)) head = word;
    else if (word.pos !== 'ADJ' && word.pos !== 'NUM') break;
  }
  return head;
}

function answerTypeOfNoun(lemma: string): AnswerType | null {
  if (PERSON_NOUNS.has(lemma)) return 'person';
  if (COUNTRY_NOUNS.has(lemma)) return 'country';
  if (ORGANISATION_NOUNS.has(lemma)) return 'organisation';
  if (PLACE_NOUNS.has(lemma)) return 'place';
  if (DATE_NOUNS.has(lemma)) return 'date';
  if (REASON_NOUNS.has(lemma)) return 'reason';
  if (NUMBER_NOUNS.has(lemma)) return 'number';
  return null;
}

/** "how many" → number, "how long" → duration, "how often" → frequency, "how soon" → date. */
function answerTypeAfterHow(next: string | undefined, afterNext: string | undefined): AnswerType {
  switch (next) {
    case 'many':
    case 'much':
    case 'far':
    case 'big':
    case 'large':
    case 'old':
      return 'number';
    case 'long':
      return afterNext === 'ago' ? 'date' : 'duration';
    case 'often':
    case 'frequently':
      return 'frequency';
    case 'soon':
    case 'early':
    case 'late':
      return 'date';
    default:
      return 'thing';
  }
}

/** "the last meeting", "the next round" — but "how long did it last" asks no such thing. */
function orderOf(wording: string, answerType: AnswerType): QuestionAnalysis['order'] {
  if (LAST_WORDS.test(wording) && answerType !== 'duration') return 'last';
  // "when will they meet?": a meeting still to come.
  return NEXT_WORDS.test(wording) || FUTURE.test(wording) ? 'next' : null;
}

/** Runs of proper nouns as written ("Hakan Fidan", "Moscow"). */
function namesIn(words: readonly TaggedWord[]): string[] {
  const names: string[] = [];
  let run: string[] = [];
  for (const word of [...words, null]) {
    if (word && word.pos === 'PROPN' && /^\p{Lu}/u.test(word.text)) run.push(word.text);
    else if (run.length > 0) {
      names.push(run.join(' '));
      run = [];
    }
  }
  return names;
}

/** The main verb: the first verb that is not an auxiliary, else none. */
function mainVerb(words: readonly TaggedWord[], from: number): TaggedWord | null {
  for (let k = from; k < words.length; k++) {
    const word = words[k]!;
    if (word.pos === 'VERB' && !COPULA.has(word.lemma)) return word;
  }
  return null;
}

function meetingFactOf(
  answerType: AnswerType,
  verb: TaggedWord | null,
  words: readonly TaggedWord[],
): MeetingFactKind | null {
  const kind: MeetingFactKind | null =
    answerType === 'person'
      ? 'participants'
      : answerType === 'date'
        ? 'date'
        : answerType === 'place'
          ? 'place'
          : null;
  if (!kind) return null;
  // "who attended", "when did they meet", "where was it held"; with no other verb, a question
  // about a meeting itself: "when was the summit?", "who was at the talks?".
  if (verb) {
    const next = words[words.indexOf(verb) + 1]?.lower;
    const takesPart = verb.lemma === 'take' && (next === 'part' || next === 'place');
    return MEETING_VERBS.has(verb.lemma) || takesPart ? kind : null;
  }
  return words.some((word) => MEETING_NOUNS.has(word.lemma) || MEETING_NOUNS.has(word.lower))
    ? kind
    : null;
}

/** Verbs that only restate the kind of answer: "how long did it *last*", "how long did it *take*". */
const RESTATING_VERBS: Readonly<Partial<Record<AnswerType, ReadonlySet<string>>>> = {
  duration: new Set(['last', 'take', 'run', 'go']),
  number: new Set(['cost']),
};

/** "supposed to", "meant to": a plan or duty, however the report words it. */
const MODAL_PARTICIPLES: ReadonlySet<string> = new Set(['supposed', 'meant']);

/**
 * Words that say how the question is put, not what it is about, so that no briefing need
 * hold them: stance and manner adverbs ("*actually*", "*originally*") and a verb that only
 * restates the kind of answer.
 */
function searchTextOf(
  text: string,
  words: readonly TaggedWord[],
  answerType: AnswerType,
  verb: TaggedWord | null,
): string {
  const dropped = new Set<string>();
  for (const word of words) {
    if (word.pos === 'ADV' && /ly$/.test(word.lower) && !word.negated) dropped.add(word.lower);
  }
  // "how long did the summit last": the tagger may not read the last word as a verb.
  const restating = RESTATING_VERBS[answerType];
  const final = words.at(-1);
  for (const candidate of [verb, final]) {
    if (candidate && restating?.has(candidate.lemma)) dropped.add(candidate.lower);
  }
  // "were supposed to meet", "was meant to": a plan, said with a verb no report need use.
  words.forEach((word, k) => {
    if (MODAL_PARTICIPLES.has(word.lower) && words[k + 1]?.lower === 'to') dropped.add(word.lower);
  });
  let searchText = text.replace(HOW_PHRASE, '$1');
  for (const word of dropped) {
    searchText = searchText.replace(new RegExp(`\\b${word}\\b`, 'gi'), ' ');
  }
  return searchText.replace(/\s+/g, ' ').trim();
}

/** Verbs that say a meeting took place: for its date or place, the meeting is the topic. */
const EVENT_VERBS: ReadonlySet<string> = new Set([
  'meet',
  'hold',
  'convene',
  'gather',
  'sit',
  'take',
]);

/**
 * Verbs that say little about what happened ("who *went* to…", "what did they *get*"): the
 * report may say "travelled", "received"; they are not what a question turns on.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'go',
  'come',
  'get',
  'make',
  'take',
  'have',
  'do',
  'let',
  'put',
  'happen',
]);

/**
 * The words a question turns on: its main verb, unless the verb only names the meeting whose
 * fact is asked for ("who *attended*", "when did they *meet*"), restates the kind of answer
 * ("how long did it *last*") or says little ("*go*"); for a verb of saying, whose words a
 * report often quotes instead, the verb of what was said ("what did she say they *needed*");
 * and the thing asked for, unless it only names the kind of answer ("which *city*").
 */
function focusOf(
  words: readonly TaggedWord[],
  verb: TaggedWord | null,
  askedFor: TaggedWord | null,
  askedForIsType: boolean,
  meetingFact: MeetingFactKind | null,
  answerType: AnswerType,
): string[] {
  const focus: string[] = [];
  const main = verb && SPEECH_VERBS.has(verb.lemma) ? null : verb;
  const turnsOn =
    main &&
    !(meetingFact && EVENT_VERBS.has(main.lemma)) &&
    !LIGHT_VERBS.has(main.lemma) &&
    !RESTATING_VERBS[answerType]?.has(main.lemma);
  if (main && turnsOn) focus.push(main.lower);
  if (askedFor && !askedForIsType) focus.push(askedFor.lower);
  return focus;
}

/** Words between "who" and its verb that leave "who" the doer ("who *has* signed"). */
const BEFORE_DOER_VERB: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'not',
  'never',
  'also',
  'first',
  'then',
  'actually',
  'finally',
]);

/** The verb whose doer "who" asks for: right after "who", but for auxiliaries of tense. */
function doerVerbOf(
  words: readonly TaggedWord[],
  whAt: number,
  wh: WhWord | null,
  verb: TaggedWord | null,
): string | null {
  if (wh !== 'who' || !verb) return null;
  const verbAt = words.indexOf(verb);
  const between = words.slice(whAt + 1, verbAt);
  return between.every((word) => BEFORE_DOER_VERB.has(word.lower)) ? verb.lower : null;
}

/**
 * Reads a question: its wh-word, what kind of thing answers it, its main verb, what it asks
 * for, whether it is negated, and whether it asks for a meeting's participants, date or place.
 */
export function analyseQuestion(question: string): QuestionAnalysis {
  const text = expandContractions(question.trim());
  const words = tagWords(text.replace(LEAD_IN, ''));
  const lower = words.map((word) => word.lower);
  const whAt = lower.findIndex((word) => WH_WORDS.has(word));
  const wh = whAt >= 0 && whAt <= 3 ? (lower[whAt] as WhWord) : null;
  const first = words[0];
  let answerType: AnswerType = 'thing';
  let askedFor: TaggedWord | null = null;
  const verb = mainVerb(words, wh ? whAt + 1 : 0);

  switch (wh) {
    case 'who':
    case 'whom':
    case 'whose':
      answerType = 'person';
      break;
    case 'when':
      answerType = 'date';
      break;
    case 'where':
      answerType = 'place';
      break;
    case 'why':
      answerType = 'reason';
      break;
    case 'how':
      askedFor =
        lower[whAt + 1] === 'many' || lower[whAt + 1] === 'much'
          ? headNounAfter(words, whAt + 2)
          : null;
      answerType = answerTypeAfterHow(lower[whAt + 1], lower[whAt + 2]);
      break;
    case 'what':
    case 'which': {
      askedFor = headNounAfter(words, whAt + 1);
      const ofNoun = askedFor ? answerTypeOfNoun(askedFor.lemma) : null;
      if (ofNoun) answerType = ofNoun;
      else if (!askedFor && verb && SPEECH_VERBS.has(verb.lemma)) answerType = 'speech';
      break;
    }
    case null:
      if (first && first.pos === 'AUX') answerType = 'yesNo';
      break;
  }

  const negated = words.some(
    (word) => word.negated || word.lemma === 'not' || word.lower === 'never',
  );
  const wording = words.map((word) => word.text).join(' ');
  const askedForIsType = (wh === 'what' || wh === 'which') && answerType !== 'thing';
  const meetingFact = meetingFactOf(answerType, verb, words);
  return {
    text,
    searchText: searchTextOf(text, words, answerType, verb),
    wh,
    answerType,
    verb: verb ? { word: verb.lower, lemma: verb.lemma } : null,
    askedFor: askedFor?.lower ?? null,
    askedForIsType,
    negated,
    meetingFact,
    order: orderOf(wording, answerType),
    future: FUTURE.test(wording),
    names: namesIn(words),
    doerOf: meetingFact ? null : doerVerbOf(words, whAt, wh, verb),
    focus: focusOf(words, verb, askedFor, askedForIsType, meetingFact, answerType),
  };
}
