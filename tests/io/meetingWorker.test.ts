/**
 * A meeting worker that dies (a crash, out of memory) is noticed: what waited on it fails at
 * once instead of never, one warning is logged, and a new worker is started after a back-off
 * and works out the meetings of every briefing, those changed while it was down included.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import type * as LiveModule from '../../src/io/liveKnowledge.js';
import { workerRestartDelayMs } from '../../src/io/liveKnowledge.js';
import { ROOT } from '../support/corpora.js';
import { tempBriefings } from '../support/tempBriefings.js';
import { waitUntil } from '../support/waitUntil.js';

const DEATH_MARKER = 'the-worker-dies-reading-this';
/** What an out-of-memory worker exits with. */
const EXIT_CODE = 134;

/**
 * The meeting worker as built, made to die as a crashing or out-of-memory worker does: it ends
 * its thread when asked to extract a briefing whose text holds the marker. The real worker
 * queues each request for a later tick, so the thread ends before it reads that one.
 */
async function dyingWorkerEntry(dir: string): Promise<URL> {
  const real = pathToFileURL(join(ROOT, 'dist', 'src', 'io', 'meetingWorkerThread.js')).href;
  const path = join(dir, 'dying-meeting-worker.mjs');
  await writeFile(
    path,
    `import { parentPort } from 'node:worker_threads';
import ${JSON.stringify(real)};
parentPort.on('message', (request) => {
  const deadly =
    request.type === 'extract' &&
    request.upserted.some((briefing) =>
      briefing.paragraphs.some((paragraph) => paragraph.text.includes(${JSON.stringify(DEATH_MARKER)})),
    );
  if (deadly) process.exit(${EXIT_CODE});
});
`,
  );
  return pathToFileURL(path);
}

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a dead meeting worker', () => {
  it('is restarted after a back-off that doubles up to a minute', () => {
    expect([0, 1, 2, 3, 5, 6, 40].map(workerRestartDelayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 32_000, 60_000, 60_000,
    ]);
  });

  it('is noticed, warned about once, restarted, and the meetings catch up', async () => {
    // The worker runs as built, so this runs the built module, as `npm start` does.
    const { LiveKnowledge } = (await import(
      join(ROOT, 'dist', 'src', 'io', 'liveKnowledge.js')
    )) as typeof LiveModule;
    const folder = await tempBriefings({
      'a.txt':
        'date 2023-05-02\n\nThe foreign ministers of Oman and Qatar met in Muscat on Monday.',
    });
    const scripts = await tempBriefings({});
    cleanups.push(folder.remove, scripts.remove);
    const events: LiveModule.LiveKnowledgeEvent[] = [];
    const store = await LiveKnowledge.open(folder.dir, {
      pollMs: 0,
      meetingsInWorker: true,
      meetingWorkerEntry: await dyingWorkerEntry(scripts.dir),
      onEvent: (event) => events.push(event),
    });
    cleanups.push(() => store.close());

    await writeFile(
      join(folder.dir, 'b.txt'),
      `date 2023-06-10\n\nThe defence ministers of Chile and Peru met in Lima on Friday. ${DEATH_MARKER}.`,
    );
    await writeFile(
      join(folder.dir, 'c.txt'),
      'date 2023-07-03\n\nThe trade ministers of Norway and Iceland met in Bergen on Monday.',
    );
    // The worker dies on this change; the rebuild still ends, and the files are searchable.
    const report = await store.rebuild();
    expect(report.added).toBe(2);
    expect(ask(store.current, 'Bergen').citations[0]?.briefing).toBe('c.txt');

    await waitUntil(() => events.some((event) => event.type === 'workerRestarted'), 15_000);
    const warnings = events.flatMap((event) => (event.type === 'warning' ? [event.message] : []));
    expect(warnings).toEqual([
      expect.stringMatching(/^the meeting worker stopped: .*; restarting it in 1 s/),
    ]);
    const locations = () => store.current.meetings.map((meeting) => meeting.location).join();
    expect(locations()).toMatch(/Muscat/);
    expect(locations()).toMatch(/Lima/);
    expect(locations()).toMatch(/Bergen/);

    // The new worker serves the next change.
    await writeFile(
      join(folder.dir, 'd.txt'),
      'date 2023-08-01\n\nThe foreign ministers of Ghana and Togo met in Accra on Tuesday.',
    );
    await store.rebuild();
    expect(locations()).toMatch(/Accra/);
  });
});
