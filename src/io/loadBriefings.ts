import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_BRIEFING_BYTES, parseBriefing } from '../corpus/parseBriefing.js';
import type { Briefing, SkippedFile } from '../types.js';
import { inBatches, type ListedFile, listBriefingFiles } from './listBriefings.js';

export {
  BRIEFING_FILE,
  BriefingsDirError,
  inBatches,
  type ListedFile,
  type ListedFolder,
  type Listing,
  listBriefingFiles,
  toRelative,
} from './listBriefings.js';

/** The first read of a file whose size its stat does not tell (a stat size of 0 may be a lie). */
const FIRST_READ_BYTES = 64 * 1024;

export interface LoadedBriefings {
  readonly briefings: Briefing[];
  readonly skipped: SkippedFile[];
}

export type LoadResult = { ok: true; value: Briefing } | { ok: false; error: SkippedFile };

/**
 * A file's bytes, at most `limit` + 1 of them, whatever its stat said: a file that grew since,
 * or one whose stat size means nothing, cannot make the reader take more than that. Opened
 * without blocking, so a FIFO put in a file's place gives an error, not a wait for a writer.
 */
async function readAtMost(path: string, expectedSize: number, limit: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    let buffer = Buffer.allocUnsafe(
      Math.min(limit + 1, Math.max(expectedSize + 1, FIRST_READ_BYTES)),
    );
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) break;
        const grown = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** Reads and parses one listed file; never throws. The size limit holds while reading. */
export async function loadListedFile(listed: ListedFile): Promise<LoadResult> {
  const { file } = listed;
  if (listed.size > MAX_BRIEFING_BYTES) {
    return { ok: false, error: { file, reason: 'tooLarge', detail: `${listed.size} bytes` } };
  }
  try {
    const bytes = await readAtMost(listed.path, listed.size, MAX_BRIEFING_BYTES);
    if (bytes.length > MAX_BRIEFING_BYTES) {
      return {
        ok: false,
        error: { file, reason: 'tooLarge', detail: `over ${MAX_BRIEFING_BYTES} bytes when read` },
      };
    }
    return parseBriefing(file, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: { file, reason: 'unreadable', ...(code ? { detail: code } : {}) } };
  }
}

/**
 * Reads and parses listed files, a batch at a time, with the results in their order;
 * `onRead` hears of each file read (for progress). Once `stopped` says so no further batch is
 * read, and the results cover only the files before it.
 */
export function loadListedFiles(
  files: readonly ListedFile[],
  onRead?: () => void,
  stopped?: () => boolean,
): Promise<LoadResult[]> {
  return inBatches(
    files,
    async (listed) => {
      const result = await loadListedFile(listed);
      onRead?.();
      return result;
    },
    stopped,
  );
}

/**
 * Reads every .txt/.md file under `dir` (recursively). Bad files are skipped with a reason;
 * throws only when `dir` itself is unusable.
 */
export async function loadBriefingsFromDir(dir: string): Promise<LoadedBriefings> {
  const listed = await listBriefingFiles(dir);
  const briefings: Briefing[] = [];
  const skipped: SkippedFile[] = [...listed.skipped];
  for (const result of await loadListedFiles(listed.files)) {
    if (result.ok) briefings.push(result.value);
    else skipped.push(result.error);
  }
  return { briefings, skipped };
}
