import { passagesOf } from './corpus/passages.js';
import { extractMeetings } from './meetings/extract.js';
import type { MeetingRecord } from './meetings/types.js';
import { InvertedPassageIndex } from './search/passageIndex.js';
import type { PassageIndex } from './search/types.js';
import type { Briefing, Passage, PassageId, SkippedFile } from './types.js';

/**
 * Everything the answers are made from, built once from a set of briefings and then
 * read-only: the CLI builds it per process, the bot swaps in a new one after a rebuild.
 */
export interface Knowledge {
  readonly briefings: ReadonlyMap<string, Briefing>;
  readonly passages: readonly Passage[];
  readonly passageById: ReadonlyMap<PassageId, Passage>;
  readonly index: PassageIndex;
  /** Meetings in date order (undated last). */
  readonly meetings: readonly MeetingRecord[];
  readonly meetingById: ReadonlyMap<string, MeetingRecord>;
  /** Files that were not loaded, and why. */
  readonly skipped: readonly SkippedFile[];
}

/** Builds the knowledge from parsed briefings: passages, the search index, the meetings. */
export function buildKnowledge(
  briefings: readonly Briefing[],
  skipped: readonly SkippedFile[] = [],
): Knowledge {
  const sorted = [...briefings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const passages = sorted.flatMap(passagesOf);
  const meetings = extractMeetings(sorted);
  return {
    briefings: new Map(sorted.map((briefing) => [briefing.file, briefing])),
    passages,
    passageById: new Map(passages.map((passage) => [passage.id, passage])),
    index: new InvertedPassageIndex(sorted),
    meetings,
    meetingById: new Map(meetings.map((meeting) => [meeting.id, meeting])),
    skipped,
  };
}
