import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { describe, expect, it } from 'vitest';
import { formatConfigProblems, parseConfig } from '../../src/config.js';
import { DEFAULT_CACHE_DIR } from '../../src/io/knowledgeCache.js';
import { ROOT } from '../support/corpora.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0Mw.GtEsTt.secret-token-value';
const CLIENT_ID = '109876543210987654';

const problemsFor = (env: Record<string, string | undefined>) => {
  const result = parseConfig(env);
  return result.ok ? [] : formatConfigProblems(result.error);
};

describe('configuration', () => {
  it('needs only the token and the application id, defaulting the rest', () => {
    expect(parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: CLIENT_ID })).toEqual({
      ok: true,
      value: {
        token: TOKEN,
        clientId: CLIENT_ID,
        guildId: null,
        briefingsDir: 'seeds/',
        channelQuestions: 'mentions',
        logLevel: 'info',
        apiUrl: null,
        cacheDir: DEFAULT_CACHE_DIR,
      },
    });
  });

  it('keeps snapshots where BRIEFINGS_CACHE_DIR says, or none when it says off', () => {
    const at = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      BRIEFINGS_CACHE_DIR: '/var/cache/bb',
    });
    expect(at.ok && at.value.cacheDir).toBe('/var/cache/bb');
    const off = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      BRIEFINGS_CACHE_DIR: 'off',
    });
    expect(off.ok && off.value.cacheDir).toBeNull();
  });

  it('reads every variable', () => {
    const result = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      DISCORD_GUILD_ID: '209876543210987654',
      BRIEFINGS_DIR: '/srv/briefings',
      CHANNEL_QUESTIONS: 'off',
      LOG_LEVEL: 'debug',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api/',
    });
    expect(result.ok && result.value).toMatchObject({
      guildId: '209876543210987654',
      briefingsDir: '/srv/briefings',
      channelQuestions: 'off',
      logLevel: 'debug',
      apiUrl: 'http://127.0.0.1:8080/api',
    });
  });

  it('treats empty values as unset', () => {
    const result = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: CLIENT_ID,
      DISCORD_GUILD_ID: '',
      DISCORD_API_URL: '',
    });
    expect(result.ok && result.value).toMatchObject({ guildId: null, apiUrl: null });
  });

  it('reports a missing token and application id, one line each', () => {
    expect(problemsFor({})).toEqual([
      '✗ DISCORD_TOKEN is not set: expected the bot token from the developer portal (Bot → Reset Token)',
      '✗ DISCORD_CLIENT_ID is not set: expected the application id (a number of 17–20 digits)',
    ]);
  });

  it('reports the empty values .env.example leaves as not set, once each', () => {
    const example = dotenv.parse(readFileSync(join(ROOT, '.env.example')));
    expect(example.DISCORD_TOKEN).toBe('');
    expect(problemsFor(example)).toEqual([
      '✗ DISCORD_TOKEN is not set: expected the bot token from the developer portal (Bot → Reset Token)',
      '✗ DISCORD_CLIENT_ID is not set: expected the application id (a number of 17–20 digits)',
    ]);
    expect(problemsFor({ DISCORD_TOKEN: '   ', DISCORD_CLIENT_ID: CLIENT_ID })).toEqual([
      '✗ DISCORD_TOKEN is not set: expected the bot token from the developer portal (Bot → Reset Token)',
    ]);
  });

  it('reports every invalid variable in one line naming it, and never the token', () => {
    const lines = problemsFor({
      DISCORD_TOKEN: `${TOKEN} trailing words`,
      DISCORD_CLIENT_ID: 'my-bot',
      DISCORD_GUILD_ID: 'the server',
      CHANNEL_QUESTIONS: 'everything',
      LOG_LEVEL: 'chatty',
      DISCORD_API_URL: 'ftp://example.org',
    });
    expect(lines).toHaveLength(6);
    for (const [index, variable] of [
      'DISCORD_TOKEN',
      'DISCORD_CLIENT_ID',
      'DISCORD_GUILD_ID',
      'CHANNEL_QUESTIONS',
      'LOG_LEVEL',
      'DISCORD_API_URL',
    ].entries()) {
      expect(lines[index]).toMatch(new RegExp(`^✗ ${variable} is invalid: expected `));
    }
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines.join('\n')).not.toContain('secret');
  });
});
