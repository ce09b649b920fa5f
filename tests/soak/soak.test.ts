/**
 * A soak of 20,000 queries in one process — answered and rendered as the bot does, over the
 * seeds and the development corpus, hostile text and unseen words included — leaks nothing:
 * the heap after the soak is within 10% of the heap after warm-up, both read after full
 * garbage collections. It runs as a child process so that it can collect garbage on demand;
 * the figures go to bench/out/soak.json and are printed.
 *
 * It takes a minute or more, so `npm test` leaves it out: `npm run test:soak` runs it, and CI
 * runs both.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/corpora.js';
import { runNode } from '../support/runNode.js';

const SOAK_QUERIES = 20_000;
const ALLOWED_HEAP_GROWTH = 0.1;

describe('soak', () => {
  it(`answers ${SOAK_QUERIES} queries with the heap back within 10% of its size after warm-up`, async () => {
    const run = await runNode(
      ['--expose-gc', '--import', 'tsx', join(ROOT, 'tests', 'support', 'scripts', 'soak.ts')],
      {
        cwd: ROOT,
        env: { ...process.env, SOAK_QUERIES: String(SOAK_QUERIES) },
        timeoutMs: 600_000,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const figures = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      soakQueries: number;
      heapAfterWarmUp: number;
      heapAfterSoak: number;
      growth: number;
    };
    await mkdir(join(ROOT, 'bench', 'out'), { recursive: true });
    await writeFile(
      join(ROOT, 'bench', 'out', 'soak.json'),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
    console.log(`soak: ${JSON.stringify(figures)}`);

    expect(figures.soakQueries).toBe(SOAK_QUERIES);
    expect(figures.heapAfterSoak).toBeLessThanOrEqual(
      figures.heapAfterWarmUp * (1 + ALLOWED_HEAP_GROWTH),
    );
  }, 660_000);
});
