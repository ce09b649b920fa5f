import { describe, expect, it } from 'vitest';
import { readSentence } from '../../../src/meetings/doc/reading.js';
import { clausesOf } from '../../../src/meetings/parsers/clauses.js';

/** The sentence's words grouped by clause, in order of first appearance. */
function clauses(text: string): string[] {
  const { tokens } = readSentence(text);
  const clause = clausesOf(tokens);
  const groups = new Map<number, string[]>();
  tokens.forEach((token, i) => {
    if (/^[,.;:()—–-]$/.test(token.text)) return;
    const list = groups.get(clause[i]!) ?? [];
    list.push(token.text);
    groups.set(clause[i]!, list);
  });
  return [...groups.values()].map((words) => words.join(' '));
}

describe('clauses', () => {
  it.each([
    ['Ana met Bo; Cy stayed home.', ['Ana met Bo', 'Cy stayed home']],
    [
      'Ana met Bo after the summit was cancelled.',
      ['Ana met Bo', 'after the summit was cancelled'],
    ],
    ['Ana, who led the delegation, met Bo.', ['Ana met Bo', 'who led the delegation']],
    ['Ana (the host) met Bo.', ['Ana met Bo', 'the host']],
    ['Ana — the host — met Bo.', ['Ana met Bo', 'the host']],
    ['Ana met Bo - and left.', ['Ana met Bo', 'and left']],
  ])('%s', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });
});
