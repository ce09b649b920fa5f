import { createHash } from 'node:crypto';
import { readFile, realpath, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { byFile, type Knowledge, knowledgeFrom } from '../knowledgeBase.js';
import type { MeetingRecord } from '../meetings/types.js';
import { NumberReader } from '../search/numberReader.js';
import { type IndexImage, InvertedPassageIndex } from '../search/passageIndex.js';
import {
  type Briefing,
  type Dateline,
  PASSAGE_KINDS,
  type PassageKind,
  type SkippedFile,
} from '../types.js';
import { writeCacheFile } from './cacheFiles.js';

/**
 * A snapshot of what was built from a briefings folder (parsed briefings, meetings, skipped
 * files, the search index), stored on disk under the folder's real path (a re-pointed link
 * names another folder, and another snapshot) and keyed by every file's stamp and by the
 * build of the program. When nothing changed, a restart loads it instead of
 * reading, parsing, extracting and tokenising again.
 *
 * One file: a header, the text as JSON (in ASCII), then the numbers (sentence bounds, the
 * index's postings) as variable-length integers, which are smaller than JSON's and read
 * without creating an array per sentence. The header's lengths and checksum make a torn or
 * damaged file read as no snapshot at all, and the build is then done again.
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

/**
 * What identifies a file's version without reading it. Size and modification time can be
 * copied (`cp -a`, a folder swapped for a copy by `mv`); the inode and the change time cannot,
 * so another file with the same name, size and mtime is still another file.
 */
export interface FileStamp {
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly ctimeMs: number;
}

/** The stamp of a listed file. */
export const stampOf = (file: FileStamp): FileStamp => ({
  file: file.file,
  size: file.size,
  mtimeMs: file.mtimeMs,
  ino: file.ino,
  ctimeMs: file.ctimeMs,
});

/** True when two stamps name the same version of a file. */
export const sameStamp = (a: Omit<FileStamp, 'file'>, b: Omit<FileStamp, 'file'>): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino && a.ctimeMs === b.ctimeMs;

/** A briefing as stored: its paragraphs' texts; their kinds and sentences' bounds are numbers. */
interface PackedBriefing {
  readonly file: string;
  readonly published: Briefing['published'];
  readonly publishedFrom: Briefing['publishedFrom'];
  readonly headline: string | null;
  readonly contentHash: string;
  readonly paragraphs: readonly string[];
  /** Datelines by paragraph number (1-based), for the paragraphs that have one. */
  readonly datelines: Readonly<Record<number, Dateline>>;
}

const pack = (briefing: Briefing): PackedBriefing => ({
  file: briefing.file,
  published: briefing.published,
  publishedFrom: briefing.publishedFrom,
  headline: briefing.headline,
  contentHash: briefing.contentHash,
  paragraphs: briefing.paragraphs.map((paragraph) => paragraph.text),
  datelines: Object.fromEntries(
    briefing.paragraphs.flatMap((paragraph) =>
      paragraph.dateline === null ? [] : [[paragraph.index, paragraph.dateline]],
    ),
  ),
});

const kindCode = (kind: PassageKind): number => PASSAGE_KINDS.indexOf(kind);
const kindOf = (code: number): PassageKind => PASSAGE_KINDS[code] ?? 'body';

/**
 * The paragraphs' kinds and sentences' bounds: per paragraph, its kind and sentence count,
 * then per sentence its start, end, and kind with the cut-off mark (kind × 2 + cut off).
 */
function sentenceNumbersOf(briefings: readonly Briefing[]): Uint32Array {
  let count = 0;
  for (const briefing of briefings) {
    for (const paragraph of briefing.paragraphs) count += 2 + 3 * paragraph.sentences.length;
  }
  const numbers = new Uint32Array(count);
  let at = 0;
  for (const briefing of briefings) {
    for (const paragraph of briefing.paragraphs) {
      numbers[at++] = kindCode(paragraph.kind);
      numbers[at++] = paragraph.sentences.length;
      for (const sentence of paragraph.sentences) {
        numbers[at++] = sentence.start;
        numbers[at++] = sentence.end;
        numbers[at++] = kindCode(sentence.kind) * 2 + (sentence.cutOff ? 1 : 0);
      }
    }
  }
  return numbers;
}

/** A briefing again, its kinds and sentences' bounds read from `bounds` (see `sentenceNumbersOf`). */
function unpack(packed: PackedBriefing, bounds: NumberReader): Briefing {
  return {
    file: packed.file,
    published: packed.published,
    publishedFrom: packed.publishedFrom,
    headline: packed.headline,
    contentHash: packed.contentHash,
    paragraphs: packed.paragraphs.map((text, p) => {
      const kind = kindOf(bounds.next());
      const sentences = [];
      for (let i = 0, count = bounds.next(); i < count; i++) {
        const start = bounds.next();
        const end = bounds.next();
        const mark = bounds.next();
        sentences.push({
          index: i + 1,
          start,
          end,
          text: text.slice(start, end),
          kind: kindOf(mark >> 1),
          cutOff: (mark & 1) === 1,
        });
      }
      return { index: p + 1, text, kind, dateline: packed.datelines[p + 1] ?? null, sentences };
    }),
  };
}

/** The JSON part of a snapshot. */
interface Snapshot {
  readonly build: string;
  readonly dir: string;
  readonly stamps: readonly FileStamp[];
  readonly briefings: readonly PackedBriefing[];
  /** How many of the numbers are the sentences' bounds; the index's numbers follow them. */
  readonly sentenceNumbers: number;
  /** The search index's image but for its numbers, so a restart need not tokenise again. */
  readonly index: Omit<IndexImage, 'numbers'> | null;
  readonly meetings: readonly MeetingRecord[];
  readonly skipped: readonly SkippedFile[];
}

/** The first bytes of a snapshot file. */
const SNAPSHOT_MAGIC = Buffer.from('bbsnap', 'latin1');
/** The layout's version: a file in another layout is no snapshot (the build id covers the rest). */
const SNAPSHOT_VERSION = 4;
/**
 * Where the header keeps what it holds, in bytes: the magic, the version (16 bits), then the
 * JSON's length, the count of numbers, their length and the CRC-32 of all after the header
 * (32 bits each, little-endian).
 */
const HEADER = Object.freeze({
  version: 6,
  jsonBytes: 8,
  numberCount: 12,
  numberBytes: 16,
  checksum: 20,
  size: 24,
});
/** A number takes 7 bits a byte, low bits first; a byte's high bit says another one follows. */
const VARINT_BITS = 7;
const VARINT_LOW_BITS = 0x7f;
const VARINT_MORE = 0x80;
/** A 32-bit number's last byte starts at bit 28, so only 4 of its bits may be set. */
const VARINT_LAST_SHIFT = 28;
const VARINT_LAST_MAX = 0x0f;
/** Characters JSON keeps as they are but that are not ASCII (see `asciiJson`). */
const NON_ASCII = /[\u0080-\uffff]/g;
const UNICODE_ESCAPE_DIGITS = 4;
const HEX = 16;

/** The largest numbers that take 1, 2, 3 and 4 bytes as variable-length integers. */
const VARINT_1 = 2 ** VARINT_BITS - 1;
const VARINT_2 = 2 ** (2 * VARINT_BITS) - 1;
const VARINT_3 = 2 ** (3 * VARINT_BITS) - 1;
const VARINT_4 = 2 ** (4 * VARINT_BITS) - 1;
const VARINT_MAX_BYTES = 5;

/** How many bytes a number takes as a variable-length integer. */
function varintLength(value: number): number {
  if (value !== value >>> 0) throw new RangeError(`${value} is no unsigned 32-bit integer`);
  return value <= VARINT_1
    ? 1
    : value <= VARINT_2
      ? 2
      : value <= VARINT_3
        ? 3
        : value <= VARINT_4
          ? 4
          : VARINT_MAX_BYTES;
}

/** The numbers' count and their length in bytes as variable-length integers. */
function measureNumbers(sections: ReadonlyArray<ArrayLike<number>>): {
  count: number;
  bytes: number;
} {
  let count = 0;
  let bytes = 0;
  for (const section of sections) {
    count += section.length;
    for (let i = 0; i < section.length; i++) bytes += varintLength(section[i]!);
  }
  return { count, bytes };
}

/**
 * Writes numbers (unsigned 32-bit integers, see `measureNumbers`) into `target` from `at` as
 * variable-length integers: small ones take one byte.
 */
function encodeNumbers(
  sections: ReadonlyArray<ArrayLike<number>>,
  target: Uint8Array,
  at: number,
): void {
  for (const section of sections) {
    for (let i = 0; i < section.length; i++) {
      let value = section[i]!;
      while (value > VARINT_LOW_BITS) {
        target[at++] = (value & VARINT_LOW_BITS) | VARINT_MORE;
        value >>>= VARINT_BITS;
      }
      target[at++] = value;
    }
  }
}

/** `count` numbers from their variable-length bytes, or null unless they fill the bytes exactly. */
function decodeNumbers(bytes: Uint8Array, count: number): Uint32Array | null {
  const numbers = new Uint32Array(count);
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at >= bytes.length) return null;
    let byte = bytes[at++]!;
    let value = byte & VARINT_LOW_BITS;
    for (let shift = VARINT_BITS; byte >= VARINT_MORE; shift += VARINT_BITS) {
      if (at >= bytes.length) return null;
      byte = bytes[at++]!;
      if (shift === VARINT_LAST_SHIFT && byte > VARINT_LAST_MAX) return null;
      value |= (byte & VARINT_LOW_BITS) << shift;
    }
    // Bit 31 makes `value` negative; the array stores it as the unsigned number it stands for.
    numbers[i] = value;
  }
  return at === bytes.length ? numbers : null;
}

