import type { Knowledge } from '../knowledge.js';
import { findPolity } from '../meetings/places/gazetteer.js';
import { fold } from '../meetings/text.js';
import type { AttendeeRecord } from '../meetings/types.js';
import type { Meeting, WhoAttendedResult } from '../types.js';
import { CitationCollector } from './citations.js';
import { bestMeetings } from './meeting.js';
import { toAttendee, toMeeting } from './meetingView.js';

export interface WhoAttendedOptions {
  /** Only attendees from this country (any spelling: "Turkey", "Türkiye", "Turkish"). */
  readonly country?: string;
}

function sameCountry(attendee: AttendeeRecord, country: string): boolean {
  return attendee.country !== null && fold(attendee.country) === fold(country);
}

/**
 * The participants of the meeting a query names, grouped by country (in the order countries
 * first appear), named ones before unnamed ones within a country. The answer's citations are
 * those of the participants it lists, numbered first; the meeting keeps all of its own.
 */
export function whoAttended(
  knowledge: Knowledge,
  query: string,
  options: WhoAttendedOptions = {},
): WhoAttendedResult {
  const asked = options.country?.trim();
  const country = asked ? (findPolity(asked)?.name ?? asked) : null;
  const record = bestMeetings(knowledge, query)[0];
  if (!record) return { query, country, meeting: null, attendees: [], citations: [] };
  const selected = country
    ? record.attendees.filter((a) => sameCountry(a, country))
    : record.attendees;
  const order = [...new Set(selected.map((a) => a.country ?? ''))];
  const grouped = [...selected].sort(
    (a, b) =>
      order.indexOf(a.country ?? '') - order.indexOf(b.country ?? '') ||
      Number(a.name === null) - Number(b.name === null),
  );
  const citations = new CitationCollector(knowledge);
  const attendees = grouped.map((a) => toAttendee(a, citations));
  const listed = citations.listOf(attendees.flatMap((a) => a.citations));
  const meeting = toMeeting(knowledge, record, citations);
  return { query, country, meeting, attendees, citations: listed };
}

/** The countries a meeting's participants come from, in order of first appearance. */
export function attendeeCountries(meeting: Meeting): string[] {
  return [...new Set(meeting.attendees.flatMap((a) => (a.country === null ? [] : [a.country])))];
}
