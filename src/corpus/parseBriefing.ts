import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Briefing, Paragraph, Result, SkippedFile } from '../types.js';
import { err, ok } from '../types.js';
import { splitSentences } from './sentences.js';

/** Largest briefing file read, in bytes. */
export const MAX_BRIEFING_BYTES = 5 * 1024 * 1024;
/** A first paragraph longer than this is body text, not a headline. */
const MAX_HEADLINE_CHARS = 200;

/** `date YYYY-MM-DD` at the very start, leading white space allowed, text may follow. */
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)/;
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/gm;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const paragraphSchema = z.object({
  index: z.number().int().positive(),
  text: z.string().min(1),
  sentences: z
    .array(
      z.object({
        index: z.number().int().positive(),
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        text: z.string().min(1),
      }),
    )
    .min(1),
});

/** What a parsed briefing must look like before the rest of the product sees it. */
export const briefingSchema = z.object({
  file: z.string().min(1),
  published: z.iso.date().nullable(),
  headline: z.string().min(1).nullable(),
  paragraphs: z.array(paragraphSchema).min(1),
  contentHash: z.string().length(64),
});

const skip = (file: string, reason: SkippedFile['reason'], detail?: string) =>
  err<SkippedFile>(detail === undefined ? { file, reason } : { file, reason, detail });

/** Decodes and checks a file's bytes; the reasons are the ones a user can act on. */
export function decodeBriefingBytes(file: string, bytes: Uint8Array): Result<string, SkippedFile> {
  if (bytes.length > MAX_BRIEFING_BYTES) return skip(file, 'tooLarge', `${bytes.length} bytes`);
  if (bytes.length === 0) return skip(file, 'empty');
  if (bytes.includes(0)) return skip(file, 'binary');
  try {
    return ok(utf8.decode(bytes));
  } catch {
    return skip(file, 'invalidUtf8');
  }
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Reads as a headline: short, one line, and not ending like a sentence. */
function isHeadline(text: string): boolean {
  // A photo caption "(front L) … (AA)" is not a headline.
  return text.length <= MAX_HEADLINE_CHARS && !/[.:;,)]["”’]?$/.test(text) && !text.startsWith('(');
}

/** Parses one briefing file's bytes. Pure: the caller reads the file. */
export function parseBriefing(file: string, bytes: Uint8Array): Result<Briefing, SkippedFile> {
  const decoded = decodeBriefingBytes(file, bytes);
  if (!decoded.ok) return decoded;
  let text = decoded.value.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  let published: string | null = null;
  const dateLine = DATE_LINE.exec(text);
  if (dateLine) {
    const [whole, y, m, d] = dateLine;
    if (!isRealDate(Number(y), Number(m), Number(d))) {
      return skip(file, 'badDate', `${y}-${m}-${d} is not a calendar date`);
    }
    published = `${y}-${m}-${d}`;
    text = text.slice(whole.length);
  }
  if (/\.md$/i.test(file)) text = text.replace(MARKDOWN_HEADING, '');

  const blocks = text
    .trim()
    .split(PARAGRAPH_BREAK)
    .map((block) => block.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((block) => block.length > 0);
  if (blocks.length === 0) return skip(file, 'noText');

  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    const sentences = splitSentences(block);
    if (sentences.length === 0) continue;
    paragraphs.push({ index: paragraphs.length + 1, text: block, sentences });
  }
  const first = paragraphs[0]!;
  const headline = paragraphs.length > 1 && isHeadline(first.text) ? first.text : null;

  const briefing: Briefing = {
    file,
    published,
    headline,
    paragraphs,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
  };
  const checked = briefingSchema.safeParse(briefing);
  if (!checked.success) return skip(file, 'noText', checked.error.issues[0]?.message);
  return ok(briefing);
}
