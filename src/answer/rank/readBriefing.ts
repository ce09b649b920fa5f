import { MONTHS_FOLDED } from '../../corpus/calendar.js';
import { passageAt, positionOf, sentencePassage, sentenceStartsOf } from '../../corpus/passages.js';
import { indexTermOf } from '../../search/terms.js';
import type { Briefing, Passage, PassageId } from '../../types.js';

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
  // Furniture is passed over without making its passages: a page can be mostly furniture.
  let position = -1;
  for (const paragraph of briefing.paragraphs) {
    for (const sentence of paragraph.sentences) {
      position++;
      if (sentence.kind === 'furniture') continue;
      if (sentence.kind === 'headline') headline.push(position);
      const passage = sentencePassage(briefing.file, paragraph, sentence);
      const current: ReadPassage = {
        passage,
        position,
        previous,
        refersBack: REFERS_BACK.test(passage.text),
      };
      passages.push(current);
      previous = current;
    }
  }
  const result = { briefing, passages, headline, dateTerms: dateTermsOf(briefing) };
  read.set(briefing, result);
  return result;
}

/** The year and month of a briefing's publication date, as index terms. */
function dateTermsOf(briefing: Briefing): Set<string> {
  const dateTerms = new Set<string>();
  if (briefing.published) {
    const [year, month] = briefing.published.split('-');
    dateTerms.add(indexTermOf(year!));
    dateTerms.add(indexTermOf(MONTHS_FOLDED[Number(month) - 1]!));
  }
  return dateTerms;
}

/** How many passages ranking reads in a briefing (those that are not page furniture). */
export function readableCount(briefing: Briefing): number {
  let count = 0;
  for (const paragraph of briefing.paragraphs) {
    for (const sentence of paragraph.sentences) if (sentence.kind !== 'furniture') count++;
  }
  return count;
}

/**
 * Some passages of a briefing as `readBriefing` reads them, without making the others: those
 * with the given ids, and the one after each id in `andNext`, in reading order. Each has the
 * sentence before it as `previous` (whose own `previous` is left out unless it is one of them:
 * ranking looks one sentence back). For a briefing too long to read whole for one question.
 */
export function readSome(
  briefing: Briefing,
  ids: Iterable<PassageId>,
  andNext: ReadonlySet<PassageId>,
): ReadBriefing {
  const starts = sentenceStartsOf(briefing);
  const total = starts[briefing.paragraphs.length]!;
  const kindAt = (position: number) => passageAt(briefing, position).kind;
  const readable = (from: number, step: 1 | -1): number => {
    for (let at = from; at >= 0 && at < total; at += step)
      if (kindAt(at) !== 'furniture') return at;
    return -1;
  };
  const wanted = new Set<number>();
  for (const id of ids) {
    const position = positionOf(briefing, id);
    if (position < 0 || kindAt(position) === 'furniture') continue;
    wanted.add(position);
    if (andNext.has(id)) {
      const next = readable(position + 1, 1);
      if (next >= 0) wanted.add(next);
    }
  }
  const made = new Map<number, ReadPassage>();
  const make = (position: number, previous: ReadPassage | null): ReadPassage => {
    const passage = passageAt(briefing, position);
    return { passage, position, previous, refersBack: REFERS_BACK.test(passage.text) };
  };
  for (const position of [...wanted].sort((a, b) => a - b)) {
    const before = readable(position - 1, -1);
    const previous = before < 0 ? null : (made.get(before) ?? make(before, null));
    made.set(position, make(position, previous));
  }
  const headline: number[] = [];
  for (const [k, paragraph] of briefing.paragraphs.entries()) {
    for (const [s, sentence] of paragraph.sentences.entries())
      if (sentence.kind === 'headline') headline.push(starts[k]! + s);
  }
  return { briefing, passages: [...made.values()], headline, dateTerms: dateTermsOf(briefing) };
}
