/**
 * Finds the known words within a small edit distance of a (possibly misspelt) query word:
 * a trigram index over the vocabulary proposes candidates, Damerau–Levenshtein confirms.
 * Far cheaper than comparing the word with every vocabulary entry.
 */

/** Edits allowed for a word of this length: none for short words, where typos collide. */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const width = b.length + 1;
  let twoBack = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, twoBack[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cap) return cap + 1;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[b.length]!;
}

function trigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

export interface FuzzyMatch {
  readonly word: string;
  readonly distance: number;
}

/** How many answers are remembered: queries repeat (autocomplete, popular questions). */
const CACHE_SIZE = 2048;
/**
 * At most this many words are compared with a misspelt word, those sharing the most trigrams
 * with it first: the work per query word stays bounded however large the vocabulary grows
 * (a short word's trigrams are shared by thousands of words).
 */
export const MAX_COMPARED = 1500;

export class FuzzyWords {
  readonly #words: string[] = [];
  readonly #ids = new Map<string, number>();
  readonly #byTrigram = new Map<string, number[]>();
  readonly #cache = new Map<string, FuzzyMatch[]>();
  /** Trigrams shared with the word being looked up, per word id (scratch, reset after use). */
  #shared = new Uint16Array(0);
  #sharing = new Int32Array(0);
  /** Words below this id are in the trigram index; the rest are indexed on the next look-up. */
  #indexed = 0;

  get size(): number {
    return this.#words.length;
  }

  has(word: string): boolean {
    return this.#ids.has(word);
  }

  add(word: string): void {
    if (this.#ids.has(word)) return;
    this.#ids.set(word, this.#words.length);
    this.#words.push(word);
    this.#cache.clear();
  }

  /** Indexes the words added since the last look-up: building an index pays nothing for typos it may never see. */
  #catchUp(): void {
    for (; this.#indexed < this.#words.length; this.#indexed++) {
      for (const gram of trigramsOf(this.#words[this.#indexed]!)) {
        const list = this.#byTrigram.get(gram);
        if (list) list.push(this.#indexed);
        else this.#byTrigram.set(gram, [this.#indexed]);
      }
    }
  }

  /**
   * Words sharing at least `needed` of `grams`, those sharing the most first, at most
   * MAX_COMPARED of them. Counts go into flat arrays: a map of every word sharing a common
   * trigram cost more than the comparisons.
   */
  #candidates(grams: readonly string[], needed: number): string[] {
    if (this.#shared.length < this.#words.length) {
      const size = Math.max(1024, this.#words.length * 2);
      this.#shared = new Uint16Array(size);
      this.#sharing = new Int32Array(size);
    }
    const shared = this.#shared;
    const sharing = this.#sharing;
    let count = 0;
    for (const gram of grams) {
      for (const id of this.#byTrigram.get(gram) ?? []) {
        if (shared[id] === 0) sharing[count++] = id;
        shared[id]!++;
      }
    }
    // By how many trigrams they share, most first (a word has few trigrams: bucket them).
    const byShared: number[][] = Array.from({ length: grams.length + 1 }, () => []);
    for (let k = 0; k < count; k++) {
      const id = sharing[k]!;
      if (shared[id]! >= needed) byShared[shared[id]!]!.push(id);
      shared[id] = 0;
    }
    const candidates: string[] = [];
    for (let n = grams.length; n >= needed && candidates.length < MAX_COMPARED; n--) {
      for (const id of byShared[n]!) {
        candidates.push(this.#words[id]!);
        if (candidates.length >= MAX_COMPARED) break;
      }
    }
    return candidates;
  }

  /** Known words within `maxEdits(word.length)` of `word`, nearest first (the word itself excluded). */
  near(word: string): FuzzyMatch[] {
    const cached = this.#cache.get(word);
    if (cached) return cached;
    const cap = maxEdits(word.length);
    const matches: FuzzyMatch[] = [];
    if (cap > 0) {
      this.#catchUp();
      const grams = trigramsOf(word);
      // An edit destroys at most three trigrams (a transposition four): a word sharing fewer
      // than that is out of reach and is never compared.
      const needed = Math.max(1, grams.length - 4 * cap);
      for (const candidate of this.#candidates(grams, needed)) {
        if (candidate === word) continue;
        const distance = editDistance(word, candidate, cap);
        if (distance <= cap) matches.push({ word: candidate, distance });
      }
      matches.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : 1));
    }
    if (this.#cache.size >= CACHE_SIZE) this.#cache.clear();
    this.#cache.set(word, matches);
    return matches;
  }
}
