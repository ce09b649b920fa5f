/**
 * A small Discord on 127.0.0.1 for end-to-end tests: the REST routes the bot uses and a
 * gateway WebSocket. The real discord.js client reaches it only through its options (the
 * REST `api` base URL); the gateway URL comes from `GET /gateway/bot`, as with Discord.
 *
 * It behaves like Discord where the bot could get it wrong: interactions expire 3 s after
 * they were created (the time in their snowflake id) — stretched by the machine's slowdown, so
 * that a busy machine does not expire what the bot answered as fast as the machine let it —
 * and can be acknowledged once; message payloads over Discord's limits
 * are refused with 50035; privileged intents that the application was not granted close the
 * gateway with 4014; message content is blanked unless the bot is mentioned; a message
 * sent again with the same enforced nonce is not created twice.
 * Every request and every gateway frame the bot sends is recorded for assertions.
 *
 * Faults can be injected as Discord produces them: REST 429s with the headers discord.js
 * reads (route and global), 5xx before or after the request took effect, gateway closes
 * (abnormal, resumable, session-ending, fatal), reconnect requests (opcode 7), invalid sessions
 * (opcode 9), and interactions delivered late (created some time before they reach the bot, as
 * when Discord's gateway or the bot's own backlog holds them up).
 *
 * Every wait for the bot (a request, a frame, a handshake) is given the patience of the machine
 * (tests/support/machine.ts): its time is what is enough on an idle machine.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  type APIApplicationCommand,
  type APIInteraction,
  type APIMessage,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  type GatewayDispatchPayload,
  GatewayIntentBits,
  GatewayOpcodes,
  type GatewayReceivePayload,
  type GatewaySendPayload,
  InteractionResponseType,
  MessageFlags,
  MessageType,
  RESTJSONErrorCodes,
} from 'discord-api-types/v10';
import { type WebSocket, WebSocketServer } from 'ws';
import { PatientLimit, patience, patientTimeout } from './machine.js';
import { channelMessage, createWorld, guildCreate, type World } from './payloads.js';
import { nextSnowflake, randomToken, snowflakeTime } from './snowflake.js';

/**
 * Discord's window for the first response to an interaction. The local Discord gives each
 * interaction this much patience (tests/support/machine.ts): on a busy machine the bot's
 * answer takes longer to reach it for reasons that are not the bot's.
 */
export const INTERACTION_DEADLINE_MS = 3_000;
/** What Discord asks for by default; tests may shorten it to see heartbeats. */
const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;
const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers |
  GatewayIntentBits.GuildPresences |
  GatewayIntentBits.MessageContent;

export type RouteName =
  | 'getGatewayBot'
  | 'getGateway'
  | 'getCurrentUser'
  | 'getCurrentApplication'
  | 'interactionCallback'
  | 'webhookMessage'
  | 'webhookExecute'
  | 'channelMessage'
  | 'channelTyping'
  | 'globalCommands'
  | 'guildCommands'
  | 'unknown';

/** A REST failure to answer the next matching request(s) with. */
export type RestFault =
  | {
      readonly kind: 'rateLimited';
      readonly route: RouteName;
      readonly method?: string;
      /** How many matching requests get it (default 1). */
      readonly times?: number;
      readonly retryAfterMs: number;
      /** `global` blocks every route, as Discord's global limit does; `user`/`shared` one route. */
      readonly scope: 'user' | 'shared' | 'global';
    }
  | {
      readonly kind: 'serverError';
      readonly route: RouteName;
      readonly method?: string;
      readonly times?: number;
      readonly status?: 500 | 502 | 503 | 504;
      /**
       * The request took effect, then the response was lost (a gateway timeout): the client
       * cannot tell, and a retry finds the work already done.
       */
      readonly afterProcessing?: boolean;
    };

export interface RecordedRequest {
  readonly method: string;
  /** The path after `/api/v{n}`: "/interactions/1/tok/callback". */
  readonly path: string;
  readonly apiVersion: string;
  readonly route: RouteName;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly authorization: string | undefined;
  readonly body: unknown;
  /** Milliseconds since the interaction this request answers was dispatched, if any. */
  readonly sinceDispatchMs: number | null;
  /** Milliseconds since that interaction was created (what Discord's 3 s count from), if any. */
  readonly sinceCreatedMs: number | null;
  /**
   * The window for that interaction's first response when this request came, if any:
   * INTERACTION_DEADLINE_MS with the machine's patience.
   */
  readonly windowMs: number | null;
  readonly status: number;
  readonly at: number;
  /** Set when the response was an injected fault (or a retry made before a 429's wait was over). */
  readonly fault?: RestFault['kind'] | 'retriedTooEarly';
}

