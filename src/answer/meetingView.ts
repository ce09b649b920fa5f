import type { Knowledge } from '../knowledge.js';
import type { AttendeeRecord, MeetingRecord } from '../meetings/types.js';
import type { Attendee, Meeting } from '../types.js';
import { CitationCollector } from './citations.js';

/**
 * Passages cited for one fact of a meeting (an attendee, its date, place, status, a topic):
 * a briefing that repeats one sentence thousands of times gives one meeting thousands of
 * sources, and quoting each would make a single answer take seconds. The first ones, in the
 * briefings' order, stand for the rest.
 */
export const MAX_CITED_PER_FACT = 25;
const firstSources = (sources: readonly string[]) =>
  sources.length > MAX_CITED_PER_FACT ? sources.slice(0, MAX_CITED_PER_FACT) : sources;

/** A printed attendee with its citations numbered by the collector. */
export function toAttendee(record: AttendeeRecord, citations: CitationCollector): Attendee {
  return {
    name: record.name,
    role: record.role,
    country: record.country,
    citations: citations.cite(firstSources(record.sources)),
  };
}

/**
 * A meeting as printed (the JSON of src/schemas.ts). Every fact's passages are cited through one
 * collector, so that several meetings in one document number their citations together and
 * ids stay unique; each meeting lists the citations it uses.
 */
export function toMeeting(
  knowledge: Knowledge,
  record: MeetingRecord,
  citations: CitationCollector = new CitationCollector(knowledge),
): Meeting {
  const used = new Set<number>();
  const cite = (sources: readonly string[]) => {
    const ids = citations.cite(firstSources(sources));
    for (const id of ids) used.add(id);
    return ids;
  };
  const attendees = record.attendees.map((a) => ({
    name: a.name,
    role: a.role,
    country: a.country,
    citations: cite(a.sources),
  }));
  cite(record.dateSources);
  cite(record.statusSources);
  cite(record.locationSources);
  for (const topic of record.topics) cite(topic.sources);
  return {
    id: record.id,
    title: record.title,
    date: record.date,
    status: record.status,
    location: record.location,
    countries: record.countries,
    attendees,
    topics: record.topics.map((t) => t.text),
    briefings: record.briefings,
    citations: citations.listOf(used),
  };
}
