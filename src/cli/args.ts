import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { MAX_SUPPORTING_PASSAGES } from '../answer/ask.js';
import { DEFAULT_MEETING_LIMIT } from '../answer/meeting.js';
import { MAX_MEETING_MATCHES } from '../answer/meetingSearch.js';
import type { Result } from '../types.js';
import { err, ok } from '../types.js';

export const CLI_COMMANDS = ['ask', 'meeting', 'who-attended', 'meetings'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

/** A command line, parsed: plain data, no process touched. */
export interface CliRequest {
  readonly command: CliCommand;
  /** The question or query; null when it is to be read from standard input (or for `meetings`). */
  readonly text: string | null;
  readonly briefings: string | null;
  readonly json: boolean;
  readonly limit: number | null;
  readonly country: string | null;
}

export type CliParse = Result<CliRequest, { readonly message: string; readonly exitCode: 0 | 1 }>;

/** Largest --limit accepted: more would only flood a terminal. */
const MAX_LIMIT = 100;

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new InvalidArgumentError(`--limit takes a whole number from 1 to ${MAX_LIMIT}`);
  }
  return limit;
}

const DESCRIPTIONS: Readonly<Record<CliCommand, string>> = {
  ask: 'answer a question with cited passages',
  meeting: 'the meeting that best matches a query: date, place, who took part, topics',
  'who-attended': 'who took part in the meeting that best matches a query, by country',
  meetings: 'every meeting in the briefings, in date order',
};

const LIMIT_HELP: Readonly<Record<CliCommand, string>> = {
  ask: `how many passages to cite (at most ${MAX_SUPPORTING_PASSAGES})`,
  meeting: `how many matching meetings: the best in full, the others one line each (default ${DEFAULT_MEETING_LIMIT})`,
  'who-attended': '',
  meetings: 'how many meetings, earliest first',
};

/**
 * Parses `briefing-bot <command> [text] [--briefings DIR] [--json] [--limit N] [--country C]`.
 * Help and version are "errors" with exit code 0 whose message is the text to print.
 */
export function parseCliArgs(argv: readonly string[], version: string): CliParse {
  let request: CliRequest | null = null;
  let output = '';
  const program = new Command('briefing-bot')
    .description('Answers questions about briefings with cited snippets.')
    .version(version, '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeOut: (text) => (output += text), writeErr: (text) => (output += text) })
    .showSuggestionAfterError(true);

  for (const name of CLI_COMMANDS) {
    const command = program
      .command(name)
      .description(DESCRIPTIONS[name])
      .option('--briefings <dir>', 'folder of briefings (default: $BRIEFINGS_DIR, then seeds/)')
      .option('--json', 'print one JSON document (JSON Lines when reading standard input)', false);
    // who-attended takes no --limit, but accepts one with a warning rather than refusing to answer.
    const limit = new Option('--limit <n>', LIMIT_HELP[name]).argParser(parseLimit);
    command.addOption(name === 'who-attended' ? limit.hideHelp() : limit);
    if (name !== 'meetings')
      command.argument('[text...]', 'the question or query; read from standard input when absent');
    if (name === 'who-attended')
      command.option('--country <country>', 'only participants from this country');
    command.exitOverride().configureOutput({
      writeOut: (text) => (output += text),
      writeErr: (text) => (output += text),
    });
    command.action((...args: unknown[]) => {
      const words = name === 'meetings' ? [] : (args[0] as string[]);
      const options = (name === 'meetings' ? args[0] : args[1]) as {
        briefings?: string;
        json: boolean;
        limit?: number;
        country?: string;
      };
      const text = words.join(' ');
      request = {
        command: name,
        text: name === 'meetings' || words.length === 0 ? null : text,
        briefings: options.briefings ?? null,
        json: options.json,
        limit: options.limit ?? null,
        country: options.country ?? null,
      };
    });
  }

  try {
    program.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      if (quiet || error.code === 'commander.help')
        return err({ message: output.trimEnd(), exitCode: 0 });
      return err({ message: oneLine(error.message), exitCode: 1 });
    }
    throw error;
  }
  if (!request)
    return err({
      message: program.helpInformation().trimEnd(),
      exitCode: argv.length === 0 ? 1 : 0,
    });
  return ok(request);
}

/** Commander's message on one line, its "(Did you mean …?)" kept: "unknown command 'aks' (Did you mean ask?)". */
function oneLine(message: string): string {
  return message
    .replace(/^error:\s*/, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

/** The most each command shows whatever --limit says, and how to say so; null: it takes no limit. */
const MOST_SHOWN: Readonly<
  Record<CliCommand, { readonly count: number; readonly says: string } | null>
> = {
  ask: {
    count: MAX_SUPPORTING_PASSAGES,
    says: `cites at most ${MAX_SUPPORTING_PASSAGES} passages`,
  },
  meeting: { count: MAX_MEETING_MATCHES, says: `shows at most ${MAX_MEETING_MATCHES} meetings` },
  'who-attended': null,
  meetings: { count: MAX_LIMIT, says: `shows at most ${MAX_LIMIT} meetings` },
};

/**
 * What to tell the user about a --limit the command cannot honour: one taking none, or one
 * above the most it ever shows. Null when the limit is used as given.
 */
export function limitWarning(request: CliRequest): string | null {
  if (request.limit === null) return null;
  const most = MOST_SHOWN[request.command];
  if (!most) return `${request.command} takes no --limit (it lists every participant); ignored`;
  if (request.limit <= most.count) return null;
  return `${request.command} ${most.says}; --limit ${request.limit} is read as ${most.count}`;
}
