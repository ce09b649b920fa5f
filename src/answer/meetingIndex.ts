import { fold } from '../corpus/fold.js';
import type { Knowledge } from '../knowledge.js';
import { nameKey } from '../meetings/text.js';
import type { MeetingRecord } from '../meetings/types.js';
import { FuzzyWords } from '../search/fuzzyWords.js';
import { tokenize } from '../search/terms.js';
import { type DateSpan, dateKey, dateSpanOf, dateWordsOf, yearOrMonthOf } from './meetingDates.js';
import { type KeyedWord, keysOfTokens } from './meetingWords.js';

/** The parts of a meeting a query word can match, each weighed on its own (BM25F). */
export const MEETING_FIELDS = [
  'title',
  'kind',
  'place',
  'date',
  'people',
  'countries',
  'roles',
  'topics',
  'mentions',
] as const;

export type MeetingField = (typeof MEETING_FIELDS)[number];

/**
 * How much one occurrence of a word in each field counts. The facts extraction found (who,
 * where, when, which countries) count fully; the title mostly restates them, so it adds
 * little of its own; a kind of meeting ("summit", "talks") is a common word that the
 * briefings use loosely; roles and topics are longer phrases; the proper words of the
 * meeting's passages name what its reports keep naming (a venue, a grouping) but are not
 * facts about it. Set on the tuning half of the evaluation questions, where title 0-0.5,
 * kind 0.5-1 and passages 0.6-1 score alike and title 1, kind 1, passages 0.3 score lower.
 */
export const FIELD_WEIGHTS: Readonly<Record<MeetingField, number>> = Object.freeze({
  title: 0.25,
  kind: 0.5,
  place: 1,
  date: 1,
  people: 1,
  countries: 1,
  roles: 0.5,
  topics: 0.5,
  mentions: 0.6,
});

/** Capitalised words of a meeting's passages (venues, formats, councils): "Filoli", "NATO-Ukraine". */
const PROPER_WORDS = /\b\p{Lu}[\p{L}\d-]{2,}/gu;
/** Proper words read from one meeting's passages at most: enough for its venue and names. */
const MAX_MENTIONED_WORDS = 80;
/**
 * Passages, attendees and topics read into one meeting's fields at most: a meeting made of
 * thousands of repeated sentences is described by its first ones as well as by all, at a
 * bounded cost.
 */
const MAX_SOURCES_READ = 200;
const MAX_ATTENDEES_READ = 100;
const MAX_TOPICS_READ = 50;

/**
 * Records compared with each other at most within one day, one briefing or one city when
 * looking for one meeting reported apart, and pieces one record has at most: a day, a
 * briefing or a city with more records costs no more.
 */
const MAX_RECORDS_COMPARED = 50;

/** The meetings holding one key, with the key's weighed frequency in each (BM25F's tf). */
interface Posting {
  readonly meetings: number[];
  readonly frequencies: number[];
}

export interface MeetingIndex {
  readonly meetings: readonly MeetingRecord[];
  /** Each meeting's dates, for telling a year or month that rules it out. */
  readonly spans: readonly (DateSpan | null)[];
  readonly postings: ReadonlyMap<string, Posting>;
  /** Folded word → the keys it was indexed under: where a typo or a prefix leads. */
  readonly keysOfWord: ReadonlyMap<string, readonly string[]>;
  /** A name word's spelling-variant key ("zelenskiy" → "zelenski") → its keys. */
  readonly nameVariants: ReadonlyMap<string, readonly string[]>;
  readonly vocabulary: FuzzyWords;
  /** The indexed words sorted, for completing a word being typed. */
  readonly sortedWords: readonly string[];
  /** For each meeting, the records that look like the same meeting reported apart (see `sameMeeting`). */
  readonly partners: readonly (readonly number[])[];
}

const unique = (texts: Iterable<string | null | undefined>): string[] => [
  ...new Set([...texts].filter((text): text is string => !!text)),
];

function textKeys(texts: readonly string[], polities: boolean): KeyedWord[] {
  return texts.flatMap((text) => keysOfTokens(tokenize(text), polities));
}

/**
 * The proper words a meeting's passages use most, at most MAX_MENTIONED_WORDS of them: what
 * its reports keep naming (a venue, a grouping) rather than what one passage names in passing.
 */
function mentionedWords(
  knowledge: Pick<Knowledge, 'passageById'>,
  meeting: MeetingRecord,
): string[] {
  const counts = new Map<string, number>();
  for (const id of meeting.sources.slice(0, MAX_SOURCES_READ)) {
    const text = knowledge.passageById.get(id)?.text;
    if (!text) continue;
    for (const match of text.matchAll(PROPER_WORDS)) {
      counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    }
  }
  if (counts.size <= MAX_MENTIONED_WORDS) return [...counts.keys()];
  // Sorting is stable: among words used as often, the first named comes first.
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_MENTIONED_WORDS)
    .map(([word]) => word);
}

/** One meeting's keys, field by field. */
function fieldsOf(
  knowledge: Pick<Knowledge, 'passageById'>,
  meeting: MeetingRecord,
  span: DateSpan | null,
): Record<MeetingField, KeyedWord[]> {
  const attendees = meeting.attendees.slice(0, MAX_ATTENDEES_READ);
  const named = attendees.flatMap((a) => (a.name ? [a.name] : []));
  // The title restates the date, which the date field holds as dates.
  const title = keysOfTokens(
    tokenize(meeting.title).filter((token) => !yearOrMonthOf(token.word)),
    true,
  );
  return {
    title,
    kind: textKeys(unique([meeting.kind, meeting.format]), true),
    place: textKeys(unique([meeting.location]), true),
    date: span ? dateWordsOf(span).map((word) => ({ key: dateKey(word), word: null })) : [],
    people: textKeys(named, false),
    countries: textKeys(unique([...meeting.countries, ...attendees.map((a) => a.country)]), true),
    roles: textKeys(unique(attendees.map((a) => a.role)), false),
    topics: textKeys(
      meeting.topics.slice(0, MAX_TOPICS_READ).map((topic) => topic.text),
      true,
    ),
    mentions: textKeys(mentionedWords(knowledge, meeting), true),
  };
}

