import { COUNTRY_ROWS } from '../meetings/places/gazetteer.generated.js';
import { fold, indexTermOf } from './terms.js';

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

let capitalsByCountry: ReadonlyMap<string, readonly string[]> | undefined;

/** The index terms of a one-word country's one-word capitals, by the country's index term. */
export function capitalTermsOf(term: string): readonly string[] {
  if (!capitalsByCountry) {
    const map = new Map<string, string[]>();
    for (const [name, , , , capitals] of COUNTRY_ROWS) {
      const folded = fold(name);
      if (folded.includes(' ')) continue;
      const terms = capitals
        .map((capital) => fold(capital))
        .filter((capital) => capital && !capital.includes(' '))
        .map((capital) => indexTermOf(capital));
      if (terms.length > 0) map.set(indexTermOf(folded), terms);
    }
    capitalsByCountry = map;
  }
  return capitalsByCountry.get(term) ?? [];
}
