import type { IsoDate, MeetingStatus, PassageId } from '../../types.js';
import type { Doc, DocSentence } from '../doc/annotate.js';
import type { DateExpression, PersonName } from '../doc/types.js';
import { datesCompatible, daySpan } from '../dates.js';
import { type MeetingMention, newMention } from '../mentions.js';
import type { EventMention, Participant } from '../parsers/events.js';
import { inAttribution, tokenAt } from '../parsers/clauses.js';
import { parseEvents } from '../parsers/events.js';
import { formatOf, ordinalOf, sizedKind, sizeOf } from '../parsers/formats.js';
import { ARRIVAL_VERBS, DOER_TAKES_PART } from '../lexicon.js';
import { findTopics } from '../topics.js';
import type { AttendeeRecord } from '../types.js';

/** A person of a sentence with the name the briefings know them by, or null to leave out. */
export interface ResolvedPerson {
  readonly name: string;
  readonly role: string | null;
  readonly country: string | null;
}
export type PersonResolver = (person: PersonName) => ResolvedPerson | null;

/** Kinds of gathering, most specific first: the title names the most specific one reported. */
const KIND_RANK: Readonly<Record<string, number>> = {
  summit: 6,
  conference: 5,
  round: 5,
  talks: 4,
  ceremony: 3,
  visit: 3,
  session: 2,
  meeting: 1,
};

/** Most people "they" or "the two" is read to stand for. */
const MAX_PRONOUN_PEOPLE = 4;

/** A kind the briefing names with a size word ("quadrilateral meeting") outranks the others. */
const SIZED_RANK = 10;

/** Verbs whose subject or object took part (not those that only say what became of it). */
const TAKING_PART: ReadonlySet<string> = new Set<string>([...DOER_TAKES_PART, 'send']);

/**
 * News reports a meeting within days of it: an event dated more than this many days before the
 * report is an earlier meeting (or background: "flattened in 1945"), not the report's own.
 */
const STALE_DAYS = 14;

/** Days from the end of a date to the reference date (negative when the date is later). */
function daysBefore(date: DateExpression, reference: IsoDate): number {
  return daySpan(reference, null)[0] - daySpan(date.date, date.endDate)[1];
}

/**
 * An event as it bears on the report's own meeting: a date long before the report is kept only
 * by an event told in the past (an earlier meeting); in a present or future clause it is
 * background to something else in the sentence ("the city, flattened in 1945, hosts …").
 */
function withPlausibleDate(event: EventMention, reference: IsoDate | null): EventMention {
  if (!event.date || reference === null) return event;
  if (event.tense !== 'past' && daysBefore(event.date, reference) > STALE_DAYS) {
    return { ...event, date: null, dateOfSaying: false };
  }
  return event;
}

/** A caption dated long before the report shows an earlier event (a file photo). */
const staleDate = (event: EventMention, reference: IsoDate | null): boolean =>
  event.date !== null && reference !== null && daysBefore(event.date, reference) > STALE_DAYS;

/** How firmly a date is the meeting's: a range or a day in the meeting's own clause. */
function dateStrength(event: EventMention, date: DateExpression): number {
  let strength = date.endDate
    ? 3
    : event.sentence.kind === 'headline' || event.dateOfSaying
      ? 1
      : 2;
  if (date.date.length === 4) strength = Math.min(strength, 1);
  // "arrived on Thursday for a summit that opens on Friday".
  if (ARRIVAL_VERBS.has(event.trigger)) strength = Math.min(strength, 1);
  if (event.sentence.kind === 'caption') strength = Math.min(strength, 1);
  return strength;
}

/** A meeting of one briefing being assembled from its events. */
interface Draft {
  readonly mention: MeetingMention;
  readonly events: EventMention[];
  /** Whether this is a meeting held on the sidelines of another gathering. */
  sideline: boolean;
  statusCues: Array<{ status: MeetingStatus; source: PassageId }>;
  kindRank: number;
}

const compatibleDate = (draft: Draft, date: DateExpression | null): boolean =>
  date === null ||
  draft.mention.date === null ||
  datesCompatible(draft.mention.date, draft.mention.endDate, date.date, date.endDate, 1);

