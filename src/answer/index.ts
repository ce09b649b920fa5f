/**
 * The product's answers: pure functions from (knowledge, text) to structured results.
 * The CLI renders them as text or JSON, the bot as Discord embeds.
 */
export { ask, type AskOptions } from './ask.js';
export { findMeetings, listMeetings, suggestMeetings, type MeetingSuggestion } from './meeting.js';
export { whoAttended, type WhoAttendedOptions } from './whoAttended.js';
