/**
 * The briefings folder going wrong under a running bot — a file that cannot be read, a file
 * that is not text, the whole folder removed — and /reload, all through the local Discord
 * with the bot wired as `npm start` wires it (a watched LiveKnowledge, its events logged).
 * Answers keep coming from the last good index, each problem is warned about once, and
 * /reload reports what it found to the server manager who asked.
 */
import { mkdir, rename, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFromKnowledge } from '../../src/discord/answers.js';
import { briefingsEventLogger } from '../../src/discord/briefingsLog.js';
import { userMessage } from '../../src/discord/userMessages.js';
import { LiveKnowledge } from '../../src/io/liveKnowledge.js';
import { converse, type SentMessage, textOf } from '../support/conversation.js';
import { fakeAnswers } from '../support/fakeAnswers.js';
import { patience } from '../support/machine.js';
import { chatInput } from '../support/payloads.js';
import { tempBriefings } from '../support/tempBriefings.js';
import { collectingLogger, startTestBot, type TestBot } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

const TALKS = `date 2023-04-24

Ministers meet in Moscow

The defence ministers of Turkey, Russia, Iran and Syria held talks in Moscow on Tuesday.
`;
const SUMMIT = `date 2023-05-10

Foreign ministers meet

The foreign ministers gathered in Ankara for a summit on refugees and reconstruction.
`;
/** Quick to react in tests; `npm start` uses the defaults. */
const WATCH = { debounceMs: 50, pollMs: 150 } as const;

const warningsAbout = (logs: Array<Record<string, unknown>>, text: string) =>
  logs.filter((line) => line.level === 40 && JSON.stringify(line).includes(text));

