import { existsSync } from 'node:fs';
import { mkdir, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { LiveKnowledge, type LiveKnowledgeEvent } from '../../src/io/liveKnowledge.js';
import { tempBriefings } from '../support/tempBriefings.js';
import { waitUntil } from '../support/waitUntil.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function live(files: Record<string, string | Uint8Array>) {
  const folder = await tempBriefings(files);
  cleanups.push(folder.remove);
  const events: LiveKnowledgeEvent[] = [];
  const store = await LiveKnowledge.open(folder.dir, {
    debounceMs: 50,
    pollMs: 0,
    onEvent: (e) => events.push(e),
  });
  return { store, dir: folder.dir, events };
}

const files = (store: LiveKnowledge) => [...store.current.briefings.keys()].sort();
const warnings = (events: LiveKnowledgeEvent[]) =>
  events.flatMap((e) => (e.type === 'warning' ? [e.message] : []));

describe('LiveKnowledge', () => {
  it('picks up added, changed, renamed and deleted files', async () => {
    const { store, dir } = await live({
      'a.txt': 'Envoys met in Doha.',
      'b.txt': 'Talks in Cairo.',
    });
    await writeFile(join(dir, 'c.txt'), 'Ministers met in Oslo.');
    await writeFile(join(dir, 'a.txt'), 'Envoys met in Geneva instead.');
    await unlink(join(dir, 'b.txt'));
    const report = await store.rebuild();
    expect(report).toMatchObject({
      added: 1,
      changed: 1,
      removed: 1,
      briefingsBefore: 2,
      briefingsAfter: 2,
    });
    expect(files(store)).toEqual(['a.txt', 'c.txt']);
    expect(ask(store.current, 'Geneva').citations[0]?.briefing).toBe('a.txt');
    expect(ask(store.current, 'Doha').found).toBe(false);

    await rename(join(dir, 'c.txt'), join(dir, 'd.txt'));
    await store.rebuild();
    expect(files(store)).toEqual(['a.txt', 'd.txt']);
    expect(ask(store.current, 'Oslo').citations[0]?.briefing).toBe('d.txt');
  });

  it('skips a broken new file with a warning and keeps every good one', async () => {
    const { store, dir, events } = await live({ 'a.txt': 'Envoys met in Doha.' });
    await writeFile(join(dir, 'broken.txt'), new Uint8Array([0, 0, 0]));
    const report = await store.rebuild();
    expect(files(store)).toEqual(['a.txt']);
    expect(report.skipped.map((s) => s.file)).toEqual(['broken.txt']);
    expect(warnings(events)).toEqual([
      'skipped broken.txt: the file is binary (it contains NUL bytes)',
    ]);
  });

  it('warns once about a bad file read again in the same state, and again when its state changes', async () => {
    const { store, dir, events } = await live({ 'a.txt': 'Envoys met in Doha.' });
    const broken = join(dir, 'broken.txt');
    await writeFile(broken, new Uint8Array([0, 0, 0]));
    await store.rebuild();
    // Its stamp changes, not what is wrong with it: as when a rebuild listed it in the middle
    // of a write and read it once the write was done, and the write's own event comes after.
    const later = new Date(Date.now() + 5_000);
    await utimes(broken, later, later);
    await store.rebuild();
    expect(warnings(events)).toEqual([
      'skipped broken.txt: the file is binary (it contains NUL bytes)',
    ]);
    // Another state (emptied) is warned about, and the first again once it comes back.
    await writeFile(broken, '');
    await store.rebuild();
    await writeFile(broken, new Uint8Array([0, 0, 0, 0]));
    await store.rebuild();
    expect(warnings(events)).toEqual([
      'skipped broken.txt: the file is binary (it contains NUL bytes)',
      'skipped broken.txt: the file is empty',
      'skipped broken.txt: the file is binary (it contains NUL bytes)',
    ]);
  });

  it('reports, to a call made during a rebuild, what that rebuild found too', async () => {
    const { store, dir } = await live({ 'a.txt': 'Envoys met in Doha.' });
    await writeFile(join(dir, 'b.txt'), 'Ministers met in Oslo.');
    const running = store.rebuild();
    // As /reload asked while the watch's rebuild, which finds b.txt, is under way.
    const report = await store.rebuild();
    expect(report).toMatchObject({ briefingsBefore: 1, briefingsAfter: 2, added: 1 });
    expect(await running).toBe(report);
  });

  it('keeps the last good version of a file that turns bad', async () => {
    const { store, dir, events } = await live({ 'a.txt': 'Envoys met in Doha.' });
    await writeFile(join(dir, 'a.txt'), '');
    await store.rebuild();
    expect(ask(store.current, 'Doha').citations[0]?.briefing).toBe('a.txt');
    expect(warnings(events)[0]).toMatch(/a\.txt: the file is empty; keeping its previous version/);
  });

  it('answers from the last good index when the folder disappears, warning once', async () => {
    const { store, dir, events } = await live({ 'a.txt': 'Envoys met in Doha.' });
    await rm(dir, { recursive: true, force: true });
    await store.rebuild();
    await store.rebuild();
    expect(ask(store.current, 'Doha').found).toBe(true);
    expect(warnings(events)).toHaveLength(1);
    expect(warnings(events)[0]).toMatch(/still answering from the last good index/);
  });

  it('answers from the previous knowledge while a rebuild runs', async () => {
    const { store, dir } = await live({ 'a.txt': 'Envoys met in Doha.' });
    const before = store.current;
    await writeFile(join(dir, 'b.txt'), 'Ministers met in Oslo.');
    const rebuilding = store.rebuild();
    expect(store.rebuilding).toBe(true);
    expect(store.current).toBe(before);
    await rebuilding;
    expect(store.rebuilding).toBe(false);
    expect(store.current).not.toBe(before);
    expect(ask(store.current, 'Oslo').found).toBe(true);
  });

  it('rebuilds by itself after files change when watching', async () => {
    const { store, dir, events } = await live({ 'a.txt': 'Envoys met in Doha.' });
    const stop = store.watch();
    cleanups.push(stop);
    await writeFile(join(dir, 'b.txt'), 'Ministers met in Oslo.');
    await waitUntil(() => events.some((e) => e.type === 'rebuilt'));
    expect(files(store)).toEqual(['a.txt', 'b.txt']);
  });
});

