import type { Knowledge } from '../knowledge.js';
import { findPolity } from '../meetings/places/gazetteer.js';
import { fold } from '../meetings/text.js';
import type { AttendeeRecord } from '../meetings/types.js';
import type { WhoAttendedResult } from '../types.js';
import { CitationCollector } from './citations.js';
import { bestMeetings } from './meeting.js';
import { toAttendee, toMeeting } from './meetingView.js';

export interface WhoAttendedOptions {
  /** Only attendees from this country (any spelling: "Turkey", "Türkiye", "Turkish"). */
  readonly country?: string;
}

function sameCountry(attendee: AttendeeRecord, wanted: string): boolean {
  const canonical = findPolity(wanted)?.name ?? wanted;
  return attendee.country !== null && fold(attendee.country) === fold(canonical);
}

/**
 * The participants of the meeting a query names, grouped by country (in the order countries
 * first appear), named ones before unnamed ones within a country.
 */
export function whoAttended(
  knowledge: Knowledge,
  query: string,
  options: WhoAttendedOptions = {},
): WhoAttendedResult {
  const record = bestMeetings(knowledge, query)[0];
  if (!record) return { query, meeting: null, attendees: [], citations: [] };
  const citations = new CitationCollector(knowledge);
  const meeting = toMeeting(knowledge, record, citations);
  const selected = options.country
    ? record.attendees.filter((a) => sameCountry(a, options.country!))
    : record.attendees;
  const order = [...new Set(selected.map((a) => a.country ?? ''))];
  const grouped = [...selected].sort(
    (a, b) =>
      order.indexOf(a.country ?? '') - order.indexOf(b.country ?? '') ||
      Number(a.name === null) - Number(b.name === null),
  );
  const attendees = grouped.map((a) => toAttendee(a, citations));
  return { query, meeting, attendees, citations: citations.list() };
}
