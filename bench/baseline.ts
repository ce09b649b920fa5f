/**
 * The naive baseline the product is measured against: one fuse.js index over the text of
 * every passage, queried with the text exactly as typed.
 *
 * Fuse's Bitap matcher works on at most 32 characters. Fuse 7 cuts a longer pattern into
 * consecutive 32-character chunks (the last one aligned to the pattern's end), matches each
 * chunk anywhere in the passage, and averages the chunk scores; a passage matches when any
 * chunk does. A question longer than 32 characters is therefore matched as fragments that
 * cut through words — part of why the baseline is slow and misses paraphrases.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Briefing, Passage } from '../src/types.js';

export const BASELINE_FUSE_OPTIONS: Readonly<IFuseOptions<Passage>> = Object.freeze({
  keys: ['text'],
  includeScore: true,
  ignoreLocation: true,
  threshold: 0.4,
});

export const DEFAULT_BASELINE_LIMIT = 10;

export interface BaselineHit {
  readonly passage: Passage;
  /** Fuse's score: 0 is a perfect match, 1 none. */
  readonly score: number;
}

/** One passage per sentence, with the product's id scheme ("b00001.txt#3.2"). */
export function passagesOf(briefings: readonly Briefing[]): Passage[] {
  return briefings.flatMap((briefing) =>
    briefing.paragraphs.flatMap((paragraph) =>
      paragraph.sentences.map((sentence) => ({
        id: `${briefing.file}#${paragraph.index}.${sentence.index}`,
        briefing: briefing.file,
        paragraph: paragraph.index,
        sentence: sentence.index,
        text: sentence.text,
        kind: sentence.kind,
        cutOff: sentence.cutOff,
      })),
    ),
  );
}

export class BaselineIndex {
  private readonly fuse: Fuse<Passage>;

  constructor(readonly passages: readonly Passage[]) {
    this.fuse = new Fuse(passages, BASELINE_FUSE_OPTIONS);
  }

  get size(): number {
    return this.passages.length;
  }

  search(query: string, limit = DEFAULT_BASELINE_LIMIT): BaselineHit[] {
    return this.fuse
      .search(query, { limit })
      .map((result) => ({ passage: result.item, score: result.score ?? 1 }));
  }
}