/**
 * Text with its non-ASCII characters escaped as JSON does (`\u00e7`), so that reading the
 * JSON back is a byte-for-byte copy into a one-byte string rather than UTF-8 decoding. Most
 * pieces are ASCII already and are returned as they are.
 */
function asciiJson(json: string): string {
  if (Buffer.byteLength(json) === json.length) return json;
  return json.replace(
    NON_ASCII,
    (char) => `\\u${char.charCodeAt(0).toString(HEX).padStart(UNICODE_ESCAPE_DIGITS, '0')}`,
  );
}

/** How many items of a long array one piece of a snapshot's JSON holds. */
const JSON_PIECE_ITEMS = 256;

/**
 * `JSON.stringify(value)` as pieces that join into the same text: objects key by key, long
 * arrays a few hundred items at a time. No string of the whole snapshot's size is made, which
 * kept the collector busy and made writing grow faster than the folder.
 */
export function jsonPieces(value: unknown, pieces: string[] = []): string[] {
  if (Array.isArray(value) && value.length > JSON_PIECE_ITEMS) {
    for (let i = 0; i < value.length; i += JSON_PIECE_ITEMS) {
      const part = JSON.stringify(value.slice(i, i + JSON_PIECE_ITEMS));
      pieces.push(`${i === 0 ? '[' : ','}${part.slice(1, -1)}`);
    }
    pieces.push(']');
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    let separator = '{';
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined || typeof field === 'function') continue;
      pieces.push(`${separator}${JSON.stringify(key)}:`);
      separator = ',';
      jsonPieces(field, pieces);
    }
    pieces.push(separator === '{' ? '{}' : '}');
  } else {
    pieces.push(JSON.stringify(value));
  }
  return pieces;
}

