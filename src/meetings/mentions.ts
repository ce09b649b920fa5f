import { passageId } from '../corpus/passages.js';
import type { Briefing, IsoDate, MeetingStatus, PassageId } from '../types.js';
import {
  addDays,
  type DateMention,
  datesCompatible,
  findDates,
  type Tense,
  tenseOf,
} from './dates.js';
import { findUnnamedGroups } from './groups.js';
import { type PersonMention, speaksOnly } from './people.js';
import { datelinePlace, findPlaces, type PlaceMention } from './places/findPlaces.js';
import { findPolity } from './places/gazetteer.js';
import { ORGANISATIONS } from './places/organisations.js';
import { findTopics } from './topics.js';
import type { AttendeeRecord, TopicRecord } from './types.js';

/** One briefing's account of one meeting, before merging with other briefings' accounts. */
export interface MeetingMention {
  readonly briefing: string;
  /** The briefing's reference date (its publication date, or one inferred), when known. */
  reported?: IsoDate | null;
  /** The meeting the briefing is about, rather than one it refers to in passing. */
  readonly primary: boolean;
  date: IsoDate | null;
  endDate: IsoDate | null;
  /** How strongly the text ties the date to the meeting (3: "opens on", a range; 1: nearby). */
  dateStrength: number;
  dateSources: PassageId[];
  status: MeetingStatus;
  statusSources: PassageId[];
  city: string | null;
  placeCountry: string | null;
  locationSources: PassageId[];
  /** A grouping or format the meeting belongs to: "G7", "NATO", "Astana format". */
  format: string | null;
  /** "20th round" → 20. */
  ordinal: number | null;
  /** "quadrilateral", "trilateral", "bilateral", … */
  size: string | null;
  kind: string;
  /** Offices of the unnamed groups that meet ("defence minister", "foreign minister"). */
  level: Set<string>;
  attendees: AttendeeRecord[];
  alsoMentioned: AttendeeRecord[];
  countries: Set<string>;
  topics: TopicRecord[];
  sources: PassageId[];
}

const MEETING_WORDS =
  /\b(?:summit|talks|meet|meets|met|meeting|meetings|visit|visited|round|(?<!(?:news|press) )conference|negotiations|consultations|(?<!legislative |parliamentary |annual )session|gathering|gather|sit down|council)\b/i;
