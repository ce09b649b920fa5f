import { SlashCommandBuilder } from 'discord.js';
import { replyWithHelp } from '../src/discord/commandReplies.js';

export const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('What the bot can answer, with an example for each command');

export const execute = replyWithHelp;
