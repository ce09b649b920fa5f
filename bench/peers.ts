/**
 * Peers: two well-kept JavaScript full-text search libraries, MiniSearch and FlexSearch, each
 * over the same passages as the product and the naive fuse.js baseline, in the configuration
 * its documentation gives for typo-tolerant search, and queried with the text as typed.
 *
 * - MiniSearch: an inverted index with BM25; `fuzzy: 0.2` (edits up to a fifth of each
 *   term's length) and `prefix: true`, terms combined with OR (its default).
 * - FlexSearch: its `Index` with forward tokenisation (prefixes), the `LatinBalance` encoder
 *   (folds spelling variants), and `suggest: true`, so that a query whose words are not all
 *   found still returns the passages holding most of them.
 *
 * Neither knows about briefings, paragraphs or meetings: they answer the meeting queries as
 * text searches, as the baseline does.
 */
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { Passage } from '../src/types.js';

export const PEER_NAMES = ['minisearch', 'flexsearch'] as const;
export type PeerName = (typeof PEER_NAMES)[number];

export const PEER_LABELS: Readonly<Record<PeerName, string>> = {
  minisearch: 'MiniSearch',
  flexsearch: 'FlexSearch',
};

export interface PeerIndex {
  readonly size: number;
  /** The best passages for the text as typed, best first. */
  search(query: string, limit: number): Passage[];
}

export const MINISEARCH_OPTIONS = Object.freeze({ fuzzy: 0.2, prefix: true });
/** FlexSearch's scoring resolution (its default and most precise). */
const FLEXSEARCH_RESOLUTION = 9;

function miniSearch(passages: readonly Passage[]): PeerIndex {
  const index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    searchOptions: MINISEARCH_OPTIONS,
  });
  index.addAll(passages.map((passage, id) => ({ id, text: passage.text })));
  return {
    size: passages.length,
    search: (query, limit) =>
      index
        .search(query)
        .slice(0, limit)
        .map((result) => passages[result.id as number]!),
  };
}

function flexSearch(passages: readonly Passage[]): PeerIndex {
  const index = new Index({
    tokenize: 'forward',
    encoder: Charset.LatinBalance,
    resolution: FLEXSEARCH_RESOLUTION,
  });
  passages.forEach((passage, id) => index.add(id, passage.text));
  return {
    size: passages.length,
    search: (query, limit) =>
      (index.search(query, { limit, suggest: true }) as number[]).map((id) => passages[id]!),
  };
}

export const buildPeer: Readonly<Record<PeerName, (passages: readonly Passage[]) => PeerIndex>> = {
  minisearch: miniSearch,
  flexsearch: flexSearch,
};
