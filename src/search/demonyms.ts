import countries from 'world-countries';
import { fold } from './terms.js';

let byDemonym: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The country a one-word demonym names, as folded words: "russian" → ["russia"],
 * "saudi" → ["saudi", "arabia"]. From the world-countries gazetteer, built on first use.
 */
export function countryWordsOfDemonym(word: string): readonly string[] {
  if (!byDemonym) {
    const map = new Map<string, string[]>();
    for (const country of countries) {
      const names = fold(country.name.common).split(/\s+/);
      const demonyms = country.demonyms?.eng;
      for (const demonym of demonyms ? [demonyms.m, demonyms.f] : []) {
        const folded = fold(demonym);
        if (!folded || folded.includes(' ') || names.includes(folded)) continue;
        map.set(folded, names);
      }
    }
    byDemonym = map;
  }
  return byDemonym.get(word) ?? [];
}
