import type { SentenceReading, Tense, Token } from './types.js';

/**
 * The tense of a sentence, or of the clause around a date in it, read from the part-of-speech
 * tags: a verb group is a run of auxiliaries and verbs ("had been due to meet"), classed by
 * its markers. Every word list here is English grammar, not the wording of any report.
 */

/** Modal auxiliaries that put the event ahead ("will meet", "shall", "would hold", "won't"). */
const FUTURE_MODALS = new Set(['will', 'shall', 'would', "'ll", 'wo']);
/** Words that point ahead when "to" follows: "due to", "expected to", "set to", "going to". */
const EXPECTATION = new Set([
  'due',
  'set',
  'expect',
  'schedule',
  'slate',
  'poise',
  'likely',
  'plan',
  'intend',
  'go',
  'about',
  'aim',
  'prepare',
  'hope',
]);
/** Scheduling participles that point ahead on their own ("scheduled for Monday"). */
const SCHEDULED = new Set(['schedule', 'slate', 'plan']);
/** Participles that point ahead with "for": "set for Monday", "planned for May". */
const SCHEDULED_FOR = new Set(['set', 'schedule', 'slate', 'plan']);
/**
 * Verbs whose past tense is spelled as their present ("put", "set", "cut"): "leaders put
 * their names to the texts on Tuesday" does not say which Tuesday.
 */
const SAME_IN_PAST = new Set([
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'shut',
  'cast',
  'cost',
  'quit',
  'spread',
  'read',
  'beat',
  'bid',
  'broadcast',
  'forecast',
  'hurt',
  'split',
  'upset',
]);
/**
 * Verbs of intention, arrangement and putting off: what they are about lies after them, so in
 * the past ("wanted a summit in June", "agreed on a meeting in May", "postponed until May")
 * they do not say on which side of the day of writing their date falls.
 */
const PROSPECTIVE = new Set([
  'want',
  'wish',
  'plan',
  'propose',
  'agree',
  'decide',
  'invite',
  'hope',
  'intend',
  'promise',
  'pledge',
  'vow',
  'offer',
  'arrange',
  'seek',
  'prepare',
  'suggest',
  'urge',
  // Putting off: the new date follows the decision ("postponed until May").
  'postpone',
  'delay',
  'defer',
  'reschedule',
  'adjourn',
]);
/** Past forms of the auxiliaries. */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/**
 * Verbs of saying: "officials said the leaders will meet" is about the meeting, so the main
 * tense of a sentence skips a saying verb when another verb group follows.
 */
const SAYING = new Set([
  'say',
  'tell',
  'announce',
  'state',
  'add',
  'report',
  'confirm',
  'note',
  'claim',
  'declare',
  'write',
  'tweet',
  'insist',
  'explain',
  'stress',
]);
/** Punctuation that closes a clause or opens an aside. */
const CLAUSE_PUNCTUATION = new Set([
  ',',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '"',
  '“',
  '”',
  '—',
  '–',
  '--',
]);
/** Relative words that open a clause of their own ("which opens on Friday"). */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** Relative adverbs and subordinators: they open a clause when a verb follows in it. */
const SUBORDINATORS = new Set([
  'where',
  'when',
  'after',
  'before',
  'while',
  'because',
  'although',
  'though',
  'if',
  'once',
  'as',
  'since',
  'until',
  'unless',
  'whereas',
]);

/** A run of auxiliaries and verbs read as one predicate, with its tense. */
interface VerbGroup {
  readonly first: number;
  readonly last: number;
  readonly tense: Tense;
  /** Has a tensed word: an auxiliary or a verb that is not an infinitive nor an -ing form. */
  readonly finite: boolean;
  /** "to meet" alone: a headline's future ("Leaders to meet in Lima") or a purpose. */
  readonly infinitive: boolean;
  readonly saying: boolean;
  /** Its direction is not known: "put" (past or present), "wanted" (intention, see PROSPECTIVE). */
  readonly open: boolean;
}

const lower = (token: Token) => token.text.toLowerCase();
const isVerbal = (token: Token) => token.pos === 'AUX' || token.pos === 'VERB';
const isTo = (token: Token | undefined) => token?.pos === 'PART' && lower(token) === 'to';

