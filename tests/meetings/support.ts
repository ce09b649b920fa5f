import { parseBriefing } from '../../src/corpus/parseBriefing.js';
import { annotate, type Doc } from '../../src/meetings/doc/annotate.js';
import { READERS } from '../../src/meetings/extract.js';
import { type EventMention, parseEvents } from '../../src/meetings/parsers/events.js';
import type { Briefing } from '../../src/types.js';

/** A briefing parsed from text written for a test. */
export function briefing(file: string, text: string): Briefing {
  const parsed = parseBriefing(file, new TextEncoder().encode(text));
  if (!parsed.ok) throw new Error(`test briefing ${file} did not parse: ${parsed.error.reason}`);
  return parsed.value;
}

/** The annotated document of a test briefing, read with the product's readers. */
export function docOf(text: string, published: string | null = '2024-03-08'): Doc {
  const file = 't.txt';
  const parsed = briefing(file, published ? `date ${published}\n\n${text}` : text);
  return annotate(parsed, published, READERS);
}

/** The meeting events of a one-sentence text, with their participants as [name, role]. */
export function eventsOf(text: string, published: string | null = '2024-03-08'): EventMention[] {
  return docOf(text, published).sentences.flatMap((sentence) => parseEvents(sentence));
}

export const participantsOf = (event: EventMention): Array<[string, string]> =>
  event.participants.map((p) => [
    p.person?.name ?? `${p.group?.roles.join('+')} of ${p.group?.countries.join('+')}`,
    p.role,
  ]);
