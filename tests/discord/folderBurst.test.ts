/**
 * A burst of new files in the briefings folder never stops the answers: the bot as
 * `npm start` runs it (its own process, meetings in the worker) acknowledges every /ask that
 * arrives while another process copies 2,000 files in at once, and the new files become
 * searchable. The questions come one at a time (each once the one before was acknowledged, at
 * most RATE a second), so what is asserted — every one acknowledged, exactly once — holds on a
 * busy machine as on an idle one; a bot that stops for seconds fails it.
 * The script prints the figures (slowest acknowledgement, longest block of the event loop,
 * time until searchable); with BURST=10000 it gives the ones reported for this scenario.
 */
import { describe, expect, it } from 'vitest';
import { runFiguresScript } from '../support/runNode.js';

const INITIAL = 300;
const BURST = 2_000;

describe('a burst of new briefing files', () => {
  it(`leaves every interaction acknowledged in time while ${BURST} files are created at once, and makes them searchable`, async () => {
    const { figures, stdout } = await runFiguresScript<{
      interactions: number;
      acknowledged: number;
      acknowledgedTwice: number;
      lastFileCitedAfterMs: number;
    }>('folderBurst', {
      env: { INITIAL: String(INITIAL), BURST: String(BURST), RATE: '10', SERIAL: '1' },
      timeoutMs: 170_000,
    });
    console.log(`folder burst: ${stdout}`);
    expect(figures.interactions).toBeGreaterThan(0);
    // With Node's recursive watch a quarter were: the bot stopped for seconds at a time.
    expect(figures.acknowledged).toBe(figures.interactions);
    expect(figures.acknowledgedTwice).toBe(0);
    // The burst's last file was cited in an answer (NaN: never, within the script's patience).
    expect(Number.isFinite(figures.lastFileCitedAfterMs)).toBe(true);
  });
});
