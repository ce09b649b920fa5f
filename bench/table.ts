/** The report as a readable table for the terminal. */
import { type QueryKind, QUERY_KINDS } from './queries.js';
import { PEER_LABELS, PEER_NAMES } from './peers.js';
import type {
  BenchReport,
  BuildFigures,
  CrowdedReport,
  KindLatency,
  ProcessFigures,
  Quality,
  SizeReport,
} from './report.js';

export const KIND_LABELS: Readonly<Record<QueryKind, string>> = {
  exact: 'exact words (search)',
  typos: 'typos (search)',
  natural: 'question (ask)',
  meeting: 'meeting',
  whoAttended: 'who-attended',
  autocomplete: 'autocomplete',
};

const ORDER: readonly QueryKind[] = QUERY_KINDS;

const MS_PER_SECOND = 1000;
const BYTES_PER_MB = 1024 * 1024;
const LABEL_WIDTH = 26;
const CELL_WIDTH = 10;
const SMALL_MS = 10;
const FAST_RATIO = 0.1;
const RULE_WIDTH = 100;

export function formatMs(ms: number): string {
  if (ms >= MS_PER_SECOND) return `${(ms / MS_PER_SECOND).toFixed(2)} s`;
  if (ms >= SMALL_MS) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

const formatMb = (bytes: number): string => `${(bytes / BYTES_PER_MB).toFixed(0)} MB`;

export function formatRatio(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '–';
  if (ratio > 0 && ratio < FAST_RATIO)
    return `${ratio.toPrecision(2)} (${Math.round(1 / ratio)}× faster)`;
  return ratio.toFixed(2);
}

const cell = (text: string) => text.padEnd(CELL_WIDTH);
const row = (label: string, cells: readonly string[]) =>
  `${label.padEnd(LABEL_WIDTH)}${cells.map(cell).join(' ')}`.trimEnd();

function latencyCells(latency: KindLatency | undefined): string[] {
  if (!latency) return ['n/a', '', ''];
  if (!latency.summary) return [latency.error ? 'error' : 'no queries', '', ''];
  const { p50, p95, p99 } = latency.summary;
  return [formatMs(p50), formatMs(p95), formatMs(p99)];
}

function buildCells(build: BuildFigures | null): { time: string[]; memory: string[] } {
  if (!build) return { time: ['–', '', ''], memory: ['–', '', ''] };
  return {
    time: [formatMs(build.ms), '', ''],
    memory: [formatMb(build.heapUsedBytes), `rss ${formatMb(build.rssBytes)}`, ''],
  };
}

const hits = (quality: Quality | null, pick: 'hitAt1' | 'hitAt5') =>
  quality ? `${quality[pick]}/${quality.facts}` : '–';

const NO_BASELINE = { time: ['–', '', ''], memory: ['–', '', ''] };
const NO_LATENCY: string[] = ['–', '', ''];
const formatProcess = (figures: ProcessFigures | null): string =>
  figures
    ? `${formatMs(figures.answerMs)} answer · ${formatMs(figures.exitMs)} exit${figures.peakRssBytes ? ` · rss ${formatMb(figures.peakRssBytes)}` : ''}`
    : '–';

/** The peers' figures beside the product's: p95 per kind, build, heap, and the ratios. */
function peerLines(size: SizeReport): string[] {
  const names = PEER_NAMES.filter((name) => size.peers[name]);
  if (names.length === 0) return [];
  const { product } = size;
  const lines = [
    row('p95 · product ÷ peer', [
      'product',
      ...names.flatMap((name) => [PEER_LABELS[name], 'ratio']),
    ]),
    row('index build', [
      product.build ? formatMs(product.build.ms) : '–',
      ...names.flatMap((name) => {
        const peer = size.peers[name]!;
        return [formatMs(peer.build.ms), formatRatio(peer.ratios.buildMs)];
      }),
    ]),
    row('heap after build', [
      product.build ? formatMb(product.build.heapUsedBytes) : '–',
      ...names.flatMap((name) => {
        const peer = size.peers[name]!;
        return [formatMb(peer.build.heapUsedBytes), formatRatio(peer.ratios.heapUsedBytes)];
      }),
    ]),
  ];
  for (const kind of ORDER) {
    const ours = product.latency[kind]?.summary;
    if (!names.some((name) => size.peers[name]!.latency[kind])) continue;
    lines.push(
      row(KIND_LABELS[kind], [
        ours ? formatMs(ours.p95) : '–',
        ...names.flatMap((name) => {
          const peer = size.peers[name]!;
          const theirs = peer.latency[kind]?.summary;
          return [theirs ? formatMs(theirs.p95) : '–', formatRatio(peer.ratios.latency[kind]?.p95)];
        }),
      ]),
    );
  }
  lines.push(
    row('facts hit@1 hit@5', [
      `${hits(product.quality.search, 'hitAt1')} ${hits(product.quality.search, 'hitAt5')}`,
      ...names.flatMap((name) => {
        const { quality } = size.peers[name]!;
        return [`${hits(quality, 'hitAt1')} ${hits(quality, 'hitAt5')}`, ''];
      }),
    ]),
  );
  return lines;
}

function sizeSection(size: SizeReport): string[] {
  const { product, baseline, ratios } = size;
  const lines = [
    `── ${size.briefings.toLocaleString('en-US')} briefings · ${size.sentences.toLocaleString('en-US')} sentences · ${size.generatedMeetings.toLocaleString('en-US')} meetings generated `.padEnd(
      RULE_WIDTH,
      '─',
    ),
  ];
  if (!product.available) lines.push(`product not measured: ${product.error}`);
  lines.push(
    row('', [
      'product',
      '',
      '',
      baseline ? `baseline (${baseline.queriesPerKind} queries/kind)` : 'baseline not run',
      '',
      '',
      'product/baseline',
    ]),
    row('', ['p50', 'p95', 'p99', 'p50', 'p95', 'p99', 'at p95']),
  );
  const productBuild = buildCells(product.build);
  const baselineBuild = baseline ? buildCells(baseline.build) : NO_BASELINE;
  lines.push(
    row('load + index + meetings', [
      ...productBuild.time,
      ...baselineBuild.time,
      formatRatio(ratios?.buildMs),
    ]),
  );
  if (product.phases) {
    const { readMs, indexMs, meetingsMs } = product.phases;
    lines.push(
      row('  parse/index/meetings', [formatMs(readMs), formatMs(indexMs), formatMs(meetingsMs)]),
    );
  }
  lines.push(
    row('heap after build', [
      ...productBuild.memory,
      ...baselineBuild.memory,
      formatRatio(ratios?.heapUsedBytes),
    ]),
  );
  for (const kind of ORDER) {
    lines.push(
      row(KIND_LABELS[kind], [
        ...latencyCells(product.latency[kind]),
        ...(baseline ? latencyCells(baseline.latency[kind]) : NO_LATENCY),
        formatRatio(ratios?.latency[kind]?.p95),
      ]),
    );
  }
  lines.push(
    row('planted facts hit@1', [
      `ask ${hits(product.quality.ask, 'hitAt1')}`,
      `search ${hits(product.quality.search, 'hitAt1')}`,
      '',
      hits(baseline?.quality ?? null, 'hitAt1'),
    ]),
    row('planted facts hit@5', [
      `ask ${hits(product.quality.ask, 'hitAt5')}`,
      `search ${hits(product.quality.search, 'hitAt5')}`,
      '',
      hits(baseline?.quality ?? null, 'hitAt5'),
    ]),
  );
  lines.push(...peerLines(size));
  const { reindex } = product;
  if (reindex?.available) {
    const rebuild = product.build?.ms ?? null;
    const rows: [string, number | null][] = [
      ['re-index: changed file', reindex.changeMs],
      ['re-index: added file', reindex.addMs],
      ['re-index: removed file', reindex.removeMs],
      ['  then meetings (worker)', reindex.meetingsMs],
    ];
    for (const [name, ms] of rows) {
      lines.push(
        row(name, [
          ms === null ? '–' : formatMs(ms),
          '',
          '',
          rebuild === null ? '' : `(full build ${formatMs(rebuild)})`,
          '',
          '',
          formatRatio(ms === null || rebuild === null ? null : ms / rebuild),
        ]),
      );
    }
    if (!reindex.verified)
      lines.push('re-index: the update was NOT visible in the knowledge afterwards');
  }
  const { restart } = product;
  if (restart) {
    lines.push(
      row('CLI process: no snapshot', [formatMs(restart.noCacheMs ?? 0)]),
      row('CLI: first ask (writes)', [formatProcess(restart.firstAsk)]),
      row('CLI: restart, snapshot', [formatMs(restart.restartMs ?? 0)]),
      row('CLI: ask, 1 changed', [formatProcess(restart.askAfterChange)]),
      row('CLI: meetings, first', [formatProcess(restart.meetingsFirst)]),
      row('  from the snapshot', [formatProcess(restart.meetingsFromSnapshot)]),
      row('  after 1 changed', [formatProcess(restart.meetingsAfterChange)]),
      row('bot: start to answer', [formatMs(restart.botAnswerMs ?? 0)]),
      row('bot: same, 1 changed', [formatMs(restart.botAnswerAfterChangeMs ?? 0)]),
      row('  then its meetings', [formatMs(restart.botMeetingsAfterChangeMs ?? 0)]),
    );
    if (restart.error) lines.push(`restart: ${restart.error}`);
  }
  const missed = [
    product.quality.ask?.missed.length
      ? `product ask missed: ${product.quality.ask.missed.join(', ')}`
      : '',
    product.quality.search?.missed.length
      ? `product search missed: ${product.quality.search.missed.join(', ')}`
      : '',
    baseline?.quality.missed.length ? `baseline missed: ${baseline.quality.missed.join(', ')}` : '',
  ].filter(Boolean);
  lines.push(...missed);
  return lines;
}

function crowdedLine(crowded: CrowdedReport): string {
  const { readMs, indexMs, meetingsMs } = crowded.phases;
  return `crowded corpus (every meeting in one city and month): ${crowded.briefings.toLocaleString('en-US')} briefings, ${crowded.generatedMeetings.toLocaleString('en-US')} meetings generated, ${crowded.meetings.toLocaleString('en-US')} found; parse ${formatMs(readMs)}, index ${formatMs(indexMs)}, meetings ${formatMs(meetingsMs)}`;
}

export function formatReport(report: BenchReport): string {
  const lines: string[] = [
    `briefing-bot benchmark · seed ${report.seed} · ${report.queriesPerKind} queries per kind · node ${report.environment.node} · ${report.environment.cpu}`,
    '',
  ];
  for (const size of report.sizes) lines.push(...sizeSection(size), '');
  if (report.crowded) lines.push(crowdedLine(report.crowded), '');
  if (report.cli) {
    const { cli } = report;
    lines.push(
      cli.coldMs === null
        ? `CLI cold answer on seeds: not measured (${cli.error})`
        : `CLI cold answer on seeds: ${formatMs(cli.coldMs)} over node -e 0 (median of ${cli.runs}: cli ${formatMs(cli.cliMedianMs ?? 0)}, node ${formatMs(cli.nodeMedianMs ?? 0)})`,
    );
    if (cli.noSnapshotColdMs !== null) {
      lines.push(
        `CLI cold answer on seeds without the snapshot: ${formatMs(cli.noSnapshotColdMs)} over node -e 0`,
      );
    }
  }
  for (const note of report.notes) lines.push(`note: ${note}`);
  if (report.verdict) {
    lines.push(report.verdict.passed ? 'smoke: passed' : 'smoke: FAILED');
    for (const reason of report.verdict.reasons) lines.push(`  ${reason}`);
  }
  return `${lines.join('\n')}\n`;
}