const PARTICIPATION =
  /\b(?:met|meet|meets|(?:meeting|talks|summit) (?:with|between)|(?:held|hold|holds) (?:["“][^"”]{1,30}["”] )?talks|sit down with|sat down with|attend|attends|attended|attending|took part|take part|takes part|taking part|join|joins|joined|joining|led by|led|leads|leading|heads|headed|heading|chaired|hosted|hosts|hosting|welcomed|welcoming|greets|greeted|received|signed|negotiating with|flanked|part of the delegation|delegation included|represented|arrived|arriving|among the leaders|counterparts?|addressed|visited|three-way meeting|one-on-one|came out of|told (?:the|his|her|their) (?:closing |opening )?(?:plenary|summit|meeting|session|leaders|counterparts)|spent \w+ \w+ hours together|their (?:first |\w+ )*(?:meeting|talks|summit))\b/i;
const MAY_NAME = /\p{Lu}[\p{Ll}'’-]+\s+(?:(?:bin|al|da|de|van|von)\s+)?\p{Lu}[\p{Ll}'’-]/u;
const HEADLINE_FUTURE = /\bto (?:meet|hold|visit|host|attend|join)\b/i;
const TOPIC_HINT =
  /\b(?:discuss|agenda|focus|covered|reviewed|devoted|aimed|agreed|items on the table)/i;
const PREVIOUS =
  /\b(?:previous(?:ly)?|last met|had met|earlier round|earlier rounds|a year ago|first time since|last (?:week|month|year)|(?:last|earlier this) (?:january|february|march|april|may|june|july|august|september|october|november|december))\b/i;
const NEXT = /\b(?:next|upcoming|following)\s+(?:\w+\s+){0,3}(?:summit|round|meeting|talks)\b/i;
const END_VERB =
  /\b(?:wrapped up|wraps up|closes|closed|concluded|ended|ends|final day|closing)\b/i;
const DURATION =
  /\b(two|three|four|five|2|3|4|5)-day\s+(?:summit|meeting|talks|visit|conference|session|gathering)/i;
const DURATION_DAYS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};
const SIZE =
  /\b(quadrilateral|quadripartite|trilateral|tripartite|bilateral|four-way|three-way|two-way)\b/i;
const KIND =
  /\b(summit|talks|meeting|visit|round|conference|negotiations|consultations|session)\b/i;
const ORDINAL =
  /\b(\d+)(?:st|nd|rd|th)\s+(?:round|meeting|summit|session|international meeting)\b/i;
/** A photo caption opens with a parenthesis or ends with an agency credit: "… (AA)". */
const CAPTION_CREDIT = /\((?:AA|AFP|Reuters|AP|Pool\/Reuters|Pool)\)\s*$/;
/** Enough of a paragraph's end to hold a credit; testing only that keeps long paragraphs linear. */
const CREDIT_TAIL = 40;
const isCaption = (paragraph: string): boolean =>
  paragraph.startsWith('(') || CAPTION_CREDIT.test(paragraph.slice(-CREDIT_TAIL));
/** A held meeting's briefing speaking of another, future one: "is to meet his counterpart". */
const OTHER_FUTURE = /\b(?:will|is to|are to|would)\s+(?:meet|hold talks)\b/i;

const FORMAT_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = ORGANISATIONS.map(
  ([name, aliases]) => {
    const names = [name, ...aliases].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return [
      name,
      new RegExp(
        `\\b(?:${names})(?:['’]s)?\\s+(?:(?:leaders['’]?|in-person|annual)\\s+)?(?:summit|meeting|talks|leaders|session|grouping)\\b|\\b(?:summit|meeting) of (?:the )?(?:${names})\\b`,
      ),
    ] as const;
  },
);
const CITY_FORMAT = /\b(\p{Lu}\p{L}+)-format\b|\b(\p{Lu}\p{L}+) format\b/u;

interface SentenceFacts {
  readonly id: PassageId;
  readonly text: string;
  readonly caption: boolean;
  readonly tense: Tense;
  readonly dates: DateMention[];
  readonly places: PlaceMention[];
  readonly trigger: boolean;
  /** The sentence says someone took part: met, attended, led a delegation, … */
  readonly participation: boolean;
  readonly previous: boolean;
  readonly next: boolean;
  readonly headline: boolean;
}

/** "on the sidelines of the APEC summit": that gathering is the setting, not the meeting. */
const SETTING_BEFORE = /\b(?:sidelines|margins|eve) of (?:the\s+)?$|\bahead of (?:the\s+)?$/i;

function formatOf(text: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const [name, pattern] of FORMAT_PATTERNS) {
    const match = pattern.exec(text);
    if (match && SETTING_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)))
      continue;
    if (match && (!best || match.index < best.at)) best = { name, at: match.index };
  }
  if (best) return best.name;
  const city = CITY_FORMAT.exec(text);
  return city ? `${city[1] ?? city[2]} format` : null;
}

/** An empty mention of a meeting, to be filled from a briefing's sentences. */
export function newMention(
  briefing: string,
  primary: boolean,
  reported: IsoDate | null = null,
): MeetingMention {
  return {
    briefing,
    reported,
    primary,
    date: null,
    endDate: null,
    dateStrength: 0,
    dateSources: [],
    status: 'held',
    statusSources: [],
    city: null,
    placeCountry: null,
    locationSources: [],
    format: null,
    ordinal: null,
    size: null,
    kind: 'meeting',
    level: new Set(),
    attendees: [],
    alsoMentioned: [],
    countries: new Set(),
    topics: [],
    sources: [],
  };
}

function eventDate(facts: SentenceFacts): DateMention | null {
  return facts.dates.find((d) => d.role === 'event') ?? null;
}

/** The words right before a date that say it is when the meeting starts: "opens on", "from". */
const START_CONTEXT =
  /\b(?:opens?|opened|begins?|began|starts?|started|under way|kicks? off|from|ran|runs?|hosts|hosted|held|met)\s+(?:\w+\s+){0,2}$/i;

function strengthOf(date: DateMention, facts: SentenceFacts, headline: boolean): number {
  const before = facts.text.slice(Math.max(0, date.at - 30), date.at);
  if (END_VERB.test(before.split(/\s+/).slice(-4).join(' ')) && !date.endDate) return 0;
  let strength = date.endDate ? 3 : START_CONTEXT.test(before) ? 3 : facts.trigger ? 2 : 1;
  if (date.precision === 'year') strength = Math.min(strength, 1);
  // A headline's relative dates are often written from another day than the story's.
  if (headline) strength = Math.min(strength, 1);
  return strength;
}

