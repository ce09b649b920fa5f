import { describe, expect, it } from 'vitest';
import { runsOn, textUnits } from '../../src/corpus/lines.js';

const texts = (text: string) => textUnits(text).map((unit) => unit.text);

describe('textUnits: lines before sentences', () => {
  it('gives every line its own paragraph when single newlines separate paragraphs', () => {
    expect(
      texts(
        'Envoys meet in Oslo\nMay 02, 2024 / 10:15 AM\nThe envoys met on Monday.\nThey agreed.',
      ),
    ).toEqual([
      'Envoys meet in Oslo',
      'May 02, 2024 / 10:15 AM',
      'The envoys met on Monday.',
      'They agreed.',
    ]);
  });

  it('never runs a headline into the sentence after it', () => {
    expect(texts('Talks end without a deal\nThe talks ended on Friday.')).toHaveLength(2);
  });

  it('reads text hard-wrapped at a fixed width as flowing paragraphs', () => {
    const wrapped = [
      'The foreign ministers of the two countries met in the capital on Tuesday',
      'for talks that lasted more than four hours, officials said after the end',
      'of the meeting, which both sides described as frank and useful.',
      '',
      'A second round is planned.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'The foreign ministers of the two countries met in the capital on Tuesday for talks that lasted more than four hours, officials said after the end of the meeting, which both sides described as frank and useful.',
      'A second round is planned.',
    ]);
  });

  it('joins lines broken wherever the source broke them, and splits where sentences end', () => {
    const ragged = [
      'On Monday the',
      'leaders signed the',
      'accord, ending the dispute.',
      'The summit',
      'took place in the old town.',
    ].join('\n');
    expect(texts(ragged)).toEqual([
      'On Monday the leaders signed the accord, ending the dispute.',
      'The summit took place in the old town.',
    ]);
  });

  it('joins a line whose sentence plainly runs on, but keeps list items apart', () => {
    expect(
      texts('The minister said the talks\nwould resume soon.\n- Item one.\n- Item two.'),
    ).toEqual(['The minister said the talks would resume soon.', '- Item one.', '- Item two.']);
  });

  it('keeps long single-line paragraphs of different lengths apart', () => {
    const long = 'word '.repeat(40).trim();
    expect(texts(`${long}.\n${long} more words here.\nShort.`)).toHaveLength(3);
  });

  it.each([
    ['ends a sentence', 'They met.', 'The talks', false],
    ['next line starts in lower case', 'The talks', 'ended late.', true],
    ['ends with an article', 'They signed the', 'Accord', true],
    [
      'a title-case "By" is not prose',
      'Shares Decreased By',
      'Algeria: prince to skip summit',
      false,
    ],
    ['a bullet starts its own line', 'Agenda for the day', '- opening speech', false],
  ])('runsOn: %s', (_name, line, next, expected) => {
    expect(runsOn(line, next)).toBe(expected);
  });

  it('numbers the first line of each unit and strips Markdown heading marks', () => {
    const units = textUnits('## Agenda\n\nFirst item.', true);
    expect(units.map((unit) => [unit.text, unit.line, unit.heading])).toEqual([
      ['Agenda', 0, true],
      ['First item.', 2, false],
    ]);
  });
});
