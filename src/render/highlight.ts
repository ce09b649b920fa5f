import { termsOf, tokenize } from '../search/terms.js';

/** A run of text, marked when it is a word the query matched. */
export interface Segment {
  readonly text: string;
  readonly matched: boolean;
}

/** Splits `text` into runs, marking the words whose index term is among the query's terms. */
export function highlight(text: string, query: string): Segment[] {
  const wanted = new Set(termsOf(query));
  if (wanted.size === 0) return [{ text, matched: false }];
  const segments: Segment[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (!wanted.has(token.term) || token.start < at) continue;
    if (token.start > at) segments.push({ text: text.slice(at, token.start), matched: false });
    segments.push({ text: text.slice(token.start, token.end), matched: true });
    at = token.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), matched: false });
  return segments;
}
