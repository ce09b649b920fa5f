/** Retrieval quality on planted facts: hit@1 and hit@5. */
import type { PlacedFact } from './generate.js';
import type { Quality } from './report.js';

export const HIT_AT = 5;

/** Where a result came from: enough to tell whether it is the fact's sentence. */
export interface Retrieved {
  readonly briefing: string;
  readonly text: string;
}

/** 0-based rank of the fact's sentence among the results, or -1. */
export function rankOfFact(fact: PlacedFact, results: readonly Retrieved[]): number {
  return results.findIndex(
    (result) => result.briefing === fact.file && result.text.includes(fact.keyword),
  );
}

export function scoreQuality(
  facts: readonly PlacedFact[],
  retrieve: (question: string) => readonly Retrieved[],
): Quality {
  let hitAt1 = 0;
  let hitAt5 = 0;
  const missed: string[] = [];
  for (const fact of facts) {
    const rank = rankOfFact(fact, retrieve(fact.question).slice(0, HIT_AT));
    if (rank === 0) hitAt1++;
    if (rank >= 0) hitAt5++;
    else missed.push(fact.id);
  }
  return { facts: facts.length, hitAt1, hitAt5, missed };
}
