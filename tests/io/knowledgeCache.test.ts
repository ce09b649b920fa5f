import { passagesOf } from '../../src/corpus/passages.js';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as KnowledgeCache from '../../src/io/knowledgeCache.js';
import type * as KnowledgeModule from '../../src/knowledge.js';
import type { Knowledge } from '../../src/knowledge.js';
import type * as ParseModule from '../../src/corpus/parseBriefing.js';
import type * as IndexModule from '../../src/search/passageIndex.js';
import type { PassageIndex } from '../../src/search/types.js';
import type { Briefing } from '../../src/types.js';
import { ROOT } from '../support/corpora.js';
import { tempBriefings } from '../support/tempBriefings.js';

// Snapshots carry the build's id, so these tests run the built modules, as `npm start` does.
let cache: typeof KnowledgeCache;
let buildKnowledge: typeof KnowledgeModule.buildKnowledge;
let parseBriefing: typeof ParseModule.parseBriefing;
let InvertedPassageIndex: typeof IndexModule.InvertedPassageIndex;
beforeAll(async () => {
  const built = (path: string): Promise<unknown> => import(join(ROOT, 'dist', 'src', path));
  cache = (await built('io/knowledgeCache.js')) as typeof KnowledgeCache;
  ({ buildKnowledge } = (await built('knowledge.js')) as typeof KnowledgeModule);
  ({ parseBriefing } = (await built('corpus/parseBriefing.js')) as typeof ParseModule);
  ({ InvertedPassageIndex } = (await built('search/passageIndex.js')) as typeof IndexModule);
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function briefing(file: string, text: string): Briefing {
  const result = parseBriefing(file, new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.error.reason);
  return result.value;
}

/** Briefings with text beyond ASCII (accents, a non-Latin script, an emoji) and dates. */
const texts: Record<string, string> = {
  'talks.txt':
    'date 2023-04-24\n\nDefence chiefs meet\n\nThe defence ministers of Türkiye and Syria held ' +
    'talks in Moscow on Tuesday. Foreign Minister Mevlüt Çavuşoğlu said a quadrilateral ' +
    'meeting would follow.\n\nThey discussed the normalisation of ties between Ankara and Damascus.',
  'trade.txt':
    'Grain exports\n\nThe grain corridor across the Black Sea closed in July. Exporters sought ' +
    'new routes 🚢.',
  'tokyo/summit.txt':
    'date 2022-11-03\n\nThe trade ministers of Japan and Chile met in Tokyo (東京) on Thursday. ' +
    'They signed a “digital trade” agreement.\n\nA second round is planned in Santiago.',
};
const queries = [
  'Cavusolgu',
  'defnce ministers',
  'grain routes',
  'Tokyo agreement',
  '東京',
  'July',
];
const answers = (index: PassageIndex) => queries.map((query) => index.search(query));
const stamps = Object.keys(texts).map((file, i) => ({
  file,
  size: 100 + i,
  mtimeMs: 1.5 + i,
  ino: 7_000 + i,
  ctimeMs: 2.5 + i,
}));

/** A snapshot of the knowledge of `texts`, written to a fresh cache folder. */
async function snapshotted(): Promise<{ knowledge: Knowledge; cacheDir: string; dir: string }> {
  const briefings = Object.entries(texts).map(([file, text]) => briefing(file, text));
  const knowledge = buildKnowledge(briefings);
  const cacheFolder = await tempBriefings({});
  const folder = await tempBriefings(texts);
  cleanups.push(cacheFolder.remove, folder.remove);
  const cacheDir = cacheFolder.dir;
  expect(await cache.writeSnapshot(cacheDir, folder.dir, stamps, knowledge)).toBe(true);
  return { knowledge, cacheDir, dir: folder.dir };
}

async function snapshotFile(cacheDir: string, dir: string): Promise<string> {
  const location = await cache.snapshotLocation(cacheDir, dir);
  if (!location) throw new Error('no build id: run `npm run build`');
  return location.file;
}

describe('knowledge snapshots (as built)', () => {
  it('restores the briefings, meetings and files as they were stored', async () => {
    const { knowledge, cacheDir, dir } = await snapshotted();
    const loaded = await cache.loadSnapshot(cacheDir, dir);
    expect(loaded?.stamps).toEqual(stamps);
    expect([...(loaded?.briefings.values() ?? [])]).toEqual([...knowledge.briefings.values()]);
    const passages = [...knowledge.briefings.values()].flatMap(passagesOf);
    expect(loaded?.knowledge.index.size).toBe(passages.length);
    for (const passage of passages) {
      expect(loaded?.knowledge.passageById.get(passage.id)).toEqual(passage);
    }
    expect(loaded?.knowledge.meetings).toEqual(knowledge.meetings);
    expect(knowledge.meetings.length).toBeGreaterThan(0);
  });

  it('restores an index that answers as the one stored, before and after updates', async () => {
    const { knowledge, cacheDir, dir } = await snapshotted();
    const restored = (await cache.loadSnapshot(cacheDir, dir))?.knowledge.index;
    const original = knowledge.index;
    if (!(restored instanceof InvertedPassageIndex)) throw new Error('no index restored');
    if (!(original instanceof InvertedPassageIndex)) throw new Error('no index built');
    expect(answers(restored)).toEqual(answers(original));

    for (const index of [original, restored]) {
      index.addBriefing(briefing('oslo.txt', 'Grain traders met in Oslo. Routes were agreed.'));
      index.addBriefing(briefing('trade.txt', 'Exports resumed in August.'));
      index.removeBriefing('talks.txt');
    }
    expect(answers(restored)).toEqual(answers(original));
    expect(restored.search('Oslo grain')[0]?.passage.id).toBe('oslo.txt#1.1');
    expect(restored.search('Cavusoglu')).toEqual([]);
  });

  it('restores the index from its image, without tokenising the briefings again', async () => {
    // Same shape, other words: only the stored image knows this passage mentions Doha.
    const knowledge = {
      ...buildKnowledge([briefing('a.txt', 'Envoys met in Oslo.')]),
      index: new InvertedPassageIndex([briefing('a.txt', 'Envoys met in Doha.')]),
    };
    const cacheFolder = await tempBriefings({});
    cleanups.push(cacheFolder.remove);
    await cache.writeSnapshot(cacheFolder.dir, '/briefings', [], knowledge);
    const loaded = await cache.loadSnapshot(cacheFolder.dir, '/briefings');
    expect(loaded?.knowledge.index.search('Doha')).toHaveLength(1);
  });

  it('is found only while the files are as stamped', async () => {
    const { cacheDir, dir } = await snapshotted();
    expect(await cache.readSnapshot(cacheDir, dir, stamps)).not.toBeNull();
    const touched = stamps.map((stamp, i) => (i === 0 ? { ...stamp, mtimeMs: 9 } : stamp));
    expect(await cache.readSnapshot(cacheDir, dir, touched)).toBeNull();
  });

  it('is written whole, under one name, with no partial file left', async () => {
    const { cacheDir, dir } = await snapshotted();
    expect(await readdir(cacheDir)).toEqual([basename(await snapshotFile(cacheDir, dir))]);
  });

  const flip = (bytes: Buffer, at: number) => {
    const copy = Buffer.from(bytes);
    copy[at] = copy[at]! ^ 0x01;
    return copy;
  };
  it.each([
    ['empty', () => Buffer.alloc(0)],
    ['the JSON snapshot of older builds', () => Buffer.from('{"build": "x", "dir": "/"}')],
    ['cut short', (bytes: Buffer) => bytes.subarray(0, bytes.length - 1)],
    ['cut in half', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    ['one byte too long', (bytes: Buffer) => Buffer.concat([bytes, Buffer.from([0])])],
    ['changed in its header', (bytes: Buffer) => flip(bytes, 9)],
    ['changed in its text', (bytes: Buffer) => flip(bytes, 40)],
    ['changed in its numbers', (bytes: Buffer) => flip(bytes, bytes.length - 1)],
  ])('is no snapshot when %s', async (_, damage) => {
    const { cacheDir, dir } = await snapshotted();
    const file = await snapshotFile(cacheDir, dir);
    await writeFile(file, damage(await readFile(file)));
    expect(await cache.loadSnapshot(cacheDir, dir)).toBeNull();
    expect(await cache.readSnapshot(cacheDir, dir, stamps)).toBeNull();
  });
});

describe('the JSON part of a snapshot, written in pieces', () => {
  it('joins into exactly what JSON.stringify gives, long arrays and nested objects included', async () => {
    const { default: fc } = await import('fast-check');
    const value = fc.oneof(
      fc.jsonValue(),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 250, maxLength: 800 }),
      fc.dictionary(fc.string(), fc.array(fc.string({ unit: 'binary' }), { maxLength: 600 })),
    );
    fc.assert(
      fc.property(value, (json) => {
        expect(cache.jsonPieces(json).join('')).toBe(JSON.stringify(json));
      }),
      { numRuns: 60 },
    );
  });
});
