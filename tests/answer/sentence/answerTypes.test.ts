import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/question/analyse.js';
import { answerCheck, holdsAnswerType } from '../../../src/answer/sentence/answerTypes.js';

describe('holdsAnswerType', () => {
  it.each([
    ['person', 'The talks were chaired by Ada Kowal.', true],
    ['person', 'The ships crossed the Red Sea.', false],
    ['person', 'The guests dined at the Winter Palace.', false],
    ['person', 'The Foreign Minister arrived late.', false],
    ['organisation', 'The African Union sent observers.', true],
    ['country', 'Observers came from Norway.', true],
    ['place', 'The ministers met in Bergen.', true],
    ['place', 'The ministers met in Norway.', true],
    // Whose capital it is, not a place named: a sentence naming the town answers better.
    ['place', "The ministers met in Norway's capital.", false],
    ['date', 'They will meet again next month.', true],
    ['date', 'They will meet again.', false],
    ['duration', 'The talks lasted six hours.', true],
    ['duration', 'It was a two-day visit.', true],
    ['frequency', 'The leaders meet twice a year.', true],
    ['frequency', 'The summit is held every two years.', true],
    ['number', 'Nine ships were seized.', true],
    ['reason', 'They left early because of the storm.', true],
    ['speech', '"We found a balance," she said.', true],
    ['speech', 'The harbour is large.', false],
  ] as const)('%s in "%s": %s', (type, sentence, expected) => {
    expect(holdsAnswerType(sentence, type)).toBe(expected);
  });

  it('does not take a person the question names for the answer', () => {
    expect(holdsAnswerType('Ada Kowal met the envoys.', 'person', ['ada', 'kowal'])).toBe(false);
    expect(holdsAnswerType('Ada Kowal met Tomas Brandt.', 'person', ['ada', 'kowal'])).toBe(true);
  });

  it('knows a person the question names by one name only ("who went with Kowal?")', () => {
    expect(holdsAnswerType('President Ada Kowal flew to Lindau.', 'person', ['kowal'])).toBe(false);
    expect(holdsAnswerType('Tomas Brandt went with Ada Kowal.', 'person', ['kowal'])).toBe(true);
  });
});

describe('answerCheck for "how many X"', () => {
  const check = answerCheck(analyseQuestion('How many ships were seized?'), ['ships', 'seized']);

  it('wants a number near the thing counted', () => {
    expect(check('Coast guards seized 14 fishing ships on Friday.')).toBe(true);
    expect(check('In 2021 the ships were seized.')).toBe(false);
  });

  it('does not take a time for a count', () => {
    expect(check('The ships were seized within 14 days.')).toBe(false);
  });
});

describe('answerCheck for "which hotel", "which palace"', () => {
  const check = answerCheck(analyseQuestion('Which hotel did the envoys meet at in Lindau?'), [
    'hotel',
    'envoys',
    'meet',
    'lindau',
  ]);

  it('asks for a sentence naming a venue of that kind', () => {
    expect(check('The envoys sat down at the Grand Harbour Hotel in central Lindau.')).toBe(true);
    expect(check('They met at Hotel Seerose, by the lake.')).toBe(true);
  });

  it('is not answered by a sentence naming only towns', () => {
    expect(check('The envoys flew from Bergen to Lindau on Monday.')).toBe(false);
    expect(check('The hotel was full of reporters.')).toBe(false);
  });
});
