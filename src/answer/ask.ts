import type { Knowledge } from '../knowledge.js';
import type { AskResult } from '../types.js';
import { CitationCollector } from './citations.js';
import { heldMeetingDate, meetingFacts } from './meetingFacts.js';
import { analyseQuestion, type QuestionAnalysis } from './question/analyse.js';
import { readsAsEnglish } from './question/language.js';
import {
  RANKING,
  type RankedPassage,
  type RankingTuning,
  rankPassages,
} from './rank/rankPassages.js';
import { answerCheck } from './sentence/answerTypes.js';
import { shortFact } from './sentence/shortFact.js';

/** How `ask` decides, in one place: the ranking's weights and the answer's thresholds. */
export interface AskTuning extends RankingTuning {
  /** Below this share of the question's (IDF-weighted) words, a passage does not answer it. */
  readonly minAnswerCoverage: number;
  /** A further passage supports the answer only if it scores at least this share of the best… */
  readonly supportRatio: number;
  /** …and covers at least this share of the question (its context helps the answer's). */
  readonly minSupportCoverage: number;
}

/** Set on the tuning half of the labelled questions and on off-topic questions (src/eval). */
export const ASK_TUNING: AskTuning = Object.freeze({
  ...RANKING,
  minAnswerCoverage: 0.55,
  supportRatio: 0.6,
  minSupportCoverage: 0.35,
});

export interface AskOptions {
  /** How many supporting passages at most (1–3; default 3). */
  readonly limit?: number;
  /** Other weights or thresholds, for experiments. */
  readonly tuning?: Partial<AskTuning>;
}

/** Most passages an answer cites. */
export const MAX_SUPPORTING_PASSAGES = 3;
/** Search hits whose briefings are read in full before choosing the answer. */
const CANDIDATES = 50;
/** Closest matches offered when nothing answers, if they match at least this share. */
const CLOSEST = 3;
const MIN_CLOSEST_COVERAGE = 0.25;

export const NOT_FOUND_ANSWER = 'Nothing in the briefings answers that question.';
export const NOT_ENGLISH_ANSWER =
  'I read briefings in English and answer questions asked in English; please ask in English.';
export const EMPTY_QUESTION_ANSWER =
  'Ask a question about the briefings, for example: "Who attended the Moscow meeting?"';

/**
 * Every passage that may answer an analysed question, best first: the search's hits and the
 * sentences of their briefings, ranked with the meeting facts the question asks for.
 */
export function rankForQuestion(
  knowledge: Knowledge,
  analysis: QuestionAnalysis,
  tuning: RankingTuning = ASK_TUNING,
): RankedPassage[] {
  const hits = knowledge.index.search(analysis.searchText, { limit: CANDIDATES });
  const words = knowledge.index.readQuery(analysis.searchText);
  const answers = answerCheck(
    analysis,
    words.map((word) => word.word),
  );
  const facts = meetingFacts(knowledge, analysis, hits, answers);
  return rankPassages(
    knowledge,
    analysis,
    words,
    hits,
    {
      ...(facts ? { facts: facts.strength, briefings: facts.meeting.briefings } : {}),
      heldOn: heldMeetingDate(knowledge, analysis, hits),
    },
    tuning,
  );
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
  const tuning = { ...ASK_TUNING, ...options.tuning };
  const trimmed = question.trim();
  const citations = new CitationCollector(knowledge);
  if (trimmed.length === 0) {
    return { question, answer: EMPTY_QUESTION_ANSWER, citations: [], found: false, closest: [] };
  }

  if (!readsAsEnglish(trimmed)) {
    return { question, answer: NOT_ENGLISH_ANSWER, citations: [], found: false, closest: [] };
  }

  const analysis = analyseQuestion(trimmed);
  const ranked = rankForQuestion(knowledge, analysis, tuning);
  const best = ranked[0];

  if (!best || best.coverage < tuning.minAnswerCoverage) {
    const closest = ranked
      .filter(({ coverage }) => coverage >= MIN_CLOSEST_COVERAGE)
      .slice(0, CLOSEST);
    citations.cite(closest.map(({ passage }) => passage.id));
    return {
      question,
      answer: NOT_FOUND_ANSWER,
      citations: [],
      found: false,
      closest: citations.list(),
    };
  }

  const supporting = ranked
    .filter(
      ({ score, coverage }) =>
        score >= best.score * tuning.supportRatio && coverage >= tuning.minSupportCoverage,
    )
    .slice(0, limit)
    .map(({ passage }) => passage.id);
  citations.cite(supporting);
  const fact = shortFact(best.passage.text, analysis);
  return {
    question,
    answer: best.passage.text,
    ...(fact ? { fact } : {}),
    citations: citations.list(),
    found: true,
    closest: [],
  };
}
