import { describe, expect, it } from 'vitest';
import { doerIn } from '../../../src/answer/sentence/doer.js';
import { findNames } from '../../../src/answer/sentence/names.js';

const persons = (sentence: string) => findNames(sentence).filter((span) => span.kind === 'person');

describe('doerIn: who does what the question asks about', () => {
  it.each([
    ['Mayor Ada Kowal chaired the closing session.', 'chaired', 'person'],
    ['The closing session was chaired by Ada Kowal.', 'chaired', 'person'],
    [
      'The delegation is represented only by its trade minister, Pia Holm.',
      'represented',
      'person',
    ],
    ['Tomas Brandt, the fisheries minister, signed the accord.', 'signed', 'person'],
    ['The accord will be signed on Friday, Tomas Brandt said.', 'signed', 'other'],
    ['Tomas Brandt said the accord would be signed on Friday.', 'signed', 'other'],
    ['Upon approval, the signing of the accord by both sides can go ahead.', 'signed', 'other'],
    ['Tomas Brandt opened the session with a minute of silence.', 'chaired', 'noVerb'],
  ] as const)('%s (%s) → %s', (sentence, verb, reading) => {
    expect(doerIn(sentence, verb, persons(sentence))).toBe(reading);
  });
});