/** "meets", "goes", "flies": the present third person of the lemma. */
function isPresentThirdPerson(word: string, lemma: string): boolean {
  return (
    word === `${lemma}s` ||
    word === `${lemma}es` ||
    (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`)
  );
}

/** A verb in its past tense or past participle: its form differs from its lemma otherwise. */
function isPastForm(token: Token): boolean {
  if (token.pos !== 'VERB') return false;
  const word = lower(token);
  return word !== token.lemma && !word.endsWith('ing') && !isPresentThirdPerson(word, token.lemma);
}

/** Whether a token may continue a verb group: "are due to", "has already met", "will not". */
function continuesGroup(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (isVerbal(token)) return true;
  const next = tokens[i + 1];
  if (token.pos === 'PART') return isTo(token) ? next?.pos === 'VERB' : true;
  if (token.pos === 'ADV') return next !== undefined && (isVerbal(next) || isTo(next));
  // "due to", "likely to", "about to": adjectives of expectation inside the group.
  return token.pos === 'ADJ' && EXPECTATION.has(token.lemma) && isTo(next);
}

/** Possessive determiners: a word tagged as a verb after one is a noun ("his address"). */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * A word tagged as a verb after a determiner is a noun ("his address", "the meeting"); after an
 * adjective, one in -s is a plural noun ("military exercises"), not a verb ("new envoy arrived").
 */
function isNounAfterModifier(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  if (token.pos !== 'VERB' || before === undefined) return false;
  if (before.pos === 'DET' || POSSESSIVES.has(lower(before))) return true;
  return before.pos === 'ADJ' && isPresentThirdPerson(lower(token), token.lemma);
}

function startsGroup(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (isNounAfterModifier(tokens, i)) return false;
  return isVerbal(token) || (isTo(token) && tokens[i + 1]?.pos === 'VERB');
}

function classify(tokens: readonly Token[], first: number, last: number): VerbGroup {
  let future = false;
  let finite = false;
  let tensed: Tense | null = null;
  let perfect = false;
  let sameInPast = false;
  let prospective = false;
  for (let i = first; i <= last; i++) {
    const token = tokens[i]!;
    const word = lower(token);
    const next = tokens[i + 1];
    if (token.pos === 'AUX' && (FUTURE_MODALS.has(word) || FUTURE_MODALS.has(token.lemma))) {
      future = true;
    }
    if (token.lemma === 'be' && isTo(next)) future = true;
    if (EXPECTATION.has(token.lemma) && isTo(next)) future = true;
    if (SCHEDULED.has(token.lemma) && isPastForm(token)) future = true;
    // "set for Monday", "planned for next week".
    if (token.pos === 'VERB' && SCHEDULED_FOR.has(token.lemma) && next && lower(next) === 'for') {
      future = true;
    }
    if (token.pos === 'AUX') {
      finite = true;
      if (tensed === null) tensed = PAST_AUXILIARIES.has(word) ? 'past' : 'present';
      else if (perfect && word === 'been') tensed = 'past';
      if (token.lemma === 'have') perfect = true;
    } else if (token.pos === 'VERB') {
      const infinitive = i > first && isTo(tokens[i - 1]);
      if (!infinitive && !word.endsWith('ing')) finite = true;
      if (tensed === null && !infinitive) {
        tensed = isPastForm(token) ? 'past' : 'present';
        sameInPast = word === token.lemma && SAME_IN_PAST.has(word);
      } else if (perfect && isPastForm(token)) tensed = 'past';
      if (!infinitive && PROSPECTIVE.has(token.lemma)) prospective = true;
    }
  }
  const head = tokens[first]!;
  const tense: Tense = future ? 'future' : (tensed ?? 'present');
  return {
    first,
    last,
    tense,
    open: !future && (sameInPast || (tense === 'past' && prospective)),
    finite: finite || future,
    infinitive: isTo(head),
    saying: tokens
      .slice(first, last + 1)
      .some((token) => token.pos === 'VERB' && SAYING.has(token.lemma)),
  };
}

function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!startsGroup(tokens, i)) {
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < tokens.length && continuesGroup(tokens, last + 1)) last++;
    // A group does not end on an adverb or a particle ("met again", "will not").
    while (last > i && !isVerbal(tokens[last]!)) last--;
    groups.push(classify(tokens, i, last));
    i = last + 1;
  }
  return groups;
}

/** What a token does to the clause it stands in. */
type Opening = 'aside' | 'relative' | 'clause' | 'subordinate' | null;

function openingAt(tokens: readonly Token[], i: number): Opening {
  const token = tokens[i]!;
  const word = lower(token);
  const next = tokens[i + 1];
  if (token.pos === 'PUNCT' && CLAUSE_PUNCTUATION.has(token.text)) return 'aside';
  // "which opens", "that was held"; "that" after a verb of saying opens what was said.
  if (RELATIVES.has(word)) return 'relative';
  if (word === 'that') {
    if (token.pos === 'SCONJ') return 'clause';
    return next !== undefined && isVerbal(next) ? 'relative' : null;
  }
  if (token.pos === 'CCONJ' && next !== undefined && isVerbal(next)) return 'clause';
  return SUBORDINATORS.has(word) ? 'subordinate' : null;
}

/**
 * Clause number of every token: punctuation, relative words, "that", joined predicates and
 * subordinators with a verb of their own ("after envoys arrived", not "after the talks") divide.
 */
function clauses(tokens: readonly Token[]): { clause: number[]; relative: boolean[] } {
  const openings = tokens.map((_, i) => openingAt(tokens, i));
  // Whether a verb follows each token before the next opening: a subordinator needs one.
  const verbAhead: boolean[] = new Array<boolean>(tokens.length).fill(false);
  let seen = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    verbAhead[i] = seen;
    if (openings[i] !== null) seen = false;
    if (isVerbal(tokens[i]!)) seen = true;
  }
  const clause: number[] = [];
  const relative: boolean[] = [false];
  let current = 0;
  for (const [i, opening] of openings.entries()) {
    const opens = opening !== null && (opening !== 'subordinate' || verbAhead[i]!);
    if (i > 0 && opens) {
      current++;
      relative[current] = opening === 'relative';
    }
    clause.push(current);
  }
  return { clause, relative };
}

interface TenseReading {
  readonly groups: readonly VerbGroup[];
  readonly clause: readonly number[];
  readonly relative: readonly boolean[];
  readonly main: Tense;
}

function mainTense(
  groups: readonly VerbGroup[],
  clause: readonly number[],
  relative: readonly boolean[],
): Tense {
  const finite = groups.filter((group) => group.finite && !relative[clause[group.first]!]);
  const candidates = finite.length > 0 ? finite : groups.filter((group) => group.finite);
  // "Officials said the leaders will meet": the news is what was said.
  const main = candidates.find((group, i) => !group.saying || i === candidates.length - 1);
  if (main) return main.tense;
  return groups.some((group) => group.infinitive) ? 'future' : 'present';
}

const readings = new WeakMap<SentenceReading, TenseReading>();
function readTense(reading: SentenceReading): TenseReading {
  let read = readings.get(reading);
  if (!read) {
    const groups = verbGroups(reading.tokens);
    const { clause, relative } = clauses(reading.tokens);
    read = { groups, clause, relative, main: mainTense(groups, clause, relative) };
    readings.set(reading, read);
  }
  return read;
}

/** Where a date stands in time by the verb it belongs to. */
export interface DatePlacing {
  /** The tense of that verb; null when the sentence has no verb at all. */
  readonly tense: Tense | null;
  /**
   * The verb leaves the direction open: an infinitive after a past verb ("accepted an
   * invitation to attend the summit in July": its event follows the past one and may lie on
   * either side of the reference), a past verb of intention ("wanted a summit in June"), or a
   * verb whose past is spelled as its present ("put their names to the texts on Tuesday").
   */
  readonly open: boolean;
}

/**
 * How the date at offset `at` is placed: by the nearest tensed verb group of its own clause,
 * before the date first ("said on Monday that they will meet on Friday"); an infinitive alone
 * is future ("Leaders to meet in Lima on Friday"). A clause without a verb of its own ("On
 * Friday, at the summit, …", "(early Saturday)") takes the nearest verb of the sentence.
 */
export function placeDate(reading: SentenceReading, at: number): DatePlacing {
  const { groups, clause } = readTense(reading);
  const { tokens } = reading;
  let k = tokens.findIndex((token) => token.end > at);
  if (k < 0) k = tokens.length - 1;
  const nearest = (candidates: readonly VerbGroup[]) =>
    candidates.filter((group) => group.last < k).at(-1) ??
    candidates.find((group) => group.first > k);
  const inClause = groups.filter((group) => clause[group.first] === clause[k]);
  const own = nearest(inClause.filter((group) => group.finite));
  if (own) {
    const left = inClause.filter((group) => group.last < k).at(-1);
    const infinitiveAfterPast =
      own.tense === 'past' && left !== undefined && left.infinitive && left.first > own.last;
    return { tense: own.tense, open: own.open || infinitiveAfterPast };
  }
  if (inClause.some((group) => group.infinitive)) return { tense: 'future', open: false };
  const near = nearest(groups.filter((group) => group.finite));
  return { tense: near?.tense ?? null, open: near?.open ?? false };
}

/** The tense of the verb a date at offset `at` belongs to (see `placeDate`), or null. */
export const clauseTense = (reading: SentenceReading, at: number): Tense | null =>
  placeDate(reading, at).tense;

/**
 * What a sentence's main verbs say of the time of its event: future for "will", "shall",
 * "is to", "are due to", "scheduled", "expected to" and a headline's "to meet"; past for
 * past-tense and perfect verbs; present otherwise. A verb of saying gives way to the verb of
 * what was said, and relative clauses to the main one. With `at`, the tense that places a
 * date at that offset (see `clauseTense`).
 */
export function tenseOf(reading: SentenceReading, at?: number): Tense {
  return (at === undefined ? null : clauseTense(reading, at)) ?? readTense(reading).main;
}