export interface GatewayFrame {
  readonly at: number;
  readonly payload: GatewaySendPayload;
}

export interface GatewayConnection {
  readonly query: Readonly<Record<string, string>>;
}

export interface LocalDiscordOptions {
  /** The token the bot must present (REST and Identify); a wrong one is refused with 401/4004. */
  readonly token?: string;
  readonly heartbeatIntervalMs?: number;
  /** Privileged intents the application was granted in the developer portal (none by default). */
  readonly grantedPrivilegedIntents?: number;
}

interface InteractionState {
  readonly interaction: APIInteraction;
  /** When the interaction was created (its snowflake's time): its 3 s count from here. */
  readonly createdAt: number;
  readonly dispatchedAt: number;
  /** Its 3 s, stretched as the machine slows down from its dispatch on (and never shrunk). */
  readonly window: PatientLimit;
  acknowledged: boolean;
  original: APIMessage | null;
}

interface Route {
  readonly name: RouteName;
  readonly method: string;
  readonly pattern: RegExp;
}

const ROUTES: readonly Route[] = [
  { name: 'getGatewayBot', method: 'GET', pattern: /^\/gateway\/bot$/ },
  { name: 'getGateway', method: 'GET', pattern: /^\/gateway$/ },
  { name: 'getCurrentUser', method: 'GET', pattern: /^\/users\/@me$/ },
  { name: 'getCurrentApplication', method: 'GET', pattern: /^\/applications\/@me$/ },
  {
    name: 'interactionCallback',
    method: 'POST',
    pattern: /^\/interactions\/(?<id>\d+)\/(?<token>[^/]+)\/callback$/,
  },
  {
    name: 'webhookMessage',
    method: '*',
    pattern: /^\/webhooks\/(?<applicationId>\d+)\/(?<token>[^/]+)\/messages\/(?<messageId>[^/]+)$/,
  },
  {
    name: 'webhookExecute',
    method: 'POST',
    pattern: /^\/webhooks\/(?<applicationId>\d+)\/(?<token>[^/]+)$/,
  },
  { name: 'channelMessage', method: 'POST', pattern: /^\/channels\/(?<channelId>\d+)\/messages$/ },
  { name: 'channelTyping', method: 'POST', pattern: /^\/channels\/(?<channelId>\d+)\/typing$/ },
  {
    name: 'guildCommands',
    method: 'PUT',
    pattern: /^\/applications\/(?<applicationId>\d+)\/guilds\/(?<guildId>\d+)\/commands$/,
  },
  {
    name: 'globalCommands',
    method: 'PUT',
    pattern: /^\/applications\/(?<applicationId>\d+)\/commands$/,
  },
];

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: unknown,
  ) {
    super(message);
  }
}

/** Close codes after which Discord does not let the session resume. */
const SESSION_ENDING_CLOSE_CODES: ReadonlySet<number> = new Set([
  1000,
  1001,
  GatewayCloseCodes.InvalidSeq,
  GatewayCloseCodes.SessionTimedOut,
]);
/** What a 429 says about the route's bucket (the numbers are illustrative, the shape is Discord's). */
const RATE_LIMIT_BUCKET = { limit: 5, hash: 'local-bucket' } as const;

interface ActiveFault {
  readonly fault: RestFault;
  remaining: number;
}

