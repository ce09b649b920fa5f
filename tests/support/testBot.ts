/**
 * A bot connected to a local Discord, built exactly as `npm start` builds it (configuration
 * parsed from an environment with DISCORD_API_URL, commands loaded from commands/), with the
 * answers injected so each test decides what the core returns.
 */
import { Writable } from 'node:stream';
import { parseConfig } from '../../src/config.js';
import type { AnswerService } from '../../src/discord/answers.js';
import { loadCommands } from '../../src/discord/loadCommands.js';
import { type RunningBot, type StartBotOptions, startBot } from '../../src/discord/startBot.js';
import type { RebuildReport } from '../../src/io/liveKnowledge.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { LocalDiscord } from './localDiscord.js';

/** Looks like a bot token; it must never appear in a log line. */
export const TEST_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GtEsTt.local-discord-token-never-logged';

export interface TestBot {
  readonly discord: LocalDiscord;
  readonly bot: RunningBot;
  /** Every log line the bot wrote, parsed. */
  readonly logs: Array<Record<string, unknown>>;
  readonly rawLogs: string[];
  close(): Promise<void>;
}

export interface TestBotOptions {
  readonly answers: AnswerService;
  readonly channelQuestions?: 'mentions' | 'off';
  readonly cooldownMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly reindex?: () => Promise<RebuildReport>;
  readonly onFatalClose?: StartBotOptions['onFatalClose'];
  /** Log through this logger (say, one also given to a LiveKnowledge); a new one otherwise. */
  readonly logging?: CollectedLogs;
}

/** A logger whose lines are kept, raw and parsed, for assertions. */
export interface CollectedLogs {
  readonly log: Logger;
  readonly logs: Array<Record<string, unknown>>;
  readonly rawLogs: string[];
}

export function collectingLogger(
  level: 'debug' | 'info' = 'debug',
  secrets: readonly string[] = [TEST_TOKEN],
): CollectedLogs {
  const rawLogs: string[] = [];
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      const line = chunk.toString();
      rawLogs.push(line);
      logs.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger({ level, destination, secrets }), logs, rawLogs };
}

export async function startTestBot(options: TestBotOptions): Promise<TestBot> {
  const discord = await LocalDiscord.start({
    token: TEST_TOKEN,
    ...(options.heartbeatIntervalMs ? { heartbeatIntervalMs: options.heartbeatIntervalMs } : {}),
  });
  const config = parseConfig({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: discord.world.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    CHANNEL_QUESTIONS: options.channelQuestions ?? 'mentions',
    LOG_LEVEL: 'debug',
  });
  if (!config.ok) throw new Error(`test configuration refused: ${JSON.stringify(config.error)}`);
  const commands = await loadCommands();
  if (!commands.ok) throw new Error(commands.error.join('\n'));

  const { log, logs, rawLogs } = options.logging ?? collectingLogger();
  const bot = await startBot({
    config: config.value,
    answers: options.answers,
    commands: commands.value,
    log,
    ...(options.cooldownMs !== undefined ? { cooldownMs: options.cooldownMs } : {}),
    ...(options.reindex ? { reindex: options.reindex } : {}),
    ...(options.onFatalClose ? { onFatalClose: options.onFatalClose } : {}),
  });
  return {
    discord,
    bot,
    logs,
    rawLogs,
    async close() {
      await bot.stop();
      await discord.close();
    },
  };
}
