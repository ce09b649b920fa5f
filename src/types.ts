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
  /**
   * Publication date: from the `date YYYY-MM-DD` line, else from the page's own date lines
   * ("Published: 17th September 2022 11:09 AM").
   */
  readonly published: IsoDate | null;
  /** Where `published` came from. */
  readonly publishedFrom: PublishedFrom;
  /** The headline: the first title before the report, when the page has one. */
  readonly headline: string | null;
  /** Paragraphs in file order; paragraph N of a citation is `paragraphs[N - 1]`. */
  readonly paragraphs: readonly Paragraph[];
  /** Hash of the file's bytes, for caches keyed by content. */
  readonly contentHash: string;
}

export type PublishedFrom = 'dateLine' | 'page' | null;

/**
 * What a passage is on the page. Furniture (bylines, timestamps, breadcrumbs, share and
 * navigation lines, tag lists) stays in the briefing but is never indexed nor read for facts;
 * captions are searchable but rank below body text and speak only for their photo.
 */
export type PassageKind = 'body' | 'headline' | 'subheading' | 'caption' | 'furniture';

export const PASSAGE_KINDS: readonly PassageKind[] = [
  'body',
  'headline',
  'subheading',
  'caption',
  'furniture',
];

export interface Paragraph {
  /** 1-based position in the briefing. */
  readonly index: number;
  /**
   * The paragraph's text, verbatim but for line breaks inside it folded to single spaces. A
   * paragraph is a line of the file, or lines wrapped inside one paragraph (see README).
   */
  readonly text: string;
  readonly kind: PassageKind;
  /** Where (and when) the report was filed, when the paragraph opens with a dateline. */
  readonly dateline: Dateline | null;
  readonly sentences: readonly Sentence[];
}

/**
 * A dateline opening a paragraph: "NEW DELHI:", "GENEVA, Jan 21 (Reuters) –", "(CNN) —". It
 * stays in the first sentence's text (citations are verbatim) but is never read as a name,
 * nor by itself as a meeting's place.
 */
export interface Dateline {
  /** The place as printed ("NEW DELHI", "DOHA, Qatar"), or null for an agency or a date alone. */
  readonly place: string | null;
  /** The filing date, when the dateline prints one with its year ("Jan. 18, 2022"). */
  readonly date: IsoDate | null;
  /** Offset in the paragraph's text where the report's own words start. */
  readonly end: number;
}

export interface Sentence {
  /** 1-based position in the paragraph. */
  readonly index: number;
  /** Offsets into `Paragraph.text`: `text === paragraph.text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The paragraph's kind, or furniture for a stray credit ("REUTERS") inside a paragraph. */
  readonly kind: PassageKind;
  /** The page's last sentence, cut off mid-word where it was saved: citable, never a fact. */
  readonly cutOff: boolean;
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
  readonly kind: PassageKind;
  readonly cutOff: boolean;
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

export type MeetingStatus = 'announced' | 'held' | 'postponed' | 'cancelled';

/** An attendee as printed: citations refer to `Citation.id`s of the same document. */
export interface Attendee {
  readonly name: string | null;
  readonly role: string | null;
  readonly country: string | null;
  readonly citations: readonly number[];
}

/** A meeting as printed (the JSON shape in src/schemas.ts). */
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
  /**
   * The short fact the question asks for (names for "who", a date for "when", a number for
   * "how many"), verbatim from the answer; absent when it asks for none or none is stated.
   */
  readonly fact?: string;
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
  /** The country asked about; absent or null when every participant is listed. */
  readonly country?: string | null;
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
