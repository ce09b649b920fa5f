/**
 * Questions in channels: a message that mentions the bot is answered as /ask would, as a
 * reply to that message. Bots are ignored; a bare mention gets a usage hint; a member who
 * asks again within the cooldown gets one polite note.
 */
import type { Message } from 'discord.js';
import type { Logger } from '../logger.js';
import type { DiscordReply } from '../render/discord.js';
import { renderNotice } from '../render/discord.js';
import type { AnswerService } from './answers.js';
import { askReply } from './commandReplies.js';
import type { Cooldowns } from './cooldown.js';
import { messageOptions } from './respond.js';
import { userMessage } from './userMessages.js';

export interface MessageHandlerOptions {
  readonly answers: AnswerService;
  readonly cooldowns: Cooldowns;
  readonly log: Logger;
  readonly stopping: () => boolean;
}

/** `<@id>` and the legacy nickname form `<@!id>`. */
function mentionPattern(userId: string): RegExp {
  return new RegExp(`<@!?${userId}>`, 'g');
}

/** The question in a message that mentions the bot, or null when the bot is not mentioned. */
export function questionFrom(content: string, botUserId: string): string | null {
  const mention = mentionPattern(botUserId);
  if (!mention.test(content)) return null;
  return content.replace(mentionPattern(botUserId), ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Replies to `message` with the question's id as an enforced nonce: when discord.js retries a
 * send whose response was lost (a 5xx after Discord created the message), Discord returns the
 * reply it already holds, so a question is never answered twice.
 */
function replyOnce(message: Message, reply: DiscordReply) {
  return message.reply({ ...messageOptions(reply), nonce: message.id, enforceNonce: true });
}

export function createMessageHandler(options: MessageHandlerOptions) {
  return async function handleMessage(message: Message): Promise<void> {
    if (message.author.bot || message.webhookId || options.stopping()) return;
    const botUserId = message.client.user.id;
    const question = questionFrom(message.content, botUserId);
    if (question === null) return;

    const log = options.log.child({ messageId: message.id, kind: 'mention' });
    const started = Date.now();
    try {
      const decision = options.cooldowns.take(message.author.id);
      if (!decision.allowed) {
        log.info({ remainingMs: decision.remainingMs }, 'cooldown');
        if (decision.notify) await replyOnce(message, renderNotice(userMessage('cooldown')));
        return;
      }
      if (question.length === 0) {
        await replyOnce(message, renderNotice(userMessage('emptyQuestion')));
        return;
      }
      await replyOnce(message, await askReply(options.answers, question));
      log.info({ ms: Date.now() - started }, 'mention answered');
    } catch (error) {
      log.error({ err: error, ms: Date.now() - started }, 'mention failed');
      try {
        await replyOnce(message, renderNotice(userMessage('internalError')));
      } catch (apologyError) {
        log.warn({ err: apologyError }, 'could not tell the user about the failure');
      }
    }
  };
}
