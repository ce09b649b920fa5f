import type { Knowledge } from '../knowledge.js';
import { nameKey } from '../meetings/text.js';
import type { MeetingRecord } from '../meetings/types.js';
import { SEARCH_DEFAULTS } from '../search/passageIndex.js';
import { STOP_WORDS, type Token, tokenize } from '../search/terms.js';
import {
  contradicts,
  type DateWord,
  dateKey,
  dayOf,
  monthOf,
  yearOrMonthOf,
} from './meetingDates.js';
import { buildMeetingIndex, FIELD_WEIGHTS, type MeetingIndex } from './meetingIndex.js';
import { polityAt } from './meetingWords.js';

export interface MeetingMatch {
  readonly meeting: MeetingRecord;
  /** Higher is better: BM25F over the meeting's fields, less what its date rules out. */
  readonly score: number;
}

/** What a meeting search reads: the meetings, their passages, and the briefings' own words. */
export type MeetingSource = Pick<Knowledge, 'meetings' | 'passageById' | 'index'>;

/**
 * Words that name no particular meeting: those a question uses for taking part in one ("who
 * attended", "took part", "participants"), and "meeting" itself, the word for every kind of
 * gathering (a summit, talks, a session are all meetings), so it favours none of them. The
 * words for kinds of meeting ("summit", "talks", "round") do count. General English.
 */
const UNSPECIFIC_WORDS: ReadonlySet<string> = new Set(
  (
    'attend attends attended attending attendance attendee attendees participant participants ' +
    'participate participated participating took part present meeting meetings meet meets met'
  ).split(' '),
);

/** BM25's term-frequency saturation. */
const K1 = 1.2;
/** Query words read at most: a pasted paragraph costs no more than a long question. */
const MAX_QUERY_WORDS = 16;
/** Meetings ranked for one query at most (and so returned at most). */
const MAX_CANDIDATES = 50;
/** The most meetings one query returns. */
export const MAX_MEETING_MATCHES = MAX_CANDIDATES;
/** Words a typed prefix may stand for. */
const MAX_PREFIX_WORDS = 40;
/** Fewer letters than this complete to too many words to mean any of them. */
const MIN_PREFIX_LETTERS = 2;
/** Scores equal to this many decimals are a tie, broken by how the briefings report the meeting. */
const TIE_DECIMALS = 9;

/** One query word: the keys it is indexed under, and what it says about a date. */
interface QueryWord {
  readonly keys: readonly string[];
  /** The folded word, for spelling variants, typos and completions; null for a country of several words. */
  readonly word: string | null;
  readonly date: DateWord | null;
  /** The query's last word, perhaps not typed to its end (autocomplete). */
  readonly typedSoFar: boolean;
}

/** A key a query word may stand for, and how surely (1: as written). */
interface Alternative {
  readonly key: string;
  readonly quality: number;
}

const cache = new WeakMap<readonly MeetingRecord[], MeetingIndex>();

function indexOf(source: MeetingSource): MeetingIndex {
  let index = cache.get(source.meetings);
  if (!index) {
    index = buildMeetingIndex(source);
    cache.set(source.meetings, index);
  }
  return index;
}

const isMonth = (token: Token | undefined): boolean => !!token && monthOf(token.word) !== null;

/**
 * The query's words: dates (a year, a month, a day next to a month), countries and
 * organisations under any name, and other words as the search reads them. Stop words and
 * words that name no particular meeting are dropped; a month stays even when it is a stop
 * word ("may").
 */
function readMeetingQuery(query: string): QueryWord[] {
  const tokens = tokenize(query, true);
  const typing = /[\p{L}\p{N}]$/u.test(query);
  const words: QueryWord[] = [];
  for (let at = 0; at < tokens.length && words.length < MAX_QUERY_WORDS; at++) {
    const token = tokens[at]!;
    const typedSoFar = typing && at === tokens.length - 1;
    const date =
      yearOrMonthOf(token.word) ??
      (isMonth(tokens[at - 1]) || isMonth(tokens[at + 1]) ? dayOf(token.word) : null);
    if (date) {
      words.push({ keys: [dateKey(date)], word: null, date, typedSoFar });
      continue;
    }
    if (STOP_WORDS.has(token.word) || UNSPECIFIC_WORDS.has(token.word)) continue;
    const polity = polityAt(tokens, at);
    if (polity && polity.length > 1) {
      words.push({ keys: [polity.key], word: null, date: null, typedSoFar: false });
      at += polity.length - 1;
      continue;
    }
    const keys = polity ? [polity.key, token.term] : [token.term];
    words.push({ keys, word: token.word, date: null, typedSoFar });
  }
  return words;
}

/**
 * The keys a query word stands for: its own, as written; else a name spelled another way;
 * else, for a word neither the meetings nor the briefings know, its near spellings; and the
 * words it begins, when it is being typed or known nowhere.
 */
