import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BuildProgress, PROGRESS_AFTER_MS } from '../../src/cli/progress.js';
import { LiveKnowledge, type LiveKnowledgeEvent } from '../../src/io/liveKnowledge.js';
import { tempBriefings } from '../support/tempBriefings.js';

/** A clock that moves on by `step` ms at every reading. */
function steppingClock(step: number) {
  let now = 0;
  return vi.spyOn(performance, 'now').mockImplementation(() => (now += step));
}

/** A terminal that keeps what is written to it. */
function terminal() {
  let written = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        written += String(chunk);
        done();
      },
    }),
    { isTTY: true, columns: 80 },
  );
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

afterEach(() => vi.restoreAllMocks());

describe('BuildProgress', () => {
  it('draws nothing during the first second', () => {
    const { stream, written } = terminal();
    const progress = new BuildProgress(stream);
    progress.update('read', 1, 10);
    progress.stop();
    expect(written()).toBe('');
  });

  it('draws a bar on a terminal once the build has run a second', () => {
    const { stream, written } = terminal();
    steppingClock(PROGRESS_AFTER_MS);
    const progress = new BuildProgress(stream);
    progress.update('read', 5, 10);
    progress.phase('meetings');
    progress.stop();
    expect(written()).toMatch(/5\/10 briefings · reading briefings/);
  });

  it('draws nothing when stderr is not a terminal', () => {
    const stream = Object.assign(new PassThrough(), { isTTY: false });
    let written = '';
    stream.on('data', (chunk) => {
      written += chunk;
    });
    steppingClock(PROGRESS_AFTER_MS);
    const progress = new BuildProgress(stream as unknown as NodeJS.WriteStream);
    progress.update('read', 5, 10);
    progress.stop();
    expect(written).toBe('');
  });
});

describe('LiveKnowledge progress', () => {
  it('reports the phases of a long first build as events (the bot logs them)', async () => {
    const folder = await tempBriefings({
      'a.txt': 'Envoys met in Doha.',
      'b.txt': 'Ministers met in Oslo.',
    });
    try {
      steppingClock(700);
      const events: LiveKnowledgeEvent[] = [];
      await LiveKnowledge.open(folder.dir, { pollMs: 0, onEvent: (event) => events.push(event) });
      const phases = events.flatMap((event) => (event.type === 'progress' ? [event.phase] : []));
      expect(phases).toContain('read');
      expect(phases).toContain('index');
      expect(phases).toContain('meetings');
    } finally {
      vi.restoreAllMocks();
      await folder.remove();
    }
  });
});
