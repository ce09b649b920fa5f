import { findCity } from './cities.js';
import { countryOfCapital, findDemonym, findPolity } from './gazetteer.js';

/** A place a sentence puts something in: a city (with its country) or only a country. */
export interface PlaceMention {
  readonly city: string | null;
  readonly country: string | null;
  readonly at: number;
}

const WORDS = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}";
/** "in Moscow", "at the Filoli estate in Woodside", "the Black Sea resort of Sochi". */
const IN_PLACE = new RegExp(
  `(?<!\\b(?:south|north|east|west|outside|near)\\s+of\\s+)\\b(?:in|at|to)\\s+(?:the\\s+)?(${WORDS})`,
  'gu',
);
const CITY_OF = new RegExp(`\\b(?:resort|city|town|capital|port)\\s+of\\s+(${WORDS})`, 'gu');
/** "the Kazakh capital", "Russia's capital", "the Lithuanian capital". */
const CAPITAL_OF = /\b(?:the\s+)?(\p{Lu}[\p{L}]+)(?:['’]s)?\s+capital\b/gu;
/** "Johannesburg hosts", "Beijing hosted": a city as host. */
const CITY_HOSTS = new RegExp(`\\b(${WORDS})\\s+(?:hosts|hosted|will host|is hosting)\\b`, 'gu');
/** "HIROSHIMA, Japan (AFP) -", "SOCHI (AA) -", "WOODSIDE, Calif. -": the dateline. */
const DATELINE = /^([A-Z][A-Z .'’-]{2,40}?)(?:,\s*[^-–—(]{2,30}?)?\s*(?:\([^)]{1,30}\))?\s*[-–—]\s/;

/** Capitalised words after "in" that are times, not places. */
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function placeFromWords(words: string): { city: string | null; country: string | null } | null {
  if (NOT_PLACE.test(words)) return null;
  const parts = words.split(/\s+/);
  for (let n = parts.length; n >= 1; n--) {
    const candidate = parts
      .slice(0, n)
      .join(' ')
      .replace(/['’]s$/, '')
      .replace(/[.,]$/, '');
    const city = findCity(candidate);
    const polity = findPolity(candidate);
    if (polity?.isOrganisation) return null;
    if (polity && !polity.isOrganisation && !findDemonym(candidate))
      return { city: null, country: polity.name };
    if (city)
      return { city: city.name, country: countryOfCapital(city.name)?.name ?? city.country };
  }
  return null;
}

const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(
      /(^|[\s-])(\p{L})/gu,
      (_, space: string, letter: string) => space + letter.toUpperCase(),
    );

/** The places a sentence names, in order. */
export function findPlaces(sentence: string): PlaceMention[] {
  const places: PlaceMention[] = [];
  const add = (at: number, place: { city: string | null; country: string | null } | null) => {
    if (place && !places.some((p) => p.at === at)) places.push({ ...place, at });
  };
  for (const match of sentence.matchAll(IN_PLACE)) {
    const place = placeFromWords(match[1]!);
    // "in Bali, Indonesia": the country written after the city decides which city it is.
    const country = /^,\s*(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u.exec(
      sentence.slice(match.index + match[0].length),
    );
    const polity = country ? findPolity(country[1]!) : null;
    if (place?.city && polity && !polity.isOrganisation && polity.name !== place.country) {
      add(match.index, {
        city: match[1]!.split(/\s+/).slice(0, place.city.split(' ').length).join(' '),
        country: polity.name,
      });
    } else add(match.index, place);
  }
  for (const match of sentence.matchAll(CITY_OF)) add(match.index, placeFromWords(match[1]!));
  for (const match of sentence.matchAll(CITY_HOSTS)) {
    const place = placeFromWords(match[1]!);
    if (place?.city) add(match.index, place);
  }
  for (const match of sentence.matchAll(CAPITAL_OF)) {
    const polity = findDemonym(match[1]!) ?? findPolity(match[1]!);
    const capital = polity?.capitals[0];
    if (polity && capital && !polity.isOrganisation)
      add(match.index, { city: capital, country: polity.name });
  }
  return places.sort((a, b) => a.at - b.at);
}

/** The city of a paragraph's dateline, when it has one ("SOCHI, Russia -" → Sochi). */
export function datelinePlace(paragraph: string): PlaceMention | null {
  const match = DATELINE.exec(paragraph);
  if (!match || match[1]!.includes('/')) return null;
  const name = titleCase(match[1]!.trim());
  const city = findCity(name);
  const polity = countryOfCapital(name);
  if (city) return { city: city.name, country: polity?.name ?? city.country, at: 0 };
  return { city: name, country: null, at: 0 };
}
