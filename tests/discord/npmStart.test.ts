import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GatewayCloseCodes, InteractionResponseType } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { userMessage } from '../../src/discord/userMessages.js';
import { converse, type SentMessage, textOf } from '../support/conversation.js';
import { ROOT, SEEDS } from '../support/corpora.js';
import { LocalDiscord } from '../support/localDiscord.js';
import { chatInput } from '../support/payloads.js';
import { TEST_TOKEN } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

/** How soon, on an idle machine, the running bot answers from a briefing added to its folder. */
const NEW_BRIEFING_SEEN_MS = 10_000;

/** The built bot as `npm start` runs it, on `folder`/briefings, connected to `discord`. */
function startBotProcess(discord: LocalDiscord, folder: string) {
  const bot = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'bot.js')], {
    cwd: folder,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_CLIENT_ID: discord.world.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      BRIEFINGS_DIR: join(folder, 'briefings'),
      BRIEFINGS_CACHE_DIR: join(folder, 'cache'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  bot.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  bot.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const exit = new Promise<number | null>((resolve) => bot.on('exit', (code) => resolve(code)));
  return { bot, exit, output: () => stdout + stderr, stderr: () => stderr };
}

/**
 * `npm start` itself — the built bot process, configured only through its environment —
 * against the local Discord: the same code path as against Discord, only the URL differs.
 */
describe('npm start', () => {
  let discord: LocalDiscord;
  let bot: ChildProcess;
  let folder: string;
  let output: () => string;
  let exit: Promise<number | null>;

  beforeAll(async () => {
    discord = await LocalDiscord.start({ token: TEST_TOKEN });
    folder = await mkdtemp(join(tmpdir(), 'bot-briefings-'));
    await cp(SEEDS, join(folder, 'briefings'), { recursive: true });
    ({ bot, exit, output } = startBotProcess(discord, folder));
    await waitUntil(
      () => discord.handshakes.includes('identify') && /connected to Discord/.test(output()),
      20_000,
    );
  });

  afterAll(async () => {
    if (bot.exitCode === null) bot.kill('SIGKILL');
    await discord.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('connects with the token from its environment and answers /ask with citations', async () => {
    const exchange = await converse(
      discord,
      chatInput(discord.world, 'ask', { question: 'Cavusolgu' }),
      10_000,
    );
    expect(textOf(exchange.message)).toMatch(/Cavusoglu/);
    expect(textOf(exchange.message)).toMatch(/004_5dc909d0c5c42903\.txt/);
  });

  it('picks up a new briefing without a restart', async () => {
    await writeFile(
      join(folder, 'briefings', 'doha.txt'),
      'date 2023-06-01\n\nEnvoys of Oman and Qatar met in Doha on Wednesday to discuss shipping lanes.',
    );
    let answer = '';
    await waitUntil(
      async () => {
        const exchange = await converse(
          discord,
          chatInput(discord.world, 'ask', { question: 'shipping lanes Doha' }),
          10_000,
        );
        answer = textOf(exchange.message);
        return /doha\.txt/.test(answer);
      },
      NEW_BRIEFING_SEEN_MS,
      300,
    );
    expect(answer).toMatch(/doha\.txt/);
  });

  it('shuts down cleanly on SIGTERM, never having logged the token', async () => {
    bot.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(output()).not.toContain(TEST_TOKEN);
    expect(output()).not.toContain(TEST_TOKEN.split('.')[2]);
  });
});

describe('npm start when Discord closes the gateway for good (token reset, 4004)', () => {
  it('writes one line saying what to fix and exits 1, so a supervisor restarts or alerts', async () => {
    const discord = await LocalDiscord.start({ token: TEST_TOKEN });
    const folder = await mkdtemp(join(tmpdir(), 'bot-briefings-'));
    await cp(SEEDS, join(folder, 'briefings'), { recursive: true });
    const run = startBotProcess(discord, folder);
    try {
      await waitUntil(() => /connected to Discord/.test(run.output()), 20_000);
      discord.closeGateway(GatewayCloseCodes.AuthenticationFailed);
      expect(await run.exit).toBe(1);
      expect(run.stderr().trim().split('\n')).toEqual([
        expect.stringMatching(/^✗ .*DISCORD_TOKEN.*\(gateway close 4004\)$/),
      ]);
    } finally {
      if (run.bot.exitCode === null) run.bot.kill('SIGKILL');
      await discord.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('npm start stopped (SIGTERM) while a /reload re-reads a large change', () => {
  it('edits the deferred /reload to say so and exits 0 without waiting for the re-read', async () => {
    const discord = await LocalDiscord.start({ token: TEST_TOKEN });
    const folder = await mkdtemp(join(tmpdir(), 'bot-briefings-'));
    await cp(SEEDS, join(folder, 'briefings'), { recursive: true });
    const run = startBotProcess(discord, folder);
    try {
      await waitUntil(() => /connected to Discord/.test(run.output()), 20_000);
      // Thousands of new files: their re-read outlasts the stop by far.
      for (const file of generateCorpus({ size: 3_000 }).files)
        await writeFile(join(folder, 'briefings', file.file), file.text);
      const reload = discord.sendInteraction(chatInput(discord.world, 'reload'));
      const callback = await discord.waitForRequest(
        (request) =>
          request.route === 'interactionCallback' && request.params.token === reload.token,
        10_000,
      );
      expect((callback.body as { type: number }).type).toBe(
        InteractionResponseType.DeferredChannelMessageWithSource,
      );
      const stoppedAt = performance.now();
      run.bot.kill('SIGTERM');
      expect(await run.exit).toBe(0);
      console.log(
        `stopped during a re-read of 3,000 files: exited after ${Math.round(performance.now() - stoppedAt)} ms`,
      );
      const edit = discord
        .requestsFor(reload)
        .find((request) => request.route === 'webhookMessage' && request.method === 'PATCH');
      expect(edit?.status).toBe(200);
      expect(textOf(edit?.body as SentMessage)).toContain(userMessage('reloadInterrupted'));
      // The stop ended by itself: the re-read stopped at its next step, the deadline never came.
      expect(run.output()).toMatch(/"msg":"disconnected"/);
      expect(run.output()).not.toMatch(/stopping took too long/);
    } finally {
      if (run.bot.exitCode === null) run.bot.kill('SIGKILL');
      await discord.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
