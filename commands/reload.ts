import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { replyToReload } from '../src/discord/reload.js';

export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Re-read the briefings folder now and report what changed (server managers)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

export const execute = replyToReload;
