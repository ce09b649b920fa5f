/**
 * Security hygiene: the token comes only from the environment and never reaches a log line;
 * authorization headers are redacted; `.env` cannot be committed; what users are told carries
 * no stack trace, path or internal detail; failures that escape a handler are logged with the
 * interaction's id and the process keeps serving; and the bot asks for the fewest intents and
 * permissions, exactly those its invite links request.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { Writable } from 'node:stream';
import { DiscordAPIError } from 'discord.js';
import { GatewayIntentBits, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intentsFor } from '../../src/discord/client.js';
import { USER_MESSAGE_CODES, userMessage } from '../../src/discord/userMessages.js';
import { createLogger } from '../../src/logger.js';
import { converse, textOf } from '../support/conversation.js';
import { ROOT } from '../support/corpora.js';
import { fakeAnswers } from '../support/fakeAnswers.js';
import { channelMessage, chatInput } from '../support/payloads.js';
import { runNode } from '../support/runNode.js';
import { startTestBot, TEST_TOKEN, type TestBot } from '../support/testBot.js';
import { waitUntil } from '../support/waitUntil.js';

function collect(secrets: readonly string[] = []) {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger({ level: 'debug', destination, secrets }), lines };
}

/** Things that must never reach a user: stack frames, paths, error class names. */
const INTERNALS =
  /\bat \S+ \(|\bat [/\w.-]+:\d+|(?:^|\s)\/[\w.-]+\/|[A-Z]:\\|\w+Error\b|node_modules|ENOENT|EACCES/;

describe('the token and credentials in logs', () => {
  it('redacts the token and authorization headers by path, wherever the bot logs them', () => {
    const { log, lines } = collect();
    log.info({ token: TEST_TOKEN, config: { token: TEST_TOKEN }, DISCORD_TOKEN: TEST_TOKEN }, 'a');
    log.info(
      { headers: { authorization: `Bot ${TEST_TOKEN}`, Authorization: `Bot ${TEST_TOKEN}` } },
      'b',
    );
    log.info({ request: { headers: { authorization: `Bot ${TEST_TOKEN}` } } }, 'c');
    log.info({ err: { request: { headers: { Authorization: `Bot ${TEST_TOKEN}` } } } }, 'd');
    log.info({ options: { rest: { token: TEST_TOKEN } } }, 'e');
    const output = lines.join('');
    expect(lines).toHaveLength(5);
    expect(output).not.toContain(TEST_TOKEN);
    expect(output.match(/\[redacted\]/g)).toHaveLength(8);
  });

  it('censors the token anywhere in a line once it is given as a secret (as npm start does)', () => {
    const { log, lines } = collect([TEST_TOKEN]);
    log.error({ err: new Error(`login failed for ${TEST_TOKEN}`) }, 'failed');
    log.warn({ odd: { place: [TEST_TOKEN] } }, `message with ${TEST_TOKEN}`);
    const apiError = new DiscordAPIError(
      { message: 'Unauthorized', code: 0 },
      0,
      401,
      'GET',
      '/users/@me',
      { body: { token: TEST_TOKEN }, files: undefined },
    );
    log.error({ err: apiError }, 'rest failed');
    const output = lines.join('');
    expect(output).not.toContain(TEST_TOKEN);
    expect(output).toContain('[redacted]');
  });

  it('reads the environment in one module only, and the CLI never touches the token', async () => {
    const readers: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (entry.name.endsWith('.ts')) {
          if ((await readFile(path, 'utf8')).includes('process.env')) {
            readers.push(relative(ROOT, path));
          }
        }
      }
    };
    for (const dir of ['src', 'commands', 'scripts']) await walk(join(ROOT, dir));
    expect(readers).toEqual(['src/environment.ts']);
    expect(await readFile(join(ROOT, 'src', 'cli.ts'), 'utf8')).not.toMatch(/TOKEN/);
  });

  it('keeps .env out of git, and no .env file is tracked', () => {
    expect(spawnSync('git', ['check-ignore', '-q', '.env'], { cwd: ROOT }).status).toBe(0);
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    expect(tracked.filter((file) => /(^|\/)\.env(\.|$)/.test(file))).toEqual(
      tracked.includes('.env.example') ? ['.env.example'] : [],
    );
  });
});

