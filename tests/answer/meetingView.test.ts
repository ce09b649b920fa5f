import { describe, expect, it } from 'vitest';
import { generateCorpus, parseCorpus } from '../../bench/generate.js';
import { listMeetings } from '../../src/answer/meeting.js';
import { buildKnowledge } from '../../src/knowledge.js';
import type { Meeting } from '../../src/types.js';

const corpus = generateCorpus({ size: 80, seed: 11 });
const knowledge = buildKnowledge(parseCorpus(corpus.files).briefings);
const all = listMeetings(knowledge);

/** Every citation id a meeting's facts refer to (attendees' ids are in the meeting's list). */
const attendeeIds = (meeting: Meeting) => meeting.attendees.flatMap((a) => a.citations);

describe('listMeetings', () => {
  it('lists several meetings that cite passages', () => {
    expect(all.meetings.length).toBeGreaterThan(10);
    expect(all.meetings.every((m) => m.citations.length > 0)).toBe(true);
  });

  it('numbers citations across the document from 1 without gaps, each passage once', () => {
    const byId = new Map<number, string>();
    for (const meeting of all.meetings) {
      for (const c of meeting.citations) {
        const key = `${c.briefing}|${c.paragraph}|${c.text}`;
        expect(byId.get(c.id) ?? key).toBe(key);
        byId.set(c.id, key);
      }
    }
    const ids = [...byId.keys()].sort((a, b) => a - b);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    expect(new Set(byId.values()).size).toBe(ids.length);
  });

  it("gives each meeting its own citations only, in id order, covering its attendees'", () => {
    for (const meeting of all.meetings) {
      const ids = meeting.citations.map((c) => c.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of attendeeIds(meeting)) expect(ids).toContain(id);
    }
  });

  it('renders only the first meetings under a limit, numbered as in the whole list', () => {
    const limited = listMeetings(knowledge, { limit: 4 });
    expect(limited.meetings).toEqual(all.meetings.slice(0, 4));
  });
});