export class LocalDiscord {
  readonly world: World = createWorld();
  readonly requests: RecordedRequest[] = [];
  /** Messages the bot created (channel messages, webhook messages, interaction replies). */
  readonly createdMessages: APIMessage[] = [];
  /** Frames the bot sent on the gateway (Identify, Heartbeat, Resume…), in order. */
  readonly gatewayFrames: GatewayFrame[] = [];
  readonly gatewayConnections: GatewayConnection[] = [];

  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<Socket>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly dispatched: GatewayDispatchPayload[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly faults: ActiveFault[] = [];
  /** Until when a 429 told the client to wait, per route (or '*' for the global limit). */
  private readonly rateLimitedUntil = new Map<string, number>();
  private session: string | null = null;
  private sequence = 0;
  private socket: WebSocket | null = null;
  private identifiedIntents: number | null = null;
  private port = 0;

  private constructor(private readonly options: LocalDiscordOptions) {
    this.server = createServer((req, res) => void this.handleHttp(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/gateway') {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.acceptGateway(ws, url));
    });
  }

  static async start(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
    const discord = new LocalDiscord(options);
    discord.server.listen(0, '127.0.0.1');
    await once(discord.server, 'listening');
    discord.port = (discord.server.address() as AddressInfo).port;
    return discord;
  }

  /** The REST base URL, without version: what DISCORD_API_URL holds. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** The current gateway session (a new one after every Identify). */
  get sessionId(): string | null {
    return this.session;
  }

  /** Identify and Resume frames the bot has sent, in order. */
  get handshakes(): Array<'identify' | 'resume'> {
    return this.gatewayFrames.flatMap((frame) =>
      frame.payload.op === GatewayOpcodes.Identify
        ? ['identify' as const]
        : frame.payload.op === GatewayOpcodes.Resume
          ? ['resume' as const]
          : [],
    );
  }

  /** The intents the bot identified with, once it has. */
  get intents(): number | null {
    return this.identifiedIntents;
  }

  // ── what tests do ─────────────────────────────────────────────────────────────────────────

  /**
   * Dispatches an interaction to the bot. Its 3-second window counts from its creation, which
   * is now unless `ageMs` says it was created that long ago (it is then given a new id whose
   * snowflake carries that time, as Discord's would).
   */
  sendInteraction<T extends APIInteraction>(interaction: T, options: { ageMs?: number } = {}): T {
    const sent =
      options.ageMs === undefined
        ? interaction
        : { ...interaction, id: nextSnowflake(Date.now() - options.ageMs) };
    this.interactions.set(sent.token, {
      interaction: sent,
      createdAt: snowflakeTime(sent.id),
      dispatchedAt: Date.now(),
      window: new PatientLimit(INTERACTION_DEADLINE_MS),
      acknowledged: false,
      original: null,
    });
    this.dispatch(GatewayDispatchEvents.InteractionCreate, sent);
    return sent;
  }

  /** Dispatches a message created in the test channel, with content rules as Discord applies them. */
  sendMessage(message: APIMessage): APIMessage {
    const intents = this.identifiedIntents ?? 0;
    if ((intents & GatewayIntentBits.GuildMessages) === 0) return message;
    const mentionsBot = message.mentions.some(
      (mentioned) => mentioned.id === this.world.botUser.id,
    );
    const contentVisible =
      (intents & GatewayIntentBits.MessageContent) !== 0 ||
      mentionsBot ||
      message.author.id === this.world.botUser.id;
    const delivered = contentVisible ? message : { ...message, content: '', embeds: [] };
    this.dispatch(GatewayDispatchEvents.MessageCreate, delivered);
    return message;
  }

  /** Asks the bot to reconnect (opcode 7), as Discord does before moving a session. */
  requestReconnect(): void {
    this.socket?.send(JSON.stringify({ op: GatewayOpcodes.Reconnect, d: null }));
  }

  // ── faults ──────────────────────────────────────────────────────────────────────────────────

  /** Answers the next matching request(s) with `fault` instead of (or after) doing the work. */
  injectFault(fault: RestFault): void {
    this.faults.push({ fault, remaining: fault.times ?? 1 });
  }

  /** Requests answered with an injected fault (or refused for coming before a 429's wait ended). */
  get faultedRequests(): RecordedRequest[] {
    return this.requests.filter((request) => request.fault !== undefined);
  }

  /**
   * Drops the gateway connection. `abnormal` ends the TCP connection without a close frame
   * (the client sees 1006); a code closes it with that code. Codes after which Discord
   * ends the session (4007, 4009, 1000, 1001) also forget the session, so a Resume is
   * answered with an invalid session.
   */
  closeGateway(code: 'abnormal' | number): void {
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    if (code === 'abnormal') {
      socket.terminate();
      return;
    }
    if (SESSION_ENDING_CLOSE_CODES.has(code)) this.session = null;
    socket.close(code, 'closed by the local Discord');
  }

  /** Opcode 9: the session is invalid; `resumable` says whether the client may resume it. */
  invalidateSession(resumable: boolean): void {
    if (!resumable) this.session = null;
    this.socket?.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: resumable }));
  }

  /** Resolves once the bot is connected and has identified or resumed `count` times in all. */
  async waitForHandshakes(count: number, timeoutMs = 8_000): Promise<void> {
    await this.waitFor(
      () => (this.handshakes.length >= count && this.socket && this.session ? true : undefined),
      timeoutMs,
      `handshake #${count}`,
    );
  }

  /** The original response message of an interaction, as Discord holds it now. */
  originalMessage(token: string): APIMessage | null {
    return this.interactions.get(token)?.original ?? null;
  }

  /** Every request made for one interaction (its callback and webhook calls), in order. */
  requestsFor(interaction: APIInteraction): RecordedRequest[] {
    return this.requests.filter((request) => request.params.token === interaction.token);
  }

  /**
   * Resolves with the first recorded request matching `predicate`, waiting up to `timeoutMs`
   * (enough on an idle machine; stretched by the machine's slowdown).
   */
  waitForRequest(
    predicate: (request: RecordedRequest) => boolean,
    timeoutMs = 5_000,
  ): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, 'request');
  }

  /** Resolves once the bot has sent a gateway frame matching `predicate`. */
  waitForFrame(
    predicate: (frame: GatewayFrame) => boolean,
    timeoutMs = 5_000,
  ): Promise<GatewayFrame> {
    return this.waitFor(() => this.gatewayFrames.find(predicate), timeoutMs, 'gateway frame');
  }

  /**
   * Resolves after `quietMs` (on an idle machine; longer on a busy one) pass with no new
   * request, to check that nothing more is sent.
   */
  async settle(quietMs = 300): Promise<void> {
    let count = -1;
    while (count !== this.requests.length) {
      count = this.requests.length;
      await new Promise((resolve) => setTimeout(resolve, patience(quietMs)));
    }
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ── gateway ───────────────────────────────────────────────────────────────────────────────

  private acceptGateway(ws: WebSocket, url: URL): void {
    const query = Object.fromEntries(url.searchParams);
    this.gatewayConnections.push({ query });
    if (query.v !== '10') {
      ws.close(GatewayCloseCodes.InvalidAPIVersion, 'Invalid API version');
      return;
    }
    if (query.encoding !== 'json' || query.compress !== undefined) {
      // This stand-in speaks uncompressed JSON only, as a client without zlib-sync asks for.
      ws.close(GatewayCloseCodes.DecodeError, 'Unsupported encoding or compression');
      return;
    }
    this.socket?.terminate();
    this.socket = ws;
    ws.on('message', (raw) => this.onGatewayFrame(ws, raw.toString()));
    ws.on('close', () => {
      if (this.socket === ws) this.socket = null;
    });
    ws.send(
      JSON.stringify({
        op: GatewayOpcodes.Hello,
        d: {
          heartbeat_interval: this.options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS,
        },
      }),
    );
  }

  private onGatewayFrame(ws: WebSocket, text: string): void {
    let payload: GatewaySendPayload;
    try {
      payload = JSON.parse(text) as GatewaySendPayload;
    } catch {
      ws.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload');
      return;
    }
    this.gatewayFrames.push({ at: Date.now(), payload });
    this.notify();
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        ws.send(JSON.stringify({ op: GatewayOpcodes.HeartbeatAck }));
        return;
      case GatewayOpcodes.Identify: {
        if (!this.tokenIsValid(payload.d.token)) {
          ws.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed');
          return;
        }
        const granted = this.options.grantedPrivilegedIntents ?? 0;
        if ((payload.d.intents & PRIVILEGED_INTENTS & ~granted) !== 0) {
          ws.close(GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s)');
          return;
        }
        this.identifiedIntents = payload.d.intents;
        this.session = randomToken(32);
        this.sequence = 0;
        this.dispatched.length = 0;
        this.dispatch(GatewayDispatchEvents.Ready, {
          v: 10,
          user: this.world.botUser,
          guilds: [{ id: this.world.guildId, unavailable: true }],
          session_id: this.session,
          resume_gateway_url: this.gatewayUrl,
          shard: payload.d.shard ?? [0, 1],
          application: { id: this.world.applicationId, flags: 0 },
        } as never);
        if ((payload.d.intents & GatewayIntentBits.Guilds) !== 0) {
          this.dispatch(GatewayDispatchEvents.GuildCreate, guildCreate(this.world));
        }
        return;
      }
      case GatewayOpcodes.Resume: {
        const { session_id: sessionId, seq, token } = payload.d;
        if (this.session === null || sessionId !== this.session || !this.tokenIsValid(token)) {
          ws.send(JSON.stringify({ op: GatewayOpcodes.InvalidSession, d: false }));
          return;
        }
        for (const missed of this.dispatched.filter((event) => event.s > seq)) {
          ws.send(JSON.stringify(missed));
        }
        this.dispatch(GatewayDispatchEvents.Resumed, null as never);
        return;
      }
      default:
        return;
    }
  }

  private dispatch(t: GatewayDispatchEvents, d: unknown): void {
    this.sequence += 1;
    const payload = {
      op: GatewayOpcodes.Dispatch,
      t,
      s: this.sequence,
      d,
    } as GatewayDispatchPayload;
    this.dispatched.push(payload);
    this.socket?.send(JSON.stringify(payload satisfies GatewayReceivePayload));
    this.notify();
  }

  private tokenIsValid(token: string | undefined): boolean {
    return this.options.token === undefined || token === this.options.token;
  }

  // ── REST ──────────────────────────────────────────────────────────────────────────────────

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // discord.js sends "@original" percent-encoded; routes are matched on the decoded path.
    const versioned = /^\/api\/v(?<version>\d+)(?<path>\/.*)$/.exec(
      decodeURIComponent(url.pathname),
    );
    const path = versioned?.groups?.path ?? url.pathname;
    const method = req.method ?? 'GET';
    const route = ROUTES.find(
      (candidate) =>
        (candidate.method === '*' || candidate.method === method) && candidate.pattern.test(path),
    );
    const params = { ...(route?.pattern.exec(path)?.groups ?? {}) };
    const rawBody = await readBody(req);
    const body = parseBody(rawBody, req.headers['content-type']);
    const state = params.token ? this.interactions.get(params.token) : undefined;

    const routeName = route?.name ?? 'unknown';
    const fault = this.takeFault(routeName, method);
    let status = 200;
    let response: unknown;
    let headers: Record<string, string> = {};
    let faulted: RecordedRequest['fault'];
    // Discord's buckets are per route and major parameter (the interaction, the channel).
    const bucket = `${routeName}:${params.token ?? params.channelId ?? ''}`;
    const early = this.rateLimitWindow(bucket);
    if (early !== null) {
      // The client came back before the wait it was told: Discord answers with another 429.
      ({ status, response, headers } = rateLimitedResponse(
        early.scope,
        early.untilMs - Date.now(),
      ));
      faulted = 'retriedTooEarly';
    } else if (fault && (fault.kind === 'rateLimited' || !fault.afterProcessing)) {
      ({ status, response, headers } = this.faultResponse(fault, bucket));
      faulted = fault.kind;
    } else {
      try {
        if (!versioned) throw new HttpError(404, 0, '404: Not Found');
        response = this.respond(routeName, method, params, url, body, req);
        if (response === undefined) status = 204;
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        status = error.status;
        response = {
          message: error.message,
          code: error.code,
          ...(error.errors ? { errors: error.errors } : {}),
        };
      }
      if (fault) {
        ({ status, response, headers } = this.faultResponse(fault, bucket));
        faulted = fault.kind;
      }
    }

    this.requests.push({
      method,
      path,
      apiVersion: versioned?.groups?.version ?? '',
      route: routeName,
      params,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      body,
      sinceDispatchMs: state ? Date.now() - state.dispatchedAt : null,
      sinceCreatedMs: state ? Date.now() - state.createdAt : null,
      windowMs: state ? state.window.allowedMs : null,
      status,
      at: Date.now(),
      ...(faulted ? { fault: faulted } : {}),
    });
    this.notify();

    if (status === 204) {
      res.writeHead(204, headers).end();
      return;
    }
    res
      .writeHead(status, { 'content-type': 'application/json', ...headers })
      .end(JSON.stringify(response));
  }

  /** The next injected fault for this route, used up by one request. */
  private takeFault(route: RouteName, method: string): RestFault | null {
    const active = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        candidate.fault.route === route &&
        (candidate.fault.method === undefined || candidate.fault.method === method),
    );
    if (!active) return null;
    active.remaining -= 1;
    return active.fault;
  }

  /** The rate-limit window a request to `bucket` falls in, if the client was told to wait. */
  private rateLimitWindow(
    bucket: string,
  ): { scope: 'user' | 'shared' | 'global'; untilMs: number } | null {
    const now = Date.now();
    const global = this.rateLimitedUntil.get('*') ?? 0;
    if (global > now) return { scope: 'global', untilMs: global };
    const own = this.rateLimitedUntil.get(bucket) ?? 0;
    if (own > now) return { scope: 'user', untilMs: own };
    return null;
  }

  private faultResponse(
    fault: RestFault,
    bucket: string,
  ): { status: number; response: unknown; headers: Record<string, string> } {
    if (fault.kind === 'serverError') {
      const status = fault.status ?? 502;
      return { status, response: { message: `${status}: Server error`, code: 0 }, headers: {} };
    }
    this.rateLimitedUntil.set(
      fault.scope === 'global' ? '*' : bucket,
      Date.now() + fault.retryAfterMs,
    );
    return rateLimitedResponse(fault.scope, fault.retryAfterMs);
  }

  private respond(
    route: RouteName,
    method: string,
    params: Record<string, string>,
    url: URL,
    body: unknown,
    req: IncomingMessage,
  ): unknown {
    const authenticated = () => {
      const header = req.headers.authorization;
      if (!header?.startsWith('Bot ') || !this.tokenIsValid(header.slice('Bot '.length))) {
        throw new HttpError(401, 0, '401: Unauthorized');
      }
    };
    switch (route) {
      case 'getGatewayBot':
        authenticated();
        return {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 14_400_000,
            max_concurrency: 1,
          },
        };
      case 'getGateway':
        return { url: this.gatewayUrl };
      case 'getCurrentUser':
        authenticated();
        return this.world.botUser;
      case 'getCurrentApplication':
        authenticated();
        return {
          id: this.world.applicationId,
          name: this.world.botUser.username,
          bot_public: false,
        };
      case 'interactionCallback':
        return this.interactionCallback(params, url, body);
      case 'webhookMessage':
        return this.webhookMessage(method, params, body);
      case 'webhookExecute':
        return this.webhookExecute(params, body);
      case 'channelMessage': {
        authenticated();
        assertMessageWithinLimits(body);
        const payload = body as Partial<APIMessage> & {
          message_reference?: { message_id: string };
          enforce_nonce?: boolean;
        };
        if (payload.enforce_nonce && payload.nonce !== undefined) {
          // Discord returns the message already created with this nonce instead of a second one.
          const existing = this.createdMessages.find(
            (message) => message.nonce === payload.nonce && message.channel_id === params.channelId,
          );
          if (existing) return existing;
        }
        return this.message(payload, {
          channel_id: params.channelId ?? this.world.channel.id,
          type: payload.message_reference ? MessageType.Reply : MessageType.Default,
        });
      }
      case 'channelTyping':
        authenticated();
        return undefined;
      case 'globalCommands':
      case 'guildCommands': {
        authenticated();
        if (params.applicationId !== this.world.applicationId) {
          throw new HttpError(403, RESTJSONErrorCodes.MissingAccess, 'Missing Access');
        }
        return (body as Array<Record<string, unknown>>).map(
          (command): Partial<APIApplicationCommand> => ({
            ...command,
            id: nextSnowflake(),
            application_id: this.world.applicationId,
            version: nextSnowflake(),
            ...(params.guildId ? { guild_id: params.guildId } : {}),
          }),
        );
      }
      default:
        throw new HttpError(404, 0, '404: Not Found');
    }
  }

  private interactionCallback(params: Record<string, string>, url: URL, body: unknown): unknown {
    const state = this.interactions.get(params.token ?? '');
    if (!state || state.interaction.id !== params.id) {
      throw new HttpError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
    }
    if (Date.now() - state.createdAt > state.window.allowedMs) {
      throw new HttpError(404, RESTJSONErrorCodes.UnknownInteraction, 'Unknown interaction');
    }
    if (state.acknowledged) {
      throw new HttpError(
        400,
        RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
        'Interaction has already been acknowledged.',
      );
    }
    const callback = body as { type: InteractionResponseType; data?: Record<string, unknown> };
    if (callback.type === InteractionResponseType.ChannelMessageWithSource) {
      assertMessageWithinLimits(callback.data ?? {});
    }
    if (callback.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
      assertChoicesWithinLimits(callback.data ?? {});
    }
    state.acknowledged = true;
    if (
      callback.type === InteractionResponseType.ChannelMessageWithSource ||
      callback.type === InteractionResponseType.DeferredChannelMessageWithSource
    ) {
      const loading =
        callback.type === InteractionResponseType.DeferredChannelMessageWithSource
          ? MessageFlags.Loading
          : 0;
      state.original = this.message(callback.data ?? {}, {
        channel_id: this.world.channel.id,
        type: MessageType.ChatInputCommand,
        webhook_id: this.world.applicationId,
        flags: (Number(callback.data?.flags ?? 0) | loading) as MessageFlags,
        interaction_metadata: {
          id: state.interaction.id,
          type: state.interaction.type,
          user: this.world.member,
          authorizing_integration_owners: {},
        },
      } as Partial<APIMessage>);
    }
    if (url.searchParams.get('with_response') !== 'true') return undefined;
    return {
      interaction: { id: state.interaction.id, type: state.interaction.type },
      resource: { type: callback.type, ...(state.original ? { message: state.original } : {}) },
    };
  }

  private webhookMessage(method: string, params: Record<string, string>, body: unknown): unknown {
    const state = this.webhookState(params);
    if (params.messageId !== '@original') {
      throw new HttpError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
    }
    if (!state.original)
      throw new HttpError(404, RESTJSONErrorCodes.UnknownMessage, 'Unknown Message');
    if (method === 'GET') return state.original;
    if (method === 'DELETE') {
      state.original = null;
      return undefined;
    }
    if (method !== 'PATCH') throw new HttpError(405, 0, '405: Method Not Allowed');
    assertMessageWithinLimits(body);
    const edit = body as Partial<APIMessage>;
    state.original = {
      ...state.original,
      ...edit,
      flags: ((state.original.flags ?? 0) & ~MessageFlags.Loading) as MessageFlags,
      edited_timestamp: new Date().toISOString(),
    };
    return state.original;
  }

  private webhookExecute(params: Record<string, string>, body: unknown): unknown {
    const state = this.webhookState(params);
    if (!state.acknowledged)
      throw new HttpError(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    assertMessageWithinLimits(body);
    const payload = body as Partial<APIMessage>;
    return this.message(payload, {
      channel_id: this.world.channel.id,
      webhook_id: this.world.applicationId,
      flags: (payload.flags ?? 0) as MessageFlags,
    });
  }

  private webhookState(params: Record<string, string>): InteractionState {
    const state = this.interactions.get(params.token ?? '');
    if (!state || params.applicationId !== this.world.applicationId) {
      throw new HttpError(404, RESTJSONErrorCodes.UnknownWebhook, 'Unknown Webhook');
    }
    return state;
  }

  /** A message as Discord returns it after the bot posted `payload`. */
  private message(payload: Partial<APIMessage>, fields: Partial<APIMessage>): APIMessage {
    const base = channelMessage(this.world, String(payload.content ?? ''), {
      author: this.world.botUser,
    });
    const created: APIMessage = {
      ...base,
      embeds: payload.embeds ?? [],
      components: payload.components ?? [],
      application_id: this.world.applicationId,
      ...(payload.nonce !== undefined ? { nonce: payload.nonce } : {}),
      ...fields,
    };
    this.createdMessages.push(created);
    return created;
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        const match = find();
        if (match === undefined) return;
        cleanup();
        resolve(match);
      };
      const cancelTimeout = patientTimeout(timeoutMs, (limit) => {
        cleanup();
        reject(new Error(`local Discord: no matching ${what} within ${limit.describe()}`));
      });
      const cleanup = () => {
        cancelTimeout();
        this.listeners.delete(check);
      };
      this.listeners.add(check);
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

// ── Discord's payload limits, enforced as Discord does (400, code 50035) ──────────────────────

const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
  footer?: { text: string };
  author?: { name: string };
}

