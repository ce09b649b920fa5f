import type { IsoDate, MeetingStatus, PassageId } from '../types.js';
import type { AttendeeRecord, TopicRecord } from './types.js';

/** One briefing's account of one meeting, before merging with other briefings' accounts. */
export interface MeetingMention {
  readonly briefing: string;
  /** The briefing's reference date (its publication date, or one inferred), when known. */
  reported?: IsoDate | null;
  /** The meeting the briefing is about, rather than one it refers to in passing. */
  readonly primary: boolean;
  date: IsoDate | null;
  endDate: IsoDate | null;
  /** How strongly the text ties the date to the meeting (3: "opens on", a range; 1: nearby). */
  dateStrength: number;
  dateSources: PassageId[];
  status: MeetingStatus;
  statusSources: PassageId[];
  city: string | null;
  placeCountry: string | null;
  locationSources: PassageId[];
  /** A grouping or format the meeting belongs to: "G7", "NATO", "Astana format". */
  format: string | null;
  /** "20th round" → 20. */
  ordinal: number | null;
  /** "quadrilateral", "trilateral", "bilateral", … */
  size: string | null;
  kind: string;
  /** Offices of the unnamed groups that meet ("defence minister", "foreign minister"). */
  level: Set<string>;
  attendees: AttendeeRecord[];
  alsoMentioned: AttendeeRecord[];
  countries: Set<string>;
  topics: TopicRecord[];
  sources: PassageId[];
}

/** An empty mention of a meeting, to be filled from a briefing's sentences. */
export function newMention(
  briefing: string,
  primary: boolean,
  reported: IsoDate | null = null,
): MeetingMention {
  return {
    briefing,
    reported,
    primary,
    date: null,
    endDate: null,
    dateStrength: 0,
    dateSources: [],
    status: 'held',
    statusSources: [],
    city: null,
    placeCountry: null,
    locationSources: [],
    format: null,
    ordinal: null,
    size: null,
    kind: 'meeting',
    level: new Set(),
    attendees: [],
    alsoMentioned: [],
    countries: new Set(),
    topics: [],
    sources: [],
  };
}
