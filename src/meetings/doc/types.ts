import type { TaggedToken } from '../../nlp/tagger.js';
import type { IsoDate } from '../../types.js';

/**
 * The annotated document the meeting extraction reads: one per briefing, its sentences
 * tagged once (tokens, people, places, dates), which every parser and refiner then reads
 * instead of re-reading the text (the shape of a spaCy Doc).
 */

/** A token of a sentence: its text, offsets, part of speech, base form and negation. */
export type Token = TaggedToken;

/** A sentence as read for meetings: its text, where its own words start, its tokens. */
export interface SentenceReading {
  readonly text: string;
  /** Where the sentence's own words start: after a dateline ("NEW DELHI: "), else 0. */
  readonly from: number;
  /** Tokens of `text.slice(from)`, their offsets counted in `text`. */
  readonly tokens: readonly Token[];
}

/** Past, present or future: what the sentence's main verbs say of the time of the event. */
export type Tense = 'past' | 'present' | 'future';

/**
 * One person a sentence names. Titles and honorifics are not part of the name ("President
 * Vladimir Putin" → "Vladimir Putin"); generational and regnal suffixes are ("Jr.", "II");
 * East Asian names keep their order ("Kim Jong Un", "Moon Jae-in").
 */
export interface PersonName {
  /** The name as written, without titles: "Kim Jong Un", "Mohammed bin Salman". */
  readonly name: string;
  /** The name's offsets in the sentence. */
  readonly at: number;
  readonly end: number;
  /** The whole mention, title and apposition included: "US President Joe Biden". */
  readonly mentionAt: number;
  readonly mentionEnd: number;
  /** "Foreign Minister", "deputy head of the Africa division"; null when none is given. */
  readonly role: string | null;
  /** The person's own country, from their title or apposition ("US President", "Iran's …"). */
  readonly country: string | null;
  /** "Putin's spokesman": the name is a possessor, not the one acting. */
  readonly possessive: boolean;
  /** A title, role, honorific or apposition vouches that this is a person. */
  readonly titled: boolean;
}

/** A date a sentence gives, resolved against the briefing's reference date when relative. */
export interface DateExpression {
  readonly at: number;
  readonly end: number;
  readonly text: string;
  /** The first day, at the precision known: "2023-04-25", "2023-04" or "2023". */
  readonly date: IsoDate;
  /** The last day of a range ("Feb. 27-28", "from 9 to 10 September"), else null. */
  readonly endDate: IsoDate | null;
  /** Resolved from the reference date ("on Tuesday", "last month"), not printed in full. */
  readonly relative: boolean;
  /**
   * The tense that set its direction: its own clause's when that says past or future ("said on
   * Monday that they will meet on Friday"), else the sentence's.
   */
  readonly tense: Tense;
}

/** A place a sentence gives: a venue, a city, a country, or several of them. */
export interface PlaceExpression {
  readonly at: number;
  readonly end: number;
  readonly text: string;
  /** Canonical city name ("Samarkand"), when a city is named. */
  readonly city: string | null;
  /** Canonical country name, of the city or named alone. */
  readonly country: string | null;
  /** A named building or site ("Metropole Hotel", "Villa La Grange"), kept with its city. */
  readonly venue: string | null;
  /** The word that introduces it ("in", "at", "to", "from"), lower case, or null. */
  readonly preposition: string | null;
}

/** What the places reader knows of the briefing: the countries it names, for ambiguous cities. */
export interface PlaceContext {
  readonly countries: ReadonlySet<string>;
}
