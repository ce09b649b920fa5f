/**
 * The soak, run as its own process with `--expose-gc` by tests/soak/soak.test.ts: answers
 * and renders SOAK_QUERIES queries over the seeds and the development corpus, the bot's pure
 * path, and prints one JSON line with the heap after warm-up and after the soak, each read
 * after full garbage collections.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { answersFromKnowledge } from '../../../src/discord/answers.js';
import { loadBriefingsFromDir } from '../../../src/io/loadBriefings.js';
import { buildKnowledge } from '../../../src/knowledge.js';
import { SEED_QUESTIONS } from '../questions.js';
import {
  renderAskReply,
  renderMeetingChoices,
  renderMeetingReply,
  renderWhoAttendedReply,
} from '../../../src/render/discord.js';
import { DEV_CORPUS, SEEDS } from '../corpora.js';
import { anyUserText } from '../hostileText.js';

const WARM_UP_QUERIES = Number(process.env.WARM_UP_QUERIES ?? 2_000);
const SOAK_QUERIES = Number(process.env.SOAK_QUERIES ?? 20_000);
/** Distinct generated texts; the soak cycles through them with a counter appended. */
const GENERATED_TEXTS = 500;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

const QUESTIONS = [...SEED_QUESTIONS, 'moscow april 2023', 'Türkiye Turkey defense defence'];

async function heapAfterCollection(): Promise<number> {
  const readings: number[] = [];
  for (let round = 0; round < 4; round++) {
    gc?.();
    await new Promise((resolve) => setImmediate(resolve));
    readings.push(process.memoryUsage().heapUsed);
  }
  return Math.min(...readings);
}

const folders = [
  SEEDS,
  ...(existsSync(join(DEV_CORPUS, 'briefings')) ? [join(DEV_CORPUS, 'briefings')] : []),
];
const briefings = [];
for (const folder of folders) briefings.push(...(await loadBriefingsFromDir(folder)).briefings);
const knowledge = buildKnowledge(briefings, []);
const answers = answersFromKnowledge(() => knowledge);
const generated = fc.sample(anyUserText, { numRuns: GENERATED_TEXTS, seed: 42 });

/** Query number `index`: real questions, generated hostile text, and a fresh word now and then. */
async function query(index: number): Promise<void> {
  const base =
    index % 3 === 0
      ? (generated[index % generated.length] as string)
      : (QUESTIONS[index % QUESTIONS.length] as string);
  // Unseen words every time: caches keyed by text must not grow without bound.
  const text = index % 4 === 0 ? `${base} word${index}` : base;
  switch (index % 8) {
    case 5:
      renderMeetingReply(await answers.meeting(text), answers.describeBriefing);
      return;
    case 6:
      renderWhoAttendedReply(await answers.whoAttended(text), answers.describeBriefing);
      return;
    case 7:
      renderMeetingChoices(await answers.suggestMeetings(text, 25));
      return;
    default:
      renderAskReply(await answers.ask(text), answers.describeBriefing);
  }
}

const started = performance.now();
for (let index = 0; index < WARM_UP_QUERIES; index++) await query(index);
const heapAfterWarmUp = await heapAfterCollection();
for (let index = 0; index < SOAK_QUERIES; index++) await query(WARM_UP_QUERIES + index);
const heapAfterSoak = await heapAfterCollection();

console.log(
  JSON.stringify({
    briefings: knowledge.briefings.size,
    warmUpQueries: WARM_UP_QUERIES,
    soakQueries: SOAK_QUERIES,
    heapAfterWarmUp,
    heapAfterSoak,
    growth: heapAfterSoak / heapAfterWarmUp - 1,
    seconds: (performance.now() - started) / 1000,
  }),
);
