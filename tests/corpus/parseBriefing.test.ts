import { describe, expect, it } from 'vitest';
import { MAX_BRIEFING_BYTES, parseBriefing } from '../../src/corpus/parseBriefing.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function parsed(text: string, file = 'b.txt') {
  const result = parseBriefing(file, bytes(text));
  if (!result.ok) throw new Error(`expected a briefing, got ${result.error.reason}`);
  return result.value;
}

function skipped(input: Uint8Array | string, file = 'b.txt') {
  const result = parseBriefing(file, typeof input === 'string' ? bytes(input) : input);
  if (result.ok) throw new Error('expected the file to be skipped');
  return result.error;
}

describe('parseBriefing', () => {
  it('reads a date line followed by text on the same line, with leading spaces', () => {
    const briefing = parsed(
      ' date 2023-04-24 The ministers met in Moscow. They talked.\n\nSecond paragraph.',
    );
    expect(briefing.published).toBe('2023-04-24');
    expect(briefing.paragraphs.map((p) => p.text)).toEqual([
      'The ministers met in Moscow. They talked.',
      'Second paragraph.',
    ]);
    expect(briefing.headline).toBeNull();
  });

  it('reads a date line on its own, then a headline paragraph', () => {
    const briefing = parsed(
      'date 2023-08-31\n\nLeaders to meet next week\n\nThe leaders will meet on Monday.',
    );
    expect(briefing.published).toBe('2023-08-31');
    expect(briefing.headline).toBe('Leaders to meet next week');
    expect(briefing.paragraphs[1]?.index).toBe(2);
  });

  it('has no date when the file does not start with one', () => {
    const briefing = parsed(
      'Talks resume\n\nThe talks resumed. A date 2023-01-01 inside text is not a date line.',
    );
    expect(briefing.published).toBeNull();
    expect(briefing.headline).toBe('Talks resume');
  });

  it('tolerates CRLF line ends and a UTF-8 byte order mark', () => {
    const briefing = parsed(
      '\uFEFFdate 2023-01-02\r\n\r\nFirst line\r\ncontinues here.\r\n\r\nNext one.',
    );
    expect(briefing.published).toBe('2023-01-02');
    expect(briefing.paragraphs.map((p) => p.text)).toEqual([
      'First line continues here.',
      'Next one.',
    ]);
  });

  it('does not take a photo caption for a headline', () => {
    const briefing = parsed(
      '(front L) The minister is welcomed in Sochi. (AA)\n\nThe talks began.',
    );
    expect(briefing.headline).toBeNull();
  });

  it('strips Markdown heading marks from .md files', () => {
    const briefing = parsed('# Summit ends\n\nThe summit ended.', 'notes.md');
    expect(briefing.paragraphs[0]?.text).toBe('Summit ends');
  });

  it('keeps every sentence a verbatim slice of its paragraph', () => {
    const briefing = parsed(
      'Gen. A. Smith met Mr. Jones in the U.S. capital. They spoke for 2.5 hours. "Good talks," he said.',
    );
    for (const paragraph of briefing.paragraphs) {
      for (const sentence of paragraph.sentences) {
        expect(paragraph.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
    expect(briefing.paragraphs[0]?.sentences).toHaveLength(3);
  });

  it.each([
    ['empty', '', 'empty'],
    ['only white space', ' \n\n \t\n', 'noText'],
    ['only a date line', 'date 2023-04-24\n', 'noText'],
    ['an impossible date', 'date 2023-02-30\n\nText.', 'badDate'],
  ])('skips a file that is %s', (_name, text, reason) => {
    expect(skipped(text).reason).toBe(reason);
  });

  it('skips binary files (NUL bytes)', () => {
    expect(skipped(new Uint8Array([0x54, 0x00, 0x65, 0x78])).reason).toBe('binary');
  });

  it('skips invalid UTF-8', () => {
    expect(skipped(new Uint8Array([0x54, 0xff, 0xfe, 0x41])).reason).toBe('invalidUtf8');
  });

  it('skips files over the size limit', () => {
    const error = skipped(new Uint8Array(MAX_BRIEFING_BYTES + 1).fill(0x61));
    expect(error.reason).toBe('tooLarge');
    expect(error.file).toBe('b.txt');
  });
});
