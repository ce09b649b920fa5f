import type {
  AskResult,
  Attendee,
  Citation,
  Meeting,
  MeetingResult,
  MeetingsResult,
  WhoAttendedResult,
} from '../types.js';

/**
 * The CLI's JSON documents, exactly in the shapes of src/schemas.ts: fields are picked one by one so
 * that nothing internal leaks into the output.
 */
const citation = (c: Citation) => ({
  id: c.id,
  briefing: c.briefing,
  paragraph: c.paragraph,
  text: c.text,
});

const attendee = (a: Attendee) => ({
  name: a.name,
  role: a.role,
  country: a.country,
  citations: [...a.citations],
});

const meeting = (m: Meeting) => ({
  id: m.id,
  title: m.title,
  date: m.date,
  status: m.status,
  location: m.location,
  countries: [...m.countries],
  attendees: m.attendees.map(attendee),
  topics: [...m.topics],
  briefings: [...m.briefings],
  citations: m.citations.map(citation),
});

/** The answer is the short fact when the question asks for one; the citations quote it. */
export const askJson = (r: AskResult) => ({
  question: r.question,
  answer: r.fact ?? r.answer,
  citations: r.citations.map(citation),
});

export const meetingJson = (r: MeetingResult) => ({
  query: r.query,
  meetings: r.meetings.map(meeting),
});

export const whoAttendedJson = (r: WhoAttendedResult) => ({
  query: r.query,
  meeting: r.meeting ? meeting(r.meeting) : null,
  attendees: r.attendees.map(attendee),
  citations: r.citations.map(citation),
});

export const meetingsJson = (r: MeetingsResult) => ({ meetings: r.meetings.map(meeting) });
