import { Worker } from 'node:worker_threads';
import type { MeetingRecord } from '../meetings/types.js';
import type { ExtractRequest, ExtractResponse } from '../meetings/worker.js';
import type { Briefing } from '../types.js';

/** Runs meeting extraction in a worker thread; requests are answered in order. */
export class MeetingWorker {
  readonly #worker: Worker;
  readonly #pending = new Map<
    number,
    { resolve: (m: readonly MeetingRecord[]) => void; reject: (e: Error) => void }
  >();
  #nextId = 1;

  /** `entry` is the built worker module (dist/src/meetings/worker.js). */
  constructor(entry: URL = new URL('../meetings/worker.js', import.meta.url)) {
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

  /** Gives the worker the briefings whose meetings the caller already has. */
  async seed(briefings: readonly Briefing[]): Promise<void> {
    await this.#send({ upserted: briefings, removed: [], extract: false });
  }

  /** Applies the changes to the worker's copy of the briefings and extracts the meetings. */
  extract(
    upserted: readonly Briefing[],
    removed: readonly string[],
  ): Promise<readonly MeetingRecord[]> {
    return this.#send({ upserted, removed, extract: true });
  }

  #send(body: Omit<ExtractRequest, 'id'>): Promise<readonly MeetingRecord[]> {
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
