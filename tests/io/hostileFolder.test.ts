/**
 * A briefings folder set up by someone hostile, or damaged: links that lead outside it (to a
 * `.env`, to /proc), FIFOs and devices, a cache folder whose files were torn or flipped, a
 * folder swapped for a copy with the same names, sizes and times, a link re-pointed at
 * another folder. Nothing outside the folder reaches an answer, nothing hangs or grows without
 * bound, and no cache file changes an answer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  symlink,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { seal, unseal } from '../../src/io/cacheFiles.js';
import type * as CacheModule from '../../src/io/knowledgeCache.js';
import type * as LiveModule from '../../src/io/liveKnowledge.js';
import { loadBriefingsFromDir, loadListedFile } from '../../src/io/loadBriefings.js';
import { ROOT } from '../support/corpora.js';
import { tempBriefings } from '../support/tempBriefings.js';
import { waitUntil } from '../support/waitUntil.js';

const SECRET = 'DISCORD_TOKEN=MTA5ODc2NTQzMjEwOTg3NjU0Mw.hostile.never-served';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function folder(files: Record<string, string> = {}) {
  const made = await tempBriefings(files);
  cleanups.push(made.remove);
  return made.dir;
}

// Snapshots carry the build's id, so these run the built modules, as `npm start` does.
const built = async () => ({
  live: (await import(join(ROOT, 'dist', 'src', 'io', 'liveKnowledge.js'))) as typeof LiveModule,
  cache: (await import(join(ROOT, 'dist', 'src', 'io', 'knowledgeCache.js'))) as typeof CacheModule,
});

describe('nothing outside the briefings folder is read', () => {
  it('skips, with a reason, links to a file and to a folder outside it, and serves none of their text', async () => {
    const outside = await folder({ '.env': SECRET, 'notes/leak.txt': SECRET });
    const dir = await folder({ 'a.txt': 'Envoys met in Doha.', 'sub/b.txt': 'Talks in Oslo.' });
    await symlink(join(outside, '.env'), join(dir, 'env.txt'));
    await symlink(join(outside, 'notes'), join(dir, 'notes'));
    // A link inside the folder to a file inside it is fine.
    await symlink(join(dir, 'sub', 'b.txt'), join(dir, 'also-b.txt'));

    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((briefing) => briefing.file).sort()).toEqual([
      'a.txt',
      'also-b.txt',
      'sub/b.txt',
    ]);
    expect(skipped.map((skip) => [skip.file, skip.reason]).sort()).toEqual([
      ['env.txt', 'outsideFolder'],
      ['notes', 'outsideFolder'],
    ]);
    const text = JSON.stringify(briefings);
    expect(text).not.toContain('DISCORD_TOKEN');
  });

  it('skips a link to /proc/self/pagemap (stat size 0) without reading it', async () => {
    const dir = await folder({ 'a.txt': 'Envoys met in Doha.' });
    await symlink('/proc/self/pagemap', join(dir, 'pagemap.txt'));
    const heapBefore = process.memoryUsage().rss;
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((briefing) => briefing.file)).toEqual(['a.txt']);
    expect(skipped).toEqual([{ file: 'pagemap.txt', reason: 'outsideFolder' }]);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(100 * 1024 * 1024);
  });

  it('holds the size limit while reading, whatever the stat said (a device that claims 0 bytes and never ends)', async () => {
    const result = await loadListedFile({
      path: '/dev/zero',
      file: 'pagemap.txt',
      size: 0,
      mtimeMs: 0,
      ino: 0,
      ctimeMs: 0,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.reason).toBe('tooLarge');
  });

  it('skips a FIFO and a link to a device with a warning, and does not hang', async () => {
    const dir = await folder({ 'a.txt': 'Envoys met in Doha.' });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await mkdir(join(dir, 'dev'));
    await symlink('/dev/zero', join(dir, 'dev', 'zero.txt'));
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((briefing) => briefing.file)).toEqual(['a.txt']);
    expect(skipped.map((skip) => [skip.file, skip.reason]).sort()).toEqual([
      ['dev/zero.txt', 'outsideFolder'],
      ['pipe.txt', 'notRegularFile'],
    ]);
  });
});

describe('cache files', () => {
  it('are written for the owner only (0600), snapshots and readings alike', async () => {
    const { live } = await built();
    const dir = await folder({
      'a.txt':
        'date 2023-05-02\n\nThe foreign ministers of Oman and Qatar met in Muscat on Monday.',
    });
    const cacheDir = await folder();
    const store = await live.LiveKnowledge.open(dir, {
      pollMs: 0,
      cacheDir,
      meetingsInWorker: true,
    });
    cleanups.push(() => store.close());
    await waitUntil(async () =>
      (await readdir(cacheDir)).some((name) => name.endsWith('.readings')),
    );
    const names = (await readdir(cacheDir)).filter((name) => !name.endsWith('.partial'));
    expect(names.some((name) => name.endsWith('.snapshot'))).toBe(true);
    for (const name of names) {
      expect(((await stat(join(cacheDir, name))).mode & 0o777).toString(8)).toBe('600');
    }
  });

  it('left half written by a killed process (*.partial) are removed at start; a live writer’s are not', async () => {
    const { live } = await built();
    const dir = await folder({ 'a.txt': 'Envoys met in Doha.' });
    const cacheDir = await folder();
    // Above Linux's largest pid, so no process has it.
    const dead = join(cacheDir, 'abc.snapshot.4194999.partial');
    const deadThread = join(cacheDir, 'abc.readings.4194998-1.partial');
    const running = join(cacheDir, `abc.snapshot.${process.pid}.partial`);
    for (const path of [dead, deadThread, running]) await writeFile(path, 'half');
    const store = await live.LiveKnowledge.open(dir, { pollMs: 0, cacheDir });
    cleanups.push(() => store.close());
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(deadThread)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it('a sealed cache file with any byte changed or cut reads as nothing', () => {
    const body = new TextEncoder().encode('readings of the meeting worker, '.repeat(40));
    const sealed = seal(body);
    expect(Buffer.from(unseal(sealed) ?? [])).toEqual(Buffer.from(body));
    for (let at = 0; at < sealed.length; at += 7) {
      const damaged = Buffer.from(sealed);
      damaged[at] = damaged[at]! ^ 0x20;
      expect(unseal(damaged)).toBeNull();
    }
    expect(unseal(sealed.subarray(0, sealed.length - 1))).toBeNull();
  });

  it('damaged readings are not restored: the worker reads the briefings again and saves them sound', async () => {
    const { live, cache } = await built();
    const dir = await folder({
      'a.txt':
        'date 2023-05-02\n\nThe foreign ministers of Oman and Qatar met in Muscat on Monday.',
    });
    const cacheDir = await folder();
    const options = { pollMs: 0, cacheDir, meetingsInWorker: true };
    const first = await live.LiveKnowledge.open(dir, options);
    const readings = await cache.readingsLocation(cacheDir, dir);
    if (!readings) throw new Error('no readings location');
    await waitUntil(() => existsSync(readings.path));
    await first.close();
    const saved = await readFile(readings.path);
    expect(unseal(saved)).not.toBeNull();

    const damaged = Buffer.from(saved);
    damaged[damaged.length - 3] = damaged[damaged.length - 3]! ^ 0x01;
    await writeFile(readings.path, damaged);
    const second = await live.LiveKnowledge.open(dir, options);
    cleanups.push(() => second.close());
    await waitUntil(async () => unseal(await readFile(readings.path)) !== null);
    expect(second.current.meetings.map((meeting) => meeting.location).join()).toMatch(/Muscat/);
  });
});

/** Two folders with the same file names, sizes and modification times, and different text. */
async function twinFolders(parent: string) {
  const v1 = join(parent, 'v1');
  const v2 = join(parent, 'v2');
  await mkdir(v1);
  await mkdir(v2);
  await writeFile(join(v1, 'a.txt'), 'Envoys met in Doha.');
  await writeFile(join(v2, 'a.txt'), 'Envoys met in Oslo.');
  const when = new Date('2023-05-01T10:00:00Z');
  await utimes(join(v1, 'a.txt'), when, when);
  await utimes(join(v2, 'a.txt'), when, when);
  return { v1, v2 };
}

