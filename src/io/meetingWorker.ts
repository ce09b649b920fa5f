import { Worker } from 'node:worker_threads';
import type { MeetingRecord } from '../meetings/types.js';
import type { ExtractRequest, ExtractResponse, SavedReadingsAt } from './meetingWorkerThread.js';
import type { Briefing } from '../types.js';

/** `Omit` applied to each member of a union, so each keeps its own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Why a request to the worker failed: the worker itself is gone (crashed, out of memory). */
export class MeetingWorkerGone extends Error {}

/**
 * Runs meeting extraction in a worker thread; requests are answered in order. When the thread
 * dies (a crash, out of memory), every request waiting and every later one fails at once with
 * MeetingWorkerGone, and `onGone` hears of it once: nothing waits for an answer that cannot come.
 */
export class MeetingWorker {
  readonly #worker: Worker;
  #gone: MeetingWorkerGone | null = null;
  #closing = false;
  readonly #pending = new Map<
    number,
    { resolve: (m: readonly MeetingRecord[]) => void; reject: (e: Error) => void }
  >();
  #nextId = 1;

  /**
   * `entry` is the built worker module (dist/src/io/meetingWorkerThread.js); `onGone` is called
   * once if the thread ends other than by `close`.
   */
  constructor(options: { entry?: URL; onGone?: (reason: MeetingWorkerGone) => void } = {}) {
    this.#worker = new Worker(
      options.entry ?? new URL('./meetingWorkerThread.js', import.meta.url),
    );
    this.#worker.unref();
    this.#worker.on('message', (response: ExtractResponse) => {
      const pending = this.#pending.get(response.id);
      if (!pending) return;
      this.#pending.delete(response.id);
      if ('error' in response) pending.reject(new Error(response.error));
      else pending.resolve(response.meetings);
    });
    const gone = (reason: string) => {
      if (this.#gone) return;
      this.#gone = new MeetingWorkerGone(`the meeting worker stopped: ${reason}`);
      for (const pending of this.#pending.values()) pending.reject(this.#gone);
      this.#pending.clear();
      if (!this.#closing) options.onGone?.(this.#gone);
    };
    // An error (out of memory, an uncaught throw) is followed by the exit; the first tells why.
    this.#worker.on('error', (error) => gone(error.message));
    this.#worker.on('exit', (code) => gone(`exit code ${code}`));
  }

  /**
   * Gives the worker the briefings whose meetings the caller already has, and where their
   * readings were saved (if anywhere): the worker then reads only what changed since.
   */
  async seed(briefings: readonly Briefing[], readings: SavedReadingsAt | null): Promise<void> {
    await this.#send({ type: 'seed', briefings, readings });
  }

  /** Applies the changes to the worker's copy of the briefings and extracts the meetings. */
  extract(
    upserted: readonly Briefing[],
    removed: readonly string[],
  ): Promise<readonly MeetingRecord[]> {
    return this.#send({ type: 'extract', upserted, removed });
  }

  /** Saves what the worker has read, once it has read everything sent before. */
  async save(readings: SavedReadingsAt): Promise<void> {
    await this.#send({ type: 'save', readings });
  }

  #send(body: DistributiveOmit<ExtractRequest, 'id'>): Promise<readonly MeetingRecord[]> {
    if (this.#gone) return Promise.reject(this.#gone);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...body } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    await this.#worker.terminate();
  }
}
