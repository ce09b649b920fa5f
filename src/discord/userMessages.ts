/**
 * Everything the bot says to users when it is not answering: one union of identifiers and
 * the words for each, in one place. No stack traces, paths or internals ever reach a user.
 */

export type UserMessageCode =
  | 'internalError'
  | 'unknownCommand'
  | 'unknownButton'
  | 'meetingGone'
  | 'shuttingDown'
  | 'busy'
  | 'cooldown'
  | 'emptyQuestion'
  | 'reloadUnavailable'
  | 'reloadNotAllowed'
  | 'reloadInterrupted'
  | 'briefingsFolderMissing'
  | 'briefingsFolderUnreadable';

const USER_MESSAGES: Readonly<Record<UserMessageCode, string>> = Object.freeze({
  internalError: 'Sorry — something went wrong while answering. Please try again in a moment.',
  unknownCommand: 'Sorry — I don’t know that command. Try /help.',
  unknownButton: 'Sorry — that button is no longer available. Run the command again.',
  meetingGone: 'That meeting is no longer in the briefings. Run /meeting again to see what is.',
  shuttingDown: 'I’m restarting right now. Please ask again in a minute.',
  busy: 'I’m answering a lot of questions right now. Please try again in a moment.',
  cooldown: 'One moment, please — I’m still on your last question. Ask again in a few seconds.',
  emptyQuestion:
    'Ask me about the briefings after the mention, e.g. “@briefing-bot when did they last meet in Moscow?” — or use /ask, /meeting, /who-attended.',
  reloadUnavailable: 'Re-reading the briefings is not available in this bot.',
  reloadNotAllowed: 'Only members with the Manage Server permission can re-read the briefings.',
  reloadInterrupted:
    'I’m restarting, so the re-reading was not finished. It starts again with me; run /reload in a minute to see the result.',
  briefingsFolderMissing:
    'The briefings folder is gone. I’m still answering from the last briefings I read; restore the folder and run /reload again.',
  briefingsFolderUnreadable:
    'The briefings folder cannot be read. I’m still answering from the last briefings I read; check its permissions and run /reload again.',
});

/** Every code, for tests that check all the messages. */
export const USER_MESSAGE_CODES = Object.freeze(Object.keys(USER_MESSAGES) as UserMessageCode[]);

export function userMessage(code: UserMessageCode): string {
  return USER_MESSAGES[code];
}
