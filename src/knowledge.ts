import {
  type BriefingChanges,
  byFile,
  type Knowledge,
  knowledgeFrom,
  updateIndex,
  withMeetings,
} from './knowledgeBase.js';
import { extractMeetings } from './meetings/extract.js';
import { InvertedPassageIndex } from './search/passageIndex.js';
import type { Briefing, SkippedFile } from './types.js';

export type { BriefingChanges, Knowledge } from './knowledgeBase.js';

/** Builds the knowledge from parsed briefings: passages, the search index, the meetings. */
export function buildKnowledge(
  briefings: readonly Briefing[],
  skipped: readonly SkippedFile[] = [],
): Knowledge {
  const sorted = [...briefings].sort(byFile);
  return knowledgeFrom(sorted, new InvertedPassageIndex(sorted), extractMeetings(sorted), skipped);
}

/**
 * The knowledge after some files changed: only those files re-indexed (see `updateIndex`),
 * then the meetings extracted again.
 */
export function updateKnowledge(previous: Knowledge, changes: BriefingChanges): Knowledge {
  const updated = updateIndex(previous, changes);
  return withMeetings(updated, extractMeetings([...updated.briefings.values()]));
}
