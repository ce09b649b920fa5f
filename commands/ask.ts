import { SlashCommandBuilder } from 'discord.js';
import { QUERY_MAX_LENGTH, replyToAsk } from '../src/discord/commandReplies.js';

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Ask about the briefings; the answer quotes them, with sources')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('e.g. "When did the defence ministers last meet in Moscow?"')
      .setRequired(true)
      .setMaxLength(QUERY_MAX_LENGTH),
  )
  .addBooleanOption((option) =>
    option.setName('private').setDescription('Only you see the answer'),
  );

export const execute = replyToAsk;
