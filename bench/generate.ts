/**
 * A deterministic generator of news-like briefing files: the same seed and size always give
 * the same files, byte for byte. Meetings between invented officials of real countries are
 * reported by several briefings (announcements before, reports after), people recur across
 * briefings, filler words follow a Zipf law, and planted facts sit in known briefings.
 *
 *   node dist/bench/generate.js --size 100 --seed 7 --write /tmp/briefings [--crowded]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBriefing } from '../src/corpus/parseBriefing.js';
import type { Briefing, Paragraph, SkippedFile } from '../src/types.js';
import { PLANTED_FACTS, type PlantedFact } from './facts.js';
import { Random, ZipfSampler } from './random.js';
import {
  ADJECTIVES,
  COUNTRIES,
  type Country,
  GIVEN_SYLLABLES,
  MEETING_FORMATS,
  MEETING_KINDS,
  MONTHS,
  NOUNS,
  ROLES,
  type Role,
  type RoleKey,
  SURNAME_SYLLABLES,
  TOPICS,
  VERBS,
  WEEKDAYS,
} from './vocabulary.js';

export const DEFAULT_SEED = 20230425;

const DAY_MS = 86_400_000;
const FIRST_MEETING_MS = Date.UTC(2021, 0, 4);
const CORPUS_SPAN_DAYS = 4 * 365;
const MEETING_DATE_JITTER_DAYS = 5;
const BRIEFINGS_PER_MEETING = 2.5;
const DISTRACTOR_SHARE = 0.08;
const SERIES_SHARE = 0.35;
const SERIES_LOOKBACK = 30;
const ANNOUNCEMENT_SHARE = 0.3;
const ANNOUNCEMENT_LEAD_DAYS = { min: 1, max: 12 };
const REPORT_LAG_DAYS = { min: 0, max: 3 };
const DELEGATIONS = { min: 2, max: 4 };
const TOPICS_PER_MEETING = { min: 1, max: 3 };
const DELEGATIONS_NAMED_IN_FULL = 3;
const DATE_LINE_SHARE = 0.85;
const INLINE_DATE_SHARE = 0.05;
const HEADLINE_SHARE = 0.9;
const AMERICAN_SPELLING_SHARE = 0.4;
const AGENCY_TAG_SHARE = 0.3;
const SUBHEADING_SHARE = 0.2;
const EXTRA_FILLER_SHARE = 0.25;
const NEXT_ROUND_SHARE = 0.5;
/** Share of report headlines naming the format ("Foreign ministers of … meet in …"). */
const FORMAT_HEADLINE_SHARE = 0.5;
/** Where a "Background" sub-heading goes: before the paragraph about earlier meetings. */
const BACKGROUND_PARAGRAPH = 3;
const SPOKESMEN_PER_COUNTRY = 1;
const ANALYSTS = 40;
const GIVEN_NAME_SYLLABLES = 2;
const SURNAME_SYLLABLE_RANGE = { min: 2, max: 3 };
const MONTHS_PER_YEAR = 12;
const FILE_NUMBER_DIGITS = 5;
const SPOKESMAN_TITLE = 'foreign ministry spokesman';
/** The paragraph (0-based) a planted fact goes into, when the briefing has that many. */
const FACT_PARAGRAPH = 2;

export interface Person {
  readonly name: string;
  readonly surname: string;
  readonly country: Country;
  /** null for spokesmen and analysts, who are quoted but never attend. */
  readonly role: Role | null;
  /** How people without a role are introduced: "foreign ministry spokesman". */
  readonly title: string | null;
}

export interface GeneratedMeeting {
  readonly id: string;
  /** ISO date, "2023-04-25". */
  readonly date: string;
  readonly kind: string;
  readonly roles: readonly Role[];
  readonly countries: readonly Country[];
  readonly host: Country;
  readonly city: string;
  readonly topics: readonly string[];
  readonly attendees: readonly Person[];
  readonly previous: GeneratedMeeting | null;
  readonly files: string[];
}

export type BriefingKind = 'announcement' | 'report' | 'distractor';

