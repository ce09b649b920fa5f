import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SkippedFile } from '../types.js';

/** File names the loader reads as briefings. */
export const BRIEFING_FILE = /\.(txt|md)$/i;
/** Folders deeper than this are not followed (a guard against pathological trees). */
export const MAX_DEPTH = 32;
/** Files stat'ed at once: enough to keep the disk busy, few enough to stay under open-file limits. */
export const READ_BATCH = 64;

/** Why a briefings folder cannot be used at all. */
export class BriefingsDirError extends Error {
  constructor(
    readonly dir: string,
    readonly reason: 'missing' | 'notADirectory' | 'unreadable',
  ) {
    super(
      reason === 'missing'
        ? `briefings folder not found: ${dir}`
        : reason === 'notADirectory'
          ? `not a folder: ${dir}`
          : `cannot read the briefings folder: ${dir}`,
    );
  }
}

/** A briefing file found in the folder, stat'ed once: what identifies its version. */
export interface ListedFile {
  /** Where it was found (under the folder as given). */
  readonly path: string;
  /** Its name relative to the folder, with forward slashes: the briefing's id. */
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly ctimeMs: number;
}

/** A folder walked, with its inode: a folder deleted and made again under the same name is another. */
export interface ListedFolder {
  readonly path: string;
  readonly ino: number;
}

export interface Listing {
  readonly files: ListedFile[];
  /** Every folder walked, the briefings folder first: what a watcher watches. */
  readonly folders: ListedFolder[];
  /** Entries not listed, and why: links leading outside, FIFOs and devices, unreadable folders. */
  readonly skipped: SkippedFile[];
  /** The folder's real path (links resolved): what the folder is, whatever path named it. */
  readonly root: string;
}

/**
 * `work` on every item, at most READ_BATCH at a time, with the results in the items' order;
 * no batch is begun once `stopped` says so (the results then cover the items before it).
 */
export async function inBatches<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
  stopped: () => boolean = () => false,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length && !stopped(); i += READ_BATCH) {
    results.push(...(await Promise.all(items.slice(i, i + READ_BATCH).map(work))));
  }
  return results;
}

/** A candidate regular file, and its stat when the walk already has it (a followed link). */
interface Candidate {
  readonly path: string;
  readonly info: Stats | null;
}

/**
 * Lists the briefing files under `dir`, depth first, sorted, following no link twice. Only
 * regular files inside the folder are listed: a link that resolves outside it, a FIFO, a
 * device or a socket is skipped with a reason (whatever a link's target, its content never
 * reaches an answer). Each file is stat'ed once, in batches.
 */
export async function listBriefingFiles(dir: string): Promise<Listing> {
  const files: ListedFile[] = [];
  const folders: ListedFolder[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();

  const top = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (top instanceof Error) {
    throw new BriefingsDirError(dir, top.code === 'ENOENT' ? 'missing' : 'unreadable');
  }
  if (!top.isDirectory()) throw new BriefingsDirError(dir, 'notADirectory');
  const root = await realpath(dir).catch(() => null);
  if (!root) throw new BriefingsDirError(dir, 'unreadable');
  const inside = (real: string) => real === root || real.startsWith(root + sep);
  const skip = (path: string, reason: SkippedFile['reason'], detail?: string) =>
    skipped.push({ file: toRelative(dir, path), reason, ...(detail ? { detail } : {}) });

  async function walk(folder: string, real: string, depth: number): Promise<void> {
    if (seen.has(real)) return;
    if (depth > MAX_DEPTH) {
      skip(folder, 'tooDeep');
      return;
    }
    seen.add(real);
    let entries: Dirent[];
    let folderInfo: Stats;
    try {
      [entries, folderInfo] = await Promise.all([
        readdir(folder, { withFileTypes: true }),
        stat(folder),
      ]);
    } catch {
      skip(folder, 'unreadable');
      return;
    }
    folders.push({ path: folder, ino: folderInfo.ino });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const candidates: Candidate[] = [];
    const subfolders: Array<{ path: string; real: string }> = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      const isBriefing = BRIEFING_FILE.test(entry.name);
      if (entry.isSymbolicLink()) {
        const target = await realpath(path).catch(() => null);
        const info = target ? await stat(target).catch(() => null) : null;
        if (!target || !info) {
          if (isBriefing) skip(path, 'unreadable', 'broken link');
          continue;
        }
        if (!info.isDirectory() && !isBriefing) continue;
        if (!inside(target)) skip(path, 'outsideFolder');
        else if (info.isDirectory()) subfolders.push({ path, real: target });
        else if (info.isFile()) candidates.push({ path, info });
        else skip(path, 'notRegularFile');
      } else if (entry.isDirectory()) {
        subfolders.push({ path, real: join(real, entry.name) });
      } else if (isBriefing) {
        if (entry.isFile()) candidates.push({ path, info: null });
        else skip(path, 'notRegularFile');
      }
    }
    const stats = await inBatches(candidates, (candidate) =>
      candidate.info ? Promise.resolve(candidate.info) : stat(candidate.path).catch(() => null),
    );
    for (const [i, { path }] of candidates.entries()) {
      const info = stats[i];
      if (!info) skip(path, 'unreadable');
      // Replaced by something else since it was listed.
      else if (!info.isFile()) skip(path, 'notRegularFile');
      else {
        const { size, mtimeMs, ino, ctimeMs } = info;
        files.push({ path, file: toRelative(dir, path), size, mtimeMs, ino, ctimeMs });
      }
    }
    for (const sub of subfolders) await walk(sub.path, sub.real, depth + 1);
  }

  await walk(dir, root, 0);
  return { files, folders, skipped, root };
}

/** "sub/dir/file.txt" relative to the briefings folder, with forward slashes. */
export function toRelative(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}
