import type { Knowledge } from '../knowledge.js';
import type { PassageId } from '../types.js';

/** An answer taken from the meeting knowledge, with the passages that state it. */
export interface MeetingFact {
  readonly answer: string;
  readonly passages: readonly PassageId[];
}

/**
 * Answers questions about a meeting's date, place or participants from the extracted
 * meetings ("when did they last meet in Moscow?"), or returns null to let search answer.
 */
export function answerFromMeetings(_knowledge: Knowledge, _question: string): MeetingFact | null {
  return null;
}
