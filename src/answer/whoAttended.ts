import type { Knowledge } from '../knowledge.js';
import type { WhoAttendedResult } from '../types.js';

export interface WhoAttendedOptions {
  /** Only attendees from this country (any spelling: "Turkey", "Türkiye", "Turkish"). */
  readonly country?: string;
}

export function whoAttended(_knowledge: Knowledge, query: string, _options: WhoAttendedOptions = {}): WhoAttendedResult {
  throw new Error(`whoAttended is not implemented yet: ${query}`);
}
