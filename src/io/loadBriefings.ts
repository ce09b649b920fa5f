import { readFile, stat } from 'node:fs/promises';
import { MAX_BRIEFING_BYTES, parseBriefing } from '../corpus/parseBriefing.js';
import type { Briefing, SkippedFile } from '../types.js';
import { listBriefingFiles, toRelative } from './listBriefings.js';

export {
  BRIEFING_FILE,
  BriefingsDirError,
  listBriefingFiles,
  toRelative,
} from './listBriefings.js';

/** Files read at once: enough to keep the disk busy, few enough to stay under open-file limits. */
const READ_BATCH = 64;

/** `work` on every item, at most READ_BATCH at a time, with the results in the items' order. */
export async function inBatches<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += READ_BATCH) {
    results.push(...(await Promise.all(items.slice(i, i + READ_BATCH).map(work))));
  }
  return results;
}

export interface LoadedBriefings {
  readonly briefings: Briefing[];
  readonly skipped: SkippedFile[];
}

/** Reads and parses one file; never throws. */
export async function loadBriefingFile(
  dir: string,
  path: string,
): Promise<{ ok: true; value: Briefing } | { ok: false; error: SkippedFile }> {
  const file = toRelative(dir, path);
  try {
    const info = await stat(path);
    if (info.size > MAX_BRIEFING_BYTES) {
      return { ok: false, error: { file, reason: 'tooLarge', detail: `${info.size} bytes` } };
    }
    const bytes = await readFile(path);
    return parseBriefing(file, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: { file, reason: 'unreadable', ...(code ? { detail: code } : {}) } };
  }
}

/**
 * Reads every .txt/.md file under `dir` (recursively). Bad files are skipped with a reason;
 * throws only when `dir` itself is unusable.
 */
export async function loadBriefingsFromDir(dir: string): Promise<LoadedBriefings> {
  const listed = await listBriefingFiles(dir);
  const briefings: Briefing[] = [];
  const skipped: SkippedFile[] = [...listed.skipped];
  for (const result of await inBatches(listed.files, (path) => loadBriefingFile(dir, path))) {
    if (result.ok) briefings.push(result.value);
    else skipped.push(result.error);
  }
  return { briefings, skipped };
}
