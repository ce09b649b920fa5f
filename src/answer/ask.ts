import type { Knowledge } from '../knowledge.js';
import type { PassageHit } from '../search/types.js';
import type { AskResult, PassageKind } from '../types.js';
import { CitationCollector } from './citations.js';
import { answerFromMeetings } from './meetingFacts.js';
import { type QuestionKind, questionKind, suitsKind } from './questionKind.js';

export interface AskOptions {
  /** How many supporting passages at most (1–3; default 3). */
  readonly limit?: number;
}

/** Most passages an answer cites. */
export const MAX_SUPPORTING_PASSAGES = 3;
/** Below this share of the question's (IDF-weighted) words, a passage does not answer it. */
export const MIN_ANSWER_COVERAGE = 0.5;
/** A further passage supports the answer only if it scores at least this share of the best… */
const SUPPORT_RATIO = 0.6;
/** …and covers at least this share of the question (its context helps the answer's). */
const MIN_SUPPORT_COVERAGE = 0.35;
/** Passages looked at before choosing the answer. */
const CANDIDATES = 20;
/** A passage without the kind of thing asked for (a date for "when", …) rarely answers. */
const KIND_MISSING_FACTOR = 0.8;
/**
 * Body sentences carry a report's facts; a headline or sub-heading compresses them and a
 * caption speaks only for its photo, so those lead only when clearly closer.
 */
const NOT_BODY_FACTOR = 0.7;
const KIND_FACTOR: Readonly<Record<PassageKind, number>> = {
  body: 1,
  headline: NOT_BODY_FACTOR,
  subheading: NOT_BODY_FACTOR,
  caption: NOT_BODY_FACTOR,
  furniture: 0,
};
/** Closest matches offered when nothing answers, if they match at least this share. */
const CLOSEST = 3;
const MIN_CLOSEST_COVERAGE = 0.25;

export const NOT_FOUND_ANSWER = 'Nothing in the briefings answers that question.';
export const EMPTY_QUESTION_ANSWER =
  'Ask a question about the briefings, for example: "Who attended the Moscow meeting?"';

interface ScoredHit {
  readonly hit: PassageHit;
  readonly score: number;
}

function scoreHits(
  knowledge: Knowledge,
  hits: readonly PassageHit[],
  kind: QuestionKind,
): ScoredHit[] {
  return hits
    .map((hit, position) => {
      const kindFactor =
        kind === 'other' || suitsKind(hit.passage.text, kind) ? 1 : KIND_MISSING_FACTOR;
      // Position breaks ties in favour of the index's own order.
      const score =
        (0.5 * hit.relevance + 0.5 * hit.score) * kindFactor * KIND_FACTOR[hit.passage.kind] -
        position * 1e-6;
      return { hit, score };
    })
    .sort((a, b) => b.score - a.score);
}

/**
 * Answers a free question with the passage(s) that best answer it, verbatim and cited.
 * When nothing answers well enough, says so and offers the closest passages.
 */
export function ask(knowledge: Knowledge, question: string, options: AskOptions = {}): AskResult {
  const limit = Math.min(
    Math.max(1, options.limit ?? MAX_SUPPORTING_PASSAGES),
    MAX_SUPPORTING_PASSAGES,
  );
  const trimmed = question.trim();
  const citations = new CitationCollector(knowledge);
  if (trimmed.length === 0) {
    return { question, answer: EMPTY_QUESTION_ANSWER, citations: [], found: false, closest: [] };
  }

  const hits = knowledge.index.search(trimmed, { limit: CANDIDATES });
  const fromMeetings = answerFromMeetings(knowledge, trimmed, hits);
  const scored = scoreHits(knowledge, hits, questionKind(trimmed));
  const best = scored[0];

  if (fromMeetings) {
    // A fact from the meeting knowledge leads; the best passages follow as further support.
    const ids = [...fromMeetings.passages];
    for (const { hit } of scored) {
      if (ids.length >= limit) break;
      if (!ids.includes(hit.passage.id) && hit.score >= MIN_SUPPORT_COVERAGE)
        ids.push(hit.passage.id);
    }
    citations.cite(ids.slice(0, limit));
    return {
      question,
      answer: fromMeetings.answer,
      citations: citations.list(),
      found: true,
      closest: [],
    };
  }

  if (!best || best.hit.score < MIN_ANSWER_COVERAGE) {
    const closest = scored.filter(({ hit }) => hit.score >= MIN_CLOSEST_COVERAGE).slice(0, CLOSEST);
    citations.cite(closest.map(({ hit }) => hit.passage.id));
    return {
      question,
      answer: NOT_FOUND_ANSWER,
      citations: [],
      found: false,
      closest: citations.list(),
    };
  }

  const supporting = scored
    .filter(
      ({ hit, score }) => score >= best.score * SUPPORT_RATIO && hit.score >= MIN_SUPPORT_COVERAGE,
    )
    .slice(0, limit)
    .map(({ hit }) => hit.passage.id);
  citations.cite(supporting);
  return {
    question,
    answer: best.hit.passage.text,
    citations: citations.list(),
    found: true,
    closest: [],
  };
}
