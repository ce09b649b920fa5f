import type { Knowledge } from '../knowledge.js';
import type { AskResult } from '../types.js';

export interface AskOptions {
  /** How many supporting passages at most (1–3; default 3). */
  readonly limit?: number;
}

export function ask(_knowledge: Knowledge, question: string, _options: AskOptions = {}): AskResult {
  throw new Error(`ask is not implemented yet: ${question}`);
}
