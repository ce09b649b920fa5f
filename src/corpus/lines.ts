/**
 * Lines before sentences: a briefing's text cut into the units a page shows — one paragraph
 * per line where lines stand alone (headlines, bylines, captions, paragraphs separated by a
 * single newline), one paragraph per run of lines where the text was wrapped at a width.
 */

/** A paragraph as the file lays it out, before it is given a kind. */
export interface TextUnit {
  /** The unit's text: its lines joined by single spaces, trimmed. */
  readonly text: string;
  /** 0-based number of the unit's first line in the file (after a date line is removed). */
  readonly line: number;
  /** How many lines of the file the unit joins. */
  readonly lines: number;
  /** True when it was a Markdown heading ("## Agenda"). */
  readonly heading: boolean;
}

/**
 * Words that cannot end an English sentence or a headline: articles, prepositions,
 * conjunctions and auxiliaries. A line ending in one runs on into the next; general grammar,
 * not anything a corpus says.
 */
const RUN_ON_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at for with by from into onto upon about over under between among ' +
    'and or but nor as than that which who whom whose where when while if because although ' +
    'is are was were be been being has have had do does did will would shall should can could ' +
    'may might must its their his her our your my this these those its'
  ).split(' '),
);

/** Where a line ends a sentence: terminal punctuation, perhaps inside closing quotes or brackets. */
export const ENDS_SENTENCE = /[.!?…]["'”’»)\]]*$/u;
const STARTS_LOWER = /^["'“‘(]?\p{Ll}/u;
const ENDS_SOFT = /[,;]$/;
/** Bullets and list marks that open a line of their own ("- item", "• item", "* item"). */
const BULLET = /^(?:[-–—•*·▪►]\s|\d{1,2}[.)]\s)/u;

/** Fixed-width wrapping: a longest line between these widths (wider lines are paragraphs)… */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 110;
/** …and every line but the last within this share of the block's longest line. */
const WRAP_WIDTH_SPREAD = 0.72;
/** A block is read as wrapped text when this share of its line breaks run on (and at least two do). */
const MIN_RUN_ON_SHARE = 0.4;

/** The line's last word as written: "By" in a title-case line is not the "by" of prose. */
function lastWord(line: string): string {
  const match = /([\p{L}']+)$/u.exec(line);
  return match ? match[1]! : '';
}

/** The break after `line` runs on into `next`: the sentence plainly goes on. */
export function runsOn(line: string, next: string): boolean {
  if (ENDS_SENTENCE.test(line) || BULLET.test(next)) return false;
  if (STARTS_LOWER.test(next)) return true;
  return RUN_ON_WORDS.has(lastWord(line));
}

/** A block hard-wrapped at a fixed width: long lines of similar length, a shorter last one. */
function isFixedWidth(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  const width = Math.max(...lines.map((line) => line.length));
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return false;
  return lines.slice(0, -1).every((line) => line.length >= width * WRAP_WIDTH_SPREAD);
}

/** A block wrapped wherever its source broke lines: most breaks fall inside sentences. */
function isRaggedWrap(lines: readonly string[]): boolean {
  let runOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (runsOn(line, lines[i + 1]!) || ENDS_SOFT.test(line)) runOn++;
  }
  return runOn >= 2 && runOn >= (lines.length - 1) * MIN_RUN_ON_SHARE;
}

const MARKDOWN_HEADING = /^#{1,6}[ \t]+/;

/**
 * Cuts text into units. Blank lines always separate units. Within a run of non-blank lines:
 * fixed-width wrapped text is one unit; text wrapped where its source broke lines is joined
 * except after a line that ends a sentence; otherwise every line is its own unit, but for a
 * line whose sentence plainly runs on into the next.
 */
export function textUnits(text: string, markdown = false): TextUnit[] {
  const lines = text.split('\n');
  const units: TextUnit[] = [];
  let blockStart = 0;
  const flush = (end: number) => {
    const block: Array<{ text: string; line: number; heading: boolean }> = [];
    for (let i = blockStart; i < end; i++) {
      let line = lines[i]!.trim();
      const heading = markdown && MARKDOWN_HEADING.test(line);
      if (heading) line = line.replace(MARKDOWN_HEADING, '');
      if (line.length > 0) block.push({ text: line, line: i, heading });
    }
    blockStart = end + 1;
    if (block.length === 0) return;
    const texts = block.map((line) => line.text);
    const joinAll = isFixedWidth(texts) && !block.some((line) => line.heading);
    const ragged = !joinAll && isRaggedWrap(texts);
    let current = block[0]!;
    let parts = [current.text];
    let count = 1;
    const push = () => {
      units.push({
        text: parts.join(' '),
        line: current.line,
        lines: count,
        heading: current.heading,
      });
    };
    for (let i = 1; i < block.length; i++) {
      const previous = block[i - 1]!;
      const line = block[i]!;
      const join =
        !previous.heading &&
        !line.heading &&
        (joinAll ||
          (ragged &&
            !BULLET.test(line.text) &&
            (!ENDS_SENTENCE.test(previous.text) || STARTS_LOWER.test(line.text))) ||
          runsOn(previous.text, line.text));
      if (join) {
        parts.push(line.text);
        count++;
      } else {
        push();
        current = line;
        parts = [line.text];
        count = 1;
      }
    }
    push();
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim().length === 0) flush(i);
  }
  flush(lines.length);
  return units;
}
