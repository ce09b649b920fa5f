import { append } from '../collections.js';
import { deserialize, serialize } from 'node:v8';
import { passageId } from '../corpus/passages.js';
import type { Briefing, IsoDate } from '../types.js';
import { annotate, type Doc, type Readers } from './doc/annotate.js';
import { findDateExpressions } from './doc/dates.js';
import { findPersonNames } from './doc/people.js';
import { findPlaceExpressions } from './doc/places.js';
import { readSentence } from './doc/reading.js';
import { tenseOf } from './doc/tense.js';
import type { PersonName } from './doc/types.js';
import type { MeetingMention } from './mentions.js';
import { meetingsOfDoc, type PersonResolver } from './refiners/briefingMeetings.js';
import {
  clusterMentions,
  type MeetingCluster,
  type PersonDirectory,
  type PersonFacts,
  recordOf,
} from './merge.js';
import { type KnownNames, speaksOnly } from './people.js';
import { ROLE_HEADS } from './roles.js';
import { fold, nameKey } from './text.js';
import type { MeetingRecord } from './types.js';

/** The readers of the annotated document. */
export const READERS: Readers = {
  people: findPersonNames,
  places: findPlaceExpressions,
  dates: findDateExpressions,
  tense: (reading) => tenseOf(reading),
};

/**
 * Single-word names ("Akar") stand for the full name the briefings give elsewhere; a titled
 * one unknown elsewhere ("President Trump") keeps its word; an untitled unknown word is no one.
 */
function personResolver(known: KnownNames): PersonResolver {
  return (person: PersonName) => {
    const words = person.name.split(/\s+/);
    if (words.length === 1) {
      const full = known(fold(person.name));
      if (full) return { name: full, role: person.role, country: person.country };
      return person.titled
        ? { name: person.name, role: person.role, country: person.country }
        : null;
    }
    return { name: person.name, role: person.role, country: person.country };
  };
}

/** A title word or a possessive before a capital: the sentences that can introduce someone. */
const TITLED = new RegExp(`\\b(?:${[...ROLE_HEADS].join('|')})\\b|['’]s\\s+\\p{Lu}`, 'iu');

/** Sentences read once per update: the directory pass and the meeting pass share the reading. */
type PeopleCache = Map<string, PersonName[]>;

/** The people a sentence names, read as the annotated document reads them (`from`: after a dateline). */
function peopleOf(cache: PeopleCache, text: string, from: number): PersonName[] {
  const key = `${from}|${text}`;
  let people = cache.get(key);
  if (!people) {
    people = findPersonNames(readSentence(text, from));
    cache.set(key, people);
  }
  return people;
}

/** Someone a briefing names in full with a title or an appositive: what the directory learns. */
interface NamedPerson {
  readonly name: string;
  readonly key: string;
  readonly country: string | null;
  /** Null when the role only says the person spoke ("spokesman"). */
  readonly role: string | null;
  /** The name's capitalised words, folded, each with its own key (for surname lookups). */
  readonly words: ReadonlyArray<{ readonly token: string; readonly key: string }>;
}

/** The people a briefing introduces by full name, in the order it names them. */
function namedPeople(briefing: Briefing, cache: PeopleCache): NamedPerson[] {
  const named: NamedPerson[] = [];
  for (const paragraph of briefing.paragraphs) {
    if (paragraph.kind === 'furniture') continue;
    for (const sentence of paragraph.sentences) {
      if (sentence.cutOff || sentence.kind === 'furniture') continue;
      if (!/\p{Lu}\p{Ll}+\s\p{Lu}/u.test(sentence.text) || !TITLED.test(sentence.text)) continue;
      const from =
        paragraph.dateline && sentence.start < paragraph.dateline.end
          ? Math.min(paragraph.dateline.end - sentence.start, sentence.text.length)
          : 0;
      for (const person of peopleOf(cache, sentence.text, from)) {
        if (!person.titled || person.possessive || person.name.split(' ').length < 2) continue;
        named.push({
          name: person.name,
          key: nameKey(person.name),
          country: person.country,
          role: person.role && !speaksOnly(person.role) ? person.role : null,
          words: person.name
            .split(' ')
            .filter((word) => /^\p{Lu}/u.test(word) && word.length >= 2)
            .map((word) => ({ token: fold(word), key: nameKey(word) })),
        });
      }
    }
  }
  return named;
}

