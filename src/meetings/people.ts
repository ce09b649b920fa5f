import { findCity } from './places/cities.js';
import { findPolity, mayStartPolity, type Polity } from './places/gazetteer.js';
import { NON_PARTICIPANT_ROLE, ROLE_HEADS, ROLE_MODIFIERS } from './roles.js';
import { fold } from './text.js';

/** One person named in a sentence, with what the sentence says about them. */
export interface PersonMention {
  /** The name as written ("Hulusi Akar"), or the full name a surname was resolved to. */
  readonly name: string;
  readonly role: string | null;
  readonly country: string | null;
  readonly at: number;
  readonly end: number;
  /** "Erdogan's spokesman": the person is referred to, not acting. */
  readonly possessive: boolean;
  /** The subject of "said", "told reporters", or the source after "according to". */
  readonly speaker: boolean;
  /** The one who received or welcomed a visitor ("are received by X"). */
  readonly receiver: boolean;
  /** An appositive or relative clause says the person took part ("who led Moscow's delegation"). */
  readonly attendsByClause: boolean;
  /** Found by name alone, with no title, country or appositive to vouch that it is a person. */
  readonly bare: boolean;
}

/** Full names by folded name token, for mentions by surname ("Akar") of someone named before. */
export type KnownNames = (token: string) => string | null;

interface Token {
  readonly text: string;
  /** Folded once: every check below compares folded words. */
  readonly lower: string;
  readonly at: number;
  readonly end: number;
  readonly possessive: boolean;
}

const TOKEN = /\(\p{Lu}{2,6}\)|\p{L}[\p{L}\p{M}'’.-]*\p{L}|\p{L}|\d+|[^\s\p{L}\d]/gu;
const PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'da',
  'de',
  'di',
  'do',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'du',
]);
const PREFIXED_PARTICLE = /^(?:al|el|bin|ibn|abu)-\p{Lu}/u;
/** Capitalised words that are never part of a person's name. */
const NOT_NAME = new Set(
  (
    'the a an in on at he she it they his her their its this that these those but and as after before while when under ' +
    'speaking according last next earlier later asked separately meanwhile both since although if mr mrs ms dr today ' +
    'there here we our you i by for from of to with without also only some many most several other another such ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'council party park sea centre center museum ministry organization organisation agency forum house office ' +
    'commission committee assembly congress parliament court union nations group summit airport memorial bank fund ' +
    'estate convention place retreat process initiative declaration statute talks format round state states republic ' +
    'kingdom force forces army navy command university institute news reuters afp aa independent times post press ' +
    'television tv base region province city hall palace kremlin white cenotaph victims peace dialogue business ' +
    'leaders partnership connectivity resilience agreement deal plan roadmap conference session outreach plus ' +
    'north south east west central global arab islamic communist national international federal royal ' +
    'ai g7 g20 brics nato eu un quad apec asean department theatre theater southern northern eastern western ' +
    'xinhua action plan fleet'
  ).split(' '),
);
const SPEECH_AFTER =
  /^(?:,[^,]{0,80},\s*|,\s*)?(?:said|says|told|tells|stated|states|announced|warned|added|wrote|noted|called|argued|insisted|stressed|replied|confirmed|declared|signall?ed|praised|described|urged|suggested|predicted|denied|hailed|explained|thanked|pledged|expressed|welcomed the)\b/i;
const SPEECH_TO_MEETING =
  /^(?:,[^,]{0,80},\s*|,\s*)?(?:said\s+(?:after|during|at|following)\s+(?:the\s+|their\s+)?(?:talks|meeting|summit|session)|(?:told|addressed)\s+(?:the|his|her|their)\s+(?:closing |opening )?(?:plenary|summit|meeting|session|talks|leaders|counterparts?|delegates|conference|guests?))\b/i;
const SPEECH_BEFORE =
  /(?:according to|said|stated|quoted|announcement from|statement from|words of)\s+$/i;
const RECEPTION =
  /\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?(?:received|welcomed|greeted|met)\b[^.;]*?\bby\s/i;
