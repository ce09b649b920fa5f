#!/usr/bin/env node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBriefingsFromDir } from '../io/loadBriefings.js';
import { buildKnowledge } from '../knowledge.js';
import { evaluateAsk, type HitFigures } from './askEval.js';
import { evaluateMeetings, meetingReportLines } from './meetings.js';
import { evaluateReading, readingReportLines } from './pageReading.js';
import { evaluateOffTopic } from './probes.js';
import { truthSchema } from './truth.js';

/**
 * `npm run eval -- <corpus-dir> [--json]`: measures the answers against a labelled corpus
 * (`<dir>/briefings/` and `<dir>/truth.json`).
 */
async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json');
  const dir = argv.find((arg) => !arg.startsWith('--'));
  if (!dir) {
    process.stderr.write('✗ usage: npm run eval -- <corpus-dir> [--json]\n');
    return 1;
  }
  const truthText = await readFile(join(dir, 'truth.json'), 'utf8').catch(() => null);
  if (truthText === null) {
    process.stderr.write(`✗ cannot read ${join(dir, 'truth.json')}\n`);
    return 1;
  }
  const truth = truthSchema.safeParse(JSON.parse(truthText));
  if (!truth.success) {
    process.stderr.write(
      `✗ ${join(dir, 'truth.json')} is not in the expected format: ${truth.error.issues[0]?.message}\n`,
    );
    return 1;
  }
  const loaded = await loadBriefingsFromDir(join(dir, 'briefings'));
  const knowledge = buildKnowledge(loaded.briefings, loaded.skipped);
  const askFigures = evaluateAsk(knowledge, truth.data.questions);
  const meetingFigures = evaluateMeetings(knowledge, truth.data.meetings, truth.data.questions);
  const readingFigures = evaluateReading(knowledge, truth.data.questions);
  const offTopic = evaluateOffTopic(knowledge);
  const report = {
    briefings: loaded.briefings.length,
    reading: readingFigures,
    ask: askFigures,
    offTopic,
    meetings: meetingFigures,
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const hits = (figures: HitFigures) =>
    `hit@1 ${pct(figures.hitAt1)}  hit@3 ${pct(figures.hitAt3)}`;
  const { tuning, heldOut } = askFigures.halves;
  const lines = [
    `briefings: ${report.briefings}`,
    ...readingReportLines(readingFigures),
    `ask (${askFigures.questions} questions): ${hits(askFigures)}`,
    `  held-out half (${heldOut.questions}): ${hits(heldOut)}`,
    `  tuning half (${tuning.questions}): ${hits(tuning)}`,
    `  off-topic questions answered (should be none): ${offTopic.answered.length}/${offTopic.questions}`,
    ...offTopic.answered.map((question) => `    answered: ${question}`),
  ];
  for (const miss of askFigures.misses) {
    lines.push(
      `  miss ${miss.id} (${miss.half === 'tuning' ? 'tuning' : 'held-out'}): ${miss.question}`,
      `    expected any of: ${miss.expected.join(' | ')}`,
    );
    for (const got of miss.got) lines.push(`    got ${got.slice(0, 160)}`);
  }
  lines.push(...meetingReportLines(meetingFigures));
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
