/**
 * Files in the cache folder (snapshots, the meeting worker's readings): written whole or not
 * at all, readable by their owner only (they hold the briefings' text), sealed with a checksum
 * so that a damaged copy reads as no copy — and is built again — rather than as different
 * answers. A writer killed half way leaves a `*.partial` file, removed at the next start.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';

/** Owner read and write only: a cache file holds the briefings' text. */
export const CACHE_FILE_MODE = 0o600;
const CACHE_DIR_MODE = 0o700;
/** A sealed file: this magic, the body's length and its CRC-32 (32 bits each, little-endian). */
const SEAL_MAGIC = Buffer.from('bbseal1\n', 'latin1');
const SEAL_HEADER_BYTES = SEAL_MAGIC.length + 8;
/** `name.<pid>.partial` or `name.<pid>-<thread>.partial`: what a writer leaves while writing. */
const PARTIAL = /\.(\d+)(?:-\d+)?\.partial$/;

/** Writes `bytes` to `path` through a partial file and a rename, so no reader sees half of it. */
export async function writeCacheFile(
  path: string,
  bytes: Uint8Array,
  writer: string = String(process.pid),
): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: CACHE_DIR_MODE });
  const partial = `${path}.${writer}.partial`;
  try {
    await writeFile(partial, bytes, { mode: CACHE_FILE_MODE });
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** `body` with a header holding its length and checksum. */
export function seal(body: Uint8Array): Buffer {
  const header = Buffer.alloc(SEAL_HEADER_BYTES);
  SEAL_MAGIC.copy(header);
  header.writeUInt32LE(body.length, SEAL_MAGIC.length);
  header.writeUInt32LE(crc32(body), SEAL_MAGIC.length + 4);
  return Buffer.concat([header, body]);
}

/** The body of a sealed file, or null when it is not one, torn or damaged. */
export function unseal(bytes: Uint8Array): Uint8Array | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (
    buffer.length < SEAL_HEADER_BYTES ||
    !buffer.subarray(0, SEAL_MAGIC.length).equals(SEAL_MAGIC)
  ) {
    return null;
  }
  const body = buffer.subarray(SEAL_HEADER_BYTES);
  if (body.length !== buffer.readUInt32LE(SEAL_MAGIC.length)) return null;
  return crc32(body) === buffer.readUInt32LE(SEAL_MAGIC.length + 4) ? body : null;
}

/** A sealed cache file's body, or null when it is missing, torn or damaged. */
export async function readSealedFile(path: string): Promise<Uint8Array | null> {
  const bytes = await readFile(path).catch(() => null);
  return bytes && unseal(bytes);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the `*.partial` files in `cacheDir` whose writer is no longer running (killed while
 * writing); those of a process still writing are left alone. Returns how many were removed.
 */
export async function removeStalePartials(cacheDir: string): Promise<number> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const writer = PARTIAL.exec(name);
    if (!writer || isRunning(Number(writer[1]))) continue;
    await rm(join(cacheDir, name), { force: true });
    removed++;
  }
  return removed;
}
