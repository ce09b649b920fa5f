import type { Knowledge } from '../knowledge.js';
import type { MeetingRecord } from '../meetings/types.js';
import { fold } from '../search/terms.js';
import type { PassageHit } from '../search/types.js';
import type { PassageId } from '../types.js';
import { questionKind } from './questionKind.js';

/** An answer taken from the meeting knowledge, with the passages that state it. */
export interface MeetingFact {
  readonly meeting: MeetingRecord;
  readonly answer: string;
  readonly passages: readonly PassageId[];
}

/** Words that make a question about a meeting rather than about anything said in one. */
const ABOUT_A_MEETING =
  /\b(meet|meets|met|meeting|meetings|talks|summit|summits|visit|visited|gather\w*|held|hold|conference|attend\w*|took part|take part|particip\w*|represent\w*|delegations?)\b/i;
const LAST = /\b(last|latest|most recent(ly)?|previous(ly)?)\b/i;
const NEXT = /\b(next|upcoming|coming|future)\b/i;
/** How much of the best meeting's support another needs to be weighed for "last"/"next". */
const RIVAL_SHARE = 0.5;
/** Least support (summed hit scores) for a meeting to be taken as the one asked about. */
const MIN_SUPPORT = 0.6;
/** Passages quoted for one fact. */
const MAX_PASSAGES = 3;

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
  question: string,
  support: Map<MeetingRecord, number>,
): MeetingRecord | null {
  const ranked = [...support.entries()].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || best[1] < MIN_SUPPORT) return null;
  const rivals = ranked
    .filter(([, score]) => score >= best[1] * RIVAL_SHARE)
    .map(([meeting]) => meeting);
  const dated = rivals.filter((meeting) => meeting.date !== null);
  if (LAST.test(question)) {
    const held = dated.filter((meeting) => meeting.status === 'held');
    return held.sort((a, b) => (a.date! < b.date! ? 1 : -1))[0] ?? null;
  }
  if (NEXT.test(question)) {
    // Only an announced meeting can answer "next"; search may still find a sentence about one.
    const announced = dated.filter((meeting) => meeting.status === 'announced');
    return announced.sort((a, b) => (a.date! < b.date! ? -1 : 1))[0] ?? null;
  }
  return best[0];
}

/** The passages stating the fact asked for, most telling first. */
function factPassages(
  meeting: MeetingRecord,
  kind: ReturnType<typeof questionKind>,
  passages: Knowledge['passageById'],
): readonly PassageId[] {
  switch (kind) {
    case 'when':
      return meeting.dateSources;
    case 'where': {
      // Sentences that name the place itself ("at the Filoli estate in Woodside") before
      // those the place was inferred from.
      const place = fold(meeting.location?.split(',')[0] ?? '');
      const named = (id: PassageId) =>
        place && fold(passages.get(id)?.text ?? '').includes(place) ? 0 : 1;
      const naming = place ? meeting.sources.filter((id) => named(id) === 0) : [];
      return [...new Set([...meeting.locationSources, ...naming])].sort(
        (a, b) => named(a) - named(b),
      );
    }
    case 'who': {
      // The sentences naming the most participants answer "who" best.
      const counts = new Map<PassageId, number>();
      for (const attendee of meeting.attendees) {
        for (const id of attendee.sources)
          counts.set(id, (counts.get(id) ?? 0) + (attendee.name ? 2 : 1));
      }
      return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    }
    default:
      return [];
  }
}

/**
 * Answers questions about a meeting's date, place or participants from the extracted
 * meetings ("when did they last meet in Moscow?"), quoting the sentences those facts were
 * read from. Returns null when the question is not of that kind or no meeting clearly
 * matches, so that search answers instead.
 */
export function answerFromMeetings(
  knowledge: Knowledge,
  question: string,
  hits: readonly PassageHit[],
): MeetingFact | null {
  const kind = questionKind(question);
  if (kind !== 'when' && kind !== 'where' && kind !== 'who') return null;
  if (!ABOUT_A_MEETING.test(question) || knowledge.meetings.length === 0) return null;
  const meeting = chooseMeeting(question, supportOf(knowledge, hits));
  if (!meeting) return null;
  const passages = factPassages(meeting, kind, knowledge.passageById)
    .filter((id) => knowledge.passageById.has(id))
    .slice(0, MAX_PASSAGES);
  const first = passages[0];
  if (!first) return null;
  return { meeting, answer: knowledge.passageById.get(first)!.text, passages };
}
