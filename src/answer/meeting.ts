import type { Knowledge } from '../knowledge.js';
import type { MeetingRecord } from '../meetings/types.js';
import type { MeetingResult, MeetingsResult } from '../types.js';
import { CitationCollector } from './citations.js';
import { rankMeetings } from './meetingSearch.js';
import { toMeeting } from './meetingView.js';

export interface MeetingSuggestion {
  /** The meeting id, used as the autocomplete value. */
  readonly id: string;
  /** "Title — 25 Apr 2023", at most 100 characters. */
  readonly label: string;
}

/** Default number of meetings `meeting` returns. */
export const DEFAULT_MEETING_LIMIT = 3;
/** Discord's limits on autocomplete: choices and label length. */
export const MAX_SUGGESTIONS = 25;
export const MAX_SUGGESTION_LABEL = 100;

/** The meeting a query names: an exact id first, else the best fuzzy match. */
export function bestMeetings(knowledge: Knowledge, query: string): MeetingRecord[] {
  const exact = knowledge.meetingById.get(query.trim());
  if (exact) return [exact];
  return rankMeetings(knowledge, query).map((match) => match.meeting);
}

/** Best-matching meetings for a loose query ("moscow defence", "december 2022"), best first. */
export function findMeetings(
  knowledge: Knowledge,
  query: string,
  options: { limit?: number } = {},
): MeetingResult {
  const limit = Math.max(1, options.limit ?? DEFAULT_MEETING_LIMIT);
  const citations = new CitationCollector(knowledge);
  const meetings = bestMeetings(knowledge, query)
    .slice(0, limit)
    .map((record) => toMeeting(knowledge, record, citations));
  return { query, meetings };
}

/**
 * Every meeting in date order, or the first `limit` of them: only those are rendered, and
 * their citations are numbered as in the whole list.
 */
export function listMeetings(
  knowledge: Knowledge,
  options: { limit?: number } = {},
): MeetingsResult {
  const citations = new CitationCollector(knowledge);
  const records =
    options.limit === undefined ? knowledge.meetings : knowledge.meetings.slice(0, options.limit);
  return { meetings: records.map((record) => toMeeting(knowledge, record, citations)) };
}

const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

function shortDate(date: string | null): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  return d
    ? `${Number(d)} ${SHORT_MONTHS[Number(m) - 1]} ${y}`
    : `${SHORT_MONTHS[Number(m) - 1]} ${y}`;
}

function labelOf(record: MeetingRecord): string {
  // The title already ends with the date; the label puts a short one after a dash instead.
  const head = record.title.replace(/,\s*[^,]*\d{4}$/, '');
  const tail = ` — ${shortDate(record.date)}`;
  const room = MAX_SUGGESTION_LABEL - tail.length;
  return `${head.length > room ? `${head.slice(0, room - 1)}…` : head}${tail}`;
}

/** Autocomplete: meetings matching what is typed so far (all, in date order, when empty). */
export function suggestMeetings(
  knowledge: Knowledge,
  typed: string,
  limit = MAX_SUGGESTIONS,
): MeetingSuggestion[] {
  const max = Math.min(Math.max(1, limit), MAX_SUGGESTIONS);
  const records = typed.trim() === '' ? knowledge.meetings : bestMeetings(knowledge, typed);
  return records.slice(0, max).map((record) => ({ id: record.id, label: labelOf(record) }));
}
