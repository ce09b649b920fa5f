import type { Passage, PassageId } from '../types.js';

/** A passage found by a query, with where the match came from. */
export interface PassageHit {
  readonly passage: Passage;
  /** Share of the query matched, IDF-weighted: 0 (nothing) … 1 (every word, exactly). */
  readonly score: number;
  /** Ranking score relative to the best hit of the same search: 1 for the best. */
  readonly relevance: number;
  /** Folded query terms that matched this passage. */
  readonly matchedTerms: readonly string[];
}

/**
 * One query word as the index reads it: its IDF, and the index terms that may stand for it
 * with their weights (the word's own term, or near spellings of a word the index does not
 * know). No alternatives: a word no briefing holds.
 */
export interface QueryWord {
  readonly word: string;
  readonly idf: number;
  readonly alternatives: ReadonlyArray<{ readonly term: string; readonly weight: number }>;
}

export interface SearchOptions {
  /** How many hits at most (default 10). */
  readonly limit?: number;
  /** Restrict the search to these briefings (file names). */
  readonly briefings?: ReadonlySet<string>;
}

/** The full-text index over passages: an inverted-index prefilter whose candidates fuse.js ranks. */
export interface PassageIndex {
  readonly size: number;
  search(query: string, options?: SearchOptions): PassageHit[];
  readQuery(query: string): QueryWord[];
  /** Positions, in `passagesOf` order, of a briefing's passages that hold an index term. */
  termPositions(file: string, term: string): number[];
  /** Whether some passage holds this folded word (as its index term): a real word, not a typo. */
  knows(word: string): boolean;
  get(id: PassageId): Passage | undefined;
}
