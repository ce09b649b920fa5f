import { passagesOf } from '../../corpus/passages.js';
import { termsWithCountries } from '../../search/passageIndex.js';
import { indexTermOf, wordsOf } from '../../search/terms.js';
import { MONTHS_FOLDED } from '../../corpus/calendar.js';
import type { Briefing, Passage } from '../../types.js';

/** A passage with the index terms it holds, read once per briefing. */
export interface ReadPassage {
  readonly passage: Passage;
  readonly terms: ReadonlySet<string>;
  /** The sentence before it in the briefing (pronouns and "the talks" refer back to it). */
  readonly previous: ReadPassage | null;
  /** Whether it refers back with a pronoun ("he said"), so the sentence before says who. */
  readonly refersBack: boolean;
}

/** A briefing's passages with their terms, and the terms of its headline and of all of it. */
export interface ReadBriefing {
  readonly briefing: Briefing;
  readonly passages: readonly ReadPassage[];
  readonly headlineTerms: ReadonlySet<string>;
  /** The year and month of its publication date: what the whole briefing is dated. */
  readonly dateTerms: ReadonlySet<string>;
  /** How many of its passages hold each term. */
  readonly termCounts: ReadonlyMap<string, number>;
}

/** Third-person pronouns: a sentence holding one leans on the sentence before it. */
const REFERS_BACK = /\b(?:he|she|they|him|her|his|hers|them|their|theirs)\b/i;

/** Kept per briefing object: a changed file is a new Briefing, so nothing goes stale. */
const read = new WeakMap<Briefing, ReadBriefing>();

/**
 * A briefing's passages with their terms, computed the first time a question looks at the
 * briefing and kept while it is unchanged: a question reads only the few briefings its words
 * point to, so the cost follows the questions asked, not the size of the folder.
 */
export function readBriefing(briefing: Briefing): ReadBriefing {
  const known = read.get(briefing);
  if (known) return known;
  const passages: ReadPassage[] = [];
  const termCounts = new Map<string, number>();
  let previous: ReadPassage | null = null;
  for (const passage of passagesOf(briefing)) {
    // Page furniture (bylines, share lines) is never quoted nor read.
    if (passage.kind === 'furniture') continue;
    const terms = termsWithCountries(wordsOf(passage.text));
    for (const term of terms) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
    const refersBack = REFERS_BACK.test(passage.text);
    const current: ReadPassage = { passage, terms, previous, refersBack };
    passages.push(current);
    previous = current;
  }
  const headlineTerms = new Set<string>();
  for (const { passage, terms } of passages) {
    if (passage.kind === 'headline') for (const term of terms) headlineTerms.add(term);
  }
  const dateTerms = new Set<string>();
  if (briefing.published) {
    const [year, month] = briefing.published.split('-');
    dateTerms.add(indexTermOf(year!));
    dateTerms.add(indexTermOf(MONTHS_FOLDED[Number(month) - 1]!));
  }
  const result = { briefing, passages, headlineTerms, dateTerms, termCounts };
  read.set(briefing, result);
  return result;
}