const placeOf = (meeting: MeetingRecord): string | null =>
  meeting.location ? fold(meeting.location) : null;
const cityOf = (place: string): string => place.split(',')[0]!.trim();
const DAY_PRECISION = 'yyyy-mm-dd'.length;

/**
 * Whether two records look like one meeting that extraction left in pieces: held the same
 * day, where one of them knows no place or only a wider one ("Saudi Arabia" beside "AlUla,
 * Saudi Arabia"); or reported by the same briefing in the same city when one of them has no
 * date. Two records of the same day in the same city are not taken for one: a summit and a
 * meeting on its sidelines are both held there that day.
 */
export function sameMeeting(a: MeetingRecord, b: MeetingRecord): boolean {
  const placeA = placeOf(a);
  const placeB = placeOf(b);
  if (a.date && a.date.length === DAY_PRECISION && a.date === b.date) {
    if (!placeA || !placeB) return true;
    return placeA !== placeB && (placeA.endsWith(placeB) || placeB.endsWith(placeA));
  }
  if (a.date && b.date) return false;
  if (!placeA || !placeB || cityOf(placeA) !== cityOf(placeB)) return false;
  return a.briefings.some((briefing) => b.briefings.includes(briefing));
}

function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * For each meeting, the records that look like pieces of the same meeting: those `sameMeeting`
 * pairs it with among the records of its day and of its briefings, and, for an undated record
 * in a city where the briefings hold one dated meeting only, that meeting.
 */
function partnersOf(meetings: readonly MeetingRecord[]): number[][] {
  const partners = meetings.map((): number[] => []);
  const pair = (i: number, j: number) => {
    const [a, b] = [partners[i]!, partners[j]!];
    if (a.includes(j) || a.length >= MAX_RECORDS_COMPARED || b.length >= MAX_RECORDS_COMPARED)
      return;
    a.push(j);
    b.push(i);
  };
  const groups = new Map<string, number[]>();
  const cities = new Map<string, { dated: number[]; undated: number[] }>();
  meetings.forEach((meeting, i) => {
    if (meeting.date) listIn(groups, `date ${meeting.date}`).push(i);
    for (const briefing of meeting.briefings) listIn(groups, `briefing ${briefing}`).push(i);
    const place = placeOf(meeting);
    if (!place) return;
    const city = cityOf(place);
    if (!cities.has(city)) cities.set(city, { dated: [], undated: [] });
    const entry = cities.get(city)!;
    (meeting.date ? entry.dated : entry.undated).push(i);
  });
  for (const { dated, undated } of cities.values()) {
    if (dated.length !== 1) continue;
    for (const i of undated.slice(0, MAX_RECORDS_COMPARED)) pair(i, dated[0]!);
  }
  for (const group of groups.values()) {
    const compared = group.slice(0, MAX_RECORDS_COMPARED);
    for (let x = 0; x < compared.length; x++) {
      for (let y = x + 1; y < compared.length; y++) {
        const [i, j] = [compared[x]!, compared[y]!];
        if (sameMeeting(meetings[i]!, meetings[j]!)) pair(i, j);
      }
    }
  }
  return partners;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * The meetings' keys in one inverted index, each posting carrying the key's BM25F frequency
 * in that meeting: the field counts weighed by FIELD_WEIGHTS. No field's length dilutes a
 * match (BM25's b = 0): a meeting with more participants, topics or passages is better
 * reported, not wordier, and two meetings that match a query in the same fields must tie, so
 * that the tie goes to the one more briefings report rather than to the shorter record.
 */
export function buildMeetingIndex(
  knowledge: Pick<Knowledge, 'meetings' | 'passageById'>,
): MeetingIndex {
  const { meetings } = knowledge;
  const spans = meetings.map((meeting) => dateSpanOf(meeting.date, meeting.endDate));
  const postings = new Map<string, Posting>();
  const keysOfWord = new Map<string, string[]>();
  const nameVariants = new Map<string, string[]>();
  meetings.forEach((meeting, i) => {
    const fields = fieldsOf(knowledge, meeting, spans[i]!);
    const frequencies = new Map<string, number>();
    for (const field of MEETING_FIELDS) {
      for (const { key, word } of fields[field]) {
        frequencies.set(key, (frequencies.get(key) ?? 0) + FIELD_WEIGHTS[field]);
        if (word === null) continue;
        pushTo(keysOfWord, word, key);
        if (field === 'people') pushTo(nameVariants, nameKey(word), key);
      }
    }
    for (const [key, frequency] of frequencies) {
      let posting = postings.get(key);
      if (!posting) postings.set(key, (posting = { meetings: [], frequencies: [] }));
      posting.meetings.push(i);
      posting.frequencies.push(frequency);
    }
  });
  const vocabulary = new FuzzyWords();
  for (const word of keysOfWord.keys()) vocabulary.add(word);
  return {
    meetings,
    spans,
    postings,
    keysOfWord,
    nameVariants,
    vocabulary,
    sortedWords: [...keysOfWord.keys()].sort(),
    partners: partnersOf(meetings),
  };
}
