/**
 * The environment as the bot and the CLI both read it: `.env` from the working directory
 * under the process environment, which wins. Kept apart from config.ts so that the CLI reads
 * it without loading the validation the bot needs.
 */
import dotenv from 'dotenv';

/** dotenv writes into a private object so `process.env` stays as the operator set it. */
export function readEnvironment(): Record<string, string | undefined> {
  const fromFile: Record<string, string> = {};
  dotenv.config({ quiet: true, processEnv: fromFile });
  return { ...fromFile, ...process.env };
}
