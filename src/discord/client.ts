import { Client, GatewayIntentBits } from 'discord.js';
import type { BotConfig } from '../config.js';

/** Mentions that a message may ping: none, ever (also the author of a replied-to message). */
export function noMentions(): { parse: []; repliedUser: false } {
  return { parse: [], repliedUser: false };
}

/**
 * The fewest intents that work. Slash commands need `Guilds` only; channel questions add
 * `GuildMessages`. The privileged MessageContent intent is never asked for: Discord delivers
 * the content of messages that mention the app without it.
 */
export function intentsFor(channelQuestions: BotConfig['channelQuestions']): GatewayIntentBits[] {
  return channelQuestions === 'mentions'
    ? [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]
    : [GatewayIntentBits.Guilds];
}

/**
 * The discord.js client. With `apiUrl` the REST calls go there, and so does the gateway URL
 * lookup (`GET /gateway/bot`): the same code path reaches Discord, a REST proxy or a local
 * Discord, only the URL differs.
 */
export function createDiscordClient(
  config: Pick<BotConfig, 'channelQuestions' | 'apiUrl'>,
): Client {
  return new Client({
    intents: intentsFor(config.channelQuestions),
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    allowedMentions: noMentions(),
  });
}