function setDate(
  mention: MeetingMention,
  date: DateMention,
  facts: SentenceFacts,
  headline = false,
): void {
  const strength = strengthOf(date, facts, headline);
  if (strength === 0) {
    if (date.precision === 'day' && mention.date && date.date > mention.date)
      mention.endDate = date.date;
    return;
  }
  const finer =
    mention.date !== null && date.date.length > mention.date.length && compatible(mention, date);
  if (mention.dateStrength <= 1 && strength > mention.dateStrength) mention.endDate = null;
  if (strength < mention.dateStrength || (strength === mention.dateStrength && !finer)) return;
  mention.date = date.date;
  mention.endDate = date.endDate;
  mention.dateStrength = strength;
  mention.dateSources = [facts.id];
  const duration = DURATION.exec(facts.text);
  if (duration && date.precision === 'day' && !date.endDate) {
    const days = DURATION_DAYS[duration[1]!.toLowerCase()] ?? 1;
    if (days > 1) mention.endDate = addDays(date.date, days - 1);
  }
}

/** A report of a held meeting speaking of one still to come: "is likely to be held in early May". */
function laterMeeting(main: MeetingMention, f: SentenceFacts, date: DateMention | null): boolean {
  if (main.status !== 'held' || f.tense !== 'future') return false;
  return (
    OTHER_FUTURE.test(f.text) ||
    (f.trigger && date !== null && !/\bthe (?:summit|talks|meeting)\b/.test(f.text))
  );
}

function compatible(mention: MeetingMention, date: DateMention): boolean {
  if (!mention.date) return true;
  return datesCompatible(mention.date, mention.endDate, date.date, date.endDate, 1);
}

function placeOf(facts: SentenceFacts): PlaceMention | null {
  return facts.places.find((p) => p.city) ?? facts.places[0] ?? null;
}

/**
 * The meetings one briefing reports or refers to: its main meeting (from the headline and the
 * first sentences that speak of a meeting) and the others it mentions with a date of their own
 * ("had previously met in Moscow in December last year"). `reference` resolves relative dates:
 * the publication date, or for an undated briefing the date its meeting is known by elsewhere.
 */
/** The people of a sentence, with surnames resolved (a cache may stand behind it). */
export type PeopleReader = (sentence: string) => PersonMention[];

