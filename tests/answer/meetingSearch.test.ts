import { describe, expect, it } from 'vitest';
import { sameMeeting } from '../../src/answer/meetingIndex.js';
import { type MeetingSource, rankMeetings } from '../../src/answer/meetingSearch.js';
import type { MeetingRecord } from '../../src/meetings/types.js';
import type { Passage } from '../../src/types.js';

/** A meeting record with only what a test sets; the rest empty. */
function record(fields: Partial<MeetingRecord> & Pick<MeetingRecord, 'id'>): MeetingRecord {
  return {
    title: fields.id,
    kind: 'meeting',
    date: null,
    endDate: null,
    dateSources: [],
    status: 'held',
    statusSources: [],
    location: null,
    locationSources: [],
    countries: [],
    attendees: [],
    alsoMentioned: [],
    topics: [],
    briefings: ['a.txt'],
    sources: [],
    reports: 1,
    previous: null,
    next: null,
    ...fields,
  };
}

const person = (name: string, country: string | null = null) => ({
  name,
  role: null,
  country,
  sources: [],
});

/** A search over these records; the briefings know `known` words besides the records' own. */
function sourceOf(meetings: MeetingRecord[], known: readonly string[] = []): MeetingSource {
  const words = new Set(known);
  return {
    meetings,
    passageById: {
      get: (): Passage | undefined => undefined,
      has: () => false,
    },
    index: { knows: (word: string) => words.has(word) } as unknown as MeetingSource['index'],
  };
}

const top = (source: MeetingSource, query: string): string | undefined =>
  rankMeetings(source, query)[0]?.meeting.id;

