/**
 * Wires the bot: a client with the fewest intents, the interaction and message handlers,
 * logging of the connection's life, a close of the gateway that no reconnect can mend handed
 * to the caller, and a graceful stop that lets in-flight replies finish.
 */
import { type Client, Events } from 'discord.js';
import type { BotConfig } from '../config.js';
import type { RebuildReport } from '../io/liveKnowledge.js';
import type { Logger } from '../logger.js';
import type { AnswerService } from './answers.js';
import { createDiscordClient } from './client.js';
import type { CommandModule } from './commandModule.js';
import { CHANNEL_QUESTION_COOLDOWN_MS, createCooldowns } from './cooldown.js';
import { type HandlerScope, runInScope } from './handlerScope.js';
import { createInteractionHandler } from './interactionHandler.js';
import { type FatalGatewayClose, fatalGatewayClose } from './gatewayClose.js';
import { createMessageHandler } from './messageHandler.js';

/**
 * How long a stop waits for replies under way before closing the connection anyway: short
 * enough that the process, which then closes its knowledge too, is gone within 5 s.
 */
export const SHUTDOWN_GRACE_MS = 3_000;

export interface StartBotOptions {
  readonly config: Pick<BotConfig, 'token' | 'channelQuestions' | 'apiUrl'>;
  readonly answers: AnswerService;
  readonly commands: ReadonlyMap<string, CommandModule>;
  readonly log: Logger;
  readonly cooldownMs?: number;
  /** Re-reads the briefings folder now (for /reload); /reload says it is unavailable without it. */
  readonly reindex?: () => Promise<RebuildReport>;
  /**
   * Called once when Discord closes the gateway for good (a reset token, intents the bot may
   * not use): no reconnect will follow, so the process should say what to fix and end.
   */
  readonly onFatalClose?: (close: FatalGatewayClose) => void;
}

export interface RunningBot {
  readonly client: Client<true>;
  /** Finishes replies under way (up to SHUTDOWN_GRACE_MS), then disconnects. */
  stop(): Promise<void>;
}

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, log } = options;
  const client = createDiscordClient(config);
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  /** Aborted when a stop begins: long replies (a /reload) say so instead of finishing. */
  const shutdown = new AbortController();

  const track =
    <T>(handle: (event: T) => Promise<void>, scopeOf: (event: T) => HandlerScope) =>
    (event: T) => {
      const scope = scopeOf(event);
      // Promise.resolve().then: even a handler that throws before its first await is caught.
      const work = runInScope(scope, () => Promise.resolve(event).then(handle)).catch(
        (error: unknown) => log.error({ err: error, ...scope }, 'handler failed'),
      );
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    };

  const channelQuestions = config.channelQuestions === 'mentions';
  const handleInteraction = createInteractionHandler({
    context: {
      answers: options.answers,
      commands: options.commands,
      channelQuestions,
      shutdown: shutdown.signal,
      ...(options.reindex ? { reindex: options.reindex } : {}),
    },
    log,
    stopping: () => stopping,
  });
  client.on(
    Events.InteractionCreate,
    track(handleInteraction, (interaction) => ({ interactionId: interaction.id })),
  );
  if (channelQuestions) {
    const handleMessage = createMessageHandler({
      answers: options.answers,
      cooldowns: createCooldowns(options.cooldownMs ?? CHANNEL_QUESTION_COOLDOWN_MS),
      log,
      stopping: () => stopping,
    });
    client.on(
      Events.MessageCreate,
      track(handleMessage, (message) => ({ messageId: message.id })),
    );
  }

  client.on(Events.Error, (error) => log.error({ err: error }, 'client error'));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const fatal = fatalGatewayClose(event.code);
    if (fatal && options.onFatalClose) {
      options.onFatalClose(fatal);
      return;
    }
    log.warn({ shardId, code: event.code }, 'gateway disconnected');
  });
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) =>
    log.info({ shardId, replayed }, 'gateway resumed'),
  );
  client.rest.on('rateLimited', (info) =>
    log.warn({ route: info.route, retryAfter: info.retryAfter }, 'rate limited'),
  );

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(config.token);
  const readyClient = await ready;
  log.info(
    {
      user: readyClient.user.tag,
      guilds: readyClient.guilds.cache.size,
      channelQuestions: config.channelQuestions,
    },
    'connected to Discord',
  );

  return {
    client: readyClient,
    async stop() {
      if (stopping) return;
      stopping = true;
      shutdown.abort();
      log.info({ inFlight: inFlight.size }, 'stopping');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, SHUTDOWN_GRACE_MS);
        }),
      ]);
      clearTimeout(timer);
      await client.destroy();
      log.info('disconnected');
    },
  };
}
