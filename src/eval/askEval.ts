import { ask } from '../answer/ask.js';
import type { Knowledge } from '../knowledge.js';
import { fold } from '../search/terms.js';
import type { Citation } from '../types.js';
import type { TruthQuestion } from './truth.js';

export interface AskMiss {
  readonly id: string;
  readonly question: string;
  readonly expected: readonly string[];
  readonly got: readonly string[];
}

export interface AskFigures {
  readonly questions: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly misses: readonly AskMiss[];
}

/** A citation supports the question when it comes from one of its sources and quotes its evidence. */
export function isHit(citation: Citation, question: TruthQuestion): boolean {
  const source = citation.briefing.split('/').at(-1) ?? citation.briefing;
  if (!question.sources.includes(source)) return false;
  const text = fold(citation.text);
  return question.evidence_any.some((evidence) => text.includes(fold(evidence)));
}

/** hit@1 and hit@3 of `ask` over the truth's ask questions. */
export function evaluateAsk(knowledge: Knowledge, questions: readonly TruthQuestion[]): AskFigures {
  const asked = questions.filter((question) => question.command === 'ask');
  let hitAt1 = 0;
  let hitAt3 = 0;
  const misses: AskMiss[] = [];
  for (const question of asked) {
    const { citations } = ask(knowledge, question.text);
    if (citations[0] && isHit(citations[0], question)) hitAt1++;
    if (citations.slice(0, 3).some((citation) => isHit(citation, question))) hitAt3++;
    else {
      misses.push({
        id: question.id,
        question: question.text,
        expected: question.evidence_any,
        got: citations.slice(0, 3).map((c) => `${c.briefing}¶${c.paragraph}: ${c.text}`),
      });
    }
  }
  const share = (n: number) => (asked.length === 0 ? 0 : n / asked.length);
  return { questions: asked.length, hitAt1: share(hitAt1), hitAt3: share(hitAt3), misses };
}