/** Discord's problems with a message payload, in words; empty when Discord would accept it. */
export function messageLimitProblems(body: unknown): string[] {
  const problems: string[] = [];
  const message = (body ?? {}) as { content?: string; embeds?: EmbedLike[] };
  const over = (what: string, value: string | undefined, limit: number) => {
    if (value !== undefined && [...value].length > limit)
      problems.push(`${what} longer than ${limit}`);
  };
  over('content', message.content, LIMITS.content);
  const embeds = message.embeds ?? [];
  if (embeds.length > LIMITS.embeds) problems.push(`more than ${LIMITS.embeds} embeds`);
  let total = 0;
  embeds.forEach((embed, index) => {
    over(`embeds[${index}].title`, embed.title, LIMITS.title);
    over(`embeds[${index}].description`, embed.description, LIMITS.description);
    over(`embeds[${index}].footer`, embed.footer?.text, LIMITS.footer);
    over(`embeds[${index}].author`, embed.author?.name, LIMITS.author);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.fields) problems.push(`embeds[${index}] has more than 25 fields`);
    fields.forEach((field, fieldIndex) => {
      over(`embeds[${index}].fields[${fieldIndex}].name`, field.name, LIMITS.fieldName);
      over(`embeds[${index}].fields[${fieldIndex}].value`, field.value, LIMITS.fieldValue);
      if (!field.name || !field.value)
        problems.push(`embeds[${index}].fields[${fieldIndex}] is empty`);
    });
    total += embedLength(embed);
  });
  if (total > LIMITS.embedTotal) problems.push(`embeds total ${total} over ${LIMITS.embedTotal}`);
  return problems;
}

