/**
 * Whatever lands in the briefings folder — random bytes, NUL bytes, invalid UTF-8, byte
 * order marks, CRLF, a 50 MB file, one 1 MB line, a date and nothing else, folders nested
 * deep, links that loop — the loader does not crash: each bad file is skipped with a reason,
 * and every good file is loaded.
 */
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BRIEFING_BYTES, parseBriefing } from '../../src/corpus/parseBriefing.js';
import { loadBriefingsFromDir } from '../../src/io/loadBriefings.js';
import type { SkipReason } from '../../src/types.js';
import { PatientLimit } from '../support/machine.js';

const PARSE_RUNS = 1_000;
const FOLDER_RUNS = 40;

const REASONS: readonly SkipReason[] = [
  'empty',
  'binary',
  'invalidUtf8',
  'tooLarge',
  'unreadable',
  'badDate',
  'noText',
];

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function emptyFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'briefings-hostile-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = [0xef, 0xbb, 0xbf];

/** A briefing that must load: text with a sentence, maybe a BOM, CRLF, a date, a headline. */
const goodBriefing: fc.Arbitrary<Uint8Array> = fc
  .record({
    bom: fc.boolean(),
    crlf: fc.boolean(),
    date: fc.option(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    ),
    headline: fc.option(fc.constantFrom('Ministers meet', 'Talks in Moscow', 'Summit ends')),
    words: fc.array(
      fc.constantFrom('ministers', 'met', 'in', 'Moscow', 'Türkiye', 'talks', '🇹🇷', 'שלום'),
      {
        minLength: 1,
        maxLength: 30,
      },
    ),
  })
  .map(({ bom, crlf, date, headline, words }) => {
    const lines = [
      ...(date ? [`date ${date.toISOString().slice(0, 10)}`, ''] : []),
      ...(headline ? [headline, ''] : []),
      `${words.join(' ')}.`,
    ];
    const text = lines.join(crlf ? '\r\n' : '\n');
    return new Uint8Array([...(bom ? BOM : []), ...utf8(text)]);
  });

/** Bytes that may or may not be a briefing: random, with NULs, invalid UTF-8, only a date. */
const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => new Uint8Array([...bytes, 0, ...bytes])),
  fc
    .string({ unit: 'grapheme', maxLength: 200 })
    .map((text) => new Uint8Array([...utf8(text), 0xc3, 0x28, 0xa0, 0xa1])),
  fc.constantFrom(
    utf8('date 2023-04-24'),
    utf8('date 2023-04-24\r\n'),
    utf8('   date 2023-02-30 Text that follows.'),
    new Uint8Array(BOM),
    utf8('\r\n\r\n   \t\r\n'),
    new Uint8Array([0xfe, 0xff, 0x00, 0x41]),
  ),
  goodBriefing,
);

describe('parseBriefing over any bytes', () => {
  it(`${PARSE_RUNS} byte strings: parsed or skipped with a known reason, never thrown`, () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const parsed = parseBriefing('any.txt', bytes);
        if (parsed.ok) {
          expect(parsed.value.paragraphs.length).toBeGreaterThan(0);
          expect(bytes.includes(0)).toBe(false);
        } else {
          expect(REASONS).toContain(parsed.error.reason);
          if (bytes.includes(0)) expect(parsed.error.reason).toBe('binary');
        }
      }),
      { numRuns: PARSE_RUNS },
    );
  });

  it(`${PARSE_RUNS} good briefings (BOMs, CRLF, dates, headlines, emoji, RTL) all load`, () => {
    fc.assert(
      fc.property(goodBriefing, (bytes) => {
        const parsed = parseBriefing('good.txt', bytes);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) {
          for (const paragraph of parsed.value.paragraphs) {
            expect(paragraph.text).not.toMatch(/[\r\uFEFF]/);
          }
        }
      }),
      { numRuns: PARSE_RUNS },
    );
  });
});

