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
  'request.headers.authorization',
  'err.requestBody',
  'error.requestBody',
];

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Where lines go; standard output when omitted. Tests pass a collecting stream. */
  readonly destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      name: 'briefing-bot',
      level: options.level,
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    },
    options.destination,
  );
}
