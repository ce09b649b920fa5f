/**
 * `npm run bench`: generates corpora of several sizes, builds the product's knowledge and the
 * naive fuse.js baseline from each, times the same queries against both, checks retrieval on
 * planted facts, and writes a table (stdout), a JSON report and an SVG chart.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ask, findMeetings, suggestMeetings, whoAttended } from '../src/answer/index.js';
import { type BuildPhase, buildKnowledge, type Knowledge } from '../src/knowledge.js';
import { type BenchOptions, baselineQueryCount, parseBenchArgs, USAGE } from './args.js';
import { BaselineIndex, passagesOf } from './baseline.js';
import { buildPeer, PEER_NAMES } from './peers.js';
import { renderLatencyChart } from './chart.js';
import { measureColdCli } from './coldCli.js';
import {
  encodeFile,
  type GeneratedCorpus,
  generateCorpus,
  generatedBriefing,
  parseCorpus,
} from './generate.js';
import {
  errorMessage,
  gcExposed,
  type MemorySnapshot,
  memoryNow,
  timed,
  timeQueries,
} from './measure.js';
import { startStep } from './progress.js';
import { HIT_AT, scoreQuality } from './quality.js';
import { makeQueries, QUERY_KINDS, type QueryKind, type QuerySet } from './queries.js';
import { measureReindex } from './reindex.js';
import {
  type BenchReport,
  type BuildFigures,
  type CrowdedReport,
  type KindLatency,
  type PeerReport,
  type Phases,
  type Quality,
  REPORT_SCHEMA_VERSION,
  reportSchema,
  type SizeReport,
} from './report.js';
import { measureRestart } from './restart.js';
import { formatReport } from './table.js';

/** Hits asked of the product's search for exact-word and typo queries, as the answers do. */
const SEARCH_LIMIT = 10;
/** Discord shows at most 25 autocomplete choices. */
const AUTOCOMPLETE_LIMIT = 25;
const BASELINE_KINDS: readonly QueryKind[] = [
  'exact',
  'typos',
  'natural',
  'meeting',
  'whoAttended',
];
const SMOKE_BASELINE_KINDS: readonly QueryKind[] = ['natural'];
const ASK_CITATIONS_AT_MOST = 3;
/**
 * The naive fuse.js baseline takes seconds per query at 10,000 briefings; above this size it is
 * not run, and the peers are the comparison.
 */
const BASELINE_MAX_SIZE = 20_000;

type Latencies = Partial<Record<QueryKind, KindLatency>>;

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

const label = (size: number, step: string) => `[${size.toLocaleString('en-US')}] ${step}`;

function buildFigures(ms: number, before: MemorySnapshot): BuildFigures {
  const after = memoryNow();
  return {
    ms,
    heapUsedBytes: after.heapUsedBytes,
    rssBytes: after.rssBytes,
    heapDeltaBytes: after.heapUsedBytes - before.heapUsedBytes,
  };
}

function safeQuality(run: () => Quality, notes: string[], what: string): Quality | null {
  try {
    return run();
  } catch (error) {
    notes.push(`${what}: not measured (${errorMessage(error)})`);
    return null;
  }
}