const CLAUSE_CUE =
  /\b(?:led|leads|leading|heads?|headed|heading|took part|takes part|taking part|attend(?:s|ed|ing)?|joined|represent(?:s|ed|ing)|chaired|hosted|signed|who met|who held talks)\b/i;

function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    let text = match[0];
    let possessive = false;
    if (/['’]s$/.test(text)) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/.test(text)) {
      text = text.slice(0, -1);
      possessive = true;
    }
    tokens.push({
      text,
      lower: fold(text),
      at: match.index,
      end: match.index + match[0].length,
      possessive,
    });
  }
  return tokens;
}

const isCapital = (text: string) => /^\p{Lu}/u.test(text);
const lower = (text: string) => fold(text);
const isRoleWord = (folded: string) => ROLE_HEADS.has(folded) || ROLE_MODIFIERS.has(folded);

function polityAt(tokens: readonly Token[], i: number): { polity: Polity; length: number } | null {
  if (!mayStartPolity(tokens[i]!.text)) return null;
  for (let length = 4; length >= 1; length--) {
    if (i + length > tokens.length) continue;
    const words = tokens.slice(i, i + length);
    if (words.slice(0, -1).some((t) => t.possessive)) continue;
    const text = words.map((t) => t.text).join(' ');
    if (!/^\p{Lu}/u.test(text)) continue;
    const polity = findPolity(text);
    if (polity) return { polity, length };
  }
  return null;
}

function isNameToken(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const text = token.text;
  if (PREFIXED_PARTICLE.test(text)) return true;
  if (PARTICLES.has(text.toLowerCase()) && !isCapital(text)) {
    const next = tokens[i + 1];
    const nextFits = next !== undefined && (isCapital(next.text) || PARTICLES.has(next.text));
    const previous = tokens[i - 1];
    return (
      nextFits &&
      previous !== undefined &&
      (isCapital(previous.text) || PARTICLES.has(previous.text))
    );
  }
  if (!isCapital(text) || text.length < 2 || /^\p{Lu}+$/u.test(text) || text.startsWith('('))
    return false;
  if (/\./.test(text) || /-\p{Ll}/u.test(text)) return false;
  if (NOT_NAME.has(token.lower) || isRoleWord(token.lower)) return false;
  if (findPolity(text)) return false;
  const city = findCity(text);
  if (city && city.population >= BIG_CITY) return false;
  return true;
}

/** Longer runs of capitalised words are titles of things, not names. */
const MAX_NAME_WORDS = 6;
/** A capitalised word naming a city this large is read as the city, not as a name. */
const BIG_CITY = 200_000;
/** Ranks that say less than an appositive title does. */
const RANKS = /^(?:admiral|general|colonel|marshal|dr|sheikh)$/i;

/** Two name words in a row (not a possessive): the phrase lists people, it is not a title. */
function containsName(phrase: string): boolean {
  const tokens = tokenize(phrase);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (
      !tokens[i]!.possessive &&
      !tokens[i + 1]!.possessive &&
      isNameToken(tokens, i) &&
      isNameToken(tokens, i + 1)
    ) {
      return true;
    }
  }
  return false;
}

/** Whether "Head of the …" (or Director, Chief, Secretary of) opens the words left of position i. */
function insideHeadOf(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - HEAD_OF_REACH); j--) {
    const token = tokens[j]!;
    if (token.lower === 'of' && j > 0 && ROLE_HEADS.has(tokens[j - 1]!.lower)) return true;
    if (!isCapital(token.text) && !['of', 'the', 'and'].includes(token.lower)) return false;
  }
  return false;
}
/** How far left of a word "Head of" may stand and still open its title. */
const HEAD_OF_REACH = 8;

