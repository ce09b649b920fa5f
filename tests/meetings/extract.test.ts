import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../src/meetings/extract.js';
import { briefing } from './support.js';

const announcement = briefing(
  'a.txt',
  `date 2024-03-04

Envoys to meet in Nairobi on Thursday

NAIROBI (AFP) - Kenyan Foreign Minister Amani Otieno will hold talks with his Ethiopian counterpart Selam Tesfaye in Nairobi on Thursday, the ministry said on Monday.

The two ministers are expected to discuss the Nile water dispute, ministry spokesman Daniel Kiprop said.
`,
);
const report = briefing(
  'b.txt',
  `date 2024-03-08

Kenya and Ethiopia hold talks in Nairobi

NAIROBI - Kenyan Foreign Minister Amani Otieno met Ethiopian Foreign Minister Selam Tesfaye in Nairobi on Thursday.

The ministers discussed the Nile water dispute and cross-border trade.

They last met in Addis Ababa in November last year.
`,
);
const undated = briefing(
  'c.txt',
  `Ethiopia welcomes Nairobi talks

ADDIS ABABA - Ethiopian Foreign Minister Selam Tesfaye held talks with Kenyan Foreign Minister Amani Otieno in Nairobi on Thursday.

President Abebe Girma's office said the talks were useful.
`,
);

describe('extractMeetings', () => {
  const meetings = extractMeetings([announcement, report, undated]);
  const nairobi = meetings.find((m) => m.location?.startsWith('Nairobi'));

  it('merges an announcement and reports of one meeting into one held meeting', () => {
    expect(nairobi).toBeDefined();
    expect(nairobi?.date).toBe('2024-03-07');
    expect(nairobi?.status).toBe('held');
    expect(nairobi?.briefings).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(nairobi?.location).toBe('Nairobi, Kenya');
  });

  it('lists the participants with role and country, and not the people only mentioned', () => {
    const named = nairobi?.attendees.map((a) => [a.name, a.role, a.country]);
    expect(named).toEqual(
      expect.arrayContaining([
        ['Amani Otieno', 'Foreign Minister', 'Kenya'],
        ['Selam Tesfaye', 'Foreign Minister', 'Ethiopia'],
      ]),
    );
    expect(nairobi?.attendees).toHaveLength(2);
    const mentioned = nairobi?.alsoMentioned.map((a) => a.name);
    expect(mentioned).toEqual(expect.arrayContaining(['Daniel Kiprop', 'Abebe Girma']));
  });

  it('cites the passages every fact comes from', () => {
    expect(nairobi?.dateSources.length).toBeGreaterThan(0);
    for (const attendee of nairobi?.attendees ?? [])
      expect(attendee.sources.length).toBeGreaterThan(0);
    expect(nairobi?.topics.map((t) => t.text)).toContain('Nile water dispute');
  });

  it('keeps an earlier meeting of the series distinct and links it', () => {
    const earlier = meetings.find((m) => m.date === '2023-11');
    expect(earlier?.location).toBe('Addis Ababa, Ethiopia');
    expect(earlier?.id).not.toBe(nairobi?.id);
    expect(nairobi?.previous).toBeNull();
  });

  it('gives stable ids and readable titles', () => {
    expect(nairobi?.id).toMatch(/^nairobi-.*-2024-03-07$/);
    expect(nairobi?.title).toMatch(/Nairobi, 7 March 2024$/);
    expect(extractMeetings([announcement, report, undated]).map((m) => m.id)).toEqual(
      meetings.map((m) => m.id),
    );
  });
});

describe('series and formats', () => {
  const first = briefing(
    's1.txt',
    `date 2024-01-20

LIMA - The defence ministers of Chile, Peru and Bolivia held talks in Lima on Friday and agreed to meet again.
`,
  );
  const second = briefing(
    's2.txt',
    `date 2024-04-13

LIMA - The defence ministers of Chile, Peru and Bolivia met in Lima on Friday for a second round.
`,
  );
  const other = briefing(
    's3.txt',
    `date 2024-04-13

LIMA - The foreign ministers of Chile, Peru and Bolivia will meet in Lima on Monday.
`,
  );
  const meetings = extractMeetings([first, second, other]);

  it('keeps meetings of different dates and levels apart', () => {
    expect(meetings.map((m) => m.date)).toEqual(['2024-01-19', '2024-04-12', '2024-04-15']);
    expect(meetings[2]?.status).toBe('announced');
  });

  it('links the meetings of one series in date order', () => {
    expect(meetings[0]?.next).toBe(meetings[1]?.id);
    expect(meetings[1]?.previous).toBe(meetings[0]?.id);
  });

  it('lists one unnamed participant per country and office', () => {
    expect(meetings[0]?.attendees.map((a) => [a.name, a.role, a.country])).toEqual([
      [null, 'defence minister', 'Chile'],
      [null, 'defence minister', 'Peru'],
      [null, 'defence minister', 'Bolivia'],
    ]);
  });
});

