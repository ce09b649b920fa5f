import { bestMeetings } from '../answer/meeting.js';
import type { Knowledge } from '../knowledge.js';
import { findPolity } from '../meetings/places/gazetteer.js';
import { isGenericRole, roleKeys } from '../meetings/roles.js';
import { fold, nameKey } from '../meetings/text.js';
import type { AttendeeRecord, MeetingRecord } from '../meetings/types.js';
import { type AskHalf, halfOf } from './askEval.js';
import type { TruthMeeting, TruthQuestion } from './truth.js';

/**
 * How well the meeting knowledge matches a labelled corpus.
 *
 * - Truth meetings are matched to ours by the briefings they share (most shared first).
 * - Date: our date cut to the truth's precision equals the truth's date.
 * - Location: the truth's city (its location up to the first comma or parenthesis) is
 *   contained in ours, case- and diacritics-insensitively.
 * - Attendees, one to one: a named attendee matches a truth attendee whose name or an alias
 *   has the same spelling-variant key, or contains it word for word ("Tayyip Erdogan" ⊂
 *   "Recep Tayyip Erdogan"). An unnamed attendee matches an unnamed truth attendee of the
 *   same country (canonical name; a phrase such as "NATO member states" counts as the country
 *   or organisation it names) whose role shares an office with ours (roleKeys: defence
 *   minister, intelligence chief, foreign minister, leader, observer, …); a generic group
 *   word (delegation, representatives) on either side matches any office of that country.
 * - `meeting` and `who-attended` questions: the top meeting is the one matched to the
 *   question's truth meeting; figures for each half of the questions too (the same split as
 *   `ask`'s), since ranking weights are set on the tuning half only.
 */
export interface QuestionFigures {
  readonly meetingQuestions: number;
  readonly meetingQuestionAccuracy: number;
  readonly whoAttendedQuestions: number;
  readonly whoAttendedAccuracy: number;
}

export interface MeetingFigures {
  readonly meetings: number;
  readonly matched: number;
  readonly dateAccuracy: number;
  readonly locationAccuracy: number;
  readonly attendeePrecision: number;
  readonly attendeeRecall: number;
  readonly attendeeF1: number;
  readonly meetingQuestions: number;
  readonly meetingQuestionAccuracy: number;
  readonly whoAttendedQuestions: number;
  readonly whoAttendedAccuracy: number;
  /** Records returned beyond those matched to a true meeting, as "title [briefings]". */
  readonly extraRecords: readonly string[];
  readonly questionHalves: Readonly<Record<AskHalf, QuestionFigures>>;
  readonly misses: readonly string[];
}

function matchMeeting(knowledge: Knowledge, truth: TruthMeeting): MeetingRecord | null {
  const sources = new Set(truth.sources);
  let best: MeetingRecord | null = null;
  let bestShared = 0;
  for (const meeting of knowledge.meetings) {
    const shared = meeting.briefings.filter((b) => sources.has(b)).length;
    const better =
      shared > bestShared ||
      (shared === bestShared &&
        shared > 0 &&
        best !== null &&
        meeting.attendees.length > best.attendees.length);
    if (better) {
      best = meeting;
      bestShared = shared;
    }
  }
  return best;
}

const words = (name: string) => nameKey(name).split(' ');

function sameName(ours: string, truth: string): boolean {
  const a = words(ours);
  const b = words(truth);
  if (a.join(' ') === b.join(' ')) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 && long.length > 1) return long.at(-1) === short[0] && false;
  return short.every((w) => long.includes(w));
}

function canonicalCountry(text: string | null): string | null {
  if (!text) return null;
  const direct = findPolity(text);
  if (direct) return direct.name;
  for (const part of text.split(/\s+/)) {
    const polity = findPolity(part);
    if (polity) return polity.name;
  }
  return fold(text);
}