/** The title written before a name, walking left from it: "Turkish Defence Minister". */
function roleBefore(
  tokens: readonly Token[],
  nameStart: number,
): { start: number; role: string | null; country: string | null } {
  let i = nameStart - 1;
  if (i >= 0 && tokens[i]!.text.startsWith('(') && tokens[i]!.text.length > 2) i--;
  let start = nameStart;
  let hasHead = false;
  while (i >= 0) {
    const token = tokens[i]!;
    const word = token.lower;
    if (token.possessive && i < nameStart - 1) {
      // "Türkiye's Ambassador to Moscow", "China's top diplomat": a possessive country opens the title.
      if (findPolity(token.text) || polityAt(tokens, i)) start = i;
      break;
    }
    if (ROLE_HEADS.has(word)) hasHead = true;
    else if (/^\(\p{Lu}{2,6}\)$/u.test(token.text)) {
      // "National Intelligence Organization (MIT) head": an acronym inside the title.
    } else if (word === 'and') {
      const previous = tokens[i - 1];
      if (!previous || !isRoleWord(previous.lower) || !isCapital(previous.text)) break;
    } else if (['of', 'the', 'for', 'to'].includes(word)) {
      const next = tokens[i + 1];
      const previous = tokens[i - 1];
      // "Ambassador to Moscow", "Head of the …" — but not "According to".
      const joinsTitle =
        previous !== undefined &&
        (isRoleWord(previous.lower) || (isCapital(previous.text) && !NOT_NAME.has(previous.lower)));
      if (
        i + 1 >= nameStart ||
        !next ||
        !(isCapital(next.text) || next.lower === 'the') ||
        !joinsTitle
      )
        break;
    } else if (!ROLE_MODIFIERS.has(word)) {
      if (!isCapital(token.text) || /^\p{P}/u.test(token.text)) break;
      // An unknown capitalised word opens a title only at a boundary ("Kremlin spokesman").
      const previous = tokens[i - 1];
      const known =
        findPolity(token.text) ||
        NOT_NAME.has(word) ||
        findCity(token.text) ||
        token.text.startsWith('(');
      if (
        !known &&
        previous &&
        isCapital(previous.text) &&
        !previous.possessive &&
        !insideHeadOf(tokens, i)
      )
        break;
    }
    start = i;
    i--;
  }
  while (start < nameStart && ['the', 'and', 'of', 'for', 'to'].includes(tokens[start]!.lower))
    start++;
  if (!hasHead || start >= nameStart) return { start: nameStart, role: null, country: null };
  return { start, ...describeRole(tokens, start, nameStart) };
}

/** Splits a title into the office and the country: "Turkish Defence Minister" → Defence Minister, Türkiye. */
function describeRole(
  tokens: readonly Token[],
  start: number,
  end: number,
): { role: string | null; country: string | null } {
  let country: string | null = null;
  const words: string[] = [];
  for (let i = start; i < end;) {
    const before = i > start ? tokens[i - 1]!.lower : '';
    const beforeTwo = i > start + 1 ? tokens[i - 2]!.lower : '';
    const found = polityAt(tokens, i);
    const governed =
      ['to', 'for', 'in'].includes(before) ||
      (before === 'the' && ['to', 'for', 'in'].includes(beforeTwo));
    if (found && !governed) {
      country ??= found.polity.name;
      const isLeading = i === start;
      if (!isLeading || found.polity.isOrganisation) {
        for (let k = i; k < i + found.length; k++) words.push(tokens[k]!.text);
      }
      i += found.length;
      continue;
    }
    words.push(tokens[i]!.text);
    i++;
  }
  const role = words
    .join(' ')
    .replace(/\s+([),])/g, '$1')
    .replace(/\(\s+/g, '(')
    .trim();
  return { role: role || null, country };
}

