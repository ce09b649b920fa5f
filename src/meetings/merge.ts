import { formatDate } from '../corpus/calendar.js';
import type { IsoDate, MeetingStatus, PassageId } from '../types.js';
import { datesCompatible, daySpan, precisionOf } from './dates.js';
import type { MeetingMention } from './mentions.js';
import { findPolity } from './places/gazetteer.js';
import { isGenericRole, roleKeys, rolesCompatible } from './roles.js';
import { nameKey, slug, unique } from './text.js';
import { topicKey } from './topics.js';
import type { AttendeeRecord, MeetingRecord, TopicRecord } from './types.js';

/** Mentions of one meeting gathered from several briefings. */
export interface MeetingCluster {
  readonly mentions: MeetingMention[];
  readonly briefings: Set<string>;
  date: IsoDate | null;
  endDate: IsoDate | null;
  /** The date as first and last day numbers, for quick comparison. */
  span: [number, number] | null;
  city: string | null;
  placeCountry: string | null;
  format: string | null;
  ordinal: number | null;
  level: Set<string>;
  /** Surname keys → the given names they came with ("" when a surname came alone). */
  people: Map<string, Set<string>>;
  countries: Set<string>;
  /** Whether one of its mentions is a briefing's main meeting. */
  primary: boolean;
}

/**
 * Score needed to merge two dated accounts, and the higher bar when one has no date: then the
 * evidence itself (people, place, format, countries) must reach it, both being a briefing's
 * main meeting does not count.
 */
const MERGE_SCORE = 2;
const MERGE_SCORE_UNDATED = 3;
const MAX_TOPICS = 8;

/** Surname-level key: "Recep Tayyip Erdoğan" and "Tayyip Erdogan" meet at "erdogan". */
const surnameKey = (name: string) => nameKey(name).split(' ').at(-1) ?? '';

/** A person as the merge compares them: surname, and the forenames when the text gives them. */
interface PersonKey {
  readonly surname: string;
  /** The words before the surname, joined by spaces; "" when only a surname is known. */
  readonly given: string;
}

