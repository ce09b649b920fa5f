import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Writes dist/build-id.txt: a hash of the built program and the locked dependencies. Cached
 * snapshots of built knowledge carry it, so a new build never serves a stale snapshot.
 */
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(dist, '..');

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return Promise.resolve(path.endsWith('.js') ? [path] : []);
    }),
  );
  return nested.flat().sort();
}

const hash = createHash('sha256');
for (const file of await filesUnder(join(dist, 'src')))
  hash.update(file.slice(dist.length)).update(await readFile(file));
hash.update(await readFile(join(root, 'package-lock.json')).catch(() => Buffer.alloc(0)));
await writeFile(join(dist, 'build-id.txt'), `${hash.digest('hex')}\n`);
