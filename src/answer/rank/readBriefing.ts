import { MONTHS_FOLDED } from '../../corpus/calendar.js';
import { passagesOf } from '../../corpus/passages.js';
import { indexTermOf } from '../../search/terms.js';
import type { Briefing, Passage } from '../../types.js';

/** A passage of a briefing, with what ranking reads around it. */
export interface ReadPassage {
  readonly passage: Passage;
  /** Its position among the briefing's passages (as the index numbers them). */
  readonly position: number;
  /** The sentence before it in the briefing (pronouns and "the talks" refer back to it). */
  readonly previous: ReadPassage | null;
  /** Whether it refers back with a pronoun ("he said"), so the sentence before says who. */
  readonly refersBack: boolean;
}

/** A briefing's passages as ranking reads them. */
export interface ReadBriefing {
  readonly briefing: Briefing;
  /** Its passages, page furniture left out (never quoted nor read). */
  readonly passages: readonly ReadPassage[];
  /** Positions of its headline passages. */
  readonly headline: readonly number[];
  /** The year and month of its publication date: what the whole briefing is dated. */
  readonly dateTerms: ReadonlySet<string>;
}

/** Third-person pronouns: a sentence holding one leans on the sentence before it. */
const REFERS_BACK = /\b(?:he|she|they|him|her|his|hers|them|their|theirs)\b/i;

/** Kept per briefing object: a changed file is a new Briefing, so nothing goes stale. */
const read = new WeakMap<Briefing, ReadBriefing>();

/**
 * A briefing's passages in reading order, each with the one before it, made the first time a
 * question looks at the briefing and kept while it is unchanged. Which words each passage
 * holds comes from the index (`termPositions`), so nothing is tokenised again.
 */
export function readBriefing(briefing: Briefing): ReadBriefing {
  const known = read.get(briefing);
  if (known) return known;
  const passages: ReadPassage[] = [];
  const headline: number[] = [];
  let previous: ReadPassage | null = null;
  for (const [position, passage] of passagesOf(briefing).entries()) {
    if (passage.kind === 'furniture') continue;
    if (passage.kind === 'headline') headline.push(position);
    const current: ReadPassage = {
      passage,
      position,
      previous,
      refersBack: REFERS_BACK.test(passage.text),
    };
    passages.push(current);
    previous = current;
  }
  const dateTerms = new Set<string>();
  if (briefing.published) {
    const [year, month] = briefing.published.split('-');
    dateTerms.add(indexTermOf(year!));
    dateTerms.add(indexTermOf(MONTHS_FOLDED[Number(month) - 1]!));
  }
  const result = { briefing, passages, headline, dateTerms };
  read.set(briefing, result);
  return result;
}
