import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary briefings folder holding the given files (path → text or bytes). */
export async function tempBriefings(files: Record<string, string | Uint8Array>) {
  const dir = await mkdtemp(join(tmpdir(), 'briefings-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
