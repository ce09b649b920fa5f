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
  /** Every passage by its id: the index's own, so an update never copies them all. */
  readonly passageById: PassageLookup;
  readonly index: PassageIndex;
  /** Meetings in date order (undated last). */
  readonly meetings: readonly MeetingRecord[];
  readonly meetingById: ReadonlyMap<string, MeetingRecord>;
  /** Files that were not loaded, and why. */
  readonly skipped: readonly SkippedFile[];
}

/** Passages by id (the search index keeps them). */
export type PassageLookup = Pick<ReadonlyMap<PassageId, Passage>, 'get' | 'has'>;

const lookupIn = (index: PassageIndex): PassageLookup => ({
  get: (id) => index.get(id),
  has: (id) => index.get(id) !== undefined,
});

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
  return {
    briefings: new Map(sorted.map((briefing) => [briefing.file, briefing])),
    passageById: lookupIn(index),
    index,
    meetings,
    meetingById: new Map(meetings.map((meeting) => [meeting.id, meeting])),
    skipped,
  };
}

/** Knowledge with other meetings (extracted after the index was updated). */
export function withMeetings(knowledge: Knowledge, meetings: readonly MeetingRecord[]): Knowledge {
  return {
    ...knowledge,
    meetings,
    meetingById: new Map(meetings.map((meeting) => [meeting.id, meeting])),
  };
}

/**
 * Knowledge whose meetings are worked out by `extract` when first asked for (its `meetings` or
 * `meetingById`), not before: an answer that needs no meeting never waits for them.
 */
export function withMeetingsOnDemand(
  knowledge: Knowledge,
  extract: () => readonly MeetingRecord[],
): Knowledge {
  let meetings: readonly MeetingRecord[] | undefined;
  let meetingById: ReadonlyMap<string, MeetingRecord> | undefined;
  const theMeetings = () => (meetings ??= extract());
  return Object.defineProperties(
    { ...knowledge },
    {
      meetings: { enumerable: true, get: theMeetings },
      meetingById: {
        enumerable: true,
        get: () => (meetingById ??= new Map(theMeetings().map((meeting) => [meeting.id, meeting]))),
      },
    },
  );
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
 * The knowledge after some files changed, re-indexing only those files and keeping the
 * previous meetings (see `updateKnowledge` for meetings too). The previous knowledge's index
 * is updated in place, within this synchronous call, so no query ever sees half an update;
 * the previous Knowledge object must not be used afterwards.
 */
export function updateIndex(previous: Knowledge, changes: BriefingChanges): Knowledge {
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
  return knowledgeFrom(
    [...briefings.values()].sort(byFile),
    index,
    previous.meetings,
    changes.skipped,
  );
}