function unnamedMatches(ours: AttendeeRecord, truth: { role: string; country: string }): boolean {
  if (canonicalCountry(ours.country) !== canonicalCountry(truth.country)) return false;
  const a = roleKeys(ours.role);
  const b = roleKeys(truth.role);
  if (isGenericRole(a) || isGenericRole(b)) return true;
  return [...a].some((key) => b.has(key));
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluateMeetings(
  knowledge: Knowledge,
  truthMeetings: readonly TruthMeeting[],
  questions: readonly TruthQuestion[],
): MeetingFigures {
  const misses: string[] = [];
  const ourByTruth = new Map<string, MeetingRecord | null>();
  let dates = 0;
  let locations = 0;
  let truePositives = 0;
  let returned = 0;
  let expected = 0;
  for (const truth of truthMeetings) {
    const ours = matchMeeting(knowledge, truth);
    ourByTruth.set(truth.id, ours);
    expected += truth.attendees.length + truth.unnamed_attendees.length;
    if (!ours) {
      misses.push(`meeting ${truth.id}: not found`);
      continue;
    }
    const truthDate = truth.date;
    if (ours.date && ours.date.slice(0, truthDate.length) === truthDate) dates++;
    else misses.push(`date ${truth.id}: expected ${truthDate}, got ${ours.date}`);
    const city = fold(truth.location.split(/[,(]/)[0]!.trim());
    if (ours.location && fold(ours.location).includes(city)) locations++;
    else misses.push(`location ${truth.id}: expected ${city}, got ${ours.location}`);

    const namedLeft = [...truth.attendees];
    const unnamedLeft = [...truth.unnamed_attendees];
    returned += ours.attendees.length;
    for (const attendee of ours.attendees) {
      if (attendee.name) {
        const i = namedLeft.findIndex((t) =>
          [t.name, ...t.aliases].some((n) => sameName(attendee.name!, n)),
        );
        if (i >= 0) {
          namedLeft.splice(i, 1);
          truePositives++;
        } else
          misses.push(
            `attendee ${truth.id}: extra ${attendee.name} (${attendee.role}, ${attendee.country})`,
          );
      } else {
        const i = unnamedLeft.findIndex((t) => unnamedMatches(attendee, t));
        if (i >= 0) {
          unnamedLeft.splice(i, 1);
          truePositives++;
        } else
          misses.push(
            `attendee ${truth.id}: extra unnamed ${attendee.role} of ${attendee.country}`,
          );
      }
    }
    for (const t of namedLeft)
      misses.push(`attendee ${truth.id}: missing ${t.name} (${t.role}, ${t.country})`);
    for (const t of unnamedLeft)
      misses.push(`attendee ${truth.id}: missing unnamed ${t.role} of ${t.country}`);
  }
  const precision = ratio(truePositives, returned);
  const recall = ratio(truePositives, expected);
  const questionScore = (command: 'meeting' | 'who-attended', half?: AskHalf) => {
    const asked = questions.filter(
      (q) => q.command === command && q.meeting && (half === undefined || halfOf(q.id) === half),
    );
    let right = 0;
    for (const question of asked) {
      const top = bestMeetings(knowledge, question.text)[0] ?? null;
      const wanted = ourByTruth.get(question.meeting!) ?? null;
      if (top && wanted && top.id === wanted.id) right++;
      else if (half === undefined)
        misses.push(
          `${command} ${question.id} (${halfOf(question.id) === 'tuning' ? 'tuning' : 'held-out'}) "${question.text}": expected ${wanted?.id ?? question.meeting}, got ${top?.id ?? 'nothing'}`,
        );
    }
    return { asked: asked.length, accuracy: ratio(right, asked.length) };
  };
  const meetingQ = questionScore('meeting');
  const whoQ = questionScore('who-attended');
  const halfFigures = (half: AskHalf): QuestionFigures => {
    const meeting = questionScore('meeting', half);
    const who = questionScore('who-attended', half);
    return {
      meetingQuestions: meeting.asked,
      meetingQuestionAccuracy: meeting.accuracy,
      whoAttendedQuestions: who.asked,
      whoAttendedAccuracy: who.accuracy,
    };
  };
  const matched = [...ourByTruth.values()].filter(Boolean).length;
  const matchedIds = new Set([...ourByTruth.values()].map((record) => record?.id));
  const extraRecords = knowledge.meetings
    .filter((record) => !matchedIds.has(record.id))
    .map((record) => `${record.title} [${record.briefings.join(' ')}]`);
  return {
    meetings: truthMeetings.length,
    matched,
    dateAccuracy: ratio(dates, truthMeetings.length),
    locationAccuracy: ratio(locations, truthMeetings.length),
    attendeePrecision: precision,
    attendeeRecall: recall,
    attendeeF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    meetingQuestions: meetingQ.asked,
    meetingQuestionAccuracy: meetingQ.accuracy,
    whoAttendedQuestions: whoQ.asked,
    whoAttendedAccuracy: whoQ.accuracy,
    extraRecords,
    questionHalves: { tuning: halfFigures('tuning'), heldOut: halfFigures('heldOut') },
    misses,
  };
}

/** The figures as report lines. */
export function meetingReportLines(figures: MeetingFigures): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `meetings: ${figures.matched}/${figures.meetings} matched  date ${pct(figures.dateAccuracy)}  location ${pct(figures.locationAccuracy)}`,
    `records beyond the true meetings: ${figures.extraRecords.length} (${(figures.extraRecords.length / Math.max(1, figures.meetings)).toFixed(2)} per true meeting)`,
    ...figures.extraRecords.map((record) => `  extra record: ${record}`),
    `attendees: precision ${pct(figures.attendeePrecision)}  recall ${pct(figures.attendeeRecall)}  F1 ${pct(figures.attendeeF1)}`,
    `meeting questions (${figures.meetingQuestions}): ${pct(figures.meetingQuestionAccuracy)}  who-attended (${figures.whoAttendedQuestions}): ${pct(figures.whoAttendedAccuracy)}`,
    ...(['heldOut', 'tuning'] as const).map((half) => {
      const h = figures.questionHalves[half];
      return `  ${half === 'tuning' ? 'tuning' : 'held-out'} half: meeting (${h.meetingQuestions}) ${pct(h.meetingQuestionAccuracy)}  who-attended (${h.whoAttendedQuestions}) ${pct(h.whoAttendedAccuracy)}`;
    }),
    ...figures.misses.map((miss) => `  miss ${miss}`),
  ];
}
