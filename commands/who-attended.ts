import { SlashCommandBuilder } from 'discord.js';
import {
  QUERY_MAX_LENGTH,
  replyToWhoAttended,
  suggestMeetingChoices,
} from '../src/discord/commandReplies.js';

export const data = new SlashCommandBuilder()
  .setName('who-attended')
  .setDescription('Who took part in a meeting, grouped by country, each with a source')
  .addStringOption((option) =>
    option
      .setName('meeting')
      .setDescription('The meeting, e.g. "moscow april 2023" — or pick a known meeting')
      .setRequired(true)
      .setMaxLength(QUERY_MAX_LENGTH)
      .setAutocomplete(true),
  )
  .addStringOption((option) =>
    option
      .setName('country')
      .setDescription('Only participants from this country')
      .setMaxLength(100),
  )
  .addBooleanOption((option) =>
    option.setName('private').setDescription('Only you see the answer'),
  );

export const execute = replyToWhoAttended;
export const autocomplete = suggestMeetingChoices;