describe('a snapshot never answers for another folder', () => {
  it('a link re-pointed at another folder with the same names, sizes and times serves the new folder', async () => {
    const { live } = await built();
    const parent = await folder();
    const cacheDir = await folder();
    const { v1, v2 } = await twinFolders(parent);
    const current = join(parent, 'current');
    await symlink(v1, current);
    const first = await live.LiveKnowledge.open(current, { pollMs: 0, cacheDir });
    expect(ask(first.current, 'Doha').found).toBe(true);
    await first.close();

    await unlink(current);
    await symlink(v2, current);
    const second = await live.LiveKnowledge.open(current, { pollMs: 0, cacheDir });
    cleanups.push(() => second.close());
    expect(ask(second.current, 'Oslo').citations[0]?.text).toContain('Oslo');
    expect(ask(second.current, 'Doha').found).toBe(false);
  });

  it('a folder swapped by mv for a copy with the same names, sizes and times serves the copy', async () => {
    const { live } = await built();
    const parent = await folder();
    const cacheDir = await folder();
    const { v1, v2 } = await twinFolders(parent);
    const briefings = join(parent, 'briefings');
    await rename(v1, briefings);
    const first = await live.LiveKnowledge.open(briefings, { pollMs: 0, cacheDir });
    expect(ask(first.current, 'Doha').found).toBe(true);
    await first.close();

    await rename(briefings, join(parent, 'old'));
    await rename(v2, briefings);
    const second = await live.LiveKnowledge.open(briefings, { pollMs: 0, cacheDir });
    cleanups.push(() => second.close());
    expect(ask(second.current, 'Oslo').citations[0]?.text).toContain('Oslo');
    expect(ask(second.current, 'Doha').found).toBe(false);
    await rm(join(parent, 'old'), { recursive: true, force: true });
  });
});
