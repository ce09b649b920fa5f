import { describe, expect, it } from 'vitest';
import {
  isBreadcrumbTrail,
  isByline,
  isControl,
  isLabelLine,
  isLoneDateline,
  isSymbols,
} from '../../../src/corpus/page/furniture.js';

describe('page furniture, line by line', () => {
  it.each([
    ['By First Last', isByline],
    ['Written by First Last', isByline],
    ['First Last By', isByline],
    ['From our correspondent in the capital,', isByline],
    ['Some Reporter in the capital contributed.', isByline],
    ['With information from First Last and Other Name.', isByline],
    ['Translated to english by user123', isByline],
    ['Tags: summit talks ministers', isLabelLine],
    ['RELATED Country puts money into defence as tensions rise', isLabelLine],
    ['See also  Another story about something else', isLabelLine],
    ['Sources: Local News', isLabelLine],
    ['Skip to content', isControl],
    ['Go to home page', isControl],
    ['Advertisement', isControl],
    ['Share:', isControl],
    ['Leave a Reply', isControl],
    ['Home » News » World', isBreadcrumbTrail],
    ['Home » News » World » Minister named to lead the ministry', isBreadcrumbTrail],
    ['Capital NEWS  —', isLoneDateline],
    ['TKR ▼ 6.04 (-0.06, -0.98%)', isSymbols],
    ['[ad_1]', isSymbols],
    ['A+A-', isSymbols],
  ])('%j is furniture', (line, test) => {
    expect(test(line)).toBe(true);
  });

  it.each([
    ['The deal was signed by the two envoys on Saturday.', isByline],
    ['Sources: Country, Other Country heading to the capital for talks', isLabelLine],
    ['Related talks were held in the capital last year.', isLabelLine],
    ['Ministers meet in the capital', isControl],
    ['Leaders agree on a new pact', isControl],
    ['The ministers met on Monday.', isSymbols],
  ])('%j is not furniture', (line, test) => {
    expect(test(line)).toBe(false);
  });
});
