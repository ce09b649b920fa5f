import { COUNTRY_ROWS } from '../meetings/places/gazetteer.generated.js';
import { fold } from './terms.js';

let byDemonym: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The country a one-word demonym names, as folded words: "russian" → ["russia"],
 * "saudi" → ["saudi", "arabia"]. From the country gazetteer, built on first use.
 */
export function countryWordsOfDemonym(word: string): readonly string[] {
  if (!byDemonym) {
    const map = new Map<string, string[]>();
    for (const [name, , , demonyms] of COUNTRY_ROWS) {
      const words = fold(name).split(/\s+/);
      for (const demonym of demonyms) {
        const folded = fold(demonym);
        if (!folded || folded.includes(' ') || words.includes(folded)) continue;
        map.set(folded, words);
      }
    }
    byDemonym = map;
  }
  return byDemonym.get(word) ?? [];
}
