import { describe, expect, it } from 'vitest';
import { datesCompatible } from '../../src/meetings/dates.js';

describe('datesCompatible', () => {
  it.each([
    ['2024-03', null, '2024-03-12', null, true],
    ['2024-03-10', '2024-03-12', '2024-03-11', null, true],
    ['2024-03-10', null, '2024-04-10', null, false],
    ['2024', null, '2024-07-01', null, true],
  ] as const)('%s..%s with %s..%s → %s', (a, aEnd, b, bEnd, expected) => {
    expect(datesCompatible(a, aEnd, b, bEnd)).toBe(expected);
  });
});
