/**
 * Progress of long steps on stderr: a bar on a terminal, one line per step otherwise (CI logs),
 * never on stdout, which carries the table.
 */
import cliProgress from 'cli-progress';

export interface ProgressStep {
  tick(): void;
  done(): void;
}

const SECOND_MS = 1000;

export function startStep(label: string, total: number): ProgressStep {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / SECOND_MS).toFixed(1);
  if (process.stderr.isTTY && total > 1) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label} [{bar}] {value}/{total} {duration_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return {
      tick: () => bar.increment(),
      done: () => {
        bar.stop();
        process.stderr.write(`${label}: ${seconds()} s\n`);
      },
    };
  }
  process.stderr.write(`${label}…\n`);
  return {
    tick: () => {},
    done: () => process.stderr.write(`${label}: ${seconds()} s\n`),
  };
}
