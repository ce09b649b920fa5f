import { parentPort, threadId } from 'node:worker_threads';
import { MeetingExtractor } from '../meetings/extract.js';
import type { MeetingRecord } from '../meetings/types.js';
import type { Briefing } from '../types.js';
import { readSealedFile, seal, writeCacheFile } from './cacheFiles.js';

/**
 * Extracts meetings off the main thread, so that a bot with a large folder keeps answering
 * while a changed file's meetings are worked out. Holds its own copy of the briefings and
 * what it read from them; each message carries only what changed, and only the changed
 * files are read again. What it read can be saved beside the snapshot, so that after a
 * restart it reads only the files changed since.
 */

/** Where the extractor's readings are saved, and the build they belong to. */
export interface SavedReadingsAt {
  readonly path: string;
  readonly build: string;
}

export type ExtractRequest = { readonly id: number } & (
  | {
      /**
       * The briefings whose meetings the caller already has. The answer comes at once; the
       * worker then reads them (reusing the saved readings, if any) to be ready for changes.
       */
      readonly type: 'seed';
      readonly briefings: readonly Briefing[];
      readonly readings: SavedReadingsAt | null;
    }
  | {
      readonly type: 'extract';
      readonly upserted: readonly Briefing[];
      readonly removed: readonly string[];
    }
  | { readonly type: 'save'; readonly readings: SavedReadingsAt }
);

export type ExtractResponse =
  | { readonly id: number; readonly meetings: readonly MeetingRecord[] }
  | { readonly id: number; readonly error: string };

let extractor = new MeetingExtractor();
/** Requests are handled one after another, in the order they came. */
let queue = Promise.resolve();

/** Writes what the extractor read, sealed with a checksum, whole or not at all. */
async function saveReadings(readings: SavedReadingsAt): Promise<void> {
  await writeCacheFile(
    readings.path,
    seal(extractor.save(readings.build)),
    `${process.pid}-${threadId}`,
  );
}

async function handle(request: ExtractRequest): Promise<readonly MeetingRecord[]> {
  switch (request.type) {
    case 'seed': {
      parentPort?.postMessage({ id: request.id, meetings: [] } satisfies ExtractResponse);
      // Damaged readings unseal to nothing, and the briefings are read again.
      const saved = request.readings ? await readSealedFile(request.readings.path) : null;
      let readAnew = request.briefings.length;
      try {
        const restored = MeetingExtractor.restore(
          saved,
          request.readings?.build ?? '',
          request.briefings,
        );
        extractor = restored.extractor;
        readAnew = restored.readAnew;
      } catch {
        // Saved readings that cannot be used are read again from the briefings.
        extractor = new MeetingExtractor();
        extractor.update(request.briefings);
      }
      // Saved now rather than at the next snapshot, which may be days away.
      if (request.readings && readAnew > 0) await saveReadings(request.readings);
      return [];
    }
    case 'extract':
      return extractor.update(request.upserted, request.removed);
    case 'save':
      await saveReadings(request.readings);
      return [];
  }
}

parentPort?.on('message', (request: ExtractRequest) => {
  queue = queue.then(async () => {
    try {
      const meetings = await handle(request);
      if (request.type !== 'seed') parentPort?.postMessage({ id: request.id, meetings });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, error: String(error) } satisfies ExtractResponse);
    }
  });
});
