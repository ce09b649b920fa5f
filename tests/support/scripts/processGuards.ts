/**
 * Run as its own process by tests/discord/security.test.ts: installs the bot's process guards,
 * lets failures escape from inside a handler scope (a rejected promise nobody awaits, a throw
 * in a timer), then shows that the process is still serving. Log lines go to stdout.
 */
import { installProcessGuards, runInScope } from '../../../src/discord/handlerScope.js';
import { createLogger } from '../../../src/logger.js';

const log = createLogger({ level: 'info' });
installProcessGuards(log);

runInScope({ interactionId: '1100000000000000001' }, () => {
  void Promise.reject(new Error('rejected inside a handler at /srv/bot/handler.js:12'));
  setTimeout(() => {
    throw new TypeError('thrown in a timer inside a handler');
  }, 10);
});

setTimeout(() => {
  log.info({ alive: true }, 'still serving');
}, 200);
