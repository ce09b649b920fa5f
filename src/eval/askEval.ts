import { createHash } from 'node:crypto';
import { ask } from '../answer/ask.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../search/terms.js';
import type { Citation } from '../types.js';
import type { TruthQuestion } from './truth.js';

export interface AskMiss {
  readonly id: string;
  readonly question: string;
  readonly half: AskHalf;
  readonly expected: readonly string[];
  readonly got: readonly string[];
}

/**
 * Which half of the questions a figure is about: thresholds and weights are set on the
 * tuning half only, so the held-out half says how `ask` does on questions it was not fitted to.
 */
export type AskHalf = 'tuning' | 'heldOut';

export interface HitFigures {
  readonly questions: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
}

export interface AskFigures extends HitFigures {
  readonly halves: Readonly<Record<AskHalf, HitFigures>>;
  readonly misses: readonly AskMiss[];
}

/**
 * The fixed half a question belongs to, from a hash of its id alone: the split was decided
 * before any result was looked at, does not depend on the other questions, and never changes.
 */
export function halfOf(questionId: string): AskHalf {
  return (createHash('sha256').update(questionId).digest()[0]! & 1) === 0 ? 'tuning' : 'heldOut';
}

/** A citation supports the question when it comes from one of its sources and quotes its evidence. */
export function isHit(citation: Citation, question: TruthQuestion): boolean {
  const source = citation.briefing.split('/').at(-1) ?? citation.briefing;
  if (!question.sources.includes(source)) return false;
  const text = fold(citation.text);
  return question.evidence_any.some((evidence) => text.includes(fold(evidence)));
}

interface Outcome {
  readonly half: AskHalf;
  readonly at1: boolean;
  readonly at3: boolean;
}

function figuresOf(outcomes: readonly Outcome[]): HitFigures {
  const share = (n: number) => (outcomes.length === 0 ? 0 : n / outcomes.length);
  return {
    questions: outcomes.length,
    hitAt1: share(outcomes.filter((outcome) => outcome.at1).length),
    hitAt3: share(outcomes.filter((outcome) => outcome.at3).length),
  };
}

/** hit@1 and hit@3 of `ask` over the truth's ask questions, overall and per half. */
export function evaluateAsk(knowledge: Knowledge, questions: readonly TruthQuestion[]): AskFigures {
  const asked = questions.filter((question) => question.command === 'ask');
  const outcomes: Outcome[] = [];
  const misses: AskMiss[] = [];
  for (const question of asked) {
    const { citations } = ask(knowledge, question.text);
    const half = halfOf(question.id);
    const at1 = citations[0] !== undefined && isHit(citations[0], question);
    const at3 = citations.slice(0, 3).some((citation) => isHit(citation, question));
    outcomes.push({ half, at1, at3 });
    if (!at3) {
      misses.push({
        id: question.id,
        question: question.text,
        half,
        expected: question.evidence_any,
        got: citations.slice(0, 3).map((c) => `${c.briefing}¶${c.paragraph}: ${c.text}`),
      });
    }
  }
  return {
    ...figuresOf(outcomes),
    halves: {
      tuning: figuresOf(outcomes.filter((outcome) => outcome.half === 'tuning')),
      heldOut: figuresOf(outcomes.filter((outcome) => outcome.half === 'heldOut')),
    },
    misses,
  };
}
