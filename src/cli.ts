#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ask, findMeetings, listMeetings, whoAttended } from './answer/index.js';
import { DEFAULT_MEETING_LIMIT } from './answer/meeting.js';
import { type CliRequest, limitWarning, parseCliArgs } from './cli/args.js';
import { readEnvironment } from './environment.js';
import { describeSkip } from './errors.js';
import { cacheDirFrom, readSnapshot, stampOf, writeSnapshot } from './io/knowledgeCache.js';
import { BriefingsDirError, listBriefingFiles } from './io/listBriefings.js';
import type { Knowledge } from './knowledgeBase.js';
import { askJson, meetingJson, meetingsJson, whoAttendedJson } from './render/json.js';
import {
  renderAsk,
  renderMeeting,
  renderMeetings,
  renderWhoAttended,
  type TextStyle,
} from './render/text.js';
import type { Briefing } from './types.js';

/** The bundled briefings, used when neither --briefings nor BRIEFINGS_DIR says otherwise. */
const DEFAULT_BRIEFINGS = 'seeds';
const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

class CliError extends Error {}

type Environment = ReturnType<typeof readEnvironment>;

/** Why a folder gave no briefing to answer from: none there, or every one skipped (warned above). */
function noBriefings(dir: string, skipped: number): string {
  if (skipped === 0) return `no briefings (.txt or .md files) in ${dir}`;
  return skipped === 1
    ? `the only briefing file in ${dir} was skipped`
    : `all ${skipped} briefing files in ${dir} were skipped`;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(resolve(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
}

/** --briefings, then BRIEFINGS_DIR, then ./seeds, then the seeds shipped with the package. */
function briefingsDir(request: CliRequest, env: Environment): string {
  if (request.briefings) return request.briefings;
  if (env.BRIEFINGS_DIR) return env.BRIEFINGS_DIR;
  if (existsSync(DEFAULT_BRIEFINGS)) return DEFAULT_BRIEFINGS;
  return resolve(PACKAGE_ROOT, DEFAULT_BRIEFINGS);
}

/**
 * The knowledge of a folder: from the snapshot when no file changed since it was taken
 * (extraction is then not even loaded), else read, parsed and built, and the snapshot renewed.
 */
async function loadKnowledge(dir: string, cache: string | null): Promise<Knowledge> {
  let listed: Awaited<ReturnType<typeof listBriefingFiles>>;
  try {
    listed = await listBriefingFiles(dir);
  } catch (error) {
    if (error instanceof BriefingsDirError) throw new CliError(error.message);
    throw error;
  }
  const stamps = cache ? listed.files.map(stampOf) : [];
  let knowledge = cache ? await readSnapshot(cache, dir, stamps) : null;
  if (!knowledge) {
    const [{ loadListedFiles }, { buildKnowledge }, { BuildProgress }] = await Promise.all([
      import('./io/loadBriefings.js'),
      import('./knowledge.js'),
      import('./cli/progress.js'),
    ]);
    const briefings: Briefing[] = [];
    const skipped = [...listed.skipped];
    const progress = new BuildProgress();
    let read = 0;
    const loaded = await loadListedFiles(listed.files, () =>
      progress.update('read', ++read, listed.files.length),
    );
    for (const result of loaded) {
      if (result.ok) briefings.push(result.value);
      else skipped.push(result.error);
    }
    knowledge = buildKnowledge(briefings, skipped, (phase) => progress.phase(phase));
    progress.stop();
    if (cache && briefings.length > 0) await writeSnapshot(cache, dir, stamps, knowledge);
  }
  for (const skipped of knowledge.skipped)
    process.stderr.write(`warning: ${describeSkip(skipped)}\n`);
  if (knowledge.briefings.size === 0)
    throw new CliError(noBriefings(dir, knowledge.skipped.length));
  return knowledge;
}

/** One answer, as text or as one JSON document (without a trailing newline). */
function answer(knowledge: Knowledge, request: CliRequest, text: string, style: TextStyle): string {
  const limit = request.limit ?? undefined;
  switch (request.command) {
    case 'ask': {
      const result = ask(knowledge, text, limit === undefined ? {} : { limit });
      return request.json ? JSON.stringify(askJson(result)) : renderAsk(knowledge, result, style);
    }
    case 'meeting': {
      const result = findMeetings(knowledge, text, { limit: limit ?? DEFAULT_MEETING_LIMIT });
      return request.json
        ? JSON.stringify(meetingJson(result))
        : renderMeeting(knowledge, result, style);
    }
    case 'who-attended': {
      const result = whoAttended(
        knowledge,
        text,
        request.country ? { country: request.country } : {},
      );
      return request.json
        ? JSON.stringify(whoAttendedJson(result))
        : renderWhoAttended(knowledge, result, style);
    }
    case 'meetings': {
      const result = listMeetings(knowledge, limit === undefined ? {} : { limit });
      return request.json ? JSON.stringify(meetingsJson(result)) : renderMeetings(result);
    }
  }
}

async function run(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv, packageVersion());
  if (!parsed.ok) {
    if (parsed.error.exitCode === 0) process.stdout.write(`${parsed.error.message}\n`);
    else process.stderr.write(`✗ ${parsed.error.message}\n`);
    return parsed.error.exitCode;
  }
  const request = parsed.value;
  const fromStdin = request.command !== 'meetings' && request.text === null;
  const needsText = new CliError(
    request.command === 'ask'
      ? 'ask needs a question: briefing-bot ask "who met in Moscow?", or one per line on standard input'
      : `${request.command} needs a query: briefing-bot ${request.command} "moscow", or one per line on standard input`,
  );
  if (fromStdin && process.stdin.isTTY) throw needsText;
  const warning = limitWarning(request);
  if (warning) process.stderr.write(`warning: ${warning}\n`);
  const env = readEnvironment();
  const knowledge = await loadKnowledge(
    briefingsDir(request, env),
    cacheDirFrom(env.BRIEFINGS_CACHE_DIR),
  );
  const style: TextStyle = { color: Boolean(process.stdout.isTTY) && !env.NO_COLOR };

  if (!fromStdin) {
    process.stdout.write(`${answer(knowledge, request, request.text ?? '', style)}\n`);
    return 0;
  }
  // Batch: one query per line in, one answer per line out (JSON Lines with --json).
  let first = true;
  for await (const line of createInterface({
    input: process.stdin,
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (line.trim().length === 0) continue;
    const output = answer(knowledge, request, line.trim(), style);
    process.stdout.write(request.json ? `${output}\n` : `${first ? '' : '\n'}${output}\n`);
    first = false;
  }
  if (first) throw needsText;
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  const message =
    error instanceof CliError ? error.message : `unexpected error: ${(error as Error).message}`;
  process.stderr.write(`✗ ${message}\n`);
  process.exitCode = 1;
}
