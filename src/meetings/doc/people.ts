import { memoize } from '../../corpus/memoize.js';
import { isCommonWord } from '../../nlp/tagger.js';
import { findCity } from '../places/cities.js';
import {
  countryOfCapital,
  findPolity,
  maxPolityWords,
  mayStartPolity,
  type Polity,
} from '../places/gazetteer.js';
import { COUNTRY_ROWS } from '../places/gazetteer.generated.js';
import { ORGANISATIONS } from '../places/organisations.js';
import {
  CALENDAR_ABBREVIATIONS,
  CALENDAR_WORDS,
  CAPITALISED_ONLY_HEADS,
  FUNCTION_WORDS,
  HONORIFIC_MODIFIERS,
  HONORIFICS,
  HYPHEN_PARTICLES,
  LEADING_PARTICLES,
  LOCATIVE_PREPOSITIONS,
  NAME_LIKE_MONTHS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  PLACE_NOUNS,
  RANKS,
  REGNAL_NUMBER,
  SENTENCE_ADVERBS,
  singularTitleHead,
  THING_HEADS,
  THING_OPENERS,
  TITLE_HEADS,
  TITLE_JOINERS,
  TITLE_MODIFIERS,
} from './lexicon.js';
import type { PersonName, SentenceReading } from './types.js';
import { type Word, wordsOf } from './words.js';

/**
 * The person-name reader: names are runs of proper nouns (as wink-nlp tags them, and capitalised
 * words it mistags) cut by general rules — titles and honorifics stand outside the name,
 * particles ("bin", "van der") and generational suffixes ("Jr.", "III") inside it; countries,
 * cities, organisations, buildings, months and capitalised common words are not names. A
 * person's role and country come from their own title ("Iran's Foreign Minister"), apposition
 * (", deputy head of …,") or "of <country>", never from a country named elsewhere.
 */

/** How a word can take part in a name. */
type Kind =
  | 'name'
  /** A capitalised particle: "Al Thani", "Van Rompuy" — a name word only beside one. */
  | 'capitalParticle'
  /** A lower-case particle: "bin", "da", "von" — inside a name only. */
  | 'particle'
  /** "A.", "W": an initial, inside a name only. */
  | 'initial'
  /** "Jr.", "III". */
  | 'suffix'
  /** A title, honorific or title modifier ("President", "Mr", "Foreign"). */
  | 'title'
  | 'polity'
  | 'thing'
  | 'opener'
  | 'calendar'
  | 'punctuation'
  /** A common word opening a sentence ("Officials", "Yesterday"): a name only before a name word. */
  | 'clauseCommon'
  | 'other';

/** A lower-case word this long after a hyphen makes a compound ("Astana-format"), not a name ("Jae-in"). */
const COMPOUND_PART = 4;
/** Longest run of name words read as one name; longer capitalised runs are titles of things. */
const MAX_NAME_WORDS = 7;
/** Words an apposition may hold: ", deputy head of the division at the foreign ministry,". */
const MAX_APPOSITION_WORDS = 16;
/** Longest name of a body read before a title's head: "National Intelligence Organization". */
const MAX_ORGANISATION_WORDS = 6;
/** Words between a title's head and "of" in "Head of the National Intelligence Organization (MIT)". */
const MAX_TITLE_COMPLEMENT_WORDS = 8;
/** A capitalised word naming a city this large (or a capital) is the city, unless a title says otherwise. */
const CITY_POPULATION = 100_000;
/** In a headline-style sentence, at least this share of its common words is capitalised… */
const HEADLINE_CAPITALISED_SHARE = 0.6;
/** …and at least this many. */
const HEADLINE_CAPITALISED_WORDS = 2;
/** A sentence with a capitalised verb is title case with at most this many content words in lower case. */
const HEADLINE_LOWER_CASE_WORDS = 1;

/** Tags a title's head may carry: "chief" is often tagged an adjective. */
const NOMINAL = new Set(['NOUN', 'ADJ', 'PROPN']);
const CLOSED_CLASS = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'SYM']);
const CLAUSE_OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '.', '|']);
/** Short words title case leaves in lower case: they do not count towards a headline. */
const TITLE_CASE_SMALL_WORDS = new Set(
  'a an the and or but nor of in on at to for by with as from into via vs'.split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an']);
const RELATIVE_WORDS = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when']);
/** Prepositions after which a country is where an office points, not whose it is: "Ambassador to Russia". */
const GOVERNING = new Set(['to', 'for', 'in']);
const APPOSITION_ENDS = new Set([',', ';', ')', '.', '!', '?', '—', '–']);

const capitalised = (text: string) => /^\p{Lu}/u.test(text);
const isPunctuation = (text: string) => !/[\p{L}\p{N}]/u.test(text);
const ALL_CAPITALS = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d.&-]+$/u;
const INITIAL = /^\p{Lu}\.?$/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

