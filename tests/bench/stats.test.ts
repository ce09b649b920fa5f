import { describe, expect, it } from 'vitest';
import { median, percentile, summarise } from '../../bench/stats.js';

const ONE_TO_HUNDRED = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile (nearest rank)', () => {
  it.each([
    { values: [5], p: 50, expected: 5 },
    { values: [5], p: 99, expected: 5 },
    { values: [1, 2], p: 50, expected: 1 },
    { values: [1, 2], p: 51, expected: 2 },
    { values: [3, 1, 2], p: 50, expected: 2 },
    { values: [10, 20, 30, 40], p: 25, expected: 10 },
    { values: [10, 20, 30, 40], p: 75, expected: 30 },
    { values: [10, 20, 30, 40], p: 76, expected: 40 },
    { values: ONE_TO_HUNDRED, p: 50, expected: 50 },
    { values: ONE_TO_HUNDRED, p: 95, expected: 95 },
    { values: ONE_TO_HUNDRED, p: 99, expected: 99 },
    { values: ONE_TO_HUNDRED, p: 100, expected: 100 },
    { values: [...ONE_TO_HUNDRED].reverse(), p: 95, expected: 95 },
    { values: Array.from({ length: 20 }, (_, i) => i + 1), p: 95, expected: 19 },
    { values: Array.from({ length: 20 }, (_, i) => i + 1), p: 99, expected: 20 },
  ])('p$p of $values.length values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('does not reorder the values it is given', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each([0, -1, 101, Number.NaN])('rejects p = %s', (p) => {
    expect(() => percentile([1, 2, 3], p)).toThrow(/percentile must be in/);
  });

  it('rejects an empty list', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
  });
});

describe('summarise', () => {
  it('gives the percentiles, mean and maximum of the latencies', () => {
    expect(summarise(ONE_TO_HUNDRED)).toEqual({
      count: 100,
      p50: 50,
      p95: 95,
      p99: 99,
      mean: 50.5,
      max: 100,
    });
  });

  it('takes the median of an even count as the lower middle value', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });
});
