import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../../src/answer/question/analyse.js';
import { shortFact } from '../../../src/answer/sentence/shortFact.js';

describe('shortFact: the fact asked for, as the sentence writes it', () => {
  it.each([
    [
      'Who attended the talks?',
      "Norway's Fisheries Minister Tomas Brandt and Iceland's Fisheries Minister Elin Vasker attended the talks.",
      'Tomas Brandt and Elin Vasker',
    ],
    ['Who chaired the session?', 'It was chaired by the mayor, Ada Kowal.', 'Ada Kowal'],
    ['Who invited Elin Vasker?', 'Elin Vasker came at the invitation of Ada Kowal.', 'Ada Kowal'],
    [
      'When will the leaders meet?',
      'The leaders will meet again in Oslo on February 27 and 28, officials said.',
      'February 27 and 28',
    ],
    ['When did they meet?', 'They met on Tuesday, 25 April 2023.', 'Tuesday, 25 April 2023'],
    [
      'Where did they meet?',
      'They met at the Grand Harbour Hotel in Bergen.',
      'Grand Harbour Hotel in Bergen',
    ],
    ['Where did they meet?', 'The ministers held talks in Bergen, Oslo said.', 'Bergen'],
    ['Where did they meet?', "They met in Norway's capital, Oslo.", 'Oslo'],
    ['How long did the talks last?', 'The talks lasted six hours.', 'six hours'],
    ['How often do the leaders meet?', 'The leaders meet twice a year.', 'twice a year'],
    [
      'How many ships were seized?',
      'Coast guards seized 1,200 fishing ships.',
      '1,200 fishing ships',
    ],
  ])('%s', (question, sentence, fact) => {
    expect(shortFact(sentence, analyseQuestion(question))).toBe(fact);
  });

  it('gives none when the question asks for no short fact, or the sentence states none', () => {
    expect(
      shortFact('They left because of the storm.', analyseQuestion('Why did they leave?')),
    ).toBeNull();
    expect(shortFact('The talks went well.', analyseQuestion('Who chaired the talks?'))).toBeNull();
    expect(
      shortFact("They met in Norway's capital.", analyseQuestion('Where did they meet?')),
    ).toBeNull();
  });
});
