import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBriefingsFromDir } from '../../src/io/loadBriefings.js';
import { buildKnowledge, type Knowledge } from '../../src/knowledge.js';

export const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

/** The knowledge `npm start` builds from a folder. */
export async function knowledgeFrom(dir: string): Promise<Knowledge> {
  const { briefings, skipped } = await loadBriefingsFromDir(dir);
  return buildKnowledge(briefings, skipped);
}

/** A throwaway briefings folder holding `files` (name → text); remove it with `cleanup`. */
export async function briefingsFolder(
  files: Readonly<Record<string, string>>,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'briefings-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
