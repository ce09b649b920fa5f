/**
 * Answering an interaction within Discord's 3 seconds: reply at once when the answer is
 * ready, defer when it is not (or cannot be: an index rebuild is running), then edit. The
 * time to defer counts from the interaction's creation, so one that reached the bot late is
 * deferred sooner, or at once.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { DiscordReply } from '../render/discord.js';
import { noMentions } from './client.js';
import { interactionClock } from './interactionClock.js';

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

export async function answerInteraction(
  interaction: RepliableInteraction,
  compute: () => DiscordReply | Promise<DiscordReply>,
  options: AnswerOptions,
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const deferIn =
    (options.deferAfterMs ?? ANSWER_DEFER_THRESHOLD_MS) - interactionClock.ageOf(interaction);
  if (deferIn <= 0) {
    // No time left to see whether the answer is quick: acknowledge before any work.
    await interaction.deferReply(flags ? { flags } : {});
    await interaction.editReply(messageOptions(await compute()));
    return;
  }
  const pending = Promise.resolve().then(compute);
  if (options.deferFirst) {
    // Slow work that waits on something else (a rebuild): it goes on while the deferral goes out.
    pending.catch(() => undefined);
    await interaction.deferReply(flags ? { flags } : {});
    await interaction.editReply(messageOptions(await pending));
    return;
  }
  const settled = await settleWithin(pending, deferIn);
  if (settled) {
    if (!settled.ok) throw settled.error;
    await interaction.reply({ ...messageOptions(settled.value), ...(flags ? { flags } : {}) });
    return;
  }
  // Keep a rejection from going unhandled while the deferral is on its way.
  pending.catch(() => undefined);
  await interaction.deferReply(flags ? { flags } : {});
  await interaction.editReply(messageOptions(await pending));
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
