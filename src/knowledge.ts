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
  onPhase: (phase: BuildPhase) => void = () => {},
): Knowledge {
  const sorted = [...briefings].sort(byFile);
  onPhase('index');
  const index = new InvertedPassageIndex(sorted);
  onPhase('meetings');
  return knowledgeFrom(sorted, index, extractMeetings(sorted), skipped);
}

/** The steps of a build, for progress reports: reading files, indexing, extracting meetings. */
export type BuildPhase = 'read' | 'index' | 'meetings';

/**
 * The knowledge after some files changed: only those files re-indexed (see `updateIndex`),
 * then the meetings extracted again.
 */
export function updateKnowledge(previous: Knowledge, changes: BriefingChanges): Knowledge {
  const updated = updateIndex(previous, changes);
  return withMeetings(updated, extractMeetings([...updated.briefings.values()]));
}
