import { byFile, type Knowledge, knowledgeFrom } from './knowledgeBase.js';
import { extractMeetings } from './meetings/extract.js';
import { InvertedPassageIndex } from './search/passageIndex.js';
import type { Briefing, SkippedFile } from './types.js';

export type { Knowledge } from './knowledgeBase.js';

function assemble(
  sorted: readonly Briefing[],
  index: InvertedPassageIndex,
  skipped: readonly SkippedFile[],
): Knowledge {
  return knowledgeFrom(sorted, index, extractMeetings(sorted), skipped);
}

/** Builds the knowledge from parsed briefings: passages, the search index, the meetings. */
export function buildKnowledge(
  briefings: readonly Briefing[],
  skipped: readonly SkippedFile[] = [],
): Knowledge {
  const sorted = [...briefings].sort(byFile);
  return assemble(sorted, new InvertedPassageIndex(sorted), skipped);
}

/** What changed in the briefings folder since the knowledge was built. */
export interface BriefingChanges {
  /** New or changed briefings (a changed one replaces the briefing with the same file name). */
  readonly upserted: readonly Briefing[];
  /** File names of briefings that are gone. */
  readonly removed: readonly string[];
  readonly skipped: readonly SkippedFile[];
}

/**
 * The knowledge after some files changed, re-indexing only those files. The previous
 * knowledge's search index is updated in place, within this synchronous call, so no query
 * ever sees half an update; the previous Knowledge object must not be used afterwards.
 */
export function updateKnowledge(previous: Knowledge, changes: BriefingChanges): Knowledge {
  const index =
    previous.index instanceof InvertedPassageIndex
      ? previous.index
      : new InvertedPassageIndex(previous.briefings.values());
  const briefings = new Map(previous.briefings);
  for (const file of changes.removed) {
    briefings.delete(file);
    index.removeBriefing(file);
  }
  for (const briefing of changes.upserted) {
    const old = briefings.get(briefing.file);
    if (old?.contentHash === briefing.contentHash) continue;
    briefings.set(briefing.file, briefing);
    index.addBriefing(briefing);
  }
  return assemble([...briefings.values()].sort(byFile), index, changes.skipped);
}
