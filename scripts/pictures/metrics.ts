/**
 * Text widths for the pictures, from fixed font metrics so that a picture is the same on every
 * machine: the advance widths of DejaVu Sans and DejaVu Sans Bold (read from the fonts' hmtx
 * tables), in thousandths of the font size. The SVG asks for DejaVu Sans first, then Verdana,
 * whose widths are close, and gives every run of text its measured length, so a viewer with
 * another font still fits each run in its place.
 */

/** The fonts the pictures ask for, best first. */
export const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

/** Advance widths of the printable ASCII characters 32–126. */
const ASCII_REGULAR = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
  636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
  575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
  611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
  278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const ASCII_BOLD = [
  348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
  696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
  683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
  724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
  343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838,
];

/** Punctuation beyond ASCII that the replies use: [regular, bold]. */
const PUNCTUATION: Readonly<Record<string, readonly [number, number]>> = {
  '“': [518, 657],
  '”': [518, 657],
  '‘': [318, 380],
  '’': [318, 380],
  '—': [1000, 1000],
  '–': [500, 500],
  '…': [1000, 1000],
  '·': [318, 380],
  '•': [590, 639],
  '¶': [636, 636],
  '→': [838, 838],
  '\u00a0': [318, 348],
};

/** Widths for characters in none of the tables: a lower-case letter's. */
const FALLBACK = [634, 712] as const;

export interface FontStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly monospace?: boolean;
}

function asciiWidth(char: string, bold: boolean): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code < 32 || code > 126) return undefined;
  return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32];
}

/** A letter with diacritics is as wide as its base letter ("ü" as "u", "Ç" as "C"). */
function charWidth(char: string, bold: boolean): number {
  const ascii = asciiWidth(char, bold);
  if (ascii !== undefined) return ascii;
  const punctuation = PUNCTUATION[char];
  if (punctuation) return punctuation[bold ? 1 : 0];
  const base = asciiWidth(char.normalize('NFD').charAt(0), bold);
  return base ?? FALLBACK[bold ? 1 : 0];
}

/** The width of `text` in pixels at `style`, to a tenth of a pixel. */
export function textWidth(text: string, style: FontStyle): number {
  if (style.monospace) return Math.round([...text].length * 0.602 * style.size * 10) / 10;
  let units = 0;
  for (const char of text) units += charWidth(char, style.bold ?? false);
  return Math.round((units * style.size) / 100) / 10;
}
