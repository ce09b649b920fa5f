/**
 * Payloads as Discord sends them, built from discord-api-types so that the local Discord
 * speaks the real wire format: users, a guild with one text channel, interactions, messages.
 */
import {
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APITextChannel,
  type APIUser,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type ChannelFlags,
  ChannelType,
  ComponentType,
  type GatewayGuildCreateDispatchData,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  type GuildMemberFlags,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
} from 'discord-api-types/v10';
import { nextSnowflake, randomToken } from './snowflake.js';

/** Every permission bit a member of the test guild has (as Discord sends it: a decimal string). */
const ALL_PERMISSIONS = ((1n << 53n) - 1n).toString();

/** The ids and objects of one small Discord: an application, its bot user, a guild, a channel, a person. */
export interface World {
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guildId: string;
  readonly channel: APITextChannel;
  /** A human member of the guild who runs commands and mentions the bot. */
  readonly member: APIUser;
  /** Another bot in the guild (its messages must be ignored). */
  readonly otherBot: APIUser;
}

export function createWorld(): World {
  const applicationId = nextSnowflake();
  const guildId = nextSnowflake();
  return {
    applicationId,
    botUser: user({ id: applicationId, username: 'briefing-bot', bot: true }),
    guildId,
    channel: {
      id: nextSnowflake(),
      type: ChannelType.GuildText,
      guild_id: guildId,
      name: 'briefings',
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
      parent_id: null,
      flags: 0 as ChannelFlags,
    },
    member: user({ id: nextSnowflake(), username: 'analyst' }),
    otherBot: user({ id: nextSnowflake(), username: 'other-bot', bot: true }),
  };
}

export function user(fields: { id: string; username: string; bot?: boolean }): APIUser {
  return {
    id: fields.id,
    username: fields.username,
    discriminator: '0',
    global_name: fields.username,
    avatar: null,
    ...(fields.bot ? { bot: true } : {}),
  };
}

function guildMember(of: APIUser): APIGuildMember {
  return {
    user: of,
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
  };
}

export function guildCreate(world: World): GatewayGuildCreateDispatchData {
  return {
    id: world.guildId,
    name: 'Briefing room',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.member.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [
      {
        id: world.guildId,
        name: '@everyone',
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: '0',
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    stickers: [],
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    region: 'deprecated',
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 3,
    voice_states: [],
    members: [guildMember(world.botUser), guildMember(world.member)],
    channels: [world.channel],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  } satisfies Omit<GatewayGuildCreateDispatchData, 'roles'> & {
    roles: unknown[];
  } as GatewayGuildCreateDispatchData;
}

/** Fields every guild interaction carries. */
function interactionBase(world: World, by: APIUser) {
  return {
    id: nextSnowflake(),
    application_id: world.applicationId,
    token: randomToken(64),
    version: 1 as const,
    guild_id: world.guildId,
    channel_id: world.channel.id,
    channel: { id: world.channel.id, type: ChannelType.GuildText, name: world.channel.name },
    member: { ...guildMember(by), permissions: ALL_PERMISSIONS },
    app_permissions: ALL_PERMISSIONS,
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { 0: world.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

export type OptionValue = string | number | boolean;

function toOptions(
  values: Readonly<Record<string, OptionValue>>,
  focused?: string,
): APIApplicationCommandInteractionDataOption[] {
  return Object.entries(values).map(([name, value]) => {
    if (typeof value === 'boolean') {
      return { name, type: ApplicationCommandOptionType.Boolean, value };
    }
    if (typeof value === 'number') {
      return { name, type: ApplicationCommandOptionType.Integer, value };
    }
    return {
      name,
      type: ApplicationCommandOptionType.String,
      value,
      ...(name === focused ? { focused: true } : {}),
    };
  }) as APIApplicationCommandInteractionDataOption[];
}

/** A slash command as a member runs it: `/meeting query:moscow`. */
export function chatInput(
  world: World,
  name: string,
  options: Readonly<Record<string, OptionValue>> = {},
  by: APIUser = world.member,
): APIChatInputApplicationCommandInteraction {
  return {
    ...interactionBase(world, by),
    type: InteractionType.ApplicationCommand,
    data: {
      id: nextSnowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: world.guildId,
      options: toOptions(options),
    },
  } as APIChatInputApplicationCommandInteraction;
}

/** Autocomplete while typing into option `focused` of command `name`. */
export function autocomplete(
  world: World,
  name: string,
  options: Readonly<Record<string, OptionValue>>,
  focused: string,
): APIApplicationCommandAutocompleteInteraction {
  return {
    ...interactionBase(world, world.member),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: nextSnowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      guild_id: world.guildId,
      options: toOptions(options, focused),
    },
  } as APIApplicationCommandAutocompleteInteraction;
}

/** A click on a button of a message the bot sent earlier. */
export function buttonClick(
  world: World,
  customId: string,
  message: APIMessage,
): APIMessageComponentButtonInteraction {
  return {
    ...interactionBase(world, world.member),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  } as APIMessageComponentButtonInteraction;
}

/** A message posted in the test channel. Mentions are listed the way Discord resolves them. */
export function channelMessage(
  world: World,
  content: string,
  options: { author?: APIUser; mentions?: readonly APIUser[] } = {},
): APIMessage & { guild_id: string } {
  const author = options.author ?? world.member;
  return {
    id: nextSnowflake(),
    channel_id: world.channel.id,
    guild_id: world.guildId,
    author,
    member: guildMember(author),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [...(options.mentions ?? [])],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: MessageType.Default,
  } as APIMessage & { guild_id: string };
}