export function embedLength(embed: EmbedLike): number {
  const length = (text: string | undefined) => (text ? [...text].length : 0);
  return (
    length(embed.title) +
    length(embed.description) +
    length(embed.footer?.text) +
    length(embed.author?.name) +
    (embed.fields ?? []).reduce((sum, field) => sum + length(field.name) + length(field.value), 0)
  );
}

/** Discord's answer to a body that breaks its limits: 400 Invalid Form Body, with what broke. */
function rejectInvalidForm(problems: readonly string[]): void {
  if (problems.length === 0) return;
  throw new HttpError(
    400,
    RESTJSONErrorCodes.InvalidFormBodyOrContentType,
    'Invalid Form Body',
    problems,
  );
}

function assertMessageWithinLimits(body: unknown): void {
  const problems = messageLimitProblems(body);
  rejectInvalidForm(problems);
}

function assertChoicesWithinLimits(data: Record<string, unknown>): void {
  const choices = (data.choices ?? []) as Array<{ name: string; value: unknown }>;
  const problems: string[] = [];
  if (choices.length > LIMITS.choices) problems.push(`more than ${LIMITS.choices} choices`);
  for (const choice of choices) {
    if ([...choice.name].length > LIMITS.choiceName || choice.name.length === 0) {
      problems.push(`choice name of ${choice.name.length}`);
    }
    if (typeof choice.value === 'string' && [...choice.value].length > LIMITS.choiceValue) {
      problems.push(`choice value of ${choice.value.length}`);
    }
  }
  rejectInvalidForm(problems);
}

