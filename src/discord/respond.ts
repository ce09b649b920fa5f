/**
 * Answering an interaction within Discord's 3 seconds: reply at once when the answer is
 * ready, defer when it is not (or cannot be: an index rebuild is running), then edit. The
 * time to defer counts from the interaction's creation, so one that reached the bot late is
 * deferred sooner, or at once.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { DiscordReply } from '../render/discord.js';
import { noMentions } from './client.js';
import { InteractionExpired, interactionClock } from './interactionClock.js';

/**
 * Discord drops interactions not acknowledged within 3 s of their creation; an answer not
 * ready this long after the interaction was created is deferred.
 */
export const ANSWER_DEFER_THRESHOLD_MS = 1_500;

export interface AnswerOptions {
  readonly ephemeral: boolean;
  /** Defer before computing (answers are expected to be slow). */
  readonly deferFirst?: boolean;
  /** Defer when no answer is ready this long after the interaction's creation. */
  readonly deferAfterMs?: number;
}

type Settled<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** The outcome of `promise` if it settles within `ms`, else null. */
async function settleWithin<T>(promise: Promise<T>, ms: number): Promise<Settled<T> | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([
      promise.then(
        (value): Settled<T> => ({ ok: true, value }),
        (error: unknown): Settled<T> => ({ ok: false, error }),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The reply as discord.js options, with mentions disabled. */
export function messageOptions(reply: DiscordReply) {
  return {
    ...(reply.content !== undefined ? { content: reply.content } : {}),
    embeds: reply.embeds,
    components: reply.components,
    allowedMentions: noMentions(),
  };
}

/** Where the synchronous part of the last answer begun ends: the next begins after it. */
let lastTurn: Promise<void> = Promise.resolve();

/**
 * Runs `work` once every answer begun before it has done its synchronous part, and a turn of
 * the event loop later: between the answers of a burst the event loop runs, so replies already
 * made go out and due deferrals are sent, instead of all waiting for the last answer. Nothing
 * waits for an answer's awaited part (a /reload's re-read).
 */
function inTurn<T>(work: () => T | Promise<T>): Promise<T> {
  const previous = lastTurn;
  let done = () => {};
  lastTurn = new Promise<void>((resolve) => (done = resolve));
  return previous
    .then(() => nextTurn())
    .then(() => {
      try {
        return work();
      } finally {
        done();
      }
    });
}

export async function answerInteraction(
  interaction: RepliableInteraction,
  compute: () => DiscordReply | Promise<DiscordReply>,
  options: AnswerOptions,
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const defer = () => interaction.deferReply(flags ? { flags } : {});
  const deferIn =
    (options.deferAfterMs ?? ANSWER_DEFER_THRESHOLD_MS) - interactionClock.ageOf(interaction);
  if (deferIn <= 0) {
    // No time left to see whether the answer is quick: acknowledge before any work.
    await defer();
    await interaction.editReply(messageOptions(await inTurn(compute)));
    return;
  }
  if (options.deferFirst) {
    // Slow work that waits on something else (a rebuild): it goes on while the deferral goes out.
    const pending = inTurn(compute);
    pending.catch(() => undefined);
    await defer();
    await interaction.editReply(messageOptions(await pending));
    return;
  }
  // The work begins only while a reply could still reach Discord in time; once deferred, an
  // answer whose turn came too late is worked out after all.
  let deferred = false;
  const pending = inTurn(() => {
    if (!deferred && interactionClock.expired(interaction)) throw new InteractionExpired();
    return compute();
  });
  // Keep a rejection from going unhandled while the deferral is on its way.
  pending.catch(() => undefined);
  const settled = await settleWithin(pending, deferIn);
  if (settled) {
    if (!settled.ok) throw settled.error;
    await interaction.reply({ ...messageOptions(settled.value), ...(flags ? { flags } : {}) });
    return;
  }
  // A deferral that fell due while the bot was busy may come too late: then none is sent.
  if (interactionClock.expired(interaction)) throw new InteractionExpired();
  await defer();
  deferred = true;
  const reply = await pending.catch((error: unknown) =>
    error instanceof InteractionExpired ? inTurn(compute) : Promise.reject(error),
  );
  await interaction.editReply(messageOptions(reply));
}

/** A short ephemeral note, whatever state the interaction is in. */
export async function answerEphemerally(
  interaction: RepliableInteraction,
  reply: DiscordReply,
): Promise<void> {
  if (interaction.deferred && !interaction.replied) {
    // A deferred reply can only become the note itself; its visibility was set by the deferral.
    await interaction.editReply(messageOptions(reply));
  } else if (interaction.replied) {
    await interaction.followUp({ ...messageOptions(reply), flags: MessageFlags.Ephemeral });
  } else {
    await interaction.reply({ ...messageOptions(reply), flags: MessageFlags.Ephemeral });
  }
}
