/**
 * Registers the slash commands with Discord: in one server when a guild id is given
 * (instant, for development), else globally. Run on demand, never at start-up.
 */
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import type { BotConfig } from '../config.js';
import type { CommandModule } from './commandModule.js';

export interface DeployedCommands {
  readonly scope: 'guild' | 'global';
  readonly guildId: string | null;
  readonly registered: readonly { readonly name: string; readonly id: string }[];
}

export async function deployCommands(
  config: Pick<BotConfig, 'token' | 'clientId' | 'guildId' | 'apiUrl'>,
  commands: ReadonlyMap<string, CommandModule>,
): Promise<DeployedCommands> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const body = [...commands.values()].map((command) => command.data.toJSON());
  const result = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return {
    scope: config.guildId ? 'guild' : 'global',
    guildId: config.guildId,
    registered: result.map((command) => ({ name: command.name, id: command.id })),
  };
}

/** What the operator reads after a deployment. */
export function describeDeployment(deployed: DeployedCommands): string[] {
  const where =
    deployed.scope === 'guild'
      ? `in server ${deployed.guildId} (available now)`
      : 'globally (may take up to an hour to appear everywhere)';
  return [
    `✓ Registered ${deployed.registered.length} commands ${where}:`,
    ...deployed.registered.map((command) => `  /${command.name}  (id ${command.id})`),
  ];
}

/** A REST failure in one line, without request details (which carry credentials). */
export function describeDeployError(error: unknown): string {
  const failure = error as { status?: number; code?: number | string; message?: string };
  if (failure.status === 401) return '✗ Discord refused DISCORD_TOKEN (401 Unauthorized)';
  if (failure.status === 403 || failure.status === 404) {
    return `✗ Discord refused the registration (${failure.status}): check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope`;
  }
  const status = failure.status ? ` (${failure.status})` : '';
  return `✗ Could not register the commands${status}: ${failure.message ?? String(error)}`;
}
