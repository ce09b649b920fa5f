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
  get(id: PassageId): Passage | undefined;
}