export function mentionsOf(
  briefing: Briefing,
  reference: IsoDate | null,
  readPeople: PeopleReader,
  referenceIsMeetingDate = false,
): MeetingMention[] {
  const facts: SentenceFacts[] = [];
  const datelines = new Map<number, PlaceMention>();
  for (const paragraph of briefing.paragraphs) {
    // Page furniture is never a source of facts.
    if (paragraph.kind === 'furniture') continue;
    const dateline = datelinePlace(paragraph.text);
    if (dateline) datelines.set(paragraph.index, dateline);
    const caption = paragraph.kind === 'caption' || isCaption(paragraph.text);
    for (const sentence of paragraph.sentences) {
      // Nor is a sentence cut off where the page was saved, nor a stray credit.
      if (sentence.cutOff || sentence.kind === 'furniture') continue;
      const text = sentence.text;
      const headline = paragraph.kind === 'headline';
      // Headlines announce with a bare infinitive: "Envoys to meet in Nairobi on Thursday".
      const tense = headline && HEADLINE_FUTURE.test(text) ? 'future' : tenseOf(text);
      const trigger = MEETING_WORDS.test(text);
      // Dates and places decide where a sentence belongs only when it can speak of a meeting.
      const participation = PARTICIPATION.test(text);
      const relevant = trigger || participation || TOPIC_HINT.test(text);
      facts.push({
        id: passageId(briefing.file, paragraph.index, sentence.index),
        text,
        caption,
        tense,
        dates: relevant ? findDates(text, reference, referenceIsMeetingDate ? null : tense) : [],
        places: trigger ? findPlaces(text) : [],
        trigger,
        participation,
        previous: PREVIOUS.test(text),
        next: NEXT.test(text),
        headline,
      });
    }
  }

  const main = newMention(briefing.file, true);
  const others: MeetingMention[] = [];
  let mainFound = false;
  let mainTriggers = 0;
  // First pass: the main meeting's date, place, status and format, from its first sentences.
  for (const f of facts) {
    if (!f.trigger || f.previous || f.next) continue;
    const date = eventDate(f);
    if (mainFound && date && !compatible(main, date)) continue;
    if (mainFound && laterMeeting(main, f, date)) continue;
    if (!mainFound) {
      mainFound = true;
      main.status = f.tense === 'future' ? 'announced' : 'held';
      main.statusSources = [f.id];
    }
    mainTriggers++;
    for (const d of f.dates) {
      // A weak date (a headline's) gives way to a stronger one even when they disagree.
      if (d.role === 'event' && (compatible(main, d) || main.dateStrength <= 1))
        setDate(main, d, f, f.headline);
    }
    const place = placeOf(f);
    if (place && (!main.city || (!main.placeCountry && place.country))) {
      if (place.city || !main.placeCountry) {
        main.city = place.city ?? main.city;
        main.placeCountry = place.country ?? main.placeCountry;
        main.locationSources = [f.id];
      }
    }
    if (mainTriggers <= 3) main.format ??= formatOf(f.text);
    main.ordinal ??= Number(ORDINAL.exec(f.text)?.[1] ?? 0) || null;
    main.size ??= SIZE.exec(f.text)?.[1]?.toLowerCase() ?? null;
    if (mainTriggers <= 2) {
      const kind = KIND.exec(f.text)?.[1]?.toLowerCase();
      if (kind && main.kind === 'meeting' && mainTriggers === 1) main.kind = kind;
    }
  }
  if (!mainFound) return [];
  if (!main.city) {
    const dateline = [...datelines.values()][0];
    if (dateline && main.status === 'held') {
      main.city = dateline.city;
      main.placeCountry = dateline.country;
    }
  }
  if (
    main.status === 'announced' &&
    reference &&
    main.date &&
    main.date.length === 10 &&
    main.date < reference
  ) {
    main.status = 'held';
  }

  // Second pass: every sentence goes to the main meeting, to another one, or to none.
  let previousSubject: string | null = null;
  for (const f of facts) {
    const date = eventDate(f);
    const place = placeOf(f);
    let target: MeetingMention | null = main;
    const conflictingDate = date !== null && !compatible(main, date);
    const conflictingPlace =
      place?.city != null &&
      main.city != null &&
      place.city !== main.city &&
      f.trigger &&
      !/\bthe (?:summit|talks|meeting)\b/.test(f.text);
    if ((f.trigger && (f.previous || f.next)) || (f.trigger && conflictingDate)) {
      target = null;
      // "the next summit, in Kazan in October 2024": the date after the marker is the meeting's.
      const marker = (f.next ? NEXT : PREVIOUS).exec(f.text);
      const own = marker
        ? f.dates.find((d) => d.role === 'event' && d.at >= marker.index)
        : undefined;
      const otherDate = own ?? date;
      if (otherDate) target = otherMention(others, briefing.file, otherDate, f, place, reference);
    } else if (conflictingDate && !/\bthe (?:summit|talks|meeting)\b/.test(f.text)) target = null;
    else if (conflictingPlace) target = null;
    else if (laterMeeting(main, f, date))
      target = date ? otherMention(others, briefing.file, date, f, place, reference) : null;

    // People matter only in sentences about a meeting, and only where two capitalised words may be a name.
    const people = target && MAY_NAME.test(f.text) ? readPeople(f.text) : [];
    const subject = firstCountry(f.text, people, f.text.length);
    if (target) {
      target.sources.push(f.id);
      addPeople(target, f, people, (at) => firstCountry(f.text, people, at) ?? previousSubject);
      for (const group of findUnnamedGroups(f.text)) {
        if (!f.participation) continue;
        for (const role of group.roles) target.level.add(role);
        for (const country of group.countries) {
          target.countries.add(country);
          for (const role of group.roles) {
            target.attendees.push({ name: null, role, country, sources: [f.id] });
          }
        }
      }
      for (const topic of findTopics(f.text)) target.topics.push({ text: topic, sources: [f.id] });
    }
    previousSubject = subject ?? previousSubject;
  }
  for (const other of others) {
    if (!other.date) continue;
    other.format ??=
      main.format && other.sources.some((id) => /\b(?:summit|round)\b/.test(id))
        ? main.format
        : null;
  }
  return [main, ...others.filter((o) => o.date !== null)];
}

