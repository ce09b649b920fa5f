import {
  type BriefingChanges,
  byFile,
  type Knowledge,
  knowledgeFrom,
  updateIndex,
  withMeetings,
  withMeetingsOnDemand,
} from './knowledgeBase.js';
import { MeetingExtractor } from './meetings/extract.js';
import type { MeetingRecord } from './meetings/types.js';
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

/** What a meeting extractor read, as `MeetingExtractor.save` stored it, and for which build. */
export interface SavedReadings {
  readonly bytes: Uint8Array | null;
  readonly build: string;
}

/**
 * The knowledge after some files changed: only those files re-indexed (see `updateIndex`),
 * and only those files' meetings read again, when the previous knowledge was built or
 * updated here. A knowledge from a snapshot has no extractor: its meetings are read again
 * from the briefings, but for those whose readings were saved (`saved`) and are unchanged.
 */
export function updateKnowledge(
  previous: Knowledge,
  changes: BriefingChanges,
  saved: SavedReadings | null = null,
  /** Work the meetings out only when they are first asked for (see `withMeetingsOnDemand`). */
  meetingsOnDemand = false,
): Knowledge {
  const updated = updateIndex(previous, changes);
  const kept = extractors.get(previous);
  extractors.delete(previous);
  const extract = (): { extractor: MeetingExtractor; meetings: MeetingRecord[] } =>
    kept
      ? { extractor: kept, meetings: kept.update(changes.upserted, changes.removed) }
      : restoredExtractor(saved, [...updated.briefings.values()]);
  if (meetingsOnDemand) {
    const knowledge: Knowledge = withMeetingsOnDemand(updated, () => {
      const { extractor, meetings } = extract();
      extractors.set(knowledge, extractor);
      return meetings;
    });
    return knowledge;
  }
  const { extractor, meetings } = extract();
  const knowledge = withMeetings(updated, meetings);
  extractors.set(knowledge, extractor);
  return knowledge;
}

function restoredExtractor(
  saved: SavedReadings | null,
  briefings: readonly Briefing[],
): { extractor: MeetingExtractor; meetings: MeetingRecord[] } {
  try {
    return MeetingExtractor.restore(saved?.bytes ?? null, saved?.build ?? '', briefings);
  } catch {
    // Saved readings that cannot be used are read again from the briefings.
    const extractor = new MeetingExtractor();
    return { extractor, meetings: extractor.update(briefings) };
  }
}

/**
 * What the extractor behind a knowledge has read (see `MeetingExtractor.save`), for a later
 * process to restore; null when the knowledge has none (it came from a snapshot unchanged).
 */
export function savedReadingsOf(knowledge: Knowledge, build: string): Uint8Array | null {
  return extractors.get(knowledge)?.save(build) ?? null;
}
