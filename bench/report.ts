/**
 * The benchmark's JSON report: its schema (checked before the report is written, and by the
 * tests) and its types. Durations are milliseconds, memory is bytes.
 */
import { z } from 'zod';
import { PEER_NAMES } from './peers.js';
import { QUERY_KINDS } from './queries.js';

export const REPORT_SCHEMA_VERSION = 2;

const milliseconds = z.number().nonnegative();
const bytes = z.number().int().nonnegative();
const count = z.number().int().nonnegative();

export const latencySummarySchema = z.object({
  count: count.min(1),
  p50: milliseconds,
  p95: milliseconds,
  p99: milliseconds,
  mean: milliseconds,
  max: milliseconds,
});

/** One kind of query: its latencies, or why it could not be measured. */
export const kindLatencySchema = z.object({
  queries: count,
  summary: latencySummarySchema.nullable(),
  error: z.string().nullable(),
});

export const buildSchema = z.object({
  ms: milliseconds,
  heapUsedBytes: bytes,
  rssBytes: bytes,
  /** Heap growth from the corpus alone to the built index. */
  heapDeltaBytes: z.number().int(),
});

export const qualitySchema = z.object({
  facts: count,
  hitAt1: count,
  hitAt5: count,
  /** Planted facts not found in the first five results. */
  missed: z.array(z.string()),
});

const kindEnum = z.enum(QUERY_KINDS);
const peerEnum = z.enum(PEER_NAMES);

/** The product's build by phase: parsing the files' bytes, the search index, the meetings. */
export const phasesSchema = z.object({
  readMs: milliseconds,
  indexMs: milliseconds,
  meetingsMs: milliseconds,
});

/** One whole process: until its first output (the answer) and until it exits. */
export const processSchema = z.object({
  answerMs: milliseconds,
  exitMs: milliseconds,
  /** The process's peak resident memory. */
  peakRssBytes: bytes.nullable(),
});

/**
 * Whole processes on the generated folder: the CLI (`ask`) with and without the on-disk
 * snapshot, and the bot's start (bench/botStart.ts) from the snapshot.
 */
export const restartSchema = z.object({
  question: z.string(),
  noCacheMs: milliseconds.nullable(),
  /** Builds and writes the snapshot. */
  firstStartMs: milliseconds.nullable(),
  /** Median of restarts with the snapshot and no file changed. */
  restartMs: milliseconds.nullable(),
  restartAfterChangeMs: milliseconds.nullable(),
  /** The bot's process start until it answers, from the snapshot, nothing changed (median). */
  botAnswerMs: milliseconds.nullable(),
  /** The same after one file changed: until an answer citing the changed file. */
  botAnswerAfterChangeMs: milliseconds.nullable(),
  /** …and until the meetings include the change (extracted in the worker). */
  botMeetingsAfterChangeMs: milliseconds.nullable(),
  /** The first `ask` (builds and stores the snapshot), as a process: at 50,000, the first answer. */
  firstAsk: processSchema.nullable(),
  /** `ask` on a restart after one file changed, as a process: answer out, and exit (which
   * waits for the snapshot to be stored). */
  askAfterChange: processSchema.nullable(),
  /** `meetings --json`: the first run (builds, then stores the snapshot)… */
  meetingsFirst: processSchema.nullable(),
  /** …from the snapshot, nothing changed (median of the runs)… */
  meetingsFromSnapshot: processSchema.nullable(),
  /** …and after one file changed. */
  meetingsAfterChange: processSchema.nullable(),
  error: z.string().nullable(),
});

/** Median time of one file's re-index, from its bytes to updated knowledge. */
export const reindexSchema = z.object({
  available: z.boolean(),
  error: z.string().nullable(),
  rounds: count,
  changeMs: milliseconds.nullable(),
  addMs: milliseconds.nullable(),
  removeMs: milliseconds.nullable(),
  /** Then the meetings extracted again over every briefing (in a worker thread in the bot). */
  meetingsMs: milliseconds.nullable(),
  /** The changed text was searchable, the added file present, the removed one gone. */
  verified: z.boolean(),
});

