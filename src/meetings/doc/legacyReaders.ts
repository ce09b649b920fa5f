import { findDates, tenseOf as oldTense } from '../dates.js';
import { findPeopleUnresolved } from '../people.js';
import { findPlaces } from '../places/findPlaces.js';
import type { Readers } from './annotate.js';

/**
 * The earlier readers behind the annotated document's reader interface, until the new ones
 * replace them.
 */
export const legacyReaders: Readers = {
  people: (reading) =>
    findPeopleUnresolved(reading.text)
      .filter((person) => person.at >= reading.from)
      .map((person) => ({
        name:
          person.surname === null
            ? person.name
            : reading.text.slice(person.at, person.end).replace(/['’]s$/, ''),
        at: person.at,
        end: person.end,
        mentionAt: person.at,
        mentionEnd: person.end,
        role: person.role,
        country: person.country,
        possessive: person.possessive,
        titled: !person.bare && (person.role !== null || person.country !== null),
      })),
  places: (reading) =>
    findPlaces(reading.text.slice(reading.from)).map((place) => ({
      at: place.at + reading.from,
      end: place.at + reading.from,
      text: '',
      city: place.city,
      country: place.country,
      venue: null,
      preposition: null,
    })),
  dates: (reading, reference, tense) =>
    findDates(
      reading.text.slice(reading.from),
      reference,
      tense === 'future' ? 'future' : 'past',
    ).map((date) => ({
      at: date.at + reading.from,
      end: date.at + reading.from + date.text.length,
      text: date.text,
      date: date.date,
      endDate: date.endDate,
      relative: false,
    })),
  tense: (reading) => oldTense(reading.text.slice(reading.from)),
};