function benchProduct(
  corpus: GeneratedCorpus,
  bytes: readonly Uint8Array[],
  queries: QuerySet,
  before: MemorySnapshot,
  notes: string[],
): SizeReport['product'] {
  const { size } = corpus;
  const buildStep = startStep(label(size, 'product: parse + index + meetings'), 1);
  let knowledge: Knowledge;
  let build: BuildFigures;
  let phases: Phases;
  let skippedFiles = 0;
  try {
    const built = timed(() => phasedBuild(corpus, bytes));
    ({ knowledge, phases } = built.value);
    skippedFiles = knowledge.skipped.length;
    build = buildFigures(built.ms, before);
  } catch (error) {
    buildStep.done();
    return {
      available: false,
      error: errorMessage(error),
      skippedFiles,
      passages: null,
      meetings: null,
      build: null,
      phases: null,
      latency: {},
      quality: { ask: null, search: null },
      reindex: null,
      restart: null,
    };
  }
  buildStep.done();
  if (skippedFiles > 0) notes.push(`${size}: the product skipped ${skippedFiles} generated files`);

  const runs: Record<QueryKind, (query: string) => unknown> = {
    exact: (query) => knowledge.index.search(query, { limit: SEARCH_LIMIT }),
    typos: (query) => knowledge.index.search(query, { limit: SEARCH_LIMIT }),
    natural: (query) => ask(knowledge, query),
    meeting: (query) => findMeetings(knowledge, query),
    whoAttended: (query) => whoAttended(knowledge, query),
    autocomplete: (query) => suggestMeetings(knowledge, query, AUTOCOMPLETE_LIMIT),
  };
  const step = startStep(
    label(size, 'product: queries'),
    QUERY_KINDS.length * queries.exact.length,
  );
  const latency: Latencies = {};
  for (const kind of QUERY_KINDS) {
    const measured = timeQueries(queries[kind], runs[kind], step.tick);
    latency[kind] = measured;
    if (measured.error) notes.push(`${size}: product ${kind} failed: ${measured.error}`);
  }
  step.done();

  const quality = {
    ask: safeQuality(
      () => scoreQuality(corpus.facts, (question) => ask(knowledge, question).citations),
      notes,
      `${size}: product ask quality`,
    ),
    search: safeQuality(
      () =>
        scoreQuality(corpus.facts, (question) =>
          knowledge.index.search(question, { limit: HIT_AT }).map((hit) => hit.passage),
        ),
      notes,
      `${size}: product search quality`,
    ),
  };
  const passages = knowledge.index.size;
  const meetings = knowledge.meetings.length;
  const reindexStep = startStep(label(size, 'product: re-index one file'), 1);
  const reindex = measureReindex(knowledge, corpus);
  reindexStep.done();
  if (reindex.error) notes.push(`${size}: re-index not measured: ${reindex.error}`);
  return {
    available: true,
    error: null,
    skippedFiles,
    passages,
    meetings,
    build,
    phases,
    latency,
    quality,
    reindex,
    restart: null,
  };
}

/** Parses the corpus's bytes and builds the knowledge, timing each phase. */
function phasedBuild(
  corpus: GeneratedCorpus,
  bytes: readonly Uint8Array[],
): { knowledge: Knowledge; phases: Phases } {
  const started = performance.now();
  const parsed = parseCorpus(corpus.files, bytes);
  const marks: Partial<Record<BuildPhase, number>> = { read: started };
  const knowledge = buildKnowledge(parsed.briefings, parsed.skipped, (phase) => {
    marks[phase] = performance.now();
  });
  const ended = performance.now();
  const index = marks.index ?? ended;
  const meetings = marks.meetings ?? ended;
  return {
    knowledge,
    phases: { readMs: index - started, indexMs: meetings - index, meetingsMs: ended - meetings },
  };
}

function benchBaseline(
  corpus: GeneratedCorpus,
  bytes: readonly Uint8Array[],
  queries: QuerySet,
  before: MemorySnapshot,
  options: BenchOptions,
  notes: string[],
): SizeReport['baseline'] {
  const { size } = corpus;
  const buildStep = startStep(label(size, 'baseline: parse + fuse.js index'), 1);
  const built = timed(() => {
    let briefings: ReturnType<typeof parseCorpus>['briefings'];
    try {
      briefings = parseCorpus(corpus.files, bytes).briefings;
    } catch (error) {
      notes.push(
        `${size}: the baseline used the generator's own sentences (parser unavailable: ${errorMessage(error)})`,
      );
      briefings = corpus.files.map(generatedBriefing);
    }
    return new BaselineIndex(passagesOf(briefings));
  });
  const index = built.value;
  const build = buildFigures(built.ms, before);
  buildStep.done();

  const count = baselineQueryCount(size, options);
  if (count < options.queries) {
    notes.push(
      `${size}: the baseline ran the first ${count} of the ${options.queries} queries of each kind (each takes up to seconds at this size)`,
    );
  }
  const kinds = options.smoke ? SMOKE_BASELINE_KINDS : BASELINE_KINDS;
  const step = startStep(label(size, 'baseline: queries'), kinds.length * count);
  const latency: Latencies = {};
  for (const kind of kinds) {
    latency[kind] = timeQueries(
      queries[kind].slice(0, count),
      (query) => index.search(query),
      step.tick,
    );
  }
  step.done();
  const factStep = startStep(label(size, 'baseline: planted facts'), corpus.facts.length);
  const quality = scoreQuality(corpus.facts, (question) => {
    const hits = index.search(question, HIT_AT).map((hit) => hit.passage);
    factStep.tick();
    return hits;
  });
  factStep.done();
  return { passages: index.size, build, queriesPerKind: count, latency, quality };
}