describe('a failing briefings folder, through the bot', () => {
  let folder: Awaited<ReturnType<typeof tempBriefings>>;
  let live: LiveKnowledge;
  let stopWatching: () => void;
  let harness: TestBot;
  const logging = collectingLogger();

  const ask = async (question: string) =>
    converse(harness.discord, chatInput(harness.discord.world, 'ask', { question }));
  const reload = async () => converse(harness.discord, chatInput(harness.discord.world, 'reload'));

  beforeAll(async () => {
    folder = await tempBriefings({ 'talks.txt': TALKS });
    live = await LiveKnowledge.open(folder.dir, {
      ...WATCH,
      onEvent: briefingsEventLogger(logging.log),
    });
    stopWatching = live.watch();
    harness = await startTestBot({
      answers: answersFromKnowledge(() => live.current, { isRebuilding: () => live.rebuilding }),
      reindex: () => live.rebuild(),
      logging,
    });
  });
  afterAll(async () => {
    stopWatching?.();
    await harness?.close();
    await folder?.remove();
  });

  it('answers from the folder', async () => {
    const exchange = await ask('Where did the defence ministers hold talks?');
    expect(textOf(exchange.message)).toContain('talks.txt');
  });

  it('skips a file that cannot be read and one that is not text, warning once about each', async () => {
    // A link that points at itself cannot be opened by anyone, root included.
    await symlink('loop.txt', join(folder.dir, 'loop.txt'));
    // Written whole (under a hidden name, then renamed): a rebuild that caught it half written
    // would see an empty file first, a state of its own with its own warning.
    const hidden = join(folder.dir, '.scan.txt.partial');
    await writeFile(hidden, Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]));
    await rename(hidden, join(folder.dir, 'scan.txt'));
    await writeFile(join(folder.dir, 'summit.txt'), SUMMIT);
    await waitUntil(() => live.current.briefings.size === 2);
    // More rebuilds, with the bad files still there: no new warnings about them.
    await live.rebuild();
    await live.rebuild();

    expect(warningsAbout(harness.logs, 'loop.txt')).toHaveLength(1);
    expect(warningsAbout(harness.logs, 'scan.txt')).toHaveLength(1);
    const exchange = await ask('Where did the foreign ministers gather?');
    expect(textOf(exchange.message)).toContain('summit.txt');
  });

  it('/reload reports briefings and meetings before and after, and the skipped files, privately', async () => {
    // The watch is paused so that /reload, not the watch, is the one to find the new file.
    stopWatching();
    await writeFile(join(folder.dir, 'more.txt'), SUMMIT.replace('Ankara', 'Tehran'));
    const exchange = await reload();
    stopWatching = live.watch();
    expect(exchange.callbackType).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(exchange.callback.sinceDispatchMs).toBeLessThan(exchange.windowMs);
    expect(exchange.ephemeral).toBe(true);
    const embed = exchange.message.embeds?.[0];
    expect(embed?.title).toBe('Briefings re-indexed');
    const field = (name: string) => embed?.fields?.find((f) => f.name.startsWith(name))?.value;
    expect(field('Briefings')).toBe('2 → 3');
    expect(field('Meetings')).toMatch(/^\d+( → \d+| \(unchanged\))$/);
    expect(field('Files')).toBe('1 added · 0 changed · 0 removed');
    expect(field('Skipped files (2)')).toContain('loop.txt');
    expect(field('Skipped files (2)')).toContain('scan.txt: the file is binary');
    // No absolute paths reach Discord.
    expect(textOf(exchange.message)).not.toContain(folder.dir);
  });

  it('keeps answering from the last good index when the folder is removed, with one warning', async () => {
    const warningsBefore = harness.logs.filter((line) => line.level === 40).length;
    // Moved away in one step, then deleted: a deletion file by file would first show the
    // watch an empty folder, which is a folder whose briefings were all removed.
    const gone = `${folder.dir}-gone`;
    await rename(folder.dir, gone);
    await rm(gone, { recursive: true, force: true });
    await waitUntil(() => harness.logs.filter((line) => line.level === 40).length > warningsBefore);
    // Several polls later (as many on a busy machine), still one warning.
    await new Promise((resolve) => setTimeout(resolve, patience(WATCH.pollMs * 4)));
    const warnings = harness.logs.filter((line) => line.level === 40).slice(warningsBefore);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.msg).toMatch(/still answering from the last good index/);

    const exchange = await ask('Where did the foreign ministers gather?');
    expect(textOf(exchange.message)).toContain('summit.txt');
    expect(live.current.briefings.size).toBe(3);
  });

  it('/reload says the folder is gone and that the last briefings still answer', async () => {
    const exchange = await reload();
    const embed = exchange.message.embeds?.[0];
    expect(embed?.title).toBe('Briefings not re-read');
    expect(embed?.description).toBe(userMessage('briefingsFolderMissing'));
    expect(embed?.fields?.find((f) => f.name === 'Briefings')?.value).toBe('3 (unchanged)');
    expect(textOf(exchange.message)).not.toContain(folder.dir);
  });

  it('picks the folder up again once it is back', async () => {
    await mkdir(folder.dir, { recursive: true });
    await writeFile(join(folder.dir, 'talks.txt'), TALKS);
    const now = new Date();
    await utimes(join(folder.dir, 'talks.txt'), now, now);
    await waitUntil(() => live.current.briefings.size === 1);
    const exchange = await ask('Where did the foreign ministers gather?');
    expect(textOf(exchange.message)).not.toContain('summit.txt');
  });
});

describe('/reload without a watched folder', () => {
  let harness: TestBot;
  beforeAll(async () => {
    harness = await startTestBot({ answers: fakeAnswers() });
  });
  afterAll(async () => harness?.close());

  it('says re-reading is not available, privately', async () => {
    const exchange = await converse(harness.discord, chatInput(harness.discord.world, 'reload'));
    expect(exchange.message.content).toBe(userMessage('reloadUnavailable'));
    expect((exchange.message as SentMessage).flags).toBe(MessageFlags.Ephemeral);
  });

  it('is listed by /help', async () => {
    const exchange = await converse(harness.discord, chatInput(harness.discord.world, 'help'));
    expect(textOf(exchange.message)).toContain('/reload');
  });
});
