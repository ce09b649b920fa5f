import Fuse from 'fuse.js';
import { MONTHS_FOLDED } from '../corpus/calendar.js';
import { passageAt, passagesOf, positionOf } from '../corpus/passages.js';
import type { Briefing, Passage, PassageId } from '../types.js';
import { capitalTermsOf, countryWordsOfDemonym } from './demonyms.js';
import { FuzzyWords } from './fuzzyWords.js';
import { NumberReader } from './numberReader.js';
import { indexTermOf, type Token, tokenize, wordsOf } from './terms.js';
import type { PassageHit, PassageIndex, QueryWord, SearchOptions } from './types.js';

/** Tuning of the search, in one place; override per index for experiments. */
export interface SearchTuning {
  /** Hits returned when the caller does not say. */
  readonly limit: number;
  /** Passages ranked with their context after the first, sentence-only pass. */
  readonly prefilter: number;
  /** Passages the prefilter hands to fuse.js for ranking (at least `limit`). */
  readonly candidates: number;
  /** BM25 term-frequency saturation and length normalisation. */
  readonly k1: number;
  readonly b: number;
  /** Weight of a word found by typo tolerance, lost per edit: 1 edit → 0.8, 2 edits → 0.6. */
  readonly typoPenalty: number;
  /** How many near words a misspelt query word expands to. */
  readonly typoExpansions: number;
  /** Credit for a query word found not in the sentence but in its paragraph. */
  readonly paragraphWeight: number;
  /** Credit for a query word found only elsewhere in the briefing (headline, date, text). */
  readonly briefingWeight: number;
  /** Share of the final score that comes from fuse.js's fuzzy match of each query word. */
  readonly fuseWeight: number;
  /** fuse.js match threshold (0 exact … 1 anything). */
  readonly fuseThreshold: number;
}

export const SEARCH_DEFAULTS: SearchTuning = Object.freeze({
  limit: 10,
  prefilter: 400,
  candidates: 50,
  k1: 1.2,
  b: 0.3,
  typoPenalty: 0.2,
  typoExpansions: 4,
  paragraphWeight: 0.5,
  briefingWeight: 0.5,
  fuseWeight: 0.2,
  fuseThreshold: 0.3,
});

/**
 * The index in a compact form a snapshot can keep (see `toImage`): restoring it sets the
 * postings down as they were, without tokenising a sentence or inserting a passage again.
 */
export interface IndexImage {
  /** Every term once; the numbers refer to a term by its position here. */
  readonly terms: readonly string[];
  /** The folded surface words seen, for typo tolerance (their terms are in `numbers`). */
  readonly words: readonly string[];
  /** Briefing files in the order their passages are numbered: by file name, as a fresh build. */
  readonly files: readonly string[];
  /**
   * The rest as unsigned integers, in this order: each word's term; per briefing, its
   * passage count, its paragraph count and each passage's length in words; per term, the
   * passages, paragraphs and briefings holding it, each list as its length then the gaps
   * between its ascending ids (small numbers, which a snapshot stores in few bytes).
   */
  readonly numbers: Uint32Array;
}

/** Raised while restoring an image that does not fit its briefings: they are indexed anew. */
class ImageMismatch extends Error {}

/** Reads an image's numbers in order, never past the end. */
class ImageReader extends NumberReader {
  /** Where the lists read so far are kept, one after another, each a view of it. */
  #lists: Uint32Array | null = null;
  #listed = 0;

  constructor(numbers: Uint32Array) {
    super(numbers, () => new ImageMismatch('the image ends too soon'));
  }

  /** A number that must be below `limit` (a count or an id of something known). */
  below(limit: number): number {
    const value = this.next();
    if (value >= limit) throw new ImageMismatch(`${value} is out of range`);
    return value;
  }

  /** A list written by `writeIds`: ascending ids, each below `limit`. */
  ids(limit: number): Uint32Array {
    const count = this.below(this.numbers.length - this.at);
    // Every id takes a number, so what is left of the numbers bounds every list still to come.
    this.#lists ??= new Uint32Array(this.numbers.length - this.at);
    const ids = this.#lists.subarray(this.#listed, this.#listed + count);
    this.#listed += count;
    let id = -1;
    for (let i = 0; i < count; i++) {
      id += this.numbers[this.at++]! + 1;
      ids[i] = id;
    }
    if (id >= limit) throw new ImageMismatch(`id ${id} is out of range`);
    return ids;
  }
}

