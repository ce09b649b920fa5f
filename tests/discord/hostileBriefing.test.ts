/**
 * One hostile briefing: the same sentence repeated thousands of times with other names
 * ("Minister X met President Y in Moscow"), and a meeting that then cites tens of thousands
 * of passages. Answers run on the thread that serves Discord, so an answer that walks all of
 * them blocks every other interaction (a /meeting once took about 100 s, and every
 * interaction of those seconds expired). Each answer reads a bounded share of such a meeting,
 * and the bot keeps acknowledging others while it answers about it.
 *
 * The time the answers take on a 4.9 MB briefing is measured by
 * tests/support/scripts/hostileBriefing.ts, not here.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passagesOf } from '../../src/corpus/passages.js';
import { answersFromKnowledge } from '../../src/discord/answers.js';
import { ask } from '../../src/answer/ask.js';
import type { Knowledge } from '../../src/knowledge.js';
import { knowledgeFrom as knowledgeOfParts } from '../../src/knowledgeBase.js';
import type { MeetingRecord } from '../../src/meetings/types.js';
import { InvertedPassageIndex } from '../../src/search/passageIndex.js';
import type { Briefing, PassageId } from '../../src/types.js';
import { acceptedCallbacks, awaitAnswer, textOf } from '../support/conversation.js';
import { briefingsFolder, knowledgeFrom } from '../support/knowledge.js';
import { autocomplete, chatInput } from '../support/payloads.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

/** Sentences in the hostile briefing, one passage each. */
const SENTENCES = 3_000;
/** How many passages the hostile meeting cites: each of the briefing's, many times over. */
const MEETING_SOURCES = 60_000;
/** Passage look-ups one answer may make, whatever the size of the meeting it answers about. */
const LOOKUPS_PER_ANSWER = 5_000;

const FIRST = ['Arvel', 'Dorin', 'Kesta', 'Lumo', 'Vesna', 'Tarik', 'Oben'];
const LAST = ['Valtor', 'Quenby', 'Hassler', 'Ostrand', 'Pelka', 'Ruvin'];

function hostileBriefing(): string {
  const name = (i: number) => `${FIRST[i % FIRST.length]} ${LAST[(i >> 3) % LAST.length]}`;
  const lines = Array.from(
    { length: SENTENCES },
    (_, i) => `Minister ${name(i)} met President ${name(i + 3)} in Moscow on April 25.`,
  );
  return ['date 2023-04-30', '', ...lines].join('\n\n');
}

/**
 * The knowledge with its largest meeting made as large as the attack made it: every list of
 * sources holds MEETING_SOURCES passage ids, and each look-up of a passage is counted.
 */
function hostile(knowledge: Knowledge): {
  knowledge: Knowledge;
  meeting: MeetingRecord;
  lookups: { count: number };
} {
  const ids = passagesOf(knowledge.briefings.get('hostile.txt')!).map((passage) => passage.id);
  const largest = [...knowledge.meetings].sort((a, b) => b.sources.length - a.sources.length)[0]!;
  const many = (own: readonly PassageId[]): PassageId[] => {
    const pool = [...own, ...ids];
    return Array.from({ length: MEETING_SOURCES }, (_, i) => pool[i % pool.length]!);
  };
  const meeting: MeetingRecord = {
    ...largest,
    sources: many(largest.sources),
    dateSources: many(largest.dateSources),
    statusSources: many(largest.statusSources),
    locationSources: many(largest.locationSources),
    attendees: largest.attendees.map((attendee) => ({
      ...attendee,
      sources: many(attendee.sources),
    })),
    topics: largest.topics.map((topic) => ({ ...topic, sources: many(topic.sources) })),
  };
  const meetings = knowledge.meetings.map((record) => (record === largest ? meeting : record));
  const lookups = { count: 0 };
  const counted: Knowledge['passageById'] = {
    get: (id) => {
      lookups.count++;
      return knowledge.passageById.get(id);
    },
    has: (id) => {
      lookups.count++;
      return knowledge.passageById.has(id);
    },
  };
  return {
    knowledge: {
      ...knowledge,
      passageById: counted,
      meetings,
      meetingById: new Map(meetings.map((record) => [record.id, record])),
    },
    meeting,
    lookups,
  };
}

