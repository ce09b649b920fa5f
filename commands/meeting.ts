import { SlashCommandBuilder } from 'discord.js';
import {
  QUERY_MAX_LENGTH,
  replyToMeeting,
  suggestMeetingChoices,
} from '../src/discord/commandReplies.js';

export const data = new SlashCommandBuilder()
  .setName('meeting')
  .setDescription('A meeting from the briefings: when, where, who took part, topics, sources')
  .addStringOption((option) =>
    option
      .setName('query')
      .setDescription('Place, date or people, e.g. "moscow april 2023" — or pick a known meeting')
      .setRequired(true)
      .setMaxLength(QUERY_MAX_LENGTH)
      .setAutocomplete(true),
  )
  .addBooleanOption((option) =>
    option.setName('private').setDescription('Only you see the answer'),
  );

export const execute = replyToMeeting;
export const autocomplete = suggestMeetingChoices;
