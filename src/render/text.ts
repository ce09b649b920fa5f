import { attendeeCountries } from '../answer/whoAttended.js';
import { formatDate } from '../corpus/calendar.js';
import type { Knowledge } from '../knowledge.js';
import type {
  AskResult,
  Attendee,
  Citation,
  Meeting,
  MeetingResult,
  MeetingsResult,
  WhoAttendedResult,
} from '../types.js';
import { highlight } from './highlight.js';

/** How a terminal answer looks: ANSI bold for matched words only on a colour terminal. */
export interface TextStyle {
  readonly color: boolean;
}

const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
export const UNNAMED = 'name not given in the briefings';

/** "d01.txt — Erdogan to meet Putin … (2023-08-31)": the file, and its title and date when known. */
export function briefingLabel(knowledge: Knowledge, file: string): string {
  const briefing = knowledge.briefings.get(file);
  const parts = [file];
  if (briefing?.headline) parts.push(`— ${briefing.headline}`);
  if (briefing?.published) parts.push(`(${briefing.published})`);
  return parts.join(' ');
}

function quote(text: string, query: string, style: TextStyle): string {
  if (!style.color) return text;
  return highlight(text, query)
    .map((segment) => (segment.matched ? `${BOLD}${segment.text}${RESET}` : segment.text))
    .join('');
}

function sources(
  knowledge: Knowledge,
  citations: readonly Citation[],
  query: string,
  style: TextStyle,
): string[] {
  return citations.flatMap((citation) => [
    `[${citation.id}] ${briefingLabel(knowledge, citation.briefing)}, paragraph ${citation.paragraph}`,
    `    “${quote(citation.text, query, style)}”`,
  ]);
}

const marks = (ids: readonly number[]) => ids.map((id) => `[${id}]`).join('');

export function renderAsk(knowledge: Knowledge, result: AskResult, style: TextStyle): string {
  // The short fact asked for leads; the sentence stating it follows, quoted.
  const lines = !result.found
    ? [result.answer]
    : result.fact
      ? [result.fact, `“${quote(result.answer, result.question, style)}”`]
      : [quote(result.answer, result.question, style)];
  if (result.citations.length > 0) {
    lines.push('', 'Sources', ...sources(knowledge, result.citations, result.question, style));
  }
  if (result.closest.length > 0) {
    lines.push(
      '',
      'Closest matches',
      ...sources(knowledge, result.closest, result.question, style),
    );
  }
  return lines.join('\n');
}

/** A meeting's date in words, or a plain note that the briefings do not give one. */
export const dateInWords = (date: string | null): string =>
  formatDate(date) ?? 'date not given in the briefings';

function attendeeLine(attendee: Attendee): string {
  const who = attendee.name ?? `(${UNNAMED})`;
  const role = attendee.role ? `, ${attendee.role}` : '';
  return `${who}${role} ${marks(attendee.citations)}`.trimEnd();
}

/** Attendees grouped by country, countries in order of first appearance. */
export function groupByCountry(attendees: readonly Attendee[]): Map<string, Attendee[]> {
  const groups = new Map<string, Attendee[]>();
  for (const attendee of attendees) {
    const country = attendee.country ?? 'Country not given';
    const group = groups.get(country);
    if (group) group.push(attendee);
    else groups.set(country, [attendee]);
  }
  return groups;
}

function meetingLines(knowledge: Knowledge, meeting: Meeting): string[] {
  const record = knowledge.meetingById.get(meeting.id);
  const lines = [
    meeting.title,
    `  When:      ${dateInWords(meeting.date)} (${meeting.status})`,
    `  Where:     ${meeting.location ?? 'place not given in the briefings'}`,
  ];
  if (meeting.countries.length > 0) lines.push(`  Countries: ${meeting.countries.join(', ')}`);
  if (meeting.attendees.length > 0) {
    lines.push('  Who took part:');
    for (const [country, attendees] of groupByCountry(meeting.attendees)) {
      lines.push(`    ${country}: ${attendees.map(attendeeLine).join('; ')}`);
    }
  }
  if (meeting.topics.length > 0) lines.push(`  Topics:    ${meeting.topics.join('; ')}`);
  const previous = record?.previous ? knowledge.meetingById.get(record.previous) : undefined;
  const next = record?.next ? knowledge.meetingById.get(record.next) : undefined;
  if (previous) lines.push(`  Before:    ${previous.title}`);
  if (next) lines.push(`  After:     ${next.title}`);
  lines.push(`  Reported in: ${meeting.briefings.join(', ')}`);
  return lines;
}

/** The best-matching meeting in full, with its sources; the others one line each. */
export function renderMeeting(
  knowledge: Knowledge,
  result: MeetingResult,
  style: TextStyle,
): string {
  const [best, ...others] = result.meetings;
  if (!best) return `No meeting in the briefings matches “${result.query}”.`;
  const lines = [
    ...meetingLines(knowledge, best),
    '',
    'Sources',
    ...sources(knowledge, best.citations, result.query, style),
  ];
  if (others.length > 0) lines.push('', 'Other matches', ...others.map(meetingLine));
  return lines.join('\n');
}

/** The countries, in words: "Türkiye, Russia and Iran". */
const inWords = (items: readonly string[]) =>
  new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' }).format(items);

export function renderWhoAttended(
  knowledge: Knowledge,
  result: WhoAttendedResult,
  style: TextStyle,
): string {
  const { meeting } = result;
  if (!meeting) return `No meeting in the briefings matches “${result.query}”.`;
  const when = dateInWords(meeting.date);
  // Titles end with the meeting's date when it is known; the header says it once.
  const lines = [meeting.title.includes(when) ? meeting.title : `${meeting.title} — ${when}`];
  if (result.attendees.length === 0) lines.push(`  ${noAttendees(meeting, result.country)}`);
  for (const [country, attendees] of groupByCountry(result.attendees)) {
    lines.push(`  ${country}`);
    for (const attendee of attendees) lines.push(`    ${attendeeLine(attendee)}`);
  }
  if (result.citations.length > 0) {
    lines.push('', 'Sources', ...sources(knowledge, result.citations, result.query, style));
  }
  return lines.join('\n');
}

/** Why a who-attended answer lists nobody, and where to look instead. */
export function noAttendees(meeting: Meeting, country: string | null | undefined): string {
  const countries = attendeeCountries(meeting);
  if (!country) return 'The briefings name no participants for this meeting.';
  const elsewhere =
    countries.length > 0 ? `; the briefings name participants from ${inWords(countries)}` : '';
  return `No participants from ${country} are reported for this meeting${elsewhere}.`;
}

/** "2023-04-25  held       Title": one meeting on one line. */
const meetingLine = (meeting: Meeting) =>
  `${(meeting.date ?? 'undated').padEnd(10)}  ${meeting.status.padEnd(9)}  ${meeting.title}`;

export function renderMeetings(result: MeetingsResult): string {
  if (result.meetings.length === 0) return 'No meetings found in the briefings.';
  return result.meetings.map(meetingLine).join('\n');
}