describe('what users are told', () => {
  it('no message for users carries a stack trace, a path or an internal name', () => {
    for (const code of USER_MESSAGE_CODES) {
      expect(userMessage(code), code).not.toMatch(INTERNALS);
    }
  });

  describe('through the bot, whatever a handler throws', () => {
    let harness: TestBot;
    const failures: Record<string, () => never> = {
      'with a path': () => {
        throw new Error('ENOENT: no such file, open /srv/briefings/index.bin');
      },
      'a type error': () => {
        const missing = undefined as unknown as { field: { deeper: string } };
        return missing.field.deeper as never;
      },
      'a string': () => {
        throw 'C:\\bot\\secrets.json could not be parsed';
      },
      'nothing at all': () => {
        throw undefined;
      },
    };

    beforeAll(async () => {
      harness = await startTestBot({
        answers: fakeAnswers({
          ask: (question) => {
            const fail = failures[question];
            if (fail) fail();
            return fakeAnswers().ask(question);
          },
        }),
        cooldownMs: 0,
      });
    });
    afterAll(async () => harness?.close());

    it('answers a slash command with the short private apology, logged with the interaction id', async () => {
      const { discord } = harness;
      for (const question of Object.keys(failures)) {
        const interaction = chatInput(discord.world, 'ask', { question });
        const exchange = await converse(discord, interaction);
        expect(exchange.message.content).toBe(userMessage('internalError'));
        expect(exchange.ephemeral).toBe(true);
        expect(textOf(exchange.message)).not.toMatch(INTERNALS);
        expect(
          harness.logs.some(
            (line) => line.interactionId === interaction.id && line.msg === 'interaction failed',
          ),
        ).toBe(true);
      }
    });

    it('answers a mention with the same apology, logged with the message id', async () => {
      const { discord } = harness;
      for (const question of Object.keys(failures)) {
        const message = channelMessage(
          discord.world,
          `<@${discord.world.botUser.id}> ${question}`,
          {
            mentions: [discord.world.botUser],
          },
        );
        discord.sendMessage(message);
        await waitUntil(() =>
          harness.logs.some(
            (line) => line.messageId === message.id && line.msg === 'mention failed',
          ),
        );
        const reply = await discord.waitForRequest(
          (request) =>
            request.route === 'channelMessage' &&
            (request.body as { message_reference?: { message_id: string } }).message_reference
              ?.message_id === message.id,
        );
        expect((reply.body as { content: string }).content).toBe(userMessage('internalError'));
      }
    });

    it('keeps serving afterwards', async () => {
      const exchange = await converse(
        harness.discord,
        chatInput(harness.discord.world, 'ask', { question: 'a normal question' }),
      );
      expect(textOf(exchange.message)).toContain('The ministers met in Moscow');
      expect(harness.rawLogs.join('')).not.toContain(TEST_TOKEN);
    });
  });

  it('failures escaping a handler are logged with its interaction id, and the process lives on', async () => {
    const script = join(ROOT, 'tests', 'support', 'scripts', 'processGuards.ts');
    const run = await runNode(['--import', 'tsx', script], { cwd: ROOT, timeoutMs: 15_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const rejection = lines.find((line) => line.msg === 'unhandled rejection');
    const exception = lines.find((line) => line.msg === 'uncaught exception');
    expect(rejection?.interactionId).toBe('1100000000000000001');
    expect(exception?.interactionId).toBe('1100000000000000001');
    expect(lines.at(-1)?.msg).toBe('still serving');
  });
});

describe('least privilege', () => {
  const needed =
    PermissionFlagsBits.ViewChannel |
    PermissionFlagsBits.SendMessages |
    PermissionFlagsBits.EmbedLinks |
    PermissionFlagsBits.ReadMessageHistory;

  it('asks for Guilds (and Guild Messages for channel questions), never a privileged intent', () => {
    expect(intentsFor('off')).toEqual([GatewayIntentBits.Guilds]);
    expect(intentsFor('mentions')).toEqual([
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
    ]);
  });

  it('every invite link in the documentation asks for exactly the permissions replies need', async () => {
    for (const file of ['README.md', 'docs/discord.md']) {
      const text = await readFile(join(ROOT, file), 'utf8');
      const links = [...text.matchAll(/oauth2\/authorize\?[^\s`)]*/g)].map((match) => match[0]);
      for (const link of links) {
        const params = new URLSearchParams(link.split('?')[1]);
        expect(params.get('scope')?.split(/[ +]/).sort(), `${file}: ${link}`).toEqual([
          'applications.commands',
          'bot',
        ]);
        expect(BigInt(params.get('permissions') ?? '-1'), `${file}: ${link}`).toBe(needed);
      }
    }
  });
});
