import { parentPort } from 'node:worker_threads';
import type { Briefing } from '../types.js';
import { MeetingExtractor } from './extract.js';
import type { MeetingRecord } from './types.js';

/**
 * Extracts meetings off the main thread, so that a bot with a large folder keeps answering
 * while a changed file's meetings are worked out. Holds its own copy of the briefings and
 * what it read from them; each message carries only what changed, and only the changed
 * files are read again.
 */
export interface ExtractRequest {
  readonly id: number;
  readonly upserted: readonly Briefing[];
  readonly removed: readonly string[];
  /**
   * False to only take in the briefings (the caller already has their meetings): the answer
   * comes at once, and the worker then reads them, so that the next change finds it ready.
   */
  readonly extract: boolean;
}

export type ExtractResponse =
  | { readonly id: number; readonly meetings: readonly MeetingRecord[] }
  | { readonly id: number; readonly error: string };

const extractor = new MeetingExtractor();

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    if (!request.extract) {
      parentPort?.postMessage({ id: request.id, meetings: [] } satisfies ExtractResponse);
      extractor.update(request.upserted, request.removed);
      return;
    }
    parentPort?.postMessage({
      id: request.id,
      meetings: extractor.update(request.upserted, request.removed),
    } satisfies ExtractResponse);
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: String(error) } satisfies ExtractResponse);
  }
});