describe('LiveKnowledge snapshots (as built)', () => {
  it('restarts from its snapshot and re-reads only the files that changed', async () => {
    const { ROOT } = await import('../support/corpora.js');
    // Snapshots carry the build's id, so this runs the built module, as `npm start` does.
    const built = (await import(join(ROOT, 'dist', 'src', 'io', 'liveKnowledge.js'))) as {
      LiveKnowledge: typeof LiveKnowledge;
    };
    const folder = await tempBriefings({
      'a.txt': 'Envoys met in Doha.',
      'b.txt': 'Ministers met in Oslo.',
      'c.txt': 'Leaders met in Lima.',
    });
    const cache = await tempBriefings({});
    cleanups.push(folder.remove, cache.remove);

    const first = await built.LiveKnowledge.open(folder.dir, { pollMs: 0, cacheDir: cache.dir });
    cleanups.push(() => first.close());
    expect(first.current.briefings.size).toBe(3);

    await writeFile(join(folder.dir, 'b.txt'), 'Ministers met in Bergen instead.');
    const events: LiveKnowledgeEvent[] = [];
    const second = await built.LiveKnowledge.open(folder.dir, {
      pollMs: 0,
      cacheDir: cache.dir,
      onEvent: (event) => events.push(event),
    });
    cleanups.push(() => second.close());
    const rebuilt = events.find((event) => event.type === 'rebuilt');
    expect(rebuilt?.type === 'rebuilt' && rebuilt.report).toMatchObject({
      added: 0,
      changed: 1,
      removed: 0,
    });
    expect(ask(second.current, 'Bergen').citations[0]?.briefing).toBe('b.txt');
    expect(ask(second.current, 'Lima').citations[0]?.briefing).toBe('c.txt');
  });
});

