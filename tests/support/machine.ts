/**
 * How much slower this machine runs now than an idle one, so that the tests' clocks stretch
 * on a busy machine instead of failing there. Only time limits scale with it: what the bot
 * answers, how many times and to whom stays exactly as strict.
 *
 * Two readings, the larger wins:
 * - the share of a core this process gets while busy for a moment (wall time against CPU
 *   time): other processes running now take the rest;
 * - the load average over the cores: how many processes wanted to run over the last minute.
 */
import { availableParallelism, loadavg } from 'node:os';

/** The most a time limit is stretched: a wait longer than this is a hang, however busy the machine. */
export const MAX_SLOWDOWN = 8;
/** How long the busy sample runs; it costs this much of the caller's time, at most once a second. */
const SAMPLE_MS = 10;
/** A reading is reused this long before it is taken again. */
const REUSE_READING_MS = 1_000;

let reading: { readonly at: number; readonly slowdown: number } | null = null;

/**
 * The share of one core this process got while it was busy for SAMPLE_MS. CPU time is the
 * whole process's, so another of its threads at work makes the share look larger: the sample
 * can miss a slowdown (the load average then still sees it), never invent one.
 */
function cpuShare(): number {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let wallMs = 0;
  while (wallMs < SAMPLE_MS) wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return (cpu.user + cpu.system) / 1_000 / wallMs;
}

function measure(): number {
  const share = cpuShare();
  const byShare = share > 0 ? 1 / share : MAX_SLOWDOWN;
  const [lastMinute = 0] = loadavg();
  const byLoad = lastMinute / availableParallelism();
  return Math.min(MAX_SLOWDOWN, Math.max(1, byShare, byLoad));
}

/**
 * How many times slower than an idle machine this one runs now: at least 1, at most
 * MAX_SLOWDOWN, measured again at most once a second.
 */
export function slowdown(): number {
  const now = performance.now();
  if (reading === null || now - reading.at >= REUSE_READING_MS)
    reading = { at: now, slowdown: measure() };
  return reading.slowdown;
}

/**
 * `ms`, a time that is enough on an idle machine, stretched to what this machine needs now, in
 * whole milliseconds (as timers and child-process timeouts take them).
 */
export function patience(ms: number): number {
  return Math.ceil(ms * slowdown());
}

/**
 * The time limit of one wait, `idleMs` on an idle machine. It follows the machine while the
 * wait lasts and never shrinks: a machine that gets busier gives a wait more time, one that
 * gets quieter does not take back what it gave.
 */
export class PatientLimit {
  readonly #startedAt = performance.now();
  #allowedMs: number;

  constructor(readonly idleMs: number) {
    this.#allowedMs = patience(idleMs);
  }

  /** The time this wait may take, as far as the machine's slowdown is known now. */
  get allowedMs(): number {
    this.#allowedMs = Math.max(this.#allowedMs, patience(this.idleMs));
    return this.#allowedMs;
  }

  get elapsedMs(): number {
    return performance.now() - this.#startedAt;
  }

  /** The time left before the wait gives up (0 once it should). */
  get remainingMs(): number {
    return Math.max(0, this.allowedMs - this.elapsedMs);
  }

  get expired(): boolean {
    return this.remainingMs === 0;
  }

  /** For error messages: "12,345 ms (5,000 ms on an idle machine)". */
  describe(): string {
    const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
    return `${ms(this.allowedMs)} (${ms(this.idleMs)} on an idle machine)`;
  }
}

/**
 * Calls `onTimeout` once the patient limit for `idleMs` has passed: when the timer fires
 * early for a machine that got slower meanwhile, it waits the rest. Returns a function that
 * cancels it.
 */
export function patientTimeout(idleMs: number, onTimeout: (limit: PatientLimit) => void) {
  const limit = new PatientLimit(idleMs);
  let timer: NodeJS.Timeout;
  const arm = () => {
    timer = setTimeout(() => {
      if (limit.expired) onTimeout(limit);
      else arm();
    }, limit.remainingMs);
  };
  arm();
  return () => clearTimeout(timer);
}
