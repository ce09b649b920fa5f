import { fold } from '../text.js';
import { CITY_LINES, REGION_LINES } from './cities.generated.js';
import { COUNTRY_ROWS } from './gazetteer.generated.js';

/**
 * Cities by name. A module of its own, apart from the countries (gazetteer.ts): its list is
 * close to a megabyte, and only extraction looks cities up, so an answer from a snapshot never
 * loads it.
 */

export interface City {
  readonly name: string;
  readonly country: string;
  readonly population: number;
}

/** Where each line of CITY_LINES starts: found once, then cities are binary-searched in place. */
let cityLineStarts: Int32Array | null = null;
let capitalCities: Map<string, City> | null = null;

function lineStarts(): Int32Array {
  if (cityLineStarts) return cityLineStarts;
  const starts: number[] = [0];
  for (let at = CITY_LINES.indexOf('\n'); at >= 0; at = CITY_LINES.indexOf('\n', at + 1))
    starts.push(at + 1);
  cityLineStarts = Int32Array.from(starts);
  return cityLineStarts;
}

/** Capitals from the country list cover renamed ones the city list lacks ("Astana"). */
function capitals(): Map<string, City> {
  if (capitalCities) return capitalCities;
  capitalCities = new Map();
  for (const [country, , , , list] of COUNTRY_ROWS) {
    for (const written of list) {
      // "Washington D.C." is written "Washington" in news.
      const capital = written.replace(/\s+(?:\p{Lu}\.)+$/u, '');
      capitalCities.set(fold(capital), {
        name: capital,
        country,
        population: Number.MAX_SAFE_INTEGER,
      });
    }
  }
  return capitalCities;
}

const keyAt = (start: number): string =>
  fold(CITY_LINES.slice(start, CITY_LINES.indexOf('\t', start)));

const countryNames = new Map(COUNTRY_ROWS.map((row) => [row[1], row[0]]));

function cityAt(starts: Int32Array, line: number): City {
  const start = starts[line]!;
  const end = line + 1 < starts.length ? starts[line + 1]! - 1 : CITY_LINES.length;
  const [name, code, population] = CITY_LINES.slice(start, end).split('\t') as [
    string,
    string,
    string,
  ];
  return {
    name,
    country: countryNames.get(code) ?? code,
    population: Number.parseInt(population, 36),
  };
}

/** Every city of this folded name, one per country, the most populous first. */
function cityLines(key: string): City[] {
  const starts = lineStarts();
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const lineKey = keyAt(starts[mid]!);
    if (lineKey === key) {
      let first = mid;
      while (first > 0 && keyAt(starts[first - 1]!) === key) first--;
      const found: City[] = [];
      for (let line = first; line < starts.length && keyAt(starts[line]!) === key; line++)
        found.push(cityAt(starts, line));
      return found;
    }
    if (lineKey < key) low = mid + 1;
    else high = mid - 1;
  }
  return [];
}

const cityMemo = new Map<string, readonly City[]>();
const CITY_MEMO_LIMIT = 50_000;

/**
 * Every city of a name, one per country: a capital first (the list lacks some renamed ones,
 * "Astana"), then the others, most populous first. Empty when no city has the name.
 */
export function findCities(name: string): readonly City[] {
  const key = fold(name);
  let cities = cityMemo.get(key);
  if (cities === undefined) {
    const capital = capitals().get(key);
    const others = cityLines(key);
    cities = capital
      ? [capital, ...others.filter((city) => city.country !== capital.country)]
      : others;
    if (cityMemo.size > CITY_MEMO_LIMIT) cityMemo.clear();
    cityMemo.set(key, cities);
  }
  return cities;
}

/** A city by name ("Ankara"), capitals first, else the most populous of that name. */
export function findCity(name: string): City | null {
  return findCities(name)[0] ?? null;
}

/** A first-level region of a country: "Florida", "Tigray". */
export interface Region {
  readonly name: string;
  readonly country: string;
}

let regions: Map<string, Region> | null = null;

/** The region of this name ("Alaska" → the United States), or null when no country has one. */
export function findRegion(name: string): Region | null {
  if (!regions) {
    regions = new Map();
    for (const line of REGION_LINES.split('\n')) {
      const [written, code] = line.split('\t') as [string, string];
      regions.set(fold(written), { name: written, country: countryNames.get(code) ?? code });
    }
  }
  return regions.get(fold(name)) ?? null;
}