/** Writes an image's numbers in order, into an array of the size they were counted to need. */
class ImageWriter {
  readonly #numbers: Uint32Array;
  #at = 0;

  constructor(size: number) {
    this.#numbers = new Uint32Array(size);
  }

  write(value: number): void {
    this.#numbers[this.#at++] = value;
  }

  /**
   * Postings renumbered through `numbering`, as `ImageReader.ids` reads them: their count,
   * then each id's distance from the previous, less one. Renumbering may reorder them.
   */
  ids(postings: Postings | undefined, numbering: Int32Array): void {
    const ids = postings?.ids ?? new Uint32Array(0);
    this.write(ids.length);
    const list = this.#numbers.subarray(this.#at, this.#at + ids.length);
    this.#at += ids.length;
    let ascending = true;
    for (let i = 0; i < list.length; i++) {
      list[i] = numbering[ids[i]!]!;
      if (i > 0 && list[i]! <= list[i - 1]!) ascending = false;
    }
    if (!ascending) list.sort();
    for (let i = list.length - 1; i > 0; i--) list[i]! -= list[i - 1]! + 1;
  }

  /** The numbers, once exactly as many as were counted have been written. */
  get numbers(): Uint32Array {
    if (this.#at !== this.#numbers.length) {
      throw new Error(`an image of ${this.#numbers.length} numbers got ${this.#at}`);
    }
    return this.#numbers;
  }
}

/** New numbers for an index's slots, paragraphs and briefings (by their old numbers). */
interface Numbering {
  readonly slots: Int32Array;
  readonly paragraphs: Int32Array;
  readonly briefings: Int32Array;
}

