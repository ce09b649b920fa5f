import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateAsk, halfOf } from '../../src/eval/askEval.js';
import type { TruthQuestion } from '../../src/eval/truth.js';
import type { Knowledge } from '../../src/knowledge.js';
import { briefingsFolder, knowledgeFrom } from '../support/knowledge.js';

const question = (id: string, text: string, evidence: string): TruthQuestion => ({
  id,
  command: 'ask',
  text,
  evidence_any: [evidence],
  sources: ['a.txt'],
  meeting: null,
});

describe('the split of ask questions into a tuning and a held-out half', () => {
  it('puts a question in the same half every time, from its id alone', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `q${i + 1}`);
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
    expect(new Set(ids.map(halfOf))).toEqual(new Set(['tuning', 'heldOut']));
  });

  it('splits many questions roughly in two', () => {
    const halves = Array.from({ length: 400 }, (_, i) => halfOf(`question-${i}`));
    const tuning = halves.filter((half) => half === 'tuning').length;
    expect(tuning).toBeGreaterThan(150);
    expect(tuning).toBeLessThan(250);
  });
});

describe('evaluateAsk', () => {
  let folder: Awaited<ReturnType<typeof briefingsFolder>>;
  let knowledge: Knowledge;
  beforeAll(async () => {
    folder = await briefingsFolder({
      'a.txt':
        'Harbour talks end\n\nThe harbour authority opened a new ferry terminal on Friday.\n\n' +
        'Its director said the terminal cost nine million.',
    });
    knowledge = await knowledgeFrom(folder.dir);
  });
  afterAll(() => folder.cleanup());

  it('reports every question in exactly one half, and a miss with its half', () => {
    const questions = Array.from({ length: 6 }, (_, i) =>
      i % 2 === 0
        ? question(`q${i}`, 'when did the harbour authority open the ferry terminal?', 'Friday')
        : question(`q${i}`, 'what colour are the ferries?', 'painted blue'),
    );
    const figures = evaluateAsk(knowledge, questions);
    expect(figures.questions).toBe(6);
    expect(figures.halves.tuning.questions + figures.halves.heldOut.questions).toBe(6);
    expect(figures.hitAt3).toBeCloseTo(0.5);
    expect(figures.misses.map((miss) => miss.id)).toEqual(['q1', 'q3', 'q5']);
    for (const miss of figures.misses) expect(miss.half).toBe(halfOf(miss.id));
  });
});