/** A briefing's own names by each of their words: they come first when it says only "Akar". */
function localNames(named: readonly NamedPerson[]): Map<string, string> {
  const local = new Map<string, string>();
  for (const person of named) for (const { token } of person.words) local.set(token, person.name);
  return local;
}

/**
 * Everyone the briefings name with a title or an appositive: full names by each of their
 * words (for later mentions by surname), and each person's usual country and role.
 */
class Directory {
  /** A word → the one full name it stands for, or null when it is ambiguous. */
  readonly #byToken = new Map<string, string | null>();
  readonly #people = new Map<
    string,
    { name: string; countries: Map<string, number>; roles: Map<string, number> }
  >();
  readonly #facts = new Map<string, PersonFacts | null>();

  constructor(briefings: Iterable<readonly NamedPerson[]>) {
    for (const named of briefings) for (const person of named) this.#learn(person);
  }

  #learn(person: NamedPerson): void {
    const entry = this.#people.get(person.key) ?? {
      name: person.name,
      countries: new Map(),
      roles: new Map(),
    };
    if (person.name.length > entry.name.length) entry.name = person.name;
    if (person.country)
      entry.countries.set(person.country, (entry.countries.get(person.country) ?? 0) + 1);
    if (person.role) entry.roles.set(person.role, (entry.roles.get(person.role) ?? 0) + 1);
    this.#people.set(person.key, entry);
    for (const { token, key } of person.words) {
      const known = this.#byToken.get(token);
      if (known === undefined) this.#byToken.set(token, person.name);
      else if (known !== null && nameKey(known) !== person.key && !nameKey(known).endsWith(key))
        this.#byToken.set(token, null);
    }
  }

  /** The full name a single word stands for across all briefings, or null. */
  name(token: string): string | null {
    return this.#byToken.get(token) ?? null;
  }

  /** What the briefings say about a person, found by full name or by surname. */
  readonly facts: PersonDirectory = (name) => {
    let facts = this.#facts.get(name);
    if (facts === undefined) {
      const entry =
        this.#people.get(nameKey(name)) ??
        (() => {
          const full = this.#byToken.get(fold(name.split(' ').at(-1) ?? ''));
          return full ? this.#people.get(nameKey(full)) : undefined;
        })();
      facts = entry
        ? { name: entry.name, country: top(entry.countries), role: top(entry.roles) }
        : null;
      this.#facts.set(name, facts);
    }
    return facts;
  };
}

