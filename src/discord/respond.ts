/**
 * Answering an interaction within Discord's 3 seconds: reply at once when the answer is
 * ready, defer when it is not (or cannot be: an index rebuild is running), then edit. The
 * time to defer counts from the interaction's creation, so one that reached the bot late is
 * deferred sooner, or at once. The work goes through the bot's one answer queue: when it is
 * full, or when an answer's turn comes after Discord's window, the member gets a short private
 * "busy, try again" note instead of an answer, and nothing is worked out.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { type DiscordReply, renderNotice } from '../render/discord.js';
import { AnswerShed, answerQueue } from './answerQueue.js';
import { noMentions } from './client.js';
import { InteractionExpired, interactionClock } from './interactionClock.js';
import { userMessage } from './userMessages.js';

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

/**
 * Raised at an answer's turn when its interaction had already been deferred but is now older
 * than Discord's window: the bot is behind, and working the answer out would only make every
 * answer behind it later. The deferral is edited with the busy note instead.
 */
class LateTurn extends Error {}

export async function answerInteraction(
  interaction: RepliableInteraction,
  compute: () => DiscordReply | Promise<DiscordReply>,
  options: AnswerOptions,
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const defer = () => interaction.deferReply(flags ? { flags } : {});
  const busy = async (reason: AnswerShed['reason']) => {
    await answerEphemerally(interaction, renderNotice(userMessage('busy')));
    throw new AnswerShed(reason);
  };
  // The work begins only while a first response could still reach Discord in time; one whose
  // turn comes later is not worked out: dropped if nothing was sent yet, else told to retry.
  let deferred = false;
  const pending = answerQueue.admit(() => {
    if (interactionClock.expired(interaction))
      throw deferred ? new LateTurn() : new InteractionExpired();
    return compute();
  });
  if (!pending) return busy('queueFull');
  // Keep a rejection from going unhandled while the deferral is on its way.
  pending.catch(() => undefined);
  /** The answer once the interaction is deferred: a turn that came late gets the busy note. */
  const answerAfterDeferral = async () => {
    const reply = await pending.then(
      (value) => value,
      (error: unknown) =>
        error instanceof LateTurn || error instanceof InteractionExpired
          ? null
          : Promise.reject(error),
    );
    if (reply === null) return busy('lateTurn');
    await interaction.editReply(messageOptions(reply));
  };
  const deferIn =
    (options.deferAfterMs ?? ANSWER_DEFER_THRESHOLD_MS) - interactionClock.ageOf(interaction);
  if (deferIn <= 0 || options.deferFirst) {
    // No time left to see whether the answer is quick, or slow work that waits on something
    // else (a rebuild): acknowledge at once; the work goes on while the deferral goes out.
    deferred = true;
    await defer();
    return answerAfterDeferral();
  }
  const settled = await settleWithin(pending, deferIn);
  if (settled) {
    if (!settled.ok) throw settled.error;
    await interaction.reply({ ...messageOptions(settled.value), ...(flags ? { flags } : {}) });
    return;
  }
  // A deferral that fell due while the bot was busy may come too late: then none is sent.
  if (interactionClock.expired(interaction)) throw new InteractionExpired();
  deferred = true;
  await defer();
  return answerAfterDeferral();
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
