import { passageId } from '../../corpus/passages.js';
import type { Briefing, IsoDate, PassageKind } from '../../types.js';
import { type UnnamedGroup, findUnnamedGroups } from '../groups.js';
import { countriesNamed } from './places.js';
import { readSentence } from './reading.js';
import type {
  DateExpression,
  PersonName,
  PlaceContext,
  PlaceExpression,
  SentenceReading,
  Tense,
} from './types.js';

/** The readers that annotate a sentence; each is a small module of its own. */
export interface Readers {
  readonly people: (reading: SentenceReading) => PersonName[];
  readonly places: (reading: SentenceReading, context: PlaceContext) => PlaceExpression[];
  readonly dates: (
    reading: SentenceReading,
    reference: IsoDate | null,
    tense: Tense,
    options?: { readonly referenceIsEventDate?: boolean; readonly historicalPresent?: boolean },
  ) => DateExpression[];
  readonly tense: (reading: SentenceReading) => Tense;
}

/** A sentence of a briefing as the meeting parsers read it. */
export interface DocSentence {
  /** Position in the document's sentence list. */
  readonly n: number;
  readonly id: string;
  readonly paragraph: number;
  readonly kind: PassageKind;
  readonly reading: SentenceReading;
  readonly tense: Tense;
  readonly people: readonly PersonName[];
  readonly places: readonly PlaceExpression[];
  readonly dates: readonly DateExpression[];
  readonly groups: readonly UnnamedGroup[];
  /** Offsets inside quotation marks: what is quoted is said, not done. */
  readonly quotes: ReadonlyArray<readonly [number, number]>;
}

/** A briefing read for meetings: its sentences of report, headline, sub-headings and captions. */
export interface Doc {
  readonly file: string;
  readonly reference: IsoDate | null;
  /**
   * The reference is the date of the meeting the briefing reports (an undated briefing read
   * against the meeting it was merged into), not a publication date.
   */
  readonly referenceIsEventDate: boolean;
  readonly sentences: readonly DocSentence[];
  /** Countries the briefing names anywhere, for places that need them. */
  readonly countries: ReadonlySet<string>;
}

const QUOTE_OPEN = '“"‘«';
const HEADLINE_FUTURE =
  /\bto\s+(?:meet|hold|visit|host|attend|join|sign|skip|miss|travel|discuss|convene|gather)\b/i;

/** Spans inside quotation marks ("…", “…”), longest first closed. */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let opener = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open < 0) {
      if (
        ch === '“' ||
        ch === '«' ||
        (ch === '"' && (i === 0 || /[\s([{—–-]/u.test(text[i - 1]!)))
      ) {
        open = i;
        opener = ch;
      }
      continue;
    }
    const closes = opener === '“' ? ch === '”' : opener === '«' ? ch === '»' : ch === '"';
    if (closes) {
      spans.push([open, i + 1]);
      open = -1;
    }
  }
  // A quotation still open at the end runs to the end (it continues in the next paragraph).
  if (open >= 0 && QUOTE_OPEN.includes(opener)) spans.push([open, text.length]);
  return spans;
}

/**
 * The annotated document of a briefing: every sentence that may carry facts (not furniture,
 * not a sentence cut off mid-word), read once by each reader.
 */
export function annotate(
  briefing: Briefing,
  reference: IsoDate | null,
  readers: Readers,
  referenceIsMeetingDate = false,
): Doc {
  const read: Array<{
    readonly paragraph: Briefing['paragraphs'][number];
    readonly sentence: Briefing['paragraphs'][number]['sentences'][number];
    readonly reading: SentenceReading;
  }> = [];
  for (const paragraph of briefing.paragraphs) {
    if (paragraph.kind === 'furniture') continue;
    for (const sentence of paragraph.sentences) {
      if (sentence.cutOff || sentence.kind === 'furniture') continue;
      const from =
        paragraph.dateline && sentence.start < paragraph.dateline.end
          ? paragraph.dateline.end - sentence.start
          : 0;
      read.push({
        paragraph,
        sentence,
        reading: readSentence(sentence.text, Math.min(from, sentence.text.length)),
      });
    }
  }
  // The countries the briefing names choose among cities of the same name.
  const countries = countriesNamed(read.map((item) => item.reading));
  const context: PlaceContext = { countries };
  const sentences: DocSentence[] = [];
  for (const { paragraph, sentence, reading } of read) {
    const from = reading.from;
    // Headlines announce with a bare infinitive: "Envoys to meet in Nairobi on Thursday".
    const tense =
      sentence.kind === 'headline' && HEADLINE_FUTURE.test(sentence.text)
        ? 'future'
        : readers.tense(reading);
    sentences.push({
      n: sentences.length,
      id: passageId(briefing.file, paragraph.index, sentence.index),
      paragraph: paragraph.index,
      kind: sentence.kind,
      reading,
      tense,
      people: readers.people(reading),
      places: readers.places(reading, context),
      dates: readers.dates(reading, reference, tense, {
        referenceIsEventDate: referenceIsMeetingDate,
        // Headlines and captions tell past events in the present.
        historicalPresent: sentence.kind === 'headline' || sentence.kind === 'caption',
      }),
      groups: findUnnamedGroups(sentence.text.slice(from)).map((group) => ({
        ...group,
        at: group.at + from,
      })),
      quotes: quoteSpans(sentence.text),
    });
  }
  return {
    file: briefing.file,
    reference,
    referenceIsEventDate: referenceIsMeetingDate && reference !== null,
    sentences,
    countries,
  };
}
