import { parseBriefing } from '../../src/corpus/parseBriefing.js';
import type { Briefing } from '../../src/types.js';

/** A briefing parsed from text written for a test. */
export function briefing(file: string, text: string): Briefing {
  const parsed = parseBriefing(file, new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(`test briefing ${file} did not parse: ${parsed.error.reason}`);
  return parsed.value;
}
