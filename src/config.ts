/**
 * The bot's configuration: the environment, read once by src/environment.ts (`.env` under the
 * process's own variables, which win) and validated here.
 */
import { z } from 'zod';
import { readEnvironment } from './environment.js';
import { cacheDirFrom } from './io/knowledgeCache.js';
import { err, ok, type Result } from './types.js';

export type ChannelQuestions = 'mentions' | 'off';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface BotConfig {
  /** The bot token. Never printed or logged. */
  readonly token: string;
  /** The application (client) id, used to register commands. */
  readonly clientId: string;
  /** Register commands in this server only (instant) instead of globally. */
  readonly guildId: string | null;
  readonly briefingsDir: string;
  /** `mentions`: answer messages that mention the bot; `off`: slash commands only. */
  readonly channelQuestions: ChannelQuestions;
  readonly logLevel: LogLevel;
  /** REST base URL (e.g. a REST proxy, or a local Discord); null for Discord itself. */
  readonly apiUrl: string | null;
  /** Where snapshots of the built knowledge are kept for fast restarts; null when off. */
  readonly cacheDir: string | null;
}

/** One problem with one variable, worded for the operator. */
export interface ConfigProblem {
  readonly variable: string;
  /** True when the variable is not set at all (rather than set to something invalid). */
  readonly missing: boolean;
  readonly expected: string;
}

export const DEFAULT_BRIEFINGS_DIR = 'seeds/';

const SNOWFLAKE = /^\d{17,20}$/;
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Empty strings in `.env` (`DISCORD_GUILD_ID=`, as `.env.example` leaves them) mean "not set". */
const unsetWhenEmpty = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const required = <T extends z.ZodType>(schema: T) => z.preprocess(unsetWhenEmpty, schema);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(unsetWhenEmpty, schema.optional());

const envSchema = z.object({
  DISCORD_TOKEN: required(
    z
      .string({ error: 'the bot token from the developer portal (Bot → Reset Token)' })
      .trim()
      .regex(/^\S+$/, { error: 'a bot token without spaces' }),
  ),
  DISCORD_CLIENT_ID: required(
    z
      .string({ error: 'the application id (a number of 17–20 digits)' })
      .trim()
      .regex(SNOWFLAKE, { error: 'the application id (a number of 17–20 digits)' }),
  ),
  DISCORD_GUILD_ID: optional(
    z
      .string()
      .trim()
      .regex(SNOWFLAKE, { error: 'a server id (a number of 17–20 digits), or empty' }),
  ),
  BRIEFINGS_DIR: optional(z.string().trim().min(1)),
  CHANNEL_QUESTIONS: optional(z.enum(['mentions', 'off'], { error: '"mentions" or "off"' })),
  BRIEFINGS_CACHE_DIR: optional(z.string().trim().min(1)),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` })),
  DISCORD_API_URL: optional(
    z
      .url({ protocol: /^https?$/, error: 'an http(s) URL such as https://discord.com/api' })
      .transform((url) => url.replace(/\/+$/, '')),
  ),
});

/** Validates an environment; returns the config or every problem found. Pure. */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
): Result<BotConfig, ConfigProblem[]> {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        // Environment values are strings or absent, so a type mismatch means "not set".
        missing: issue.code === 'invalid_type',
        expected: issue.message,
      })),
    );
  }
  const vars = parsed.data;
  return ok({
    token: vars.DISCORD_TOKEN,
    clientId: vars.DISCORD_CLIENT_ID,
    guildId: vars.DISCORD_GUILD_ID ?? null,
    briefingsDir: vars.BRIEFINGS_DIR ?? DEFAULT_BRIEFINGS_DIR,
    channelQuestions: vars.CHANNEL_QUESTIONS ?? 'mentions',
    logLevel: vars.LOG_LEVEL ?? 'info',
    apiUrl: vars.DISCORD_API_URL ?? null,
    cacheDir: cacheDirFrom(vars.BRIEFINGS_CACHE_DIR),
  });
}

/** One line per problem, naming the variable and what it should hold; values are never echoed. */
export function formatConfigProblems(problems: readonly ConfigProblem[]): string[] {
  return problems.map(
    (problem) =>
      `✗ ${problem.variable} ${problem.missing ? 'is not set' : 'is invalid'}: expected ${problem.expected}`,
  );
}

/** Reads and validates the environment once. */
export function loadConfig(): Result<BotConfig, ConfigProblem[]> {
  return parseConfig(readEnvironment());
}
