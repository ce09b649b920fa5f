import type { MeetingStatus } from '../../types.js';
import type { DocSentence } from '../doc/annotate.js';
import type { DateExpression, PersonName, PlaceExpression, Tense, Token } from '../doc/types.js';
import type { UnnamedGroup } from '../groups.js';
import {
  ARRIVAL_WORDS,
  DEFINITE_WORDS,
  DELEGATION_WORDS,
  EVENT_NOUNS,
  EVENT_VERBS,
  type EventNounKind,
  type EventVerbClass,
  GENERIC_MODIFIERS,
  LENGTH_WORDS,
  NOT_MEETING_MODIFIERS,
  OTHER_MEETING_MARKERS,
  REMOTE_WORDS,
  SETTING_WORDS,
  SPEECH_VERBS,
  VERB_PARTICLES,
  WEAK_VERBS,
} from '../lexicon.js';
import { addDays } from '../dates.js';
import { CAPTION_GREETING, readCaption } from './captions.js';
import { clausesOf, inAttribution, tokenAt } from './clauses.js';
import { frontedFrame } from './fronted.js';

/** What a sentence says someone did at (or about) a meeting. */
export type ParticipantRole =
  /** Took part: met, attended, joined, signed, addressed, led a delegation. */
  | 'attendee'
  /** Took part as host or chair. */
  | 'host'
  /** Stayed away, skipped, did not attend, declined. */
  | 'absent'
  /** Welcomed or greeted the guests on arrival, without being said to take part. */
  | 'greeter'
  /** Named only: quoted, speaking about it, referred to. */
  | 'mentioned';

export interface Participant {
  readonly person: PersonName | null;
  readonly group: UnnamedGroup | null;
  readonly role: ParticipantRole;
}

/** One mention of a meeting event in a sentence: a verb or noun frame and its arguments. */
export interface EventMention {
  readonly sentence: DocSentence;
  /** The trigger's offsets in the sentence. */
  readonly at: number;
  readonly end: number;
  /** The trigger's base form ("meet", "summit", "call off"). */
  readonly trigger: string;
  readonly verb: EventVerbClass | null;
  readonly noun: EventNounKind | null;
  readonly tense: Tense;
  readonly negated: boolean;
  readonly participants: readonly Participant[];
  readonly date: DateExpression | null;
  /** The date is that of saying something ("declared on Tuesday"): a weak sign of the event's. */
  readonly dateOfSaying: boolean;
  readonly place: PlaceExpression | null;
  /** Marked as another meeting than the one reported: "their previous talks", "had met". */
  readonly other: 'previous' | 'next' | null;
  /** The gathering on whose sidelines another meeting takes place. */
  readonly setting: boolean;
  /** Taking place on the sidelines of another gathering ("on the margins of the summit"). */
  readonly onSidelines: boolean;
  /** Points back to a meeting already named: "the summit", "their talks". */
  readonly definite: boolean;
  /** A telephone or video call: not a meeting. */
  readonly remote: boolean;
  /** What the sentence says became of the meeting, when it says so. */
  readonly status: MeetingStatus | null;
  /** The event's subject is a pronoun or "the two": its people are the previous sentence's. */
  readonly pronoun: 'one' | 'several' | null;
  /**
   * A time said relative to the report ("last December", "earlier this month", "next week"),
   * as written in lower case, with its direction; null when the clause has none.
   */
  readonly when: { readonly text: string; readonly direction: 'previous' | 'next' } | null;
}

/** Words that place a time before or after the report: "last December", "next week". */
const TIME_BEFORE: ReadonlySet<string> = new Set(['last', 'previous', 'earlier', 'past', 'ago']);
const TIME_AFTER: ReadonlySet<string> = new Set(['next', 'coming', 'following', 'later']);
const TIME_UNITS =
  /^(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** Subjects that stand for people named before: "he", "they", "the two", "both leaders". */
const ONE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
const SEVERAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'both']);

