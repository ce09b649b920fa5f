/**
 * The product's answers: pure functions from (knowledge, text) to structured results.
 * The CLI renders them as text or JSON, the bot as Discord embeds.
 */
export { type AskOptions, ask } from './ask.js';
export { findMeetings, listMeetings, type MeetingSuggestion, suggestMeetings } from './meeting.js';
export { type WhoAttendedOptions, whoAttended } from './whoAttended.js';
