/**
 * Gateway close codes after which Discord will not take the bot back whatever it retries:
 * the process has to be fixed and started again. discord.js stops reconnecting after them,
 * so a bot that carried on would be connected to nothing; it says what to fix and ends, for
 * its supervisor to see.
 */
import { GatewayCloseCodes } from 'discord.js';

export interface FatalGatewayClose {
  readonly code: number;
  /** One line for the operator: what happened and what to fix. */
  readonly message: string;
}

const FATAL_CLOSES: ReadonlyMap<number, string> = new Map([
  [
    GatewayCloseCodes.AuthenticationFailed,
    'Discord closed the connection because DISCORD_TOKEN is no longer valid (was it reset?): copy the token again from the developer portal (Bot → Reset Token) and restart',
  ],
  [
    GatewayCloseCodes.InvalidIntents,
    'Discord closed the connection because the gateway intents this bot asks for are invalid: use a build of the bot that matches this Discord API version',
  ],
  [
    GatewayCloseCodes.DisallowedIntents,
    'Discord closed the connection because the bot asked for intents the application may not use: the bot needs no privileged intent, so check the application in the developer portal and restart',
  ],
  [
    GatewayCloseCodes.InvalidShard,
    'Discord closed the connection because of an invalid shard: run one process per application',
  ],
  [
    GatewayCloseCodes.ShardingRequired,
    'Discord closed the connection because the bot is in too many servers for one connection: sharding is required',
  ],
  [
    GatewayCloseCodes.InvalidAPIVersion,
    'Discord closed the connection because the gateway version is no longer accepted: upgrade the bot',
  ],
]);

/** What to tell the operator about a close with `code`, or null when the client recovers from it. */
export function fatalGatewayClose(code: number): FatalGatewayClose | null {
  const message = FATAL_CLOSES.get(code);
  return message ? { code, message: `✗ ${message} (gateway close ${code})` } : null;
}
