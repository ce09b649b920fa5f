/**
 * `npm start`: read the configuration, index the briefings, connect to Discord, and serve
 * every command from memory until SIGINT/SIGTERM. The briefings folder is watched: changed
 * files are re-indexed in the background and the new knowledge swapped in, while answers
 * keep reading whichever knowledge is current; /reload forces a re-index. A close of the
 * gateway that Discord will not undo (a reset token) ends the process with one line saying
 * what to fix and status 1, so that its supervisor notices.
 */
import { stat } from 'node:fs/promises';
import { formatConfigProblems, loadConfig } from './config.js';
import { answersFromKnowledge } from './discord/answers.js';
import { briefingsEventLogger, logInitialIndex } from './discord/briefingsLog.js';
import { installProcessGuards } from './discord/handlerScope.js';
import { loadCommands } from './discord/loadCommands.js';
import { type RunningBot, startBot } from './discord/startBot.js';
import { LiveKnowledge } from './io/liveKnowledge.js';
import { createLogger } from './logger.js';

/** One line for the operator; the process then exits 1. */
class StartupError extends Error {}

/** A stop (SIGTERM, SIGINT, a fatal gateway close) ends the process within this, whatever is running. */
const EXIT_DEADLINE_MS = 5_000;

async function checkBriefingsDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info)
    throw new StartupError(`✗ BRIEFINGS_DIR is unusable: ${dir} does not exist or cannot be read`);
  if (!info.isDirectory())
    throw new StartupError(`✗ BRIEFINGS_DIR is unusable: ${dir} is not a folder`);
}

function describeLoginError(error: unknown): string {
  const failure = error as { code?: string; status?: number; message?: string };
  if (failure.code === 'TokenInvalid' || failure.status === 401) {
    return '✗ DISCORD_TOKEN was refused by Discord: copy the token again from the developer portal (Bot → Reset Token)';
  }
  if (failure.code === 'DisallowedIntents') {
    return '✗ Discord refused the gateway intents this bot asks for (Guilds, Guild Messages)';
  }
  return `✗ Could not connect to Discord: ${failure.message ?? String(error)}`;
}

async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.ok) {
    for (const line of formatConfigProblems(config.error)) console.error(line);
    return 1;
  }
  const { briefingsDir, logLevel, token, cacheDir } = config.value;
  const log = createLogger({ level: logLevel, secrets: [token] });

  let bot: RunningBot;
  let stopWatching = () => {};
  let closeKnowledge = async () => {};
  /** Ends the process (after start-up; before it, start-up's own error says what went wrong). */
  let stop = (_status: number, _line?: string) => {};
  try {
    await checkBriefingsDir(briefingsDir);
    const commands = await loadCommands();
    if (!commands.ok) throw new StartupError(commands.error.map((line) => `✗ ${line}`).join('\n'));

    const live = await LiveKnowledge.open(briefingsDir, {
      onEvent: briefingsEventLogger(log),
      // A restart starts from the last snapshot; a change's meetings are worked out off
      // the main thread, so answers never wait for them.
      ...(cacheDir ? { cacheDir } : {}),
      meetingsInWorker: true,
    }).catch((error: unknown) => {
      throw new StartupError(`✗ BRIEFINGS_DIR is unusable: ${(error as Error).message}`);
    });
    logInitialIndex(log, briefingsDir, live.current);
    stopWatching = live.watch();
    closeKnowledge = () => live.close();

    bot = await startBot({
      config: config.value,
      answers: answersFromKnowledge(() => live.current, { isRebuilding: () => live.rebuilding }),
      commands: commands.value,
      log,
      reindex: () => live.rebuild(),
      onFatalClose: (close) => stop(1, close.message),
    }).catch((error: unknown) => {
      throw new StartupError(describeLoginError(error));
    });
  } catch (error) {
    stopWatching();
    if (error instanceof StartupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const running = bot;
  let stopping = false;
  stop = (status: number, line?: string) => {
    if (stopping) return;
    stopping = true;
    if (line) console.error(line);
    stopWatching();
    // Replies under way get the bot's grace; a rebuild still running stops at its next step.
    setTimeout(() => {
      log.warn(
        { deadlineMs: EXIT_DEADLINE_MS },
        'stopping took too long; exiting without waiting further',
      );
      process.exit(status);
    }, EXIT_DEADLINE_MS).unref();
    void running
      .stop()
      .then(closeKnowledge)
      .finally(() => process.exit(status));
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (!stopping) log.info({ signal }, 'shutting down');
    stop(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A failure in one reply must not take the others down.
  installProcessGuards(log);
  return 0;
}

const status = await main();
if (status !== 0) process.exit(status);
