import { append } from '../collections.js';
import Fuse from 'fuse.js';
import { MONTHS_FOLDED } from '../corpus/calendar.js';
import { passagesOf } from '../corpus/passages.js';
import type { Briefing, Passage, PassageId } from '../types.js';
import { countryWordsOfDemonym } from './demonyms.js';
import { FuzzyWords } from './fuzzyWords.js';
import { indexTermOf, type Token, tokenize, wordsOf } from './terms.js';
import type { PassageHit, PassageIndex, SearchOptions } from './types.js';

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

/** The index's tokenising results in a compact, JSON-friendly form (see `toImage`). */
export interface IndexImage {
  readonly terms: readonly string[];
  /** Folded surface words and their term's number. */
  readonly words: ReadonlyArray<readonly [string, number]>;
  /** Per briefing, per passage: its length in words, then its terms' numbers. */
  readonly briefings: Readonly<Record<string, ReadonlyArray<readonly number[]>>>;
}

/** One query word and the index terms that may stand for it, with their weights. */
interface QueryWord {
  readonly word: string;
  readonly idf: number;
  readonly alternatives: ReadonlyArray<{ readonly term: string; readonly weight: number }>;
}

/** Terms of a passage's words, with a demonym also standing for its country ("Russian" → russia). */
function termsWithCountries(words: readonly string[]): Set<string> {
  const terms = new Set<string>();
  for (const word of words) {
    terms.add(indexTermOf(word));
    for (const countryWord of countryWordsOfDemonym(word)) terms.add(indexTermOf(countryWord));
  }
  return terms;
}

