import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byFile, type Knowledge, knowledgeFrom } from '../knowledgeBase.js';
import type { MeetingRecord } from '../meetings/types.js';
import { type IndexImage, InvertedPassageIndex } from '../search/passageIndex.js';
import type { Briefing, SkippedFile } from '../types.js';
import { toRelative } from './listBriefings.js';

/**
 * A snapshot of what was built from a briefings folder (parsed briefings, meetings, skipped
 * files), stored on disk and keyed by every file's size and modification time and by the
 * build of the program. When nothing changed, a restart loads it instead of reading,
 * parsing and extracting again; the search index is rebuilt from it, which is fast.
 */

/** Where snapshots go unless BRIEFINGS_CACHE_DIR says otherwise: the package's own cache folder. */
export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL('../../../node_modules/.cache/briefing-bot', import.meta.url),
);

/** BRIEFINGS_CACHE_DIR's meaning: unset or empty → the default, `off` → no snapshots, else a folder. */
export function cacheDirFrom(setting: string | undefined): string | null {
  if (setting === 'off') return null;
  return setting?.trim() ? setting : DEFAULT_CACHE_DIR;
}

/** What identifies a file's version without reading it. */
export interface FileStamp {
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
}

/** A briefing as stored: sentences as offsets into their paragraph, not copies of the text. */
interface PackedBriefing {
  readonly file: string;
  readonly published: string | null;
  readonly headline: string | null;
  readonly contentHash: string;
  /** Per paragraph: its text, then each sentence's start and end. */
  readonly paragraphs: ReadonlyArray<readonly [string, readonly number[]]>;
}

const pack = (briefing: Briefing): PackedBriefing => ({
  file: briefing.file,
  published: briefing.published,
  headline: briefing.headline,
  contentHash: briefing.contentHash,
  paragraphs: briefing.paragraphs.map((paragraph) => [
    paragraph.text,
    paragraph.sentences.flatMap((sentence) => [sentence.start, sentence.end]),
  ]),
});

function unpack(packed: PackedBriefing): Briefing {
  return {
    ...packed,
    paragraphs: packed.paragraphs.map(([text, bounds], p) => {
      const sentences = [];
      for (let i = 0; i < bounds.length; i += 2) {
        const start = bounds[i]!;
        const end = bounds[i + 1]!;
        sentences.push({ index: i / 2 + 1, start, end, text: text.slice(start, end) });
      }
      return { index: p + 1, text, sentences };
    }),
  };
}

interface Snapshot {
  readonly build: string;
  readonly dir: string;
  readonly stamps: readonly FileStamp[];
  readonly briefings: readonly PackedBriefing[];
  /** The search index's terms, so a restart need not tokenise every sentence again. */
  readonly index: IndexImage | null;
  readonly meetings: readonly MeetingRecord[];
  readonly skipped: readonly SkippedFile[];
}

/** The stamp of each file; a file that cannot be stat'ed gets a stamp that never matches. */
export async function stampFiles(dir: string, paths: readonly string[]): Promise<FileStamp[]> {
  return Promise.all(
    paths.map(async (path) => {
      const info = await stat(path).catch(() => null);
      return { file: toRelative(dir, path), size: info?.size ?? -1, mtimeMs: info?.mtimeMs ?? -1 };
    }),
  );
}

const sameStamps = (a: readonly FileStamp[], b: readonly FileStamp[]): boolean =>
  a.length === b.length &&
  a.every(
    (stamp, i) =>
      stamp.file === b[i]!.file && stamp.size === b[i]!.size && stamp.mtimeMs === b[i]!.mtimeMs,
  );

/**
 * Where snapshots of a folder live, under `cacheDir`; null when snapshots cannot be trusted
 * because the build cannot be identified (running from sources, not from a build).
 */
export async function snapshotLocation(
  cacheDir: string,
  dir: string,
): Promise<{ file: string; build: string } | null> {
  const build = await readFile(new URL('../../build-id.txt', import.meta.url), 'utf8').catch(
    () => null,
  );
  if (!build) return null;
  const key = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16);
  return { file: join(cacheDir, `${key}.json`), build: build.trim() };
}

/** A stored snapshot of this build for this folder, whatever files changed since. */
export interface LoadedSnapshot {
  readonly knowledge: Knowledge;
  /** The files as they were when the snapshot was taken. */
  readonly stamps: readonly FileStamp[];
  readonly briefings: ReadonlyMap<string, Briefing>;
}

/** The latest snapshot of the folder taken by this build, or null. */
export async function loadSnapshot(cacheDir: string, dir: string): Promise<LoadedSnapshot | null> {
  const location = await snapshotLocation(cacheDir, dir);
  if (!location) return null;
  try {
    const snapshot = JSON.parse(await readFile(location.file, 'utf8')) as Snapshot;
    if (snapshot.build !== location.build || snapshot.dir !== resolve(dir)) return null;
    const sorted = snapshot.briefings.map(unpack).sort(byFile);
    const index = snapshot.index
      ? InvertedPassageIndex.fromImage(sorted, snapshot.index)
      : new InvertedPassageIndex(sorted);
    return {
      knowledge: knowledgeFrom(sorted, index, snapshot.meetings, snapshot.skipped),
      stamps: snapshot.stamps,
      briefings: new Map(sorted.map((briefing) => [briefing.file, briefing])),
    };
  } catch {
    return null;
  }
}

/** The knowledge of the snapshot, when it exists and matches the files and the build exactly. */
export async function readSnapshot(
  cacheDir: string,
  dir: string,
  stamps: readonly FileStamp[],
): Promise<Knowledge | null> {
  const loaded = await loadSnapshot(cacheDir, dir);
  return loaded && sameStamps(loaded.stamps, stamps) ? loaded.knowledge : null;
}

/** Stores a snapshot; failures (read-only disk, full disk) only cost the next start its speed. */
export async function writeSnapshot(
  cacheDir: string,
  dir: string,
  stamps: readonly FileStamp[],
  knowledge: Knowledge,
): Promise<boolean> {
  const location = await snapshotLocation(cacheDir, dir);
  if (!location) return false;
  const snapshot: Snapshot = {
    build: location.build,
    dir: resolve(dir),
    stamps,
    briefings: [...knowledge.briefings.values()].map(pack),
    index: knowledge.index instanceof InvertedPassageIndex ? knowledge.index.toImage() : null,
    meetings: knowledge.meetings,
    skipped: knowledge.skipped,
  };
  try {
    await mkdir(cacheDir, { recursive: true });
    // Write then rename, so a reader never sees half a snapshot.
    const partial = `${location.file}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(snapshot));
    await rename(partial, location.file);
    return true;
  } catch {
    return false;
  }
}