describe('loading a folder of hostile files', () => {
  it(`${FOLDER_RUNS} folders of mixed files: every good file loaded, every other skipped with a reason`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(goodBriefing, { minLength: 1, maxLength: 4 }),
        fc.array(anyBytes, { maxLength: 6 }),
        async (good, other) => {
          const dir = await emptyFolder();
          await mkdir(join(dir, 'sub'));
          const goodNames = good.map((_, index) => `sub/good-${index}.txt`);
          await Promise.all(
            good.map((bytes, index) => writeFile(join(dir, goodNames[index] as string), bytes)),
          );
          await Promise.all(
            other.map((bytes, index) => writeFile(join(dir, `other-${index}.md`), bytes)),
          );

          const { briefings, skipped } = await loadBriefingsFromDir(dir);
          const loaded = briefings.map((briefing) => briefing.file);
          for (const name of goodNames) expect(loaded).toContain(name);
          expect(loaded.length + skipped.length).toBe(good.length + other.length);
          for (const skip of skipped) expect(REASONS).toContain(skip.reason);
          await rm(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: FOLDER_RUNS },
    );
  });

  it('skips a 50 MB file as too large without reading it, and loads the rest', async () => {
    const dir = await emptyFolder();
    await writeFile(join(dir, 'good.txt'), 'The ministers met in Moscow.');
    // Sparse: 50 MB long, written in no time and taking no disk space.
    const huge = await open(join(dir, 'huge.txt'), 'w');
    await huge.truncate(50 * 1024 * 1024);
    await huge.close();
    const reading = new PatientLimit(2_000);
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(reading.elapsedMs).toBeLessThan(reading.allowedMs);
    expect(briefings.map((briefing) => briefing.file)).toEqual(['good.txt']);
    expect(skipped).toEqual([
      { file: 'huge.txt', reason: 'tooLarge', detail: `${50 * 1024 * 1024} bytes` },
    ]);
    expect(50 * 1024 * 1024).toBeGreaterThan(MAX_BRIEFING_BYTES);
  });

  it('loads a file that is a single 1 MB line', async () => {
    const dir = await emptyFolder();
    await writeFile(join(dir, 'line.txt'), 'word '.repeat(210_000));
    await writeFile(join(dir, 'sentences.txt'), 'The ministers met in Moscow. '.repeat(36_000));
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(skipped).toEqual([]);
    expect(briefings.map((briefing) => briefing.file).sort()).toEqual([
      'line.txt',
      'sentences.txt',
    ]);
    expect(briefings.every((briefing) => briefing.paragraphs.length === 1)).toBe(true);
  });

  it('skips a file holding only a date line, with a reason', async () => {
    const dir = await emptyFolder();
    await writeFile(join(dir, 'date-only.txt'), 'date 2023-04-24\n');
    await writeFile(join(dir, 'date-crlf.txt'), '\uFEFFdate 2023-04-24\r\n\r\n');
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings).toEqual([]);
    expect(skipped.map((skip) => [skip.file, skip.reason]).sort()).toEqual([
      ['date-crlf.txt', 'noText'],
      ['date-only.txt', 'noText'],
    ]);
  });

  it('loads a briefing 30 folders deep', async () => {
    const dir = await emptyFolder();
    const deep = join(dir, ...Array.from({ length: 30 }, (_, index) => `level${index}`));
    await mkdir(deep, { recursive: true });
    await writeFile(join(deep, 'deep.txt'), 'The ministers met in Moscow.');
    const { briefings } = await loadBriefingsFromDir(dir);
    expect(briefings).toHaveLength(1);
    expect(briefings[0]?.file).toMatch(/^level0\/.*\/level29\/deep\.txt$/);
  });

  it('survives links that loop, through folders and onto themselves, loading every real file once', async () => {
    const dir = await emptyFolder();
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'real.txt'), 'The ministers met in Moscow.');
    await symlink(join(dir, 'a'), join(dir, 'a', 'b', 'back-to-a'));
    await symlink(dir, join(dir, 'a', 'root'));
    await symlink('self.txt', join(dir, 'self.txt'));
    await symlink('ping.txt', join(dir, 'pong.txt'));
    await symlink('pong.txt', join(dir, 'ping.txt'));
    const { briefings, skipped } = await loadBriefingsFromDir(dir);
    expect(briefings.map((briefing) => briefing.file)).toEqual(['a/b/real.txt']);
    expect(skipped.map((skip) => [skip.file, skip.reason]).sort()).toEqual([
      ['ping.txt', 'unreadable'],
      ['pong.txt', 'unreadable'],
      ['self.txt', 'unreadable'],
    ]);
  });
});