/** Whether a sorted list of ids holds `id` (binary search). */
function holds(sorted: readonly number[] | undefined, id: number): boolean {
  if (!sorted) return false;
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = sorted[middle]!;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
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

/**
 * Full-text index over passages (sentences). An inverted index over folded, stemmed terms
 * (with typo expansion through the vocabulary) selects and scores candidates with BM25,
 * crediting words found in the sentence's paragraph or briefing as context; fuse.js then
 * scores each query word against the few candidates, which keeps its fuzzy matching while
 * the cost stays independent of the corpus size.
 */
export class InvertedPassageIndex implements PassageIndex {
  readonly #tuning: SearchTuning;
  /** Slot per passage; undefined once removed. */
  readonly #passages: (Passage | undefined)[] = [];
  readonly #lengths: number[] = [];
  readonly #paragraphOf: number[] = [];
  readonly #briefingOf: number[] = [];
  readonly #terms: (string[] | undefined)[] = [];
  readonly #byId = new Map<PassageId, number>();
  /** Briefing file → its number, slots, paragraph numbers and context terms. */
  readonly #briefings = new Map<
    string,
    { id: number; slots: number[]; paragraphs: number[]; terms: string[] }
  >();
  readonly #postings = new Map<string, number[]>();
  readonly #paragraphPostings = new Map<string, number[]>();
  readonly #briefingPostings = new Map<string, number[]>();
  /** Folded surface word → its term, for typo expansion. */
  readonly #wordTerm = new Map<string, string>();
  readonly #words = new FuzzyWords();
  #nextParagraph = 0;
  #nextBriefing = 0;
  #live = 0;
  #totalLength = 0;
  #scores = new Float64Array(0);
  #touched = new Int32Array(0);

  constructor(briefings: Iterable<Briefing> = [], tuning: Partial<SearchTuning> = {}) {
    this.#tuning = { ...SEARCH_DEFAULTS, ...tuning };
    for (const briefing of briefings) this.addBriefing(briefing);
  }

  get size(): number {
    return this.#live;
  }

  get(id: PassageId): Passage | undefined {
    const slot = this.#byId.get(id);
    return slot === undefined ? undefined : this.#passages[slot];
  }

  /** Indexes a briefing's passages; a briefing already indexed is replaced. */
  addBriefing(briefing: Briefing): void {
    const analysed = passagesOf(briefing).map((passage) => {
      const words = wordsOf(passage.text);
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

  /** Indexes passages whose terms are already known (tokenising is most of the cost). */
  #insert(
    briefing: Briefing,
    analysed: ReadonlyArray<{ passage: Passage; terms: string[]; length: number }>,
  ): void {
    this.removeBriefing(briefing.file);
    const briefingId = this.#nextBriefing++;
    const entry = {
      id: briefingId,
      slots: [] as number[],
      paragraphs: [] as number[],
      terms: [] as string[],
    };
    const briefingTerms = new Set<string>();
    if (briefing.published) {
      const [year, month] = briefing.published.split('-');
      briefingTerms.add(indexTermOf(year!));
      briefingTerms.add(indexTermOf(MONTHS_FOLDED[Number(month) - 1]!));
    }
    const paragraphTerms = new Map<number, Set<string>>();
    for (const { passage, terms, length } of analysed) {
      const slot = this.#passages.length;
      let paragraph = paragraphTerms.get(passage.paragraph);
      if (!paragraph) {
        paragraph = new Set();
        paragraphTerms.set(passage.paragraph, paragraph);
        entry.paragraphs.push(this.#nextParagraph++);
      }
      for (const term of terms) {
        paragraph.add(term);
        briefingTerms.add(term);
        append(this.#postings, term, slot);
      }
      this.#passages.push(passage);
      this.#terms.push(terms);
      this.#lengths.push(length);
      this.#paragraphOf.push(entry.paragraphs.at(-1)!);
      this.#briefingOf.push(briefingId);
      this.#byId.set(passage.id, slot);
      entry.slots.push(slot);
      this.#live++;
      this.#totalLength += length;
    }
    let i = 0;
    for (const terms of paragraphTerms.values()) {
      const paragraphId = entry.paragraphs[i++]!;
      for (const term of terms) append(this.#paragraphPostings, term, paragraphId);
    }
    for (const term of briefingTerms) append(this.#briefingPostings, term, briefingId);
    entry.terms = [...briefingTerms];
    this.#briefings.set(briefing.file, entry);
  }

  /**
   * What the index learnt from tokenising, in a compact form a snapshot can keep: every term
   * once, each passage's terms as numbers, and the words seen (for typo tolerance).
   */
  toImage(): IndexImage {
    const termIds = new Map<string, number>();
    const idOf = (term: string) => {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      return id;
    };
    const briefings: Record<string, number[][]> = {};
    for (const [file, entry] of this.#briefings) {
      briefings[file] = entry.slots.map((slot) => [
        this.#lengths[slot]!,
        ...this.#terms[slot]!.map(idOf),
      ]);
    }
    const words = [...this.#wordTerm].map(([word, term]): [string, number] => [word, idOf(term)]);
    return { terms: [...termIds.keys()], words, briefings };
  }

  /** An index rebuilt from briefings and their image, without tokenising them again. */
  static fromImage(
    briefings: Iterable<Briefing>,
    image: IndexImage,
    tuning: Partial<SearchTuning> = {},
  ): InvertedPassageIndex {
    const index = new InvertedPassageIndex([], tuning);
    for (const [word, term] of image.words) {
      index.#wordTerm.set(word, image.terms[term]!);
      index.#words.add(word);
    }
    for (const briefing of briefings) {
      const passages = passagesOf(briefing);
      const stored = image.briefings[briefing.file];
      if (!stored || stored.length !== passages.length) {
        index.addBriefing(briefing);
        continue;
      }
      index.#insert(
        briefing,
        passages.map((passage, i) => {
          const [length, ...terms] = stored[i]!;
          return { passage, terms: terms.map((id) => image.terms[id]!), length: length! };
        }),
      );
    }
    return index;
  }

  /** Removes every passage of a briefing (for re-indexing one changed or deleted file). */
  removeBriefing(file: string): void {
    const entry = this.#briefings.get(file);
    if (!entry) return;
    const slots = new Set(entry.slots);
    const paragraphs = new Set(entry.paragraphs);
    for (const slot of entry.slots) {
      this.#byId.delete(this.#passages[slot]!.id);
      this.#passages[slot] = undefined;
      this.#terms[slot] = undefined;
      this.#totalLength -= this.#lengths[slot]!;
      this.#live--;
    }
    for (const term of entry.terms) {
      prune(this.#postings, term, slots);
      prune(this.#paragraphPostings, term, paragraphs);
      prune(this.#briefingPostings, term, new Set([entry.id]));
    }
    this.#briefings.delete(file);
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
    for (const token of tokens) {
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

  /** Scratch arrays reused by every search (JavaScript runs one search at a time). */
  #scratch(): { scores: Float64Array; touched: Int32Array } {
    if (this.#scores.length < this.#passages.length) {
      const size = Math.max(1024, this.#passages.length * 2);
      this.#scores = new Float64Array(size);
      this.#touched = new Int32Array(size);
    }
    return { scores: this.#scores, touched: this.#touched };
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
    const { scores, touched } = this.#scratch();
    let touchedCount = 0;
    for (const word of words) {
      const best = word.alternatives.length > 1 ? new Map<number, number>() : null;
      for (const { term, weight } of word.alternatives) {
        const idf = this.#idf(term);
        for (const slot of this.#postings.get(term) ?? []) {
          if (allowed && !allowed.has(this.#passages[slot]!.briefing)) continue;
          const score = this.#bm25(slot, idf, weight, averageLength);
          if (best) best.set(slot, Math.max(best.get(slot) ?? 0, score));
          else {
            if (scores[slot] === 0) touched[touchedCount++] = slot;
            scores[slot]! += score;
          }
        }
      }
      for (const [slot, score] of best ?? []) {
        if (scores[slot] === 0) touched[touchedCount++] = slot;
        scores[slot]! += score;
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
      const terms = this.#terms[slot]!;
      let score = 0;
      let covered = 0;
      const found: string[] = [];
      for (const word of words) {
        let bestScore = 0;
        let bestWeight = 0;
        let bestTerm = '';
        for (const { term, weight } of word.alternatives) {
          if (!terms.includes(term)) continue;
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
      passage: this.#passages[slot]!,
      score: Math.min(1, coverage.get(slot)!),
      relevance: rank / topRank,
      matchedTerms: matched.get(slot)!,
    }));
  }

  /** Credit for a word the sentence lacks but its paragraph (or else its briefing) holds. */
  #contextCredit(slot: number, word: QueryWord): number {
    let credit = 0;
    for (const { term, weight } of word.alternatives) {
      if (holds(this.#paragraphPostings.get(term), this.#paragraphOf[slot]!)) {
        credit = Math.max(credit, weight * this.#tuning.paragraphWeight);
      } else if (holds(this.#briefingPostings.get(term), this.#briefingOf[slot]!)) {
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
      candidates.map((slot) => ({ slot, text: this.#passages[slot]!.text })),
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

function prune(postings: Map<string, number[]>, term: string, gone: ReadonlySet<number>): void {
  const list = postings.get(term);
  if (!list) return;
  const kept = list.filter((id) => !gone.has(id));
  if (kept.length > 0) postings.set(term, kept);
  else postings.delete(term);
}
