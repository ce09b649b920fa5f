/** `npm run deploy-commands`: registers the slash commands in commands/ with Discord. */
import { formatConfigProblems, loadConfig } from '../src/config.js';
import {
  deployCommands,
  describeDeployError,
  describeDeployment,
} from '../src/discord/deployCommands.js';
import { loadCommands } from '../src/discord/loadCommands.js';

async function main(): Promise<number> {
  const config = loadConfig();
  if (!config.ok) {
    for (const line of formatConfigProblems(config.error)) console.error(line);
    return 1;
  }
  const commands = await loadCommands();
  if (!commands.ok) {
    for (const line of commands.error) console.error(`✗ ${line}`);
    return 1;
  }
  try {
    const deployed = await deployCommands(config.value, commands.value);
    for (const line of describeDeployment(deployed)) console.log(line);
    return 0;
  } catch (error) {
    console.error(describeDeployError(error));
    return 1;
  }
}

process.exitCode = await main();
