import type { DocSentence } from '../doc/annotate.js';
import type { Token } from '../doc/types.js';
import {
  ARRIVAL_WORDS,
  DELEGATION_WORDS,
  DOER_TAKES_PART,
  EVENT_NOUNS,
  EVENT_VERBS,
  type EventVerbClass,
  WEAK_VERBS,
} from '../lexicon.js';

/**
 * Sentences that name participants before or around their verb instead of as its subject:
 *
 * - a fronted place or participle, then a copula, then the people ("Across the table were A
 *   and B", "Seated beside him was C", "Joining them were D and E", "Also present was F");
 * - a participle clause, a comma, then its subject ("Opening the meeting, A said …",
 *   "Welcoming the delegation, B …"): the subject is who opened or welcomed.
 *
 * Both are read from the part-of-speech tags as clause grammar, and only when the fronted
 * part speaks of a meeting: a meeting or delegation word in it, or a verb of taking part or of
 * taking one's seat at the scene.
 */
export interface FrontedFrame {
  /** The trigger's tokens: the participle, or the copula of a fronted place. */
  readonly first: number;
  readonly last: number;
  /** The trigger's base form: "open", "join", "be". */
  readonly lemma: string;
  readonly verb: EventVerbClass;
  /** The tokens [from, to) where the participants stand. */
  readonly from: number;
  readonly to: number;
  readonly role: 'attendee' | 'host' | 'greeter' | 'absent';
}

/** Longest fronted phrase before the copula, in tokens: "Seated at the far end of the table". */
const FRONT_MAX = 9;
/** Longest participle clause before its comma, in tokens. */
const PARTICIPLE_MAX = 10;

/** Verbs of taking one's place at a scene: "Seated beside him", "Flanking her". */
const SCENE_VERBS: ReadonlySet<string> = new Set([
  'seat',
  'sit',
  'stand',
  'flank',
  'accompany',
  'join',
]);
/** Prepositions that place someone next to someone: "beside him", "opposite them". */
const BESIDE: ReadonlySet<string> = new Set([
  'beside',
  'alongside',
  'next',
  'opposite',
  'behind',
  'across',
  'with',
]);
/** Personal pronouns a fronted place can be relative to: the people the report just named. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);
/** Words that say someone was there: "Also present were", "in attendance". */
const PRESENCE_WORDS: ReadonlySet<string> = new Set(['present', 'attendance']);

const lower = (token: Token) => token.text.toLowerCase();

/** A meeting noun (not a call) or a delegation word among the tokens. */
function speaksOfMeeting(tokens: readonly Token[]): boolean {
  return tokens.some((token) => {
    const word = lower(token);
    const noun = EVENT_NOUNS.get(word) ?? EVENT_NOUNS.get(token.lemma.toLowerCase());
    return (noun !== undefined && noun !== 'call') || DELEGATION_WORDS.test(word);
  });
}

/**
 * The base form of an -ing word the tagger did not read as a verb: wink-nlp tags a capitalised
 * "Opening" at the start of a sentence as a proper noun. Tried as written less "-ing", with an
 * "e" restored ("welcoming" → "welcome") and with a doubled consonant undone ("chairing").
 */
