/**
 * Live re-indexing: one changed, one added and one removed file applied to built knowledge,
 * each timed from the file's bytes to the updated knowledge by `updateKnowledge`.
 */
import { type Knowledge, updateKnowledge } from '../src/knowledge.js';
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
    let verified = true;
    for (let round = 0; round < REINDEX_ROUNDS; round++) {
      const changed = corpus.files[(round * 2) % corpus.files.length];
      const removed = corpus.files[(round * 2 + 1) % corpus.files.length];
      if (!changed || !removed) break;
      const marker = `${CHANGE_MARKER}${round}`;
      const changedText = `${changed.text.trimEnd()}\n\nThe ${marker} memorandum was signed later.\n`;
      const changeRun = timed(() =>
        updateKnowledge(current, {
          upserted: [parseOne(changed.file, changedText)],
          removed: [],
          skipped: [],
        }),
      );
      current = changeRun.value;
      change.push(changeRun.ms);
      verified &&= current.index.search(marker, { limit: 1 })[0]?.passage.briefing === changed.file;

      const addedFile = `added-${round}.txt`;
      const addRun = timed(() =>
        updateKnowledge(current, {
          upserted: [parseOne(addedFile, changed.text)],
          removed: [],
          skipped: [],
        }),
      );
      current = addRun.value;
      add.push(addRun.ms);
      verified &&= current.briefings.has(addedFile);

      const removeRun = timed(() =>
        updateKnowledge(current, { upserted: [], removed: [removed.file], skipped: [] }),
      );
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
      verified: false,
    };
  }
}
