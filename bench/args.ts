/** `npm run bench` arguments, parsed into a plain object; only run.ts acts on them. */
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './generate.js';

export const DEFAULT_SIZES: readonly number[] = [100, 1000, 10_000, 50_000];
/** Size of the corpus whose meetings crowd one city and one month (clustering's worst case). */
export const DEFAULT_CROWDED_SIZE = 2_000;
export const DEFAULT_QUERIES = 200;
export const DEFAULT_JSON = 'bench/out/report.json';
/** Beside the report; the chart in the README is rewritten only when asked (--chart docs/bench.svg). */
export const DEFAULT_CHART = 'bench/out/bench.svg';
export const README_CHART = 'docs/bench.svg';
export const SMOKE_SIZE = 1000;
export const SMOKE_QUERIES = 30;
export const SMOKE_JSON = 'bench/out/smoke.json';

/**
 * The baseline answers a question in seconds at large sizes, so it runs the first few queries
 * of each kind there; the product always runs all of them.
 */
export const BASELINE_QUERY_CAPS: readonly {
  readonly fromSize: number;
  readonly queries: number;
}[] = [
  { fromSize: 5000, queries: 20 },
  { fromSize: 1000, queries: 60 },
];

export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly queries: number;
  /** Overrides BASELINE_QUERY_CAPS when set. */
  readonly baselineQueries: number | null;
  readonly json: string;
  readonly chart: string | null;
  readonly smoke: boolean;
  readonly cli: boolean;
  /** Time CLI processes on the generated folder, with and without the snapshot. */
  readonly restart: boolean;
  /** Size of the crowded corpus, or null for none. */
  readonly crowded: number | null;
}

export const USAGE = `usage: npm run bench -- [options]
  --size N          corpus size in briefings; repeatable or comma-separated (default ${DEFAULT_SIZES.join(',')})
  --queries N       queries per kind (default ${DEFAULT_QUERIES}; ${SMOKE_QUERIES} with --smoke)
  --baseline-queries N  queries per kind for the baseline (default: capped at large sizes)
  --seed N          generator seed (default ${DEFAULT_SEED})
  --json FILE       JSON report (default ${DEFAULT_JSON})
  --chart FILE      SVG chart (default ${DEFAULT_CHART}; none with --smoke;
                    --chart ${README_CHART} updates the README's chart)
  --no-chart        write no chart
  --no-cli          skip the CLI cold-start measurements (seeds, and restarts at each size)
  --crowded N       size of the corpus whose meetings crowd one city and month (default ${DEFAULT_CROWDED_SIZE}; none with --smoke)
  --no-crowded      build no crowded corpus
  --smoke           CI check: size ${SMOKE_SIZE}, fewer queries, exit 1 if ask is slower than the baseline`;

export type ParsedArgs =
  | { readonly ok: true; readonly options: BenchOptions }
  | { readonly ok: true; readonly help: true }
  | { readonly ok: false; readonly message: string };

function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${flag} must be a positive integer: ${text}`);
  return value;
}

export function parseBenchArgs(argv: readonly string[]): ParsedArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        size: { type: 'string', multiple: true },
        seed: { type: 'string' },
        queries: { type: 'string' },
        'baseline-queries': { type: 'string' },
        json: { type: 'string' },
        chart: { type: 'string' },
        'no-chart': { type: 'boolean', default: false },
        'no-cli': { type: 'boolean', default: false },
        crowded: { type: 'string' },
        'no-crowded': { type: 'boolean', default: false },
        smoke: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return { ok: true, help: true };
    const smoke = values.smoke ?? false;
    const sizes = (values.size ?? [])
      .flatMap((text) => text.split(','))
      .map((text) => positiveInteger('--size', text.trim()));
    const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
    if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer: ${values.seed}`);
    return {
      ok: true,
      options: {
        sizes: sizes.length > 0 ? [...new Set(sizes)] : smoke ? [SMOKE_SIZE] : DEFAULT_SIZES,
        seed,
        queries:
          values.queries === undefined
            ? smoke
              ? SMOKE_QUERIES
              : DEFAULT_QUERIES
            : positiveInteger('--queries', values.queries),
        baselineQueries:
          values['baseline-queries'] === undefined
            ? null
            : positiveInteger('--baseline-queries', values['baseline-queries']),
        json: values.json ?? (smoke ? SMOKE_JSON : DEFAULT_JSON),
        chart: values['no-chart'] ? null : (values.chart ?? (smoke ? null : DEFAULT_CHART)),
        smoke,
        cli: !values['no-cli'],
        restart: !values['no-cli'] && !smoke,
        crowded:
          values['no-crowded'] || (smoke && values.crowded === undefined)
            ? null
            : values.crowded === undefined
              ? DEFAULT_CROWDED_SIZE
              : positiveInteger('--crowded', values.crowded),
      },
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** How many queries of each kind the baseline runs at this size. */
export function baselineQueryCount(size: number, options: BenchOptions): number {
  if (options.baselineQueries !== null) return Math.min(options.baselineQueries, options.queries);
  const cap = BASELINE_QUERY_CAPS.find((rule) => size >= rule.fromSize);
  return Math.min(cap?.queries ?? options.queries, options.queries);
}
