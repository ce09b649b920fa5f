/**
 * The one dispatch point for interactions: slash commands, autocomplete, buttons. One
 * try/catch around it logs the error with the interaction id and answers privately with a
 * short apology, so no interaction is left unanswered and no error escapes.
 */
import {
  DiscordAPIError,
  type Interaction,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../logger.js';
import { renderNotice } from '../render/discord.js';
import type { CommandContext } from './commandModule.js';
import { replyToButton } from './commandReplies.js';
import { answerEphemerally } from './respond.js';
import { type UserMessageCode, userMessage } from './userMessages.js';

export interface InteractionHandlerOptions {
  readonly context: Omit<CommandContext, 'log'>;
  readonly log: Logger;
  /** True once shutdown has begun: new interactions get a short note instead of an answer. */
  readonly stopping: () => boolean;
}

function describe(interaction: Interaction): Record<string, string> {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    return {
      kind: interaction.isAutocomplete() ? 'autocomplete' : 'command',
      command: interaction.commandName,
    };
  }
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId };
  return { kind: `type ${interaction.type}` };
}

/**
 * Errors after which no apology can reach the member: the interaction expired, or it was
 * acknowledged already — by our own reply, whose response was lost and whose retry Discord
 * then refused. Answering again would fail the same way.
 */
const UNANSWERABLE: ReadonlySet<number | string> = new Set([
  RESTJSONErrorCodes.UnknownInteraction,
  RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
]);

function isUnanswerable(error: unknown): boolean {
  return error instanceof DiscordAPIError && UNANSWERABLE.has(error.code);
}

export function createInteractionHandler(options: InteractionHandlerOptions) {
  const { context } = options;

  const notify = (interaction: RepliableInteraction, code: UserMessageCode) =>
    answerEphemerally(interaction, renderNotice(userMessage(code)));

  async function dispatch(interaction: Interaction, log: Logger): Promise<void> {
    const commandContext: CommandContext = { ...context, log };
    if (interaction.isAutocomplete()) {
      const command = context.commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, commandContext);
      else await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    if (options.stopping()) {
      await notify(interaction, 'shuttingDown');
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = context.commands.get(interaction.commandName);
      if (!command) {
        log.warn('unknown command');
        await notify(interaction, 'unknownCommand');
        return;
      }
      await command.execute(interaction, commandContext);
      return;
    }
    if (interaction.isButton()) {
      await replyToButton(interaction, commandContext);
      return;
    }
    await notify(interaction, 'unknownCommand');
  }

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    const log = options.log.child({ interactionId: interaction.id, ...describe(interaction) });
    const started = Date.now();
    try {
      await dispatch(interaction, log);
      log.info({ ms: Date.now() - started }, 'interaction answered');
    } catch (error) {
      if (isUnanswerable(error)) {
        log.warn({ err: error, ms: Date.now() - started }, 'interaction could not be answered');
        return;
      }
      log.error({ err: error, ms: Date.now() - started }, 'interaction failed');
      try {
        if (interaction.isAutocomplete()) {
          if (!interaction.responded) await interaction.respond([]);
        } else if (interaction.isRepliable()) {
          await notify(interaction, 'internalError');
        }
      } catch (apologyError) {
        log.warn({ err: apologyError }, 'could not tell the user about the failure');
      }
    }
  };
}
