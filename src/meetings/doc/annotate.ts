import { withoutPhotoCredit } from '../../corpus/page/captions.js';
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

/** What a sentence says whatever the reference date: read once, shared by every reading of it. */
class SentenceFacts {
  #tense: Tense | undefined;
  #places: readonly PlaceExpression[] | undefined;
  #groups: readonly UnnamedGroup[] | undefined;
  #quotes: ReadonlyArray<readonly [number, number]> | undefined;

  constructor(
    readonly reading: SentenceReading,
    readonly kind: PassageKind,
    readonly people: readonly PersonName[],
    readonly readers: Readers,
    readonly context: PlaceContext,
  ) {}

  get tense(): Tense {
    // Headlines announce with a bare infinitive: "Envoys to meet in Nairobi on Thursday".
    this.#tense ??=
      this.kind === 'headline' && HEADLINE_FUTURE.test(this.reading.text)
        ? 'future'
        : this.readers.tense(this.reading);
    return this.#tense;
  }

  get places(): readonly PlaceExpression[] {
    this.#places ??= this.readers.places(this.reading, this.context);
    return this.#places;
  }

  get groups(): readonly UnnamedGroup[] {
    if (!this.#groups) {
      const { text, from } = this.reading;
      this.#groups = findUnnamedGroups(text.slice(from)).map((group) => ({
        ...group,
        at: group.at + from,
      }));
    }
    return this.#groups;
  }

  get quotes(): ReadonlyArray<readonly [number, number]> {
    this.#quotes ??= quoteSpans(this.reading.text);
    return this.#quotes;
  }
}

/**
 * A sentence of the annotated document. Its people are read at once (every refiner reads
 * them); its tense, places, dates, groups and quotations when a parser first asks, since
 * most sentences hold no meeting event and nobody asks. The answers are the same either way:
 * every reader is a function of the sentence and the briefing alone.
 */
class LazyDocSentence implements DocSentence {
  #dates: readonly DateExpression[] | undefined;

  constructor(
    readonly n: number,
    readonly id: string,
    readonly paragraph: number,
    readonly facts: SentenceFacts,
    readonly dateReading: {
      readonly reference: IsoDate | null;
      readonly referenceIsEventDate: boolean;
    },
  ) {}

  get kind(): PassageKind {
    return this.facts.kind;
  }
  get reading(): SentenceReading {
    return this.facts.reading;
  }
  get people(): readonly PersonName[] {
    return this.facts.people;
  }
  get tense(): Tense {
    return this.facts.tense;
  }
  get places(): readonly PlaceExpression[] {
    return this.facts.places;
  }
  get groups(): readonly UnnamedGroup[] {
    return this.facts.groups;
  }
  get quotes(): ReadonlyArray<readonly [number, number]> {
    return this.facts.quotes;
  }
  get dates(): readonly DateExpression[] {
    if (!this.#dates) {
      const { reference, referenceIsEventDate } = this.dateReading;
      this.#dates = this.facts.readers.dates(this.reading, reference, this.tense, {
        referenceIsEventDate,
        // Headlines and captions tell past events in the present.
        historicalPresent: this.kind === 'headline' || this.kind === 'caption',
      });
    }
    return this.#dates;
  }
}

/** What `annotate` read of a briefing that a reading with another reference date can reuse. */
const factsOfDoc = new WeakMap<
  Doc,
  { readonly briefing: Briefing; readonly facts: readonly SentenceFacts[] }
>();

/**
 * The annotated document of a briefing: every sentence that may carry facts (not furniture,
 * not a sentence cut off mid-word), read once by each reader. `earlier`, a document of the
 * same briefing read with another reference date, lends what does not depend on the date.
 */
export function annotate(
  briefing: Briefing,
  reference: IsoDate | null,
  readers: Readers,
  referenceIsMeetingDate = false,
  earlier: Doc | null = null,
): Doc {
  const earlierFacts = earlier ? factsOfDoc.get(earlier) : undefined;
  const lent = earlierFacts?.briefing === briefing ? earlierFacts : undefined;
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
      // A caption's photo credit names who took the photo, not who is in it.
      const text = sentence.kind === 'caption' ? withoutPhotoCredit(sentence.text) : sentence.text;
      const reading =
        lent?.facts[read.length]?.reading ?? readSentence(text, Math.min(from, text.length));
      read.push({ paragraph, sentence, reading });
    }
  }
  // The countries the briefing names choose among cities of the same name.
  const countries =
    lent && earlier ? earlier.countries : countriesNamed(read.map((item) => item.reading));
  const context: PlaceContext = { countries };
  const dateReading = {
    reference,
    referenceIsEventDate: referenceIsMeetingDate,
  };
  const facts: SentenceFacts[] = [];
  const sentences: DocSentence[] = [];
  for (const { paragraph, sentence, reading } of read) {
    const own =
      lent?.facts[facts.length] ??
      new SentenceFacts(reading, sentence.kind, readers.people(reading), readers, context);
    facts.push(own);
    sentences.push(
      new LazyDocSentence(
        sentences.length,
        passageId(briefing.file, paragraph.index, sentence.index),
        paragraph.index,
        own,
        dateReading,
      ),
    );
  }
  const doc: Doc = {
    file: briefing.file,
    reference,
    referenceIsEventDate: referenceIsMeetingDate && reference !== null,
    sentences,
    countries,
  };
  factsOfDoc.set(doc, { briefing, facts });
  return doc;
}
