/**
 * The machine's slowdown, on whatever machine runs the tests: only what holds on any of them
 * (idle or busy, one core or many) is asserted.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SLOWDOWN, PatientLimit, patience, patientTimeout, slowdown } from './machine.js';

const idleMs = fc.nat({ max: 600_000 });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('slowdown', () => {
  it(`is at least 1 and at most ${MAX_SLOWDOWN}`, () => {
    const value = slowdown();
    expect(value).toBeGreaterThanOrEqual(1);
    expect(value).toBeLessThanOrEqual(MAX_SLOWDOWN);
  });

  it('is measured again at most once a second, however often it is asked for', () => {
    const cpuUsage = vi.spyOn(process, 'cpuUsage');
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) slowdown();
    const elapsedMs = performance.now() - started;
    // One measurement reads the CPU time twice (before and after its sample).
    const measurements = cpuUsage.mock.calls.length / 2;
    expect(measurements).toBeLessThanOrEqual(Math.floor(elapsedMs / 1_000) + 1);
  });
});

describe('patience', () => {
  it('stretches a time by the slowdown: never less than on an idle machine, at most 8 times', () => {
    fc.assert(
      fc.property(idleMs, (ms) => {
        const stretched = patience(ms);
        expect(stretched).toBeGreaterThanOrEqual(ms);
        expect(stretched).toBeLessThanOrEqual(ms * MAX_SLOWDOWN);
        // Whole milliseconds: what spawnSync's timeout requires.
        expect(Number.isInteger(stretched)).toBe(true);
      }),
    );
  });

  it('gives a longer time more patience, never less', () => {
    fc.assert(
      fc.property(idleMs, idleMs, (a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const before = slowdown();
        const stretched = [patience(shorter), patience(longer)] as const;
        // Both from one reading of the machine (a new one may be taken between any two calls).
        fc.pre(slowdown() === before);
        expect(stretched[0]).toBeLessThanOrEqual(stretched[1]);
      }),
    );
  });
});

describe('a patient limit', () => {
  it('allows at least its idle time and never takes back time it gave', () => {
    const limit = new PatientLimit(5_000);
    let allowed = limit.allowedMs;
    expect(allowed).toBeGreaterThanOrEqual(5_000);
    for (let i = 0; i < 100; i++) {
      const now = limit.allowedMs;
      expect(now).toBeGreaterThanOrEqual(allowed);
      allowed = now;
    }
    expect(limit.expired).toBe(false);
    expect(limit.describe()).toMatch(/^[\d,]+ ms \(5,000 ms on an idle machine\)$/);
  });

  it('times out no sooner than its idle time, and not at all once cancelled', async () => {
    const started = performance.now();
    const timedOut = await new Promise<PatientLimit>((resolve) => patientTimeout(50, resolve));
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    expect(timedOut.expired).toBe(true);

    let fired = false;
    const cancel = patientTimeout(10, () => (fired = true));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fired).toBe(false);
  });
});
