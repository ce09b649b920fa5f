import { describe, expect, it } from 'vitest';
import { extractMeetings } from '../../src/meetings/extract.js';
import { topicKey } from '../../src/meetings/topics.js';
import { briefing } from './support.js';

describe('topicKey', () => {
  it.each([
    ['normalising ties between Lima and Quito', 'the normalisation of ties between Lima and Quito'],
    ['normalizing ties between Lima and Quito', 'normalisation of ties between Lima and Quito'],
    ['strengthening border security', 'strengthened border security'],
    ['water disputes', 'the water dispute'],
  ])('%j and %j are one topic', (a, b) => {
    expect(topicKey(a)).toBe(topicKey(b));
  });

  it.each([
    ['normalising ties between Lima and Quito', 'trade between Lima and Quito'],
    ['border security', 'energy security'],
  ])('%j and %j are two topics', (a, b) => {
    expect(topicKey(a)).not.toBe(topicKey(b));
  });
});

describe('topics of a meeting reported twice in other words', () => {
  const first = briefing(
    'a.txt',
    `date 2024-06-12

Ministers meet in Lima

LIMA - The foreign ministers of Peru and Ecuador met in Lima on Tuesday and discussed normalising ties between Lima and Quito.
`,
  );
  const second = briefing(
    'b.txt',
    `date 2024-06-12

Peru and Ecuador hold talks

LIMA - Peruvian and Ecuadorian foreign ministers held talks in Lima on Tuesday. They discussed the normalisation of ties between Lima and Quito.
`,
  );

  it('are listed once, citing both reports', () => {
    const [meeting] = extractMeetings([first, second]).filter((m) =>
      m.location?.startsWith('Lima'),
    );
    const ties = meeting?.topics.filter((topic) => /ties/.test(topic.text)) ?? [];
    expect(ties).toHaveLength(1);
    expect(ties[0]?.sources.map((source) => source.split('#')[0]).sort()).toEqual([
      'a.txt',
      'b.txt',
    ]);
  });
});
