import { type City, findCities, findRegion } from '../places/cities.js';
import {
  countryOfCapital,
  findDemonym,
  findPolity,
  maxPolityWords,
  type Polity,
} from '../places/gazetteer.js';
import { ROLE_HEADS } from '../roles.js';
import { fold } from '../text.js';
import {
  CONTINENTS,
  EVENT_NOUNS,
  FEATURE_WORDS,
  LEADING_VENUE_WORDS,
  LOCALITY_NOUNS,
  NAME_PARTICLES,
  NOT_PLACE_BEFORE_TO,
  PLACE_PREPOSITIONS,
  RECIPIENT_VERBS,
  TIME_WORDS,
  TOWN_NOUNS,
  VENUE_HEADS,
} from './placeWords.js';
import type { PlaceContext, PlaceExpression, SentenceReading, Token } from './types.js';

/**
 * The places a sentence gives: a venue, a city, a country, or a venue with its city. Read from
 * the sentence's tagged tokens by a few general constructions — a place after a preposition
 * ("in Hanoi", "at the Metropole Hotel in central Hanoi"), "the Kazakh capital", "the resort
 * of X", "X hosted", "X's <venue>", and a city naming an event ("the Hanoi summit") — with the
 * names looked up in the gazetteers. Runs of capitalised words are the only candidates, so a
 * sentence without one never loads the city list.
 */

/** Parts of speech that never belong to a name. */
const NOT_NAME_POS: ReadonlySet<string> = new Set([
  'ADP',
  'DET',
  'PRON',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'PUNCT',
  'SYM',
  'VERB',
]);
/** Words before a name that say what a place is: "central Hanoi", "the five-star". */
const MODIFIER_POS: ReadonlySet<string> = new Set(['ADJ', 'NUM']);
/** Modifiers allowed between a city and its event: "the Hanoi nuclear summit". */
const MAX_EVENT_MODIFIERS = 2;
/** How far back a country or demonym may stand before "city of", "capital": "the Uzbek city of". */
const MAX_HINT_DISTANCE = 4;
/**
 * A city of a country the text names is chosen over a namesake at most this many times larger:
 * a Birmingham in a report naming the United States is Birmingham, Alabama, but a Paris or a
 * Vienna stays the capital whatever countries the report names.
 */
const CONTEXT_POPULATION_FACTOR = 10;
/**
 * A name that is both a country's region and a town is the region unless the town has this
 * many people (or is a capital): "Florida" is the American state, not the Cuban town of 60,000;
 * "Washington" and "New York" are the cities.
 */
const REGION_BEFORE_CITY_POPULATION = 100_000;
/** Venue words that stand inside a name, not only at its end: "Naval Base Point Loma". */
const INNER_VENUE_WORDS: ReadonlySet<string> = new Set([...LEADING_VENUE_WORDS, 'base', 'airbase']);

/** A run of capitalised tokens, `first` to `last` inclusive. */
interface Run {
  readonly first: number;
  readonly last: number;
}

/** What a run of words names, from the gazetteers. */
interface Named {
  readonly kind:
    'country' | 'city' | 'region' | 'organisation' | 'demonym' | 'feature' | 'time' | 'other';
  readonly polity: Polity | null;
  readonly cities: readonly City[];
}

interface Place {
  readonly city: string | null;
  readonly country: string | null;
  readonly venue: string | null;
}

/** A place and the last token it covers. */
type Reading = readonly [Place, number];

const startsUpper = (token: Token | undefined): boolean =>
  token !== undefined && /^\p{Lu}/u.test(token.text);
