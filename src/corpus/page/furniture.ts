import { hasVerb, tagText } from '../../nlp/tagger.js';

/**
 * Page furniture a line is, by itself: what a news page prints around a report and no reader
 * takes for the report — bylines, labels and tag lists, controls and links, ticker symbols,
 * a dateline standing alone. Each test uses general signals (length, punctuation,
 * capitalisation, the grammar of the line) and the vocabulary of web pages and news writing
 * in general; none knows a site.
 */
export type FurnitureSign =
  | 'dateLine'
  | 'byline'
  | 'label'
  | 'control'
  | 'symbols'
  | 'dateline'
  | 'duplicate'
  | 'linkList'
  | 'breadcrumb'
  | 'pageEnd';

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const BULLET = /^[-–—•*·▪►]\s*/u;

/** Ticker quotes, rating widgets, "A+A-", "[ad_1]": more symbols and digits than letters. */
export function isSymbols(text: string): boolean {
  const visible = text.replace(/\s/g, '');
  if (/^\[[^\]\s]{1,20}\]$/.test(visible)) return true;
  const letters = visible.replace(/[^\p{L}]/gu, '').length;
  return (visible.length >= 3 && letters * 2 <= visible.length) || /[▲▼△▽]/u.test(text);
}

/** The journalist or agency who wrote or sent the report, and the credits at its end. */
const BYLINE_START =
  /^(?:by|written by|words by|story by|reported by|reporting by|edited by|editing by|compiled by|translated(?: \S+){0,3} by|from (?:our|the|a) (?:\S+ ){0,2}(?:correspondent|reporter|bureau|staff|desk)\b)/iu;
const CONTRIBUTED = /\bcontributed(?: (?:to )?(?:this|the) (?:report|article|story))?\.?$/iu;
const WITH_REPORTING =
  /^(?:with|additional) (?:(?:additional )?reporting|information|inputs?)(?: from| by)\b/iu;
/** Bylines are short; a longer line with the same opening is a sentence. */
const MAX_BYLINE_WORDS = 12;

export function isByline(text: string): boolean {
  const words = wordCount(text);
  if (words > MAX_BYLINE_WORDS + 4) return false;
  if (BYLINE_START.test(text) && words <= MAX_BYLINE_WORDS) return true;
  if (CONTRIBUTED.test(text) || WITH_REPORTING.test(text)) return true;
  // "Name Name By", "From Brazil, by Agency": a "by" in a short line with no verb of its own.
  if (/\bby\b/iu.test(text) && words <= 6 && !/[.!?]$/.test(text)) {
    const tokens = tagText(text.replace(/\bby\b/giu, ','));
    return !hasVerb(tokens);
  }
  return false;
}

/** Labels of tag lists and links to other pages, as content systems print them. */
const TAG_LABEL = /^(?:tags?|topics?|keywords?|filed under|categor(?:y|ies)|more on)\s*[:|]/iu;
const LINK_LABEL =
  /^(?:related(?: articles?| stories| news)?|read more|read also|also read|see also|more from \S+|recommended|watch|listen|video|more)(?=\s*[:|–-]|\s{2}|\s+\p{Lu})/iu;
const CREDIT_LABEL = /^(?:sources?|credits?|photos?|images?|pictures?|courtesy)\s*:/iu;

export function isLabelLine(text: string): boolean {
  if (TAG_LABEL.test(text)) return true;
  const link = LINK_LABEL.exec(text);
  if (link) {
    // "Related talks were held." is a sentence; "RELATED …", "See also  …", "Watch: …" are links.
    const label = link[0];
    const marked = /^(?:\s*[:|–-]|\s{2})/u.test(text.slice(label.length));
    return marked || label === label.toUpperCase() || !/[.!?]["”’]?$/.test(text);
  }
  if (CREDIT_LABEL.test(text)) {
    return !hasVerb(tagText(text.replace(CREDIT_LABEL, '')));
  }
  return false;
}

/**
 * Words of web-page controls that stand alone on a line: advertising, sharing, navigation.
 * The vocabulary of page interfaces in general.
 */
const CONTROL_WORDS =
  /^(?:advertisement|advertising|sponsored(?: content)?|ads?|promoted|share(?: this)?|print|e-?mail|comments?|subscribe|newsletter|menu|search|log ?in|sign ?in|sign ?up|home|next|previous|back to top|top|close|loading|more)$/iu;
/** Longest line read as a control or a link: "Skip to content", "Go to home page". */
const MAX_CONTROL_WORDS = 5;

/** A control or a link: a lone interface word, or a short command ("Skip to content"). */
export function isControl(text: string): boolean {
  const bare = text
    .replace(BULLET, '')
    .replace(/[:|»›>]+$/u, '')
    .trim();
  if (CONTROL_WORDS.test(bare)) return true;
  if (/[.!?]$/.test(bare) || wordCount(bare) > MAX_CONTROL_WORDS) return false;
  if (/:$/.test(text.trim()) && wordCount(bare) <= 2) return true;
  const tokens = tagText(bare).filter((token) => token.pos !== 'PUNCT');
  const first = tokens[0];
  // An imperative: a verb in its base form, first, with no subject before it.
  return (
    first !== undefined &&
    first.pos === 'VERB' &&
    first.lemma === first.text.toLowerCase() &&
    /^\p{Lu}/u.test(first.text)
  );
}

/**
 * "Home > World > Asia", "News / Politics", "Home » News » <the page's title>": a trail of
 * short names between arrows or slashes, perhaps ending in the page's own title.
 */
export function isBreadcrumbTrail(text: string): boolean {
  const parts = text.split(/\s*(?:>|›|»|\/|\|)\s*/u).filter(Boolean);
  if (parts.length < 2 || /[.!?]$/.test(text)) return false;
  const trail = parts.length >= 3 ? parts.slice(0, -1) : parts;
  return (
    trail.every((part) => wordCount(part) <= 4 && /^\p{Lu}/u.test(part)) &&
    !hasVerb(tagText(trail.join(', ')))
  );
}

/** "Washington CNN —": a dateline on a line of its own, the report starting on the next. */
export function isLoneDateline(text: string): boolean {
  return wordCount(text) <= 5 && /\s[-–—]+$/u.test(text.trim());
}
