import Fuse from 'fuse.js';
import { MONTHS_FOLDED } from '../corpus/calendar.js';
import type { Knowledge } from '../knowledge.js';
import { findPolity } from '../meetings/places/gazetteer.js';
import { fold } from '../meetings/text.js';
import type { MeetingRecord } from '../meetings/types.js';

/** One meeting's searchable words, by field. */
interface MeetingDocument {
  readonly meeting: MeetingRecord;
  readonly title: string;
  readonly place: string;
  readonly countries: string;
  readonly people: string;
  readonly roles: string;
  readonly when: string;
  readonly words: string;
}

export interface MeetingMatch {
  readonly meeting: MeetingRecord;
  /** Higher is better. */
  readonly score: number;
}

/** Query words that carry no meeting-specific sense. */
const STOP_WORDS = new Set(
  'the a an of in on at to and or with for about who what when where which did does do was were is are meeting meet met talks summit held attended attend took part first second last next'.split(
    ' ',
  ),
);
/** Interchangeable words for meeting formats. */
const SYNONYMS: Record<string, string> = {
  quadripartite: 'quadrilateral',
  'four-way': 'quadrilateral',
  tripartite: 'trilateral',
  'three-way': 'trilateral',
  defense: 'defence',
};

const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  keys: [
    { name: 'title', weight: 3 },
    { name: 'place', weight: 3 },
    { name: 'countries', weight: 2 },
    { name: 'people', weight: 2 },
    { name: 'roles', weight: 1 },
    { name: 'when', weight: 2 },
    { name: 'words', weight: 1 },
  ],
});

/** Capitalised words of a meeting's passages (venues, formats, councils): "Filoli", "NATO-Ukraine". */
const PROPER_WORDS = /\b\p{Lu}[\p{L}\d-]{2,}/gu;
const MAX_WORDS = 80;
/** Among equal matches, a meeting more briefings report is more likely the one meant. */
const BRIEFING_BONUS = 0.1;
/** …and one its briefings say more about (passages, up to a cap). */
const SOURCE_BONUS = 0.005;
const MAX_SOURCE_BONUS = 20;

function normalise(text: string): string {
  return fold(text)
    .split(/\s+/)
    .map((w) => SYNONYMS[w] ?? w)
    .join(' ');
}

function documentOf(knowledge: Knowledge, meeting: MeetingRecord): MeetingDocument {
  const people = [...meeting.attendees].map((a) => a.name ?? '').join(' ');
  const roles = meeting.attendees.map((a) => a.role ?? '').join(' ');
  const when: string[] = [];
  if (meeting.date) {
    const [y, m] = meeting.date.split('-');
    when.push(y!);
    if (m) when.push(MONTHS_FOLDED[Number(m) - 1]!);
  }
  const countries = meeting.countries.flatMap((c) => [c, ...(findPolity(c)?.code ? [] : [])]);
  const words = new Set<string>();
  for (const id of meeting.sources) {
    const passage = knowledge.passageById.get(id);
    if (!passage) continue;
    for (const match of passage.text.matchAll(PROPER_WORDS)) {
      if (words.size >= MAX_WORDS) break;
      words.add(match[0]);
    }
  }
  return {
    meeting,
    title: normalise(meeting.title),
    place: normalise(meeting.location ?? ''),
    countries: normalise(countries.join(' ')),
    people: normalise(people),
    roles: normalise(`${roles} ${meeting.kind}`),
    when: when.join(' '),
    words: normalise([...words].join(' ')),
  };
}

const cache = new WeakMap<Knowledge, Fuse<MeetingDocument>>();

function indexOf(knowledge: Knowledge): Fuse<MeetingDocument> {
  let fuse = cache.get(knowledge);
  if (!fuse) {
    fuse = new Fuse(
      knowledge.meetings.map((m) => documentOf(knowledge, m)),
      FUSE_OPTIONS,
    );
    cache.set(knowledge, fuse);
  }
  return fuse;
}

/** Query words, with country names and demonyms folded to the canonical country. */
function queryTerms(query: string): string[] {
  return normalise(query)
    .split(/[^\p{L}\d-]+/u)
    .filter((w) => w.length > 1 && !STOP_WORDS.has(w))
    .map((w) => {
      const polity = findPolity(w);
      return polity && !polity.isOrganisation ? normalise(polity.name) : w;
    });
}

/**
 * Meetings ranked for a loose query: each query word is matched fuzzily (fuse.js) against the
 * meetings' titles, places, countries, people, roles, date words and proper names of their
 * passages; a meeting's score adds up the words it matches, so "moscow defence" prefers the
 * meeting matching both. Meetings reported by more briefings win ties.
 */
export function rankMeetings(knowledge: Knowledge, query: string): MeetingMatch[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const fuse = indexOf(knowledge);
  const scores = new Map<MeetingRecord, number>();
  for (const term of terms) {
    const year = /^(19|20)\d\d$/.test(term);
    const hits = fuse.search(year ? { when: `'${term}` } : term);
    for (const hit of hits) {
      const score = 1 - (hit.score ?? 1);
      scores.set(hit.item.meeting, (scores.get(hit.item.meeting) ?? 0) + score);
    }
  }
  return [...scores.entries()]
    .map(([meeting, score]) => ({
      meeting,
      score:
        score +
        meeting.briefings.length * BRIEFING_BONUS +
        Math.min(meeting.sources.length, MAX_SOURCE_BONUS) * SOURCE_BONUS,
    }))
    .sort((a, b) => b.score - a.score);
}
