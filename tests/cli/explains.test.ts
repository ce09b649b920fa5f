/**
 * The CLI explains itself: its version, suggestions for typos, a hint when there is nothing to
 * answer, warnings about --limit, why a folder gave no briefing, and the same configuration
 * as the bot (`.env` under the environment).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { whoAttendedOutputSchema } from '../../src/schemas.js';
import { cliCache, runCli } from '../support/cli.js';
import { ROOT } from '../support/corpora.js';
import { tempBriefings } from '../support/tempBriefings.js';

const CACHE = cliCache();
afterAll(() => rmSync(CACHE, { recursive: true, force: true }));

const cli = (
  args: string[],
  options: { input?: string; cwd?: string; env?: Record<string, string> } = {},
) => runCli(args, { ...options, cache: CACHE });

const lines = (text: string) => text.trimEnd().split('\n');

describe('briefing-bot --version', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const { status, stdout, stderr } = cli(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${version}\n`);
    expect(stderr).toBe('');
  });
});

describe('a mistyped command or option', () => {
  it.each([
    [['aks', 'who met?'], "✗ unknown command 'aks' (Did you mean ask?)"],
    [['ask', '--jsno', 'who met?'], "✗ unknown option '--jsno' (Did you mean --json?)"],
    [['meetings', '--limt', '2'], "✗ unknown option '--limt' (Did you mean --limit?)"],
  ])('%j exits 1 with one line that suggests the right word', (args, message) => {
    const { status, stdout, stderr } = cli(args);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(lines(stderr)).toEqual([message]);
  });
});

describe('a command with nothing to answer', () => {
  it.each([
    [['ask'], /^✗ ask needs a question: briefing-bot ask ".+", or one per line on standard input$/],
    [['meeting', '--json'], /^✗ meeting needs a query: briefing-bot meeting ".+"/],
  ])('%j with an empty standard input exits 1 with a one-line hint', (args, hint) => {
    for (const input of ['', '\n  \n']) {
      const { status, stdout, stderr } = cli(args, { input });
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(lines(stderr)).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(hint);
    }
  });
});

describe('--limit', () => {
  it('above what ask cites says so once on stderr, and answers', () => {
    const { status, stdout, stderr } = cli(['ask', '--limit', '7', '--json'], {
      input: 'who met in Moscow?\nCavusoglu\n',
    });
    expect(status).toBe(0);
    expect(lines(stderr)).toEqual([
      'warning: ask cites at most 3 passages; --limit 7 is read as 3',
    ]);
    expect(lines(stdout)).toHaveLength(2);
    for (const line of lines(stdout))
      expect((JSON.parse(line) as { citations: unknown[] }).citations.length).toBeLessThanOrEqual(
        3,
      );
  });

  it('on who-attended, which takes none, says so once and answers', () => {
    const { status, stdout, stderr } = cli(['who-attended', 'moscow', '--limit', '1']);
    expect(status).toBe(0);
    expect(lines(stderr)).toEqual([
      'warning: who-attended takes no --limit (it lists every participant); ignored',
    ]);
    expect(stdout).toMatch(/Hulusi Akar/);
  });

  it('within what a command shows says nothing', () => {
    const { status, stderr } = cli(['meetings', '--limit', '2']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('a folder whose every file was skipped', () => {
  it('says how many were skipped, below the reason for each', async () => {
    const folder = await tempBriefings({
      'empty.txt': '',
      'scan.md': new Uint8Array([0, 1, 2, 3]),
    });
    try {
      const { status, stdout, stderr } = cli(['ask', '--briefings', folder.dir, 'who met?']);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      const [first, second, last, ...rest] = lines(stderr);
      expect([first, second].sort()).toEqual([
        'warning: skipped empty.txt: the file is empty',
        'warning: skipped scan.md: the file is binary (it contains NUL bytes)',
      ]);
      expect(last).toBe(`✗ all 2 briefing files in ${folder.dir} were skipped`);
      expect(rest).toEqual([]);
    } finally {
      await folder.remove();
    }
  });

  it('still says when a folder holds no briefing file at all', async () => {
    const folder = await tempBriefings({ 'notes.json': '{}' });
    try {
      const { status, stderr } = cli(['meetings', '--briefings', folder.dir]);
      expect(status).toBe(1);
      expect(lines(stderr)).toEqual([`✗ no briefings (.txt or .md files) in ${folder.dir}`]);
    } finally {
      await folder.remove();
    }
  });
});

describe('configuration', () => {
  const briefing = (place: string) =>
    `Envoys meet in ${place}\n\nThe envoys met in ${place} on Monday to discuss a ceasefire.`;

  it('reads BRIEFINGS_DIR from .env in the working directory, as the bot does', async () => {
    const folder = await tempBriefings({ 'b/doha.txt': briefing('Doha') });
    try {
      writeFileSync(join(folder.dir, '.env'), 'DISCORD_TOKEN=\nBRIEFINGS_DIR=b\n');
      const { status, stdout, stderr } = cli(['ask', 'where did the envoys meet?'], {
        cwd: folder.dir,
      });
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toMatch(/doha\.txt/);
    } finally {
      await folder.remove();
    }
  });

  it('lets the environment win over .env', async () => {
    const folder = await tempBriefings({
      'b/doha.txt': briefing('Doha'),
      'c/muscat.txt': briefing('Muscat'),
    });
    try {
      writeFileSync(join(folder.dir, '.env'), 'BRIEFINGS_DIR=b\n');
      const { status, stdout } = cli(['ask', 'where did the envoys meet?'], {
        cwd: folder.dir,
        env: { BRIEFINGS_DIR: join(folder.dir, 'c') },
      });
      expect(status).toBe(0);
      expect(stdout).toMatch(/muscat\.txt/);
      expect(stdout).not.toMatch(/doha\.txt/);
    } finally {
      await folder.remove();
    }
  });
});

describe('meeting', () => {
  it('prints the best meeting in full and each other match on one line', () => {
    const { status, stdout } = cli(['meeting', 'moscow defence']);
    expect(status).toBe(0);
    const [best, others] = stdout.split('\nOther matches\n');
    expect(best).toMatch(/^Quadrilateral .*25 April 2023\n {2}When: +25 April 2023 \(held\)/);
    expect(best?.match(/^ {2}When:/gm)).toHaveLength(1);
    expect(lines(others ?? '')).toEqual([
      expect.stringMatching(/^2022-12 +held +Tripartite .*December 2022$/),
      expect.stringMatching(/^2023-05 +announced +Meeting of foreign ministers.*May 2023$/),
    ]);
  });

  it('with --limit 1 prints the best meeting alone', () => {
    const { stdout } = cli(['meeting', 'moscow defence', '--limit', '1']);
    expect(stdout).not.toMatch(/Other matches/);
  });
});

describe('who-attended', () => {
  it('names the date once in its header', () => {
    const { stdout } = cli(['who-attended', 'moscow april 2023']);
    const [header] = lines(stdout);
    expect(header?.match(/25 April 2023/g)).toHaveLength(1);
  });

  it('with --country cites only the sources of the participants it lists', () => {
    const { status, stdout } = cli([
      'who-attended',
      'moscow april 2023',
      '--country',
      'iran',
      '--json',
    ]);
    expect(status).toBe(0);
    const output = whoAttendedOutputSchema.parse(JSON.parse(stdout));
    expect(output.attendees.length).toBeGreaterThan(0);
    expect(new Set(output.attendees.map((a) => a.country))).toEqual(new Set(['Iran']));
    const cited = new Set(output.attendees.flatMap((a) => a.citations));
    expect(output.citations.map((c) => c.id).sort()).toEqual([...cited].sort());
    // The meeting itself keeps every citation of its facts, numbered in the same document.
    expect(output.meeting?.citations.length).toBeGreaterThan(output.citations.length);
  });

  it('with a country that has no participant lists the countries that have some, and no sources', () => {
    const text = cli(['who-attended', 'moscow april 2023', '--country', 'France']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(
      /No participants from France are reported for this meeting; the briefings name participants from T(ü|u)rkiye, Russia, Syria and Iran\./,
    );
    expect(text.stdout).not.toMatch(/Sources/);
    const json = whoAttendedOutputSchema.parse(
      JSON.parse(
        cli(['who-attended', 'moscow april 2023', '--country', 'France', '--json']).stdout,
      ),
    );
    expect(json.attendees).toEqual([]);
    expect(json.citations).toEqual([]);
  });
});
