import { describe, expect, it } from 'vitest';
import {
  BASELINE_QUERY_CAPS,
  baselineQueryCount,
  DEFAULT_CHART,
  DEFAULT_CROWDED_SIZE,
  DEFAULT_JSON,
  DEFAULT_QUERIES,
  DEFAULT_SIZES,
  parseBenchArgs,
  SMOKE_JSON,
  SMOKE_QUERIES,
  SMOKE_SIZE,
} from '../../bench/args.js';

const options = (argv: string[]) => {
  const parsed = parseBenchArgs(argv);
  if (!parsed.ok || 'help' in parsed) throw new Error(`not options: ${JSON.stringify(parsed)}`);
  return parsed.options;
};

describe('parseBenchArgs', () => {
  it('defaults to the four sizes, the crowded corpus, the report and the chart', () => {
    expect(options([])).toMatchObject({
      sizes: DEFAULT_SIZES,
      queries: DEFAULT_QUERIES,
      json: DEFAULT_JSON,
      chart: DEFAULT_CHART,
      smoke: false,
      cli: true,
      restart: true,
      baselineQueries: null,
      crowded: DEFAULT_CROWDED_SIZE,
    });
  });

  it.each([
    { argv: ['--size', '50'], sizes: [50] },
    { argv: ['--size', '50,500'], sizes: [50, 500] },
    { argv: ['--size', '50', '--size', '2000'], sizes: [50, 2000] },
    { argv: ['--size', '50, 50'], sizes: [50] },
  ])('reads sizes from $argv', ({ argv, sizes }) => {
    expect(options(argv).sizes).toEqual(sizes);
  });

  it('runs the smoke test at its size, with fewer queries and no chart', () => {
    expect(options(['--smoke'])).toMatchObject({
      sizes: [SMOKE_SIZE],
      queries: SMOKE_QUERIES,
      json: SMOKE_JSON,
      chart: null,
      smoke: true,
      restart: false,
      crowded: null,
    });
  });

  it('reads the other options', () => {
    expect(
      options([
        '--seed',
        '3',
        '--queries',
        '9',
        '--baseline-queries',
        '4',
        '--json',
        'r.json',
        '--no-chart',
        '--no-cli',
      ]),
    ).toMatchObject({
      seed: 3,
      queries: 9,
      baselineQueries: 4,
      json: 'r.json',
      chart: null,
      cli: false,
      restart: false,
    });
  });

  it.each([
    { argv: ['--size', '0'], message: /--size must be a positive integer/ },
    { argv: ['--size', 'ten'], message: /--size must be a positive integer/ },
    { argv: ['--queries', '2.5'], message: /--queries must be a positive integer/ },
    { argv: ['--seed', 'x'], message: /--seed must be an integer/ },
    { argv: ['--sizes', '10'], message: /Unknown option/ },
  ])('rejects $argv', ({ argv, message }) => {
    const parsed = parseBenchArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('answers --help', () => {
    expect(parseBenchArgs(['--help'])).toEqual({ ok: true, help: true });
  });
});

describe('baselineQueryCount', () => {
  const largest = BASELINE_QUERY_CAPS[0]!;

  it('runs every query at small sizes', () => {
    expect(baselineQueryCount(100, options([]))).toBe(DEFAULT_QUERIES);
  });

  it('caps the baseline at large sizes', () => {
    expect(baselineQueryCount(largest.fromSize, options([]))).toBe(largest.queries);
    expect(baselineQueryCount(10_000, options([]))).toBe(largest.queries);
  });

  it('never runs more baseline queries than product queries', () => {
    expect(baselineQueryCount(10_000, options(['--queries', '5']))).toBe(5);
    expect(baselineQueryCount(100, options(['--queries', '5', '--baseline-queries', '50']))).toBe(
      5,
    );
  });

  it('lets the caller choose the baseline count', () => {
    expect(baselineQueryCount(10_000, options(['--baseline-queries', '3']))).toBe(3);
  });
});
