import { describe, expect, it } from 'vitest';
import { expandContractions } from '../../../src/answer/question/contractions.js';

describe('expandContractions', () => {
  it.each([
    ["why didn't they attend?", 'why did not they attend?'],
    ['why didnt they attend', 'why did not they attend'],
    ['why didn’t they attend', 'why did not they attend'],
    ["who can't come", 'who can not come'],
    ['who cant come', 'who can not come'],
    ['it wasnt signed', 'it was not signed'],
    ["Won't they meet?", 'Will not they meet?'],
    ['they cannot agree', 'they can not agree'],
    ["what's on the agenda", 'what is on the agenda'],
    ["they've met twice", 'they have met twice'],
    ["the minister's visit", "the minister's visit"],
    ['the count was wrong', 'the count was wrong'],
  ])('%s → %s', (question, expected) => {
    expect(expandContractions(question)).toBe(expected);
  });
});