/** Codes and acronyms ("US", "UN", "EU"): they name a polity only written in capitals ("Un" is in "Kim Jong Un"). */
const ACRONYMS = new Set<string>(
  [
    ...COUNTRY_ROWS.flatMap(([, code, aliases]) => [
      code,
      ...aliases.filter((alias) => /^[A-Z0-9.-]{2,}$/.test(alias)),
    ]),
    ...ORGANISATIONS.flatMap(([name, aliases]) =>
      [name, ...aliases].filter((alias) => /^[A-Z0-9.-]{2,}$/.test(alias)),
    ),
  ].map((acronym) => acronym.toLowerCase()),
);

/** A polity named by these words, written as in the text, or null. */
const polityNamed = memoize((written: string): Polity | null => {
  const text = DOTTED_ACRONYM.test(written) ? written.replace(/\./g, '') : written;
  if (ACRONYMS.has(text.toLowerCase()) && /\p{Ll}/u.test(text)) return null;
  return findPolity(text);
});

/**
 * Whether a polity's name may start with this word, as `polityNamed` reads the words that
 * start with it: false only when it is sure that none does, so that a sentence's other
 * capitalised words are not looked up phrase by phrase.
 */
const mayStartPolityName = memoize(
  (word: string): boolean =>
    /^the$/i.test(word) || /\s/u.test(word) || DOTTED_ACRONYM.test(word) || mayStartPolity(word),
);

/** A city named by these words, when it is large or a capital: then the words are the place. */
const isLargeCity = memoize((written: string): boolean => {
  const city = findCity(written);
  return city !== null && city.population >= CITY_POPULATION;
});

/** A title found before a name, or in an apposition. */
interface Title {
  /** First word of the title (for the mention's start). */
  readonly start: number;
  readonly role: string | null;
  readonly country: string | null;
  /** Its head is plural ("Presidents X and Y"): names listed after it share the role. */
  readonly plural: boolean;
  /** Only a rank or an honorific ("Admiral", "Sheikh"): an apposition says more. */
  readonly weak: boolean;
}

/** A plural title ("Presidents X and Y") that the names listed after it share. */
interface SharedTitle {
  readonly role: string | null;
  readonly country: string | null;
  /** The last word of the name that took it last. */
  readonly after: number;
}

/** One sentence being read: its words, their kinds, the polities they name. */
class NameReader {
  readonly words: readonly Word[];
  readonly kinds: Kind[];
  /** For each word inside a country or organisation name, that name's first and last word. */
  readonly polities: Array<{ polity: Polity; first: number; last: number } | null>;

  constructor(readonly reading: SentenceReading) {
    this.words = wordsOf(reading.text, reading.tokens);
    this.polities = this.findPolities();
    const headline = this.isHeadlineStyle();
    this.kinds = this.words.map((_, i) => this.kindOf(i, headline));
    for (let i = 0; i + 1 < this.kinds.length; i++) {
      // "Mohammad Omar Daudzai said": a common word opening a sentence starts a name when a
      // word that is no common word follows it in the same run.
      if (this.kinds[i] !== 'clauseCommon') continue;
      const next = this.words[i + 1]!;
      const opens =
        !this.words[i]!.possessive &&
        !SENTENCE_ADVERBS.has(this.words[i]!.key) &&
        this.kinds[i + 1] === 'name' &&
        !isCommonWord(next.text);
      this.kinds[i] = opens ? 'name' : 'other';
    }
  }

  private findPolities() {
    const words = this.words;
    const spans: Array<{ polity: Polity; first: number; last: number } | null> = words.map(
      () => null,
    );
    const longest = maxPolityWords();
    for (let i = 0; i < words.length; i++) {
      if (!capitalised(words[i]!.text) || CLOSED_CLASS.has(words[i]!.pos)) continue;
      if (!mayStartPolityName(words[i]!.text)) continue;
      for (let length = Math.min(longest, words.length - i); length >= 1; length--) {
        const last = i + length - 1;
        let written = words[i]!.text;
        let fits = true;
        for (let k = i + 1; k <= last && fits; k++) {
          fits = !words[k - 1]!.possessive && !isPunctuation(words[k]!.text);
          written += ' ' + words[k]!.text;
        }
        const polity = fits ? polityNamed(written) : null;
        if (polity) {
          for (let k = i; k <= last; k++) spans[k] = { polity, first: i, last };
          i = last;
          break;
        }
      }
    }
    return spans;
  }

