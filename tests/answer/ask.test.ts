import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, EMPTY_QUESTION_ANSWER, NOT_FOUND_ANSWER } from '../../src/answer/ask.js';
import type { Knowledge } from '../../src/knowledge.js';
import { DEV_CORPUS, hasDevCorpus, knowledgeOf, SEEDS } from '../support/corpora.js';

function citationsAreVerbatim(knowledge: Knowledge, question: string) {
  const result = ask(knowledge, question);
  for (const citation of [...result.citations, ...result.closest]) {
    const paragraph = knowledge.briefings.get(citation.briefing)?.paragraphs[
      citation.paragraph - 1
    ];
    expect(paragraph, `${citation.briefing} ¶${citation.paragraph}`).toBeDefined();
    expect(paragraph?.text).toContain(citation.text);
  }
  return result;
}

describe('ask on the seeds', () => {
  it('answers where the defence ministers met, citing a seed passage', async () => {
    const knowledge = await knowledgeOf(SEEDS);
    const result = ask(knowledge, 'where did the defence ministers meet?');
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/Moscow/);
    expect(result.citations.length).toBeGreaterThanOrEqual(1);
    expect(result.citations.length).toBeLessThanOrEqual(3);
    expect(result.citations.map((c) => c.id)).toEqual(result.citations.map((_, i) => i + 1));
  });

  it('answers with a typo in a name', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'what did Cavusolgu signal?');
    expect(result.answer).toContain('Cavusoglu');
  });

  it('quotes the answer verbatim from the first citation', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'refugees return');
    expect(result.citations[0]?.text).toBe(result.answer);
  });

  it('says plainly when nothing answers, and cites nothing as an answer', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'chocolate cake recipe with strawberries');
    expect(result.found).toBe(false);
    expect(result.answer).toBe(NOT_FOUND_ANSWER);
    expect(result.citations).toEqual([]);
  });

  it('offers the closest matches when the question is only partly covered', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'Moscow ministers ballet');
    expect(result.found).toBe(false);
    expect(result.closest.length).toBeGreaterThan(0);
  });

  it('asks for a question when given none', async () => {
    const result = ask(await knowledgeOf(SEEDS), '   ');
    expect(result).toMatchObject({ found: false, answer: EMPTY_QUESTION_ANSWER, citations: [] });
  });

  it('honours the limit of supporting passages', async () => {
    const result = ask(await knowledgeOf(SEEDS), 'defence ministers intelligence chiefs', {
      limit: 1,
    });
    expect(result.citations).toHaveLength(1);
  });
});

describe('citations quote their paragraph verbatim', () => {
  const questions = [
    'when did the defence ministers meet in Moscow?',
    'who took part?',
    'Türkiye Syria normalisation',
    'kamikaze drones',
    'foreign ministers early May',
    '"quoted" (odd) [query] *with* symbols?',
  ];

  it.each(questions)('on the seeds: %s', async (question) => {
    citationsAreVerbatim(await knowledgeOf(SEEDS), question);
  });

  it.runIf(hasDevCorpus)('on every question of the development corpus', async () => {
    const { readFile } = await import('node:fs/promises');
    const truth = JSON.parse(await readFile(join(DEV_CORPUS, 'truth.json'), 'utf8')) as {
      questions: { text: string }[];
    };
    const knowledge = await knowledgeOf(join(DEV_CORPUS, 'briefings'));
    for (const question of truth.questions) citationsAreVerbatim(knowledge, question.text);
  });
});