function otherMention(
  others: MeetingMention[],
  file: string,
  date: DateMention,
  f: SentenceFacts,
  place: PlaceMention | null,
  reference: IsoDate | null,
): MeetingMention {
  let other = others.find(
    (o) => o.date && datesCompatible(o.date, o.endDate, date.date, date.endDate),
  );
  if (!other) {
    other = newMention(file, false);
    const ahead =
      reference !== null &&
      date.date.slice(0, reference.length) > reference.slice(0, date.date.length);
    other.status = f.tense === 'future' || f.next || ahead ? 'announced' : 'held';
    other.statusSources = [f.id];
    others.push(other);
  }
  setDate(other, date, f);
  if (place && !other.city) {
    other.city = place.city;
    other.placeCountry = place.country;
    other.locationSources = [f.id];
  }
  other.size ??= SIZE.exec(f.text)?.[1]?.toLowerCase() ?? null;
  other.format ??= formatOf(f.text);
  other.ordinal ??= Number(ORDINAL.exec(f.text)?.[1] ?? 0) || null;
  const kind = KIND.exec(f.text)?.[1]?.toLowerCase();
  if (kind && other.kind === 'meeting') other.kind = kind;
  return other;
}

/** The first country a sentence's subject belongs to: a named country, or a known person's. */
function firstCountry(
  text: string,
  people: readonly PersonMention[],
  before: number,
): string | null {
  const firstPerson = people.find((p) => p.at < before && p.country);
  let countryAt = Number.POSITIVE_INFINITY;
  let country: string | null = null;
  for (const match of text.slice(0, before).matchAll(/\b\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?/gu)) {
    const polity =
      findPolity(match[0].replace(/['’]s$/, '')) ?? findPolity(match[0].split(/\s+/)[0]!);
    if (polity && !polity.isOrganisation) {
      countryAt = match.index;
      country = polity.name;
      break;
    }
  }
  if (firstPerson && firstPerson.at < countryAt) return firstPerson.country;
  return country ?? firstPerson?.country ?? null;
}

function addPeople(
  target: MeetingMention,
  f: SentenceFacts,
  people: readonly PersonMention[],
  context: (at: number) => string | null,
): void {
  const participates = f.participation || f.caption;
  let previous: PersonMention | null = null;
  for (const person of people) {
    // "China's Foreign Minister Wang Yi and Finance Minister Lan Fo'an": a country carries over a plain "and".
    const joined: boolean =
      previous !== null && /^(?:,\s*|,?\s+and\s+)$/.test(f.text.slice(previous.end, person.at));
    let country: string | null =
      person.country ?? delegationCountry(f.text, person) ?? (joined ? previous!.country : null);
    if (!country && (person.role || !person.bare)) country = context(person.at);
    previous = { ...person, country };
    if (person.country) target.countries.add(person.country);
    const record: AttendeeRecord = {
      name: person.name,
      role: person.role,
      country,
      sources: [f.id],
    };
    const attends =
      !person.possessive &&
      !person.receiver &&
      !speaksOnly(person.role) &&
      (person.attendsByClause || (participates && !person.speaker));
    if (attends && !person.bare) {
      target.attendees.push(record);
      if (country) target.countries.add(country);
    } else target.alsoMentioned.push(record);
  }
}

/** "Türkiye's delegation is led by X", "and Iran's by Y", "X heading Russia's delegation". */
function delegationCountry(text: string, person: PersonMention): string | null {
  const before = text.slice(Math.max(0, person.at - 60), person.at);
  const ledBy =
    /(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)['’]s(?:\s+delegation\s+(?:is|was)\s+led)?\s+by\s+(?:\p{Lu}[\p{L}]+\s+){0,4}$/u.exec(
      before,
    );
  if (ledBy) return findPolity(ledBy[1]!)?.name ?? null;
  const represented =
    /\bthe\s+(\p{Lu}[\p{L}]+)\s+(?:government|side)\s+is\s+represented\s+by\s+(?:\p{Lu}[\p{L}]+\s+){0,4}$/u.exec(
      before,
    );
  if (represented) return findPolity(represented[1]!)?.name ?? null;
  const after = text.slice(person.end, person.end + 80);
  const heading =
    /^[^.;]*?\b(?:heading|heads|headed|led|leads|represented|representing)\s+(\p{Lu}[\p{L}]+)(?:['’]s\s+delegation)?/u.exec(
      after,
    );
  if (heading) {
    const polity = findPolity(heading[1]!);
    if (polity) return polity.name;
  }
  return null;
}
