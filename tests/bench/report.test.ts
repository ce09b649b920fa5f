import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/args.js';
import { renderLatencyChart } from '../../bench/chart.js';
import { PEER_NAMES } from '../../bench/peers.js';
import { QUERY_KINDS } from '../../bench/queries.js';
import { type BenchReport, reportSchema } from '../../bench/report.js';
import { runBenchmark } from '../../bench/run.js';
import { formatReport } from '../../bench/table.js';

const SIZES = [12, 40];
const QUERIES = 4;

function tinyReport(): BenchReport {
  const parsed = parseBenchArgs([
    '--size',
    SIZES.join(','),
    '--queries',
    String(QUERIES),
    '--no-cli',
    '--no-chart',
    '--crowded',
    String(SIZES[0]),
  ]);
  if (!parsed.ok || 'help' in parsed) throw new Error('bad test arguments');
  return runBenchmark(parsed.options);
}

const report = tinyReport();

describe('the benchmark report', () => {
  it('matches the report schema, also after a JSON round trip', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(reportSchema.safeParse(JSON.parse(JSON.stringify(report))).success).toBe(true);
  });

  it('has one entry per size with the generated corpus and the baseline measured', () => {
    expect(report.sizes.map((size) => size.briefings)).toEqual(SIZES);
    for (const size of report.sizes) {
      expect(size.sentences).toBeGreaterThan(size.briefings * 10);
      expect(size.baseline?.passages).toBeGreaterThan(0);
      expect(size.baseline?.quality.facts).toBe(20);
      expect(size.baseline?.latency.natural?.summary?.count).toBe(QUERIES);
    }
  });

  it('measures MiniSearch and FlexSearch on the same passages and queries, with ratios', () => {
    for (const size of report.sizes) {
      for (const peer of PEER_NAMES) {
        const figures = size.peers[peer];
        expect(figures?.passages).toBe(size.baseline?.passages);
        expect(figures?.quality.facts).toBe(20);
        for (const kind of ['exact', 'typos', 'natural'] as const) {
          expect(figures?.latency[kind]?.summary?.count).toBe(QUERIES);
          expect(figures?.ratios.latency[kind]?.p95).toBeGreaterThan(0);
        }
      }
    }
  });

  it("times the product's build by phase, and the crowded corpus's", () => {
    for (const size of report.sizes) {
      const { phases, build } = size.product;
      expect(phases && phases.readMs + phases.indexMs + phases.meetingsMs).toBeLessThanOrEqual(
        build!.ms + 1,
      );
    }
    expect(report.crowded?.briefings).toBe(SIZES[0]);
    expect(report.crowded?.meetings).toBeGreaterThan(0);
  });

  it('gives a ratio wherever both product and baseline have a latency', () => {
    for (const size of report.sizes) {
      for (const kind of QUERY_KINDS) {
        const both = size.product.latency[kind]?.summary && size.baseline?.latency[kind]?.summary;
        expect(size.ratios?.latency[kind] !== undefined).toBe(Boolean(both));
      }
    }
  });

  it.each([
    {
      name: 'a negative latency',
      change: (copy: BenchReport) => {
        const summary = copy.sizes[0]?.baseline?.latency.natural?.summary;
        if (summary) Object.assign(summary, { p95: -1 });
      },
    },
    {
      name: 'another schema version',
      change: (copy: BenchReport) => Object.assign(copy, { schemaVersion: 1 }),
    },
    {
      name: 'a missing baseline',
      change: (copy: BenchReport) => {
        Reflect.deleteProperty(copy.sizes[0] ?? {}, 'baseline');
      },
    },
    {
      name: 'an unknown query kind',
      change: (copy: BenchReport) => {
        Object.assign(copy.sizes[0]?.baseline?.latency ?? {}, {
          search: { queries: 1, summary: null, error: null },
        });
      },
    },
  ])('rejects a report with $name', ({ change }) => {
    const copy = structuredClone(report);
    change(copy);
    expect(reportSchema.safeParse(copy).success).toBe(false);
  });
});

describe('the table and the chart', () => {
  it('prints a section per size with every kind of query', () => {
    const table = formatReport(report);
    expect(table).toContain('── 12 briefings');
    expect(table).toContain('── 40 briefings');
    for (const label of [
      'exact words',
      'typos',
      'question (ask)',
      'who-attended',
      'autocomplete',
      'hit@1',
      'hit@5',
    ]) {
      expect(table).toContain(label);
    }
  });

  it('draws the baseline and the peers with one point per size', () => {
    const svg = renderLatencyChart(report);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    for (const series of ['fuse.js: question', 'MiniSearch: question', 'FlexSearch: question']) {
      expect(svg.match(new RegExp(`<title>${series}, `, 'g'))).toHaveLength(SIZES.length);
    }
  });

  it('places larger corpora further right and slower queries higher up', () => {
    const svg = renderLatencyChart(report);
    const points = [
      ...svg.matchAll(
        /cx="([\d.]+)" cy="([\d.]+)"[^>]*><title>fuse\.js: question, ([\d,]+) briefings: ([\d.e+-]+) ms/g,
      ),
    ].map((match) => ({
      x: Number(match[1]),
      y: Number(match[2]),
      size: Number(match[3]?.replace(/,/g, '')),
      ms: Number(match[4]),
    }));
    const [small, large] = points;
    expect(small && large && large.x > small.x).toBe(true);
    if (small && large) expect(large.ms > small.ms).toBe(large.y < small.y);
  });

  it('says so when there is nothing to draw', () => {
    expect(renderLatencyChart({ ...report, sizes: [] })).toContain('No latency measured yet.');
  });
});
