import type { Briefing } from '../types.js';
import type { MeetingRecord } from './types.js';

/**
 * Finds the meetings a set of briefings reports or announces, merged across briefings and
 * linked into series, in date order (undated last).
 */
export function extractMeetings(_briefings: readonly Briefing[]): MeetingRecord[] {
  return [];
}
