/**
 * Text people paste, at its worst: mentions of everyone, roles and channels, markdown and
 * code fences, masked links, regex metacharacters, combining marks, right-to-left and
 * zero-width characters, emoji sequences, paths, control characters — mixed with random
 * graphemes and bytes, from empty to far over Discord's limits.
 */
import fc from 'fast-check';

export const HOSTILE_FRAGMENTS: readonly string[] = Object.freeze([
  '',
  ' ',
  '\t \n  \r\n',
  '@everyone',
  '@here',
  '<@123>',
  '<@!123456789012345678>',
  '<@&123>',
  '<#123>',
  '</ask:123456789012345678>',
  '<t:1700000000:R>',
  '<:emoji:123>',
  '<a:wave:123>',
  '**bold**',
  '__underline__',
  '*italic*',
  '~~struck~~',
  '||spoiler||',
  '`code`',
  '```js\nprocess.exit(1)\n```',
  '```',
  '> quoted',
  '>>> rest quoted',
  '# Heading',
  '-# subtext',
  '- item',
  '1. first',
  '[click](https://evil.example/login)',
  '<https://example.com>',
  'https://example.com/a_b*c~d',
  '.*+?^\u0024{}()|[]\\',
  '(?<x>a)\\1{99999}',
  'e\u0301\u0302\u0303\u0304\u0305',
  'Z\u0351\u0352\u0357\u0358\u0359\u035a',
  'שלום עולם',
  'مرحبا بالعالم',
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  '👩‍👩‍👧‍👦',
  '🇹🇷🇷🇺',
  '🏳️‍🌈',
  '\u200B\u200C\u200D\u2060\uFEFF',
  '\u0000\u0007\u001b[31m',
  '\uD800',
  'Moscow',
  'defence ministers',
  'Türkiye',
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\System32\\config',
  'file:///etc/shadow',
  '%2e%2e%2fetc%2fpasswd',
]);

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** A short-to-medium hostile text. */
export const hostileText: fc.Arbitrary<string> = fc
  .tuple(fc.array(fragment, { maxLength: 12 }), fc.constantFrom('', ' ', '\n'))
  .map(([parts, glue]) => parts.join(glue));

/** A hostile text of 6,000 characters or more. */
export const hugeHostileText: fc.Arbitrary<string> = fc
  .tuple(hostileText, fc.integer({ min: 6_000, max: 9_000 }))
  .map(([text, length]) => {
    const unit = text.length > 0 ? text : '@everyone ';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

/** Any text a user might send, weighted towards the short hostile kind. */
export const anyUserText: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: hostileText },
  { weight: 1, arbitrary: hugeHostileText },
);

// ── reading a rendered quote back as Discord would ────────────────────────────────────────────

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** The text Discord shows for markdown without active markers: escapes of punctuation removed. */
export function shownText(markdown: string): string {
  let shown = '';
  for (let i = 0; i < markdown.length; i++) {
    const char = markdown[i] as string;
    const next = markdown[i + 1];
    if (char === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      shown += next;
      i++;
    } else {
      shown += char;
    }
  }
  return shown;
}

/**
 * Markdown that would take effect inside a one-line quote: unescaped emphasis, code, spoiler
 * and link markers, mention/emoji/timestamp syntax, a line break (which would end the quote),
 * or a block marker at its start. Empty when the quote shows only text.
 */
export function activeMarkdown(body: string): string[] {
  const found: string[] = [];
  if (/^\s*(?:[#>+-]|\d+\.)/.test(body)) found.push(`block marker at start: ${body.slice(0, 4)}`);
  for (let i = 0; i < body.length; i++) {
    const char = body[i] as string;
    if (char === '\\') {
      i++;
      continue;
    }
    if ('*_~`|[]'.includes(char)) found.push(`${char} at ${i}`);
    if (char === '<' && /^(?:[@#:]|a:|t:)/.test(body.slice(i + 1, i + 3)))
      found.push(`<${body.slice(i + 1, i + 3)} at ${i}`);
    if (char === '\n' || char === '\r') found.push(`line break at ${i}`);
  }
  return found;
}
