/**
 * Structured logs (pino). Secrets are redacted by path wherever they could appear: the
 * token in a config object, authorization headers in request errors, interaction tokens.
 */
import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.js';

export type { Logger };

/** Paths pino censors before a line is written. */
export const REDACTED_PATHS: readonly string[] = [
  'token',
  '*.token',
  'config.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  '*.*.headers.authorization',
  '*.*.headers.Authorization',
  '*.*.token',
  'request.headers.authorization',
  'err.requestBody',
  'error.requestBody',
];

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; standard output when omitted. Tests pass a collecting stream. */
  readonly destination?: DestinationStream;
  /**
   * Values censored wherever they appear in a line — under any key, inside a message or an
   * error's text — beyond the paths above. The bot passes its token.
   */
  readonly secrets?: readonly string[];
}

const CENSOR = '[redacted]';
/** Shorter values could censor ordinary words; tokens are far longer. */
const MIN_SECRET_LENGTH = 8;
/**
 * An interaction's token inside a request URL (`/interactions/ID/TOKEN/callback`,
 * `/webhooks/APPLICATION/TOKEN/...`), as errors of the REST client carry it: whoever holds it
 * can answer for the bot for 15 minutes, so it is censored like the bot's token.
 */
const INTERACTION_TOKEN_IN_URL = /(\/(?:interactions|webhooks)\/\d+\/)[^/?"\s\\]+/g;

/** A log line with interaction tokens in URLs censored. */
export function redactInteractionTokens(line: string): string {
  return line.replace(INTERACTION_TOKEN_IN_URL, `$1${CENSOR}`);
}

export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? [])
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH)
    // As written into a JSON line (a secret with quotes or backslashes is escaped there).
    .map((secret) => JSON.stringify(secret).slice(1, -1));
  return pino(
    {
      name: 'briefing-bot',
      level: options.level,
      redact: { paths: [...REDACTED_PATHS], censor: CENSOR },
      hooks: {
        streamWrite: (line: string) =>
          secrets.reduce(
            (censored, secret) => censored.replaceAll(secret, CENSOR),
            redactInteractionTokens(line),
          ),
      },
    },
    options.destination,
  );
}
