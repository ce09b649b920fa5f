import type { Knowledge } from '../knowledge.js';
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

/** The passages stating the fact asked for, with how strongly each states it. */
function factPassages(
  meeting: MeetingRecord,
  kind: MeetingFactKind,
  passages: Knowledge['passageById'],
): Map<PassageId, number> {
  const strength = new Map<PassageId, number>();
  switch (kind) {
    case 'date':
      for (const id of first(meeting.dateSources)) strength.set(id, 1);
      break;
    case 'place': {
      for (const id of first(meeting.locationSources)) strength.set(id, 1);
      // Sentences that name the place itself ("at the Filoli estate in Woodside") too.
      const place = fold(meeting.location?.split(',')[0] ?? '');
      if (place) {
        for (const id of first(meeting.sources)) {
          if (fold(passages.get(id)?.text ?? '').includes(place)) strength.set(id, 1);
        }
      }
      break;
    }
    case 'participants':
      // A sentence naming who took part states it; one describing unnamed roles, less.
      for (const attendee of first(meeting.attendees)) {
        for (const id of first(attendee.sources)) {
          const own = attendee.name ? 1 : UNNAMED_STRENGTH;
          strength.set(id, Math.max(strength.get(id) ?? 0, own));
        }
      }
      break;
  }
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
): MeetingFacts | null {
  const kind = analysis.meetingFact;
  if (!kind || knowledge.meetings.length === 0) return null;
  const meeting = chooseMeeting(analysis.order, supportOf(knowledge, hits));
  if (!meeting) return null;
  const strength = factPassages(meeting, kind, knowledge.passageById);
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