const top = (counts: Map<string, number>): string | null =>
  [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

const sameFacts = (a: PersonFacts | null, b: PersonFacts | null): boolean =>
  a === b ||
  (a !== null && b !== null && a.name === b.name && a.country === b.country && a.role === b.role);

/** A briefing's meeting mentions as read with one reference date, and what they relied on. */
interface ReadMentions {
  readonly mentions: readonly MeetingMention[];
  /** Words looked up in other briefings' names, and what they stood for then. */
  readonly lookups: ReadonlyMap<string, string | null>;
}

/** What the extractor keeps of a briefing between updates. */
interface BriefingState {
  readonly briefing: Briefing;
  readonly named: readonly NamedPerson[];
  readonly local: ReadonlyMap<string, string>;
  /** By reference date ('' for none); only the readings of the last update are kept. */
  readings: Map<string, ReadMentions>;
  /**
   * For a briefing without a publication date: the latest date its text states in full
   * (see `statedAnchor`); null when it states none; undefined until first read.
   */
  anchor?: IsoDate | null;
}

/** The layout of saved readings (see `MeetingExtractor.save`); others are not restored. */
const SAVED_VERSION = 2;

interface SavedReadings {
  readonly version: number;
  readonly build: string;
  readonly briefings: ReadonlyArray<{
    readonly file: string;
    readonly contentHash: string;
    readonly named: readonly NamedPerson[];
    readonly readings: Map<string, ReadMentions>;
    readonly anchor: IsoDate | null | undefined;
  }>;
  readonly records: readonly CachedRecord[];
}

/** Saved readings of this layout and build, or null (none, torn, another build's). */
function savedReadings(saved: Uint8Array | null, build: string): SavedReadings | null {
  if (!saved) return null;
  try {
    const readings = deserialize(saved) as Partial<SavedReadings> | null;
    return readings?.version === SAVED_VERSION &&
      readings.build === build &&
      Array.isArray(readings.briefings) &&
      Array.isArray(readings.records)
      ? (readings as SavedReadings)
      : null;
  } catch {
    return null;
  }
}

/** A meeting record as built from one cluster, and the directory facts it used. */
interface CachedRecord {
  readonly mentions: readonly MeetingMention[];
  readonly facts: ReadonlyMap<string, PersonFacts | null>;
  readonly record: Omit<MeetingRecord, 'previous' | 'next'>;
}

/** "2023-04-25": only a day-precise date anchors an undated briefing's "on Tuesday". */
const DAY_DATE_LENGTH = 10;

/**
 * Undated briefings take a reference from the meeting they were merged into: its date when it
 * is known to the day; else the publication date of the earliest dated briefing reporting it
 * as its own meeting (reports follow a meeting within days, so "on Tuesday" or "March 18" is
 * the nearest such day to it).
 */
function inferredReferences(
  clusters: readonly MeetingCluster[],
  published: ReadonlyMap<string, IsoDate>,
): Map<string, IsoDate> {
  const references = new Map<string, IsoDate>();
  for (const cluster of clusters) {
    let reference: IsoDate | null = cluster.date?.length === DAY_DATE_LENGTH ? cluster.date : null;
    if (reference === null && cluster.date === null) {
      const reports = cluster.mentions
        .filter((mention) => mention.primary && mention.status === 'held')
        .map((mention) => published.get(mention.briefing))
        .filter((date): date is IsoDate => date !== undefined)
        .sort();
      reference = reports[0] ?? null;
    }
    if (reference === null) continue;
    for (const mention of cluster.mentions)
      if (mention.primary && !published.has(mention.briefing))
        references.set(mention.briefing, reference);
  }
  return references;
}

/** Readings by reference date: '' for none, "a:" before a briefing's stated anchor. */
const readingKey = (state: BriefingState, reference: IsoDate | null): string =>
  reference === null ? '' : reference === state.anchor ? `a:${reference}` : reference;

/** Four-digit years: only sentences holding one can state a date in full. */
const YEAR_WORD = /\b(?:19|20)\d\d\b/;

/**
 * The latest day a briefing's own text states in full (day, month and year: "Tuesday, Feb. 5,
 * 2019" in a caption, "on 14 July 2015"), read without a reference. A page without a
 * publication date was written near the days it states; the latest is the nearest to the
 * writing (earlier ones are history), so its relative dates are read from it in the direction
 * of their tense, as from a publication date. Not a publication date: the briefing keeps none.
 */
function statedAnchor(doc: Doc): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const sentence of doc.sentences) {
    if (!YEAR_WORD.test(sentence.reading.text)) continue;
    for (const date of sentence.dates) {
      if (date.relative || date.date.length !== DAY_DATE_LENGTH) continue;
      if (latest === null || date.date > latest) latest = date.date;
    }
  }
  return latest;
}

function linkSeries(records: Omit<MeetingRecord, 'previous' | 'next'>[]): MeetingRecord[] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const byKey = new Map<string, number[]>();
  records.forEach((record, i) => {
    const keys: string[] = [];
    if (record.format) keys.push(`f:${record.format}`);
    if (record.location) keys.push(`l:${record.location}`);
    for (const key of keys) append(byKey, key, i);
  });
  for (const [key, members] of byKey) {
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length && b < a + SERIES_WINDOW; b++) {
        const x = records[members[a]!]!;
        const y = records[members[b]!]!;
        if (key.startsWith('f:') || sharedCountries(x.countries, y.countries) >= SERIES_MIN_SHARED)
          union(members[a]!, members[b]!);
      }
    }
  }
  const series = new Map<number, number[]>();
  for (let i = 0; i < records.length; i++) {
    append(series, find(i), i);
  }
  const links = new Map<number, { previous: string | null; next: string | null }>();
  for (const members of series.values()) {
    const dated = members
      .filter((i) => records[i]!.date)
      .sort((a, b) => records[a]!.date!.localeCompare(records[b]!.date!));
    dated.forEach((i, k) => {
      links.set(i, {
        previous: k > 0 ? records[dated[k - 1]!]!.id : null,
        next: k + 1 < dated.length ? records[dated[k + 1]!]!.id : null,
      });
    });
  }
  return records.map((record, i) => ({
    ...record,
    previous: links.get(i)?.previous ?? null,
    next: links.get(i)?.next ?? null,
  }));
}

/** Meetings of one series share at least this many countries when they share only a place. */
const SERIES_MIN_SHARED = 2;
/** How many neighbours (by key) a meeting is compared with when linking series. */
const SERIES_WINDOW = 50;

function sharedCountries(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  return b.filter((c) => set.has(c)).length;
}