/** The position of the first id not below `id` among the first `length` of ascending ids. */
function lowerBound(sorted: Uint32Array, length: number, id: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Room a term's new postings start with; they double when full. */
const FIRST_POSTINGS_ROOM = 4;

/**
 * A term's ascending ids (slots, paragraphs or briefings) in a typed array that doubles when
 * full: millions of ids cost the garbage collector nothing to scan, and a restored index's
 * postings are views of one buffer, made without an array per term.
 */
class Postings {
  #ids: Uint32Array;
  #length: number;

  /** Postings of `ids` (which they keep, not copy), or empty ones. */
  constructor(ids: Uint32Array = new Uint32Array(FIRST_POSTINGS_ROOM), length = 0) {
    this.#ids = ids;
    this.#length = length;
  }

  get length(): number {
    return this.#length;
  }

  /** The ids (a view, for reading before the next change). */
  get ids(): Uint32Array {
    return this.#ids.subarray(0, this.#length);
  }

  /** Adds an id above every id held. */
  push(id: number): void {
    if (this.#length === this.#ids.length) {
      const grown = new Uint32Array(Math.max(FIRST_POSTINGS_ROOM, this.#length * 2));
      grown.set(this.#ids);
      this.#ids = grown;
    }
    this.#ids[this.#length++] = id;
  }

  has(id: number): boolean {
    const at = lowerBound(this.#ids, this.#length, id);
    return at < this.#length && this.#ids[at] === id;
  }

  /** Removes the ids from `start` up to `end` (one briefing's); returns how many are left. */
  removeRange(start: number, end: number): number {
    const from = lowerBound(this.#ids, this.#length, start);
    const to = lowerBound(this.#ids, this.#length, end);
    this.#ids.copyWithin(from, to, this.#length);
    this.#length -= to - from;
    return this.#length;
  }
}

/** What the index keeps per briefing; a briefing's slots and paragraphs are consecutive. */
interface BriefingEntry {
  readonly id: number;
  readonly briefing: Briefing;
  readonly firstSlot: number;
  readonly passageCount: number;
  readonly firstParagraph: number;
  readonly paragraphCount: number;
  /** Every term its passages or date hold: the postings to prune when it goes. */
  readonly terms: string[];
}

/** Adds `id`, above any held, to the term's postings. */
function append(map: Map<string, Postings>, term: string, id: number): void {
  let postings = map.get(term);
  if (!postings) map.set(term, (postings = new Postings()));
  postings.push(id);
}

/** Terms of a passage's words, with a demonym also standing for its country ("Russian" → russia). */
export function termsWithCountries(words: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const word of words) {
    terms.add(indexTermOf(word));
    for (const countryWord of countryWordsOfDemonym(word)) terms.add(indexTermOf(countryWord));
  }
  return terms;
}

/** The terms a briefing's date stands for: its year and its month's name. */
function dateTermsOf(briefing: Briefing): Set<string> {
  const terms = new Set<string>();
  if (briefing.published) {
    const [year, month] = briefing.published.split('-');
    terms.add(indexTermOf(year!));
    terms.add(indexTermOf(MONTHS_FOLDED[Number(month) - 1]!));
  }
  return terms;
}

/**
 * The `count` slots with the highest scores, best first (ties by slot, for stable output):
 * a bounded min-heap, so choosing among many candidates costs n·log(count), not a full sort.
 */
function topSlots(
  slots: ArrayLike<number>,
  length: number,
  scoreOf: (slot: number) => number,
  count: number,
): number[] {
  const better = (a: number, b: number) => {
    const diff = scoreOf(a) - scoreOf(b);
    return diff > 0 || (diff === 0 && a < b);
  };
  const heap: number[] = [];
  const swap = (i: number, j: number) => {
    const held = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = held;
  };
  for (let k = 0; k < length; k++) {
    const slot = slots[k]!;
    if (heap.length < count) {
      heap.push(slot);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!better(heap[parent]!, heap[i]!)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (better(slot, heap[0]!)) {
      heap[0] = slot;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        let worst = i;
        if (left < heap.length && better(heap[worst]!, heap[left]!)) worst = left;
        if (left + 1 < heap.length && better(heap[worst]!, heap[left + 1]!)) worst = left + 1;
        if (worst === i) break;
        swap(i, worst);
        i = worst;
      }
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
}

/** Passages of a briefing looked up by walking them; a longer one's are found by their id. */
const SCANNED_PASSAGES = 64;

/**
 * Full-text index over passages (sentences). An inverted index over folded, stemmed terms
 * (with typo expansion through the vocabulary) selects and scores candidates with BM25,
 * crediting words found in the sentence's paragraph or briefing as context; fuse.js then
 * scores each query word against the few candidates, which keeps its fuzzy matching while
 * the cost stays independent of the corpus size.
 */
export class InvertedPassageIndex implements PassageIndex {
  readonly #tuning: SearchTuning;
  /**
   * Passage per slot, made when first needed (a restored index starts with none, as most are
   * never shown); undefined until then and once removed.
   */
  readonly #passages: (Passage | undefined)[] = [];
  readonly #lengths: number[] = [];
  readonly #paragraphOf: number[] = [];
  readonly #briefingOf: number[] = [];
  /** Briefing file → its entry, and its entry by number (undefined once removed). */
  readonly #briefings = new Map<string, BriefingEntry>();
  readonly #entries: (BriefingEntry | undefined)[] = [];
  /** Term → the slots, paragraphs and briefings holding it, each list ascending. */
  readonly #postings = new Map<string, Postings>();
  readonly #paragraphPostings = new Map<string, Postings>();
  readonly #briefingPostings = new Map<string, Postings>();
  /** Folded surface word → its term, for typo expansion. */
  readonly #wordTerm = new Map<string, string>();
  readonly #words = new FuzzyWords();
  #nextParagraph = 0;
  #nextBriefing = 0;
  #live = 0;
  #totalLength = 0;
  #scores = new Float64Array(0);
  #touched = new Int32Array(0);
  /** A misspelt word's best score per passage over its spellings, and where it is set. */
  #best = new Float64Array(0);
  #bestTouched = new Int32Array(0);

  constructor(briefings: Iterable<Briefing> = [], tuning: Partial<SearchTuning> = {}) {
    this.#tuning = { ...SEARCH_DEFAULTS, ...tuning };
    for (const briefing of briefings) this.addBriefing(briefing);
  }

  get size(): number {
    return this.#live;
  }

  /**
   * Where a term stands in one briefing: the positions, in `passagesOf` order, of its passages
   * that hold the term (read from the postings, without reading the passages).
   */
  termPositions(file: string, term: string): number[] {
    const entry = this.#briefings.get(file);
    const postings = this.#postings.get(term);
    if (!entry || !postings) return [];
    const ids = postings.ids;
    const end = entry.firstSlot + entry.passageCount;
    const positions: number[] = [];
    for (
      let k = lowerBound(ids, ids.length, entry.firstSlot);
      k < ids.length && ids[k]! < end;
      k++
    ) {
      positions.push(ids[k]! - entry.firstSlot);
    }
    return positions;
  }

  /** A passage by id, looked for among its briefing's (ids are "file#paragraph.sentence"). */
  get(id: PassageId): Passage | undefined {
    const entry = this.#briefings.get(id.slice(0, id.lastIndexOf('#')));
    if (!entry) return undefined;
    if (entry.passageCount > SCANNED_PASSAGES) {
      // A long briefing: the id says where the passage stands, so a look-up is not a walk
      // through it, nor does it make the briefing's other passages.
      const position = positionOf(entry.briefing, id);
      if (position < 0 || position >= entry.passageCount) return undefined;
      const passage = this.#passageAt(entry.firstSlot + position);
      return passage.id === id ? passage : undefined;
    }
    for (let slot = entry.firstSlot; slot < entry.firstSlot + entry.passageCount; slot++) {
      const passage = this.#passageAt(slot);
      if (passage.id === id) return passage;
    }
    return undefined;
  }

  /**
   * The passage in a live slot, made the first time it is needed: a short briefing's passages
   * all at once, a long one's one by one (a question reads a few sentences of it, not all).
   */
  #passageAt(slot: number): Passage {
    const made = this.#passages[slot];
    if (made) return made;
    const entry = this.#entries[this.#briefingOf[slot]!]!;
    if (entry.passageCount > SCANNED_PASSAGES) {
      const passage = passageAt(entry.briefing, slot - entry.firstSlot);
      this.#passages[slot] = passage;
      return passage;
    }
    const passages = passagesOf(entry.briefing);
    for (const [k, passage] of passages.entries()) this.#passages[entry.firstSlot + k] = passage;
    return passages[slot - entry.firstSlot]!;
  }

  /** Indexes a briefing's passages; a briefing already indexed is replaced. */
  addBriefing(briefing: Briefing): void {
    const analysed = passagesOf(briefing).map((passage) => {
      // Page furniture keeps its place (ids stay stable) but is never found.
      const words = passage.kind === 'furniture' ? [] : wordsOf(passage.text);
      for (const word of words) {
        if (!this.#wordTerm.has(word)) {
          this.#wordTerm.set(word, indexTermOf(word));
          this.#words.add(word);
        }
      }
      return { passage, terms: [...termsWithCountries(words)], length: words.length };
    });
    this.#insert(briefing, analysed);
  }

  /** Indexes a briefing's passages, given their terms. */
  #insert(
    briefing: Briefing,
    analysed: ReadonlyArray<{ passage: Passage; terms: string[]; length: number }>,
  ): void {
    this.removeBriefing(briefing.file);
    const id = this.#nextBriefing++;
    const firstSlot = this.#passages.length;
    const firstParagraph = this.#nextParagraph;
    const briefingTerms = dateTermsOf(briefing);
    const paragraphTerms = new Map<number, Set<string>>();
    for (const { passage, terms, length } of analysed) {
      const slot = this.#passages.length;
      let paragraph = paragraphTerms.get(passage.paragraph);
      if (!paragraph) {
        paragraph = new Set();
        paragraphTerms.set(passage.paragraph, paragraph);
        this.#nextParagraph++;
      }
      for (const term of terms) {
        paragraph.add(term);
        briefingTerms.add(term);
        append(this.#postings, term, slot);
      }
      this.#passages.push(passage);
      this.#lengths.push(length);
      this.#paragraphOf.push(this.#nextParagraph - 1);
      this.#briefingOf.push(id);
      this.#live++;
      this.#totalLength += length;
    }
    let paragraphId = firstParagraph;
    for (const terms of paragraphTerms.values()) {
      for (const term of terms) append(this.#paragraphPostings, term, paragraphId);
      paragraphId++;
    }
    for (const term of briefingTerms) append(this.#briefingPostings, term, id);
    this.#enter({
      id,
      briefing,
      firstSlot,
      passageCount: analysed.length,
      firstParagraph,
      paragraphCount: paragraphTerms.size,
      terms: [...briefingTerms],
    });
  }

  /** Files a briefing's entry under its file name and its number. */
  #enter(entry: BriefingEntry): void {
    this.#briefings.set(entry.briefing.file, entry);
    this.#entries[entry.id] = entry;
  }

  /**
   * The index as a snapshot can keep it: every term once, the postings as numbers, and the
   * words seen (for typo tolerance). Passages are numbered as a fresh build of the same
   * briefings would number them, in file-name order and without the gaps that removed
   * briefings leave, so a restored index answers exactly as a fresh one.
   */
  toImage(): IndexImage {
    const entries = [...this.#briefings.values()].sort((a, b) =>
      a.briefing.file < b.briefing.file ? -1 : a.briefing.file > b.briefing.file ? 1 : 0,
    );
    // Every term still held by some passage or date has briefing postings. Terms and words
    // are sorted, so the same briefings give the same image whatever the index went through.
    const terms = [...this.#briefingPostings.keys()].sort();
    const termNumber = new Map(terms.map((term, i) => [term, i]));
    const words = [...this.#wordTerm]
      .filter(([, term]) => termNumber.has(term))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    const writer = new ImageWriter(this.#imageSize(entries, terms, words.length));
    for (const [, term] of words) writer.write(termNumber.get(term)!);
    const numbering = this.#writeBriefings(entries, writer);
    for (const term of terms) {
      writer.ids(this.#postings.get(term), numbering.slots);
      writer.ids(this.#paragraphPostings.get(term), numbering.paragraphs);
      writer.ids(this.#briefingPostings.get(term), numbering.briefings);
    }
    return {
      terms,
      words: words.map(([word]) => word),
      files: entries.map((entry) => entry.briefing.file),
      numbers: writer.numbers,
    };
  }

  /** How many numbers the image of these briefings, terms and words takes (see `IndexImage`). */
  #imageSize(entries: readonly BriefingEntry[], terms: readonly string[], words: number): number {
    let size = words;
    for (const entry of entries) size += 2 + entry.passageCount;
    for (const term of terms) {
      size += 3;
      size += this.#postings.get(term)?.length ?? 0;
      size += this.#paragraphPostings.get(term)?.length ?? 0;
      size += this.#briefingPostings.get(term)?.length ?? 0;
    }
    return size;
  }

  /**
   * Writes each briefing's passage and paragraph counts and its passages' lengths, numbering
   * them anew in this order, with no gaps where removed briefings were.
   */
  #writeBriefings(entries: readonly BriefingEntry[], writer: ImageWriter): Numbering {
    const numbering = {
      slots: new Int32Array(this.#passages.length),
      paragraphs: new Int32Array(this.#nextParagraph),
      briefings: new Int32Array(this.#nextBriefing),
    };
    let slot = 0;
    let paragraph = 0;
    entries.forEach((entry, briefing) => {
      numbering.briefings[entry.id] = briefing;
      writer.write(entry.passageCount);
      writer.write(entry.paragraphCount);
      for (let k = entry.firstSlot; k < entry.firstSlot + entry.passageCount; k++) {
        numbering.slots[k] = slot++;
        writer.write(this.#lengths[k]!);
      }
      for (let k = entry.firstParagraph; k < entry.firstParagraph + entry.paragraphCount; k++) {
        numbering.paragraphs[k] = paragraph++;
      }
    });
    return numbering;
  }

  /**
   * An index restored from briefings and their image, without tokenising them again. The
   * briefings come in the image's order (by file name); when they do not fit the image, they
   * are indexed anew, which is slower but never wrong.
   */
  static fromImage(
    briefings: Iterable<Briefing>,
    image: IndexImage,
    tuning: Partial<SearchTuning> = {},
  ): InvertedPassageIndex {
    const listed = [...briefings];
    const index = new InvertedPassageIndex([], tuning);
    try {
      index.#restore(listed, image);
      return index;
    } catch (error) {
      if (!(error instanceof ImageMismatch)) throw error;
      return new InvertedPassageIndex(listed, tuning);
    }
  }

  /** Sets down an image's words, passages and postings in this (empty) index. */
  #restore(briefings: readonly Briefing[], image: IndexImage): void {
    if (
      briefings.length !== image.files.length ||
      briefings.some((briefing, i) => briefing.file !== image.files[i])
    ) {
      throw new ImageMismatch('the image holds other briefings');
    }
    if (new Set(image.terms).size !== image.terms.length) {
      throw new ImageMismatch('the image lists a term twice');
    }
    const reader = new ImageReader(image.numbers);
    for (const word of image.words) {
      this.#wordTerm.set(word, image.terms[reader.below(image.terms.length)]!);
      this.#words.add(word);
    }
    const entries = briefings.map((briefing, i) => this.#restorePassages(briefing, i, reader));
    for (const term of image.terms) {
      setPostings(this.#postings, term, reader.ids(this.#passages.length));
      setPostings(this.#paragraphPostings, term, reader.ids(this.#nextParagraph));
      const briefingIds = reader.ids(entries.length);
      setPostings(this.#briefingPostings, term, briefingIds);
      for (const id of briefingIds) entries[id]!.terms.push(term);
    }
    if (!reader.done) throw new ImageMismatch('the image holds more than its briefings');
    this.#nextBriefing = entries.length;
  }

  /**
   * A briefing's passages in the next slots, with their lengths from the image. Its passages
   * are its sentences in reading order (see `passagesOf`), so counting them needs no passage.
   */
  #restorePassages(briefing: Briefing, id: number, reader: ImageReader): BriefingEntry {
    const passageCount = reader.next();
    const paragraphCount = reader.next();
    const firstSlot = this.#passages.length;
    const firstParagraph = this.#nextParagraph;
    for (const paragraph of briefing.paragraphs) {
      if (paragraph.sentences.length === 0) continue;
      const paragraphId = this.#nextParagraph++;
      for (let k = 0; k < paragraph.sentences.length; k++) {
        const length = reader.next();
        this.#passages.push(undefined);
        this.#lengths.push(length);
        this.#paragraphOf.push(paragraphId);
        this.#briefingOf.push(id);
        this.#totalLength += length;
      }
    }
    if (
      this.#passages.length - firstSlot !== passageCount ||
      this.#nextParagraph - firstParagraph !== paragraphCount
    ) {
      throw new ImageMismatch(`${briefing.file} has changed`);
    }
    this.#live += passageCount;
    const entry = {
      id,
      briefing,
      firstSlot,
      passageCount,
      firstParagraph,
      paragraphCount,
      terms: [],
    };
    this.#enter(entry);
    return entry;
  }

  /** Removes every passage of a briefing (for re-indexing one changed or deleted file). */
  removeBriefing(file: string): void {
    const entry = this.#briefings.get(file);
    if (!entry) return;
    const endSlot = entry.firstSlot + entry.passageCount;
    for (let slot = entry.firstSlot; slot < endSlot; slot++) {
      this.#passages[slot] = undefined;
      this.#totalLength -= this.#lengths[slot]!;
      this.#live--;
    }
    const endParagraph = entry.firstParagraph + entry.paragraphCount;
    for (const term of entry.terms) {
      prune(this.#postings, term, entry.firstSlot, endSlot);
      prune(this.#paragraphPostings, term, entry.firstParagraph, endParagraph);
      prune(this.#briefingPostings, term, entry.id, entry.id + 1);
    }
    this.#briefings.delete(file);
    this.#entries[entry.id] = undefined;
  }

  #idf(term: string): number {
    const df = this.#postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.#live - df + 0.5) / (df + 0.5));
  }

  /** The query's words with their candidate terms: exact, and near spellings for unknown words. */
  #queryWords(tokens: readonly Token[]): QueryWord[] {
    const words: QueryWord[] = [];
    const seen = new Set<string>();
    const unknownIdf = Math.log(1 + (this.#live + 0.5) / 0.5);
    for (const [k, token] of tokens.entries()) {
      if (seen.has(token.term)) continue;
      seen.add(token.term);
      const alternatives: { term: string; weight: number }[] = [];
      if (this.#postings.has(token.term)) alternatives.push({ term: token.term, weight: 1 });
      else {
        for (const near of this.#words.near(token.word).slice(0, this.#tuning.typoExpansions)) {
          const term = this.#wordTerm.get(near.word);
          if (!term || alternatives.some((alt) => alt.term === term)) continue;
          alternatives.push({ term, weight: 1 - this.#tuning.typoPenalty * near.distance });
        }
      }
      // "cyber security" where the briefings write "cybersecurity": the word stands for the
      // compound it makes with its neighbour, as well as for itself.
      for (const neighbour of [tokens[k - 1], tokens[k + 1]]) {
        const compound = neighbour && compoundOf(token, neighbour);
        if (
          compound &&
          this.#postings.has(compound) &&
          !alternatives.some((a) => a.term === compound)
        )
          alternatives.push({ term: compound, weight: 1 });
      }
      // A country also stands for its government, named by its capital ("Moscow said").
      for (const capital of capitalTermsOf(token.term)) {
        if (this.#postings.has(capital) && !alternatives.some((a) => a.term === capital))
          alternatives.push({ term: capital, weight: CAPITAL_WEIGHT });
      }
      // An unknown word of three letters or fewer is noise ("wat"), not a missing subject.
      if (alternatives.length === 0 && token.word.length <= 3) continue;
      const idf =
        alternatives.length > 0
          ? Math.max(...alternatives.map((alt) => this.#idf(alt.term)))
          : unknownIdf;
      words.push({ word: token.word, idf, alternatives });
    }
    return words;
  }

  /** The query's words as a search reads them: each with its IDF and the terms standing for it. */
  readQuery(query: string): QueryWord[] {
    return this.#queryWords(tokenize(query));
  }

  knows(word: string): boolean {
    return this.#postings.has(indexTermOf(word));
  }

  /** Scratch arrays reused by every search (JavaScript runs one search at a time). */
  #scratch(): {
    scores: Float64Array;
    touched: Int32Array;
    best: Float64Array;
    bestTouched: Int32Array;
  } {
    if (this.#scores.length < this.#passages.length) {
      const size = Math.max(1024, this.#passages.length * 2);
      this.#scores = new Float64Array(size);
      this.#touched = new Int32Array(size);
      this.#best = new Float64Array(size);
      this.#bestTouched = new Int32Array(size);
    }
    return {
      scores: this.#scores,
      touched: this.#touched,
      best: this.#best,
      bestTouched: this.#bestTouched,
    };
  }

  #bm25(slot: number, idf: number, weight: number, averageLength: number): number {
    const { k1, b } = this.#tuning;
    const norm = k1 * (1 - b + (b * this.#lengths[slot]!) / averageLength);
    return (weight * idf * (k1 + 1)) / (1 + norm);
  }

  search(query: string, options: SearchOptions = {}): PassageHit[] {
    const limit = options.limit ?? this.#tuning.limit;
    const words = this.#queryWords(tokenize(query));
    const totalIdf = words.reduce((sum, word) => sum + word.idf, 0);
    if (words.length === 0 || totalIdf === 0 || this.#live === 0) return [];
    const averageLength = this.#totalLength / this.#live;
    const allowed = options.briefings;

    // Pass 1: sentence matches only, summed over every posting of every query term into
    // flat arrays; a word with several spellings counts once, through its best one.
    // Flat arrays rather than maps: a misspelt word's spellings are often common words
    // ("minister", "foreign") whose postings run to tens of thousands.
    const { scores, touched, best, bestTouched } = this.#scratch();
    let touchedCount = 0;
    for (const word of words) {
      const several = word.alternatives.length > 1;
      let bestCount = 0;
      for (const { term, weight } of word.alternatives) {
        const idf = this.#idf(term);
        for (const slot of this.#postings.get(term)?.ids ?? []) {
          if (allowed && !allowed.has(this.#entries[this.#briefingOf[slot]!]!.briefing.file)) {
            continue;
          }
          const score = this.#bm25(slot, idf, weight, averageLength);
          if (several) {
            if (best[slot] === 0) bestTouched[bestCount++] = slot;
            if (score > best[slot]!) best[slot] = score;
          } else {
            if (scores[slot] === 0) touched[touchedCount++] = slot;
            scores[slot]! += score;
          }
        }
      }
      for (let k = 0; k < bestCount; k++) {
        const slot = bestTouched[k]!;
        if (scores[slot] === 0) touched[touchedCount++] = slot;
        scores[slot]! += best[slot]!;
        best[slot] = 0;
      }
    }
    const prefilter = Math.max(limit, this.#tuning.prefilter);
    const prefiltered = topSlots(touched, touchedCount, (slot) => scores[slot]!, prefilter);
    for (let k = 0; k < touchedCount; k++) scores[touched[k]!] = 0;
    if (prefiltered.length === 0) return [];

    // Pass 2: the best of those, scored exactly, with credit for the words their paragraph
    // or briefing holds.
    const lexical = new Map<number, number>();
    const coverage = new Map<number, number>();
    const matched = new Map<number, string[]>();
    for (const slot of prefiltered) {
      let score = 0;
      let covered = 0;
      const found: string[] = [];
      for (const word of words) {
        let bestScore = 0;
        let bestWeight = 0;
        let bestTerm = '';
        for (const { term, weight } of word.alternatives) {
          if (!this.#postings.get(term)?.has(slot)) continue;
          const termScore = this.#bm25(slot, this.#idf(term), weight, averageLength);
          if (termScore > bestScore) [bestScore, bestWeight, bestTerm] = [termScore, weight, term];
        }
        if (bestTerm) {
          score += bestScore;
          covered += bestWeight * word.idf;
          found.push(bestTerm);
          continue;
        }
        const credit = this.#contextCredit(slot, word);
        score += credit * word.idf;
        covered += credit * word.idf;
      }
      lexical.set(slot, score);
      coverage.set(slot, covered / totalIdf);
      matched.set(slot, found);
    }

    const count = Math.max(limit, this.#tuning.candidates);
    const candidates = topSlots(
      prefiltered,
      prefiltered.length,
      (slot) => lexical.get(slot)!,
      count,
    );
    const topLexical = lexical.get(candidates[0]!)! || 1;
    const fuzzy = this.#fuseScores(candidates, words, totalIdf);
    const hits = candidates.map((slot) => ({
      slot,
      rank:
        (lexical.get(slot)! / topLexical) * (1 - this.#tuning.fuseWeight) +
        (fuzzy.get(slot) ?? 0) * this.#tuning.fuseWeight,
    }));
    hits.sort((x, y) => y.rank - x.rank || x.slot - y.slot);
    const topRank = hits[0]!.rank || 1;
    return hits.slice(0, limit).map(({ slot, rank }) => ({
      passage: this.#passageAt(slot),
      score: Math.min(1, coverage.get(slot)!),
      relevance: rank / topRank,
      matchedTerms: matched.get(slot)!,
    }));
  }

  /** Credit for a word the sentence lacks but its paragraph (or else its briefing) holds. */
  #contextCredit(slot: number, word: QueryWord): number {
    let credit = 0;
    for (const { term, weight } of word.alternatives) {
      if (this.#paragraphPostings.get(term)?.has(this.#paragraphOf[slot]!)) {
        credit = Math.max(credit, weight * this.#tuning.paragraphWeight);
      } else if (this.#briefingPostings.get(term)?.has(this.#briefingOf[slot]!)) {
        credit = Math.max(credit, weight * this.#tuning.briefingWeight);
      }
    }
    return credit;
  }

  /** fuse.js's fuzzy score of each query word in each candidate, IDF-weighted, 0…1. */
  #fuseScores(candidates: readonly number[], words: readonly QueryWord[], totalIdf: number) {
    const scores = new Map<number, number>();
    if (this.#tuning.fuseWeight === 0) return scores;
    const fuse = new Fuse(
      candidates.map((slot) => ({ slot, text: this.#passageAt(slot).text })),
      {
        keys: ['text'],
        includeScore: true,
        ignoreLocation: true,
        ignoreDiacritics: true,
        threshold: this.#tuning.fuseThreshold,
        minMatchCharLength: 3,
      },
    );
    for (const word of words) {
      // Bitap handles at most 32 characters; query words are far shorter.
      for (const result of fuse.search(word.word.slice(0, 32))) {
        const slot = result.item.slot;
        const gained = ((1 - (result.score ?? 1)) * word.idf) / totalIdf;
        scores.set(slot, (scores.get(slot) ?? 0) + gained);
      }
    }
    return scores;
  }
}

/** Removes ids `start` up to `end` from a term's postings, and the term when none are left. */
function prune(postings: Map<string, Postings>, term: string, start: number, end: number): void {
  if (postings.get(term)?.removeRange(start, end) === 0) postings.delete(term);
}

/** Keeps a restored list of postings, unless it is empty. */
function setPostings(postings: Map<string, Postings>, term: string, ids: Uint32Array): void {
  if (ids.length > 0) postings.set(term, new Postings(ids, ids.length));
}

/** The index term of two words written apart that run together ("cyber security"), if adjacent. */
function compoundOf(a: Token, b: Token): string | null {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start - first.end !== 1 || first.start === second.start) return null;
  return indexTermOf(first.word + second.word);
}

/** A country's capital standing for it weighs less than the country's own name. */
const CAPITAL_WEIGHT = 0.8;