/** Verbs that speak of a meeting only with these words in their clause: "told his counterparts". */
const NARROW_VERBS: ReadonlyMap<string, RegExp> = new Map([['tell', /^counterparts?$/i]]);
/** Verbs of greeting: their subject receives guests without being said to take part. */
const GREETING_VERBS: ReadonlySet<string> = new Set(['welcome', 'greet']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);
/** Adjectives that say someone stays away: "Xi will be absent". */
const ABSENT_ADJECTIVES: ReadonlySet<string> = new Set(['absent', 'away']);
/** Light verbs whose object is the meeting: their subject takes part ("held talks"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'hold',
  'run',
  'moderate',
  'mediate',
  'have',
  'conduct',
  'begin',
  'start',
  'resume',
  'continue',
  'end',
  'conclude',
  'wrap',
  'close',
  'open',
  'attend',
  'join',
  'host',
  'chair',
  'lead',
  'head',
  'co-chair',
  'sign',
  'address',
  'skip',
  'miss',
  'boycott',
  'postpone',
  'cancel',
]);
/** Prepositions that attach people to a meeting noun: "talks with X", "summit between X and Y". */
const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'between', 'among', 'by']);
/** Places introduced by these are origins or destinations of someone, not the meeting's place. */
const NOT_MEETING_PLACE: ReadonlySet<string> = new Set(['from', 'of', 'for']);
/** Words of time after "last"/"next" that make it a date, not another meeting: "last week". */
const TIME_NOUNS =
  /^(?:week|month|year|weekend|time|minute|night|summer|winter|spring|autumn|fall)$/i;

const FUTURE_AUX: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo']);
const FUTURE_INTENT =
  /^(?:expected|due|scheduled|set|planned|going|likely|poised|slated|plans|plan)$/i;

const isVerb = (token: Token) => token.pos === 'VERB';
const lower = (token: Token) => token.text.toLowerCase();

interface Trigger {
  readonly first: number;
  readonly last: number;
  readonly lemma: string;
  readonly verb: EventVerbClass | null;
  readonly noun: EventNounKind | null;
}

/** The meeting verbs and nouns of a sentence. */
/** Words right after which a word tagged as a verb is a noun: "their visit", "the heads". */
const NOUN_BEFORE: ReadonlySet<string> = new Set([
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
]);

function nounByPosition(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && (before.pos === 'DET' || NOUN_BEFORE.has(lower(before)));
}

function triggersOf(tokens: readonly Token[], from: number): Trigger[] {
  const triggers: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.at < from) continue;
    if (isVerb(token) && !EVENT_NOUNS.has(lower(token)) && nounByPosition(tokens, i)) continue;
    // "along with their intelligence heads,": a receiving verb with nothing after it is a noun.
    if (
      EVENT_VERBS.get(token.lemma.toLowerCase()) === 'host' &&
      lower(token).endsWith('s') &&
      (tokens[i + 1] === undefined || tokens[i + 1]!.pos === 'PUNCT')
    )
      continue;
    const lemma = token.lemma.toLowerCase();
    if (
      isVerb(token) ||
      (token.pos === 'NOUN' && EVENT_VERBS.has(lemma) && !EVENT_NOUNS.has(lemma))
    ) {
      const next = tokens[i + 1];
      const particle = next && VERB_PARTICLES.has(lower(next)) ? `${lemma} ${lower(next)}` : null;
      if (particle && EVENT_VERBS.has(particle)) {
        triggers.push({
          first: i,
          last: i + 1,
          lemma: particle,
          verb: EVENT_VERBS.get(particle)!,
          noun: null,
        });
        i++;
        continue;
      }
      if (isVerb(token) && EVENT_VERBS.has(lemma)) {
        triggers.push({ first: i, last: i, lemma, verb: EVENT_VERBS.get(lemma)!, noun: null });
        continue;
      }
    }
    if (token.pos === 'NOUN' || token.pos === 'PROPN') {
      const word = lower(token);
      const noun = EVENT_NOUNS.get(word) ?? EVENT_NOUNS.get(lemma);
      // "Meeting" as a verb's -ing form is tagged VERB; a capitalised one-off name stays a noun.
      const modifier = tokens[i - 1] ? lower(tokens[i - 1]!) : '';
      // "such meetings", "regular talks": meetings in general, not one of them.
      const generic = GENERIC_MODIFIERS.has(modifier) && word !== lemma;
      if (noun && !generic && !NOT_MEETING_MODIFIERS.has(modifier))
        triggers.push({
          first: i,
          last: i,
          lemma: EVENT_NOUNS.has(word) ? word : lemma,
          verb: null,
          noun,
        });
    } else if (token.pos === 'VERB' && lower(token) === 'meeting') {
      // "the meeting" tagged as a verb after a determiner is the noun.
      const before = tokens[i - 1];
      if (before && (before.pos === 'DET' || before.pos === 'ADJ' || before.text.endsWith("'s"))) {
        triggers.push({ first: i, last: i, lemma: 'meeting', verb: null, noun: 'meeting' });
      }
    }
  }
  return triggers;
}

