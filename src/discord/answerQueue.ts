/**
 * The answers waiting to be worked out, and the bound on them. Answers are worked out one at
 * a time on the thread that serves Discord, each a turn of the event loop after the one before
 * it, so replies already made go out between them. A burst larger than the bot can answer in
 * Discord's window would otherwise queue work without end: every answer waiting behind the
 * others, the deferrals piling up, the bot hours behind. Past ANSWERS_WAITING_AT_MOST the
 * member gets a short "busy, try again" note at once instead, and no work is queued.
 */

/**
 * Answers admitted and not yet worked out (waiting for their turn, or for a rebuild) at most.
 * Ordinary answers take tens of milliseconds, so this many are worked out within Discord's
 * window; more would only wait past it.
 */
export const ANSWERS_WAITING_AT_MOST = 64;

/**
 * Thrown by the reply path after it sent the member the busy note instead of an answer, so
 * the handler can count it: the bot had more waiting than it could answer in time.
 */
export class AnswerShed extends Error {
  constructor(
    /** queueFull: too many answers waiting; lateTurn: its turn came after Discord's window. */
    readonly reason: 'queueFull' | 'lateTurn',
  ) {
    super(
      reason === 'queueFull'
        ? 'too many answers were waiting: the member was asked to try again'
        : 'the answer’s turn came after Discord’s window: the member was asked to try again',
    );
    this.name = 'AnswerShed';
  }
}

export class AnswerQueue {
  /** Where the synchronous part of the last answer begun ends: the next begins after it. */
  #lastTurn: Promise<void> = Promise.resolve();
  #waiting = 0;
  readonly #limit: number;

  constructor(limit: number = ANSWERS_WAITING_AT_MOST) {
    this.#limit = limit;
  }

  /** Answers admitted whose work has not settled yet. */
  get waiting(): number {
    return this.#waiting;
  }

  /**
   * Admits `work`, to run once every answer admitted before it has done its synchronous part,
   * and a turn of the event loop later; null (and nothing queued) when the queue is full.
   * Nothing waits for an answer's awaited part (a /reload's re-read), but it counts as waiting
   * until it settles.
   */
  admit<T>(work: () => T | Promise<T>): Promise<T> | null {
    if (this.#waiting >= this.#limit) return null;
    this.#waiting++;
    const previous = this.#lastTurn;
    let done = () => {};
    this.#lastTurn = new Promise<void>((resolve) => (done = resolve));
    const result = previous
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        try {
          return work();
        } finally {
          done();
        }
      });
    const release = () => {
      this.#waiting--;
    };
    result.then(release, release);
    return result;
  }
}

/** The bot's one queue of answers: every interaction's answer is worked out through it. */
export const answerQueue = new AnswerQueue();
