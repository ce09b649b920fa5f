#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ask, findMeetings, listMeetings, whoAttended } from './answer/index.js';
import { DEFAULT_MEETING_LIMIT } from './answer/meeting.js';
import { type CliRequest, limitWarning, parseCliArgs } from './cli/args.js';
import type { BuildProgress } from './cli/progress.js';
import { readEnvironment } from './environment.js';
import { describeSkip } from './errors.js';
import { cacheDirFrom } from './io/knowledgeCache.js';
import { BriefingsDirError } from './io/listBriefings.js';
import { LiveKnowledge } from './io/liveKnowledge.js';
import type { BuildPhase } from './knowledge.js';
import type { Knowledge } from './knowledgeBase.js';
import { askJson, meetingJson, meetingsJson, whoAttendedJson } from './render/json.js';
import {
  renderAsk,
  renderMeeting,
  renderMeetings,
  renderWhoAttended,
  type TextStyle,
} from './render/text.js';

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

type BuildProgressUpdate = (phase: BuildPhase, done: number, total: number) => void;

/**
 * A build's progress on the terminal. Reports come only from builds that last over a second,
 * so the bar is loaded with the first and shown from then on.
 */
function progressBar(): { update: BuildProgressUpdate; stop: () => void } {
  let bar: BuildProgress | null = null;
  let loading: Promise<void> | null = null;
  return {
    update: (phase, done, total) => {
      loading ??= import('./cli/progress.js').then(({ BuildProgress }) => {
        bar = new BuildProgress(process.stderr, 0);
      });
      bar?.update(phase, done, total);
    },
    stop: () => bar?.stop(),
  };
}
/**
 * The knowledge of a folder, kept as the bot keeps it: from the snapshot, re-reading only the
 * files changed since it was taken (their meetings from the readings saved beside it), or
 * read and built in full. Nothing but the snapshot is loaded when no file changed. The
 * snapshot is renewed after the answer is printed (`saveKnowledge`).
 */
async function openKnowledge(dir: string, cache: string | null): Promise<LiveKnowledge> {
  const warnings: string[] = [];
  const progress = progressBar();
  let live: LiveKnowledge;
  try {
    live = await LiveKnowledge.open(dir, {
      ...(cache ? { cacheDir: cache } : {}),
      oneRun: true,
      pollMs: 0,
      onEvent: (event) => {
        if (event.type === 'warning') warnings.push(event.message);
        else if (event.type === 'progress') progress.update(event.phase, event.done, event.total);
      },
    });
  } catch (error) {
    if (error instanceof BriefingsDirError) throw new CliError(error.message);
    throw error;
  } finally {
    progress.stop();
  }
  // Every skipped file, every time; in the words of the warning about it, when there was one
  // ("…; keeping its previous version").
  const { skipped: skippedFiles, briefings } = live.current;
  for (const skipped of skippedFiles) {
    const line = describeSkip(skipped);
    const said = warnings.findIndex((warning) => warning.startsWith(line));
    process.stderr.write(`warning: ${said >= 0 ? warnings.splice(said, 1)[0] : line}\n`);
  }
  for (const warning of warnings) process.stderr.write(`warning: ${warning}\n`);
  if (briefings.size === 0) throw new CliError(noBriefings(dir, skippedFiles.length));
  return live;
}

/** Stores what changed for the next run, once the answers are out. */
async function saveKnowledge(live: LiveKnowledge): Promise<void> {
  if (live.unsaved) await live.saveSnapshot();
  await live.close();
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
  const live = await openKnowledge(
    briefingsDir(request, env),
    cacheDirFrom(env.BRIEFINGS_CACHE_DIR),
  );
  const knowledge = live.current;
  const style: TextStyle = { color: Boolean(process.stdout.isTTY) && !env.NO_COLOR };

  if (!fromStdin) {
    process.stdout.write(`${answer(knowledge, request, request.text ?? '', style)}\n`);
    await saveKnowledge(live);
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
  await saveKnowledge(live);
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