/** ", director of the Office …, " after a name: an appositive giving the title. */
function appositiveAfter(
  sentence: string,
  end: number,
): { role: string | null; country: string | null; clauseCue: boolean; length: number } {
  const rest = sentence.slice(end);
  const match = /^,\s+((?:the |a |an )?[^,;]{2,140}?)(?=,|;|\.\s|\.$|$)/.exec(rest);
  let role: string | null = null;
  let country: string | null = null;
  let clauseCue = false;
  let length = 0;
  if (match) {
    const phrase = match[1]!;
    const startsLikeTitle =
      /^(?:the |a |an )?(?:\p{Ll}|(?:\p{Lu}\p{L}*['’]s\s)|(?:Deputy|Assistant|Vice|Foreign|Secretary|Minister|President|Director|Head|Chief|Special|Senior)\b)/u.test(
        phrase,
      );
    const words = phrase.split(/\s+/).map((w) => lower(w.replace(/['’]s$/, '')));
    if (/^who\b/.test(phrase)) {
      clauseCue = CLAUSE_CUE.test(phrase);
      length = match[0].length;
      country = countryIn(phrase);
    } else if (
      startsLikeTitle &&
      words.some((w) => ROLE_HEADS.has(w)) &&
      !/\b(?:said|told|met|will|was|is|are|were)\b/.test(phrase) &&
      !containsName(phrase)
    ) {
      role = phrase.replace(/^(?:the|a|an)\s+/, '');
      country = countryIn(phrase);
      length = match[0].length;
      const after = rest.slice(length);
      const relative = /^,\s+who\b[^,;]*/.exec(after);
      if (relative) {
        clauseCue = CLAUSE_CUE.test(relative[0]);
        country ??= countryIn(relative[0]);
        length += relative[0].length;
      }
    }
  }
  return { role, country, clauseCue, length };
}

/** The first country or organisation a phrase names, not counting "to X"/"for X" (an envoy's posting). */
export function countryIn(phrase: string): string | null {
  const tokens = tokenize(phrase);
  for (let i = 0; i < tokens.length; i++) {
    const before = i > 0 ? tokens[i - 1]!.lower : '';
    const beforeTwo = i > 1 ? tokens[i - 2]!.lower : '';
    if (['to', 'for'].includes(before) || (before === 'the' && ['to', 'for'].includes(beforeTwo)))
      continue;
    const found = polityAt(tokens, i);
    if (found) return found.polity.name;
    if (tokens[i]!.possessive) {
      const city = findCity(tokens[i]!.text);
      if (city) {
        const polity = findPolity(city.country);
        if (polity?.capitals.some((capital) => fold(capital) === fold(city.name)))
          return polity.name;
      }
    }
  }
  return null;
}

/**
 * The people a sentence names: titled names ("Turkish Defence Minister Hulusi Akar"), names
 * with an appositive ("Wang Yi, director of …,"), names after a country's possessive
 * ("Italy's Giorgia Meloni"), plain two-word names, and surnames of people already known.
 */
export function findPeople(sentence: string, known: KnownNames = () => null): PersonMention[] {
  return resolvePeople(findPeopleUnresolved(sentence), known);
}

/** A person found in a sentence before surnames are looked up among known names. */
export interface UnresolvedPerson extends PersonMention {
  /** A single-word name ("Akar"), to be resolved to a full name, or dropped when unknown. */
  readonly surname: string | null;
  /** The name to keep when a single word is not a known surname but carries a title. */
  readonly fallback: string | null;
  /** The last word, folded: a bare two-word name is vouched for when it names someone known. */
  readonly lastWord: string;
}

/** Looks single words up among known names; the rest of the reading does not depend on them. */
export function resolvePeople(
  found: readonly UnresolvedPerson[],
  known: KnownNames,
): PersonMention[] {
  const people: PersonMention[] = [];
  for (const person of found) {
    const name = person.surname === null ? person.name : (known(person.surname) ?? person.fallback);
    if (name === null) continue;
    const bare = person.bare && known(person.lastWord) === null;
    people.push({
      name,
      role: person.role,
      country: person.country,
      at: person.at,
      end: person.end,
      possessive: person.possessive,
      speaker: person.speaker,
      receiver: person.receiver,
      attendsByClause: person.attendsByClause,
      bare,
    });
  }
  return people;
}

/** Everything findPeople reads that does not depend on which names are known. */
export function findPeopleUnresolved(sentence: string): UnresolvedPerson[] {
  const tokens = tokenize(sentence);
  const people: UnresolvedPerson[] = [];
  const reception = RECEPTION.exec(sentence);
  const receptionFrom = reception
    ? reception.index + reception[0].length - 3
    : Number.POSITIVE_INFINITY;
  const receptionTo = reception ? clauseEnd(sentence, receptionFrom) : -1;
  let i = 0;
  while (i < tokens.length) {
    let outerDelegation = false;
    const polity = isCapital(tokens[i]!.text) ? polityAt(tokens, i) : null;
    if (polity && polity.length > 1) {
      i += polity.length;
      continue;
    }
    if (isCapital(tokens[i]!.text) && i + 1 < tokens.length) {
      const pair = findCity(`${tokens[i]!.text} ${tokens[i + 1]!.text}`);
      if (pair && pair.population >= BIG_CITY) {
        i += 2;
        continue;
      }
    }
    if (!isNameToken(tokens, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j]!.possessive && isNameToken(tokens, j + 1)) j++;
    const run = tokens.slice(i, j + 1);
    const first = run[0]!;
    const last = run[run.length - 1]!;
    const sentenceStart = i === 0 || /^["“‘(]$/.test(tokens[i - 1]!.text);
    const written = sentence
      .slice(first.at, last.possessive ? last.end - 2 : last.end)
      .replace(/['’]$/, '');
    let left = roleBefore(tokens, i);
    // "Syria's delegation head, Assistant Foreign Minister Ayman Sousan": a second title before a comma.
    const commaAt = left.start - 1;
    if (commaAt > 0 && tokens[commaAt]!.text === ',') {
      const outer = roleBefore(tokens, commaAt);
      if (outer.role) {
        left = {
          start: left.start,
          role: left.role ?? outer.role,
          country: left.country ?? outer.country,
        };
        if (/delegation/i.test(outer.role)) outerDelegation = true;
      }
    }
    const possessiveCountry =
      i > 0 && tokens[i - 1]!.possessive ? findPolity(tokens[i - 1]!.text) : null;
    const appositive = last.possessive ? null : appositiveAfter(sentence, last.end);
    if (run.length > MAX_NAME_WORDS) {
      i = j + 1;
      continue;
    }
    const single = run.length === 1;
    const fallback = single && (left.role || appositive?.role) && !sentenceStart ? written : null;
    const bare = !left.role && !possessiveCountry && !appositive?.role && run.length >= 2;
    const after = sentence.slice(last.end + (appositive?.length ?? 0)).trimStart();
    const before = sentence.slice(0, tokens[left.start]!.at);
    const speaksToMeeting = SPEECH_TO_MEETING.test(after);
    // "…, Anil Sooklal, told": a comma before the verb marks the speaker only for an appositive name.
    const appositiveName = /,\s*$/.test(before);
    const afterForSpeech =
      appositiveName || !/^,/.test(after) || (appositive?.length ?? 0) > 0 ? after : '';
    const speaker =
      !speaksToMeeting && (SPEECH_AFTER.test(afterForSpeech) || SPEECH_BEFORE.test(before));
    const role =
      left.role && !(RANKS.test(left.role) && appositive?.role)
        ? left.role
        : (appositive?.role ?? left.role);
    people.push({
      name: written,
      surname: single ? first.lower : null,
      fallback,
      lastWord: last.lower,
      role,
      country: left.country ?? possessiveCountry?.name ?? appositive?.country ?? null,
      at: tokens[left.start]!.at,
      end: last.end,
      possessive: last.possessive,
      speaker,
      receiver: first.at >= receptionFrom && first.at < receptionTo,
      attendsByClause: (appositive?.clauseCue ?? false) || speaksToMeeting || outerDelegation,
      bare,
    });
    i = j + 1;
  }
  return people;
}

function clauseEnd(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  const stop = /;|\bahead of\b|\bafter which\b|\bwhere\b|\bwho\b/.exec(rest);
  return stop ? from + stop.index : sentence.length;
}

/** Whether a title is one of those who speak about meetings rather than take part. */
export const speaksOnly = (role: string | null): boolean =>
  role !== null && NON_PARTICIPANT_ROLE.test(role);
