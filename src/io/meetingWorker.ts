import { Worker } from 'node:worker_threads';
import type { MeetingRecord } from '../meetings/types.js';
import type { ExtractRequest, ExtractResponse, SavedReadingsAt } from './meetingWorkerThread.js';
import type { Briefing } from '../types.js';

/** `Omit` applied to each member of a union, so each keeps its own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Runs meeting extraction in a worker thread; requests are answered in order. */
export class MeetingWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (m: readonly MeetingRecord[]) => void; reject: (e: Error) => void }
  >();
  #nextId = 1;

  /** `entry` is the built worker module (dist/src/io/meetingWorkerThread.js). */
  constructor(entry: URL = new URL('./meetingWorkerThread.js', import.meta.url)) {
    this.#worker = new Worker(entry);
    this.#worker.unref();
    this.#worker.on('message', (response: ExtractResponse) => {
      const pending = this.#pending.get(response.id);
      if (!pending) return;
      this.#pending.delete(response.id);
      if ('error' in response) pending.reject(new Error(response.error));
      else pending.resolve(response.meetings);
    });
    this.#worker.on('error', (error) => this.#failAll(error));
    this.#worker.on('exit', (code) =>
      this.#failAll(new Error(`meeting worker exited with code ${code}`)),
    );
  }

  #failAll(error: Error): void {
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
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
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ id, ...body } satisfies ExtractRequest);
    });
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }
}
