import { ask } from '../answer/ask.js';
import type { Knowledge } from '../knowledge.js';

/**
 * Questions no collection of diplomatic briefings answers, written for the evaluation (not
 * taken from any corpus): the coverage threshold must let these through as "nothing answers",
 * so that it is not set on answerable questions alone, where lower is always better.
 */
export const OFF_TOPIC_QUESTIONS: readonly string[] = [
  'what is the recipe for chocolate cake',
  'who won the football world cup final',
  'how do I reset my email password',
  'what time does the museum open on sundays',
  'which team won the basketball championship',
  'how tall is the eiffel tower',
  'when does the new smartphone go on sale',
  'how many calories are in a banana',
  'who directed the film about the titanic',
  'what is the weather forecast for tomorrow',
  'why is the sky blue',
  'where can I buy cheap concert tickets',
  'how long should I boil an egg',
  'which song topped the music charts this week',
  'who painted the mona lisa',
  'what is the best way to learn the guitar',
  'how much does a litre of milk cost',
  'when was the printing press invented',
  'which planet is closest to the sun',
  'what should I feed my cat',
];

export interface ProbeFigures {
  readonly questions: number;
  /** Off-topic questions `ask` answered instead of saying nothing answers them. */
  readonly answered: readonly string[];
}

/** How many off-topic questions get an answer (fewer is better). */
export function evaluateOffTopic(knowledge: Knowledge): ProbeFigures {
  return {
    questions: OFF_TOPIC_QUESTIONS.length,
    answered: OFF_TOPIC_QUESTIONS.filter((question) => ask(knowledge, question).found),
  };
}
