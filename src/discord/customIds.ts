/**
 * Custom ids of the buttons the bot attaches to its replies: `<action>:<meeting id>`.
 * Discord returns them verbatim on a click, so they are the whole state a button carries.
 */

export type ButtonAction = 'attendees' | 'sources';

const ACTIONS: readonly ButtonAction[] = ['attendees', 'sources'];

/** Discord's limit on a component's custom id. */
export const CUSTOM_ID_LIMIT = 100;

export interface ButtonTarget {
  readonly action: ButtonAction;
  readonly meetingId: string;
}

/** The custom id for a button, or null when the meeting id is too long to carry. */
export function encodeButtonId(target: ButtonTarget): string | null {
  const id = `${target.action}:${target.meetingId}`;
  return id.length <= CUSTOM_ID_LIMIT ? id : null;
}

export function parseButtonId(customId: string): ButtonTarget | null {
  const separator = customId.indexOf(':');
  if (separator < 0) return null;
  const action = customId.slice(0, separator) as ButtonAction;
  const meetingId = customId.slice(separator + 1);
  if (!ACTIONS.includes(action) || meetingId.length === 0) return null;
  return { action, meetingId };
}
