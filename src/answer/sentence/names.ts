import { memoize } from '../../corpus/memoize.js';
import { countryOfCapital, findDemonym, findPolity } from '../../meetings/places/gazetteer.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../../meetings/roles.js';
import { STOP_WORDS } from '../../search/terms.js';

/** What a run of capitalised words names. */
export type NameKind = 'person' | 'organisation' | 'country' | 'place' | 'date' | 'title';

/** A name in a sentence, with its offsets (`text === sentence.slice(start, end)`). */
export interface NameSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: NameKind;
  /** For a person: whether a title introduces the name ("Foreign Minister Hakan Fidan"). */
  readonly titled?: boolean;
}

const CAPITALISED = /^\p{Lu}/u;
/** A word, with inner apostrophes, hyphens and dots ("al-Aiban", "O'Neill", "U.S."). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu;
/** Lower-case particles inside names: "Luiz Inácio Lula da Silva", "Ursula von der Leyen". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al',
  'bin',
  'ibn',
  'da',
  'de',
  'del',
  'der',
  'di',
  'dos',
  'du',
  'el',
  'la',
  'le',
  'van',
  'von',
]);
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;
/** Last words of organisation names: "Gulf Cooperation Council", "Foreign Ministry". */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'union',
  'council',
  'organisation',
  'organization',
  'ministry',
  'party',
  'bank',
  'fund',
  'agency',
  'committee',
  'assembly',
  'court',
  'group',
  'forum',
  'association',
  'cooperation',
  'office',
  'department',
  'commission',
  'parliament',
  'congress',
  'senate',
  'army',
  'navy',
  'forces',
  'institute',
  'university',
  'league',
  'alliance',
  'movement',
  'front',
  'corporation',
  'company',
  'news',
  'times',
  'post',
  'press',
  'network',
  'service',
  'government',
  'administration',
  'cabinet',
  'secretariat',
  'board',
]);
/** Last words of place names: "Red Sea", "Four Seasons Hotel", "Filoli estate". */
const PLACE_HEADS: ReadonlySet<string> = new Set([
  'sea',
  'ocean',
  'river',
  'lake',
  'gulf',
  'bay',
  'strait',
  'peninsula',
  'island',
  'islands',
  'mountains',
  'valley',
  'desert',
  'palace',
  'hotel',
  'estate',
  'square',
  'street',
  'avenue',
  'airport',
  'base',
  'hall',
  'centre',
  'center',
  'resort',
  'building',
  'house',
  'castle',
  'park',
  'bridge',
  'port',
  'harbour',
  'harbor',
  'region',
  'province',
  'district',
  'city',
  'county',
  'coast',
  'border',
  'villa',
  'embassy',
  'kremlin',
  'stadium',
  'tower',
]);
/** Words after which a capitalised word is a place: "in Moscow", "at the Kremlin". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'from', 'near']);

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const isTitleWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return ROLE_HEADS.has(lower) || (ROLE_MODIFIERS.has(lower) && lower.length > 3);
};

const bare = (word: string) => word.replace(/['’]s$/, '').replace(/\.$/, '');

function classify(run: readonly Word[], before: string | undefined): Omit<NameSpan, 'text'> | null {
  const words = run.map((word) => bare(word.text));
  // A title before the name: "Foreign Minister Hakan Fidan", "Russian President Vladimir Putin".
  let first = 0;
  // …or a country or organisation before one: "UN Secretary-General Antonio Guterres".
  const ownsTitle = (k: number) =>
    k === 0 &&
    (findDemonym(words[k]!) !== null || findPolity(words[k]!) !== null) &&
    words[k + 1] !== undefined &&
    isTitleWord(words[k + 1]!);
  while (first < words.length && (isTitleWord(words[first]!) || ownsTitle(first))) first++;
  // Any words before a title's head belong to the title: "Fisheries Minister Tomas Brandt".
  for (let k = words.length - 2; k >= first; k--) {
    if (ROLE_HEADS.has(words[k]!.toLowerCase())) {
      first = k + 1;
      break;
    }
  }
  const titled = first > 0 && words.slice(0, first).some(isTitleWord);
  const rest = run.slice(first);
  const make = (kind: NameKind, from = run): Omit<NameSpan, 'text'> => {
    const last = from.at(-1)!;
    return {
      start: from[0]!.start,
      end: last.end - (last.text.length - bare(last.text).length),
      kind,
      ...(kind === 'person' ? { titled } : {}),
    };
  };
  if (rest.length === 0) return titled ? make('title') : null;
  const name = rest.map((word) => bare(word.text)).join(' ');
  const last = bare(rest.at(-1)!.text).toLowerCase();
  if (rest.every((word) => CALENDAR.test(word.text))) return make('date', rest);
  if (/^\p{Lu}{2,6}$/u.test(name) && !titled) {
    if (name.length > 3 && countryOfCapital(name)) return make('place', rest);
    const polity = findPolity(name);
    return make(polity && !polity.isOrganisation ? 'country' : 'organisation', rest);
  }
  if (ORGANISATION_HEADS.has(last)) return make('organisation');
  if (PLACE_HEADS.has(last)) return make('place', rest);
  const polity = findPolity(name);
  if (polity) return make(polity.isOrganisation ? 'organisation' : 'country', rest);
  if (!titled && countryOfCapital(name)) return make('place', rest);
  if (titled) return make('person', rest);
  if (before && PLACE_PREPOSITIONS.has(before)) return make('place', rest);
  // Two or more capitalised words that are no place, organisation or date: a person.
  return rest.length >= 2 ? make('person', rest) : null;
}

/**
 * The names a sentence holds, read from runs of capitalised words: a title before a name
 * makes a person ("Defence Minister Hulusi Akar"); gazetteer countries and cities, place
 * words ("Sea", "Palace") and organisation words ("Council") make the rest; a lone
 * capitalised word is only a person after a title. Of cities, only capitals are looked up
 * (the full city list stays out of answering, which a snapshot serves without it); other
 * cities are told by the word before them ("in", "at") or after ("city", "port"). A word opening the sentence is skipped
 * when it is a function word ("The", "After").
 */
