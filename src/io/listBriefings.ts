import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { SkippedFile } from '../types.js';

/** File names the loader reads as briefings. */
export const BRIEFING_FILE = /\.(txt|md)$/i;
/** Folders deeper than this are not followed (a guard against pathological trees). */
export const MAX_DEPTH = 32;

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

/** Lists briefing files under `dir`, depth first, sorted, following no link twice. */
export async function listBriefingFiles(
  dir: string,
): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();

  async function walk(folder: string, depth: number): Promise<void> {
    let real: string;
    try {
      real = await realpath(folder);
    } catch {
      skipped.push({ file: toRelative(dir, folder), reason: 'unreadable' });
      return;
    }
    if (seen.has(real)) return;
    if (depth > MAX_DEPTH) {
      skipped.push({ file: toRelative(dir, folder), reason: 'tooDeep' });
      return;
    }
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      skipped.push({ file: toRelative(dir, folder), reason: 'unreadable' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (!target) {
          if (BRIEFING_FILE.test(entry.name)) {
            skipped.push({
              file: toRelative(dir, path),
              reason: 'unreadable',
              detail: 'broken link',
            });
          }
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) await walk(path, depth + 1);
      else if (isFile && BRIEFING_FILE.test(entry.name)) files.push(path);
    }
  }

  const top = await stat(dir).catch((error: NodeJS.ErrnoException) => error);
  if (top instanceof Error) {
    throw new BriefingsDirError(dir, top.code === 'ENOENT' ? 'missing' : 'unreadable');
  }
  if (!top.isDirectory()) throw new BriefingsDirError(dir, 'notADirectory');
  await walk(dir, 0);
  return { files, skipped };
}

/** "sub/dir/file.txt" relative to the briefings folder, with forward slashes. */
export function toRelative(dir: string, path: string): string {
  return relative(dir, path).split(sep).join('/');
}
