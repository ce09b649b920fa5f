import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBriefingsFromDir } from '../../src/io/loadBriefings.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS = join(ROOT, 'seeds');
/** The labelled development corpus, beside the project. */
export const DEV_CORPUS = resolve(ROOT, '..', 'shared', 'corpus');
export const hasDevCorpus = existsSync(join(DEV_CORPUS, 'briefings'));

const cache = new Map<string, Promise<Knowledge>>();

/** The knowledge built from a folder, once per test file. */
export function knowledgeOf(dir: string): Promise<Knowledge> {
  let built = cache.get(dir);
  if (!built) {
    built = loadBriefingsFromDir(dir).then(({ briefings, skipped }) =>
      buildKnowledge(briefings, skipped),
    );
    cache.set(dir, built);
  }
  return built;
}
