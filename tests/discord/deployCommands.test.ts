/**
 * `npm run deploy-commands`: the commands' JSON goes to the guild endpoint when a guild is
 * configured, else to the global one, through DISCORD_API_URL like everything else.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { deployCommands, describeDeployment } from '../../src/discord/deployCommands.js';
import { loadCommands } from '../../src/discord/loadCommands.js';
import { LocalDiscord } from '../support/localDiscord.js';
import { type NodeRun, runNode } from '../support/runNode.js';
import { TEST_TOKEN } from '../support/testBot.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const VITE_NODE = new URL('../../node_modules/vite-node/vite-node.mjs', import.meta.url).pathname;
/** A deploy still running by then is stuck: it is killed so that it never outlives its test. */
const DEPLOY_TIMEOUT_MS = 25_000;

/**
 * Runs scripts/deploy-commands.ts as `npm run deploy-commands` would, with `env` only, in an
 * empty working directory (so no stray .env is read) or in `cwd`.
 */
async function runDeployScript(env: Record<string, string>, cwd?: string): Promise<NodeRun> {
  const workDir = cwd ?? (await mkdtemp(join(tmpdir(), 'deploy-')));
  try {
    return await runNode([VITE_NODE, '--root', ROOT, join(ROOT, 'scripts/deploy-commands.ts')], {
      cwd: workDir,
      env: { PATH: process.env.PATH ?? '', ...env },
      timeoutMs: DEPLOY_TIMEOUT_MS,
    });
  } finally {
    if (!cwd) await rm(workDir, { recursive: true, force: true });
  }
}

describe('deploy-commands', () => {
  let discord: LocalDiscord;

  beforeAll(async () => {
    discord = await LocalDiscord.start({ token: TEST_TOKEN });
  });
  afterAll(async () => discord?.close());

  const env = (extra: Record<string, string> = {}) => ({
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_CLIENT_ID: discord.world.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    ...extra,
  });

  it('sends every command’s JSON to the guild endpoint when DISCORD_GUILD_ID is set', async () => {
    const config = parseConfig(env({ DISCORD_GUILD_ID: discord.world.guildId }));
    const commands = await loadCommands();
    if (!config.ok || !commands.ok) throw new Error('setup failed');

    const deployed = await deployCommands(config.value, commands.value);
    const put = discord.requests.at(-1);
    expect(put?.method).toBe('PUT');
    expect(put?.path).toBe(
      `/applications/${discord.world.applicationId}/guilds/${discord.world.guildId}/commands`,
    );
    expect(put?.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(put?.body).toEqual([...commands.value.values()].map((command) => command.data.toJSON()));
    expect(
      ((put?.body ?? []) as Array<{ name: string }>).map((command) => command.name).sort(),
    ).toEqual(['ask', 'help', 'meeting', 'reload', 'who-attended']);
    expect(deployed.scope).toBe('guild');
    expect(describeDeployment(deployed)[0]).toBe(
      `✓ Registered 5 commands in server ${discord.world.guildId} (available now):`,
    );
  });

  it('restricts /reload to server managers, in servers only; every other command is for everyone', async () => {
    const commands = await loadCommands();
    if (!commands.ok) throw new Error('setup failed');
    for (const command of commands.value.values()) {
      const json = command.data.toJSON();
      if (json.name === 'reload') {
        expect(json.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
        expect(json.contexts).toEqual([InteractionContextType.Guild]);
      } else {
        expect(json.default_member_permissions ?? null).toBeNull();
      }
    }
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const config = parseConfig(env());
    const commands = await loadCommands();
    if (!config.ok || !commands.ok) throw new Error('setup failed');
    const deployed = await deployCommands(config.value, commands.value);
    expect(discord.requests.at(-1)?.path).toBe(
      `/applications/${discord.world.applicationId}/commands`,
    );
    expect(deployed.scope).toBe('global');
  });

  it('the script prints what it registered', async () => {
    const run = await runDeployScript(env({ DISCORD_GUILD_ID: discord.world.guildId }));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ Registered 5 commands in server \d+/);
    for (const name of ['/meeting', '/who-attended', '/ask', '/help', '/reload'])
      expect(run.stdout).toContain(name);
    expect(run.stdout).not.toContain(TEST_TOKEN);
  });

  it('the script stops with one line per configuration problem, never echoing the token', async () => {
    const run = await runDeployScript({
      DISCORD_TOKEN: `${TEST_TOKEN} oops`,
      CHANNEL_QUESTIONS: 'always',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      '✗ DISCORD_TOKEN is invalid: expected a bot token without spaces',
      '✗ DISCORD_CLIENT_ID is not set: expected the application id (a number of 17–20 digits)',
      '✗ CHANNEL_QUESTIONS is invalid: expected "mentions" or "off"',
    ]);
    expect(run.stderr).not.toContain(TEST_TOKEN);
  });

  it('the script reads .env from the working directory, the environment taking precedence', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'deploy-env-'));
    try {
      await writeFile(
        join(cwd, '.env'),
        `DISCORD_TOKEN=not-this-one\nDISCORD_CLIENT_ID=${discord.world.applicationId}\nDISCORD_GUILD_ID=${discord.world.guildId}\nDISCORD_API_URL=${discord.apiUrl}\n`,
      );
      const run = await runDeployScript({ DISCORD_TOKEN: TEST_TOKEN }, cwd);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`in server ${discord.world.guildId}`);
    } finally {
      await rm(cwd, { recursive: true, force: true });
    }
  });

  it('the script says in one line when Discord refuses the token', async () => {
    const run = await runDeployScript(env({ DISCORD_TOKEN: 'not.the.right-token' }));
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('✗ Discord refused DISCORD_TOKEN (401 Unauthorized)');
  });
});
