/**
 * The domain types shared by every part of the product. Plain TypeScript: zod schemas
 * live at the edges (src/schemas.ts) and describe the JSON the CLI prints.
 */

/** A calendar date known to some precision: "2023-04-25", "2023-04" or "2023". */
export type IsoDate = string;

/** One briefing file, parsed. */
export interface Briefing {
  /** Path relative to the briefings folder, with forward slashes: "d01.txt", "2023/april.md". */
  readonly file: string;
  /** Publication date from the `date YYYY-MM-DD` line, when the file has one. */
  readonly published: IsoDate | null;
  /** The headline (first line, when it reads as one). */
  readonly headline: string | null;
  /** Paragraphs in file order; paragraph N of a citation is `paragraphs[N - 1]`. */
  readonly paragraphs: readonly Paragraph[];
  /** Hash of the file's bytes, for caches keyed by content. */
  readonly contentHash: string;
}

export interface Paragraph {
  /** 1-based position in the briefing. */
  readonly index: number;
  /** The paragraph's text, verbatim but for line breaks inside it folded to single spaces. */
  readonly text: string;
  readonly sentences: readonly Sentence[];
}

export interface Sentence {
  /** 1-based position in the paragraph. */
  readonly index: number;
  /** Offsets into `Paragraph.text`: `text === paragraph.text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The unit of search and citation: one sentence of one paragraph of one briefing.
 * Its id is stable for as long as the file does not change: "d01.txt#3.2".
 */
export interface Passage {
  readonly id: PassageId;
  readonly briefing: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly text: string;
}

export type PassageId = string;

/** A citation as users see it: numbered within one answer. */
export interface Citation {
  readonly id: number;
  readonly briefing: string;
  readonly paragraph: number;
  /** Verbatim sentence(s) from that paragraph. */
  readonly text: string;
}

export type MeetingStatus = 'announced' | 'held';

/** An attendee as printed: citations refer to `Citation.id`s of the same document. */
export interface Attendee {
  readonly name: string | null;
  readonly role: string | null;
  readonly country: string | null;
  readonly citations: readonly number[];
}

/** A meeting as printed (SPEC.md's JSON shape). */
export interface Meeting {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate | null;
  readonly status: MeetingStatus;
  readonly location: string | null;
  readonly countries: readonly string[];
  readonly attendees: readonly Attendee[];
  readonly topics: readonly string[];
  readonly briefings: readonly string[];
  readonly citations: readonly Citation[];
}

/** `ask` answers. */
export interface AskResult {
  readonly question: string;
  /** Verbatim text from the briefings, or a plain statement that nothing answers. */
  readonly answer: string;
  readonly citations: readonly Citation[];
  /** True when something in the briefings answers the question. */
  readonly found: boolean;
  /** When nothing answers: the closest passages, for "did you mean". */
  readonly closest: readonly Citation[];
}

export interface MeetingResult {
  readonly query: string;
  readonly meetings: readonly Meeting[];
}

export interface WhoAttendedResult {
  readonly query: string;
  readonly meeting: Meeting | null;
  readonly attendees: readonly Attendee[];
  readonly citations: readonly Citation[];
}

export interface MeetingsResult {
  readonly meetings: readonly Meeting[];
}

/** A file that was not loaded, and why. */
export interface SkippedFile {
  readonly file: string;
  readonly reason: SkipReason;
  readonly detail?: string;
}

export type SkipReason =
  | 'empty'
  | 'binary'
  | 'invalidUtf8'
  | 'tooLarge'
  | 'unreadable'
  | 'badDate'
  | 'noText'
  | 'tooDeep'
  | 'outsideFolder'
  | 'notRegularFile';

/** Logic that can fail returns a Result rather than throwing. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