// ── rate limits, as Discord words them ─────────────────────────────────────────────────────

/**
 * A 429 with Discord's headers. Discord rounds `Retry-After` up to whole seconds; discord.js
 * reads it with `Number()`, so a fraction keeps the tests short while taking the same path.
 */
function rateLimitedResponse(
  scope: 'user' | 'shared' | 'global',
  retryAfterMs: number,
): { status: number; response: unknown; headers: Record<string, string> } {
  const seconds = Math.max(0.001, retryAfterMs / 1000).toFixed(3);
  const headers: Record<string, string> = {
    'retry-after': seconds,
    'x-ratelimit-scope': scope,
  };
  if (scope === 'global') {
    headers['x-ratelimit-global'] = 'true';
  } else {
    headers['x-ratelimit-limit'] = String(RATE_LIMIT_BUCKET.limit);
    headers['x-ratelimit-remaining'] = '0';
    headers['x-ratelimit-reset'] = ((Date.now() + retryAfterMs) / 1000).toFixed(3);
    headers['x-ratelimit-reset-after'] = seconds;
    headers['x-ratelimit-bucket'] = RATE_LIMIT_BUCKET.hash;
  }
  return {
    status: 429,
    response: {
      message: 'You are being rate limited.',
      retry_after: Number(seconds),
      global: scope === 'global',
    },
    headers,
  };
}

// ── bodies ────────────────────────────────────────────────────────────────────────────────────

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON bodies as they are; multipart bodies (sent with files) by their `payload_json` part. */
function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) return null;
  if (contentType?.startsWith('multipart/form-data')) {
    const match =
      /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n(?<json>[\s\S]*?)\r\n--/.exec(raw);
    return match?.groups?.json ? JSON.parse(match.groups.json) : raw;
  }
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
