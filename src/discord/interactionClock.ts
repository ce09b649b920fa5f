/**
 * How old an interaction is, counted as Discord counts it: from its creation, the time in its
 * snowflake id, not from when a handler got to it. A bot that falls behind (a burst, a slow
 * answer) receives interactions already seconds old; Discord refuses a first response after
 * 3 s, so work on an interaction past that is wasted, and the defer timer must count from
 * creation too.
 *
 * The snowflake's time is Discord's clock; this host's may be off. The clock keeps the
 * smallest age it has seen lately (an interaction never arrives before it was created), and
 * treats that much as skew, so a clock running seconds ahead never makes every interaction
 * look expired.
 */

/** Discord's window for the first response to an interaction. */
export const INTERACTION_RESPONSE_WINDOW_MS = 3_000;
/**
 * Time left for the first response to reach Discord: an interaction older than the window
 * less this is dropped rather than answered late.
 */
export const RESPONSE_TRAVEL_MS = 250;
/** The skew is learnt again over this period, so a corrected host clock is followed. */
const SKEW_WINDOW_MS = 10 * 60_000;

export class InteractionClock {
  #windowStarted: number;
  /** The smallest age seen in this period and the one before (Infinity: none seen). */
  #minAge = Infinity;
  #previousMinAge = Infinity;
  readonly #now: () => number;
  /** Where each interaction's age was taken: its age then and this host's time then. */
  readonly #received = new WeakMap<object, { ageMs: number; at: number }>();

  constructor(now: () => number = Date.now) {
    this.#now = now;
    this.#windowStarted = now();
  }

  /** This host's clock ahead of Discord's by this much, as far as can be told (never below 0). */
  get skewMs(): number {
    const least = Math.min(this.#minAge, this.#previousMinAge);
    return Number.isFinite(least) ? Math.max(0, least) : 0;
  }

  /**
   * Notes that `interaction`, created at `createdTimestamp` (Discord's clock), reached the bot
   * now, and returns its age, skew removed.
   */
  receive(interaction: object, createdTimestamp: number): number {
    const now = this.#now();
    if (now - this.#windowStarted > SKEW_WINDOW_MS) {
      this.#previousMinAge = this.#minAge;
      this.#minAge = Infinity;
      this.#windowStarted = now;
    }
    const raw = now - createdTimestamp;
    this.#minAge = Math.min(this.#minAge, raw);
    const ageMs = Math.max(0, raw - this.skewMs);
    this.#received.set(interaction, { ageMs, at: now });
    return ageMs;
  }

  /** The interaction's age now; 0 for one never received (it is then treated as new). */
  ageOf(interaction: object): number {
    const received = this.#received.get(interaction);
    return received ? received.ageMs + (this.#now() - received.at) : 0;
  }

  /** True when a first response could no longer reach Discord in time. */
  expired(interaction: object): boolean {
    return this.ageOf(interaction) > INTERACTION_RESPONSE_WINDOW_MS - RESPONSE_TRAVEL_MS;
  }
}

/**
 * Thrown by the reply path instead of beginning the work or the first response for an
 * interaction Discord would no longer take; the handler drops it as it drops late arrivals.
 */
export class InteractionExpired extends Error {
  constructor() {
    super('the interaction expired before its answer was begun');
    this.name = 'InteractionExpired';
  }
}

/** The bot's one clock: the handler feeds it, the reply path reads it. */
export const interactionClock = new InteractionClock();