describe('a briefing of one sentence repeated thousands of times', () => {
  let harness: TestBot;
  let state: ReturnType<typeof hostile>;
  let cleanup: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const folder = await briefingsFolder({
      'hostile.txt': hostileBriefing(),
      'other.txt':
        'date 2023-05-02\n\nThe foreign ministers of Oman and Qatar met in Muscat on Monday.',
    });
    cleanup = folder.cleanup;
    state = hostile(await knowledgeFrom(folder.dir));
    harness = await startTestBot({ answers: answersFromKnowledge(() => state.knowledge) });
  });
  afterAll(async () => {
    await harness?.close();
    await cleanup();
  });

  it('makes a meeting citing tens of thousands of passages', () => {
    expect(state.meeting.sources).toHaveLength(MEETING_SOURCES);
    expect(state.meeting.location).toMatch(/Moscow/);
  });

  it('answers /meeting, /who-attended, /ask and autocomplete about it reading a bounded share of its passages', () => {
    const answers = answersFromKnowledge(() => state.knowledge);
    const costs: Record<string, number> = {};
    const cost = (name: string, answer: () => unknown) => {
      state.lookups.count = 0;
      answer();
      costs[name] = state.lookups.count;
    };
    cost('meeting', () => answers.meeting('moscow'));
    cost('meeting by id', () => answers.meeting(state.meeting.id));
    cost('who-attended', () => answers.whoAttended('moscow'));
    cost('ask', () => answers.ask('Who met the President in Moscow?'));
    cost('autocomplete', () => answers.suggestMeetings('mosc', 25));
    cost('button', () => answers.meetingById(state.meeting.id));
    for (const [name, count] of Object.entries(costs))
      expect(count, `${name}: ${count} look-ups`).toBeLessThan(LOOKUPS_PER_ANSWER);
  });

  it('answers each through Discord while acknowledging everyone else’s interactions in time', async () => {
    const { discord } = harness;
    const world = discord.world;
    const others: APIInteraction[] = [];
    const hostileOnes: APIInteraction[] = [
      chatInput(world, 'meeting', { query: 'moscow' }),
      chatInput(world, 'who-attended', { meeting: 'moscow' }),
      chatInput(world, 'ask', { question: 'Who met the President in Moscow?' }),
    ];
    for (const interaction of hostileOnes) {
      discord.sendInteraction(interaction);
      others.push(
        discord.sendInteraction(chatInput(world, 'ask', { question: 'Who met in Muscat?' })),
      );
    }
    discord.sendInteraction(autocomplete(world, 'meeting', { query: 'mosc' }, 'query'));
    const exchanges = await Promise.all(
      [...hostileOnes, ...others].map((interaction) => awaitAnswer(discord, interaction, 60_000)),
    );
    await discord.settle(200);
    // The local Discord refuses a first response after 3 s from the interaction's creation.
    for (const interaction of [...hostileOnes, ...others])
      expect(acceptedCallbacks(discord, interaction)).toBe(1);
    expect(discord.requests.filter((request) => request.status >= 400)).toEqual([]);
    expect(textOf(exchanges[0]!.message)).toMatch(/Moscow/);
    expect(textOf(exchanges.at(-1)!.message)).toMatch(/Muscat/);
  });
});

/** A copy of a briefing that counts how many of its sentences' texts are read. */
function countingReads(briefing: Briefing, reads: { count: number }): Briefing {
  return {
    ...briefing,
    paragraphs: briefing.paragraphs.map((paragraph) => ({
      ...paragraph,
      sentences: paragraph.sentences.map((sentence) => {
        const copy = { ...sentence };
        Object.defineProperty(copy, 'text', {
          enumerable: true,
          get: () => {
            reads.count++;
            return sentence.text;
          },
        });
        return copy;
      }),
    })),
  };
}

describe('a briefing of one sentence repeated thousands of times, restored from a snapshot', () => {
  it('is answered from the few sentences the answer ranks, not from all of them', async () => {
    const folder = await briefingsFolder({
      'hostile.txt': hostileBriefing(),
      'other.txt':
        'date 2023-05-02\n\nThe foreign ministers of Oman and Qatar met in Muscat on Monday.',
    });
    try {
      const built = await knowledgeFrom(folder.dir);
      const reads = { count: 0 };
      const briefings = [...built.briefings.values()].map((briefing) =>
        briefing.file === 'hostile.txt' ? countingReads(briefing, reads) : briefing,
      );
      // As the CLI finds it in its snapshot: the index restored, no passage made yet.
      if (!(built.index instanceof InvertedPassageIndex)) throw new Error('not an inverted index');
      const index = InvertedPassageIndex.fromImage(briefings, built.index.toImage());
      const restored = knowledgeOfParts(briefings, index, built.meetings, built.skipped);
      const question = 'Who met the President in Moscow?';

      reads.count = 0;
      const deep = index.get('hostile.txt#2500.1');
      expect(deep?.text).toMatch(/^Minister .* met President .* in Moscow on April 25\.$/);
      expect(reads.count).toBeLessThanOrEqual(1);

      reads.count = 0;
      const answer = ask(restored, question);
      expect(answer).toEqual(ask(built, question));
      expect(answer.found).toBe(true);
      // Each sentence read is one the answer ranked or cites; the briefing has 3,000.
      expect(reads.count).toBeLessThan(SENTENCES / 10);
    } finally {
      await folder.cleanup();
    }
  });
});
