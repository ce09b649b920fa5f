/** Timing and memory measurement. */

import type { KindLatency } from './report.js';
import { summarise } from './stats.js';

/** Queries run before timing starts, so the JIT has compiled the hot paths. */
export const WARMUP_QUERIES = 3;

const collect = (globalThis as { gc?: () => void }).gc;

export const gcExposed = typeof collect === 'function';

export interface MemorySnapshot {
  readonly heapUsedBytes: number;
  readonly rssBytes: number;
}

/** Memory after a full collection when node runs with --expose-gc, as is otherwise. */
export function memoryNow(): MemorySnapshot {
  collect?.();
  const usage = process.memoryUsage();
  return { heapUsedBytes: usage.heapUsed, rssBytes: usage.rss };
}

export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Times `run` on each query. The first failure stops the kind and is reported, so a function
 * that is not implemented yet shows up as an error rather than as a number.
 */
export function timeQueries(
  queries: readonly string[],
  run: (query: string) => unknown,
  onQuery: () => void = () => {},
): KindLatency {
  try {
    for (const query of queries.slice(0, WARMUP_QUERIES)) run(query);
    const latencies: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      run(query);
      latencies.push(performance.now() - start);
      onQuery();
    }
    return {
      queries: queries.length,
      summary: latencies.length > 0 ? summarise(latencies) : null,
      error: null,
    };
  } catch (error) {
    return { queries: queries.length, summary: null, error: errorMessage(error) };
  }
}

export { errorMessage };
