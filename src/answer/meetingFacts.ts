import { memoize } from '../corpus/memoize.js';
import type { Knowledge } from '../knowledge.js';
import { EVENT_NOUNS } from '../meetings/doc/placeWords.js';
import { findPlaceExpressions } from '../meetings/doc/places.js';
import { readSentence } from '../meetings/doc/reading.js';
import type { PlaceContext, PlaceExpression } from '../meetings/doc/types.js';
import type { MeetingRecord } from '../meetings/types.js';
import { fold } from '../search/terms.js';
import type { PassageHit } from '../search/types.js';
import type { IsoDate, PassageId } from '../types.js';
import type { MeetingFactKind, QuestionAnalysis } from './question/analyse.js';

/**
 * Sentences the meeting knowledge says state the fact a question asks for, with how
 * strongly each states it (1: names the participants, or gives the date or place; less:
 * describes participants without naming them). They are ranked with the search results.
 */
export interface MeetingFacts {
  readonly meeting: MeetingRecord;
  readonly kind: MeetingFactKind;
  readonly strength: ReadonlyMap<PassageId, number>;
}

/** How much of the best meeting's support another needs to be weighed for "last"/"next". */
const RIVAL_SHARE = 0.5;
/** Least support (summed hit scores) for a meeting to be taken as the one asked about. */
const MIN_SUPPORT = 0.6;
/** A sentence listing participants it does not name ("the defence ministers") states less. */
const UNNAMED_STRENGTH = 0.5;

/** Passage → the meetings citing it, built once per set of meetings. */
const meetingsByPassage = new WeakMap<readonly MeetingRecord[], Map<PassageId, MeetingRecord[]>>();

function meetingsOf(knowledge: Knowledge): Map<PassageId, MeetingRecord[]> {
  let byPassage = meetingsByPassage.get(knowledge.meetings);
  if (!byPassage) {
    byPassage = new Map();
    for (const meeting of knowledge.meetings) {
      for (const id of meeting.sources) {
        const list = byPassage.get(id);
        if (list) list.push(meeting);
        else byPassage.set(id, [meeting]);
      }
    }
    meetingsByPassage.set(knowledge.meetings, byPassage);
  }
  return byPassage;
}

/** How strongly the search hits point at each meeting: hits inside its sources count. */
function supportOf(knowledge: Knowledge, hits: readonly PassageHit[]): Map<MeetingRecord, number> {
  const byPassage = meetingsOf(knowledge);
  const support = new Map<MeetingRecord, number>();
  for (const hit of hits) {
    for (const meeting of byPassage.get(hit.passage.id) ?? []) {
      support.set(meeting, (support.get(meeting) ?? 0) + hit.relevance * hit.score);
    }
  }
  return support;
}

function chooseMeeting(
  order: QuestionAnalysis['order'],
  support: Map<MeetingRecord, number>,
): MeetingRecord | null {
  const ranked = [...support.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || best[1] < MIN_SUPPORT) return null;
  const rivals = ranked
    .filter(([, score]) => score >= best[1] * RIVAL_SHARE)
    .map(([meeting]) => meeting);
  const dated = rivals.filter((meeting) => meeting.date !== null);
  if (order === 'last') {
    const held = dated.filter((meeting) => meeting.status === 'held');
    return held.sort((a, b) => (a.date! < b.date! ? 1 : -1))[0] ?? null;
  }
  if (order === 'next') {
    // Only an announced meeting can answer "next"; search may still find a sentence about one.
    const announced = dated.filter((meeting) => meeting.status === 'announced');
    return announced.sort((a, b) => (a.date! < b.date! ? -1 : 1))[0] ?? null;
  }
  return best[0];
}

/**
 * Sources of one fact read for an answer: a meeting made of thousands of repeated sentences
 * is stated well enough by its first ones, and reading all of them would hold up every answer.
 */
const MAX_FACT_SOURCES = 200;
const first = <T>(items: readonly T[]): readonly T[] =>
  items.length > MAX_FACT_SOURCES ? items.slice(0, MAX_FACT_SOURCES) : items;

/** Words that make a sentence speak of a meeting: "met", "held talks", "the summit", "hosted". */
const MEETING_LEMMAS: ReadonlySet<string> = new Set([
  'meet',
  'meeting',
  'hold',
  'host',
  'attend',
  'convene',
  'gather',
  'visit',
  'sit',
  'greet',
  'welcome',
  'receive',
  ...EVENT_NOUNS,
]);
/** Prepositions that put a meeting in a place: "met *in* Geneva", "talks *at* the Grand Hotel". */
const AT_PLACE: ReadonlySet<string> = new Set(['in', 'at']);
const NO_COUNTRIES: PlaceContext = { countries: new Set() };