function personKey(name: string): PersonKey {
  const words = nameKey(name).split(' ');
  return { surname: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/** Letters two spellings of one forename share at the start ("sergei", "sergey", "serghey"). */
const FORENAME_PREFIX = 3;

/**
 * Whether two forenames can be one person's: one is missing, or a word of one starts like a
 * word of the other ("Tayyip" in "Recep Tayyip"; "Sergei" and "Sergey"), while "Jake" and
 * "John" differ.
 */
function forenamesAgree(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  const bWords = b.split(' ');
  return a.split(' ').some((word) =>
    bWords.some((other) => {
      const n = Math.min(FORENAME_PREFIX, word.length, other.length);
      return word.slice(0, n) === other.slice(0, n) && (n === FORENAME_PREFIX || word === other);
    }),
  );
}

/** Whether a cluster has someone who can be this person: the same surname, forenames agreeing. */
function hasPerson(people: ReadonlyMap<string, ReadonlySet<string>>, person: PersonKey): boolean {
  const given = people.get(person.surname);
  if (!given) return false;
  for (const other of given) if (forenamesAgree(person.given, other)) return true;
  return false;
}

const spans = new WeakMap<MeetingMention, [number, number] | null>();
function spanOf(mention: MeetingMention): [number, number] | null {
  let span = spans.get(mention);
  if (span === undefined) {
    span = mention.date ? daySpan(mention.date, mention.endDate) : null;
    spans.set(mention, span);
  }
  return span;
}

const peopleOf = new WeakMap<MeetingMention, PersonKey[]>();
function mentionPeople(mention: MeetingMention): PersonKey[] {
  let people = peopleOf.get(mention);
  if (!people) {
    // One person named in several sentences counts once.
    const names = new Set(mention.attendees.filter((a) => a.name).map((a) => nameKey(a.name!)));
    people = [...names].map(personKey);
    peopleOf.set(mention, people);
  }
  return people;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Days of slack when comparing two accounts' dates (a report dated by its local day). */
const DATE_SLACK_DAYS = 1;

function mergeScore(cluster: MeetingCluster, mention: MeetingMention): number | null {
  const bothDated = cluster.date !== null && mention.date !== null;
  if (bothDated) {
    const [c1, c2] = cluster.span!;
    const [m1, m2] = spanOf(mention)!;
    if (c1 - DATE_SLACK_DAYS > m2 || m1 - DATE_SLACK_DAYS > c2) return null;
  }
  if (cluster.briefings.has(mention.briefing)) return null;
  if (cluster.format && mention.format && cluster.format !== mention.format) return null;
  if (cluster.ordinal && mention.ordinal && cluster.ordinal !== mention.ordinal) return null;
  const levelShared = sharesAny(mention.level, cluster.level);
  // Ministers of one office and of another meet apart, unless a named format says it is one.
  const sameFormat = cluster.format !== null && cluster.format === mention.format;
  if (cluster.level.size > 0 && mention.level.size > 0 && !levelShared && !sameFormat) return null;
  let sharedPeople = 0;
  for (const person of mentionPeople(mention))
    if (hasPerson(cluster.people, person)) sharedPeople++;
  const cityDiffers = cluster.city && mention.city && cluster.city !== mention.city;
  const countryDiffers =
    cluster.placeCountry && mention.placeCountry && cluster.placeCountry !== mention.placeCountry;
  // Places that differ part two accounts, unless their dates agree and they share people.
  if ((cityDiffers || countryDiffers) && (sharedPeople < 2 || !bothDated)) return null;
  const sameCountries = jaccard(cluster.countries, mention.countries) >= 0.5;
  let score = 2 * sharedPeople;
  if (cluster.city && cluster.city === mention.city) score += 2;
  else if (!cluster.city && cluster.placeCountry && cluster.placeCountry === mention.placeCountry)
    score += 1;
  if (cluster.format && cluster.format === mention.format) score += 2;
  if (cluster.ordinal && cluster.ordinal === mention.ordinal) score += 3;
  if (sameCountries) score += 1;
  if (levelShared) score += 1;
  if (bothDated && precisionOf(cluster.date!) === 'day' && cluster.date === mention.date)
    score += 1;
  if (!bothDated && score < MERGE_SCORE_UNDATED) return null;
  // A briefing's main meeting is more likely another briefing's main meeting than a passing one.
  if (mention.primary && cluster.primary) score += 1;
  if (bothDated) return score >= MERGE_SCORE ? score : null;
  if (!mention.date && !reportFits(mention, cluster)) return null;
  // With only people to go by, one shared name is a coincidence of who is in the news.
  const placeless = !mention.city && !mention.placeCountry && !mention.format && !mention.ordinal;
  if (!mention.date && placeless && sharedPeople < 2) return null;
  // Without a date to agree on, a place alone is not enough: something about who met must agree too.
  const sameSeat = sharedPeople > 0 || sameFormat || sameCountries;
  return score >= MERGE_SCORE_UNDATED && sameSeat ? score : null;
}

/**
 * Whether an undated account fits a dated meeting by when it was written: a report of a
 * meeting held that gives it no date of its own tells recent news, so the meeting ended at
 * most REPORT_LAG_DAYS before the report, and not after it; an announcement's meeting is not
 * over before the report.
 */
function reportFits(mention: MeetingMention, cluster: MeetingCluster): boolean {
  if (!mention.reported || !cluster.span || !mention.primary) return true;
  const [first, last] = cluster.span;
  const day = daySpan(mention.reported, null)[0];
  if (mention.status === 'announced') return last >= day - DATE_SLACK_DAYS;
  if (mention.status !== 'held') return true;
  return first <= day + DATE_SLACK_DAYS && last >= day - REPORT_LAG_DAYS;
}

/** Days before its report an undated held meeting may have ended (see reportFits). */
const REPORT_LAG_DAYS = 31;

function sharesAny(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** What a mention is filed under: its people, city, format, country, ordinal (or month). */
function keysOf(mention: MeetingMention): string[] {
  let keys = keysByMention.get(mention);
  if (!keys) {
    keys = mentionKeys(mention);
    keysByMention.set(mention, keys);
  }
  return keys;
}

const keysByMention = new WeakMap<MeetingMention, string[]>();

function mentionKeys(mention: MeetingMention): string[] {
  const keys = mentionPeople(mention).map((p) => `p:${p.surname}`);
  if (mention.city) keys.push(`c:${mention.city}`);
  if (mention.format) keys.push(`f:${mention.format}`);
  if (!mention.city && mention.placeCountry) keys.push(`k:${mention.placeCountry}`);
  if (mention.ordinal) keys.push(`o:${mention.ordinal}`);
  // With nothing else to go by, mentions of the same month are compared.
  if (keys.length === 0 && mention.date) keys.push(`m:${mention.date.slice(0, 7)}`);
  return keys;
}

function absorb(cluster: MeetingCluster, mention: MeetingMention): void {
  cluster.mentions.push(mention);
  cluster.briefings.add(mention.briefing);
  cluster.primary ||= mention.primary;
  if (mention.date && (!cluster.date || mention.dateStrength > strongest(cluster, mention))) {
    cluster.date = mention.date;
    cluster.endDate = mention.endDate;
    cluster.span = spanOf(mention);
  }
  cluster.city ??= mention.city;
  cluster.placeCountry ??= mention.placeCountry;
  cluster.format ??= mention.format;
  cluster.ordinal ??= mention.ordinal;
  for (const level of mention.level) cluster.level.add(level);
  for (const person of mentionPeople(mention)) {
    const given = cluster.people.get(person.surname);
    if (given) given.add(person.given);
    else cluster.people.set(person.surname, new Set([person.given]));
  }
  for (const country of mention.countries) cluster.countries.add(country);
}

function strongest(cluster: MeetingCluster, except: MeetingMention): number {
  return Math.max(
    0,
    ...cluster.mentions.filter((m) => m !== except && m.date).map((m) => m.dateStrength),
  );
}

/**
 * Candidates a mention is compared with under one key, at most: those nearest its date. A
 * place and month that every meeting of a corpus shares would otherwise make each mention
 * compare with every meeting there, and the work grow with the square of the corpus.
 */
export const CANDIDATES_PER_KEY = 64;
/** A dated cluster spanning at most this many days is filed under each of its days. */
const DAY_FILED_SPAN_DAYS = 31;
/** Width of the buckets that file clusters of a longer span (a year). */
const BUCKET_DAYS = 30;
/** How far from its report's date an undated mention looks for the nearest clusters first. */
const UNDATED_REACH_DAYS = 366;

const bucketOf = (day: number) => Math.floor(day / BUCKET_DAYS);
const isLong = ([first, last]: readonly [number, number]) => last - first >= DAY_FILED_SPAN_DAYS;

/** The whole numbers from `low` to `high`, nearest `from` first (ties: the earlier first). */
function* nearestFirst(from: number, low: number, high: number): Generator<number> {
  for (let distance = 0; from - distance >= low || from + distance <= high; distance++) {
    if (from - distance >= low) yield from - distance;
    if (distance > 0 && from + distance <= high) yield from + distance;
  }
}

/** Clusters under one key: in the order they joined it, and by date. */
interface KeyEntry {
  /** Each cluster's place in the key's order: ties between candidates go to the earliest. */
  readonly order: Map<MeetingCluster, number>;
  /** Dated clusters of a short span, under each day of it. */
  readonly byDay: Map<number, Set<MeetingCluster>>;
  /** Dated clusters of a long span, under each bucket it touches. */
  readonly byBucket: Map<number, Set<MeetingCluster>>;
  /** Clusters without a date. */
  readonly undated: Set<MeetingCluster>;
}

/** Where a cluster is filed: its keys, and the span it is filed by (null: undated). */
interface Filing {
  readonly keys: string[];
  span: [number, number] | null;
}

/** Counts of the clustering's work, for tests and measurements. */
export interface ClusteringStats {
  /** Mentions compared with a cluster. */
  comparisons: number;
}

/**
 * Which clusters a mention may belong to: those sharing a key with it (a person, the city,
 * the format…) and, when the mention is dated, whose date can be the same within the merge
 * slack; of those, at most CANDIDATES_PER_KEY per key, nearest the mention's date first.
 */
class ClusterIndex {
  readonly #keys = new Map<string, KeyEntry>();
  readonly #filed = new Map<MeetingCluster, Filing>();

  /** Candidates in the order of the mention's keys, then of joining the key. */
  candidates(mention: MeetingMention): MeetingCluster[] {
    const found: MeetingCluster[] = [];
    const seen = new Set<MeetingCluster>();
    for (const key of keysOf(mention)) {
      const entry = this.#keys.get(key);
      if (!entry) continue;
      const fresh: MeetingCluster[] = [];
      const take = (cluster: MeetingCluster) => {
        if (seen.has(cluster)) return;
        seen.add(cluster);
        fresh.push(cluster);
      };
      this.#nearest(entry, mention, take, () => fresh.length >= CANDIDATES_PER_KEY);
      if (fresh.length > 1) fresh.sort((a, b) => entry.order.get(a)! - entry.order.get(b)!);
      found.push(...fresh);
    }
    return found;
  }

  /**
   * Offers `take` the key's clusters that can be the mention's meeting, nearest its date
   * first, until `full`: for a dated mention those whose dates overlap its own within the
   * slack, then the undated; for an undated one those nearest its report's date, the undated,
   * then the rest in the order they joined.
   */
  #nearest(
    entry: KeyEntry,
    mention: MeetingMention,
    take: (cluster: MeetingCluster) => void,
    full: () => boolean,
  ): void {
    const span = spanOf(mention);
    // An undated mention takes every cluster of a key that has no more than it may take.
    const takesAll = !span && entry.order.size <= CANDIDATES_PER_KEY;
    const reported =
      !span && !takesAll && mention.reported ? daySpan(mention.reported, null)[0] : null;
    const window: [number, number] | null = span
      ? [span[0] - DATE_SLACK_DAYS, span[1] + DATE_SLACK_DAYS]
      : reported !== null
        ? [reported - UNDATED_REACH_DAYS, reported + UNDATED_REACH_DAYS]
        : null;
    if (window) {
      const [low, high] = window;
      const centre = span ? Math.floor((span[0] + span[1]) / 2) : reported!;
      if (entry.byDay.size > 0) {
        for (const day of nearestFirst(centre, low, high)) {
          for (const cluster of entry.byDay.get(day) ?? []) {
            if (full()) return;
            take(cluster);
          }
        }
      }
      for (const bucket of nearestFirst(bucketOf(centre), bucketOf(low), bucketOf(high))) {
        for (const cluster of entry.byBucket.get(bucket) ?? []) {
          if (full()) return;
          const [first, last] = cluster.span!;
          if (first <= high && last >= low) take(cluster);
        }
      }
    }
    if (!takesAll) {
      for (const cluster of entry.undated) {
        if (full()) return;
        take(cluster);
      }
    }
    if (span) return;
    for (const cluster of entry.order.keys()) {
      if (full()) return;
      take(cluster);
    }
  }

  /** Files the cluster under the mention's keys (and under all its keys by its new date). */
  file(cluster: MeetingCluster, mention: MeetingMention, dateChanged: boolean): void {
    let filing = this.#filed.get(cluster);
    if (!filing) {
      filing = { keys: [], span: null };
      this.#filed.set(cluster, filing);
    }
    if (dateChanged) {
      for (const key of filing.keys) {
        const entry = this.#keys.get(key)!;
        this.#unfileByDate(entry, cluster, filing.span);
        this.#fileByDate(entry, cluster);
      }
      filing.span = cluster.span;
    }
    for (const key of keysOf(mention)) {
      let entry = this.#keys.get(key);
      if (!entry) {
        entry = { order: new Map(), byDay: new Map(), byBucket: new Map(), undated: new Set() };
        this.#keys.set(key, entry);
      }
      if (entry.order.has(cluster)) continue;
      entry.order.set(cluster, entry.order.size);
      filing.keys.push(key);
      this.#fileByDate(entry, cluster);
    }
    filing.span = cluster.span;
  }

  #fileByDate(entry: KeyEntry, cluster: MeetingCluster): void {
    const span = cluster.span;
    if (!span) {
      entry.undated.add(cluster);
      return;
    }
    const [index, first, last] = isLong(span)
      ? [entry.byBucket, bucketOf(span[0]), bucketOf(span[1])]
      : [entry.byDay, span[0], span[1]];
    for (let at = first; at <= last; at++) {
      const filed = index.get(at);
      if (filed) filed.add(cluster);
      else index.set(at, new Set([cluster]));
    }
  }

  #unfileByDate(entry: KeyEntry, cluster: MeetingCluster, span: [number, number] | null): void {
    if (!span) {
      entry.undated.delete(cluster);
      return;
    }
    const [index, first, last] = isLong(span)
      ? [entry.byBucket, bucketOf(span[0]), bucketOf(span[1])]
      : [entry.byDay, span[0], span[1]];
    for (let at = first; at <= last; at++) index.get(at)?.delete(cluster);
  }
}

/**
 * Groups mentions of the same meeting: same format, ordinal and level when both say, dates
 * compatible within their precision, and enough shared evidence (people, city, countries).
 * Candidates come from an index on people, city and format, narrowed by date and capped per
 * key, so the work grows with the number of mentions, not its square, even when every meeting
 * of a corpus shares one place and month.
 */
export function clusterMentions(
  mentions: readonly MeetingMention[],
  stats?: ClusteringStats,
): MeetingCluster[] {
  const order = [...mentions].sort(
    (a, b) =>
      Number(b.primary) - Number(a.primary) ||
      Number(b.date !== null) - Number(a.date !== null) ||
      b.dateStrength - a.dateStrength,
  );
  const clusters: MeetingCluster[] = [];
  const index = new ClusterIndex();
  for (const mention of order) {
    let best: MeetingCluster | null = null;
    let bestScore = 0;
    const candidates = index.candidates(mention);
    if (stats) stats.comparisons += candidates.length;
    for (const cluster of candidates) {
      const score = mergeScore(cluster, mention);
      if (score !== null && score > bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    if (!best) {
      best = {
        mentions: [],
        briefings: new Set(),
        date: null,
        endDate: null,
        span: null,
        city: null,
        placeCountry: null,
        format: null,
        ordinal: null,
        level: new Set(),
        people: new Map(),
        countries: new Set(),
        primary: false,
      };
      clusters.push(best);
    }
    const span = best.span;
    absorb(best, mention);
    index.file(best, mention, best.span !== span);
  }
  return clusters;
}

/** What the whole corpus says about a person: full name, usual country and role. */
export interface PersonFacts {
  readonly name: string;
  readonly country: string | null;
  readonly role: string | null;
}
export type PersonDirectory = (name: string) => PersonFacts | null;

function mergeAttendees(
  records: readonly AttendeeRecord[],
  directory: PersonDirectory,
): AttendeeRecord[] {
  const named = new Map<
    string,
    { names: string[]; roles: string[]; countries: string[]; sources: PassageId[] }
  >();
  const keyFor = new Map<string, string>();
  for (const record of records) {
    if (!record.name) continue;
    const full = nameKey(record.name);
    const surname = surnameKey(record.name);
    let key = keyFor.get(full) ?? keyFor.get(surname);
    if (!key) {
      key = full;
      keyFor.set(full, key);
      keyFor.set(surname, key);
    }
    const entry = named.get(key) ?? { names: [], roles: [], countries: [], sources: [] };
    entry.names.push(record.name);
    if (record.role) entry.roles.push(record.role);
    if (record.country) entry.countries.push(record.country);
    entry.sources.push(...record.sources);
    named.set(key, entry);
  }
  const result: AttendeeRecord[] = [];
  for (const entry of named.values()) {
    const name = entry.names.reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
    const facts = directory(name);
    const role =
      mostCommon(entry.roles.filter((r) => /[A-Z]/.test(r[0]!) || r.split(' ').length > 1)) ??
      mostCommon(entry.roles) ??
      facts?.role ??
      null;
    const country = mostCommon(entry.countries) ?? facts?.country ?? null;
    result.push({
      name: facts?.name && facts.name.length > name.length ? facts.name : name,
      role,
      country,
      sources: unique(entry.sources),
    });
  }
  const unnamed = new Map<string, AttendeeRecord>();
  for (const record of records) {
    if (record.name) continue;
    const key = `${record.country}|${[...roleKeys(record.role)].sort().join(',')}`;
    const known = unnamed.get(key);
    unnamed.set(
      key,
      known ? { ...known, sources: unique([...known.sources, ...record.sources]) } : record,
    );
  }
  for (const record of unnamed.values()) {
    const covered = result.some(
      (person) =>
        person.country === record.country && person.name && coversSeat(person.role, record.role),
    );
    if (!covered) result.push(record);
  }
  return result;
}

/** Whether a named attendee fills the seat an unnamed group describes. */
function coversSeat(namedRole: string | null, groupRole: string | null): boolean {
  const group = roleKeys(groupRole);
  if (isGenericRole(group)) return true;
  if (group.has('leader')) return roleKeys(namedRole).has('leader');
  return rolesCompatible(namedRole, groupRole);
}

function mostCommon(items: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [item, count] of counts) {
    if (count > bestCount) {
      best = item;
      bestCount = count;
    }
  }
  return best;
}

const PLURAL_OFFICE = (office: string) =>
  office
    .replace(/chief$/, 'chiefs')
    .replace(/(minister|leader|adviser|observer|representative|official|delegation)$/, '$1s');

function surname(name: string): string {
  const parts = name.split(' ');
  // East Asian names put the family name first when written with two short words ("Xi Jinping").
  return parts.length === 2 && parts[0]!.length <= 2 ? parts[0]! : parts.at(-1)!;
}

function describe(
  cluster: MeetingCluster,
  kind: string,
  size: string | null,
  attendees: readonly AttendeeRecord[],
  countries: readonly string[],
): { head: string; idPart: string } {
  const kindWord = kind === 'negotiations' || kind === 'consultations' ? 'talks' : kind;
  if (cluster.format) {
    const base = cluster.ordinal
      ? `${ordinalWord(cluster.ordinal)} round of ${cluster.format} talks`
      : `${cluster.format} ${kindWord}`;
    return {
      head: base.replace(/^\w/, (c) => c.toUpperCase()),
      idPart: slug(
        cluster.ordinal ? `${cluster.format} ${cluster.ordinal}` : `${cluster.format} ${kindWord}`,
      ),
    };
  }
  const offices = [...cluster.level].filter(
    (o) => !['delegation', 'representative', 'official', 'observer'].includes(o),
  );
  if (offices.length > 0) {
    const list = offices.map(PLURAL_OFFICE);
    const joined =
      list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]!;
    const head = `${size ? `${size[0]!.toUpperCase()}${size.slice(1)} ${kindWord}` : `Meeting`} of ${joined}`;
    return { head, idPart: slug(list.join(' ')) };
  }
  const leaders = attendees
    .filter((a) => a.name && roleKeys(a.role).has('leader'))
    .map((a) => surname(a.name!));
  if (leaders.length >= 2 && leaders.length <= 3) {
    const joined = `${leaders.slice(0, -1).join(', ')} and ${leaders.at(-1)}`;
    return {
      head: `${kindWord[0]!.toUpperCase()}${kindWord.slice(1)} between ${joined}`,
      idPart: slug(leaders.join(' ')),
    };
  }
  const states = countries.filter((c) => !findPolity(c)?.isOrganisation).slice(0, 4);
  if (states.length >= 2) {
    const joined = `${states.slice(0, -1).join(', ')} and ${states.at(-1)}`;
    return {
      head: `${kindWord[0]!.toUpperCase()}${kindWord.slice(1)} between ${joined}`,
      idPart: slug(states.join(' ')),
    };
  }
  return { head: `${kindWord[0]!.toUpperCase()}${kindWord.slice(1)}`, idPart: slug(kindWord) };
}

function ordinalWord(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** One meeting record from a cluster: every fact with the passages that state it. */
export function recordOf(
  cluster: MeetingCluster,
  directory: PersonDirectory,
): Omit<MeetingRecord, 'previous' | 'next'> {
  const mentions = cluster.mentions;
  const dated = mentions.filter((m) => m.date);
  // A day tied to the meeting beats a month, and a main meeting's date a passing reference's.
  const firm = (m: MeetingMention) => Number(m.dateStrength >= 2);
  // A date reported after the event, by a report of it held, wins over an announcement's.
  const afterwards = (m: MeetingMention) =>
    Number(m.status === 'held' && m.reported != null && m.date != null && m.reported >= m.date);
  const votes = new Map<string, number>();
  for (const m of dated) votes.set(m.date!, (votes.get(m.date!) ?? 0) + 1);
  const best = dated.sort(
    (a, b) =>
      firm(b) - firm(a) ||
      afterwards(b) - afterwards(a) ||
      Number(b.primary) - Number(a.primary) ||
      precisionRank(b.date!) - precisionRank(a.date!) ||
      b.dateStrength - a.dateStrength ||
      votes.get(b.date!)! - votes.get(a.date!)! ||
      a.briefing.localeCompare(b.briefing),
  )[0];
  const date = best?.date ?? null;
  let endDate: IsoDate | null = best?.endDate ?? null;
  for (const m of dated) {
    if (
      m.endDate &&
      date &&
      m.endDate > (endDate ?? date) &&
      datesCompatible(date, endDate, m.date!, m.endDate, 1)
    )
      endDate = m.endDate;
  }
  const dateSources = unique(
    dated
      .filter((m) => date && datesCompatible(date, endDate, m.date!, m.endDate, 1))
      .flatMap((m) => m.dateSources),
  );
  // Called off or put off when a report says so; else held when one reports it held.
  const decided = (['cancelled', 'postponed', 'held'] as const).find((s) =>
    mentions.some((m) => m.status === s),
  );
  const status: MeetingStatus = decided ?? 'announced';
  const statusSources = unique(
    mentions.filter((m) => m.status === status).flatMap((m) => m.statusSources),
  );
  const placeVotes = new Map<
    string,
    { city: string | null; country: string | null; weight: number; sources: PassageId[] }
  >();
  for (const m of mentions) {
    if (!m.city && !m.placeCountry) continue;
    const key = m.city ?? `country:${m.placeCountry}`;
    const vote = placeVotes.get(key) ?? {
      city: m.city,
      country: m.placeCountry,
      weight: 0,
      sources: [],
    };
    vote.weight += (m.status === 'held' ? 2 : 1) + (m.city ? 1 : 0);
    vote.country ??= m.placeCountry;
    vote.sources.push(...m.locationSources);
    placeVotes.set(key, vote);
  }
  const place = [...placeVotes.values()].sort((a, b) => b.weight - a.weight)[0];
  const location = place
    ? place.city
      ? place.country
        ? `${place.city}, ${place.country}`
        : place.city
      : place.country
    : null;
  const attendees = mergeAttendees(
    mentions.flatMap((m) => m.attendees),
    directory,
  ).filter(
    (a) => !(a.name === null && a.country === cluster.format && roleKeys(a.role).has('leader')),
  );
  const attendeeKeys = new Set(attendees.filter((a) => a.name).map((a) => surnameKey(a.name!)));
  const alsoMentioned = mergeAttendees(
    mentions
      .flatMap((m) => m.alsoMentioned)
      .filter((a) => a.name && !attendeeKeys.has(surnameKey(a.name))),
    directory,
  );
  const countries = unique([
    ...attendees.map((a) => a.country).filter((c): c is string => c !== null),
    ...cluster.countries,
  ]);
  const topicsByText = new Map<string, TopicRecord>();
  for (const topic of mentions
    .filter((m) => m.primary || mentions.every((x) => !x.primary))
    .flatMap((m) => m.topics)) {
    const key = topicKey(topic.text);
    const known = topicsByText.get(key);
    topicsByText.set(
      key,
      known ? { text: known.text, sources: unique([...known.sources, ...topic.sources]) } : topic,
    );
  }
  const kinds = mentions.filter((m) => m.primary).map((m) => m.kind);
  const kind =
    mostCommon(kinds.filter((k) => k !== 'meeting')) ?? mostCommon(kinds) ?? mentions[0]!.kind;
  const size = mentions.map((m) => m.size).find((s) => s !== null) ?? null;
  const { head, idPart } = describe(cluster, kind, size, attendees, countries);
  const city = place?.city ?? place?.country ?? null;
  const when = formatDate(date, endDate);
  const title = [head, city, when].filter(Boolean).join(', ');
  const id = [slug(city ?? 'meeting'), idPart, date ?? 'undated'].filter(Boolean).join('-');
  return {
    id,
    title,
    kind,
    date,
    endDate,
    dateSources,
    status,
    statusSources,
    location,
    locationSources: unique(place?.sources ?? []),
    countries,
    attendees,
    alsoMentioned,
    topics: [...topicsByText.values()].slice(0, MAX_TOPICS),
    briefings: unique(mentions.map((m) => m.briefing)).sort(),
    sources: unique(mentions.flatMap((m) => m.sources)),
    reports: unique(mentions.filter((m) => m.primary).map((m) => m.briefing)).length,
    format: cluster.format,
  };
}

const precisionRank = (date: IsoDate) => date.length;
