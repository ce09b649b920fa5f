import { describe, expect, it } from 'vitest';
import { isCaption, withoutPhotoCredit } from '../../../src/corpus/page/captions.js';

describe('photo captions', () => {
  it.each([
    'The prime minister speaks as the president, right, listens during their meeting. (Photo | AP)',
    'The two leaders at their meeting on Friday | PTI',
    'The chancellor is taking no chances. (FIRST LAST/AFP via Getty Images)',
    'The summit venue on September 9, 2023. AGENCY/First Last',
    'The secretary of state (Photo: AGENCY)',
    'Talks resume in the capital | Delegation in the city/Getty Images',
    'Minister A (front C) and Minister B (front R) are received by the ambassador. (AA)',
    '(front L-R) Leaders pose for a photo before the summit.',
    'The minister (centre) listens as the adviser (right) speaks during the talks',
    'From left: First Minister; Second Minister and Third Minister; the city, 14 July, 2015.Credit: Agency',
  ])('reads %j as a caption', (text) => {
    expect(isCaption(text)).toBe(true);
  });

  it.each([
    'The talks ended without a deal, the ministry said. (AA)',
    'Senator Smith (R) said the vote would go ahead.',
    'Iran nuclear talks gather momentum (Updated)',
    'The two sides agreed to meet again in the spring.',
  ])('does not read %j as a caption', (text) => {
    expect(isCaption(text)).toBe(false);
  });
});

describe('a caption without its photo credit', () => {
  it.each([
    [
      'The ministers shake hands in Lorn. (Photo: Jane Dorrit/AGENCY)',
      'The ministers shake hands in Lorn.',
    ],
    ['The ministers shake hands. AGENCY/Jon Smyth', 'The ministers shake hands.'],
    ['Leaders pose before the talks, via Agency Images', 'Leaders pose before the talks,'],
    ['Leaders at the table. Photo: Ann Leeward', 'Leaders at the table.'],
    [
      'Talks resume in the capital | Delegation in the city/Agency Images',
      'Talks resume in the capital | Delegation in the city',
    ],
    ['Talks resume in the capital | AGENCY', 'Talks resume in the capital'],
  ])('reads %j as %j', (caption, content) => {
    expect(withoutPhotoCredit(caption)).toBe(content);
  });

  it('keeps a caption with no credit whole', () => {
    const text = 'The minister (centre) listens as the adviser (right) speaks during the talks';
    expect(withoutPhotoCredit(text)).toBe(text);
  });
});
