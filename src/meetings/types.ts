import type { IsoDate, MeetingStatus, PassageId } from '../types.js';

/**
 * What the product knows about one meeting, merged across every briefing that reports it.
 * Every fact carries the passages it came from; printed Meetings (src/types.ts) number
 * those passages as citations.
 */
export interface MeetingRecord {
  /** Stable slug, e.g. "moscow-defence-ministers-2023-04-25". */
  readonly id: string;
  /** Readable title, e.g. "Quadrilateral meeting of defence ministers …, Moscow, 25 April 2023". */
  readonly title: string;
  /** What kind of gathering: "summit", "talks", "meeting", "visit", … */
  readonly kind: string;
  readonly date: IsoDate | null;
  readonly endDate: IsoDate | null;
  readonly dateSources: readonly PassageId[];
  readonly status: MeetingStatus;
  readonly statusSources: readonly PassageId[];
  /** City, or city and country ("Moscow, Russia"), or a country. */
  readonly location: string | null;
  readonly locationSources: readonly PassageId[];
  /** Countries (and organisations such as NATO) taking part, canonical names. */
  readonly countries: readonly string[];
  readonly attendees: readonly AttendeeRecord[];
  /** People named in the meeting's passages who did not take part (spokesmen, people quoted). */
  readonly alsoMentioned: readonly AttendeeRecord[];
  readonly topics: readonly TopicRecord[];
  /** Files reporting the meeting, sorted. */
  readonly briefings: readonly string[];
  /** Every passage that refers to the meeting. */
  readonly sources: readonly PassageId[];
  /** How many briefings report it as their own meeting, not in passing. */
  readonly reports?: number;
  /** The grouping or format the meeting belongs to ("G7", "NATO", "Astana format"), when known. */
  readonly format?: string | null;
  /** Neighbours in the same series (same participants/format), by id. */
  readonly previous: string | null;
  readonly next: string | null;
}

export interface AttendeeRecord {
  /** null when the briefings describe the person without a name ("Iran's defence minister"). */
  readonly name: string | null;
  readonly role: string | null;
  readonly country: string | null;
  readonly sources: readonly PassageId[];
}

export interface TopicRecord {
  readonly text: string;
  readonly sources: readonly PassageId[];
}
