import { passagesOf } from './corpus/passages.js';
import type { MeetingRecord } from './meetings/types.js';
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

export const byFile = (a: Briefing, b: Briefing): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/**
 * Knowledge from its parts, with the lookups derived from them. Knows nothing of how
 * meetings are extracted, so a cached snapshot can be served without loading extraction.
 */
export function knowledgeFrom(
  sorted: readonly Briefing[],
  index: PassageIndex,
  meetings: readonly MeetingRecord[],
  skipped: readonly SkippedFile[],
): Knowledge {
  const passages = sorted.flatMap(passagesOf);
  return {
    briefings: new Map(sorted.map((briefing) => [briefing.file, briefing])),
    passages,
    passageById: new Map(passages.map((passage) => [passage.id, passage])),
    index,
    meetings,
    meetingById: new Map(meetings.map((meeting) => [meeting.id, meeting])),
    skipped,
  };
}