function setDate(draft: Draft, event: EventMention): void {
  const date = event.date;
  if (!date) return;
  const mention = draft.mention;
  const strength = dateStrength(event, date);
  const finer =
    mention.date !== null && date.date.length > mention.date.length && compatibleDate(draft, date);
  if (strength < mention.dateStrength || (strength === mention.dateStrength && !finer)) return;
  mention.date = date.date;
  mention.endDate = date.endDate;
  mention.dateStrength = strength;
  mention.dateSources = [event.sentence.id];
}

function setPlace(draft: Draft, event: EventMention): void {
  const place = event.place;
  const mention = draft.mention;
  if (!place || (!place.city && !place.country)) return;
  if (mention.city && !(place.city && !mention.placeCountry && place.country)) return;
  if (!mention.city && mention.placeCountry && !place.city) return;
  mention.city = place.city ?? mention.city;
  mention.placeCountry = place.country ?? mention.placeCountry;
  mention.locationSources = [event.sentence.id];
}

function addParticipants(
  draft: Draft,
  event: EventMention,
  resolve: PersonResolver,
  absentees: Set<string>,
): void {
  const mention = draft.mention;
  const id = event.sentence.id;
  for (const participant of event.participants) {
    if (participant.group) {
      if (participant.role !== 'attendee' && participant.role !== 'host') continue;
      for (const role of participant.group.roles) mention.level.add(role);
      for (const country of participant.group.countries) {
        mention.countries.add(country);
        for (const role of participant.group.roles) {
          mention.attendees.push({ name: null, role, country, sources: [id] });
        }
      }
      continue;
    }
    addPerson(mention, participant, id, resolve, absentees, event);
  }
}

function addPerson(
  mention: MeetingMention,
  participant: Participant,
  id: PassageId,
  resolve: PersonResolver,
  absentees: Set<string>,
  event: EventMention,
): void {
  const person = resolve(participant.person!);
  if (!person) return;
  const record: AttendeeRecord = {
    name: person.name,
    role: person.role,
    country: person.country,
    sources: [id],
  };
  const attends =
    (participant.role === 'attendee' || participant.role === 'host') &&
    event.verb !== 'plan' &&
    (participant.person!.titled || person.name.includes(' '));
  if (participant.role === 'absent') absentees.add(person.name);
  if (attends && !absentees.has(person.name)) {
    mention.attendees.push(record);
    if (person.country) mention.countries.add(person.country);
  } else mention.alsoMentioned.push(record);
}

/** Whether an event speaks of a meeting (not a call, not only of a meeting's fate). */
const isMeetingEvent = (event: EventMention): boolean =>
  !event.remote && (event.noun !== null || TAKING_PART.has(event.verb ?? ''));

/** Reading order for choosing a briefing's own meeting: headline, then report, captions last. */
const ORDER: Readonly<Record<string, number>> = { headline: 0, body: 1, subheading: 2, caption: 3 };

/**
 * The meetings one briefing reports or refers to. Its own meeting comes from its headline and
 * first meeting events; every later event goes to it unless it is marked as another meeting
 * (earlier, next, one on the sidelines) or its own date or place differs; those become
 * meetings of their own when they give a date or a place. Sentences without an event give
 * the briefing's meeting their topics and name people only in passing.
 */
