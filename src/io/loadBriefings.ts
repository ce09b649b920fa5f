import type { Briefing, SkippedFile } from '../types.js';

export interface LoadedBriefings {
  readonly briefings: Briefing[];
  readonly skipped: SkippedFile[];
}

/** Reads every .txt/.md file under `dir` (recursively). Throws only when `dir` itself is unusable. */
export async function loadBriefingsFromDir(dir: string): Promise<LoadedBriefings> {
  throw new Error(`loadBriefingsFromDir is not implemented yet: ${dir}`);
}
