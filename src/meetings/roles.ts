import { fold } from './text.js';

/** Words that end a title placed before a name: "Defence Minister", "press secretary". */
export const ROLE_HEADS = new Set([
  'president',
  'minister',
  'secretary',
  'secretary-general',
  'chancellor',
  'premier',
  'king',
  'queen',
  'emir',
  'prince',
  'sheikh',
  'sultan',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'adviser',
  'advisor',
  'envoy',
  'ambassador',
  'head',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'chair',
  'speaker',
  'admiral',
  'general',
  'representative',
  'sherpa',
  'commander',
  'leader',
  'diplomat',
  'caretaker',
  'official',
  'senator',
  'lawmaker',
]);

/** Words that may stand inside a title before its head: "Deputy Foreign", "national security". */
export const ROLE_MODIFIERS = new Set([
  'deputy',
  'vice',
  'assistant',
  'foreign',
  'defence',
  'defense',
  'national',
  'security',
  'interior',
  'finance',
  'treasury',
  'energy',
  'natural',
  'resources',
  'commerce',
  'trade',
  'economy',
  'economic',
  'climate',
  'state',
  'prime',
  'first',
  'senior',
  'special',
  'chief',
  'press',
  'top',
  'former',
  'acting',
  'host',
  'central',
  'bank',
  'intelligence',
  'political',
  'affairs',
  'crown',
  'executive',
  'justice',
  'health',
  'agriculture',
  'education',
  'culture',
  'transport',
  'labour',
  'labor',
  'industry',
  'presidential',
  'military',
  'army',
  'navy',
  'staff',
  'cabinet',
  'delegation',
  'of',
  'the',
  'for',
  'to',
  'and',
]);

/** Titles of people who speak about meetings rather than take part in them. */
export const NON_PARTICIPANT_ROLE =
  /\b(spokes(?:man|woman|person)|press secretary|sherpa|analyst|correspondent)\b/i;

const HEAD_OF_STATE =
  /\b(president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|head of (state|government)|leaders?)\b/;

/**
 * The kinds of office a role names, so that differently worded roles compare: "Defence
 * Minister" and "defense ministers" → defence minister; "Head of the National Intelligence
 * Organization" and "intelligence chiefs" → intelligence chief; presidents, prime ministers
 * and "leaders" → leader. Generic group words (delegation, representatives, officials) → delegation.
 */
export function roleKeys(role: string | null): Set<string> {
  const keys = new Set<string>();
  if (!role) return keys;
  const text = fold(role).replace(/defense/g, 'defence');
  const deputy = /\b(deputy|vice|assistant)\b/.test(text) ? 'deputy ' : '';
  if (/\bdefence (minister|secretary)|minister of (national )?defence/.test(text))
    keys.add(`${deputy}defence minister`);
  if (/\bintelligence\b/.test(text)) keys.add('intelligence chief');
  if (
    /\bforeign (minister|secretary)|minister of foreign affairs|secretary of state|top diplomat/.test(
      text,
    )
  ) {
    keys.add(`${deputy}foreign minister`);
  }
  if (/\b(finance|treasury) (minister|secretary)|minister of finance/.test(text))
    keys.add('finance minister');
  if (/\bnational security advis[eo]r|security council/.test(text))
    keys.add('national security adviser');
  if (!deputy && HEAD_OF_STATE.test(text) && !/\bminister of\b|\bvice\b/.test(text))
    keys.add('leader');
  if (/\bdelegat|representative|official|envoy|participant/.test(text)) keys.add('delegation');
  if (/\bobserver/.test(text)) keys.add('observer');
  if (/\bopposition\b/.test(text)) keys.add('opposition');
  if (keys.size === 0) {
    const head = text
      .replace(/s\b/g, '')
      .replace(/[^a-z ]/g, ' ')
      .trim()
      .split(/\s+/)
      .slice(-2)
      .join(' ');
    if (head) keys.add(head);
  }
  return keys;
}

/** Group words that cover anyone of their country: a delegation includes its minister. */
export const isGenericRole = (keys: ReadonlySet<string>): boolean =>
  keys.has('delegation') && !keys.has('opposition') && !keys.has('observer');

/** Whether two roles can describe the same seat at a meeting. */
export function rolesCompatible(a: string | null, b: string | null): boolean {
  const ka = roleKeys(a);
  const kb = roleKeys(b);
  if (isGenericRole(ka) || isGenericRole(kb)) return true;
  for (const key of ka) if (kb.has(key)) return true;
  return false;
}
