import { MAX_DEPTH } from './io/listBriefings.js';
import type { SkippedFile, SkipReason } from './types.js';

/** Why a file was skipped, in words for the operator. */
const SKIP_REASONS: Record<SkipReason, string> = {
  empty: 'the file is empty',
  binary: 'the file is binary (it contains NUL bytes)',
  invalidUtf8: 'the file is not valid UTF-8 text',
  tooLarge: 'the file is larger than the 5 MB limit',
  unreadable: 'the file cannot be read',
  badDate: 'its date line is not a real calendar date',
  noText: 'the file has no text',
  tooDeep: `the folder is nested more than ${MAX_DEPTH} levels deep`,
  outsideFolder: 'it is a link to something outside the briefings folder',
  notRegularFile: 'it is not a regular file (a FIFO, device or socket)',
};

/** One warning line for a skipped file: "skipped notes/x.txt: the file is empty". */
export function describeSkip(skipped: SkippedFile): string {
  const detail = skipped.detail ? ` (${skipped.detail})` : '';
  return `skipped ${skipped.file}: ${SKIP_REASONS[skipped.reason]}${detail}`;
}