/**
 * The places a sentence puts a meeting in or at ("met *in Geneva*", "talks *at the Grand
 * Hotel*"), or none when it does not speak of a meeting.
 */
const meetingPlacesIn = memoize((text: string): readonly PlaceExpression[] => {
  const reading = readSentence(text);
  if (!reading.tokens.some((token) => MEETING_LEMMAS.has(token.lemma.toLowerCase()))) return [];
  return findPlaceExpressions(reading, NO_COUNTRIES).filter(
    (place) => place.preposition !== null && AT_PLACE.has(place.preposition),
  );
});

/**
 * Whether a sentence gives the place of a meeting held in a town: it puts the meeting in the
 * town or at a named venue ("wrapped up their talks at the Grand Hotel"). A town named in
 * passing ("following the Lisbon meeting", a dateline) gives no place.
 */
const givesPlace = (text: string, town: string): boolean =>
  meetingPlacesIn(text).some(
    (place) => place.venue !== null || (place.city !== null && fold(place.city) === town),
  );

/** Whether a sentence names an attendee: by one of the words of their name ("Lisboa" for "Ana Lisboa"). */
function namesPerson(text: string, name: string): boolean {
  const written = new Set(fold(text).split(/[^\p{L}\p{N}]+/u));
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .some((word) => word.length > 2 && written.has(word));
}

/**
 * The passages stating the fact asked for, with how strongly each states it: for "who", a
 * sentence naming a participant as taking part; for "when", one giving the meeting's date;
 * for "where", one giving its place. A sentence that does not hold the kind of answer asked
 * for (`answers`: a person the question does not name, a date, a place it does not give)
 * states no fact the question lacks, so it is left out.
 */
function factPassages(
  meeting: MeetingRecord,
  kind: MeetingFactKind,
  passages: Knowledge['passageById'],
  answers: (sentence: string) => boolean,
): Map<PassageId, number> {
  const strength = new Map<PassageId, number>();
  const textOf = (id: PassageId) => passages.get(id)?.text ?? '';
  switch (kind) {
    case 'date':
      for (const id of first(meeting.dateSources)) strength.set(id, 1);
      break;
    case 'place': {
      for (const id of first(meeting.locationSources)) strength.set(id, 1);
      // Sentences that put the meeting in the town or at a venue ("at the Filoli estate") too.
      const town = fold(meeting.location?.split(',')[0] ?? '');
      for (const id of first(meeting.sources)) {
        if (givesPlace(textOf(id), town)) strength.set(id, 1);
      }
      break;
    }
    case 'participants':
      // A sentence naming who took part states it; one describing unnamed roles, less.
      for (const attendee of first(meeting.attendees)) {
        for (const id of first(attendee.sources)) {
          const named = attendee.name !== null && namesPerson(textOf(id), attendee.name);
          const own = named ? 1 : UNNAMED_STRENGTH;
          strength.set(id, Math.max(strength.get(id) ?? 0, own));
        }
      }
      break;
  }
  for (const id of strength.keys()) if (!answers(textOf(id))) strength.delete(id);
  return strength;
}

/**
 * For a question about a meeting's participants, date or place ("who attended the Moscow
 * meeting?", "when did they last meet?"), the meeting the search points to and the sentences
 * its facts were read from. Null for any other question, or when no meeting clearly matches.
 */
export function meetingFacts(
  knowledge: Knowledge,
  analysis: QuestionAnalysis,
  hits: readonly PassageHit[],
  answers: (sentence: string) => boolean = () => true,
): MeetingFacts | null {
  const kind = analysis.meetingFact;
  if (!kind || knowledge.meetings.length === 0) return null;
  const meeting = chooseMeeting(analysis.order, supportOf(knowledge, hits));
  if (!meeting) return null;
  const strength = factPassages(meeting, kind, knowledge.passageById, answers);
  for (const id of strength.keys()) if (!knowledge.passageById.has(id)) strength.delete(id);
  return strength.size > 0 ? { meeting, kind, strength } : null;
}

/**
 * The date of the held meeting a question in the past tense is about ("what did the G7 agree
 * in Hiroshima?"), when the search points clearly to one; null for a question about what is
 * to come, or when no dated, held meeting matches.
 */
export function heldMeetingDate(
  knowledge: Knowledge,
  analysis: QuestionAnalysis,
  hits: readonly PassageHit[],
): IsoDate | null {
  if (analysis.future || knowledge.meetings.length === 0) return null;
  const meeting = chooseMeeting(analysis.order, supportOf(knowledge, hits));
  return meeting?.status === 'held' ? meeting.date : null;
}