/** The peers (bench/peers.ts) over the baseline's passages, on the same queries. */
function benchPeers(
  corpus: GeneratedCorpus,
  passages: ReturnType<typeof passagesOf>,
  queries: QuerySet,
  product: SizeReport['product'],
  options: BenchOptions,
): SizeReport['peers'] {
  const { size } = corpus;
  const peers: SizeReport['peers'] = {};
  const kinds = options.smoke ? SMOKE_BASELINE_KINDS : BASELINE_KINDS;
  for (const name of PEER_NAMES) {
    const before = memoryNow();
    const buildStep = startStep(label(size, `${name}: index`), 1);
    const built = timed(() => buildPeer[name](passages));
    const index = built.value;
    const build = buildFigures(built.ms, before);
    buildStep.done();
    const step = startStep(label(size, `${name}: queries`), kinds.length * queries.exact.length);
    const latency: Latencies = {};
    for (const kind of kinds) {
      latency[kind] = timeQueries(
        queries[kind],
        (query) => index.search(query, SEARCH_LIMIT),
        step.tick,
      );
    }
    step.done();
    const quality = scoreQuality(corpus.facts, (question) => index.search(question, HIT_AT));
    const partial = { passages: index.size, build, latency, quality };
    peers[name] = { ...partial, ratios: ratios(product, partial) } satisfies PeerReport;
  }
  return peers;
}

const ratio = (product: number | undefined, baseline: number | undefined): number | null =>
  product === undefined || baseline === undefined || baseline === 0 ? null : product / baseline;

type Ratios = NonNullable<SizeReport['ratios']>;

/** product ÷ another system, per figure. */
function ratios(
  product: SizeReport['product'],
  other: Pick<NonNullable<SizeReport['baseline']>, 'build' | 'latency'>,
): Ratios {
  const baseline = other;
  const latency: Ratios['latency'] = {};
  for (const kind of QUERY_KINDS) {
    const ours = product.latency[kind]?.summary;
    const theirs = baseline.latency[kind]?.summary;
    if (ours && theirs) {
      latency[kind] = {
        p50: ours.p50 / theirs.p50,
        p95: ours.p95 / theirs.p95,
        p99: ours.p99 / theirs.p99,
      };
    }
  }
  return {
    buildMs: ratio(product.build?.ms, baseline.build.ms),
    heapUsedBytes: ratio(product.build?.heapUsedBytes, baseline.build.heapUsedBytes),
    latency,
  };
}

function benchSize(size: number, options: BenchOptions, notes: string[]): SizeReport {
  const generateStep = startStep(label(size, 'generate'), 1);
  const generated = timed(() => generateCorpus({ size, seed: options.seed }));
  const corpus = generated.value;
  const bytes = corpus.files.map(encodeFile);
  const queries = makeQueries(corpus, options.queries, options.seed);
  generateStep.done();
  const before = memoryNow();
  let product = benchProduct(corpus, bytes, queries, before, notes);
  if (options.restart && product.available) {
    const step = startStep(label(size, 'product: CLI restart with and without snapshot'), 1);
    const restart = measureRestart(projectRoot(), corpus);
    step.done();
    if (restart.error) notes.push(`${size}: restart: ${restart.error}`);
    product = { ...product, restart };
  }
  const baseline =
    size <= BASELINE_MAX_SIZE
      ? benchBaseline(corpus, bytes, queries, memoryNow(), options, notes)
      : null;
  if (!baseline) {
    notes.push(
      `${size}: the naive fuse.js baseline was not run (it takes tens of seconds per query above ${BASELINE_MAX_SIZE.toLocaleString('en-US')} briefings)`,
    );
  }
  const peers = benchPeers(
    corpus,
    passagesOf(parseCorpus(corpus.files, bytes).briefings),
    queries,
    product,
    options,
  );
  const sentences = corpus.files.reduce(
    (sum, file) =>
      sum + (file.headline ? 1 : 0) + file.paragraphs.reduce((n, p) => n + p.length, 0),
    0,
  );
  return {
    briefings: size,
    sentences,
    generatedMeetings: corpus.meetings.length,
    generateMs: generated.ms,
    product,
    baseline,
    ratios: baseline ? ratios(product, baseline) : null,
    peers,
  };
}

