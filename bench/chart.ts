/**
 * A small hand-written SVG chart of p95 latency against corpus size, both on log scales, for
 * the product, its peers (MiniSearch, FlexSearch) and the naive baseline. No dependency: the
 * chart is a few lines and circles.
 */
import type { PeerName } from './peers.js';
import type { QueryKind } from './queries.js';
import type { BenchReport } from './report.js';

const WIDTH = 720;
const HEIGHT = 440;
const MARGIN = { top: 48, right: 200, bottom: 56, left: 72 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const POINT_RADIUS = 3.5;
const LEGEND_LINE_HEIGHT = 20;
const LEGEND_SWATCH = 22;
const TICK_LENGTH = 5;
const AXIS_LABEL_OFFSET = 40;
/** Half a decade of padding around a single size, so that one point still gets an axis. */
const LOG_PADDING = 0.5;
/** Keeps the first and last sizes off the frame. */
const X_MARGIN_DECADES = 0.12;
const ONE_SECOND_MS = 1000;
const TARGET_P95_MS = 15;
const CHART_TITLE = 'p95 latency per query against corpus size (log scales)';

interface Series {
  readonly label: string;
  readonly system: 'product' | 'baseline' | PeerName;
  readonly kind: QueryKind;
  readonly color: string;
}

const SERIES: readonly Series[] = [
  { label: 'product: ask', system: 'product', kind: 'natural', color: '#1f6feb' },
  { label: 'product: meeting', system: 'product', kind: 'meeting', color: '#2da44e' },
  { label: 'product: who-attended', system: 'product', kind: 'whoAttended', color: '#8250df' },
  { label: 'product: autocomplete', system: 'product', kind: 'autocomplete', color: '#bf8700' },
  { label: 'product: typos', system: 'product', kind: 'typos', color: '#0a7ea4' },
  { label: 'MiniSearch: question', system: 'minisearch', kind: 'natural', color: '#57606a' },
  { label: 'MiniSearch: typos', system: 'minisearch', kind: 'typos', color: '#8c959f' },
  { label: 'FlexSearch: question', system: 'flexsearch', kind: 'natural', color: '#bc4c00' },
  { label: 'FlexSearch: typos', system: 'flexsearch', kind: 'typos', color: '#e16f24' },
  { label: 'fuse.js: question', system: 'baseline', kind: 'natural', color: '#cf222e' },
  { label: 'fuse.js: exact words', system: 'baseline', kind: 'exact', color: '#fb8500' },
];

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const formatMs = (ms: number): string =>
  ms >= ONE_SECOND_MS ? `${ms / ONE_SECOND_MS} s` : `${ms} ms`;

const formatSize = (size: number): string => size.toLocaleString('en-US');

type Point = { size: number; ms: number };

function seriesPoints(report: BenchReport, series: Series): Point[] {
  return report.sizes.flatMap((size) => {
    const system =
      series.system === 'product' || series.system === 'baseline'
        ? size[series.system]
        : size.peers[series.system];
    const summary = system?.latency[series.kind]?.summary;
    return summary ? [{ size: size.briefings, ms: Math.max(summary.p95, Number.MIN_VALUE) }] : [];
  });
}

function logDomain(values: readonly number[], round: boolean): [number, number] {
  const logs = values.map(Math.log10);
  let low = Math.min(...logs);
  let high = Math.max(...logs);
  if (round) {
    low = Math.floor(low);
    high = Math.ceil(high);
  }
  if (high - low < 1) {
    low -= LOG_PADDING;
    high += LOG_PADDING;
  }
  return [low, high];
}

export function renderLatencyChart(report: BenchReport): string {
  const drawn = SERIES.map((series) => ({ series, points: seriesPoints(report, series) })).filter(
    ({ points }) => points.length > 0,
  );
  const allPoints = drawn.flatMap(({ points }) => points);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="chart-title">`,
    `<title id="chart-title">${escapeXml(CHART_TITLE)}</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${MARGIN.left}" y="24" font-size="15" font-weight="600">${escapeXml(CHART_TITLE)}</text>`,
  );
  if (allPoints.length === 0) {
    parts.push(
      `<text x="${MARGIN.left}" y="${HEIGHT / 2}">No latency measured yet.</text>`,
      '</svg>',
    );
    return `${parts.join('\n')}\n`;
  }

  const [xFirst, xLast] = logDomain(
    allPoints.map((point) => point.size),
    false,
  );
  const xLow = xFirst - X_MARGIN_DECADES;
  const xHigh = xLast + X_MARGIN_DECADES;
  const [yLow, yHigh] = logDomain([...allPoints.map((point) => point.ms), TARGET_P95_MS], true);
  const x = (size: number) =>
    MARGIN.left + ((Math.log10(size) - xLow) / (xHigh - xLow)) * PLOT_WIDTH;
  const y = (ms: number) =>
    MARGIN.top + PLOT_HEIGHT - ((Math.log10(ms) - yLow) / (yHigh - yLow)) * PLOT_HEIGHT;
  const bottom = MARGIN.top + PLOT_HEIGHT;

  for (let exponent = yLow; exponent <= yHigh; exponent++) {
    const ms = 10 ** exponent;
    const at = y(ms).toFixed(1);
    parts.push(
      `<line x1="${MARGIN.left}" y1="${at}" x2="${MARGIN.left + PLOT_WIDTH}" y2="${at}" stroke="#e5e7eb"/>`,
      `<text x="${MARGIN.left - TICK_LENGTH - 3}" y="${at}" text-anchor="end" dominant-baseline="middle">${escapeXml(formatMs(Number(ms.toPrecision(1))))}</text>`,
    );
  }
  const sizes = [...new Set(report.sizes.map((size) => size.briefings))];
  for (const size of sizes) {
    const at = x(size).toFixed(1);
    parts.push(
      `<line x1="${at}" y1="${bottom}" x2="${at}" y2="${bottom + TICK_LENGTH}" stroke="#6b7280"/>`,
      `<text x="${at}" y="${bottom + TICK_LENGTH + 14}" text-anchor="middle">${formatSize(size)}</text>`,
    );
  }
  parts.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${PLOT_WIDTH}" height="${PLOT_HEIGHT}" fill="none" stroke="#6b7280"/>`,
    `<text x="${MARGIN.left + PLOT_WIDTH / 2}" y="${bottom + AXIS_LABEL_OFFSET}" text-anchor="middle">briefings in the corpus</text>`,
    `<text transform="translate(18 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle">p95 latency</text>`,
  );

  const target = y(TARGET_P95_MS).toFixed(1);
  parts.push(
    `<line x1="${MARGIN.left}" y1="${target}" x2="${MARGIN.left + PLOT_WIDTH}" y2="${target}" stroke="#6b7280" stroke-dasharray="2 4"/>`,
    `<text x="${MARGIN.left + PLOT_WIDTH - 4}" y="${Number(target) - 5}" text-anchor="end" fill="#6b7280">target p95 ${TARGET_P95_MS} ms</text>`,
  );

  drawn.forEach(({ series, points }, i) => {
    const dash =
      series.system === 'baseline'
        ? ' stroke-dasharray="6 4"'
        : series.system === 'product'
          ? ''
          : ' stroke-dasharray="2 3"';
    const path = points.map((point) => `${x(point.size).toFixed(1)},${y(point.ms).toFixed(1)}`);
    parts.push(
      `<polyline fill="none" stroke="${series.color}" stroke-width="2"${dash} points="${path.join(' ')}"/>`,
      ...points.map(
        (point) =>
          `<circle cx="${x(point.size).toFixed(1)}" cy="${y(point.ms).toFixed(1)}" r="${POINT_RADIUS}" fill="${series.color}"><title>${escapeXml(`${series.label}, ${formatSize(point.size)} briefings: ${point.ms.toPrecision(3)} ms`)}</title></circle>`,
      ),
    );
    const legendX = MARGIN.left + PLOT_WIDTH + 16;
    const legendY = MARGIN.top + 8 + i * LEGEND_LINE_HEIGHT;
    parts.push(
      `<line x1="${legendX}" y1="${legendY}" x2="${legendX + LEGEND_SWATCH}" y2="${legendY}" stroke="${series.color}" stroke-width="2"${dash}/>`,
      `<text x="${legendX + LEGEND_SWATCH + 6}" y="${legendY}" dominant-baseline="middle">${escapeXml(series.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