export const findNames = memoize((sentence: string): readonly NameSpan[] => {
  const words: Word[] = [];
  for (const match of sentence.matchAll(WORD)) {
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  const spans: NameSpan[] = [];
  let k = 0;
  while (k < words.length) {
    const word = words[k]!;
    const opensSentence = k === 0 || /[.!?:"“]\s*$/.test(sentence.slice(0, word.start));
    if (
      !CAPITALISED.test(word.text) ||
      (opensSentence && STOP_WORDS.has(word.text.toLowerCase()))
    ) {
      k++;
      continue;
    }
    const run: Word[] = [word];
    let j = k + 1;
    while (j < words.length) {
      const next = words[j]!;
      const gap = sentence.slice(words[j - 1]!.end, next.start);
      if (!/^\s+$/.test(gap) && gap !== '-') break;
      if (CAPITALISED.test(next.text)) run.push(next);
      else if (
        NAME_PARTICLES.has(next.text.toLowerCase()) &&
        words[j + 1] &&
        CAPITALISED.test(words[j + 1]!.text)
      ) {
        run.push(next);
      } else break;
      if (/['’]s$/.test(next.text)) {
        j++;
        break;
      }
      j++;
    }
    const before = k > 0 ? words[k - 1]!.text.toLowerCase() : undefined;
    // "the Filoli estate", "the Metropole hotel": a name before a place word written small.
    const after = words[j];
    const placeWord =
      after !== undefined &&
      !CAPITALISED.test(after.text) &&
      /^\s+$/.test(sentence.slice(words[j - 1]!.end, after.start)) &&
      PLACE_HEADS.has(bare(after.text));
    const span = placeWord
      ? { start: word.start, end: after.start + bare(after.text).length, kind: 'place' as const }
      : classify(run, before);
    if (span) spans.push({ ...span, text: sentence.slice(span.start, span.end) });
    k = j;
  }
  return spans;
});
