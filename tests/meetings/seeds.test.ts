import { beforeAll, describe, expect, it } from 'vitest';
import { findMeetings, listMeetings, suggestMeetings } from '../../src/answer/meeting.js';
import { whoAttended } from '../../src/answer/whoAttended.js';
import type { Knowledge } from '../../src/knowledge.js';
import type { MeetingRecord } from '../../src/meetings/types.js';
import { knowledgeFrom, SEEDS_DIR } from '../support/knowledge.js';

let knowledge: Knowledge;
let moscow: MeetingRecord;

beforeAll(async () => {
  knowledge = await knowledgeFrom(SEEDS_DIR);
  moscow = knowledge.meetings.find((m) => m.date === '2023-04-25')!;
});

describe('the 25 April 2023 Moscow meeting in the seeds', () => {
  it('is found, held, in Moscow, from both briefings', () => {
    expect(moscow).toBeDefined();
    expect(moscow.status).toBe('held');
    expect(moscow.location).toMatch(/^Moscow/);
    expect(moscow.briefings).toHaveLength(2);
    expect(moscow.title).toBe(
      'Quadrilateral meeting of defence ministers and intelligence chiefs, Moscow, 25 April 2023',
    );
  });

  it("names Türkiye's defence minister and intelligence chief", () => {
    const named = moscow.attendees.filter((a) => a.name).map((a) => [a.name, a.country]);
    expect(named).toEqual([
      ['Hulusi Akar', 'Türkiye'],
      ['Hakan Fidan', 'Türkiye'],
    ]);
    expect(moscow.attendees.find((a) => a.name === 'Hulusi Akar')?.role).toMatch(
      /Defen[cs]e Minister/,
    );
    expect(moscow.attendees.find((a) => a.name === 'Hakan Fidan')?.role).toMatch(/Intelligence/);
  });

  it('lists Russia, Iran and Syria with unnamed defence ministers and intelligence chiefs', () => {
    for (const country of ['Russia', 'Iran', 'Syria']) {
      const seats = moscow.attendees.filter((a) => a.country === country);
      expect(seats.map((a) => [a.name, a.role]).sort()).toEqual([
        [null, 'defence minister'],
        [null, 'intelligence chief'],
      ]);
    }
  });

  it('does not count people only mentioned as participants', () => {
    const names = moscow.attendees.map((a) => a.name ?? '');
    for (const name of ['Kalin', 'Erdogan', 'Cavusoglu', 'Samsar']) {
      expect(names.some((n) => n.includes(name))).toBe(false);
    }
  });

  it('resolves the undated briefing through the dated one', () => {
    const undated = moscow.briefings.find((file) => file.startsWith('004'));
    expect(undated).toBeDefined();
  });

  it('links the December 2022 meeting and the early-May foreign ministers meeting', () => {
    const december = knowledge.meetings.find((m) => m.date === '2022-12');
    const may = knowledge.meetings.find((m) => m.date === '2023-05');
    expect(december?.next).toBe(moscow.id);
    expect(moscow.previous).toBe(december?.id);
    expect(moscow.next).toBe(may?.id);
    expect(may?.status).toBe('announced');
    expect(may?.attendees.every((a) => a.role === 'foreign minister')).toBe(true);
  });
});

describe('meeting answers on the seeds', () => {
  it.each(['moscow defence', 'april', 'quadripartite defense', 'Moscow meetng april 2023'])(
    'finds the April meeting for "%s"',
    (query) => {
      expect(findMeetings(knowledge, query).meetings[0]?.id).toBe(moscow.id);
    },
  );

  it('finds the December meeting for "december 2022"', () => {
    expect(findMeetings(knowledge, 'december 2022').meetings[0]?.date).toBe('2022-12');
  });

  it('prints meetings with citations that quote the briefings', () => {
    const [meeting] = findMeetings(knowledge, 'moscow defence').meetings;
    const ids = new Set(meeting?.citations.map((c) => c.id));
    for (const attendee of meeting?.attendees ?? []) {
      for (const id of attendee.citations) expect(ids.has(id)).toBe(true);
    }
    for (const citation of meeting?.citations ?? []) {
      const paragraph = knowledge.briefings.get(citation.briefing)?.paragraphs[
        citation.paragraph - 1
      ];
      expect(paragraph?.text).toContain(citation.text);
    }
  });

  it('answers who attended, grouped by country, filtered by any spelling', () => {
    const all = whoAttended(knowledge, 'moscow defence ministers');
    expect(all.meeting?.id).toBe(moscow.id);
    const countries = all.attendees.map((a) => a.country);
    expect(countries.indexOf('Türkiye')).toBe(0);
    const turkish = whoAttended(knowledge, 'moscow defence ministers', { country: 'Turkish' });
    expect(turkish.attendees.map((a) => a.name)).toEqual(['Hulusi Akar', 'Hakan Fidan']);
    expect(whoAttended(knowledge, 'moscow', { country: 'Turkey' }).attendees).toHaveLength(2);
  });

  it('says so when nothing matches', () => {
    expect(whoAttended(knowledge, 'zzzz qqqq').meeting).toBeNull();
    expect(findMeetings(knowledge, 'zzzz qqqq').meetings).toEqual([]);
  });

  it('lists every meeting in date order', () => {
    const dates = listMeetings(knowledge).meetings.map((m) => m.date);
    expect(dates).toEqual(['2022-12', '2023-04-25', '2023-05']);
  });

  it('suggests at most 25 short labels', () => {
    const suggestions = suggestMeetings(knowledge, '');
    expect(suggestions.length).toBeLessThanOrEqual(25);
    for (const s of suggestions) expect(s.label.length).toBeLessThanOrEqual(100);
    expect(suggestMeetings(knowledge, 'moscow def')[0]?.id).toBe(moscow.id);
  });
});