/**
 * Finds the meetings a set of briefings reports or announces, merged across briefings and
 * linked into series, and keeps what it read so that the next update after a few files
 * changed re-reads only those files (and the few others whose surnames now resolve
 * differently). The result is the same as extracting from scratch.
 */
export class MeetingExtractor {
  readonly #states = new Map<string, BriefingState>();
  /** Records by their cluster's first mention, reused while the cluster is unchanged. */
  #records = new Map<MeetingMention, CachedRecord>();

  /**
   * What the extractor has read, to be restored by a later process (`restore`): every
   * briefing's readings and the records built from them, without the briefings themselves.
   * `build` identifies the program, whose readings another build must not trust.
   */
  save(build: string): Uint8Array {
    const saved: SavedReadings = {
      version: SAVED_VERSION,
      build,
      briefings: [...this.#states.values()].map((state) => ({
        file: state.briefing.file,
        contentHash: state.briefing.contentHash,
        named: state.named,
        readings: state.readings,
        anchor: state.anchor,
      })),
      records: [...this.#records.values()],
    };
    return serialize(saved);
  }

  /**
   * An extractor that has read `briefings` and their meetings, reusing what a saved one
   * (`save`) read from the briefings unchanged since; the rest is read anew. Saved readings
   * of another build, or that cannot be read, are ignored.
   */
  static restore(
    saved: Uint8Array | null,
    build: string,
    briefings: readonly Briefing[],
  ): { extractor: MeetingExtractor; meetings: MeetingRecord[]; readAnew: number } {
    const extractor = new MeetingExtractor();
    const readings = savedReadings(saved, build);
    if (readings) {
      const byFile = new Map(briefings.map((briefing) => [briefing.file, briefing]));
      for (const state of readings.briefings) {
        const briefing = byFile.get(state.file);
        if (briefing?.contentHash !== state.contentHash) continue;
        extractor.#states.set(state.file, {
          briefing,
          named: state.named,
          local: localNames(state.named),
          readings: state.readings,
          anchor: state.anchor,
        });
      }
      for (const cached of readings.records) {
        const first = cached.mentions[0];
        if (first) extractor.#records.set(first, cached);
      }
    }
    // Only the briefings given were restored; the others are read now.
    const readAnew = briefings.length - extractor.#states.size;
    return { extractor, meetings: extractor.update(briefings), readAnew };
  }

  /** Applies the changes and returns every meeting, in date order (undated last). */
  update(upserted: readonly Briefing[], removed: readonly string[] = []): MeetingRecord[] {
    const cache: PeopleCache = new Map();
    for (const file of removed) this.#states.delete(file);
    for (const briefing of upserted) {
      const old = this.#states.get(briefing.file);
      if (old?.briefing.contentHash === briefing.contentHash) continue;
      const named = namedPeople(briefing, cache);
      this.#states.set(briefing.file, {
        briefing,
        named,
        local: localNames(named),
        readings: new Map(),
      });
    }
    const states = [...this.#states.values()].sort((a, b) =>
      a.briefing.file < b.briefing.file ? -1 : a.briefing.file > b.briefing.file ? 1 : 0,
    );
    const directory = new Directory(states.map((state) => state.named));
    const used = new Map<BriefingState, Map<string, ReadMentions>>();
    // An undated briefing may be read again with an inferred date: its first reading lends the rest.
    const undatedDocs = new Map<BriefingState, Doc>();
    const read = (state: BriefingState, reference: IsoDate | null) => {
      const reading = this.#read(state, reference, directory, undatedDocs);
      const kept = used.get(state) ?? new Map<string, ReadMentions>();
      kept.set(readingKey(state, reference), reading);
      used.set(state, kept);
      return reading.mentions;
    };

    let mentions = states.flatMap((state) => read(state, state.briefing.published));
    // An undated briefing that states a day in full is read against the latest it states.
    const anchored = states.filter((state) => {
      if (state.briefing.published) return false;
      if (state.anchor === undefined) {
        const doc = undatedDocs.get(state) ?? this.#undatedDoc(state);
        state.anchor = statedAnchor(doc);
      }
      return state.anchor !== null;
    });
    if (anchored.length > 0) {
      const redo = new Set(anchored.map((state) => state.briefing.file));
      mentions = [
        ...mentions.filter((m) => !redo.has(m.briefing)),
        ...anchored.flatMap((state) => read(state, state.anchor!)),
      ];
    }
    let clusters = clusterMentions(mentions);
    // Other undated briefings take their reference from the meeting they were merged into.
    const published = new Map<string, IsoDate>();
    for (const state of states)
      if (state.briefing.published) published.set(state.briefing.file, state.briefing.published);
    const references = inferredReferences(clusters, published);
    const undated = states.filter(
      (state) => !state.briefing.published && !state.anchor && references.has(state.briefing.file),
    );
    if (undated.length > 0) {
      const redo = new Set(undated.map((state) => state.briefing.file));
      mentions = [
        ...mentions.filter((m) => !redo.has(m.briefing)),
        ...undated.flatMap((state) => read(state, references.get(state.briefing.file)!)),
      ];
      clusters = clusterMentions(mentions);
    }
    for (const [state, readings] of used) state.readings = readings;

    const records = new Map<MeetingMention, CachedRecord>();
    const built = clusters.filter(isMeetingOfItsOwn).map((cluster) => {
      const cached = this.#recordOf(cluster, directory);
      records.set(cluster.mentions[0]!, cached);
      return cached.record;
    });
    this.#records = records;
    return finish(built);
  }

  /** A briefing's mentions, re-read only when its reading relied on names that changed. */
  #read(
    state: BriefingState,
    reference: IsoDate | null,
    directory: Directory,
    undatedDocs: Map<BriefingState, Doc>,
  ): ReadMentions {
    const cached = state.readings.get(readingKey(state, reference));
    if (cached && [...cached.lookups].every(([token, name]) => directory.name(token) === name))
      return cached;
    const lookups = new Map<string, string | null>();
    const known: KnownNames = (token) => {
      const own = state.local.get(token);
      if (own !== undefined) return own;
      const name = directory.name(token);
      lookups.set(token, name);
      return name;
    };
    // A stated day is read like a publication date; a meeting's date is the meeting's own.
    const inferred = !state.briefing.published && reference !== null && reference !== state.anchor;
    const doc = annotate(state.briefing, reference, READERS, inferred, undatedDocs.get(state));
    if (!state.briefing.published) undatedDocs.set(state, doc);
    const mentions = meetingsOfDoc(doc, personResolver(known));
    return { mentions, lookups };
  }

  /** An undated briefing's document read without a reference, when no reading made it. */
  #undatedDoc(state: BriefingState): Doc {
    return annotate(state.briefing, null, READERS);
  }

  /** The cluster's record, rebuilt only when its mentions or the facts it used changed. */
  #recordOf(cluster: MeetingCluster, directory: Directory): CachedRecord {
    const mentions = cluster.mentions;
    const cached = this.#records.get(mentions[0]!);
    if (
      cached &&
      cached.mentions.length === mentions.length &&
      cached.mentions.every((mention, i) => mention === mentions[i]) &&
      [...cached.facts].every(([name, facts]) => sameFacts(directory.facts(name), facts))
    )
      return cached;
    const facts = new Map<string, PersonFacts | null>();
    const record = recordOf(cluster, (name) => {
      const found = directory.facts(name);
      facts.set(name, found);
      return found;
    });
    return { mentions: [...mentions], facts, record };
  }
}

