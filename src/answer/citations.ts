import type { Knowledge } from '../knowledge.js';
import type { Citation, PassageId } from '../types.js';

/**
 * Numbers citations within one answer (one JSON document): the same passage is cited once,
 * and passages of one paragraph that are cited together are quoted together.
 */
export class CitationCollector {
  readonly #knowledge: Knowledge;
  readonly #byPassage = new Map<PassageId, number>();
  readonly #citations: Citation[] = [];

  constructor(knowledge: Knowledge) {
    this.#knowledge = knowledge;
  }

  /** Cites the passages (unknown ids are ignored) and returns their citation ids, deduplicated. */
  cite(passageIds: readonly PassageId[]): number[] {
    const ids = new Set<number>();
    for (const passageId of passageIds) {
      let id = this.#byPassage.get(passageId);
      if (id === undefined) {
        const passage = this.#knowledge.passageById.get(passageId);
        if (!passage) continue;
        id = this.#citations.length + 1;
        this.#citations.push({
          id,
          briefing: passage.briefing,
          paragraph: passage.paragraph,
          text: passage.text,
        });
        this.#byPassage.set(passageId, id);
      }
      ids.add(id);
    }
    return [...ids];
  }

  list(): Citation[] {
    return [...this.#citations];
  }

  /**
   * The citations with these ids, in id order: what one part of a document uses, found
   * without going through every citation the collector holds (a document of all meetings
   * would otherwise cost meetings × citations).
   */
  listOf(ids: Iterable<number>): Citation[] {
    return [...new Set(ids)]
      .sort((a, b) => a - b)
      .map((id) => this.#citations[id - 1])
      .filter((citation) => citation !== undefined);
  }
}