/** A snapshot file's bytes: the header, the JSON (in pieces, see `jsonPieces`), the numbers. */
function snapshotBytes(
  jsonParts: readonly string[],
  sections: ReadonlyArray<ArrayLike<number>>,
): Buffer {
  const text = jsonParts.map(asciiJson);
  const jsonBytes = text.reduce((sum, piece) => sum + piece.length, 0);
  const numbers = measureNumbers(sections);
  const bytes = Buffer.allocUnsafe(HEADER.size + jsonBytes + numbers.bytes);
  bytes.fill(0, 0, HEADER.size);
  SNAPSHOT_MAGIC.copy(bytes);
  bytes.writeUInt16LE(SNAPSHOT_VERSION, HEADER.version);
  bytes.writeUInt32LE(jsonBytes, HEADER.jsonBytes);
  bytes.writeUInt32LE(numbers.count, HEADER.numberCount);
  bytes.writeUInt32LE(numbers.bytes, HEADER.numberBytes);
  let at = HEADER.size;
  for (const piece of text) at += bytes.write(piece, at, 'latin1');
  encodeNumbers(sections, bytes, at);
  bytes.writeUInt32LE(crc32(bytes.subarray(HEADER.size)), HEADER.checksum);
  return bytes;
}

/** A snapshot file's JSON and numbers; null when the file is no snapshot, torn or damaged. */
function snapshotParts(bytes: Buffer): { json: string; numbers: Uint32Array } | null {
  if (
    bytes.length < HEADER.size ||
    !bytes.subarray(0, SNAPSHOT_MAGIC.length).equals(SNAPSHOT_MAGIC) ||
    bytes.readUInt16LE(HEADER.version) !== SNAPSHOT_VERSION
  ) {
    return null;
  }
  const jsonBytes = bytes.readUInt32LE(HEADER.jsonBytes);
  const numberCount = bytes.readUInt32LE(HEADER.numberCount);
  const numberBytes = bytes.readUInt32LE(HEADER.numberBytes);
  // Every number takes at least a byte, so a count above the bytes is damage, not a big array.
  if (HEADER.size + jsonBytes + numberBytes !== bytes.length || numberCount > numberBytes) {
    return null;
  }
  const body = bytes.subarray(HEADER.size);
  if (crc32(body) !== bytes.readUInt32LE(HEADER.checksum)) return null;
  const numbers = decodeNumbers(body.subarray(jsonBytes), numberCount);
  return numbers && { json: body.toString('latin1', 0, jsonBytes), numbers };
}