describe('rankMeetings', () => {
  const summit = record({
    id: 'corvale-summit',
    title: 'Northern Forum summit, Corvale, 3 May 2031',
    kind: 'summit',
    date: '2031-05-03',
    location: 'Corvale',
    attendees: [person('Ilse Marrow'), person('Tomas Quill')],
    briefings: ['a.txt', 'b.txt', 'c.txt', 'd.txt'],
    reports: 4,
  });
  const fisheries = record({
    id: 'corvale-fisheries-talks',
    title: 'Talks, Corvale, 9 June 2031',
    kind: 'talks',
    date: '2031-06-09',
    location: 'Corvale',
    topics: [{ text: 'fisheries quotas', sources: [] }],
    attendees: [person('Anya Petrel')],
    briefings: ['e.txt'],
  });
  const harbour = record({
    id: 'lisk-harbour-meeting',
    title: 'Meeting, Lisk, 2030',
    date: '2030',
    location: 'Lisk',
    attendees: [person('Ilse Marrow')],
    briefings: ['f.txt'],
  });
  const source = sourceOf([summit, fisheries, harbour]);

  it('finds the talks on the topic asked for, not the bigger meeting in the same city', () => {
    expect(top(source, 'corvale fisheries')).toBe('corvale-fisheries-talks');
    expect(top(source, 'corvale')).toBe('corvale-summit');
  });

  it('reads people, dates and meeting kinds in the query', () => {
    expect(top(source, 'who attended the talks with Petrel')).toBe('corvale-fisheries-talks');
    expect(top(source, 'marrow 2030')).toBe('lisk-harbour-meeting');
    expect(top(source, 'marrow may 2031')).toBe('corvale-summit');
    expect(top(source, 'corvale june')).toBe('corvale-fisheries-talks');
  });

  it('counts a year the meeting is not held in against it', () => {
    const ranked = rankMeetings(source, 'marrow 2031').map((match) => match.meeting.id);
    expect(ranked[0]).toBe('corvale-summit');
    const [first, second] = rankMeetings(source, 'marrow 2030');
    expect(first!.meeting.id).toBe('lisk-harbour-meeting');
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('reads a word no briefing knows as a typo of a near one, and completes a word being typed', () => {
    expect(top(source, 'corvael')).toBe('corvale-summit');
    expect(top(source, 'fisheries petr')).toBe('corvale-fisheries-talks');
  });

  it('does not take a word the briefings know for a typo of another', () => {
    expect(rankMeetings(sourceOf([summit], ['corvane']), 'corvane')).toEqual([]);
  });

  it('breaks ties by how many briefings report the meeting as their own', () => {
    const passing = record({
      id: 'passing',
      location: 'Ardent',
      briefings: ['a.txt', 'b.txt'],
      reports: 0,
    });
    const own = record({ id: 'own', location: 'Ardent', briefings: ['c.txt'], reports: 1 });
    const [first, second] = rankMeetings(sourceOf([passing, own]), 'ardent');
    expect(first!.meeting.id).toBe('own');
    expect(first!.score).toBe(second!.score);
  });

  it('answers with the fullest record of a meeting extraction left in pieces', () => {
    const piece = record({
      id: 'piece',
      title: 'Harbour Council summit, 2 March 2032',
      kind: 'summit',
      date: '2032-03-02',
      briefings: ['g.txt'],
    });
    const fuller = record({
      id: 'fuller',
      title: 'Summit, Belvar, 2 March 2032',
      kind: 'summit',
      date: '2032-03-02',
      location: 'Belvar',
      briefings: ['h.txt', 'i.txt'],
      reports: 2,
    });
    const ranked = rankMeetings(sourceOf([piece, fuller]), 'harbour council summit');
    expect(ranked.map((match) => match.meeting.id)).toEqual(['fuller', 'piece']);
  });

  it("keeps a piece's own date against it when the query names another", () => {
    const undated = record({ id: 'undated', kind: 'talks', location: 'Osk', briefings: ['j.txt'] });
    const dated = record({
      id: 'dated',
      kind: 'talks',
      date: '2033-09-01',
      location: 'Osk',
      briefings: ['j.txt', 'k.txt'],
    });
    expect(top(sourceOf([undated, dated]), 'osk talks')).toBe('dated');
    expect(top(sourceOf([undated, dated]), 'osk talks march 2033')).toBe('undated');
  });

  it('returns nothing for a query of stop words and question words only', () => {
    expect(rankMeetings(source, 'who attended the meeting')).toEqual([]);
  });
});

describe('sameMeeting', () => {
  const at = (id: string, date: string | null, location: string | null, briefings = ['a.txt']) =>
    record({ id, date, location, briefings });

  it.each([
    [
      'same day, one place unknown',
      at('x', '2031-01-05', null),
      at('y', '2031-01-05', 'Tarn'),
      true,
    ],
    [
      'same day, a country beside its city',
      at('x', '2031-01-05', 'Eldmark'),
      at('y', '2031-01-05', 'Tarn, Eldmark'),
      true,
    ],
    [
      'same day, same city (a meeting on the sidelines)',
      at('x', '2031-01-05', 'Tarn, Eldmark'),
      at('y', '2031-01-05', 'Tarn, Eldmark'),
      false,
    ],
    ['same day, other cities', at('x', '2031-01-05', 'Tarn'), at('y', '2031-01-05', 'Vell'), false],
    ['same month only', at('x', '2031-01', null), at('y', '2031-01', 'Tarn'), false],
    ['other days', at('x', '2031-01-05', null), at('y', '2031-01-06', 'Tarn'), false],
    [
      'undated, same briefing and city',
      at('x', null, 'Tarn'),
      at('y', '2031-01-05', 'Tarn, Eldmark'),
      true,
    ],
    [
      'undated, same city, other briefings',
      at('x', null, 'Tarn', ['a.txt']),
      at('y', '2031-01-05', 'Tarn', ['b.txt']),
      false,
    ],
    ['undated, same briefing, no place', at('x', null, null), at('y', '2031-01-05', 'Tarn'), false],
  ])('%s', (_, a, b, same) => {
    expect(sameMeeting(a, b)).toBe(same);
    expect(sameMeeting(b, a)).toBe(same);
  });
});