/**
 * A cluster is a meeting record when a briefing reports it as its own meeting, or when the
 * references to it give it both a place and people who took part: a passing mention of an
 * earlier or later meeting is a link in its series, not a record.
 */
function isMeetingOfItsOwn(cluster: MeetingCluster): boolean {
  if (cluster.date === null && cluster.city === null) return false;
  if (cluster.primary) return true;
  const people = cluster.mentions.some((mention) => mention.attendees.length > 0);
  return people && (cluster.city !== null || cluster.placeCountry !== null);
}

/** Finds the meetings of a set of briefings at once (see MeetingExtractor for updates). */
export function extractMeetings(briefings: readonly Briefing[]): MeetingRecord[] {
  return new MeetingExtractor().update(briefings);
}

/** Records with unique ids, linked into series, in date order (undated last). */
function finish(records: ReadonlyArray<Omit<MeetingRecord, 'previous' | 'next'>>): MeetingRecord[] {
  const seen = new Map<string, number>();
  const withIds = records.map((record) => {
    const count = seen.get(record.id) ?? 0;
    seen.set(record.id, count + 1);
    return count === 0 ? record : { ...record, id: `${record.id}-${count + 1}` };
  });
  return linkSeries(withIds).sort((a, b) => {
    if (a.date && b.date) return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
    return a.date ? -1 : b.date ? 1 : a.id.localeCompare(b.id);
  });
}

export { passageId };
