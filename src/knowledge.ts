import {
  type BriefingChanges,
  byFile,
  type Knowledge,
  knowledgeFrom,
  updateIndex,
  withMeetings,
} from './knowledgeBase.js';
import { MeetingExtractor } from './meetings/extract.js';
import { InvertedPassageIndex } from './search/passageIndex.js';
import type { Briefing, SkippedFile } from './types.js';

export type { BriefingChanges, Knowledge } from './knowledgeBase.js';

/**
 * The extractor that found a knowledge's meetings, kept so that the next update re-reads
 * only the changed files. Beside the knowledge rather than in it: a knowledge loaded from a
 * snapshot has none, and a knowledge stays plain data.
 */
const extractors = new WeakMap<Knowledge, MeetingExtractor>();

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
  const extractor = new MeetingExtractor();
  const knowledge = knowledgeFrom(sorted, index, extractor.update(sorted), skipped);
  extractors.set(knowledge, extractor);
  return knowledge;
}

/** The steps of a build, for progress reports: reading files, indexing, extracting meetings. */
export type BuildPhase = 'read' | 'index' | 'meetings';

/**
 * The knowledge after some files changed: only those files re-indexed (see `updateIndex`),
 * and only those files' meetings read again, when the previous knowledge was built or
 * updated here; otherwise (a knowledge from a snapshot) the meetings are extracted afresh.
 */
export function updateKnowledge(previous: Knowledge, changes: BriefingChanges): Knowledge {
  const updated = updateIndex(previous, changes);
  const kept = extractors.get(previous);
  extractors.delete(previous);
  const extractor = kept ?? new MeetingExtractor();
  const meetings = kept
    ? kept.update(changes.upserted, changes.removed)
    : extractor.update([...updated.briefings.values()]);
  const knowledge = withMeetings(updated, meetings);
  extractors.set(knowledge, extractor);
  return knowledge;
}