function smokeVerdict(sizes: readonly SizeReport[]): NonNullable<BenchReport['verdict']> {
  const reasons: string[] = [];
  let passed = true;
  for (const size of sizes) {
    const ours = size.product.latency.natural;
    const theirs = size.baseline?.latency.natural?.summary;
    if (!ours?.summary || !theirs) {
      passed = false;
      reasons.push(
        `${size.briefings}: ask p95 not measured (${size.product.error ?? ours?.error ?? 'baseline missing'})`,
      );
      continue;
    }
    const verdict = ours.summary.p95 <= theirs.p95 ? 'not slower than' : 'SLOWER than';
    if (ours.summary.p95 > theirs.p95) passed = false;
    reasons.push(
      `${size.briefings}: product ask p95 ${ours.summary.p95.toFixed(1)} ms is ${verdict} the baseline's ${theirs.p95.toFixed(1)} ms`,
    );
  }
  return { passed, reasons };
}

function writeOutput(root: string, file: string, text: string): string {
  const path = isAbsolute(file) ? file : resolve(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function main(argv: readonly string[]): number {
  const parsed = parseBenchArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`✗ ${parsed.message}\n${USAGE}\n`);
    return 1;
  }
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { options } = parsed;
  const root = projectRoot();
  const report = runBenchmark(options, root);
  process.stdout.write(formatReport(report));
  const json = writeOutput(root, options.json, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`report: ${json}\n`);
  if (options.chart) {
    const chart = writeOutput(root, options.chart, renderLatencyChart(report));
    process.stderr.write(`chart: ${chart}\n`);
  }
  return report.verdict?.passed === false ? 1 : 0;
}

/** The build, by phase, of a corpus whose meetings crowd one city and one month. */
function benchCrowded(size: number, seed: number): CrowdedReport {
  const step = startStep(label(size, 'crowded corpus: parse + index + meetings'), 1);
  const corpus = generateCorpus({ size, seed, crowded: true });
  const { knowledge, phases } = phasedBuild(corpus, corpus.files.map(encodeFile));
  step.done();
  return {
    briefings: size,
    generatedMeetings: corpus.meetings.length,
    meetings: knowledge.meetings.length,
    phases,
  };
}

/** Runs every measurement the options ask for; writes nothing but progress on stderr. */
export function runBenchmark(options: BenchOptions, root = projectRoot()): BenchReport {
  const notes: string[] = [];
  if (!gcExposed)
    notes.push('node ran without --expose-gc: memory figures include uncollected garbage');
  notes.push(
    `ask cites at most ${ASK_CITATIONS_AT_MOST} passages, so its hit@5 is a hit@${ASK_CITATIONS_AT_MOST}`,
  );

  const sizes = options.sizes.map((size) => benchSize(size, options, notes));
  const crowded = options.crowded === null ? null : benchCrowded(options.crowded, options.seed);
  let cli = null;
  if (options.cli) {
    const step = startStep('CLI cold answer on seeds', 1);
    cli = measureColdCli(root);
    step.done();
  }
  const cpuList = cpus();
  return reportSchema.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    seed: options.seed,
    queriesPerKind: options.queries,
    smoke: options.smoke,
    environment: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpu: cpuList[0]?.model.trim() ?? 'unknown',
      cpus: cpuList.length,
      gcExposed,
    },
    notes,
    sizes,
    cli,
    crowded,
    verdict: options.smoke ? smokeVerdict(sizes) : null,
  } satisfies BenchReport);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`✗ ${errorMessage(error)}\n`);
    process.exitCode = 1;
  }
}
