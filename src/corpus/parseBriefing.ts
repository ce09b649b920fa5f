import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Briefing, Paragraph, PassageKind, Result, Sentence, SkippedFile } from '../types.js';
import { err, ok, PASSAGE_KINDS } from '../types.js';
import { isRealDate } from './calendar.js';
import { textUnits } from './lines.js';
import { type DateLine, publicationDate } from './page/pageDates.js';
import { readDateline } from './page/datelines.js';
import { readUnits } from './page/kinds.js';
import { splitSentences } from './sentences.js';

/** Largest briefing file read, in bytes. */
export const MAX_BRIEFING_BYTES = 5 * 1024 * 1024;

/** `date YYYY-MM-DD` at the very start, leading white space allowed, text may follow. */
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)[ \t]*/;
/** Page date lines count for the publication date up to this many report paragraphs in. */
const PAGE_DATE_REPORT_PARAGRAPHS = 1;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const kindSchema = z.enum(PASSAGE_KINDS as [PassageKind, ...PassageKind[]]);
const paragraphSchema = z.object({
  index: z.number().int().positive(),
  text: z.string().min(1),
  kind: kindSchema,
  dateline: z
    .object({
      place: z.string().min(1).nullable(),
      date: z.iso.date().nullable(),
      end: z.number().int().positive(),
    })
    .nullable(),
  sentences: z
    .array(
      z.object({
        index: z.number().int().positive(),
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        text: z.string().min(1),
        kind: kindSchema,
        cutOff: z.boolean(),
      }),
    )
    .min(1),
});

/** What a parsed briefing must look like before the rest of the product sees it. */
export const briefingSchema = z.object({
  file: z.string().min(1),
  published: z.iso.date().nullable(),
  publishedFrom: z.enum(['dateLine', 'page']).nullable(),
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

/** A sentence with no lower-case letter and few words ("REUTERS", "(AA)"): a stray credit. */
const isStrayCredit = (text: string): boolean =>
  !/\p{Ll}/u.test(text) && text.split(/\s+/).length <= 3;

/** A paragraph's sentences with their kinds; furniture is one sentence, whatever it holds. */
function sentencesOf(text: string, kind: PassageKind, cutOff: boolean): Sentence[] {
  const split =
    kind === 'furniture' ? [{ index: 1, start: 0, end: text.length, text }] : splitSentences(text);
  return split.map((sentence, i) => {
    const stray = kind === 'body' && isStrayCredit(sentence.text);
    return {
      ...sentence,
      kind: stray ? 'furniture' : kind,
      cutOff: cutOff && !stray && i === split.length - 1,
    };
  });
}

/**
 * Parses one briefing file's bytes. Pure: the caller reads the file. Reads the page line by
 * line (see `textUnits`), gives every paragraph its kind (see `readUnits`), and takes the
 * publication date from the `date` line or else from the page's own date lines.
 */
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

  const units = textUnits(text, /\.md$/i.test(file));
  if (units.length === 0) return skip(file, 'noText');
  const readings = readUnits(units);

  const paragraphs: Paragraph[] = [];
  const pageDates: DateLine[] = [];
  let reportParagraphs = 0;
  for (const [i, unit] of units.entries()) {
    const reading = readings[i]!;
    if (reading.dateLine && reportParagraphs <= PAGE_DATE_REPORT_PARAGRAPHS) {
      pageDates.push(reading.dateLine);
    }
    const dateline = reading.kind === 'body' ? readDateline(unit.text) : null;
    if (dateline?.date && reportParagraphs <= PAGE_DATE_REPORT_PARAGRAPHS) {
      pageDates.push({ dates: [{ date: dateline.date, label: 'published' }] });
    }
    if (reading.kind === 'body') reportParagraphs++;
    const sentences = sentencesOf(unit.text, reading.kind, reading.cutOff);
    if (sentences.length === 0) continue;
    paragraphs.push({
      index: paragraphs.length + 1,
      text: unit.text,
      kind: reading.kind,
      dateline,
      sentences,
    });
  }
  if (paragraphs.length === 0) return skip(file, 'noText');
  const pageDate = published === null ? publicationDate(pageDates) : null;

  const briefing: Briefing = {
    file,
    published: published ?? pageDate,
    publishedFrom: published ? 'dateLine' : pageDate ? 'page' : null,
    headline: paragraphs.find((paragraph) => paragraph.kind === 'headline')?.text ?? null,
    paragraphs,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
  };
  const checked = briefingSchema.safeParse(briefing);
  if (!checked.success) return skip(file, 'noText', checked.error.issues[0]?.message);
  return ok(briefing);
}