const isCapitalised = (token: Token): boolean => startsUpper(token) && !NOT_NAME_POS.has(token.pos);
const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';
/** "'s", or the bare apostrophe of a plural ("Leaders' Summit"). */
const isPossessive = (token: Token | undefined): boolean =>
  token !== undefined && /^['’]s?$/.test(token.text);
const isRole = (token: Token | undefined): boolean =>
  token !== undefined && (ROLE_HEADS.has(token.lemma) || ROLE_HEADS.has(lower(token)));
const isEventNoun = (token: Token | undefined): boolean =>
  token !== undefined && (EVENT_NOUNS.has(lower(token)) || EVENT_NOUNS.has(token.lemma));
const isLowerVenueWord = (token: Token | undefined): boolean =>
  token !== undefined && !startsUpper(token) && VENUE_HEADS.has(token.lemma);

/**
 * A capitalised word inside a venue's name that the tagger reads as a verb: wink-nlp tags
 * "Lodge" in "Lakeside Lodge" and "Falls" in "Victoria Falls Hotel" as verbs. It belongs to
 * the name when it is the venue word itself or the capitalised words after it end in one.
 */
function venueWordAt(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (token.pos !== 'VERB' || !startsUpper(token)) return false;
  if (VENUE_HEADS.has(lower(token))) return true;
  let last = k;
  while (tokens[last + 1] && isCapitalised(tokens[last + 1]!)) last++;
  return last > k && VENUE_HEADS.has(lower(tokens[last]));
}

/** Finds the runs of capitalised words, with particles and hyphens inside names. */
function runsOf(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let last = i;
    for (;;) {
      if (tokens[last + 1] && (isCapitalised(tokens[last + 1]!) || venueWordAt(tokens, last + 1))) {
        last++;
        continue;
      }
      // "Sharm el-Sheikh", "Palace of the Nations": a particle or hyphen joins two names.
      let j = last + 1;
      while (
        j < tokens.length &&
        j - last <= 3 &&
        (NAME_PARTICLES.has(lower(tokens[j])) ||
          tokens[j]!.text === '-' ||
          (lower(tokens[j]) === 'the' && lower(tokens[j - 1]) === 'of'))
      )
        j++;
      if (j > last + 1 && tokens[j] && isCapitalised(tokens[j]!)) {
        last = j;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

const someToken = (tokens: readonly Token[], run: Run, test: (token: Token) => boolean) => {
  for (let i = run.first; i <= run.last; i++) if (test(tokens[i]!)) return true;
  return false;
};

/** Whether a run names a building or site: "Metropole Hotel", "Villa La Grange". */
function isVenueRun(tokens: readonly Token[], run: Run): boolean {
  if (run.last === run.first) return false;
  // "President Wilson Hotel": a name ending in a venue word is a venue whatever it holds.
  if (VENUE_HEADS.has(lower(tokens[run.last]))) return true;
  if (someToken(tokens, run, isRole)) return false;
  if (LEADING_VENUE_WORDS.has(lower(tokens[run.first]))) return true;
  for (let i = run.first + 1; i < run.last; i++)
    if (INNER_VENUE_WORDS.has(lower(tokens[i]))) return true;
  return false;
}

/** "town hall", "airport": a lower-case venue starting at token `at`; its last token, or -1. */
function lowerCaseVenueAt(tokens: readonly Token[], at: number): number {
  if (isLowerVenueWord(tokens[at])) return at;
  const first = tokens[at];
  if (first?.pos === 'NOUN' && !startsUpper(first) && isLowerVenueWord(tokens[at + 1]))
    return at + 1;
  return -1;
}

/** A venue followed by a role is an institution speaking: "Foreign Ministry spokesman". */
const roleFollows = (tokens: readonly Token[], end: number): boolean =>
  isRole(tokens[end + 1]) || (tokens[end + 1]?.pos === 'NOUN' && isRole(tokens[end + 2]));

/**
 * The event a run names or modifies: "the Hanoi summit", "the Munich Security Conference".
 * The event noun's token, or -1.
 */
function eventAfter(tokens: readonly Token[], run: Run): number {
  if (run.last > run.first && isEventNoun(tokens[run.last])) return run.last;
  for (let i = run.last + 1, n = 0; i < tokens.length && n <= MAX_EVENT_MODIFIERS; i++, n++) {
    const token = tokens[i]!;
    if (isEventNoun(token) && !startsUpper(token)) return i;
    if ((token.pos !== 'ADJ' && token.pos !== 'NOUN') || startsUpper(token)) break;
  }
  return -1;
}

/** A country or demonym standing shortly before token `at`: "the Uzbek city of", "Russia's". */
function hintBefore(tokens: readonly Token[], at: number): Polity | null {
  for (let i = at - 1; i >= 0 && at - i <= MAX_HINT_DISTANCE; i--) {
    const token = tokens[i]!;
    if (token.pos === 'ADP' || token.pos === 'VERB' || token.pos === 'PUNCT') break;
    const polity = startsUpper(token) ? findPolity(token.text) : null;
    if (polity && !polity.isOrganisation) return polity;
  }
  return null;
}

const namedMemo = new Map<string, Named>();
const NAMED_MEMO_LIMIT = 50_000;
const NOTHING: Named = { kind: 'other', polity: null, cities: [] };
const FEATURE: Named = { kind: 'feature', polity: null, cities: [] };
/** A month or a weekday: never a town, even where a construction expects one ("at the lodge in late June"). */
const TIME: Named = { kind: 'time', polity: null, cities: [] };

/** Looks a name up: a country, an organisation, a demonym, a city, a feature, or nothing. */
function lookUp(name: string): Named {
  let named = namedMemo.get(name);
  if (named) return named;
  const folded = fold(name);
  const words = folded.split(/[\s-]+/);
  const polity = findPolity(name);
  if (polity?.isOrganisation) named = { kind: 'organisation', polity, cities: [] };
  else if (polity && findDemonym(name)) named = { kind: 'demonym', polity, cities: [] };
  else if (polity) {
    // "Singapore", "Djibouti": a country whose capital has its name is that city too.
    const sameCapital = polity.capitals.some((capital) => fold(capital) === folded);
    named = { kind: 'country', polity, cities: sameCapital ? findCities(name) : [] };
  } else if (TIME_WORDS.has(folded)) named = TIME;
  else if (CONTINENTS.has(folded) || words.some((word) => FEATURE_WORDS.has(word))) named = FEATURE;
  else {
    const cities = findCities(name);
    const region = findRegion(name);
    const country = region ? findPolity(region.country) : null;
    // "Florida", "Alaska": a country's region, unless a town of its name is a large one.
    if (country && !cities.some((city) => city.population >= REGION_BEFORE_CITY_POPULATION))
      named = { kind: 'region', polity: country, cities: [] };
    else named = cities.length > 0 ? { kind: 'city', polity: null, cities } : NOTHING;
  }
  if (namedMemo.size >= NAMED_MEMO_LIMIT) namedMemo.clear();
  namedMemo.set(name, named);
  return named;
}

/**
 * The city of a name: the one in the country written with it; else one in a country the text
 * names, unless a namesake is far larger; else a capital, else the most populous.
 */
function chooseCity(
  cities: readonly City[],
  context: PlaceContext,
  written: string | null,
): City | null {
  if (written) return cities.find((city) => city.country === written) ?? null;
  const top = cities[0];
  if (!top) return null;
  const local = cities.find(
    (city) =>
      context.countries.has(city.country) &&
      city.population * CONTEXT_POPULATION_FACTOR >= top.population,
  );
  return local ?? top;
}

const isCityName = (named: Named): boolean => named.cities.length > 0;

export function findPlaceExpressions(
  reading: SentenceReading,
  context: PlaceContext,
): PlaceExpression[] {
  const { tokens } = reading;
  const runs = runsOf(tokens);
  if (runs.length === 0) return [];
  const runAt = new Map<number, Run>();
  const runEndingAt = new Map<number, Run>();
  for (const run of runs) {
    runAt.set(run.first, run);
    runEndingAt.set(run.last, run);
  }
  const found: PlaceExpression[] = [];
  const taken = new Set<number>();
  const text = (first: number, last: number): string =>
    reading.text.slice(tokens[first]!.at, tokens[last]!.end);

  const nameOf = (run: Run): Named => {
    const named = lookUp(text(run.first, run.last));
    // "The Hague": a city whose name has its article.
    if (named.kind === 'other' && lower(tokens[run.first - 1]) === 'the') {
      const withArticle = lookUp(`The ${text(run.first, run.last)}`);
      if (withArticle.kind === 'city') return withArticle;
    }
    return named;
  };

  const emit = (first: number, last: number, place: Place, preposition: string | null) => {
    if (taken.has(first)) return;
    for (let i = first; i <= last; i++) taken.add(i);
    found.push({
      at: tokens[first]!.at,
      end: tokens[last]!.end,
      text: text(first, last),
      city: place.city,
      country: place.country,
      venue: place.venue,
      preposition,
    });
  };

  /** Skips a determiner and, with `modifiers`, "central", "five-star": where a name starts. */
  const nameStart = (i: number, modifiers: boolean): number => {
    let j = i;
    if (tokens[j]?.pos === 'DET') j++;
    while (modifiers && tokens[j] && !startsUpper(tokens[j])) {
      const token = tokens[j]!;
      const hyphened = tokens[j + 1]?.text === '-' || tokens[j - 1]?.text === '-';
      if (MODIFIER_POS.has(token.pos) || token.text === '-' || (token.pos === 'NOUN' && hyphened))
        j++;
      else break;
    }
    return j;
  };
  const runFrom = (i: number, modifiers: boolean): Run | null =>
    runAt.get(nameStart(i, modifiers)) ?? null;

  /** After a country written at `after`: another place or "and", so it was a list. */
  const listGoesOn = (after: number): boolean => {
    const next = lower(tokens[after]);
    if (next === 'and' || next === 'or') return true;
    if (next !== ',') return isPossessive(tokens[after]);
    const run = runAt.get(after + 1);
    return run !== undefined && nameOf(run).kind !== 'other';
  };

  /**
   * A city or country named by a run, with a country written after it ("Doha, Qatar",
   * "AlUla, Saudi Arabia"). `unknownIsCity`: the construction says it is a town even when no
   * gazetteer knows it ("the resort of X").
   */
  const placeOf = (run: Run, hint: Polity | null, unknownIsCity: boolean): Reading | null => {
    const named = nameOf(run);
    if ((named.kind === 'country' || named.kind === 'region') && !isCityName(named))
      return [{ city: null, country: named.polity!.name, venue: null }, run.last];
    if (named.kind !== 'city' && named.kind !== 'country' && named.kind !== 'other') return null;
    const name = text(run.first, run.last);
    const after = tokens[run.last + 1]?.text === ',' ? runAt.get(run.last + 2) : undefined;
    const writtenPolity = after ? nameOf(after) : null;
    let written: Reading | null = null;
    if (after && writtenPolity?.kind === 'country' && !listGoesOn(after.last + 1)) {
      const country = writtenPolity.polity!.name;
      const city = chooseCity(named.cities, context, country);
      // A capital is never in another country: "Beijing, Iran" is a list.
      if (city) written = [{ city: city.name, country, venue: null }, after.last];
      else if (!countryOfCapital(name))
        written = [{ city: name, country, venue: null }, after.last];
    }
    if (written) return written;
    if (isCityName(named)) {
      const city = chooseCity(named.cities, context, hint?.name ?? null) ?? named.cities[0]!;
      return [{ city: city.name, country: city.country, venue: null }, run.last];
    }
    if (unknownIsCity && !someToken(tokens, run, isRole) && !isVenueRun(tokens, run))
      return [{ city: name, country: hint?.name ?? null, venue: null }, run.last];
    return null;
  };

  /**
   * "the Ethiopian capital, Addis Ababa", "the Kenyan capital": a capital named by its
   * country's adjective, with or without its name in apposition; the city and its country.
   */
  const capitalAt = (i: number): Reading | null => {
    if (lower(tokens[i]) !== 'the') return null;
    let k = i + 1;
    while (k <= i + 3 && tokens[k] && lower(tokens[k]) !== 'capital') k++;
    if (lower(tokens[k]) !== 'capital' || k === i + 1) return null;
    const polity = hintBefore(tokens, k);
    if (!polity) return null;
    const named = runAt.get(tokens[k + 1]?.text === ',' ? k + 2 : k + 1);
    const place = named ? placeOf(named, polity, true) : null;
    if (place?.[0].city) return place;
    const city = polity.capitals[0]?.replace(/\s+(?:\p{Lu}\.)+$/u, '');
    return city ? [{ city, country: polity.name, venue: null }, k] : null;
  };

  /** "in central Hanoi", ", Doha", "on Vienna's Ringstrasse" after a venue: its city. */
  const cityAfter = (at: number): Reading | null => {
    let i = at;
    if (tokens[i]?.text === ',') i++;
    const word = lower(tokens[i]);
    const linked = word === 'in' || word === 'near' || word === 'outside' || word === 'on';
    if (!linked && i === at) return null;
    if (linked) i++;
    // "at the Union's headquarters in the Ethiopian capital, Addis Ababa".
    if (word === 'in') {
      const capital = capitalAt(i);
      if (capital) return capital;
    }
    const run = runFrom(i, true);
    if (!run || isVenueRun(tokens, run)) return null;
    const place = placeOf(run, null, word === 'in');
    if (!place || (word === 'on' && !isCityName(nameOf(run)))) return null;
    return place;
  };

  /** A venue, then perhaps its city: "the Metropole Hotel in central Hanoi". */
  const venueWithCity = (first: number, end: number, preposition: string | null) => {
    if (roleFollows(tokens, end)) return;
    const venue = text(first, end);
    const city = cityAfter(end + 1);
    if (city) emit(first, city[1], { ...city[0], venue }, preposition);
    else emit(first, end, { city: null, country: null, venue }, preposition);
  };

  /** "on the Bosporus", "overlooking the lake": where a building stands; the last token. */
  const siteAfter = (head: number): number => {
    const where = lower(tokens[head + 1]);
    if (where !== 'on' && where !== 'overlooking' && where !== 'by') return head;
    const site = runFrom(head + 2, false);
    if (!site || someToken(tokens, site, isRole)) return head;
    const kind = nameOf(site).kind;
    return kind === 'other' || kind === 'feature' ? site.last : head;
  };

  /** "an Ottoman palace on the Bosporus", "a 19th-century palace": a venue named by its kind. */
  const lowerCaseVenue = (from: number, preposition: string) => {
    if (preposition !== 'in' && preposition !== 'at') return;
    const start = tokens[from]?.pos === 'DET' ? from + 1 : from;
    let i = start;
    let proper = false;
    while (tokens[i] && !isLowerVenueWord(tokens[i])) {
      const token = tokens[i]!;
      const hyphened = tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-';
      const modifier =
        MODIFIER_POS.has(token.pos) ||
        token.pos === 'PROPN' ||
        token.text === '-' ||
        (token.pos === 'NOUN' && hyphened);
      if (!modifier) return;
      if (startsUpper(token)) proper = true;
      i++;
    }
    if (!tokens[i] || i === start) return;
    const end = siteAfter(i);
    if (proper || end > i) venueWithCity(start, end, preposition);
  };

  /** "in Moscow, Beijing and Tehran": the rest of a list after a preposition. */
  const moreOfList = (at: number, preposition: string | null) => {
    let i = at;
    for (;;) {
      const start = i;
      if (tokens[i]?.text === ',') i++;
      if (lower(tokens[i]) === 'and' || lower(tokens[i]) === 'or') i++;
      if (i === start) return;
      const run = runAt.get(i);
      if (!run || isPossessive(tokens[run.last + 1])) return;
      const place = placeOf(run, null, false);
      if (!place) return;
      emit(run.first, place[1], place[0], preposition);
      i = place[1] + 1;
    }
  };

  /** "the Hanoi summit", "the Munich Security Conference": the place of that event. */
  const eventPlace = (run: Run, event: number) => {
    if (
      !someToken(
        tokens,
        { first: run.first, last: Math.min(run.last, event - 1) },
        (t) => t.pos === 'PROPN',
      )
    )
      return;
    // Inside an event's own name the city may be its first words; before it, the whole run.
    const lastCandidates = event === run.last ? run.last - 1 : run.last;
    for (let last = lastCandidates; last >= run.first; last--) {
      if (event === run.last && tokens[last + 1]?.text === '-') continue;
      const part = { first: run.first, last };
      const named = nameOf(part);
      // "the Alaska summit": a region of a country the text names.
      if (named.kind === 'region' && event !== run.last) {
        if (context.countries.has(named.polity!.name))
          emit(run.first, last, { city: null, country: named.polity!.name, venue: null }, null);
        return;
      }
      if (!isCityName(named)) {
        if (event !== run.last) return;
        continue;
      }
      const city = chooseCity(named.cities, context, null)!;
      // Without a preposition, a city counts when the text names its country or it is a capital.
      if (context.countries.has(city.country) || countryOfCapital(city.name))
        emit(run.first, last, { city: city.name, country: city.country, venue: null }, null);
      return;
    }
  };

  /** "Istanbul's Dolmabahce Palace", "in Moscow's suburbs", "at Lula's hotel". */
  const possessive = (run: Run, preposition: string | null) => {
    const place = placeOf(run, null, false);
    // Without a preposition only a city's venue is a place: "Kazakhstan's Foreign Ministry
    // said" is an institution speaking.
    if (!preposition && !place?.[0].city) return;
    const after = run.last + 2;
    const owned = runAt.get(after);
    if (owned && isVenueRun(tokens, owned)) {
      if (roleFollows(tokens, owned.last)) return;
      const venue = text(owned.first, owned.last);
      if (place) emit(run.first, owned.last, { ...place[0], venue }, preposition);
      else if (!someToken(tokens, run, isRole)) venueWithCity(owned.first, owned.last, preposition);
      return;
    }
    if (owned && place && isLowerVenueWord(tokens[owned.last + 1])) {
      // "Moscow's Vnukovo airport"
      const venue = text(owned.first, owned.last + 1);
      emit(run.first, owned.last + 1, { ...place[0], venue }, preposition);
      return;
    }
    const head = owned ? -1 : lowerCaseVenueAt(tokens, after);
    if (head >= 0 && !roleFollows(tokens, head)) {
      if (place) emit(run.first, head, { ...place[0], venue: text(run.first, head) }, preposition);
      else if (preposition && nameOf(run).kind === 'other' && !someToken(tokens, run, isRole))
        venueWithCity(run.first, head, preposition);
      return;
    }
    // "in Istanbul's Dolmabahce district": a part of the place.
    const part = tokens[owned ? owned.last + 1 : after];
    if (place && preposition && LOCALITY_NOUNS.has(lower(part)))
      emit(run.first, run.last, place[0], preposition);
  };

  /** A run after a preposition. */
  const readRun = (run: Run, preposition: string) => {
    if (taken.has(run.first)) return;
    const next = tokens[run.last + 1];
    // "in the Saudi capital", "in the Black Sea resort of": read by the rules for those.
    const namesTown = TOWN_NOUNS.has(lower(next)) && lower(tokens[run.last + 2]) === 'of';
    if (!startsUpper(next) && (namesTown || lower(next) === 'capital')) return;
    const event = eventAfter(tokens, run);
    if (event >= 0) return eventPlace(run, event);
    if (isPossessive(next)) return possessive(run, preposition);
    const named = nameOf(run);
    if (named.kind === 'demonym' || named.kind === 'feature') return;
    const head = lowerCaseVenueAt(tokens, run.last + 1);
    if (isCityName(named) || named.kind === 'country') {
      const place = placeOf(run, null, false)!;
      if (head >= 0 && named.kind === 'city' && !roleFollows(tokens, head)) {
        // "Sochi airport", "Lima town hall": a venue in that city.
        const end = siteAfter(head);
        emit(run.first, end, { ...place[0], venue: text(run.first, end) }, preposition);
      } else if (head < 0) {
        emit(run.first, place[1], place[0], preposition);
        moreOfList(place[1] + 1, preposition);
      } else venueWithCity(run.first, siteAfter(head), preposition);
      return;
    }
    if (isVenueRun(tokens, run)) return venueWithCity(run.first, run.last, preposition);
    if (someToken(tokens, run, isRole)) return;
    // "NATO headquarters", "the US base": a name, then the kind of building.
    if (head >= 0) return venueWithCity(run.first, siteAfter(head), preposition);
    // "at the CIC Abdelatif Rahal": a name no gazetteer knows, with an article, after "at".
    if (
      preposition === 'at' &&
      lower(tokens[run.first - 1]) === 'the' &&
      named.kind === 'other' &&
      !someToken(tokens, run, isEventNoun)
    )
      venueWithCity(run.first, run.last, preposition);
    else if (!taken.has(run.first)) {
      const place = placeOf(run, null, false);
      if (place) emit(run.first, place[1], place[0], preposition);
    }
  };

  /** Reads what follows a preposition at token `p`. */
  const afterPreposition = (p: number) => {
    const preposition = lower(tokens[p]);
    const before = tokens[p - 1];
    if (
      preposition === 'to' &&
      before &&
      (NOT_PLACE_BEFORE_TO.has(lower(before)) ||
        (before.pos === 'VERB' && RECIPIENT_VERBS.has(before.lemma)))
    )
      return;
    // "ambassador to Russia", "the envoy in Kabul": a post, not where anything happens.
    if (isRole(before) && (preposition === 'to' || preposition === 'in')) return;
    const run = runFrom(p + 1, true);
    if (run) readRun(run, preposition);
    else lowerCaseVenue(p + 1, preposition);
  };

  /** The preposition of the phrase a noun at `at` stands in ("in the library of Villa X"). */
  const prepositionBefore = (at: number): string | null => {
    let i = at - 1;
    for (;;) {
      while (i >= 0) {
        const token = tokens[i]!;
        if (token.pos === 'ADP' || token.pos === 'VERB') break;
        if (token.pos === 'PUNCT' && token.text !== '-') break;
        i--;
      }
      if (lower(tokens[i]) !== 'of') break;
      i--;
    }
    const word = lower(tokens[i]);
    return tokens[i]?.pos === 'ADP' && PLACE_PREPOSITIONS.has(word) ? word : null;
  };

  /** The first token of "the Kazakh capital" or "Russia's capital", for the span. */
  const firstOfHint = (at: number): number => {
    let i = at;
    while (
      i > 0 &&
      (tokens[i - 1]!.pos === 'ADJ' ||
        tokens[i - 1]!.pos === 'PROPN' ||
        isPossessive(tokens[i - 1]))
    )
      i--;
    return i;
  };

  /** "the Kazakh capital", "Russia's capital, Moscow". */
  const capital = (at: number) => {
    const polity = hintBefore(tokens, at);
    const preposition = prepositionBefore(at);
    const named = runAt.get(tokens[at + 1]?.text === ',' ? at + 2 : at + 1);
    const place = named ? placeOf(named, polity, false) : null;
    if (named && place?.[0].city) return emit(named.first, place[1], place[0], preposition);
    if (!polity || polity.capitals.length === 0) return;
    const city = polity.capitals[0]!.replace(/\s+(?:\p{Lu}\.)+$/u, '');
    emit(firstOfHint(at), at, { city, country: polity.name, venue: null }, preposition);
  };

  /** "the resort of Sochi", "the Uzbek city of Samarkand", "the capital of Kenya". */
  const townOf = (at: number) => {
    const run = runFrom(at + 2, false);
    if (!run || taken.has(run.first)) return;
    const named = nameOf(run);
    const preposition = prepositionBefore(at);
    if (lower(tokens[at]) === 'capital' && named.kind === 'country' && named.polity) {
      const city = named.polity.capitals[0]?.replace(/\s+(?:\p{Lu}\.)+$/u, '') ?? null;
      emit(run.first, run.last, { city, country: named.polity.name, venue: null }, preposition);
      return;
    }
    const place = placeOf(run, hintBefore(tokens, at), true);
    if (place) emit(run.first, place[1], place[0], preposition);
  };

  /** "Lima hosts", "Qatar will host": the place just before the verb. */
  const host = (at: number) => {
    let j = at - 1;
    while (j >= 0 && tokens[j]!.pos === 'AUX') j--;
    const run = runEndingAt.get(j);
    if (!run || taken.has(run.first)) return;
    const place = placeOf(run, null, false);
    if (place) emit(run.first, place[1], place[0], null);
  };

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const token = tokens[i]!;
    const word = lower(token);
    if (token.pos === 'ADP' && PLACE_PREPOSITIONS.has(word)) afterPreposition(i);
    else if (TOWN_NOUNS.has(word) && lower(tokens[i + 1]) === 'of') townOf(i);
    else if (word === 'capital' && token.pos === 'NOUN') capital(i);
    else if (
      token.lemma === 'host' &&
      (token.pos === 'VERB' || (token.pos === 'NOUN' && tokens[i + 1]?.pos === 'DET'))
    )
      host(i);
    else if (runAt.has(i)) {
      const run = runAt.get(i)!;
      const event = eventAfter(tokens, run);
      if (event >= 0) eventPlace(run, event);
      else if (isPossessive(tokens[run.last + 1])) possessive(run, null);
      else if (isVenueRun(tokens, run)) {
        // "in the first-floor library of Villa X": a named venue inside a place phrase.
        const preposition = prepositionBefore(run.first);
        if (preposition) venueWithCity(run.first, run.last, preposition);
      }
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** The countries a briefing names, by name, code or demonym: what chooses among cities. */
export function countriesNamed(readings: readonly SentenceReading[]): Set<string> {
  const countries = new Set<string>();
  const maxWords = maxPolityWords();
  for (const reading of readings) {
    const { tokens } = reading;
    for (const run of runsOf(tokens)) {
      for (let first = run.first; first <= run.last; first++) {
        for (let last = Math.min(run.last, first + maxWords - 1); last >= first; last--) {
          const name = reading.text.slice(tokens[first]!.at, tokens[last]!.end);
          const polity = findPolity(name);
          if (polity && !polity.isOrganisation) {
            countries.add(polity.name);
            first = last;
            break;
          }
        }
      }
    }
  }
  return countries;
}
