/**
 * What each command does, between the thin modules in commands/ and the core: read the
 * options, ask the answers, render, reply within Discord's rules.
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  AUTOCOMPLETE_CHOICE_LIMIT,
  type DiscordReply,
  type HelpEntry,
  renderAskReply,
  renderHelpReply,
  renderMeetingChoices,
  renderMeetingReply,
  renderNotice,
  renderSourcesReply,
  renderWhoAttendedReply,
} from '../render/discord.js';
import type { AnswerService } from './answers.js';
import type { CommandContext } from './commandModule.js';
import { parseButtonId } from './customIds.js';
import { answerEphemerally, answerInteraction } from './respond.js';
import { userMessage } from './userMessages.js';

/** Longest text option accepted (Discord's own cap on string options is 6000). */
export { QUERY_MAX_LENGTH } from './answers.js';

/** One example per command for /help. */
const EXAMPLES: Readonly<Record<string, string>> = Object.freeze({
  meeting: '/meeting query:moscow april 2023',
  'who-attended': '/who-attended meeting:moscow country:Iran',
  ask: '/ask question:When did the defence ministers last meet in Moscow?',
  help: '/help',
  reload: '/reload',
});

const isPrivate = (interaction: ChatInputCommandInteraction) =>
  interaction.options.getBoolean('private') ?? false;

/** Answers a command with a rendered reply: private when asked, deferred when answering is slow. */
function replyWith(
  interaction: ChatInputCommandInteraction,
  { answers }: CommandContext,
  render: (answers: AnswerService) => Promise<DiscordReply>,
): Promise<void> {
  return answerInteraction(interaction, () => render(answers), {
    ephemeral: isPrivate(interaction),
    deferFirst: answers.isBusy(),
  });
}

/** What /meeting sends for a query (the pictures in docs/ are drawn from it too). */
export async function meetingReply(answers: AnswerService, query: string): Promise<DiscordReply> {
  return renderMeetingReply(await answers.meeting(query), answers.describeBriefing);
}

/** What /who-attended and the "Who attended?" button send. */
export async function whoAttendedReply(
  answers: AnswerService,
  meeting: string,
  country?: string,
): Promise<DiscordReply> {
  return renderWhoAttendedReply(
    await answers.whoAttended(meeting, country),
    answers.describeBriefing,
    country,
  );
}

/** What /ask and a question asked by mention send. */
export async function askReply(answers: AnswerService, question: string): Promise<DiscordReply> {
  return renderAskReply(await answers.ask(question), answers.describeBriefing);
}

export async function replyToMeeting(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const query = interaction.options.getString('query', true);
  await replyWith(interaction, context, (answers) => meetingReply(answers, query));
}

export async function replyToWhoAttended(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const meeting = interaction.options.getString('meeting', true);
  const country = interaction.options.getString('country') ?? undefined;
  await replyWith(interaction, context, (answers) => whoAttendedReply(answers, meeting, country));
}

export async function replyToAsk(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const question = interaction.options.getString('question', true);
  await replyWith(interaction, context, (answers) => askReply(answers, question));
}

/** "/who-attended meeting [country] [private]", from the command's own definition. */
function usageOf(json: RESTPostAPIChatInputApplicationCommandsJSONBody): string {
  const parts = (json.options ?? []).map((option) =>
    'required' in option && option.required ? option.name : `[${option.name}]`,
  );
  return [`/${json.name}`, ...parts].join(' ');
}

export async function replyWithHelp(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<void> {
  const entries: HelpEntry[] = [...context.commands.values()].map((command) => {
    const json = command.data.toJSON();
    return {
      usage: usageOf(json),
      description: json.description,
      example: EXAMPLES[json.name] ?? `/${json.name}`,
    };
  });
  await answerInteraction(interaction, () => renderHelpReply(entries, context.channelQuestions), {
    ephemeral: true,
  });
}

/** Known meetings matching what is typed into the focused option. */
export async function suggestMeetingChoices(
  interaction: AutocompleteInteraction,
  context: CommandContext,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const typed = String(focused.value);
  const suggestions = await context.answers.suggestMeetings(typed, AUTOCOMPLETE_CHOICE_LIMIT);
  await interaction.respond(renderMeetingChoices(suggestions));
}

/** Buttons on earlier replies: "Who attended?" and "Show sources" on a /meeting answer. */
export async function replyToButton(
  interaction: ButtonInteraction,
  context: CommandContext,
): Promise<void> {
  const target = parseButtonId(interaction.customId);
  if (!target) {
    await answerEphemerally(interaction, renderNotice(userMessage('unknownButton')));
    return;
  }
  const { answers } = context;
  if (target.action === 'attendees') {
    await answerInteraction(interaction, () => whoAttendedReply(answers, target.meetingId), {
      ephemeral: true,
      deferFirst: answers.isBusy(),
    });
    return;
  }
  await answerInteraction(
    interaction,
    async () => {
      const meeting = await answers.meetingById(target.meetingId);
      return meeting
        ? renderSourcesReply(meeting.title, meeting.citations, answers.describeBriefing)
        : renderNotice(userMessage('meetingGone'));
    },
    { ephemeral: true, deferFirst: answers.isBusy() },
  );
}
