import { fold } from '../text.js';
import { COUNTRY_ROWS } from './gazetteer.generated.js';
import { ORGANISATIONS } from './organisations.js';

/** A country or an international organisation, under its canonical name. */
export interface Polity {
  readonly name: string;
  readonly code: string | null;
  readonly capitals: readonly string[];
  readonly isOrganisation: boolean;
}

interface Gazetteer {
  /** Folded name, alias or demonym → polity. */
  readonly byName: Map<string, Polity>;
  /** Folded demonyms only ("turkish"), for adjective positions. */
  readonly demonyms: Map<string, Polity>;
  /** Codes such as "US", "UK", matched case-sensitively. */
  readonly byCode: Map<string, Polity>;
  /** Folded capital → polity. */
  readonly capitalOf: Map<string, Polity>;
  /** Longest name in words, to bound phrase look-ups. */
  readonly maxWords: number;
  /** First words of every name (lower case, and folded), to reject most words at once. */
  readonly firstWords: Set<string>;
}

let gazetteer: Gazetteer | null = null;

function buildGazetteer(): Gazetteer {
  const byName = new Map<string, Polity>();
  const demonyms = new Map<string, Polity>();
  const byCode = new Map<string, Polity>();
  const capitalOf = new Map<string, Polity>();
  let maxWords = 1;
  const add = (map: Map<string, Polity>, name: string, polity: Polity) => {
    const key = fold(name);
    if (!map.has(key)) map.set(key, polity);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const [name, code, aliases, demonymList, capitals] of COUNTRY_ROWS) {
    const polity: Polity = { name, code, capitals, isOrganisation: false };
    add(byName, name, polity);
    byCode.set(code, polity);
    for (const alias of aliases) {
      if (/^[A-Z]{2,3}$/.test(alias)) byCode.set(alias, polity);
      else add(byName, alias, polity);
    }
    for (const demonym of demonymList) {
      add(byName, demonym, polity);
      add(demonyms, demonym, polity);
    }
    for (const capital of capitals) {
      capitalOf.set(fold(capital), polity);
      capitalOf.set(fold(capital.replace(/\s+(?:\p{Lu}\.)+$/u, '')), polity);
    }
  }
  for (const [name, aliases] of ORGANISATIONS) {
    const polity: Polity = { name, code: null, capitals: [], isOrganisation: true };
    for (const alias of [name, ...aliases]) {
      if (/^[A-Z][A-Z0-9.-]{1,5}$/.test(alias)) byCode.set(alias, polity);
      add(byName, alias, polity);
    }
  }
  const firstWords = new Set<string>();
  for (const name of byName.keys()) firstWords.add(name.split(' ')[0]!);
  for (const polity of [...byName.values()])
    firstWords.add(polity.name.toLowerCase().split(' ')[0]!);
  return { byName, demonyms, byCode, capitalOf, maxWords, firstWords };
}

function theGazetteer(): Gazetteer {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

/** A country or organisation by name, alias, demonym or code ("Turkey", "Turkish", "US", "NATO"). */
const ASCII = /^[\x20-\x7e]*$/;

/** Whether a word can start a country or organisation name: a cheap test before a full look-up. */
export function mayStartPolity(word: string): boolean {
  const g = theGazetteer();
  const lower = word.toLowerCase().replace(/^the$/, '');
  if (g.byCode.has(word) || g.firstWords.has(lower.replace(/['’]s$/, ''))) return true;
  return !ASCII.test(word) && g.firstWords.has(fold(word).replace(/'s$/, ''));
}

export function findPolity(text: string): Polity | null {
  const g = theGazetteer();
  const first = /^\s*(?:the\s+)?([^\s]+)/i.exec(text)?.[1];
  if (first && !mayStartPolity(first)) return null;
  const trimmed = text
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '');
  return g.byCode.get(trimmed) ?? g.byName.get(fold(trimmed)) ?? null;
}

/** A demonym only ("Turkish" → Türkiye), not a country name. */
export function findDemonym(text: string): Polity | null {
  return theGazetteer().demonyms.get(fold(text)) ?? null;
}

/** The country whose capital this is ("Moscow" → Russia). */
export function countryOfCapital(city: string): Polity | null {
  return theGazetteer().capitalOf.get(fold(city)) ?? null;
}

export function maxPolityWords(): number {
  return theGazetteer().maxWords;
}

/** Canonical country name for any spelling, or null. */
export function canonicalCountry(text: string): string | null {
  return findPolity(text)?.name ?? null;
}
