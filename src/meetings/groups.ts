import { findDemonym, findPolity, type Polity } from './places/gazetteer.js';
import { fold } from './text.js';

/** People a sentence describes without naming them: "the defence ministers of Iran and Syria". */
export interface UnnamedGroup {
  /** Singular office: "defence minister", "intelligence chief", "leader", "observer". */
  readonly roles: readonly string[];
  readonly countries: readonly string[];
  /** Where the group's words start in the sentence. */
  readonly at: number;
}

const OFFICE =
  '(?:(?:deputy |vice |assistant )?(?:foreign|defen[cs]e|finance|interior|economy|trade|energy|prime) ministers|ministers|leaders|heads of state(?: and government)?|presidents|intelligence (?:chiefs|heads)|national security advisers|delegations|representatives|officials|envoys|observers|chiefs of (?:general )?staff|(?:army|police|military|security|spy) (?:chiefs|heads))';
const OFFICES = `(${OFFICE}(?:(?:,\\s*|\\s+and\\s+|,\\s+along with\\s+(?:their\\s+)?|\\s+and\\s+their\\s+)${OFFICE})*)`;
const OF_LIST = new RegExp(`\\b${OFFICES}\\s+(?:of|from)\\s+`, 'gi');
const DEMONYM_LIST = new RegExp(
  `\\b((?:\\p{Lu}[\\p{L}-]+(?:,\\s*|,?\\s+and\\s+)){1,8}\\p{Lu}[\\p{L}-]+)\\s+${OFFICES}\\b`,
  'gu',
);
const THEIR_OFFICE = new RegExp(`\\b(?:along with|and)\\s+their\\s+(${OFFICE})`, 'gi');
const LIST_SEPARATOR = /^(?:,\s*(?:and\s+)?|\s+and\s+|\s*[-–—]\s*|\s+|\s*of\s+)/;
const LIST_FILLER =
  /^(?:[-–—]\s*|(?:the|of|invited|member|guarantor|neighbou?rs?|countries|states|nations|grouping|group|four|three|two|five|six|seven|eight|nine|ten|\d+)\b\s*)/i;

/** "defence ministers" → "defence minister"; "intelligence heads" → "intelligence chief". */
export function singularOffice(plural: string): string {
  const text = fold(plural)
    .replace(/defense/, 'defence')
    .trim();
  if (/^intelligence (chiefs|heads)$/.test(text)) return 'intelligence chief';
  if (/ heads$/.test(text)) return text.replace(/ heads$/, ' chief');
  if (
    text === 'heads of state' ||
    text === 'heads of state and government' ||
    text === 'presidents'
  )
    return 'leader';
  if (text.startsWith('chiefs of')) return text.replace(/^chiefs/, 'chief');
  return text.replace(/ies$/, 'y').replace(/s$/, '');
}

function splitOffices(offices: string): string[] {
  return offices
    .split(/,\s*along with\s+(?:their\s+)?|\s+and\s+their\s+|,\s*|\s+and\s+(?!government)/i)
    .filter((part) => part.trim().length > 0)
    .map(singularOffice);
}

/** Reads "Türkiye, Russia, Iran and Syrian regime" from a position: the polities listed there. */
function readList(text: string): Polity[] {
  const polities: Polity[] = [];
  let rest = text;
  for (let guard = 0; guard < 30 && rest.length > 0; guard++) {
    const filler = LIST_FILLER.exec(rest);
    if (filler && filler[0].length > 0) {
      rest = rest.slice(filler[0].length);
      continue;
    }
    const words = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(rest);
    if (!words) break;
    let matched: Polity | null = null;
    let length = 0;
    const parts = words[1]!.split(/\s+/);
    for (let n = parts.length; n >= 1 && !matched; n--) {
      const candidate = parts.slice(0, n).join(' ');
      const polity = findPolity(candidate.replace(/['’]s$/, ''));
      if (polity) {
        matched = polity;
        length = candidate.length;
      }
    }
    if (!matched) break;
    const possessive = /^['’]s\b/.test(rest.slice(length)) || /['’]s$/.test(rest.slice(0, length));
    rest = rest.slice(length);
    // "Syrian regime", "Syrian government": the demonym stands for the country.
    rest = rest.replace(/^\s+(?:regime|government|side)\b/i, '');
    const grouping = /^\s+(?:grouping|group|bloc|alliance)\b/i.test(rest);
    if (!possessive && !grouping && !polities.includes(matched)) polities.push(matched);
    const separator = LIST_SEPARATOR.exec(rest);
    if (!separator) break;
    rest = rest.slice(separator[0].length);
  }
  return polities;
}

/**
 * Unnamed participants: "the defence ministers and intelligence chiefs of Türkiye, Russia, Iran
 * and Syria", "Turkish, Russian and Syrian defence ministers, along with their intelligence
 * heads", "Leaders of eight invited countries - Australia, Brazil, …", "Representatives of the
 * United Nations … as observers", "Group of Seven leaders".
 */
const MAY_NAME_GROUP =
  /ministers|leaders|heads|chiefs|presidents|advisers|delegations|representatives|officials|envoys|observers/i;

export function findUnnamedGroups(sentence: string): UnnamedGroup[] {
  const groups: UnnamedGroup[] = [];
  if (!MAY_NAME_GROUP.test(sentence)) return groups;
  const observers = /\bobservers?\b/i.test(sentence);
  const extraRoles = [...sentence.matchAll(THEIR_OFFICE)].map((m) => singularOffice(m[1]!));
  const withRoles = (roles: string[]) => {
    const all = [...new Set([...roles, ...extraRoles])];
    return observers
      ? all.map((role) =>
          ['representative', 'official', 'delegation'].includes(role) ? 'observer' : role,
        )
      : all;
  };
  for (const match of sentence.matchAll(OF_LIST)) {
    const polities = readList(sentence.slice(match.index + match[0].length));
    if (polities.length > 0) {
      groups.push({
        roles: withRoles(splitOffices(match[1]!)),
        countries: polities.map((p) => p.name),
        at: match.index,
      });
    }
  }
  for (const match of sentence.matchAll(DEMONYM_LIST)) {
    const names = match[1]!.split(/,\s*(?:and\s+)?|,?\s+and\s+/);
    const polities = names.map((name) => findDemonym(name) ?? findPolity(name));
    if (polities.length > 0 && polities.every((p) => p !== null)) {
      groups.push({
        roles: withRoles(splitOffices(match[2]!)),
        countries: polities.map((p) => p!.name),
        at: match.index,
      });
    }
  }
  // "NATO leaders", "Group of Seven leaders attending": a grouping's leaders as one seat.
  for (const match of sentence.matchAll(
    /\b((?:\p{Lu}[\p{L}-]*\s+(?:of\s+)?){0,2}\p{Lu}[\p{L}0-9-]*)\s+leaders\b/gu,
  )) {
    const polity = findPolity(match[1]!);
    if (polity?.isOrganisation) {
      groups.push({ roles: ['leader'], countries: [polity.name], at: match.index });
    }
  }
  return groups;
}