describe('undated reports', () => {
  const dated = briefing(
    'd.txt',
    `date 2024-05-10

Ministers meet in Lisbon

LISBON - Portuguese Foreign Minister Rui Almeida met Chilean Foreign Minister Tomas Vidal in Lisbon on Thursday.
`,
  );
  const oneName = briefing(
    'f.txt',
    `Summit put off

Portuguese Foreign Minister Rui Almeida attended a summit of Atlantic states.
`,
  );
  const meetings = extractMeetings([dated, oneName]);

  it('does not file an undated report under a meeting on one shared name alone', () => {
    const lisbon = meetings.find((m) => m.sources.some((s) => s.startsWith('d.txt#')));
    expect(lisbon?.attendees.map((a) => a.name)).toContain('Rui Almeida');
    expect(lisbon?.sources.some((s) => s.startsWith('f.txt#'))).toBe(false);
  });
});

describe('a briefing without a publication date', () => {
  const stamped = briefing(
    'g.txt',
    `Ministers gather in Tallinn

Estonian Foreign Minister Kaja Rebane speaks in Tallinn on Monday, March 4, 2024. (Photo: Agency)

TALLINN - Estonian Foreign Minister Kaja Rebane met Latvian Foreign Minister Janis Ozols in Tallinn on Monday.

They will meet again in Riga on Friday.
`,
  );
  const bare = briefing(
    'h.txt',
    `Ministers gather in Tallinn

TALLINN - Estonian Foreign Minister Kaja Rebane met Latvian Foreign Minister Janis Ozols in Tallinn on Monday.
`,
  );

  it('reads its days from the latest day it states in full, in the direction of their tense', () => {
    const meetings = extractMeetings([stamped]);
    expect(meetings.map((m) => [m.location, m.date])).toEqual([
      ['Tallinn, Estonia', '2024-03-04'],
      ['Riga, Latvia', '2024-03-08'],
    ]);
  });

  it('leaves them unknown when it states no day in full', () => {
    expect(extractMeetings([bare]).map((m) => m.date)).toEqual([null]);
  });
});

describe('a photo caption', () => {
  it('does not make the photographer its credit names a participant', () => {
    const text = [
      'date 2024-03-08',
      '',
      'Ministers meet in Nairobi',
      '',
      'Foreign Minister Amani Otieno of Kenya and Foreign Minister Selam Tesfaye of Ethiopia met in Nairobi on Thursday to discuss the Nile water dispute.',
      '',
      'Foreign ministers Amani Otieno and Selam Tesfaye during their talks in Nairobi. (Photo: Jomo Wanjiru/AGENCY)',
      '',
      'The talks lasted three hours, officials said.',
    ].join('\n');
    const [meeting] = extractMeetings([briefing('a.txt', text)]);
    expect(meeting?.attendees.map((a) => a.name).sort()).toEqual(['Amani Otieno', 'Selam Tesfaye']);
  });
});

describe('the sources a report cites', () => {
  it('are not who "they" are in the next sentence', () => {
    const text = [
      'date 2024-03-08',
      '',
      'Ministers meet in Nairobi',
      '',
      'Foreign Minister Amani Otieno of Kenya and Foreign Minister Selam Tesfaye of Ethiopia met in Nairobi on Thursday.',
      '',
      '"We made progress," Otieno told reporters after the talks, according to local journalists Jomo Wanjiru and Akinyi Odhiambo.',
      '',
      'They will meet again in Addis Ababa next month.',
    ].join('\n');
    const names = extractMeetings([briefing('a.txt', text)]).flatMap((m) =>
      m.attendees.map((a) => a.name),
    );
    expect(names).toContain('Amani Otieno');
    expect(names).not.toContain('Jomo Wanjiru');
    expect(names).not.toContain('Akinyi Odhiambo');
  });
});

describe('a person named by surname alone', () => {
  it('is the person another briefing names in full, with every word of the name', () => {
    const announced = briefing(
      'a.txt',
      [
        'date 2024-03-01',
        '',
        'Leaders to meet',
        '',
        'North Korean leader Ri Chol Un and Laotian President Sone Vilay will meet in Vientiane on March 12.',
      ].join('\n'),
    );
    const reported = briefing(
      'b.txt',
      [
        'date 2024-03-13',
        '',
        'Leaders meet',
        '',
        'Chairman Ri met President Sone Vilay in Vientiane on Tuesday, officials said.',
      ].join('\n'),
    );
    const [meeting] = extractMeetings([announced, reported]);
    expect(meeting?.attendees.map((a) => [a.name, a.country])).toEqual([
      ['Ri Chol Un', 'North Korea'],
      ['Sone Vilay', 'Laos'],
    ]);
  });
});
