/**
 * Clustering meeting mentions across briefings when every meeting shares one place and week:
 * each mention is compared with the clusters nearest its date under each of its keys, at most
 * CANDIDATES_PER_KEY of them, not with every cluster of the city, so the work grows with the
 * number of mentions rather than its square. Comparisons are counted, not timed.
 */
import { describe, expect, it } from 'vitest';
import {
  CANDIDATES_PER_KEY,
  type ClusteringStats,
  clusterMentions,
} from '../../src/meetings/merge.js';
import { type MeetingMention, newMention } from '../../src/meetings/mentions.js';

const CITY = 'Lakeport';
const SURNAMES = ['Adeyemi', 'Brandt', 'Castillo'];
/** The days of March the meetings share. */
const DAYS = 7;
const COUNTRIES = ['Norland', 'Sudmark', 'Ostria', 'Westhaven'];

/** A small deterministic random source, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * One mention of a meeting of `format` in the crowded city, on `day` of March 2023, by two
 * people; meetings of different formats are never one.
 */
function mention(
  briefing: string,
  format: string,
  day: number,
  people: readonly string[],
): MeetingMention {
  const m = newMention(briefing, true, `2023-03-${String(Math.min(28, day + 1)).padStart(2, '0')}`);
  m.date = `2023-03-${String(day).padStart(2, '0')}`;
  m.dateStrength = 2;
  m.city = CITY;
  m.format = format;
  m.attendees = people.map((name) => ({
    name,
    role: 'foreign minister',
    country: null,
    sources: [],
  }));
  for (const country of COUNTRIES.slice(0, 2)) m.countries.add(country);
  return m;
}

/** `count` briefings, each about its own meeting in the city in one week: the worst case. */
function crowded(count: number): MeetingMention[] {
  const next = random(count);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return Array.from({ length: count }, (_, i) =>
    mention(`b${i}.txt`, `Forum ${i}`, 1 + Math.floor(next() * DAYS), [
      `Person${i} ${pick(SURNAMES)}`,
      `Other${i} ${pick(SURNAMES)}`,
    ]),
  );
}

function comparisonsFor(mentions: readonly MeetingMention[]): number {
  const stats: ClusteringStats = { comparisons: 0 };
  clusterMentions(mentions, stats);
  return stats.comparisons;
}

describe('clustering a corpus whose meetings crowd one city and week', () => {
  it('compares each mention with a bounded number of clusters, so the work grows near-linearly', () => {
    const small = comparisonsFor(crowded(1_000));
    const large = comparisonsFor(crowded(4_000));
    // Four times the mentions: about four times the comparisons (sixteen were it quadratic;
    // a little over four while the smaller corpus's first mentions have fewer to compare with).
    expect(large / small).toBeLessThan(6);
    // A mention has four keys here (the city, its format, two surnames).
    expect(large).toBeLessThanOrEqual(4_000 * 4 * CANDIDATES_PER_KEY);
  });

  it('still gathers the accounts of one meeting among them', () => {
    const mentions = crowded(2_000);
    const accounts = ['x1.txt', 'x2.txt', 'x3.txt'].map((file) =>
      mention(file, 'Harbour talks', 4, ['Ilse Haverkamp', 'Tomas Quirke']),
    );
    const clusters = clusterMentions([...mentions, ...accounts]);
    const theirs = clusters.filter((cluster) =>
      accounts.some((account) => cluster.mentions.includes(account)),
    );
    expect(theirs).toHaveLength(1);
    expect([...theirs[0]!.briefings].sort()).toEqual(['x1.txt', 'x2.txt', 'x3.txt']);
  });
});