  /**
   * Title case: a capitalised verb and (almost) no content word in lower case ("Saudi Crown
   * Prince Warns of Iranian Threat"), or most of the common words that are not proper nouns ("Talks Held In Geneva As Leaders Meet").
   */
  private isHeadlineStyle(): boolean {
    let common = 0;
    let capital = 0;
    let lower = 0;
    let verbs = 0;
    for (let i = 1; i < this.words.length; i++) {
      const word = this.words[i]!;
      if (!/\p{L}/u.test(word.text) || TITLE_CASE_SMALL_WORDS.has(word.key)) continue;
      if (NAME_PARTICLES.has(word.key)) continue;
      if (!capitalised(word.text)) lower++;
      else if (word.pos === 'VERB') verbs++;
      // Titles, places, months and the heads of named things are capitalised in any prose.
      if (isTitleWord(word) || this.polities[i] || CALENDAR_WORDS.has(word.key)) continue;
      if (THING_HEADS.has(word.key) || THING_OPENERS.has(word.key)) continue;
      // Words tagged as proper nouns may be names that are also words ("Mike", "Grange").
      if (word.pos === 'PROPN' || !isCommonWord(word.text)) continue;
      common++;
      if (capitalised(word.text)) capital++;
    }
    if (verbs > 0 && lower <= HEADLINE_LOWER_CASE_WORDS) return true;
    return capital >= HEADLINE_CAPITALISED_WORDS && capital >= common * HEADLINE_CAPITALISED_SHARE;
  }

  private startsClause(i: number): boolean {
    return i === 0 || CLAUSE_OPENERS.has(this.words[i - 1]!.text);
  }

