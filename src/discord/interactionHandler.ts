/**
 * The one dispatch point for interactions: slash commands, autocomplete, buttons. One
 * try/catch around it logs the error with the interaction id and answers privately with a
 * short apology, so no interaction is left unanswered and no error escapes.
 *
 * An interaction whose 3 s had run out before its turn came (the bot fell behind a burst) is
 * dropped unanswered: Discord would refuse the answer, and working on it would only make the
 * interactions behind it late too. One that arrives while too many answers are waiting, or
 * whose answer's turn comes after the window once it was deferred, gets a short private "busy,
 * try again" note and no work (see answerQueue.ts). Under overload the bot then keeps
 * answering what it can, and tells the rest to retry, instead of answering nothing.
 */
import {
  DiscordAPIError,
  type Interaction,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../logger.js';
import { AnswerShed } from './answerQueue.js';
import { renderNotice } from '../render/discord.js';
import type { CommandContext } from './commandModule.js';
import { replyToButton } from './commandReplies.js';
import { type InteractionClock, InteractionExpired, interactionClock } from './interactionClock.js';
import { answerEphemerally } from './respond.js';
import { type UserMessageCode, userMessage } from './userMessages.js';

export interface InteractionHandlerOptions {
  readonly context: Omit<CommandContext, 'log'>;
  readonly log: Logger;
  /** True once shutdown has begun: new interactions get a short note instead of an answer. */
  readonly stopping: () => boolean;
  /** Tells interactions' ages (the bot's one clock unless a test brings its own). */
  readonly clock?: InteractionClock;
}

/** Dropped interactions are reported at most this often, with their count, not one line each. */
const SHED_REPORT_EVERY_MS = 10_000;

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
  const clock = options.clock ?? interactionClock;
  let shed = 0;
  let turnedAway = 0;
  let shedReportedAt = -Infinity;

  /**
   * Counts an interaction dropped (expired) or told to retry (busy); warns with the counts at
   * most every SHED_REPORT_EVERY_MS.
   */
  const reportShed = (log: Logger, ageMs: number, busy?: AnswerShed['reason']) => {
    if (busy) {
      turnedAway++;
      log.debug(
        { ageMs, reason: busy },
        'too busy to answer in time; the member was told to retry',
      );
    } else {
      shed++;
      log.debug({ ageMs }, 'interaction expired before its turn; dropped');
    }
    const now = Date.now();
    if (now - shedReportedAt < SHED_REPORT_EVERY_MS) return;
    options.log.warn(
      { dropped: shed, toldBusy: turnedAway, ageMs },
      'dropped interactions older than Discord allows an answer to, or told their members to retry: the bot is behind (overloaded or blocked)',
    );
    shed = 0;
    turnedAway = 0;
    shedReportedAt = now;
  };

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
    const ageMs = clock.receive(interaction, interaction.createdTimestamp);
    const log = options.log.child({ interactionId: interaction.id, ...describe(interaction) });
    if (clock.expired(interaction)) {
      reportShed(log, ageMs);
      return;
    }
    const started = Date.now();
    try {
      await dispatch(interaction, log);
      log.info({ ms: Date.now() - started }, 'interaction answered');
    } catch (error) {
      if (error instanceof AnswerShed) {
        reportShed(log, clock.ageOf(interaction), error.reason);
        return;
      }
      if (error instanceof InteractionExpired) {
        // Its turn came too late after all (a burst queued it behind others): nothing was sent.
        reportShed(log, clock.ageOf(interaction));
        return;
      }
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
