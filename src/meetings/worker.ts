import { parentPort } from 'node:worker_threads';
import type { Briefing } from '../types.js';
import { extractMeetings } from './extract.js';
import type { MeetingRecord } from './types.js';

/**
 * Extracts meetings off the main thread, so that a bot with a large folder keeps answering
 * while a changed file's meetings are worked out. Holds its own copy of the briefings; each
 * message carries only what changed.
 */
export interface ExtractRequest {
  readonly id: number;
  readonly upserted: readonly Briefing[];
  readonly removed: readonly string[];
  /** False to only take in the briefings (the caller already has their meetings). */
  readonly extract: boolean;
}

export type ExtractResponse =
  | { readonly id: number; readonly meetings: readonly MeetingRecord[] }
  | { readonly id: number; readonly error: string };

const briefings = new Map<string, Briefing>();

parentPort?.on('message', (request: ExtractRequest) => {
  try {
    for (const file of request.removed) briefings.delete(file);
    for (const briefing of request.upserted) briefings.set(briefing.file, briefing);
    const sorted = [...briefings.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
    parentPort?.postMessage({
      id: request.id,
      meetings: extractMeetings(sorted),
    } satisfies ExtractResponse);
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: String(error) } satisfies ExtractResponse);
  }
});
