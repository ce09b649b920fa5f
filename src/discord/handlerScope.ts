/**
 * Which interaction or message the code running now is handling, carried through every
 * await, timer and callback it starts. A failure that escapes a handler — a promise nobody
 * awaited, a throw in a timer — reaches the process-level guards below, which log it with
 * the id of the interaction or message it came from and keep the process serving.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../logger.js';

export interface HandlerScope {
  readonly interactionId?: string;
  readonly messageId?: string;
}

const scopes = new AsyncLocalStorage<HandlerScope>();

/** Runs `work` with `scope` as the current handler scope (for it and all it starts). */
export function runInScope<T>(scope: HandlerScope, work: () => T): T {
  return scopes.run(scope, work);
}

/** The scope of the handler running now, or an empty scope outside any handler. */
export function currentScope(): HandlerScope {
  return scopes.getStore() ?? {};
}

/** The part of `process` the guards use; tests pass their own emitter. */
export interface ProcessEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  off(event: 'uncaughtException', listener: (error: Error) => void): unknown;
}

/**
 * Logs failures nothing else caught, with the handler scope they escaped from, instead of
 * letting Node end the process: one bad reply must not take every other conversation down.
 * The core is pure and the bot keeps no state a half-run handler could corrupt, which is
 * what makes carrying on after an uncaught exception safe here. Returns a function that
 * removes the guards.
 */
export function installProcessGuards(log: Logger, target: ProcessEvents = process): () => void {
  const onRejection = (reason: unknown) =>
    log.error({ err: reason, ...currentScope() }, 'unhandled rejection');
  const onException = (error: Error) =>
    log.error({ err: error, ...currentScope() }, 'uncaught exception');
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return () => {
    target.off('unhandledRejection', onRejection);
    target.off('uncaughtException', onException);
  };
}