function alternativesOf(
  index: MeetingIndex,
  word: QueryWord,
  knows: (word: string) => boolean,
): Alternative[] {
  const found = new Map<string, number>();
  const add = (key: string, quality: number) => {
    if (quality > (found.get(key) ?? 0)) found.set(key, quality);
  };
  for (const key of word.keys) if (index.postings.has(key)) add(key, 1);
  const written = word.word;
  if (written === null) return [...found].map(([key, quality]) => ({ key, quality }));
  if (found.size === 0) {
    for (const key of index.nameVariants.get(nameKey(written)) ?? []) add(key, 1);
  }
  const unknown = found.size === 0 && !knows(written);
  if (unknown) {
    for (const near of index.vocabulary.near(written).slice(0, SEARCH_DEFAULTS.typoExpansions)) {
      const quality = 1 - SEARCH_DEFAULTS.typoPenalty * near.distance;
      for (const key of index.keysOfWord.get(near.word) ?? []) add(key, quality);
    }
  }
  if ((unknown || word.typedSoFar) && written.length >= MIN_PREFIX_LETTERS) {
    let at = lowerBound(index.sortedWords, written);
    for (let n = 0; n < MAX_PREFIX_WORDS && index.sortedWords[at]?.startsWith(written); n++, at++) {
      const completion = index.sortedWords[at]!;
      const quality = written.length / completion.length;
      for (const key of index.keysOfWord.get(completion) ?? []) add(key, quality);
    }
  }
  return [...found].map(([key, quality]) => ({ key, quality }));
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

const idfOf = (meetings: number, holding: number): number =>
  Math.log(1 + (meetings - holding + 0.5) / (holding + 0.5));

const saturate = (frequency: number): number => (frequency * (K1 + 1)) / (K1 + frequency);

const roundScore = (score: number): number => Number(score.toFixed(TIE_DECIMALS));

/**
 * Records that look like one meeting reported apart (`sameMeeting`) share the best match any
 * of them has, so the tie-breaks put the record the briefings report most first and its
 * pieces after it: a meeting asked for is answered with its fullest record.
 */
function shareAmongPieces(scores: Map<number, number>, partners: MeetingIndex['partners']): void {
  for (const [i, score] of [...scores]) {
    for (const j of partners[i]!) {
      if (score > (scores.get(j) ?? 0)) scores.set(j, score);
    }
  }
}

/**
 * Meetings ranked for a loose query ("moscow defence", "samarkand summit 2022", "who attended
 * the talks in Hanoi"): BM25F over each meeting's title, kind and format, place, date,
 * participants' names and countries, roles, topics and the proper words of its passages.
 * Each query word counts once, through its best spelling; a year or month the meeting's date
 * rules out counts against it as much as a match would count for it (after the pieces of one
 * meeting share their match: a piece's date is its own). Ties go to the meeting
 * more briefings report as their own (not in passing), then to the one more briefings report,
 * then to the one they say more about.
 */
export function rankMeetings(source: MeetingSource, query: string): MeetingMatch[] {
  const words = readMeetingQuery(query);
  if (words.length === 0) return [];
  const index = indexOf(source);
  const total = index.meetings.length;
  const knows = (word: string) => source.index.knows(word);
  const scores = new Map<number, number>();
  for (const word of words) {
    const best = new Map<number, number>();
    for (const { key, quality } of alternativesOf(index, word, knows)) {
      const posting = index.postings.get(key)!;
      const weight = quality * idfOf(total, posting.meetings.length);
      posting.meetings.forEach((meeting, j) => {
        const score = weight * saturate(posting.frequencies[j]!);
        if (score > (best.get(meeting) ?? 0)) best.set(meeting, score);
      });
    }
    for (const [meeting, score] of best) scores.set(meeting, (scores.get(meeting) ?? 0) + score);
  }
  shareAmongPieces(scores, index.partners);
  for (const word of words) {
    if (!word.date) continue;
    const held = index.postings.get(dateKey(word.date))?.meetings.length ?? 0;
    const penalty = idfOf(total, held) * saturate(FIELD_WEIGHTS.date);
    for (const [meeting, score] of scores) {
      if (contradicts(index.spans[meeting]!, word.date)) scores.set(meeting, score - penalty);
    }
  }
  return [...scores]
    .map(([i, score]) => ({
      meeting: index.meetings[i]!,
      score: roundScore(score),
      order: i,
    }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (b.meeting.reports ?? 0) - (a.meeting.reports ?? 0) ||
        b.meeting.briefings.length - a.meeting.briefings.length ||
        b.meeting.sources.length - a.meeting.sources.length ||
        a.order - b.order,
    )
    .slice(0, MAX_CANDIDATES)
    .map(({ meeting, score }) => ({ meeting, score }));
}