  private kindOf(i: number, headline: boolean): Kind {
    const word = this.words[i]!;
    const { text, key } = word;
    if (isPunctuation(text)) return 'punctuation';
    if (!capitalised(text)) {
      if (NAME_PARTICLES.has(key)) return 'particle';
      const hyphen = /^(\p{Ll}+)-\p{Lu}/u.exec(text);
      if (hyphen && HYPHEN_PARTICLES.has(hyphen[1]!)) return 'name';
      return isTitleWord(word) ? 'title' : 'other';
    }
    if (REGNAL_NUMBER.test(text) || NAME_SUFFIXES.has(key)) return 'suffix';
    if (this.polities[i]) return 'polity';
    // "Americans", "Saudis": the people of a country, not a person.
    if (/\p{Ll}s$/u.test(text) && polityNamed(text.slice(0, -1))) return 'other';
    if (ALL_CAPITALS.test(text)) return HONORIFICS.has(key) ? 'title' : 'other';
    if (INITIAL.test(text)) return 'initial';
    if (/\d/u.test(text)) return 'other';
    if (isTitleWord(word)) return 'title';
    if (CALENDAR_WORDS.has(key)) return 'calendar';
    if (CALENDAR_ABBREVIATIONS.has(key) && (text.endsWith('.') || this.beforeNumber(i))) {
      return 'calendar';
    }
    if (THING_HEADS.has(key)) return 'thing';
    if (THING_OPENERS.has(key)) return 'opener';
    if (NAME_PARTICLES.has(key)) return 'capitalParticle';
    if (CLOSED_CLASS.has(word.pos)) return 'other';
    if (text.includes('-') && !this.isHyphenatedName(text)) return 'other';
    if (/['’](?:m|re|ve|ll|d|t)$/i.test(text)) return 'other';
    if (this.startsClause(i) && FUNCTION_WORDS.has(key)) return 'other';
    if (headline && isCommonWord(text) && !this.insideHeadlineName(i)) return 'other';
    if (this.startsClause(i) && isCommonWord(text)) return 'clauseCommon';
    return 'name';
  }

  /**
   * In a headline, a common word inside a name: "Kim Jong Un", "Ri Son Gwon" — between two
   * words that are not common, or after two of them.
   */
  private insideHeadlineName(i: number): boolean {
    if (this.words[i]!.pos === 'VERB') return false;
    const uncommon = (k: number) => {
      const word = this.words[k];
      return (
        word !== undefined &&
        capitalised(word.text) &&
        !isCommonWord(word.text) &&
        !isTitleWord(word) &&
        !this.polities[k]
      );
    };
    const joined = (k: number) => !this.words[k]!.possessive;
    if (uncommon(i - 1) && joined(i - 1) && uncommon(i + 1) && joined(i)) return true;
    return uncommon(i - 1) && uncommon(i - 2) && joined(i - 1) && joined(i - 2);
  }

  private beforeNumber(i: number): boolean {
    return /^\d/.test(this.words[i + 1]?.text ?? '');
  }

  /** "Jean-Pierre", "Jae-in", "Al-Aiban" are names; "Russia-Ukraine", "L-R", "Asia-Pacific" are not. */
  private isHyphenatedName(text: string): boolean {
    const parts = text.split('-');
    return parts.every(
      (part, k) =>
        part.length > 1 &&
        !ALL_CAPITALS.test(part) &&
        !polityNamed(part) &&
        (k === 0 ||
          (capitalised(part)
            ? !isCommonWord(part)
            : part.length < COMPOUND_PART || !isCommonWord(part))),
    );
  }

  private kind(i: number): Kind | undefined {
    return this.kinds[i];
  }

  /** Whether words from i on, past particles and initials, reach a name word. */
  private reachesName(i: number): boolean {
    for (let k = i; k < this.words.length; k++) {
      const kind = this.kinds[k];
      if (kind === 'name') return true;
      if (kind !== 'particle' && kind !== 'initial' && kind !== 'capitalParticle') return false;
      if (this.words[k]!.possessive) return false;
    }
    return false;
  }

  /** The last word of the name that starts at `first`. */
  private nameEnd(first: number): number {
    const words = this.words;
    let last = first;
    while (!words[last]!.possessive) {
      const next = last + 1;
      const kind = this.kind(next);
      if (kind === undefined) break;
      if (kind === 'name') {
        last = next;
      } else if (
        (kind === 'particle' || kind === 'initial' || kind === 'capitalParticle') &&
        this.reachesName(next + 1)
      ) {
        last = next;
      } else if (kind === 'suffix') {
        last = next;
      } else if (
        words[next]!.text === ',' &&
        this.kind(next + 1) === 'suffix' &&
        NAME_SUFFIXES.has(words[next + 1]!.key)
      ) {
        last = next + 1;
      } else if (
        kind === 'calendar' &&
        NAME_LIKE_MONTHS.has(words[next]!.key) &&
        !this.beforeNumber(next)
      ) {
        // "Theresa May": a month after a given name is a family name, unless a day follows.
        last = next;
      } else if (
        kind === 'title' &&
        capitalised(words[next]!.text) &&
        (TITLE_HEADS.has(words[next]!.key) || HONORIFICS.has(words[next]!.key)) &&
        !this.reachesName(next + 1) &&
        this.kind(next + 1) !== 'title'
      ) {
        // "Martin Luther King", "Ali Haji": a title closing a name, with no name after it, is a surname.
        last = next;
      } else {
        break;
      }
    }
    return last;
  }

  /** Whether the name words from first to last are all common English words. */
  private allCommon(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) {
      if (this.kinds[k] === 'name' && !isCommonWord(this.words[k]!.text)) return false;
    }
    return true;
  }

  /** Whether first..last names a thing: a building, an organisation, a city. */
  private namesThing(first: number, last: number): boolean {
    const words = this.words;
    let opener = first - 1;
    while (this.kinds[opener] === 'particle') opener--;
    const before = words[opener];
    if (before && capitalised(before.text) && THING_OPENERS.has(before.key)) return true;
    // "Naval Base Point Loma": a name right after the head of a named thing continues it.
    if (before && capitalised(before.text) && this.kinds[opener] === 'thing') return true;
    const after = words[last + 1];
    return (
      !words[last]!.possessive &&
      after !== undefined &&
      capitalised(after.text) &&
      THING_HEADS.has(after.key)
    );
  }

  written(first: number, last: number): string {
    return this.reading.text.slice(this.words[first]!.at, this.words[last]!.end);
  }

  /** The country a possessive or polity word at i names: "Iran's", "Beijing's". */
  private countryAt(i: number): { country: string; first: number } | null {
    const span = this.polities[i];
    if (span) return { country: span.polity.name, first: span.first };
    const word = this.words[i];
    if (word?.possessive && capitalised(word.text)) {
      const polity = countryOfCapital(word.text);
      if (polity) return { country: polity.name, first: i };
    }
    return null;
  }

  /** Whether the polity at [first..] is governed by "to"/"for"/"in" ("Ambassador to the US"). */
  private governed(first: number): boolean {
    const before = this.words[first - 1]?.key;
    if (before === 'the') return GOVERNING.has(this.words[first - 2]?.key ?? '');
    return GOVERNING.has(before ?? '');
  }

  /**
   * The title written before a name, read leftwards from `end` (the word before the name):
   * "US President", "Iran's Foreign Minister", "His Highness Sheikh", "Secretary of State",
   * "Head of the National Intelligence Organization (MIT)".
   */
  titleBefore(end: number): Title | null {
    const words = this.words;
    let start = end + 1;
    let head = -1;
    let honorific = false;
    let i = end;
    const dropped = new Set<number>();
    let country: string | null = null;
    let polities = 0;
    while (i >= 0) {
      const word = words[i]!;
      const key = word.key;
      const titled = head >= 0 || honorific;
      if (word.possessive) {
        const found = titled ? this.countryAt(i) : null;
        if (found) {
          country ??= found.country;
          polities++;
          for (let k = found.first; k <= i; k++) dropped.add(k);
          start = found.first;
        }
        break;
      }
      if (isHonorific(word)) {
        honorific = true;
        dropped.add(i);
        start = i--;
        continue;
      }
      if (honorific && HONORIFIC_MODIFIERS.has(key)) {
        dropped.add(i);
        start = i--;
        continue;
      }
      // "intelligence chief Jane Doe": a head written small right before the name is its title.
      if (isHeadWord(word) || (i === end && NOMINAL.has(word.pos) && isHeadWordInLowerCase(word))) {
        if (head < 0) head = i;
        start = i--;
        continue;
      }
      if (titled && TITLE_JOINERS.has(key) && this.joinsTitle(i)) {
        i--;
        continue;
      }
      if (
        titled &&
        (TITLE_MODIFIERS.has(key) || (THING_HEADS.has(key) && capitalised(word.text)))
      ) {
        start = i--;
        continue;
      }
      const span = this.polities[i];
      if (titled && span) {
        // "Kim of Korea and President Lee": the country is the name's before it, not this title's.
        let of = span.first - 1;
        if (words[of]?.key === 'the') of--;
        if (words[of]?.key === 'of' && this.kinds[of - 1] === 'name') break;
        if (!this.governed(span.first)) {
          country ??= span.polity.name;
          polities++;
          if (span.first < head) for (let k = span.first; k <= span.last; k++) dropped.add(k);
        }
        start = span.first;
        i = span.first - 1;
        continue;
      }
      const complement = this.complementHead(i);
      if (complement !== null) {
        // Walked into the complement of "<head> of …": take it whole, its country too.
        for (let k = complement + 1; k <= i; k++) {
          const inner = this.polities[k];
          if (inner && inner.first === k && !this.governed(k)) {
            country ??= inner.polity.name;
            polities++;
          }
        }
        i = complement - 1;
        continue;
      }
      const organisation = head >= 0 ? this.organisationBefore(i) : null;
      if (organisation !== null) {
        // "National Intelligence Organization (MIT) head": the body the head heads.
        start = organisation;
        break;
      }
      if (capitalised(word.text) && !isPunctuation(word.text) && head >= 0) {
        // "Kremlin spokesman", "Hamas leader": one capitalised word opens a title at a boundary.
        const previous = words[i - 1];
        const boundary = !previous || !capitalised(previous.text) || isPunctuation(previous.text);
        if (boundary && !FUNCTION_WORDS.has(key) && !SENTENCE_ADVERBS.has(key)) start = i;
      }
      break;
    }
    while (start <= end && TITLE_JOINERS.has(words[start]!.key)) start++;
    if (start > end || (head < 0 && !honorific)) return null;
    // A country stated after the head ("President of Russia") leaves the role with its "of".
    const kept: number[] = [];
    for (let k = start; k <= end; k++) if (!dropped.has(k)) kept.push(k);
    while (kept.length > 0 && this.polityGovernedByOf(kept[kept.length - 1]!)) {
      const last = kept[kept.length - 1]!;
      const first = this.polities[last]!.first;
      while (kept.length > 0 && kept[kept.length - 1]! >= first) kept.pop();
      while (kept.length > 0 && TITLE_JOINERS.has(words[kept[kept.length - 1]!]!.key)) kept.pop();
    }
    const plural = head >= 0 && singularTitleHead(words[head]!.key) !== null;
    const role = this.roleText(kept, plural ? head : -1);
    const heads = kept.filter((k) => isHeadWord(words[k]!));
    const weak = heads.every((k) => RANKS.has(words[k]!.key));
    // "Russian and Turkish presidents X and Y": which country is whose is not said.
    const own = plural && polities > 1 ? null : country;
    return { start, role, country: own, plural, weak };
  }

  private polityGovernedByOf(i: number): boolean {
    const span = this.polities[i];
    if (!span || span.last !== i) return false;
    const before = this.words[span.first - 1]?.key;
    return before === 'of' || (before === 'the' && this.words[span.first - 2]?.key === 'of');
  }

  /** "of", "for", "to", "and", "the" inside a title: "Minister of Foreign Affairs", "Head of the". */
  private joinsTitle(i: number): boolean {
    const words = this.words;
    const left = words[i - 1];
    const right = words[i + 1];
    if (!left || !right) return false;
    const leftTitle = isTitleWord(left) || this.polities[i - 1] !== null;
    const rightTitle = capitalised(right.text) || isTitleWord(right);
    if (words[i]!.key === 'the') return ['of', 'for', 'to'].includes(left.key) && rightTitle;
    return leftTitle && rightTitle && !left.possessive;
  }

  /**
   * When words left of i are the complement of a title ("Head of the National Intelligence
   * Organization (MIT)"), the index of that title's "of" (its head stands just before); else null.
   */
  private complementHead(i: number): number | null {
    const words = this.words;
    if (!capitalised(words[i]!.text) && words[i]!.text !== ')') return null;
    for (let k = i, seen = 0; k >= 1 && seen < MAX_TITLE_COMPLEMENT_WORDS; k--) {
      const word = words[k]!;
      // Brackets around an acronym are not words: "(MIT)" is one.
      if (!isPunctuation(word.text)) seen++;
      if (k < i && ['of', 'for', 'to'].includes(word.key)) {
        if (isHeadWord(words[k - 1]!) || THING_HEADS.has(words[k - 1]!.key)) return k;
        continue;
      }
      const fits = capitalised(word.text) || ['the', 'and', '(', ')'].includes(word.key);
      if (!fits || word.possessive) return null;
    }
    return null;
  }

  private roleText(indices: readonly number[], pluralHead: number): string | null {
    if (indices.length === 0) return null;
    const parts: string[] = [];
    for (const k of indices) {
      const word = this.words[k]!;
      let text = word.text;
      if (k === pluralHead) {
        const singular = singularTitleHead(word.key)!;
        text = capitalised(text) ? singular[0]!.toUpperCase() + singular.slice(1) : singular;
      }
      parts.push(text);
    }
    const role = parts.join(' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').trim();
    return role.length > 0 && !isHonorificOnly(indices.map((k) => this.words[k]!)) ? role : null;
  }

  /**
   * Where the name of a body ends at `last` and starts after a boundary: "National
   * Intelligence Organization (MIT)", "the Security Council" — capitalised words that end in a
   * body's head word or its acronym in brackets; null otherwise.
   */
  private organisationBefore(last: number): number | null {
    const words = this.words;
    let k = last;
    let acronym = false;
    if (
      words[k]?.text === ')' &&
      words[k - 2]?.text === '(' &&
      ALL_CAPITALS.test(words[k - 1]!.text)
    ) {
      acronym = true;
      k -= 3;
    }
    const end = k;
    if (!words[end] || !capitalised(words[end]!.text)) return null;
    if (!acronym && !THING_HEADS.has(words[end]!.key)) return null;
    let first = end;
    while (
      first > 0 &&
      end - first < MAX_ORGANISATION_WORDS &&
      capitalised(words[first - 1]!.text) &&
      !isPunctuation(words[first - 1]!.text) &&
      !words[first - 1]!.possessive
    )
      first--;
    const before = words[first - 1];
    if (before && capitalised(before.text) && !isPunctuation(before.text)) return null;
    return first;
  }

  /** ", deputy head of the Africa division at Israel's foreign ministry," after the name. */
  appositionAfter(last: number): { role: string; country: string | null; end: number } | null {
    const words = this.words;
    if (words[last + 1]?.text !== ',') return null;
    const from = last + 2;
    const opening = words[from];
    if (!opening || (this.kinds[from] === 'name' && !opening.possessive)) return null;
    let head = false;
    let k = from;
    for (; k < words.length && k - from < MAX_APPOSITION_WORDS; k++) {
      const word = words[k]!;
      if (APPOSITION_ENDS.has(word.text)) break;
      if (RELATIVE_WORDS.has(word.key)) return null;
      const headWord = TITLE_HEADS.has(word.key);
      if ((word.pos === 'VERB' || word.pos === 'AUX') && !headWord) return null;
      if (headWord) head = true;
      if (this.kinds[k] === 'name') {
        const before = words[k - 1]!;
        if (isHeadWord(before) || isHonorific(before) || this.kinds[k + 1] === 'name') return null;
      }
    }
    if (!head || k === from || (k < words.length && !APPOSITION_ENDS.has(words[k]!.text)))
      return null;
    if (k - from >= MAX_APPOSITION_WORDS) return null;
    let first = from;
    if (DETERMINERS.has(words[first]!.key)) first++;
    let country: string | null = null;
    for (let i = from; i < k && country === null; i++) {
      const found = this.countryAt(i);
      if (found && !this.governed(found.first)) country = found.country;
    }
    // "Egypt's foreign minister", "the Russian leader": the country stands apart from the role.
    const leading = this.polities[first];
    if (leading && leading.first === first && leading.last + 1 < k) first = leading.last + 1;
    else if (this.countryAt(first) && words[first]!.possessive) first++;
    if (first >= k) return null;
    const role = this.reading.text.slice(words[first]!.at, words[k - 1]!.after);
    return { role, country, end: words[k - 1]!.after };
  }

  /** "Tamim bin Hamad of Qatar": the country after the name. */
  countryAfter(last: number): string | null {
    if (this.words[last + 1]?.key !== 'of') return null;
    const at = this.words[last + 2]?.key === 'the' ? last + 3 : last + 2;
    const span = this.polities[at];
    return span && span.first === at ? span.polity.name : null;
  }

  /** A title before a comma before the name: "the Iranian foreign minister, Ahmed Vahidi, said". */
  titleBeforeComma(first: number, last: number): Title | null {
    const words = this.words;
    if (words[first - 1]?.text !== ',' || first < 2) return null;
    const after = words[last + 1]?.text;
    if (after !== undefined && !APPOSITION_ENDS.has(after) && words[last + 1]!.key !== 'and')
      return null;
    const title = this.titleBefore(first - 2);
    return title && !title.weak && title.role !== null ? title : null;
  }

  read(): PersonName[] {
    const words = this.words;
    const found: PersonName[] = [];
    let shared: SharedTitle | null = null;
    for (let i = 0; i < words.length; i++) {
      const kind = this.kinds[i];
      const particle =
        kind === 'capitalParticle' || (kind === 'particle' && LEADING_PARTICLES.has(words[i]!.key));
      if (kind !== 'name' && !(particle && this.reachesName(i + 1))) continue;
      let first = i;
      const last = this.nameEnd(first);
      // "Ambassador to Moscow John Doe": a city after a preposition is the place, not a first name.
      if (
        first < last &&
        words[first - 1]?.pos === 'ADP' &&
        this.kinds[first + 1] === 'name' &&
        isLargeCity(words[first]!.text)
      ) {
        first++;
      }
      i = last;
      const nameWords = last - first + 1;
      if (nameWords > MAX_NAME_WORDS) continue;
      let title = this.titleBefore(first - 1);
      const apposition = words[last]!.possessive ? null : this.appositionAfter(last);
      if (!title && !apposition) title = this.titleBeforeComma(first, last);
      if (title && title.plural) shared = null;
      const sharing: SharedTitle | null = title ? null : this.listedAfter(shared, first);
      const titled = title !== null || apposition !== null || sharing !== null;
      if (this.namesThing(first, last)) continue;
      if (!titled && this.untitledNotPerson(first, last)) continue;
      // A common word alone ("Lands", "Reconciliation") is a name only right after its title.
      if (first === last && isCommonWord(words[first]!.text) && !this.titleRightBefore(first)) {
        continue;
      }
      const useApposition = apposition !== null && (!title || title.weak || title.role === null);
      const role =
        (useApposition ? apposition.role : title?.role) ??
        apposition?.role ??
        sharing?.role ??
        null;
      const country =
        title?.country ??
        apposition?.country ??
        this.countryAfter(last) ??
        this.possessiveCountryBefore(first) ??
        sharing?.country ??
        null;
      const at = words[first]!.at;
      const end = words[last]!.end;
      found.push({
        name: this.reading.text.slice(at, end),
        at,
        end,
        mentionAt: title && title.start < first ? words[title.start]!.at : at,
        mentionEnd: apposition?.end ?? end,
        role,
        country,
        possessive: words[last]!.possessive,
        titled,
      });
      if (title?.plural) shared = { role: title.role, country: null, after: last };
      else if (sharing) shared = { ...sharing, after: last };
    }
    return found;
  }

  /**
   * Untitled words that name no person: a large city; common words only ("Black Sea"); a name
   * after "the", after "in" or "near", or after "the city of"; a word used as a modifier ("Nuh
   * district", "Islamist militant"); a word listed among places.
   */
  private untitledNotPerson(first: number, last: number): boolean {
    const words = this.words;
    if (isLargeCity(this.written(first, last)) || this.allCommon(first, last)) return true;
    const before = words[first - 1]?.key ?? '';
    // Personal names take no article: "the Taliban", "the Elysee", "the Caucasus".
    if (before === 'the' || LOCATIVE_PREPOSITIONS.has(before)) return true;
    if (before === 'of' && PLACE_NOUNS.has(words[first - 2]?.key ?? '')) return true;
    if (first !== last || words[last]!.possessive) return false;
    const next = words[last + 1];
    const modifies =
      next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && !capitalised(next.text);
    return modifies || this.listedWithPlaces(first);
  }

  /** "Xinjiang, Tibet and Hong Kong": a word listed beside countries or cities is a place too. */
  private listedWithPlaces(i: number): boolean {
    const words = this.words;
    const isList = (k: number) => words[k]?.text === ',' || words[k]?.key === 'and';
    const isPlace = (k: number) =>
      k >= 0 && k < words.length && (this.polities[k] !== null || isLargeCity(words[k]!.text));
    return (isList(i - 1) && isPlace(i - 2)) || (isList(i + 1) && isPlace(i + 2));
  }

  private titleRightBefore(first: number): boolean {
    const before = this.words[first - 1];
    return before !== undefined && (isHeadWord(before) || isHonorific(before));
  }

  /** "Italy's Giorgia Meloni": a country's possessive right before the name. */
  private possessiveCountryBefore(first: number): string | null {
    const before = first - 1;
    if (!this.words[before]?.possessive) return null;
    return this.countryAt(before)?.country ?? null;
  }

  /** The plural title a name shares when only commas and "and" stand between them. */
  private listedAfter(shared: SharedTitle | null, first: number): SharedTitle | null {
    if (shared === null || first <= shared.after + 1) return null;
    for (let k = shared.after + 1; k < first; k++) {
      const key = this.words[k]!.key;
      if (key !== ',' && key !== 'and') return null;
    }
    return shared;
  }
}

/** The word's head-of-title reading, in either number: "President", "ministers", "Gen.". */
function isHeadWord(word: Word): boolean {
  const key = word.key;
  const head = TITLE_HEADS.has(key) ? key : singularTitleHead(key);
  if (head === null) return false;
  return capitalised(word.text) || !CAPITALISED_ONLY_HEADS.has(head);
}

/** A head that is a title only capitalised ("Head", "Chief"), written small. */
function isHeadWordInLowerCase(word: Word): boolean {
  const head = TITLE_HEADS.has(word.key) ? word.key : singularTitleHead(word.key);
  return head !== null && CAPITALISED_ONLY_HEADS.has(head) && !capitalised(word.text);
}

function isHonorific(word: Word): boolean {
  if (word.key === 'he' || word.key === 'hh' || word.key === 'hm')
    return word.text === word.text.toUpperCase();
  return HONORIFICS.has(word.key) && capitalised(word.text);
}

function isTitleWord(word: Word): boolean {
  return (
    isHeadWord(word) ||
    isHonorific(word) ||
    TITLE_MODIFIERS.has(word.key) ||
    (HONORIFIC_MODIFIERS.has(word.key) &&
      capitalised(word.text) &&
      word.key !== 'his' &&
      word.key !== 'her')
  );
}

function isHonorificOnly(words: readonly Word[]): boolean {
  return words.every((word) => isHonorific(word) || HONORIFIC_MODIFIERS.has(word.key));
}

/**
 * The people a sentence names, in order: the name as written without titles, the whole
 * mention, the person's own role and country, whether the name is a possessor, and whether a
 * title, honorific or apposition vouches that it is a person. Single words ("Akar said") and
 * untitled names are reported too, `titled` false: a later stage resolves them against the
 * names seen elsewhere in the briefings.
 */
export function findPersonNames(reading: SentenceReading): PersonName[] {
  if (reading.tokens.length === 0) return [];
  return new NameReader(reading).read();
}
