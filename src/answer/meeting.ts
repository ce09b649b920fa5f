import type { Knowledge } from '../knowledge.js';
import type { MeetingResult, MeetingsResult } from '../types.js';

export interface MeetingSuggestion {
  /** The meeting id, used as the autocomplete value. */
  readonly id: string;
  /** "Title — 25 Apr 2023", at most 100 characters. */
  readonly label: string;
}

/** Best-matching meetings for a loose query ("moscow defence", "december 2022"), best first. */
export function findMeetings(_knowledge: Knowledge, query: string, _options: { limit?: number } = {}): MeetingResult {
  throw new Error(`findMeetings is not implemented yet: ${query}`);
}

/** Every meeting, in date order. */
export function listMeetings(_knowledge: Knowledge): MeetingsResult {
  throw new Error('listMeetings is not implemented yet');
}

/** Autocomplete: meetings matching what is typed so far (all, in date order, when empty). */
export function suggestMeetings(_knowledge: Knowledge, typed: string, _limit = 25): MeetingSuggestion[] {
  throw new Error(`suggestMeetings is not implemented yet: ${typed}`);
}
