import { passageId } from '../corpus/passages.js';
import type { Briefing, IsoDate } from '../types.js';
import { type MeetingMention, mentionsOf } from './mentions.js';
import {
  clusterMentions,
  type MeetingCluster,
  type PersonDirectory,
  type PersonFacts,
  recordOf,
} from './merge.js';
import {
  findPeopleUnresolved,
  type KnownNames,
  resolvePeople,
  speaksOnly,
  type UnresolvedPerson,
} from './people.js';
import { ROLE_HEADS } from './roles.js';
import { fold, nameKey } from './text.js';
import type { MeetingRecord } from './types.js';

/** A title word or a possessive before a capital: the sentences that can introduce someone. */
const TITLED = new RegExp(`\\b(?:${[...ROLE_HEADS].join('|')})\\b|['’]s\\s+\\p{Lu}`, 'iu');

interface Directory {
  readonly known: (local: Map<string, string>) => KnownNames;
  readonly facts: PersonDirectory;
  readonly localNames: (briefing: Briefing) => Map<string, string>;
}

/**
 * Everyone the briefings name with a title or an appositive: full names by each of their
 * words (for later mentions by surname), and each person's usual country and role.
 */
/** Sentences read once per extraction: the directory pass and the meeting pass share the reading. */
type PeopleCache = Map<string, UnresolvedPerson[]>;

function unresolvedPeople(cache: PeopleCache, sentence: string): UnresolvedPerson[] {
  let people = cache.get(sentence);
  if (!people) {
    people = findPeopleUnresolved(sentence);
    cache.set(sentence, people);
  }
  return people;
}

function buildDirectory(briefings: readonly Briefing[], cache: PeopleCache): Directory {
  const byToken = new Map<string, string | null>();
  const facts = new Map<
    string,
    { name: string; countries: Map<string, number>; roles: Map<string, number> }
  >();
  const localByFile = new Map<string, Map<string, string>>();
  for (const briefing of briefings) {
    const local = new Map<string, string>();
    for (const paragraph of briefing.paragraphs) {
      for (const sentence of paragraph.sentences) {
        if (!/\p{Lu}\p{Ll}+\s\p{Lu}/u.test(sentence.text) || !TITLED.test(sentence.text)) continue;
        for (const person of unresolvedPeople(cache, sentence.text)) {
          if (person.surname !== null) continue;
          if (person.bare || person.name.split(' ').length < 2) continue;
          const key = nameKey(person.name);
          const entry = facts.get(key) ?? {
            name: person.name,
            countries: new Map(),
            roles: new Map(),
          };
          if (person.name.length > entry.name.length) entry.name = person.name;
          if (person.country)
            entry.countries.set(person.country, (entry.countries.get(person.country) ?? 0) + 1);
          if (person.role && !speaksOnly(person.role))
            entry.roles.set(person.role, (entry.roles.get(person.role) ?? 0) + 1);
          facts.set(key, entry);
          for (const word of person.name.split(' ')) {
            if (!/^\p{Lu}/u.test(word) || word.length < 2) continue;
            const token = fold(word);
            local.set(token, person.name);
            const known = byToken.get(token);
            if (known === undefined) byToken.set(token, person.name);
            else if (
              known !== null &&
              nameKey(known) !== key &&
              !nameKey(known).endsWith(nameKey(word))
            )
              byToken.set(token, null);
          }
        }
      }
    }
    localByFile.set(briefing.file, local);
  }
  const top = (counts: Map<string, number>) =>
    [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const lookup = (name: string): PersonFacts | null => {
    const entry =
      facts.get(nameKey(name)) ??
      (() => {
        const full = byToken.get(fold(name.split(' ').at(-1) ?? ''));
        return full ? facts.get(nameKey(full)) : undefined;
      })();
    return entry
      ? { name: entry.name, country: top(entry.countries), role: top(entry.roles) }
      : null;
  };
  return {
    known: (local) => (token) => local.get(token) ?? byToken.get(token) ?? null,
    facts: lookup,
    localNames: (briefing) => localByFile.get(briefing.file) ?? new Map(),
  };
}

function mentionsOfAll(
  briefings: readonly Briefing[],
  references: ReadonlyMap<string, IsoDate>,
  directory: Directory,
  cache: PeopleCache,
): MeetingMention[] {
  const mentions: MeetingMention[] = [];
  for (const briefing of briefings) {
    const reference = briefing.published ?? references.get(briefing.file) ?? null;
    const inferred = !briefing.published && reference !== null;
    const known = directory.known(directory.localNames(briefing));
    const readPeople = (sentence: string) =>
      resolvePeople(unresolvedPeople(cache, sentence), known);
    mentions.push(...mentionsOf(briefing, reference, readPeople, inferred));
  }
  return mentions;
}

/** "2023-04-25": only a day-precise date anchors an undated briefing's "on Tuesday". */
const DAY_DATE_LENGTH = 10;

/** Undated briefings take the date of the meeting they were merged into as their reference. */
function inferredReferences(clusters: readonly MeetingCluster[]): Map<string, IsoDate> {
  const references = new Map<string, IsoDate>();
  for (const cluster of clusters) {
    if (cluster.date?.length !== DAY_DATE_LENGTH) continue;
    for (const mention of cluster.mentions)
      if (mention.primary) references.set(mention.briefing, cluster.date);
  }
  return references;
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
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), i]);
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
    const root = find(i);
    series.set(root, [...(series.get(root) ?? []), i]);
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
 * linked into series, in date order (undated last).
 */
export function extractMeetings(briefings: readonly Briefing[]): MeetingRecord[] {
  const cache: PeopleCache = new Map();
  const directory = buildDirectory(briefings, cache);
  let mentions = mentionsOfAll(briefings, new Map(), directory, cache);
  let clusters = clusterMentions(mentions);
  const references = inferredReferences(clusters);
  const undated = briefings.filter((b) => !b.published && references.has(b.file));
  if (undated.length > 0) {
    const redo = new Set(undated.map((b) => b.file));
    mentions = [
      ...mentions.filter((m) => !redo.has(m.briefing)),
      ...mentionsOfAll(undated, references, directory, cache),
    ];
    clusters = clusterMentions(mentions);
  }
  const records = clusters
    .filter((cluster) => cluster.date !== null || cluster.city !== null)
    .map((cluster) => recordOf(cluster, directory.facts));
  const seen = new Map<string, number>();
  const withIds = records.map((record) => {
    const count = seen.get(record.id) ?? 0;
    seen.set(record.id, count + 1);
    return count === 0 ? record : { ...record, id: `${record.id}-${count + 1}` };
  });
  const linked = linkSeries(withIds);
  return linked.sort((a, b) => {
    if (a.date && b.date) return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
    return a.date ? -1 : b.date ? 1 : a.id.localeCompare(b.id);
  });
}

export { passageId };
