/**
 * Driving the bot through the local Discord the way a member would, and reading back what
 * it sent: the first response to an interaction, and the message as it finally stands.
 */
import type { APIEmbed, APIInteraction, APIMessage } from 'discord-api-types/v10';
import { InteractionResponseType, MessageFlags } from 'discord-api-types/v10';
import {
  INTERACTION_DEADLINE_MS,
  type LocalDiscord,
  type RecordedRequest,
} from './localDiscord.js';

export interface SentMessage {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<{ components: Array<{ custom_id?: string; label?: string }> }>;
  flags?: number;
  allowed_mentions?: {
    parse?: string[];
    replied_user?: boolean;
    users?: string[];
    roles?: string[];
  };
  message_reference?: { message_id: string };
}

export interface Exchange {
  /** The interaction callback (the acknowledgement within 3 s). */
  readonly callback: RecordedRequest;
  /**
   * Discord's 3 s for the acknowledgement as the local Discord applied them to it: longer on a
   * busy machine (tests/support/machine.ts).
   */
  readonly windowMs: number;
  readonly callbackType: InteractionResponseType;
  /** The message as the member finally sees it (the reply, or the edit of a deferral). */
  readonly message: SentMessage;
  readonly ephemeral: boolean;
  readonly requests: RecordedRequest[];
}

const callbackBody = (request: RecordedRequest) =>
  request.body as { type: InteractionResponseType; data?: SentMessage };

/**
 * Sends an interaction and waits for its answer (following a deferral to its edit), each step
 * up to `timeoutMs` on an idle machine, longer on a busy one.
 */
export async function converse(
  discord: LocalDiscord,
  interaction: APIInteraction,
  timeoutMs = 8_000,
): Promise<Exchange> {
  discord.sendInteraction(interaction);
  const callback = await discord.waitForRequest(
    (request) =>
      request.route === 'interactionCallback' && request.params.token === interaction.token,
    timeoutMs,
  );
  if (callback.status >= 400)
    throw new Error(`the interaction callback was refused: ${callback.status}`);
  const { type, data } = callbackBody(callback);
  let message: SentMessage = data ?? {};
  let flags = data?.flags ?? 0;
  if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
    const edit = await discord.waitForRequest(
      (request) =>
        request.route === 'webhookMessage' &&
        request.method === 'PATCH' &&
        request.params.token === interaction.token,
      timeoutMs,
    );
    if (edit.status !== 200)
      throw new Error(`the edit of the deferred reply was refused: ${edit.status}`);
    message = edit.body as SentMessage;
    flags = data?.flags ?? 0;
  }
  return {
    callback,
    windowMs: callback.windowMs ?? INTERACTION_DEADLINE_MS,
    callbackType: type,
    message,
    ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
    requests: discord.requestsFor(interaction),
  };
}

/** Every message payload the bot sent: replies, edits, follow-ups, channel messages. */
export function sentMessages(
  discord: LocalDiscord,
): Array<{ request: RecordedRequest; message: SentMessage }> {
  const sent: Array<{ request: RecordedRequest; message: SentMessage }> = [];
  for (const request of discord.requests) {
    if (request.route === 'interactionCallback') {
      const { type, data } = callbackBody(request);
      if (
        type === InteractionResponseType.ChannelMessageWithSource ||
        type === InteractionResponseType.UpdateMessage
      ) {
        sent.push({ request, message: data ?? {} });
      }
    } else if (
      (request.route === 'webhookMessage' && request.method === 'PATCH') ||
      request.route === 'webhookExecute' ||
      request.route === 'channelMessage'
    ) {
      sent.push({ request, message: request.body as SentMessage });
    }
  }
  return sent;
}

/** All visible text of a message: content, titles, descriptions, fields, footers. */
export function textOf(message: SentMessage): string {
  const parts = [message.content ?? ''];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return parts.join('\n');
}

export function customIdsOf(message: SentMessage): string[] {
  return (message.components ?? []).flatMap((row) =>
    row.components.map((component) => component.custom_id ?? ''),
  );
}

/** The message Discord holds for an interaction's original response (for button clicks on it). */
export function asApiMessage(discord: LocalDiscord, exchange: Exchange): APIMessage {
  const original = discord.originalMessage(exchange.callback.params.token ?? '');
  if (!original) throw new Error('no original message for this interaction');
  return original;
}

const accepted = (request: RecordedRequest) => request.status >= 200 && request.status < 300;

/**
 * Waits until an interaction already sent is answered — its callback accepted and, after a
 * deferral, the reply edited — looking past refused attempts (429s, 5xx) on the way.
 */
export async function awaitAnswer(
  discord: LocalDiscord,
  interaction: APIInteraction,
  timeoutMs = 8_000,
): Promise<Exchange> {
  const callback = await discord.waitForRequest(
    (request) =>
      request.route === 'interactionCallback' &&
      request.params.token === interaction.token &&
      accepted(request),
    timeoutMs,
  );
  const { type, data } = callbackBody(callback);
  let message: SentMessage = data ?? {};
  if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
    const edit = await discord.waitForRequest(
      (request) =>
        request.route === 'webhookMessage' &&
        request.method === 'PATCH' &&
        request.params.token === interaction.token &&
        accepted(request),
      timeoutMs,
    );
    message = edit.body as SentMessage;
  }
  return {
    callback,
    windowMs: callback.windowMs ?? INTERACTION_DEADLINE_MS,
    callbackType: type,
    message,
    ephemeral: ((data?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
    requests: discord.requestsFor(interaction),
  };
}

/** How many first responses Discord accepted for an interaction: exactly 1 when it was answered once. */
export function acceptedCallbacks(discord: LocalDiscord, interaction: APIInteraction): number {
  return discord
    .requestsFor(interaction)
    .filter((request) => request.route === 'interactionCallback' && accepted(request)).length;
}
