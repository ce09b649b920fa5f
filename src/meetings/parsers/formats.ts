import { findCity } from '../places/cities.js';
import { findDemonym, findPolity } from '../places/gazetteer.js';
import { ORGANISATIONS } from '../places/organisations.js';

/**
 * The grouping or format a meeting belongs to ("G20 summit", "Astana-format talks", "the Celac
 * summit"), its round ("20th round") and its size ("quadrilateral"). A format is a known
 * organisation, or a name in capitals right before a meeting noun that is no place, country,
 * person or nationality — the way news names a grouping's summits.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const KNOWN_FORMATS: ReadonlyArray<readonly [string, RegExp]> = ORGANISATIONS.map(
  ([name, aliases]) => {
    const names = [name, ...aliases].map(escape).join('|');
    return [
      name,
      new RegExp(
        `\\b(?:${names})(?:['’]s)?\\s+(?:(?:leaders['’]?|in-person|annual|\\d+(?:st|nd|rd|th)|emergency|extraordinary)\\s+)*(?:summit|meeting|talks|leaders|session|grouping|conference)\\b|\\b(?:summit|meeting|conference) of (?:the )?(?:${names})\\b`,
      ),
    ] as const;
  },
);
/** "Astana-format talks", "the Normandy format". */
const CITY_FORMAT = /\b(\p{Lu}\p{L}+)[- ]format\b/u;
/** A name in capitals (an acronym or a proper name) right before a meeting noun. */
const NAMED_BEFORE_NOUN =
  /\b(?:the\s+)?(\p{Lu}[\p{L}0-9-]*)\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:summit|leaders['’]? meeting|ministerial)\b/gu;
/** "on the sidelines of the X summit": X is the setting, not the meeting's own format. */
const SETTING_BEFORE =
  /\b(?:sidelines|margins|fringes|eve) of (?:the\s+)?$|\bahead of (?:the\s+)?$/i;

function isOtherName(words: string): boolean {
  const bare = words.replace(/[- ]+$/, '').trim();
  if (bare.length < 2) return true;
  if (findPolity(bare) && !findPolity(bare)!.isOrganisation) return true;
  if (findDemonym(bare) || findDemonym(bare.split(/\s+/)[0]!)) return true;
  if (findCity(bare)) return true;
  // A grouping's name here is an acronym ("SCO", "G7"): a capitalised word may be a person.
  return !/\p{Lu}{2}|\p{Lu}\d|\d\p{Lu}/u.test(bare);
}

export function formatOf(text: string): string | null {
  let best: { name: string; at: number } | null = null;
  for (const [name, pattern] of KNOWN_FORMATS) {
    const match = pattern.exec(text);
    if (!match || SETTING_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)))
      continue;
    if (!best || match.index < best.at) best = { name, at: match.index };
  }
  if (best) return best.name;
  const city = CITY_FORMAT.exec(text);
  if (city) return `${city[1]} format`;
  for (const match of text.matchAll(NAMED_BEFORE_NOUN)) {
    const words = match[1]!.trim();
    if (
      SETTING_BEFORE.test(
        text.slice(Math.max(0, match.index - 40), match.index + match[0].indexOf(words)),
      )
    )
      continue;
    if (!isOtherName(words)) return words;
  }
  return null;
}

const ORDINAL =
  /\b(\d+)(?:st|nd|rd|th)\s+(?:round|meeting|summit|session|international meeting)\b/i;
const SIZE =
  /\b(quadrilateral|quadripartite|trilateral|tripartite|bilateral|four-way|three-way|two-way)\b/i;

/** "the 20th round" → 20. */
export const ordinalOf = (text: string): number | null =>
  Number(ORDINAL.exec(text)?.[1] ?? 0) || null;

/** "quadrilateral", "three-way", … */
export const sizeOf = (text: string): string | null => SIZE.exec(text)?.[1]?.toLowerCase() ?? null;

const SIZED_NOUN = new RegExp(
  `${SIZE.source}\\s+(summit|talks|meeting|negotiations|consultations|session)\\b`,
  'i',
);

/** The noun a size word names the meeting with: "quadrilateral meeting" → "meeting". */
export const sizedKind = (text: string): string | null =>
  SIZED_NOUN.exec(text)?.[2]
    ?.toLowerCase()
    .replace(/^(?:negotiations|consultations)$/, 'talks') ?? null;