export interface GeneratedFile {
  /** File name, as the product sees it relative to the briefings folder. */
  readonly file: string;
  readonly text: string;
  readonly published: string | null;
  readonly headline: string | null;
  /** The body's paragraphs in order, each as its sentences. */
  readonly paragraphs: readonly (readonly string[])[];
  readonly kind: BriefingKind;
  readonly meetingId: string | null;
}

export interface PlacedFact extends PlantedFact {
  /** The briefing that holds the fact's sentence. */
  readonly file: string;
}

export interface GeneratedCorpus {
  readonly seed: number;
  readonly size: number;
  readonly files: readonly GeneratedFile[];
  readonly people: readonly Person[];
  readonly meetings: readonly GeneratedMeeting[];
  readonly facts: readonly PlacedFact[];
}

export interface GeneratorOptions {
  readonly size: number;
  readonly seed?: number;
  /**
   * Every meeting in one city, hosted by one country, within one month: clustering's worst
   * case, where date and place separate no meeting from another.
   */
  readonly crowded?: boolean;
}

/** The month and the host of a crowded corpus's meetings. */
const CROWDED_FIRST_DAY_MS = Date.UTC(2023, 2, 1);
const CROWDED_SPAN_DAYS = 28;

const nouns = new ZipfSampler(NOUNS);
const verbs = new ZipfSampler(VERBS);
const adjectives = new ZipfSampler(ADJECTIVES);

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function joinList(items: readonly string[], oxfordComma = false): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(', ');
  return `${head}${oxfordComma && items.length > 2 ? ',' : ''} and ${items[items.length - 1]}`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function inventPeople(random: Random): Person[] {
  const taken = new Set<string>();
  const forbidden = PLANTED_FACTS.map((fact) => fact.keyword.toLowerCase());
  const inventName = (): { name: string; surname: string } => {
    for (;;) {
      let given = '';
      for (let i = 0; i < GIVEN_NAME_SYLLABLES; i++) given += random.pick(GIVEN_SYLLABLES);
      let surname = '';
      const syllables = random.between(SURNAME_SYLLABLE_RANGE.min, SURNAME_SYLLABLE_RANGE.max);
      for (let i = 0; i < syllables; i++) surname += random.pick(SURNAME_SYLLABLES);
      const name = `${capitalise(given)} ${capitalise(surname)}`;
      const folded = name.toLowerCase();
      if (taken.has(folded) || forbidden.some((word) => folded.includes(word))) continue;
      taken.add(folded);
      return { name, surname: capitalise(surname) };
    }
  };
  const people: Person[] = [];
  for (const country of COUNTRIES) {
    for (const role of ROLES) people.push({ ...inventName(), country, role, title: null });
    for (let i = 0; i < SPOKESMEN_PER_COUNTRY; i++) {
      people.push({ ...inventName(), country, role: null, title: SPOKESMAN_TITLE });
    }
  }
  for (let i = 0; i < ANALYSTS; i++) {
    const country = random.pick(COUNTRIES);
    people.push({ ...inventName(), country, role: null, title: null });
  }
  return people;
}

class PeopleDirectory {
  private readonly holders = new Map<string, Person>();
  private readonly spokesmen = new Map<string, Person>();
  readonly analysts: Person[] = [];

  constructor(readonly people: readonly Person[]) {
    const spokesmenSeen = new Set<string>();
    for (const person of people) {
      if (person.role) this.holders.set(`${person.country.name}/${person.role.key}`, person);
      else if (person.title === SPOKESMAN_TITLE && !spokesmenSeen.has(person.country.name)) {
        spokesmenSeen.add(person.country.name);
        this.spokesmen.set(person.country.name, person);
      } else this.analysts.push(person);
    }
  }

  holder(country: Country, role: RoleKey): Person {
    const person = this.holders.get(`${country.name}/${role}`);
    if (!person) throw new Error(`no ${role} for ${country.name}`);
    return person;
  }

  spokesman(country: Country): Person {
    const person = this.spokesmen.get(country.name);
    if (!person) throw new Error(`no spokesman for ${country.name}`);
    return person;
  }
}

