/**
 * Live re-indexing: one changed, one added and one removed file applied to built knowledge,
 * each timed in the two steps the bot takes: from the file's bytes to knowledge that answers
 * from it (`updateIndex`: the search index updated in place), then the meetings updated (which
 * the bot does in a worker thread, while answering from the updated index): the changed files
 * read again by an extractor that already read the others, and the meetings copied back the way
 * a worker's answer is (structured clone).
 */
import type { BriefingChanges, Knowledge } from '../src/knowledge.js';
import { updateIndex, withMeetings } from '../src/knowledgeBase.js';
import { MeetingExtractor } from '../src/meetings/extract.js';
import type { Briefing } from '../src/types.js';
import { type GeneratedCorpus, parseCorpus } from './generate.js';
import { errorMessage, timed } from './measure.js';
import type { ReindexReport } from './report.js';
import { median } from './stats.js';

export const REINDEX_ROUNDS = 3;
/** Added to changed files: a word no generated briefing contains, to check the index saw it. */
const CHANGE_MARKER = 'Quintarelvo';

function parseOne(file: string, text: string): Briefing {
  const { briefings, skipped } = parseCorpus([
    {
      file,
      text,
      published: null,
      headline: null,
      paragraphs: [],
      kind: 'distractor',
      meetingId: null,
    },
  ]);
  const briefing = briefings[0];
  if (!briefing) throw new Error(`${file} was skipped: ${skipped[0]?.reason}`);
  return briefing;
}

/**
 * Applies the changes to `knowledge`, which must not be used afterwards (the product updates
 * its index in place), and returns the timings.
 */
export function measureReindex(knowledge: Knowledge, corpus: GeneratedCorpus): ReindexReport {
  try {
    let current = knowledge;
    const change: number[] = [];
    const add: number[] = [];
    const remove: number[] = [];
    const meetings: number[] = [];
    // The bot's worker has read every briefing before the first change arrives.
    const extractor = new MeetingExtractor();
    extractor.update([...knowledge.briefings.values()]);
    /** Applies the changes in the bot's two steps, timing each. */
    const apply = (changes: BriefingChanges) => {
      const searchable = timed(() => updateIndex(current, changes));
      const extracted = timed(() =>
        withMeetings(
          searchable.value,
          structuredClone(extractor.update(changes.upserted, changes.removed)),
        ),
      );
      meetings.push(extracted.ms);
      return { value: extracted.value, ms: searchable.ms };
    };
    let verified = true;
    for (let round = 0; round < REINDEX_ROUNDS; round++) {
      const changed = corpus.files[(round * 2) % corpus.files.length];
      const removed = corpus.files[(round * 2 + 1) % corpus.files.length];
      if (!changed || !removed) break;
      const marker = `${CHANGE_MARKER}${round}`;
      const changedText = `${changed.text.trimEnd()}\n\nThe ${marker} memorandum was signed later.\n`;
      const changeRun = apply({
        upserted: [parseOne(changed.file, changedText)],
        removed: [],
        skipped: [],
      });
      current = changeRun.value;
      change.push(changeRun.ms);
      verified &&= current.index.search(marker, { limit: 1 })[0]?.passage.briefing === changed.file;

      const addedFile = `added-${round}.txt`;
      const addRun = apply({
        upserted: [parseOne(addedFile, changed.text)],
        removed: [],
        skipped: [],
      });
      current = addRun.value;
      add.push(addRun.ms);
      verified &&= current.briefings.has(addedFile);

      const removeRun = apply({ upserted: [], removed: [removed.file], skipped: [] });
      current = removeRun.value;
      remove.push(removeRun.ms);
      verified &&= !current.briefings.has(removed.file);
    }
    return {
      available: true,
      error: null,
      rounds: change.length,
      changeMs: median(change),
      addMs: median(add),
      removeMs: median(remove),
      meetingsMs: median(meetings),
      verified,
    };
  } catch (error) {
    return {
      available: false,
      error: errorMessage(error),
      rounds: 0,
      changeMs: null,
      addMs: null,
      removeMs: null,
      meetingsMs: null,
      verified: false,
    };
  }
}
