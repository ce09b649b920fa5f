import { fold } from '../text.js';
import { CITY_LINES } from './cities.generated.js';
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

function cityLine(key: string): City | null {
  const starts = lineStarts();
  let low = 0;
  let high = starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = starts[mid]!;
    const tab = CITY_LINES.indexOf('\t', start);
    const lineKey = fold(CITY_LINES.slice(start, tab));
    if (lineKey === key) {
      const end = mid + 1 < starts.length ? starts[mid + 1]! - 1 : CITY_LINES.length;
      const [name, code, population] = CITY_LINES.slice(start, end).split('\t') as [
        string,
        string,
        string,
      ];
      const country = COUNTRY_ROWS.find((row) => row[1] === code)?.[0] ?? code;
      return { name, country, population: Number.parseInt(population, 36) };
    }
    if (lineKey < key) low = mid + 1;
    else high = mid - 1;
  }
  return null;
}

const cityMemo = new Map<string, City | null>();
const CITY_MEMO_LIMIT = 50_000;

/** A city by name ("Ankara"), capitals first, else the most populous of that name. */
export function findCity(name: string): City | null {
  const key = fold(name);
  let city = cityMemo.get(key);
  if (city === undefined) {
    city = capitals().get(key) ?? cityLine(key);
    if (cityMemo.size > CITY_MEMO_LIMIT) cityMemo.clear();
    cityMemo.set(key, city);
  }
  return city;
}
