/**
 * Nothing a member types is used as a file path: a briefing is named by its indexed id (its
 * file name inside the briefings folder, looked up in memory), and a query that looks like a
 * path — relative, absolute, a file URL, percent-encoded — is only ever searched as text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnswerService, answersFromKnowledge } from '../../src/discord/answers.js';
import { userMessage } from '../../src/discord/userMessages.js';
import type { Knowledge } from '../../src/knowledge.js';
import { converse, textOf } from '../support/conversation.js';
import { ROOT } from '../support/corpora.js';
import { knowledgeFrom } from '../support/knowledge.js';
import { buttonClick, channelMessage, chatInput } from '../support/payloads.js';
import { tempBriefings } from '../support/tempBriefings.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

/** A word that exists only in a file outside the briefings folder. */
const SECRET = 'QUOKKA-7731-CLASSIFIED';

describe('path safety', () => {
  let files: Awaited<ReturnType<typeof tempBriefings>>;
  let briefingsDir: string;
  let secretPath: string;
  let knowledge: Knowledge;
  let answers: AnswerService;
  let harness: TestBot;

  beforeAll(async () => {
    files = await tempBriefings({
      'briefings/talks.txt':
        'date 2023-04-24\n\nMinisters meet\n\nThe defence ministers held talks in Moscow on Tuesday.\n',
      'outside/secret.txt': `The secret word is ${SECRET}.\n`,
    });
    briefingsDir = join(files.dir, 'briefings');
    secretPath = join(files.dir, 'outside', 'secret.txt');
    knowledge = await knowledgeFrom(briefingsDir);
    answers = answersFromKnowledge(() => knowledge);
    harness = await startTestBot({ answers });
  });
  afterAll(async () => {
    await harness?.close();
    await files?.remove();
  });

  const pathLike = () => [
    '../outside/secret.txt',
    '../../outside/secret.txt',
    secretPath,
    `file://${secretPath}`,
    '%2e%2e%2foutside%2fsecret.txt',
    '..\\outside\\secret.txt',
    '/etc/passwd',
    '../../etc/passwd',
  ];

  it('searches a path-like query as text and quotes only indexed briefings', async () => {
    for (const query of pathLike()) {
      const result = await answers.ask(query);
      expect(result.question).toBe(query);
      for (const citation of result.citations) {
        expect(knowledge.briefings.has(citation.briefing)).toBe(true);
      }
      const everything = JSON.stringify([
        result,
        await answers.meeting(query),
        await answers.whoAttended(query, query),
        await answers.suggestMeetings(query, 25),
        await answers.meetingById(query),
      ]);
      expect(everything).not.toContain(SECRET);
      expect(answers.describeBriefing(query)).toBeUndefined();
    }
  });

  it('a briefing is named only by its id in the index', () => {
    expect([...knowledge.briefings.keys()]).toEqual(['talks.txt']);
    expect(answers.describeBriefing('talks.txt')).toBeDefined();
    expect(answers.describeBriefing('./talks.txt')).toBeUndefined();
    expect(answers.describeBriefing(join(briefingsDir, 'talks.txt'))).toBeUndefined();
  });

  it('through Discord: commands, mentions and crafted buttons never reach the file', async () => {
    const { discord } = harness;
    for (const query of pathLike()) {
      const asked = await converse(discord, chatInput(discord.world, 'ask', { question: query }));
      expect(textOf(asked.message)).not.toContain(SECRET);
      const meeting = await converse(discord, chatInput(discord.world, 'meeting', { query }));
      expect(textOf(meeting.message)).not.toContain(SECRET);
    }
    // A button's custom id comes back from the client verbatim: a forged one is only a lookup.
    const forged = await converse(
      discord,
      buttonClick(
        discord.world,
        `sources:${secretPath}`,
        channelMessage(discord.world, 'an earlier reply', { author: discord.world.botUser }),
      ),
    );
    expect(forged.message.content).toBe(userMessage('meetingGone'));
    expect(textOf(forged.message)).not.toContain(SECRET);
  });

  it('the answering code reads no files: only the loader and the entry points touch the file system', async () => {
    const allowed = new Set([
      'src/bot.ts',
      'src/cli.ts',
      'src/eval/main.ts',
      // reads commands/ next to itself, never a name from a user
      'src/discord/loadCommands.ts',
    ]);
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (/\.ts$/.test(entry.name)) {
          const file = relative(ROOT, path);
          if (file.startsWith('src/io/') || allowed.has(file)) continue;
          const source = await readFile(path, 'utf8');
          if (/from ['"](?:node:)?fs(?:\/promises)?['"]/.test(source)) offenders.push(file);
        }
      }
    };
    await walk(join(ROOT, 'src'));
    await walk(join(ROOT, 'commands'));
    expect(offenders).toEqual([]);
  });
});