describe('LiveKnowledge with meetings extracted in a worker (as built)', () => {
  it('updates the index at once and the meetings when the worker has them', async () => {
    const { ROOT } = await import('../support/corpora.js');
    const built = (await import(join(ROOT, 'dist', 'src', 'io', 'liveKnowledge.js'))) as {
      LiveKnowledge: typeof LiveKnowledge;
    };
    const folder = await tempBriefings({
      'a.txt':
        'date 2023-05-02\n\nThe foreign ministers of Oman and Qatar met in Muscat on Monday.',
    });
    cleanups.push(folder.remove);
    const store = await built.LiveKnowledge.open(folder.dir, { pollMs: 0, meetingsInWorker: true });
    cleanups.push(() => store.close());
    const before = store.current.meetings.map((meeting) => meeting.location);
    expect(before.join()).toMatch(/Muscat/);

    await writeFile(
      join(folder.dir, 'b.txt'),
      'date 2023-06-10\n\nThe defence ministers of Chile and Peru met in Lima on Friday.',
    );
    const report = await store.rebuild();
    expect(report.added).toBe(1);
    expect(ask(store.current, 'Lima').citations[0]?.briefing).toBe('b.txt');
    expect(store.current.meetings.map((meeting) => meeting.location).join()).toMatch(/Lima/);
  });
  it('restarts with what the worker read before, and its meetings follow a file changed meanwhile', async () => {
    const { ROOT } = await import('../support/corpora.js');
    const built = (await import(join(ROOT, 'dist', 'src', 'io', 'liveKnowledge.js'))) as {
      LiveKnowledge: typeof LiveKnowledge;
    };
    const cache = (await import(join(ROOT, 'dist', 'src', 'io', 'knowledgeCache.js'))) as {
      readingsLocation: (cacheDir: string, dir: string) => Promise<{ path: string } | null>;
    };
    const folder = await tempBriefings({
      'a.txt':
        'date 2023-05-02\n\nThe foreign ministers of Oman and Qatar met in Muscat on Monday.',
      'b.txt': 'date 2023-06-01\n\nTrade figures were published on Thursday.',
    });
    const cacheDir = await tempBriefings({});
    cleanups.push(folder.remove, cacheDir.remove);
    const options = { pollMs: 0, meetingsInWorker: true, cacheDir: cacheDir.dir };
    const first = await built.LiveKnowledge.open(folder.dir, options);
    const readings = await cache.readingsLocation(cacheDir.dir, folder.dir);
    await waitUntil(() => readings !== null && existsSync(readings.path));
    await first.close();

    await writeFile(
      join(folder.dir, 'b.txt'),
      'date 2023-06-10\n\nThe defence ministers of Chile and Peru met in Lima on Friday.',
    );
    const events: LiveKnowledgeEvent[] = [];
    const second = await built.LiveKnowledge.open(folder.dir, {
      ...options,
      onEvent: (event) => events.push(event),
    });
    cleanups.push(() => second.close());
    expect(ask(second.current, 'Lima').citations[0]?.briefing).toBe('b.txt');
    await waitUntil(() => events.some((event) => event.type === 'rebuilt'));
    const locations = second.current.meetings.map((meeting) => meeting.location).join();
    expect(locations).toMatch(/Lima/);
    expect(locations).toMatch(/Muscat/);
  });
});

describe('LiveKnowledge watching', () => {
  it('sees changes in a folder made after watching began, without the periodic re-check', async () => {
    const { store, dir } = await live({ 'a.txt': 'Envoys met in Doha.' });
    cleanups.push(store.watch());
    await mkdir(join(dir, 'later'));
    await waitUntil(() => store.rebuilding === false);
    await writeFile(join(dir, 'later', 'b.txt'), 'Ministers met in Oslo.');
    await waitUntil(() => files(store).includes('later/b.txt'));
    await writeFile(join(dir, 'later', 'c.txt'), 'Leaders met in Lima.');
    await waitUntil(() => files(store).includes('later/c.txt'));
  });

  it('watches the folder again when it is deleted and made again, without the periodic re-check', async () => {
    const { store, dir, events } = await live({ 'a.txt': 'Envoys met in Doha.' });
    cleanups.push(store.watch());
    await rm(dir, { recursive: true, force: true });
    await waitUntil(() => warnings(events).length > 0);
    await mkdir(dir);
    await writeFile(join(dir, 'b.txt'), 'Ministers met in Oslo.');
    await waitUntil(() => files(store).join() === 'b.txt');
    // And the new folder is watched: a later change is seen too.
    await writeFile(join(dir, 'c.txt'), 'Leaders met in Lima.');
    await waitUntil(() => files(store).join() === 'b.txt,c.txt');
    expect(ask(store.current, 'Lima').citations[0]?.briefing).toBe('c.txt');
  });
});
