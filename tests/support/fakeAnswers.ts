import type { AnswerService } from '../../src/discord/answers.js';
import type { AskResult, Citation, Meeting } from '../../src/types.js';

/** Answers made up for a test: override only what the test is about. */
export function fakeAnswers(overrides: Partial<AnswerService> = {}): AnswerService {
  return {
    ask: (question) =>
      answerOf(question, 'The ministers met in Moscow on 25 April 2023.', [
        citation(1, 'a.txt', 1, 'The ministers met in Moscow on 25 April 2023.'),
      ]),
    meeting: (query) => ({
      query,
      meeting: null,
      facts: { date: [], status: [], location: [], topics: [] },
      previous: null,
      next: null,
      others: [],
    }),
    whoAttended: (query) => ({ query, meeting: null, attendees: [], citations: [] }),
    suggestMeetings: () => [],
    meetingById: () => null,
    describeBriefing: () => undefined,
    isBusy: () => false,
    ...overrides,
  };
}

export function citation(id: number, briefing: string, paragraph: number, text: string): Citation {
  return { id, briefing, paragraph, text };
}

export function answerOf(question: string, answer: string, citations: Citation[]): AskResult {
  return { question, answer, citations, found: true, closest: [] };
}

export function meetingOf(fields: Partial<Meeting> & { id: string; title: string }): Meeting {
  return {
    date: null,
    status: 'held',
    location: null,
    countries: [],
    attendees: [],
    topics: [],
    briefings: [],
    citations: [],
    ...fields,
  };
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
