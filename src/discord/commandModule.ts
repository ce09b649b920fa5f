import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { RebuildReport } from '../io/liveKnowledge.js';
import type { Logger } from '../logger.js';
import type { AnswerService } from './answers.js';

/** What a command needs besides its interaction. */
export interface CommandContext {
  readonly answers: AnswerService;
  /** A logger bound to this interaction's id. */
  readonly log: Logger;
  readonly channelQuestions: boolean;
  /** Every loaded command, for /help. */
  readonly commands: ReadonlyMap<string, CommandModule>;
  /** Re-reads the briefings folder now (for /reload); absent when the bot has no folder to watch. */
  readonly reindex?: () => Promise<RebuildReport>;
  /** Aborted when the bot begins to stop: a reply still waiting on long work says so and ends. */
  readonly shutdown?: AbortSignal;
}

/** One file of commands/: the command's definition and what runs it. */
export interface CommandModule {
  readonly data: {
    readonly name: string;
    toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
  };
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
}