const sameStamps = (a: readonly FileStamp[], b: readonly FileStamp[]): boolean =>
  a.length === b.length &&
  a.every((stamp, i) => stamp.file === b[i]!.file && sameStamp(stamp, b[i]!));

/** The folder's real path (links resolved), or its absolute path when it cannot be resolved. */
const folderKey = async (dir: string): Promise<string> => realpath(dir).catch(() => resolve(dir));

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
  const key = createHash('sha256')
    .update(await folderKey(dir))
    .digest('hex')
    .slice(0, 16);
  return { file: join(cacheDir, `${key}.snapshot`), build: build.trim() };
}

/**
 * Where the meeting worker keeps what it read from the folder's briefings, beside the
 * snapshot, and the build it belongs to; null when snapshots cannot be trusted.
 */
export async function readingsLocation(
  cacheDir: string,
  dir: string,
): Promise<{ path: string; build: string } | null> {
  const location = await snapshotLocation(cacheDir, dir);
  return (
    location && { path: location.file.replace(/\.snapshot$/, '.readings'), build: location.build }
  );
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
    const parts = snapshotParts(await readFile(location.file));
    if (!parts) return null;
    const snapshot = JSON.parse(parts.json) as Snapshot;
    if (snapshot.build !== location.build || snapshot.dir !== (await folderKey(dir))) return null;
    const bounds = new NumberReader(parts.numbers.subarray(0, snapshot.sentenceNumbers));
    const sorted = snapshot.briefings.map((packed) => unpack(packed, bounds)).sort(byFile);
    if (!bounds.done) return null;
    const numbers = parts.numbers.subarray(snapshot.sentenceNumbers);
    const index = snapshot.index
      ? InvertedPassageIndex.fromImage(sorted, { ...snapshot.index, numbers })
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
  try {
    const briefings = [...knowledge.briefings.values()];
    const index = knowledge.index;
    const image = index instanceof InvertedPassageIndex ? index.toImage() : null;
    const sentenceNumbers = sentenceNumbersOf(briefings);
    const snapshot: Snapshot = {
      build: location.build,
      dir: await folderKey(dir),
      stamps,
      briefings: briefings.map(pack),
      sentenceNumbers: sentenceNumbers.length,
      index: image && { terms: image.terms, words: image.words, files: image.files },
      meetings: knowledge.meetings,
      skipped: knowledge.skipped,
    };
    const bytes = snapshotBytes(jsonPieces(snapshot), [sentenceNumbers, image?.numbers ?? []]);
    await writeCacheFile(location.file, bytes);
    // A snapshot in the earlier, all-JSON layout is never read again.
    await rm(location.file.replace(/\.snapshot$/, '.json'), { force: true });
    return true;
  } catch {
    return false;
  }
}