export const ratioSchema = z.object({ p50: z.number(), p95: z.number(), p99: z.number() });

/** product ÷ another system, per figure: below 1 means the product is faster or smaller. */
export const ratiosSchema = z.object({
  buildMs: z.number().nullable(),
  heapUsedBytes: z.number().nullable(),
  latency: z.partialRecord(kindEnum, ratioSchema),
});

/** A peer library (bench/peers.ts) over the same passages and queries. */
export const peerSchema = z.object({
  passages: count,
  build: buildSchema,
  latency: z.partialRecord(kindEnum, kindLatencySchema),
  quality: qualitySchema,
  ratios: ratiosSchema,
});

/**
 * A corpus whose meetings all take place in one city within one month: what clustering
 * meetings costs when neither date nor place tells them apart.
 */
export const crowdedSchema = z.object({
  briefings: count,
  generatedMeetings: count,
  meetings: count,
  phases: phasesSchema,
});

export const sizeReportSchema = z.object({
  briefings: count,
  sentences: count,
  generatedMeetings: count,
  generateMs: milliseconds,
  product: z.object({
    available: z.boolean(),
    error: z.string().nullable(),
    skippedFiles: count,
    passages: count.nullable(),
    meetings: count.nullable(),
    build: buildSchema.nullable(),
    phases: phasesSchema.nullable(),
    latency: z.partialRecord(kindEnum, kindLatencySchema),
    quality: z.object({ ask: qualitySchema.nullable(), search: qualitySchema.nullable() }),
    reindex: reindexSchema.nullable(),
    restart: restartSchema.nullable(),
  }),
  /** The naive fuse.js baseline; null at sizes where it is not run. */
  baseline: z
    .object({
      passages: count,
      build: buildSchema,
      /** Queries per kind actually run: fewer than asked at large sizes, where each takes seconds. */
      queriesPerKind: count,
      latency: z.partialRecord(kindEnum, kindLatencySchema),
      quality: qualitySchema,
    })
    .nullable(),
  /** product ÷ baseline, per figure: below 1 means the product is faster or smaller. */
  ratios: ratiosSchema.nullable(),
  peers: z.partialRecord(peerEnum, peerSchema),
});

export const coldCliSchema = z.object({
  question: z.string(),
  runs: count,
  nodeMedianMs: milliseconds.nullable(),
  cliMedianMs: milliseconds.nullable(),
  /** The CLI's median minus `node -e 0`'s: what the product adds to a process start. */
  coldMs: z.number().nullable(),
  /** The same with the on-disk snapshot turned off: parsing and extraction included. */
  noSnapshotColdMs: z.number().nullable(),
  error: z.string().nullable(),
});

export const reportSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  generatedAt: z.iso.datetime(),
  seed: z.number().int(),
  queriesPerKind: count.min(1),
  smoke: z.boolean(),
  environment: z.object({
    node: z.string(),
    platform: z.string(),
    arch: z.string(),
    cpu: z.string(),
    cpus: count,
    gcExposed: z.boolean(),
  }),
  notes: z.array(z.string()),
  sizes: z.array(sizeReportSchema),
  cli: coldCliSchema.nullable(),
  crowded: crowdedSchema.nullable(),
  verdict: z.object({ passed: z.boolean(), reasons: z.array(z.string()) }).nullable(),
});

export type KindLatency = z.infer<typeof kindLatencySchema>;
export type BuildFigures = z.infer<typeof buildSchema>;
export type Quality = z.infer<typeof qualitySchema>;
export type ReindexReport = z.infer<typeof reindexSchema>;
export type RestartReport = z.infer<typeof restartSchema>;
export type SizeReport = z.infer<typeof sizeReportSchema>;
export type PeerReport = z.infer<typeof peerSchema>;
export type Phases = z.infer<typeof phasesSchema>;
export type ProcessFigures = z.infer<typeof processSchema>;
export type CrowdedReport = z.infer<typeof crowdedSchema>;
export type ColdCliReport = z.infer<typeof coldCliSchema>;
export type BenchReport = z.infer<typeof reportSchema>;
