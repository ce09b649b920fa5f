import cliProgress from 'cli-progress';
import type { BuildPhase } from '../knowledge.js';

/** Builds shorter than this show no progress: a bar that flashes by only distracts. */
export const PROGRESS_AFTER_MS = 1_000;

const LABELS: Readonly<Record<BuildPhase, string>> = {
  read: 'reading briefings',
  index: 'indexing',
  meetings: 'finding meetings',
};

/**
 * A progress bar on stderr for long builds, drawn only on a terminal and only once the
 * build has run for a second; stdout (and so --json output) is never touched.
 */
export class BuildProgress {
  readonly #started = performance.now();
  readonly #afterMs: number;
  readonly #enabled: boolean;
  readonly #stream: NodeJS.WritableStream;
  #bar: cliProgress.SingleBar | null = null;
  #total = 0;

  /** `afterMs`: how long after its creation the bar may first be drawn. */
  constructor(stream: NodeJS.WriteStream = process.stderr, afterMs = PROGRESS_AFTER_MS) {
    this.#afterMs = afterMs;
    this.#enabled = Boolean(stream.isTTY);
    this.#stream = stream;
  }

  update(phase: BuildPhase, done: number, total: number): void {
    this.#total = total;
    if (!this.#enabled || performance.now() - this.#started < this.#afterMs) return;
    if (!this.#bar) {
      this.#bar = new cliProgress.SingleBar(
        {
          format: ' {bar} {value}/{total} briefings · {phase}',
          hideCursor: true,
          clearOnComplete: true,
          stream: this.#stream,
        },
        cliProgress.Presets.shades_classic,
      );
      this.#bar.start(total, done, { phase: LABELS[phase] });
    }
    this.#bar.update(done, { phase: LABELS[phase] });
  }

  /** A step that reports no count of its own (indexing, extraction): the bar shows its name. */
  phase(phase: BuildPhase): void {
    this.update(phase, this.#total, this.#total);
  }

  stop(): void {
    this.#bar?.stop();
    this.#bar = null;
  }
}
