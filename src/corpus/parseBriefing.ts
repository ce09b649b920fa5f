import type { Briefing, Result, SkippedFile } from '../types.js';

/** Largest briefing file read, in bytes. */
export const MAX_BRIEFING_BYTES = 5 * 1024 * 1024;

/** Parses one briefing file's bytes. Pure: the caller reads the file. */
export function parseBriefing(file: string, _bytes: Uint8Array): Result<Briefing, SkippedFile> {
  throw new Error(`parseBriefing is not implemented yet: ${file}`);
}
