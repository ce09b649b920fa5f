import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askOutputSchema,
  meetingOutputSchema,
  meetingsOutputSchema,
  whoAttendedOutputSchema,
} from '../../src/schemas.js';
import { cliCache, runCli } from '../support/cli.js';
import { SEEDS } from '../support/corpora.js';
import { tempBriefings } from '../support/tempBriefings.js';

const CACHE = cliCache();
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

const cli = (
  args: string[],
  options: { input?: string; env?: Record<string, string>; cwd?: string } = {},
) => runCli(args, { ...options, cache: CACHE });

describe('briefing-bot ask', () => {
  it('answers on the seeds by default, citing file and paragraph', () => {
    const { status, stdout, stderr } = cli([
      'ask',
      'when did the defence ministers meet in Moscow?',
    ]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/Sources\n\[1\] \S+\.txt.*paragraph \d+/);
  });

  it('prints exactly one JSON document in the specified shape with --json', () => {
    const { status, stdout } = cli([
      'ask',
      '--json',
      'when did the defence ministers meet in Moscow?',
    ]);
    expect(status).toBe(0);
    const output = askOutputSchema.parse(JSON.parse(stdout));
    expect(output.citations.length).toBeGreaterThan(0);
    expect(output.citations.some((c) => /April 25|on Tuesday/.test(c.text))).toBe(true);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('answers with the short fact asked for, which the first citation states', () => {
    const { status, stdout } = cli(['ask', '--json', 'Who attended the Moscow meeting?']);
    expect(status).toBe(0);
    const output = askOutputSchema.parse(JSON.parse(stdout));
    expect(output.answer).toMatch(/Akar/);
    for (const name of output.answer.split(/, | and /)) {
      expect(output.citations[0]?.text).toContain(name);
    }
  });

  it('answers an empty result with exit 0 when nothing matches', () => {
    const { status, stdout } = cli(['ask', '--json', 'chocolate cake recipe']);
    expect(status).toBe(0);
    expect(askOutputSchema.parse(JSON.parse(stdout)).citations).toEqual([]);
  });

  it('reads one question per line from standard input and prints JSON Lines', () => {
    const { status, stdout } = cli(['ask', '--json'], {
      input: 'Cavusolgu\n\nturkiye syria normalisation\ndefnce ministers\n',
    });
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => askOutputSchema.parse(JSON.parse(line)));
    expect(lines.map((line) => line.question)).toEqual([
      'Cavusolgu',
      'turkiye syria normalisation',
      'defnce ministers',
    ]);
    expect(lines[0]?.answer).toContain('Cavusoglu');
  });

  it('takes the briefings folder from BRIEFINGS_DIR', () => {
    const { status, stdout } = cli(['ask', '--json', 'Cavusoglu'], {
      env: { BRIEFINGS_DIR: SEEDS },
      cwd: '/',
    });
    expect(status).toBe(0);
    expect(askOutputSchema.parse(JSON.parse(stdout)).citations.length).toBeGreaterThan(0);
  });
});

describe('briefing-bot on a folder with bad files', () => {
  let folder: Awaited<ReturnType<typeof tempBriefings>>;
  beforeAll(async () => {
    folder = await tempBriefings({
      'good.txt':
        'date 2023-05-02\n\nEnvoys meet in Doha\n\nThe envoys met in Doha on Monday to discuss a ceasefire.',
      'nested/more.md': 'The envoys will meet again in June.',
      'empty.txt': '',
      'binary.txt': new Uint8Array([0, 1, 2, 3]),
    });
  });
  afterAll(() => folder.remove());

  it('warns once per skipped file on stderr and answers from the rest', () => {
    const { status, stdout, stderr } = cli([
      'ask',
      '--json',
      '--briefings',
      folder.dir,
      'where did the envoys meet?',
    ]);
    expect(status).toBe(0);
    expect(stderr.trim().split('\n').sort()).toEqual([
      'warning: skipped binary.txt: the file is binary (it contains NUL bytes)',
      'warning: skipped empty.txt: the file is empty',
    ]);
    const output = askOutputSchema.parse(JSON.parse(stdout));
    expect(output.citations[0]?.briefing).toBe('good.txt');
    expect(output.answer).toMatch(/Doha/);
  });
});

describe('briefing-bot snapshots of built knowledge', () => {
  it('answers from a snapshot while no file changes, and rebuilds when one does', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    const folder = await tempBriefings({ 'a.txt': 'The envoys met in Doha on Monday.' });
    try {
      const env = { BRIEFINGS_CACHE_DIR: cache };
      const first = cli(['ask', '--json', '--briefings', folder.dir, 'where did the envoys meet'], {
        env,
      });
      expect(readdirSync(cache).filter((f) => f.endsWith('.snapshot'))).toHaveLength(1);
      const second = cli(
        ['ask', '--json', '--briefings', folder.dir, 'where did the envoys meet'],
        { env },
      );
      expect(second.stdout).toBe(first.stdout);

      writeFileSync(
        join(folder.dir, 'a.txt'),
        'The envoys met in Muscat on Tuesday, after a delay.',
      );
      const changed = cli(
        ['ask', '--json', '--briefings', folder.dir, 'where did the envoys meet'],
        { env },
      );
      expect(askOutputSchema.parse(JSON.parse(changed.stdout)).answer).toContain('Muscat');
    } finally {
      await folder.remove();
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('follows changed, added and removed files from its snapshot as a full build would', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    const seeds = Object.fromEntries(
      readdirSync(SEEDS).map((file) => [file, readFileSync(join(SEEDS, file), 'utf8')]),
    );
    const folder = await tempBriefings(seeds);
    try {
      const env = { BRIEFINGS_CACHE_DIR: cache };
      const meetings = (environment: Record<string, string>) =>
        cli(['meetings', '--json', '--briefings', folder.dir], { env: environment });
      expect(meetings(env).status).toBe(0);
      // What the meetings were read from is kept beside the snapshot for the next run.
      expect(readdirSync(cache).filter((f) => f.endsWith('.readings'))).toHaveLength(1);

      const [first, second] = Object.keys(seeds);
      writeFileSync(
        join(folder.dir, first!),
        `${seeds[first!]}\n\nThe envoys of Chile and Peru met in Lima on Friday.\n`,
      );
      writeFileSync(
        join(folder.dir, 'added.txt'),
        'date 2023-05-02\n\nThe foreign ministers of Egypt and Jordan met in Amman on Monday.\n',
      );
      rmSync(join(folder.dir, second!));
      const incremental = meetings(env);
      const full = meetings({ BRIEFINGS_CACHE_DIR: 'off' });
      expect(incremental.status).toBe(0);
      expect(incremental.stdout).toContain('Amman');
      expect(incremental.stdout).toBe(full.stdout);
      // The renewed snapshot answers the next run as it stands.
      expect(meetings(env).stdout).toBe(full.stdout);
    } finally {
      await folder.remove();
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('keeps the previous version of a file that turns bad after the snapshot, and says so', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    const folder = await tempBriefings({ 'a.txt': 'The envoys met in Doha on Monday.' });
    try {
      const env = { BRIEFINGS_CACHE_DIR: cache };
      const question = ['ask', '--json', '--briefings', folder.dir, 'where did the envoys meet'];
      cli(question, { env });
      writeFileSync(join(folder.dir, 'a.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
      const { status, stdout, stderr } = cli(question, { env });
      expect(status).toBe(0);
      expect(askOutputSchema.parse(JSON.parse(stdout)).answer).toContain('Doha');
      expect(stderr).toMatch(/^warning: .*a\.txt.*keeping its previous version\n$/);
    } finally {
      await folder.remove();
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('ignores a damaged snapshot', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'briefing-cache-'));
    try {
      const env = { BRIEFINGS_CACHE_DIR: cache };
      cli(['ask', '--json', 'Cavusoglu'], { env });
      for (const file of readdirSync(cache)) writeFileSync(join(cache, file), '{"build": tru');
      const { status, stdout } = cli(['ask', '--json', 'Cavusoglu'], { env });
      expect(status).toBe(0);
      expect(askOutputSchema.parse(JSON.parse(stdout)).answer).toContain('Cavusoglu');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe('briefing-bot meeting commands', () => {
  it('prints meetings, meeting and who-attended JSON in the specified shapes', () => {
    const all = cli(['meetings', '--json']);
    expect(all.status).toBe(0);
    meetingsOutputSchema.parse(JSON.parse(all.stdout));
    const meeting = cli(['meeting', '--json', 'moscow']);
    expect(meeting.status).toBe(0);
    meetingOutputSchema.parse(JSON.parse(meeting.stdout));
    const who = cli(['who-attended', '--json', 'moscow']);
    expect(who.status).toBe(0);
    whoAttendedOutputSchema.parse(JSON.parse(who.stdout));
  });

  it('never reads standard input for meetings', () => {
    const { status, stdout } = cli(['meetings', '--json'], { input: 'moscow\n' });
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('briefing-bot errors', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['ask', '--limit', 'zero', 'x'], /--limit takes a whole number/],
    [['ask', '--nope', 'x'], /unknown option '--nope'/],
    [
      ['ask', '--briefings', '/nonexistent/folder', 'x'],
      /briefings folder not found: \/nonexistent\/folder/,
    ],
  ])('exits 1 with one clear line for %j', (args, message) => {
    const { status, stdout, stderr } = cli(args);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('exits 1 on an empty folder', async () => {
    const empty = await tempBriefings({ 'readme.json': '{}' });
    try {
      const { status, stderr } = cli(['ask', '--briefings', empty.dir, 'x']);
      expect(status).toBe(1);
      expect(stderr).toMatch(/no briefings/);
    } finally {
      await empty.remove();
    }
  });

  it('prints help with exit 0', () => {
    const { status, stdout } = cli(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/who-attended/);
  });
});