/** The tense of the verb group around a trigger, falling back on the sentence's. */
function localTense(
  tokens: readonly Token[],
  trigger: Trigger,
  sentence: Tense,
  headline: boolean,
): Tense {
  for (let i = Math.max(0, trigger.first - 4); i < trigger.first; i++) {
    const word = lower(tokens[i]!);
    if (FUTURE_AUX.has(word)) return 'future';
    if (FUTURE_INTENT.test(word) && tokens[i + 1] && lower(tokens[i + 1]!) === 'to')
      return 'future';
    if (word === 'to' && i === trigger.first - 1 && trigger.verb !== null) {
      // "is to meet", "are due to meet", "plans to attend": an infinitive of intention; in a
      // headline, "Envoys to meet" is the future.
      const before = tokens[i - 1];
      if (before && (before.pos === 'AUX' || FUTURE_INTENT.test(before.text))) return 'future';
      if (headline && before && (before.pos === 'NOUN' || before.pos === 'PROPN')) return 'future';
    }
  }
  const token = tokens[trigger.first]!;
  if (trigger.verb !== null) {
    const previous = tokens[trigger.first - 1];
    if (previous && /^(?:is|are|am)$/i.test(previous.text) && /ing$/i.test(token.text))
      return 'present';
    if (token.text.toLowerCase() !== token.lemma.toLowerCase() && !/(?:s|ing)$/i.test(token.text))
      return 'past';
  }
  return sentence;
}

function negatedAt(tokens: readonly Token[], trigger: Trigger): boolean {
  if (tokens[trigger.first]!.negated && trigger.verb !== null) {
    // wink marks every token after a negation; the verb itself must be close to it.
    for (let i = Math.max(0, trigger.first - 3); i < trigger.first; i++) {
      if (NEGATIONS.has(lower(tokens[i]!))) return true;
    }
  }
  for (let i = Math.max(0, trigger.first - 3); i < trigger.first; i++) {
    if (NEGATIONS.has(lower(tokens[i]!))) return true;
  }
  return false;
}

