import Fuse from 'fuse.js';
import { MONTHS_FOLDED } from '../corpus/calendar.js';
import type { Knowledge } from '../knowledge.js';
import { findPolity } from '../meetings/places/gazetteer.js';
import { fold } from '../meetings/text.js';
import type { MeetingRecord } from '../meetings/types.js';
import { FuzzyWords } from '../search/fuzzyWords.js';

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
/**
 * Passages and attendees read into one meeting's search document: a meeting made of thousands
 * of repeated sentences is described by its first ones as well as by all, at a bounded cost.
 */
const MAX_SOURCES_READ = 200;
const MAX_ATTENDEES_READ = 100;
/** Among equal matches, a meeting more briefings report is more likely the one meant. */
const BRIEFING_BONUS = 0.1;
/** …above all one they report as their own meeting, not in passing. */
const REPORT_BONUS = 0.1;
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
  const attendees = meeting.attendees.slice(0, MAX_ATTENDEES_READ);
  const people = attendees.map((a) => a.name ?? '').join(' ');
  const roles = attendees.map((a) => a.role ?? '').join(' ');
  const when: string[] = [];
  if (meeting.date) {
    const [y, m] = meeting.date.split('-');
    when.push(y!);
    if (m) when.push(MONTHS_FOLDED[Number(m) - 1]!);
  }
  const countries = meeting.countries.flatMap((c) => [c, ...(findPolity(c)?.code ? [] : [])]);
  const words = new Set<string>();
  for (const id of meeting.sources.slice(0, MAX_SOURCES_READ)) {
    if (words.size >= MAX_WORDS) break;
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

/**
 * The meetings' documents with an inverted index over their words: a query word selects the
 * meetings holding it, a word within an edit or two of it, or a word it begins (typed so far),
 * and fuse.js then ranks only those. The cost follows the candidates, not the corpus.
 */
interface MeetingIndex {
  readonly documents: readonly MeetingDocument[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly vocabulary: FuzzyWords;
  /** The vocabulary sorted, for prefix look-ups. */
  readonly sorted: readonly string[];
}

/** Meetings fuse.js ranks for one query at most: the ones matching the most query words. */
const MAX_CANDIDATES = 50;
/** The most meetings one query returns. */
export const MAX_MEETING_MATCHES = MAX_CANDIDATES;
/** Words a typed prefix may stand for. */
const MAX_PREFIX_WORDS = 40;
const FIELDS = ['title', 'place', 'countries', 'people', 'roles', 'when', 'words'] as const;

const cache = new WeakMap<readonly MeetingRecord[], MeetingIndex>();

function indexOf(knowledge: Knowledge): MeetingIndex {
  let index = cache.get(knowledge.meetings);
  if (!index) {
    const documents = knowledge.meetings.map((meeting) => documentOf(knowledge, meeting));
    const postings = new Map<string, number[]>();
    const vocabulary = new FuzzyWords();
    documents.forEach((document, i) => {
      const words = new Set(FIELDS.flatMap((field) => document[field].split(/[^\p{L}\d]+/u)));
      for (const word of words) {
        if (word.length < 2) continue;
        const list = postings.get(word);
        if (list) list.push(i);
        else postings.set(word, [i]);
        vocabulary.add(word);
      }
    });
    index = { documents, postings, vocabulary, sorted: [...postings.keys()].sort() };
    cache.set(knowledge.meetings, index);
  }
  return index;
}

/** Words of the index a query word may stand for: itself, near spellings, completions. */
function wordsFor(index: MeetingIndex, term: string): string[] {
  const words = new Set<string>();
  for (const part of term.split(/[^\p{L}\d]+/u)) {
    if (part.length < 2) continue;
    if (index.postings.has(part)) words.add(part);
    for (const near of index.vocabulary.near(part)) words.add(near.word);
    let at = lowerBound(index.sorted, part);
    for (let n = 0; n < MAX_PREFIX_WORDS && index.sorted[at]?.startsWith(part); n++, at++) {
      words.add(index.sorted[at]!);
    }
  }
  return [...words];
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The meetings worth ranking for these query words: those matching the most of them. */
function candidatesOf(index: MeetingIndex, terms: readonly string[]): MeetingDocument[] {
  const hits = new Map<number, number>();
  for (const term of terms) {
    const matched = new Set<number>();
    for (const word of wordsFor(index, term))
      for (const i of index.postings.get(word) ?? []) matched.add(i);
    for (const i of matched) hits.set(i, (hits.get(i) ?? 0) + 1);
  }
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([i]) => index.documents[i]!);
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
  const candidates = candidatesOf(indexOf(knowledge), terms);
  if (candidates.length === 0) return [];
  const fuse = new Fuse(candidates, FUSE_OPTIONS);
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
        (meeting.reports ?? 0) * REPORT_BONUS +
        Math.min(meeting.sources.length, MAX_SOURCE_BONUS) * SOURCE_BONUS,
    }))
    .sort((a, b) => b.score - a.score);
}
