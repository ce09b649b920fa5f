/**
 * Collects the command modules in commands/: each must export `data` (a SlashCommandBuilder)
 * and `execute`, and may export `autocomplete`. Keyed by `data.name`.
 */
import { readdir } from 'node:fs/promises';
import { err, ok, type Result } from '../types.js';
import type { CommandModule } from './commandModule.js';

/** commands/ next to src/ — in the source tree and in dist/ alike. */
export const COMMANDS_DIR = new URL('../../commands/', import.meta.url);

const MODULE_FILE = /^(?!.*\.d\.[cm]?ts$).*\.(?:js|ts)$/;

function isCommandModule(value: unknown): value is CommandModule {
  const candidate = value as Partial<CommandModule> | null;
  return (
    typeof candidate?.data?.name === 'string' &&
    typeof candidate.data.toJSON === 'function' &&
    typeof candidate.execute === 'function' &&
    (candidate.autocomplete === undefined || typeof candidate.autocomplete === 'function')
  );
}

/** The commands, or one line per file that is not a valid command module. */
export async function loadCommands(
  dir: URL = COMMANDS_DIR,
): Promise<Result<Map<string, CommandModule>, string[]>> {
  const files = (await readdir(dir)).filter((file) => MODULE_FILE.test(file)).sort();
  const commands = new Map<string, CommandModule>();
  const problems: string[] = [];
  for (const file of files) {
    const loaded: unknown = await import(new URL(file, dir).href);
    if (!isCommandModule(loaded)) {
      problems.push(
        `commands/${file}: expected exports "data" (a SlashCommandBuilder) and "execute"`,
      );
      continue;
    }
    if (commands.has(loaded.data.name)) {
      problems.push(`commands/${file}: a command named "${loaded.data.name}" is already defined`);
      continue;
    }
    commands.set(loaded.data.name, loaded);
  }
  return problems.length > 0 ? err(problems) : ok(commands);
}