/** "their previous meeting", "the next round", "had met", "since the talks in X". */
function otherMarker(tokens: readonly Token[], trigger: Trigger): 'previous' | 'next' | null {
  if (trigger.noun !== null) {
    for (let i = trigger.first - 1; i >= Math.max(0, trigger.first - 5); i--) {
      const token = tokens[i]!;
      const word = lower(token);
      if (isVerb(token) || token.pos === 'PUNCT' || token.pos === 'ADP') {
        if (word === 'since') return 'previous';
        break;
      }
      if (OTHER_MEETING_MARKERS.has(word)) {
        const next = tokens[i + 1];
        if (
          word === 'last' ||
          word === 'next' ||
          word === 'first' ||
          word === 'second' ||
          word === 'third'
        ) {
          if (next && TIME_NOUNS.test(next.text.replace(/['’]s$/, ''))) continue;
          if (word === 'first' || word === 'second' || word === 'third') continue;
        }
        return ['next', 'upcoming', 'following', 'future', 'subsequent'].includes(word)
          ? 'next'
          : 'previous';
      }
    }
    const before = tokens[trigger.first - 1];
    const twoBefore = tokens[trigger.first - 2];
    if (before && /^since$/i.test(before.text)) return 'previous';
    if (twoBefore && /^since$/i.test(twoBefore.text) && before && DEFINITE_WORDS.has(lower(before)))
      return 'previous';
    return null;
  }
  for (let i = Math.max(0, trigger.first - 3); i < trigger.first; i++) {
    const word = lower(tokens[i]!);
    if (
      word === 'had' ||
      word === 'previously' ||
      word === 'last' ||
      word === 'earlier' ||
      word === "'d"
    )
      return 'previous';
    if (word === 'have' || word === 'has') {
      // "have met three times": a perfect of experience speaks of other meetings.
      if (tokens[trigger.first]!.text.toLowerCase() !== tokens[trigger.first]!.lemma.toLowerCase())
        return 'previous';
    }
  }
  return null;
}

function definiteAt(tokens: readonly Token[], trigger: Trigger): boolean {
  if (trigger.noun === null) return false;
  for (let i = trigger.first - 1; i >= Math.max(0, trigger.first - 4); i--) {
    const token = tokens[i]!;
    const word = lower(token);
    if (DEFINITE_WORDS.has(word) || /['’]s$/.test(token.text)) return true;
    if (token.pos === 'DET' || isVerb(token) || token.pos === 'ADP' || token.pos === 'PUNCT')
      return false;
  }
  return false;
}

function settingAt(tokens: readonly Token[], trigger: Trigger): boolean {
  // "on the sidelines of the summit": the summit is the setting.
  for (let i = trigger.first - 1; i >= Math.max(0, trigger.first - 5); i--) {
    const word = lower(tokens[i]!);
    if (SETTING_WORDS.has(word)) return true;
    if (isVerb(tokens[i]!)) return false;
  }
  return false;
}

function remoteAt(tokens: readonly Token[], trigger: Trigger, clause: readonly number[]): boolean {
  if (trigger.noun === 'call') return true;
  const c = clause[trigger.first];
  for (let i = 0; i < tokens.length; i++) {
    if (clause[i] !== c) continue;
    const word = lower(tokens[i]!);
    if (REMOTE_WORDS.has(word) && (trigger.noun !== null || Math.abs(i - trigger.first) <= 6))
      return true;
  }
  return false;
}

interface Span {
  readonly at: number;
  readonly end: number;
}

const inside = (span: Span, [from, to]: readonly [number, number]) =>
  span.at >= from && span.end <= to;

/**
 * Reads the meeting events of one sentence: each meeting verb or noun with its participants
 * (people and unnamed groups in its clause, by their place around it and the verb's class),
 * its date and place, tense, negation, and whether it is another meeting than the report's.
 */
export function parseEvents(sentence: DocSentence): EventMention[] {
  const { tokens, from } = sentence.reading;
  if (tokens.length === 0) return [];
  const clause = clausesOf(tokens);
  const triggers = triggersOf(tokens, from);
  // "Opening the meeting, A …", "Across the table were B and C": the people the frame names.
  const framed = frontedFrame(sentence, clause);
  const inFrame = (at: number) => {
    const position = tokenAt(tokens, at);
    return framed !== null && position >= framed.from && position < framed.to;
  };
  const frame =
    framed !== null &&
    (sentence.people.some((person) => inFrame(person.mentionAt)) ||
      sentence.groups.some((group) => inFrame(group.at)))
      ? framed
      : null;
  if (frame && !triggers.some((trigger) => trigger.first === frame.first)) {
    triggers.unshift({
      first: frame.first,
      last: frame.last,
      lemma: frame.lemma,
      verb: frame.verb,
      noun: null,
    });
  }
  // A caption is read apart: a verbless one shows its people at the event it names.
  const caption = sentence.kind === 'caption' ? readCaption(sentence) : null;
  if (triggers.length === 0) return [];
  const appositions = appositionsOf(tokens, clause);
  const clauseOfOffset = (offset: number) => clause[tokenAt(tokens, offset)] ?? -1;
  const speechAt = tokens
    .map((token, i) => (isVerb(token) && SPEECH_VERBS.has(token.lemma.toLowerCase()) ? i : -1))
    .filter((i) => i >= 0);
  const quoted = (span: Span) => sentence.quotes.some((quote) => inside(span, quote));

  const events: EventMention[] = [];
  for (const trigger of triggers) {
    const c = clause[trigger.first]!;
    const triggerToken = tokens[trigger.first]!;
    const clauseTokens = tokens.filter((_, i) => clause[i] === c);
    const clauseWords = clauseTokens.map(lower);
    const isFramed = frame !== null && trigger.first === frame.first;
    const weak = !isFramed && trigger.verb !== null && WEAK_VERBS.has(trigger.lemma);
    const meetingNearby =
      clauseTokens.some((token) => EVENT_NOUNS.has(lower(token)) && lower(token) !== 'call') ||
      clauseWords.some((word) => DELEGATION_WORDS.test(word));
    const arrival = clauseWords.some((word) => ARRIVAL_WORDS.test(word));
    // Receiving someone at the airport is an event too: it tells greeters from participants.
    if (weak && !meetingNearby && !(trigger.verb === 'host' && arrival)) continue;
    const narrow = NARROW_VERBS.get(trigger.lemma);
    if (narrow && !clauseWords.some((word) => narrow.test(word))) continue;
    const negated = negatedAt(tokens, trigger);
    const absentByAdjective = clauseWords.some((word) => ABSENT_ADJECTIVES.has(word));
    const passive =
      trigger.verb !== null &&
      tokens
        .slice(Math.max(0, trigger.first - 3), trigger.first)
        .some((token) => /^(?:is|are|was|were|been|being|be)$/i.test(token.text)) &&
      clauseWords.includes('by');

    // The light verb of a noun trigger: "held talks", "attended the summit".
    let light = -1;
    if (trigger.noun !== null) {
      for (let i = trigger.first - 1; i >= 0 && clause[i] === c; i--) {
        if (isVerb(tokens[i]!)) {
          if (
            LIGHT_VERBS.has(tokens[i]!.lemma.toLowerCase()) ||
            EVENT_VERBS.has(tokens[i]!.lemma.toLowerCase())
          )
            light = i;
          break;
        }
      }
    }

    const participants: Participant[] = [];
    // A speaker: "X said (that) …", "…, X said", "according to X".
    const speaks = (at: number, end: number): boolean => {
      const position = tokenAt(tokens, at);
      const before = position < trigger.first;
      return speechAt.some(
        (s) =>
          (before && s > position && s < trigger.first) ||
          (!before && s < position && s > trigger.last && position - s <= 2) ||
          (!before && s > position && s - tokenAt(tokens, end) <= 2),
      );
    };
    const roleFor = (at: number, end: number): ParticipantRole => {
      const position = tokenAt(tokens, at);
      const before = position < trigger.first;
      if (speaks(at, end)) return 'mentioned';
      if (inAttribution(tokens, position)) return 'mentioned';
      if (trigger.noun !== null) {
        // People attach to a meeting noun through a preposition, a possessive or a light verb.
        const preposition = tokens
          .slice(trigger.last + 1, position)
          .find((token) => PARTY_PREPOSITIONS.has(lower(token)));
        const attached =
          (!before && preposition !== undefined) ||
          (before && light >= 0 && position < light) ||
          (before &&
            /['’]s$/.test(tokens[tokenAt(tokens, end - 1)]?.text ?? '') &&
            position >= trigger.first - 6) ||
          clauseWords.includes('among') ||
          (!before &&
            /^(?:were|was|included|include)$/.test(
              clauseWords[clauseTokens.indexOf(tokens[Math.max(0, position - 1)]!)] ?? '',
            ));
        if (!attached) return 'mentioned';
        if (negated || absentByAdjective) return before ? 'absent' : 'mentioned';
        const lightLemma = light >= 0 ? tokens[light]!.lemma.toLowerCase() : '';
        if (['skip', 'miss', 'boycott'].includes(lightLemma))
          return before ? 'absent' : 'mentioned';
        if (
          ['host', 'chair', 'co-chair', 'lead', 'head', 'open', 'run', 'moderate'].includes(
            lightLemma,
          ) &&
          before
        )
          return 'host';
        return 'attendee';
      }
      const verb = trigger.verb!;
      if (verb === 'plan' || verb === 'postpone' || verb === 'cancel') return 'mentioned';
      if (negated || (absentByAdjective && before)) return before ? 'absent' : 'mentioned';
      if (verb === 'absent') return before ? 'absent' : 'mentioned';
      if (verb === 'send') return before ? 'mentioned' : 'attendee';
      if (verb === 'host') {
        const greets = GREETING_VERBS.has(trigger.lemma) || arrival;
        const agent = passive && !before;
        if (greets) return agent || (!passive && before) ? 'greeter' : 'attendee';
        return agent || (!passive && before) ? 'host' : 'attendee';
      }
      return 'attendee';
    };

    // A caption shows its people: all of them when it has no verb; with verbs, those who do
    // what they say at the meeting it names, not the ones receiving them.
    const captionRole = (person: PersonName): ParticipantRole => {
      if (caption!.verbless) return 'attendee';
      const role = roleFor(person.mentionAt, person.end);
      const agent = lower(tokens[tokenAt(tokens, person.mentionAt) - 1] ?? triggerToken) === 'by';
      if (agent && trigger.verb === 'host' && CAPTION_GREETING.has(trigger.lemma)) return 'greeter';
      if (role === 'mentioned' && trigger.noun !== null && !agent) {
        return speaks(person.mentionAt, person.end) ? role : 'attendee';
      }
      return role;
    };
    const own = (k: number) => k === c || appositions.get(k) === c;
    // A fronted frame's people are those it names; the others' part is told elsewhere.
    const frameRole = (at: number): ParticipantRole => (inFrame(at) ? frame!.role : 'mentioned');
    for (const person of sentence.people) {
      if (isFramed) {
        const span = { at: person.at, end: person.end };
        const role = person.possessive || quoted(span) ? 'mentioned' : frameRole(person.mentionAt);
        participants.push({ person, group: null, role });
        continue;
      }
      const inClause = own(clauseOfOffset(person.mentionAt)) || own(clauseOfOffset(person.at));
      if (!inClause && !caption) continue;
      const span = { at: person.at, end: person.end };
      const role =
        person.possessive || quoted(span)
          ? 'mentioned'
          : caption
            ? captionRole(person)
            : roleFor(person.mentionAt, person.end);
      participants.push({ person, group: null, role });
    }
    for (const group of sentence.groups) {
      if (isFramed) {
        participants.push({ person: null, group, role: frameRole(group.at) });
        continue;
      }
      if (clauseOfOffset(group.at) !== c && !caption) continue;
      participants.push({ person: null, group, role: roleFor(group.at, group.at + 1) });
    }

    const dated = dateFor(sentence, tokens, clause, c, trigger, speechAt);
    const place = placeFor(sentence, clause, tokens, c, trigger);
    const status = statusFor(tokens, clause, c, triggers, trigger, negated);
    events.push({
      sentence,
      at: triggerToken.at,
      end: tokens[trigger.last]!.end,
      trigger: trigger.lemma,
      verb: trigger.verb,
      noun: trigger.noun,
      tense: localTense(tokens, trigger, sentence.tense, sentence.kind === 'headline'),
      negated,
      participants,
      date: dated ? withLength(dated.date, sentence.reading.text, triggerToken.at) : null,
      dateOfSaying: dated?.saying ?? false,
      place,
      other: otherMarker(tokens, trigger),
      setting: trigger.noun !== null && settingAt(tokens, trigger),
      onSidelines: false,
      definite: definiteAt(tokens, trigger),
      remote: remoteAt(tokens, trigger, clause),
      status,
      pronoun: pronounSubject(tokens, clause, c, trigger),
      when: relativeTime(tokens, clause, c),
    });
  }
  // A meeting "on the sidelines of" a gathering is one of its own.
  const hasSetting = events.some((event) => event.setting);
  return hasSetting
    ? events.map((event) => (event.setting ? event : { ...event, onSidelines: true }))
    : events;
}

/**
 * Clauses without a verb set off by dashes or brackets right after another clause's word are
 * appositions of it ("told his counterparts - A and B - that"): their people are that clause's.
 */
function appositionsOf(tokens: readonly Token[], clause: readonly number[]): Map<number, number> {
  const appositions = new Map<number, number>();
  const verbal = new Set<number>();
  tokens.forEach((token, i) => {
    if (token.pos === 'VERB' || token.pos === 'AUX') verbal.add(clause[i]!);
  });
  for (let i = 1; i < tokens.length; i++) {
    const k = clause[i]!;
    const before = clause[i - 1]!;
    if (k === before || appositions.has(k) || verbal.has(k) || k < before) continue;
    const opener = tokens[i]!.text;
    if (!/^[-–—([]$/u.test(opener)) continue;
    appositions.set(k, before);
  }
  return appositions;
}

/** "a three-day summit that opens on Friday": a day's date becomes the gathering's days. */
function withLength(date: DateExpression, text: string, at: number): DateExpression {
  if (date.endDate !== null || date.date.length !== 10) return date;
  const length = /\b(\w+)[-\u2010\u2011 ]day\s+$/i.exec(text.slice(Math.max(0, at - 20), at));
  const days = length ? (LENGTH_WORDS.get(length[1]!.toLowerCase()) ?? Number(length[1])) : NaN;
  if (!Number.isInteger(days) || days < 2 || days > 14) return date;
  return { ...date, endDate: addDays(date.date, days - 1) };
}

/** "last December", "earlier this month", "next week", "two years ago" in the clause. */
function relativeTime(
  tokens: readonly Token[],
  clause: readonly number[],
  c: number,
): EventMention['when'] {
  for (let i = 0; i < tokens.length; i++) {
    if (clause[i] !== c) continue;
    const word = lower(tokens[i]!);
    const direction = TIME_BEFORE.has(word) ? 'previous' : TIME_AFTER.has(word) ? 'next' : null;
    if (!direction) continue;
    if (word === 'ago')
      return {
        text: tokens
          .slice(Math.max(0, i - 2), i + 1)
          .map(lower)
          .join(' '),
        direction,
      };
    // "last December", "earlier this month", "next week".
    for (let j = i + 1; j <= i + 2 && j < tokens.length; j++) {
      if (TIME_UNITS.test(tokens[j]!.text)) {
        return {
          text: tokens
            .slice(i, j + 1)
            .map(lower)
            .join(' '),
          direction,
        };
      }
    }
  }
  return null;
}

/** A pronoun (or "the two") before the trigger in its clause, standing for its subject. */
function pronounSubject(
  tokens: readonly Token[],
  clause: readonly number[],
  c: number,
  trigger: Trigger,
): 'one' | 'several' | null {
  for (let i = trigger.first - 1; i >= 0 && clause[i] === c; i--) {
    const word = lower(tokens[i]!);
    if (ONE_PRONOUNS.has(word)) return 'one';
    if (SEVERAL_PRONOUNS.has(word)) return 'several';
    if (word === 'two' && i > 0 && lower(tokens[i - 1]!) === 'the') return 'several';
    if (tokens[i]!.pos === 'PROPN') return null;
  }
  return null;
}

/** The date of the event: in its clause first, else in the sentence; a date of saying last. */
function dateFor(
  sentence: DocSentence,
  tokens: readonly Token[],
  clause: readonly number[],
  c: number,
  trigger: Trigger,
  speechAt: readonly number[],
): { date: DateExpression; saying: boolean } | null {
  let best: { date: DateExpression; saying: boolean } | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  const quoteOf = (at: number) => sentence.quotes.find(([from, to]) => at >= from && at < to);
  const triggerQuote = quoteOf(tokens[trigger.first]!.at);
  for (const date of sentence.dates) {
    // "'What happened today …,' she said after the summit": a quotation's time is the speaker's.
    if (quoteOf(date.at) !== triggerQuote) continue;
    const position = tokenAt(tokens, date.at);
    // "said on Tuesday": the date of the saying.
    // "said on Tuesday", and "on Tuesday, X said that they will meet": a date before the verb of
    // saying that governs the event is the saying's.
    const saying = speechAt.some(
      (s) =>
        (s < position && position - s <= 3 && !(s < trigger.first && trigger.first < position)) ||
        (position < s && s < trigger.first),
    );
    const distance =
      Math.abs(position - trigger.first) + (clause[position] === c ? 0 : 100) + (saying ? 1000 : 0);
    if (distance < bestScore) {
      best = { date, saying };
      bestScore = distance;
    }
  }
  return best;
}

/** The place of the event: in its clause first, else in the sentence; not an origin. */
function placeFor(
  sentence: DocSentence,
  clause: readonly number[],
  tokens: readonly Token[],
  c: number,
  trigger: Trigger,
): PlaceExpression | null {
  let best: PlaceExpression | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const place of sentence.places) {
    if (place.preposition && NOT_MEETING_PLACE.has(place.preposition)) continue;
    // A place inside a person's title ("ambassador to Moscow") is not where anything happens.
    if (
      sentence.people.some(
        (person) => place.at >= person.mentionAt && place.end <= person.mentionEnd,
      )
    )
      continue;
    const position = tokenAt(tokens, place.at);
    const distance = Math.abs(position - trigger.first) + (clause[position] === c ? 0 : 100);
    if (distance < bestScore) {
      best = place;
      bestScore = distance;
    }
  }
  return best;
}

/**
 * What a sentence says became of a meeting: a postponing or cancelling verb speaks of the
 * meeting noun that is its object ("postpones the summit", "called off the meeting") or its
 * subject in the passive ("the meeting was called off"), not of everything in its clause —
 * "called off his trip to the summit" cancels the trip.
 */
function statusFor(
  tokens: readonly Token[],
  clause: readonly number[],
  c: number,
  triggers: readonly Trigger[],
  trigger: Trigger,
  negated: boolean,
): MeetingStatus | null {
  const own = trigger.verb;
  if (own === 'postpone') return negated ? null : 'postponed';
  if (own === 'cancel') return negated ? null : 'cancelled';
  if (trigger.noun === null) return null;
  for (const other of triggers) {
    if (other === trigger || clause[other.first] !== c) continue;
    if (other.verb !== 'postpone' && other.verb !== 'cancel') continue;
    if (negatedAt(tokens, other)) continue;
    const status = other.verb === 'postpone' ? 'postponed' : 'cancelled';
    if (other.last < trigger.first) {
      // The object: the first meeting noun after the verb, before any other verb.
      const object = triggers.find(
        (t) => t.noun !== null && t.first > other.last && clause[t.first] === c,
      );
      const between = tokens.slice(other.last + 1, trigger.first);
      if (object === trigger && !between.some(isVerb)) return status;
    } else {
      // The passive subject: "the meeting … was called off".
      const passive = tokens
        .slice(Math.max(0, other.first - 3), other.first)
        .some((token) => /^(?:is|are|was|were|been|be|being|got)$/i.test(token.text));
      const subject = [...triggers]
        .reverse()
        .find((t) => t.noun !== null && t.last < other.first && clause[t.first] === c);
      if (passive && subject === trigger) return status;
    }
  }
  const phrase = tokens
    .slice(trigger.last + 1, trigger.last + 3)
    .map((token) => token.lemma.toLowerCase());
  if (phrase.includes('postponement')) return 'postponed';
  if (phrase.includes('cancellation')) return 'cancelled';
  return null;
}
