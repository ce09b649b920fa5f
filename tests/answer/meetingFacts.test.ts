import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { meetingFacts } from '../../src/answer/meetingFacts.js';
import { analyseQuestion } from '../../src/answer/question/analyse.js';
import { answerCheck } from '../../src/answer/sentence/answerTypes.js';
import type { Knowledge } from '../../src/knowledge.js';
import { briefingsFolder, knowledgeFrom } from '../support/knowledge.js';

const report = [
  'date 2024-09-10',
  '',
  'Cod talks in Lisbon end without a deal',
  '',
  'The fisheries ministers of Portugal and Spain met in Lisbon on Monday to settle a dispute over cod quotas.',
  '',
  "Portugal's Fisheries Minister Rui Faria and Spain's Fisheries Minister Lucia Ortega attended the talks.",
  '',
  'The two ministers held their talks at the Quinta Azul estate, on the river.',
  '',
  'Following the Lisbon meeting, the fisheries ministers of Portugal and Spain said they would ask their fleets for patience.',
  '',
  'Faria told reporters the cod stocks of the Atlantic were at their lowest in a decade.',
].join('\n');

describe('meeting facts are the sentences that state the fact asked for', () => {
  let folder: Awaited<ReturnType<typeof briefingsFolder>>;
  let knowledge: Knowledge;
  beforeAll(async () => {
    folder = await briefingsFolder({ 'report.txt': report });
    knowledge = await knowledgeFrom(folder.dir);
  });
  afterAll(() => folder.cleanup());

  const factSentences = (question: string): string[] => {
    const analysis = analyseQuestion(question);
    const hits = knowledge.index.search(analysis.searchText, { limit: 50 });
    const words = knowledge.index.readQuery(analysis.searchText).map((word) => word.word);
    const facts = meetingFacts(knowledge, analysis, hits, answerCheck(analysis, words));
    return [...(facts?.strength.keys() ?? [])].map((id) => knowledge.passageById.get(id)!.text);
  };

  it('takes for the place the sentences that put the meeting in its town or at a venue', () => {
    const facts = factSentences('Where did the Portuguese and Spanish fisheries ministers meet?');
    expect(facts).toContainEqual(expect.stringMatching(/at the Quinta Azul estate/));
    expect(facts).toContainEqual(expect.stringMatching(/met in Lisbon on Monday/));
  });

  it('does not take a sentence naming the town only in passing for the place', () => {
    const facts = factSentences('Where did the Portuguese and Spanish fisheries ministers meet?');
    expect(facts.some((text) => text.startsWith('Following the Lisbon meeting'))).toBe(false);
  });

  it('takes for who took part only sentences that name a participant', () => {
    const facts = factSentences('Who attended the cod talks?');
    expect(facts.length).toBeGreaterThan(0);
    for (const text of facts) expect(text).toMatch(/Faria|Ortega/);
    expect(facts).toContainEqual(expect.stringMatching(/Rui Faria and .+Lucia Ortega attended/));
  });

  it('answers where they met with the venue before the passing mention of the town', () => {
    const citations = ask(
      knowledge,
      'Where did the fisheries ministers of Portugal and Spain meet?',
    ).citations.map((citation) => citation.text);
    expect(citations.slice(0, 2)).toContainEqual(expect.stringMatching(/Quinta Azul estate/));
    expect(citations[0]).not.toMatch(/^Following the Lisbon meeting/);
  });
});