export function meetingsOfDoc(doc: Doc, resolve: PersonResolver): MeetingMention[] {
  const events = doc.sentences.flatMap((sentence) =>
    parseEvents(sentence)
      .filter((event) => !(sentence.kind === 'caption' && staleDate(event, doc.reference)))
      .map((event) => withPlausibleDate(event, doc.reference)),
  );
  const ordered = [...events].sort(
    (a, b) =>
      (ORDER[a.sentence.kind] ?? 1) - (ORDER[b.sentence.kind] ?? 1) ||
      a.sentence.n - b.sentence.n ||
      a.at - b.at,
  );
  const meetingEvents = ordered.filter(isMeetingEvent);
  const first = meetingEvents.find((event) => event.other === null && !event.setting);
  if (!first) return [];

  const main: Draft = {
    mention: newMention(doc.file, true, doc.reference),
    events: [],
    sideline: first.onSidelines,
    statusCues: [],
    kindRank: 0,
  };
  const asides: Draft[] = [];
  const absentees = new Set<string>();
  const assigned = new Map<DocSentence, Draft>();

  // Who "he", "they" or "the two" stand for: the people of the sentence before.
  const before = new Map<DocSentence, PersonName[]>();
  let lastPeople: PersonName[] = [];
  for (const sentence of doc.sentences) {
    before.set(sentence, lastPeople);
    // The sources a sentence cites ("according to reporters A and B") are not who "they" are.
    const { tokens } = sentence.reading;
    const named = sentence.people.filter(
      (person) =>
        !person.possessive &&
        !inAttribution(tokens, tokenAt(tokens, person.mentionAt)) &&
        resolve(person),
    );
    if (named.length > 0) lastPeople = named;
  }
  const withPronoun = (event: EventMention): EventMention => {
    if (!event.pronoun || event.participants.some((p) => p.person && !p.person.possessive))
      return event;
    const people = before.get(event.sentence) ?? [];
    const meant =
      event.pronoun === 'one' ? people.slice(0, 1) : people.slice(0, MAX_PRONOUN_PEOPLE);
    const role = event.negated || event.verb === 'absent' ? 'absent' : 'attendee';
    if (event.verb === 'plan' || event.verb === 'postpone' || event.verb === 'cancel') return event;
    return {
      ...event,
      participants: [
        ...event.participants,
        ...meant.map((person) => ({ person, group: null, role }) as const),
      ],
    };
  };

  const add = (draft: Draft, given: EventMention) => {
    const event = withPronoun(given);
    draft.events.push(event);
    const mention = draft.mention;
    if (!mention.sources.includes(event.sentence.id)) mention.sources.push(event.sentence.id);
    setDate(draft, event);
    setPlace(draft, event);
    if (event.noun && event.noun !== 'call') {
      const rank = KIND_RANK[event.noun] ?? 0;
      if (rank > draft.kindRank && draft.events.length <= 3) {
        draft.kindRank = rank;
        mention.kind = event.noun;
      }
    }
    const text = event.sentence.reading.text;
    // "a quadrilateral meeting": the briefing's own name for it wins.
    const sized = sizedKind(text);
    if (sized && draft.kindRank < SIZED_RANK) {
      draft.kindRank = SIZED_RANK;
      mention.kind = sized;
    }
    if (draft.events.length <= 3) mention.format ??= formatOf(text);
    mention.ordinal ??= ordinalOf(text);
    mention.size ??= sizeOf(text);
    if (event.status) draft.statusCues.push({ status: event.status, source: event.sentence.id });
    addParticipants(draft, event, resolve, absentees);
    assigned.set(event.sentence, draft);
  };

  const asideFor = (event: EventMention): Draft => {
    const found = asides.find(
      (draft) =>
        draft.sideline === event.onSidelines &&
        (event.date === null ? draft.mention.date === null : compatibleDate(draft, event.date)) &&
        (!event.place?.city || !draft.mention.city || event.place.city === draft.mention.city),
    );
    if (found) return found;
    const draft: Draft = {
      mention: newMention(doc.file, false, doc.reference),
      events: [],
      sideline: event.onSidelines,
      statusCues: [],
      kindRank: 0,
    };
    asides.push(draft);
    return draft;
  };

  add(main, first);
  // Times the report gives its own meeting ("last week"): another time marks another meeting.
  const ownTimes = new Set(main.events.map((event) => event.when?.text).filter(Boolean));
  const mainPast = first.tense === 'past';
  const mainLevel = () => main.mention.level;
  for (const event of meetingEvents) {
    if (event === first) continue;
    if (event.setting) {
      // The gathering on whose sidelines the report's meeting took place: a meeting of its own.
      if (main.sideline) add(asideFor({ ...event, participants: [] }), event);
      continue;
    }
    const eventFormat = formatOf(event.sentence.reading.text);
    const otherFormat =
      eventFormat !== null && main.mention.format !== null && eventFormat !== main.mention.format;
    // "their summit, on the margins of the G7": the report's own meeting, held on the sidelines.
    if (
      event.onSidelines &&
      !main.sideline &&
      !otherFormat &&
      (event.definite || event.noun === main.mention.kind)
    ) {
      main.sideline = true;
    }
    const sidelineDiffers = event.onSidelines && !main.sideline;
    // A weak date (a headline's, a caption's) gives way to a firmer one rather than split the meeting.
    const otherDate =
      event.date !== null &&
      ((!compatibleDate(main, event.date) &&
        main.mention.dateStrength >= dateStrength(event, event.date)) ||
        // Read against its meeting's own date, a briefing's other dates are other meetings.
        (doc.referenceIsEventDate &&
          !datesCompatible(doc.reference!, null, event.date.date, event.date.endDate, 1)));
    const otherPlace =
      event.place?.city != null &&
      main.mention.city !== null &&
      event.place.city !== main.mention.city &&
      !event.definite;
    const bothDated = event.date !== null && main.mention.date !== null;
    const otherTime = event.when !== null && !ownTimes.has(event.when.text) && !bothDated;
    // A held meeting's report speaking of one still to come ("could take place in May").
    const later = mainPast && event.tense === 'future' && !event.definite && event.verb !== 'plan';
    const eventLevel = event.participants.flatMap((p) =>
      p.group && p.role !== 'mentioned' ? p.group.roles : [],
    );
    const otherSeat =
      eventLevel.length > 0 &&
      mainLevel().size > 0 &&
      !eventLevel.some((role) => mainLevel().has(role));
    const other =
      event.other || sidelineDiffers || otherDate || otherPlace || otherTime || later || otherSeat;
    // A caption is evidence of the report's own meeting only: one that shows another event (a
    // file photo, an earlier visit) names no one who took part in this one.
    const elsewhere =
      event.place?.city != null &&
      main.mention.city !== null &&
      event.place.city !== main.mention.city;
    if (event.sentence.kind === 'caption' && (other || elsewhere)) continue;
    if (other) {
      if (event.date || event.place || sidelineDiffers) add(asideFor(event), event);
      continue;
    }
    add(main, event);
  }

  // Sentences without an event of their own: topics for the meeting they follow, people named.
  let current: Draft = main;
  for (const sentence of doc.sentences) {
    const draft = assigned.get(sentence);
    if (draft) {
      current = draft;
    } else if (sentence.kind !== 'caption') {
      const mention = current.mention;
      if (!mention.sources.includes(sentence.id)) mention.sources.push(sentence.id);
      for (const person of sentence.people) {
        const resolved = resolve(person);
        if (resolved) {
          mention.alsoMentioned.push({
            name: resolved.name,
            role: resolved.role,
            country: resolved.country,
            sources: [sentence.id],
          });
        }
      }
    }
    for (const topic of findTopics(sentence.reading.text.slice(sentence.reading.from))) {
      (draft ?? current).mention.topics.push({ text: topic, sources: [sentence.id] });
    }
  }

  settleStatus(main, doc.reference);
  for (const aside of asides) settleStatus(aside, doc.reference);
  // Attendance that a later sentence denies ("did not attend") does not stand.
  for (const draft of [main, ...asides]) {
    const mention = draft.mention;
    const stays = mention.attendees.filter((a) => a.name === null || !absentees.has(a.name));
    const gone = mention.attendees.filter((a) => a.name !== null && absentees.has(a.name));
    mention.attendees = stays;
    mention.alsoMentioned.push(...gone);
  }
  return [
    main.mention,
    ...asides
      .map((draft) => draft.mention)
      .filter((mention) => mention.date !== null || mention.city !== null),
  ];
}