function baseOfIng(word: string): string | null {
  const stem = word.toLowerCase().replace(/ing$/, '');
  if (stem === word.toLowerCase() || stem.length < 2) return null;
  const candidates = [stem, `${stem}e`];
  if (/([bdgklmnprt])\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  return candidates.find((candidate) => EVENT_VERBS.has(candidate)) ?? null;
}

/** A participle at i, with its base form: tagged a verb, or an -ing word taking an object. */
function participleAt(tokens: readonly Token[], i: number): string | null {
  const token = tokens[i];
  if (!token || !/(?:ing|ed)$/i.test(token.text)) return null;
  if (token.pos === 'VERB') return token.lemma.toLowerCase();
  // "Opening the meeting": an -ing word followed by its object is a verb, whatever its tag.
  const next = tokens[i + 1];
  if (next && ['DET', 'PRON', 'PROPN', 'NUM'].includes(next.pos)) return baseOfIng(token.text);
  return null;
}

/** The first token of the sentence's own words (after a dateline). */
function startOf(tokens: readonly Token[], from: number): number {
  const i = tokens.findIndex((token) => token.at >= from);
  return i < 0 ? tokens.length : i;
}

/**
 * The tokens after a copula up to the end of its clause: the people a fronted sentence names.
 */
function clauseEnd(tokens: readonly Token[], clause: readonly number[], i: number): number {
  let end = i;
  while (end < tokens.length && clause[end] === clause[i]) end++;
  return end;
}

/** "Across the table were A and B", "Seated beside him was C", "Also present were D". */
function inverted(
  tokens: readonly Token[],
  clause: readonly number[],
  s: number,
): FrontedFrame | null {
  const head = tokens[s]!;
  const participle = participleAt(tokens, s);
  const opensWithPlace = head.pos === 'ADP';
  const opensWithAlso = lower(head) === 'also';
  if (!opensWithPlace && participle === null && !opensWithAlso) return null;
  let copula = -1;
  for (let i = s + 1; i < tokens.length && i <= s + FRONT_MAX; i++) {
    const token = tokens[i]!;
    if (token.pos === 'AUX' && token.lemma.toLowerCase() === 'be') {
      copula = i;
      break;
    }
    // A comma or another verb: the fronted part is a clause of its own, not a place.
    if (token.pos === 'PUNCT' || token.pos === 'AUX') return null;
    if (token.pos === 'VERB' && !/(?:ing|ed)$/i.test(token.text)) return null;
  }
  if (copula < 0) return null;
  const subject = tokens[copula + 1];
  // "was held", "were not": a passive or a negation, not people standing after the copula.
  if (!subject || !['PROPN', 'DET', 'NOUN', 'ADJ', 'NUM'].includes(subject.pos)) return null;
  const front = tokens.slice(s, copula);
  const words = front.map(lower);
  const takingPart = front.some((token, k) => {
    const base = k === 0 ? participle : participleAt(tokens, s + k);
    if (base === null) return false;
    const verb = EVENT_VERBS.get(base);
    return verb === 'attend' && !WEAK_VERBS.has(base);
  });
  const scene =
    (participle !== null && SCENE_VERBS.has(participle)) ||
    words.some((word, k) => BESIDE.has(word) && OBJECT_PRONOUNS.has(words[k + 1] ?? ''));
  const about =
    speaksOfMeeting(front) ||
    takingPart ||
    words.some((word) => PRESENCE_WORDS.has(word)) ||
    (scene && words.some((word) => OBJECT_PRONOUNS.has(word)));
  if (!about) return null;
  const trigger = participle !== null && EVENT_VERBS.has(participle) ? s : copula;
  return {
    first: trigger,
    last: trigger,
    lemma: trigger === s ? participle! : 'be',
    verb: 'attend',
    from: copula + 1,
    to: clauseEnd(tokens, clause, copula + 1),
    role: 'attendee',
  };
}

/** "Opening the meeting, A said …", "Welcoming the delegation, B …". */
function participleClause(sentence: DocSentence, s: number): FrontedFrame | null {
  const { tokens } = sentence.reading;
  const base = participleAt(tokens, s);
  if (base === null || !/ing$/i.test(tokens[s]!.text)) return null;
  const verb = EVENT_VERBS.get(base);
  if (verb === undefined || !DOER_TAKES_PART.has(verb)) return null;
  let comma = -1;
  for (let i = s + 1; i < tokens.length && i <= s + PARTICIPLE_MAX; i++) {
    const token = tokens[i]!;
    if (token.text === ',') {
      comma = i;
      break;
    }
    if (token.pos === 'VERB' || token.pos === 'AUX' || token.pos === 'PUNCT') return null;
  }
  if (comma < 0) return null;
  const phrase = tokens.slice(s, comma);
  if (WEAK_VERBS.has(base) && !speaksOfMeeting(phrase)) return null;
  // The main clause's subject: from the comma to its verb, past the people's own appositions.
  const mentions = sentence.people.map((person) => [person.mentionAt, person.mentionEnd] as const);
  let main = comma + 1;
  while (main < tokens.length) {
    const token = tokens[main]!;
    const inMention = mentions.some(([at, end]) => token.at >= at && token.end <= end);
    if (!inMention && (token.pos === 'VERB' || token.pos === 'AUX')) break;
    main++;
  }
  const arrival = phrase.some((token) => ARRIVAL_WORDS.test(lower(token)));
  const role =
    verb === 'absent'
      ? 'absent'
      : verb === 'host'
        ? arrival && ['welcome', 'greet', 'receive'].includes(base)
          ? 'greeter'
          : 'host'
        : 'attendee';
  return { first: s, last: s, lemma: base, verb, from: comma + 1, to: main, role };
}

/** The fronted frame a sentence opens with, if any. */
export function frontedFrame(
  sentence: DocSentence,
  clause: readonly number[],
): FrontedFrame | null {
  const { tokens, from } = sentence.reading;
  const s = startOf(tokens, from);
  if (s >= tokens.length) return null;
  return inverted(tokens, clause, s) ?? participleClause(sentence, s);
}
