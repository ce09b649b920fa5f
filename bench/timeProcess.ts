/**
 * One whole process, timed from outside: from its start until its first output on stdout
 * (the answer) and until it exits, with its peak memory (through bench/peakRss.ts). Run as
 * `node timeProcess.js '<json: { args, env }>'`; prints the figures as JSON. Spawned with
 * spawnSync by the benchmark, which stays synchronous.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface TimedProcess {
  readonly answerMs: number;
  readonly exitMs: number;
  readonly peakRssBytes: number | null;
  readonly status: number | null;
  readonly stderr: string;
}

interface Spec {
  /** Arguments to node: the script and its arguments. */
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

const PEAK_RSS = pathToFileURL(fileURLToPath(new URL('./peakRss.js', import.meta.url))).href;
const MAX_OUTPUT = 256 * 1024 * 1024;

/** Runs `node …args` as a timed whole process (through this script, in a process of its own). */
export function timeProcess(spec: Spec): TimedProcess | string {
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), JSON.stringify(spec)],
    {
      encoding: 'utf8',
      maxBuffer: MAX_OUTPUT,
    },
  );
  if (result.error) return result.error.message;
  if (result.status !== 0)
    return `timing a process: exit ${result.status}: ${result.stderr.trim()}`;
  return JSON.parse(result.stdout) as TimedProcess;
}

function main(spec: Spec): void {
  const work = mkdtempSync(join(tmpdir(), 'briefing-rss-'));
  const rssFile = join(work, 'peak');
  const started = performance.now();
  let answerMs: number | null = null;
  let stderr = '';
  const child = spawn(process.execPath, ['--import', PEAK_RSS, ...spec.args], {
    env: { ...process.env, ...spec.env, BENCH_PEAK_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', () => {
    answerMs ??= performance.now() - started;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-2000);
  });
  child.on('close', (status) => {
    const exitMs = performance.now() - started;
    let peakRssBytes: number | null = null;
    try {
      peakRssBytes = Number(readFileSync(rssFile, 'utf8'));
    } catch {
      // The process died before it could say.
    }
    rmSync(work, { recursive: true, force: true });
    const figures: TimedProcess = {
      answerMs: answerMs ?? exitMs,
      exitMs,
      peakRssBytes,
      status,
      stderr,
    };
    process.stdout.write(JSON.stringify(figures));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(JSON.parse(process.argv[2] ?? '{}') as Spec);
}