/**
 * A meeting's status in one briefing: cancelled or postponed when a sentence says so;
 * announced when its events are still to come; held otherwise (a meeting some skipped, or
 * joined by video, was still held).
 */
function settleStatus(draft: Draft, reference: IsoDate | null): void {
  const mention = draft.mention;
  const cue =
    draft.statusCues.find((c) => c.status === 'cancelled') ??
    draft.statusCues.find((c) => c.status === 'postponed');
  if (cue) {
    mention.status = cue.status;
    mention.statusSources = [cue.source];
    return;
  }
  const taking = draft.events.filter((event) => event.sentence.kind !== 'caption');
  const future = taking.filter((event) => event.tense === 'future');
  const past = taking.filter((event) => event.tense === 'past' && !event.negated);
  // A date wholly after the report is still ahead; wholly before it, past; else the tenses say.
  const span = mention.date !== null ? daySpan(mention.date, mention.endDate) : null;
  const day = reference !== null ? daySpan(reference, null)[0] : null;
  const dated = span !== null && day !== null && (span[0] > day || span[1] < day);
  const ahead = dated ? span[0] > day : future.length > past.length;
  const announced = dated ? ahead : future.length > 0 && (past.length === 0 || ahead);
  mention.status = announced ? 'announced' : 'held';
  const sources = (announced ? future : past.length > 0 ? past : taking).map((e) => e.sentence.id);
  mention.statusSources = [...new Set(sources)].slice(0, 2);
}
