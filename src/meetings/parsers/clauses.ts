import type { Token } from '../doc/types.js';

/**
 * A sentence's tokens cut into clauses, so that a verb's participants are looked for where it
 * governs them: "X met Y, while Z, who stayed home, said …" has three. Cuts come from
 * punctuation (semicolons, colons, dashes, brackets, quotation marks) and from the words that
 * open a subordinate or relative clause — general English grammar.
 */

/** Words that open a clause of their own after a comma, or anywhere for subordinators. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'where',
  'when',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'since',
  'after',
  'before',
  'but',
  'as',
  'according',
  'if',
  'unless',
  'until',
]);

/** Subordinators that open a clause even without a comma: "after the summit was scrapped". */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'when',
  'while',
  'because',
  'although',
  'though',
  'whereas',
  'unless',
  'until',
  'since',
]);

/** Relative pronouns after a comma: the clause they open is an aside closed by a comma. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which']);

const HARD_BREAKS: ReadonlySet<string> = new Set([';', ':']);
/** Dashes: a pair encloses an aside as brackets do; a single one breaks the clause. */
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
const OPENING_BRACKETS: ReadonlySet<string> = new Set(['(', '[']);
const CLOSING_BRACKETS: ReadonlySet<string> = new Set([')', ']']);

/** The clause number of every token. */
export function clausesOf(tokens: readonly Token[]): number[] {
  const clause: number[] = [];
  let current = 0;
  let next = 0;
  // A bracket holds a clause of its own; after it, the clause it interrupted goes on.
  const outer: number[] = [];
  const dashes = tokens.map((token, i) => isDash(tokens, i));
  const relative: number[] = [];
  let dashOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const word = token.text.toLowerCase();
    if (dashes[i]) {
      if (dashOpen) {
        clause.push(current);
        current = outer.pop() ?? current;
        dashOpen = false;
        continue;
      }
      if (dashes.indexOf(true, i + 1) > i) {
        outer.push(current);
        current = ++next;
        clause.push(current);
        dashOpen = true;
        continue;
      }
      clause.push(current);
      current = ++next;
      continue;
    }
    if (OPENING_BRACKETS.has(token.text)) {
      outer.push(current);
      current = ++next;
      clause.push(current);
      continue;
    }
    if (CLOSING_BRACKETS.has(token.text) && outer.length > 0) {
      clause.push(current);
      current = outer.pop()!;
      continue;
    }
    if (HARD_BREAKS.has(token.text)) {
      clause.push(current);
      current = ++next;
      continue;
    }
    const afterComma = i > 0 && tokens[i - 1]!.text === ',';
    // ", who …," is an aside: after its closing comma the clause it interrupted goes on.
    const nextWord = tokens[i + 1]?.text.toLowerCase() ?? '';
    if (token.text === ',' && relative.length > 0 && !RELATIVES.has(nextWord)) {
      clause.push(current);
      current = relative.pop()!;
      continue;
    }
    if (afterComma && RELATIVES.has(word)) {
      relative.push(current);
      current = ++next;
    } else if (
      CLAUSE_OPENERS.has(word) &&
      (afterComma || token.pos === 'SCONJ' || SUBORDINATORS.has(word))
    ) {
      current = ++next;
    }
    clause.push(current);
  }
  return clause;
}

/** "A - B", "A — B": a dash between spaces, or a long one; "Lula-Maduro" is no dash. */
function isDash(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!DASHES.has(token.text)) return false;
  if (token.text !== '-') return true;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    previous !== undefined && next !== undefined && previous.end < token.at && token.end < next.at
  );
}

/** The index of the token that covers (or first follows) a character offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let found = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end > offset) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return Math.max(0, found);
}

/** Words that end the phrase "according to …" before a later word: a verb, a quotation, a clause mark. */
const ATTRIBUTION_ENDS = new Set([';', ':', '"', '“', '”', '(', ')', '.', '—', '–']);
/** Longest "according to" phrase read back over: "according to two Iranian reporters, A and B". */
const MAX_ATTRIBUTION_WORDS = 12;

/**
 * True when the word at `position` is in an "according to …" phrase: a source of the report
 * ("according to reporters A and B"), not someone the sentence says did anything.
 */
export function inAttribution(tokens: readonly Token[], position: number): boolean {
  const first = Math.max(1, position - MAX_ATTRIBUTION_WORDS);
  for (let i = position - 1; i >= first; i--) {
    const token = tokens[i]!;
    const text = token.text.toLowerCase();
    if (text === 'to' && tokens[i - 1]!.text.toLowerCase() === 'according') return true;
    if (token.pos === 'VERB' || token.pos === 'AUX' || ATTRIBUTION_ENDS.has(text)) return false;
  }
  return false;
}