function roleByKey(key: RoleKey): Role {
  const role = ROLES.find((candidate) => candidate.key === key);
  if (!role) throw new Error(`unknown role ${key}`);
  return role;
}

function planMeetings(
  random: Random,
  directory: PeopleDirectory,
  count: number,
  crowded = false,
): GeneratedMeeting[] {
  const meetings: GeneratedMeeting[] = [];
  const crowdedHost = COUNTRIES[0]!;
  for (let k = 0; k < count; k++) {
    const date = crowded
      ? isoDate(CROWDED_FIRST_DAY_MS + random.int(CROWDED_SPAN_DAYS) * DAY_MS)
      : isoDate(
          FIRST_MEETING_MS +
            (Math.floor((k * CORPUS_SPAN_DAYS) / count) + random.int(MEETING_DATE_JITTER_DAYS)) *
              DAY_MS,
        );
    const recent = meetings.slice(-SERIES_LOOKBACK);
    const previous = recent.length > 0 && random.chance(SERIES_SHARE) ? random.pick(recent) : null;
    const roles = previous ? previous.roles : random.pick(MEETING_FORMATS).map(roleByKey);
    const countries = previous
      ? previous.countries
      : crowded
        ? [
            crowdedHost,
            ...random.sample(
              COUNTRIES.filter((country) => country !== crowdedHost),
              random.between(DELEGATIONS.min, DELEGATIONS.max) - 1,
            ),
          ]
        : random.sample(COUNTRIES, random.between(DELEGATIONS.min, DELEGATIONS.max));
    const host = crowded ? crowdedHost : random.pick(countries);
    const city = crowded ? crowdedHost.cities[0]! : random.pick(host.cities);
    const topics = random.sample(
      TOPICS,
      random.between(TOPICS_PER_MEETING.min, TOPICS_PER_MEETING.max),
    );
    const attendees = countries.flatMap((country) =>
      roles.map((role) => directory.holder(country, role.key)),
    );
    const slug = `${city}-${roles[0]?.plural ?? 'meeting'}-${date}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    meetings.push({
      id: `${slug}-${k}`,
      date,
      kind: random.pick(MEETING_KINDS),
      roles,
      countries,
      host,
      city,
      topics,
      attendees,
      previous,
      files: [],
    });
  }
  return meetings;
}

/** How one briefing writes: spelling conventions differ between outlets. */
interface Style {
  readonly american: boolean;
  countryName(country: Country): string;
  roleTitle(role: Role): string;
  formatPhrase(roles: readonly Role[]): string;
  list(items: readonly string[]): string;
}

function makeStyle(random: Random): Style {
  const american = random.chance(AMERICAN_SPELLING_SHARE);
  const spell = (text: string) =>
    american
      ? text.replace(/Defence|defence/g, (word) => (word[0] === 'D' ? 'Defense' : 'defense'))
      : text;
  const chosenNames = new Map<string, string>();
  return {
    american,
    countryName(country) {
      let name = chosenNames.get(country.name);
      if (!name) {
        name =
          american && country.variants.length > 0
            ? (country.variants[0] as string)
            : random.pick([country.name, ...country.variants]);
        chosenNames.set(country.name, name);
      }
      return name;
    },
    roleTitle: (role) => spell(role.title),
    formatPhrase: (roles) => spell(joinList(roles.map((role) => role.plural))),
    list: (items) => joinList(items, american),
  };
}

/** Everything one briefing's sentences draw on. */
class BriefingWriter {
  private readonly mentioned = new Set<Person>();

  constructor(
    private readonly random: Random,
    private readonly style: Style,
    private readonly published: number,
  ) {}

  /** First mention with role ("Turkish Foreign Minister Ayla Demir"), then the surname. */
  person(person: Person): string {
    if (this.mentioned.has(person)) return person.surname;
    this.mentioned.add(person);
    const title = person.role ? this.style.roleTitle(person.role) : person.title;
    return title ? `${person.country.demonym} ${title} ${person.name}` : person.name;
  }

  /** First mention by full name, then the surname, where the sentence already says the role. */
  name(person: Person): string {
    if (this.mentioned.has(person)) return person.surname;
    this.mentioned.add(person);
    return person.name;
  }

  countries(countries: readonly Country[]): string {
    return this.style.list(countries.map((country) => this.style.countryName(country)));
  }

  filler(): string {
    const r = this.random;
    const country = this.style.countryName(r.pick(COUNTRIES));
    const city = r.pick(r.pick(COUNTRIES).cities);
    switch (r.int(6)) {
      case 0:
        return `The ${adjectives.draw(r)} ${nouns.draw(r)} ${verbs.draw(r)} the ${nouns.draw(r)} of the ${nouns.draw(r)}, officials said.`;
      case 1:
        return `${capitalise(nouns.draw(r))} in ${city} ${verbs.draw(r)} the ${adjectives.draw(r)} ${nouns.draw(r)}.`;
      case 2:
        return `Analysts said the ${nouns.draw(r)} could affect ${adjectives.draw(r)} ${nouns.draw(r)} across the region.`;
      case 3:
        return `The ${nouns.draw(r)} was ${verbs.draw(r)} after ${adjectives.draw(r)} ${nouns.draw(r)} with ${country}.`;
      case 4:
        return `Officials ${verbs.draw(r)} the ${adjectives.draw(r)} ${nouns.draw(r)} on ${r.pick(WEEKDAYS)}.`;
      default:
        return `According to the ${nouns.draw(r)}, the ${adjectives.draw(r)} ${nouns.draw(r)} remains a priority for ${country}.`;
    }
  }

  /** "last month", "in March", "last December", "in March 2022", relative to publication. */
  relativeMonth(date: string): string {
    const then = new Date(`${date}T00:00:00Z`);
    const now = new Date(this.published);
    const months =
      (now.getUTCFullYear() - then.getUTCFullYear()) * MONTHS_PER_YEAR +
      now.getUTCMonth() -
      then.getUTCMonth();
    const month = MONTHS[then.getUTCMonth()] as string;
    if (months <= 0) return 'earlier this month';
    if (months === 1) return 'last month';
    if (months < MONTHS_PER_YEAR) {
      return now.getUTCFullYear() === then.getUTCFullYear() ? `in ${month}` : `last ${month}`;
    }
    return `in ${month} ${then.getUTCFullYear()}`;
  }

  withFiller(sentences: string[]): string[] {
    if (this.random.chance(EXTRA_FILLER_SHARE)) sentences.push(this.filler());
    return sentences;
  }
}

function meetingParagraphs(
  random: Random,
  writer: BriefingWriter,
  style: Style,
  directory: PeopleDirectory,
  meeting: GeneratedMeeting,
  kind: 'announcement' | 'report',
): { headline: string; paragraphs: string[][]; backgroundAt: number } {
  const countries = writer.countries(meeting.countries);
  const format = style.formatPhrase(meeting.roles);
  const meetingDate = new Date(`${meeting.date}T00:00:00Z`);
  const weekday = WEEKDAYS[meetingDate.getUTCDay()] as string;
  const monthDay = `${MONTHS[meetingDate.getUTCMonth()]} ${meetingDate.getUTCDate()}`;
  const topics = style.list(meeting.topics);
  const hostSpokesman = directory.spokesman(meeting.host);
  const lead = random.pick(meeting.attendees);
  const tag =
    kind === 'report' && random.chance(AGENCY_TAG_SHARE)
      ? `${meeting.city.toUpperCase()} (AA) - `
      : '';

  const opening =
    kind === 'report'
      ? [
          `${tag}The ${format} of ${countries} held ${adjectives.draw(random)} talks in ${meeting.city} on ${weekday}, the ${meeting.host.demonym} foreign ministry said.`,
          `The ${meeting.kind} in ${meeting.city} focused on ${topics}.`,
        ]
      : [
          `The ${format} of ${countries} are scheduled to meet in ${meeting.city} on ${monthDay}, according to ${writer.person(lead)}.`,
          `The ${meeting.kind} aims to address ${topics}.`,
        ];

  const delegations = meeting.countries.slice(0, DELEGATIONS_NAMED_IN_FULL).map((country) => {
    const members = meeting.attendees.filter((person) => person.country === country);
    const named = style.list(members.map((person) => writer.person(person)));
    return kind === 'report'
      ? `${named} represented ${style.countryName(country)}.`
      : `${named} will lead the ${country.demonym} delegation.`;
  });
  const others = meeting.countries.slice(DELEGATIONS_NAMED_IN_FULL);
  if (others.length > 0) {
    delegations.push(
      kind === 'report'
        ? `Officials from ${writer.countries(others)} also took part.`
        : `Officials from ${writer.countries(others)} will also take part.`,
    );
  }

  const speaker = random.pick(meeting.attendees);
  const topic = random.pick(meeting.topics);
  const quotes = [
    kind === 'report'
      ? `"We agreed to keep working on ${topic}," ${writer.person(speaker)} told reporters.`
      : `"We hope to make progress on ${topic}," ${writer.person(speaker)} told reporters.`,
    writer.filler(),
    `${writer.person(hostSpokesman)} said the ${adjectives.draw(random)} ${nouns.draw(random)} would be reviewed at the next meeting.`,
  ];

  const previous = meeting.previous;
  const background = [
    previous
      ? `The ${format} had previously met in ${previous.city} ${writer.relativeMonth(previous.date)} and agreed to continue the talks.`
      : `It was the first meeting in this format since ${meetingDate.getUTCFullYear() - 1}.`,
    meeting.roles.some((role) => role.key === 'president')
      ? `${writer.person(directory.spokesman(random.pick(meeting.countries)))} said the ${nouns.draw(random)} was ${verbs.draw(random)} by the delegations.`
      : `${meeting.host.demonym} President ${directory.holder(meeting.host, 'president').name} welcomed the talks, his spokesman ${writer.name(hostSpokesman)} said.`,
    writer.filler(),
  ];

  const closing = [writer.filler(), writer.filler()];
  if (random.chance(NEXT_ROUND_SHARE)) {
    const nextCity = random.pick(random.pick(meeting.countries).cities);
    closing.push(`The next round is expected to take place in ${nextCity}.`);
  }

  const plural = capitalise(format);
  const headline =
    kind === 'report'
      ? random.chance(FORMAT_HEADLINE_SHARE)
        ? `${plural} of ${countries} meet in ${meeting.city}`
        : `${countries} hold ${meeting.kind} on ${meeting.topics[0]} in ${meeting.city}`
      : `${plural} of ${countries} to meet in ${meeting.city}`;

  return {
    headline,
    paragraphs: [opening, delegations, quotes, background, closing].map((sentences) =>
      writer.withFiller(sentences),
    ),
    backgroundAt: BACKGROUND_PARAGRAPH,
  };
}

function distractorParagraphs(
  random: Random,
  writer: BriefingWriter,
  style: Style,
  directory: PeopleDirectory,
): { headline: string; paragraphs: string[][]; backgroundAt: number } {
  const country = random.pick(COUNTRIES);
  const official = directory.holder(country, random.pick(ROLES).key);
  const other = directory.holder(random.pick(COUNTRIES), random.pick(ROLES).key);
  const analyst = random.pick(directory.analysts);
  const topic = random.pick(TOPICS);
  const city = random.pick(country.cities);
  const paragraphs = [
    [
      `${writer.person(official)} said on ${random.pick(WEEKDAYS)} that ${style.countryName(country)} would increase spending on ${topic}.`,
      writer.filler(),
    ],
    [
      `${writer.person(other)} ${verbs.draw(random)} the ${adjectives.draw(random)} ${nouns.draw(random)} in ${city}.`,
      writer.filler(),
      writer.filler(),
    ],
    [
      `${writer.person(analyst)}, an analyst in ${random.pick(random.pick(COUNTRIES).cities)}, said no new meeting had been scheduled.`,
      writer.filler(),
      writer.filler(),
    ],
    [writer.filler(), writer.filler(), writer.filler()],
    [writer.filler(), writer.filler()],
  ].map((sentences) => writer.withFiller(sentences));
  return {
    headline: `${style.countryName(country)} to increase spending on ${topic}`,
    paragraphs,
    backgroundAt: BACKGROUND_PARAGRAPH,
  };
}

function fileName(index: number): string {
  return `b${String(index + 1).padStart(FILE_NUMBER_DIGITS, '0')}.txt`;
}

/** Which briefing each planted fact goes into: distinct briefings when there are enough. */
function placeFacts(random: Random, size: number): Map<number, PlantedFact[]> {
  const indices =
    size >= PLANTED_FACTS.length
      ? random.sample(
          Array.from({ length: size }, (_, i) => i),
          PLANTED_FACTS.length,
        )
      : PLANTED_FACTS.map((_, i) => i % size);
  const byBriefing = new Map<number, PlantedFact[]>();
  PLANTED_FACTS.forEach((fact, i) => {
    const at = indices[i] as number;
    byBriefing.set(at, [...(byBriefing.get(at) ?? []), fact]);
  });
  return byBriefing;
}

/** Generates `size` briefings from `seed`. Pure: the same options give an identical corpus. */
export function generateCorpus(options: GeneratorOptions): GeneratedCorpus {
  const { size } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`size must be a positive integer: ${size}`);
  const root = new Random(seed);
  const people = inventPeople(root.fork());
  const directory = new PeopleDirectory(people);
  const meetingCount = Math.max(
    1,
    Math.round((size * (1 - DISTRACTOR_SHARE)) / BRIEFINGS_PER_MEETING),
  );
  const meetings = planMeetings(root.fork(), directory, meetingCount, options.crowded ?? false);

  const assignment = root.fork();
  const slots: (GeneratedMeeting | null)[] = meetings.slice(0, size);
  while (slots.length < size) {
    slots.push(assignment.chance(DISTRACTOR_SHARE) ? null : assignment.pick(meetings));
  }
  const order = assignment.sample(slots, slots.length);
  const facts = placeFacts(root.fork(), size);

  const files: GeneratedFile[] = [];
  const placed: PlacedFact[] = [];
  order.forEach((meeting, index) => {
    const random = root.fork();
    const file = fileName(index);
    const kind: BriefingKind = !meeting
      ? 'distractor'
      : random.chance(ANNOUNCEMENT_SHARE)
        ? 'announcement'
        : 'report';
    const anchor = meeting
      ? Date.parse(`${meeting.date}T00:00:00Z`)
      : FIRST_MEETING_MS + random.int(CORPUS_SPAN_DAYS) * DAY_MS;
    const publishedMs =
      kind === 'announcement'
        ? anchor - random.between(ANNOUNCEMENT_LEAD_DAYS.min, ANNOUNCEMENT_LEAD_DAYS.max) * DAY_MS
        : anchor + random.between(REPORT_LAG_DAYS.min, REPORT_LAG_DAYS.max) * DAY_MS;
    const style = makeStyle(random);
    const writer = new BriefingWriter(random, style, publishedMs);
    const body =
      meeting && kind !== 'distractor'
        ? meetingParagraphs(random, writer, style, directory, meeting, kind)
        : distractorParagraphs(random, writer, style, directory);
    meeting?.files.push(file);

    for (const fact of facts.get(index) ?? []) {
      const paragraph = body.paragraphs[
        Math.min(FACT_PARAGRAPH, body.paragraphs.length - 1)
      ] as string[];
      paragraph.splice(random.between(0, paragraph.length), 0, fact.sentence);
      placed.push({ ...fact, file });
    }
    const paragraphs: string[][] = [...body.paragraphs];
    if (random.chance(SUBHEADING_SHARE)) paragraphs.splice(body.backgroundAt, 0, ['Background']);

    const dateRoll = random.float();
    const dateMode =
      dateRoll < DATE_LINE_SHARE
        ? 'line'
        : dateRoll < DATE_LINE_SHARE + INLINE_DATE_SHARE
          ? 'inline'
          : 'none';
    const published = dateMode === 'none' ? null : isoDate(publishedMs);
    const headline = dateMode !== 'inline' && random.chance(HEADLINE_SHARE) ? body.headline : null;
    const bodyText = paragraphs.map((sentences) => sentences.join(' ')).join('\n\n');
    const blocks = [
      ...(dateMode === 'line' ? [`date ${published}`] : []),
      ...(headline ? [headline] : []),
      dateMode === 'inline' ? ` date ${published} ${bodyText}` : bodyText,
    ];
    files.push({
      file,
      text: `${blocks.join('\n\n')}\n`,
      published,
      headline,
      paragraphs,
      kind,
      meetingId: meeting?.id ?? null,
    });
  });

  return { seed, size, files, people, meetings, facts: orderFacts(placed) };
}

function orderFacts(placed: PlacedFact[]): PlacedFact[] {
  const position = new Map(PLANTED_FACTS.map((fact, i) => [fact.id, i]));
  return [...placed].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}

const encoder = new TextEncoder();

export function encodeFile(file: GeneratedFile): Uint8Array {
  return encoder.encode(file.text);
}

export interface ParsedCorpus {
  readonly briefings: Briefing[];
  readonly skipped: SkippedFile[];
}

/** Parses the generated files with the product's own parser, as it would read them from disk. */
export function parseCorpus(
  files: readonly GeneratedFile[],
  bytes: readonly Uint8Array[] = files.map(encodeFile),
): ParsedCorpus {
  const briefings: Briefing[] = [];
  const skipped: SkippedFile[] = [];
  files.forEach((file, i) => {
    const parsed = parseBriefing(file.file, bytes[i] as Uint8Array);
    if (parsed.ok) briefings.push(parsed.value);
    else skipped.push(parsed.error);
  });
  return { briefings, skipped };
}

/**
 * The briefing as the generator built it, without the product's parser: lets the baseline run
 * while the parser is unavailable. The headline, when there is one, is paragraph 1.
 */
export function generatedBriefing(file: GeneratedFile): Briefing {
  const blocks = [...(file.headline ? [[file.headline]] : []), ...file.paragraphs];
  const paragraphs: Paragraph[] = blocks.map((sentences, p) => {
    let offset = 0;
    const kind = p === 0 && file.headline ? 'headline' : 'body';
    return {
      index: p + 1,
      text: sentences.join(' '),
      kind,
      dateline: null,
      sentences: sentences.map((text, s) => {
        const start = offset;
        offset += text.length + 1;
        return { index: s + 1, start, end: start + text.length, text, kind, cutOff: false };
      }),
    };
  });
  return {
    file: file.file,
    published: file.published,
    publishedFrom: file.published ? 'dateLine' : null,
    headline: file.headline,
    paragraphs,
    contentHash: fnv1a(file.text),
  };
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HEX = 16;

function fnv1a(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return (hash >>> 0).toString(HEX);
}

/** Writes the corpus as files, with the planted facts and their questions in facts.json. */
export function writeCorpus(corpus: GeneratedCorpus, dir: string): void {
  for (const file of corpus.files) {
    const path = join(dir, file.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  const facts = corpus.facts.map(({ id, file, question, answer, sentence }) => ({
    id,
    file,
    question,
    answer,
    sentence,
  }));
  writeFileSync(join(dir, 'facts.json'), `${JSON.stringify(facts, null, 2)}\n`);
}

function main(argv: readonly string[]): void {
  const value = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const dir = value('--write');
  const size = Number(value('--size') ?? '100');
  const crowded = argv.includes('--crowded');
  const seed = Number(value('--seed') ?? DEFAULT_SEED);
  if (!dir || !Number.isInteger(size) || size < 1 || !Number.isInteger(seed)) {
    process.stderr.write('✗ usage: generate --write DIR [--size N] [--seed N] [--crowded]\n');
    process.exitCode = 1;
    return;
  }
  const corpus = generateCorpus({ size, seed, crowded });
  writeCorpus(corpus, dir);
  process.stderr.write(`wrote ${corpus.files.length} briefings and facts.json to ${dir}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
