/**
 * Photo captions, told by the credit a page prints with a photo ("(Photo | AP)",
 * "(NAME/AFP via Getty Images)", "REUTERS/Name", "| PTI", "Photo: X") or by the positions a
 * caption gives its people ("(front L)", ", right,"). The patterns are the conventions of
 * photo credits in general, not any site's names.
 */

/** A credit in closing brackets: a slash or bar between names, "via", or a photo word. */
const BRACKETED_CREDIT =
  /\((?=[^()]{2,80}\)\s*$)[^()]*(?:\/|\||\bvia\b|\bphotos?\b|\bimages?\b|\bfile\b|\bcredit\b|\bpool\b)[^()]*\)\s*$/iu;
/** A bracketed credit that is only an agency's initials: "(AA)", "(PTI)". */
const AGENCY_INITIALS = /\(\p{Lu}{2,6}\)\s*$/u;
/** "… | PTI", "… | Delegates in the hall/Agency Images": a credit after a bar. */
const BAR_CREDIT =
  /\s\|\s*(?:\p{Lu}{2,}|[^|]*\/\s*\p{Lu}[^|]*|[^|]*\b(?:photo|image|pool)\b[^|]*)$/iu;
/** "REUTERS/Amit Dave", "AFP/Getty": an upper-case agency, a slash, a name. */
const SLASH_CREDIT =
  /(?:^|\s)\p{Lu}{2,}(?:\s\p{Lu}{2,})*\/\p{Lu}[\p{L}.'’ -]*(?:\/\p{Lu}[\p{L}.'’ -]*)*$/u;
/** "… via Getty Images", "Pool via REUTERS". */
const VIA_CREDIT = /\bvia\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}\)?$/u;
/** "….Credit: Reuters", "Photo: AFP" at the end. */
const CREDIT_AT_END = /\b(?:credit|photo|image)s?\s*:\s*\p{Lu}[^.:;]{0,40}$/iu;
/** "Photo: X", "Image credit: X", "Pictured: X". */
const PHOTO_LABEL =
  /^(?:photo|photograph|image|picture|pictured|file photo)s?(?:\s+credit)?\s*[:|]/iu;
/** The positions a caption gives its people: "(front L)", "(L-R)", ", right,". */
const POSITION =
  /^(?:from left|left to right|l-r|from l-r)(?: to right)?:|\((?:(?:front|back|second|third|far|top|bottom)\s+(?:L|R|C|L-R|R-L|left|right|centre|center)|L-R|R-L|from (?:left|right)|left|right|centre|center)\)|,\s(?:left|right|centre|center|second (?:left|right)),/u;
/** "(L)", "(R)": positions only beside a credit, since "(R)" also marks a US party. */
const BARE_POSITION = /\((?:L|R|C|left|right|centre|center)\)/u;

/** Longest text read as a caption, in words: a caption describes one photo. */
const MAX_CAPTION_WORDS = 90;

/** The credit at the end of a caption, or the photo label at its start, if any. */
export function hasPhotoCredit(text: string): boolean {
  return (
    BRACKETED_CREDIT.test(text) ||
    BAR_CREDIT.test(text) ||
    SLASH_CREDIT.test(text) ||
    VIA_CREDIT.test(text) ||
    CREDIT_AT_END.test(text) ||
    PHOTO_LABEL.test(text)
  );
}

/** A photographer or agency after the last slash of a bar's segment: "Delegates in the hall/Agency". */
const SLASHED_NAME = /\/\s*\p{Lu}[^/|]*$/u;

/**
 * A caption without the credit at its end ("(Photo: Name/Agency)", "| Agency", "via Agency
 * Images", "Name/Agency"), so that a photographer or an agency is not read as someone in the
 * photo. What a bar's segment says before its slash ("| Delegates in the hall/Agency") stays.
 */
export function withoutPhotoCredit(text: string): string {
  let end = text.length;
  const cut = (at: number | undefined) => {
    if (at !== undefined && at > 0 && at < end) end = at;
  };
  cut(BRACKETED_CREDIT.exec(text)?.index);
  cut(SLASH_CREDIT.exec(text)?.index);
  cut(VIA_CREDIT.exec(text)?.index);
  cut(CREDIT_AT_END.exec(text)?.index);
  const bar = BAR_CREDIT.exec(text);
  if (bar) {
    const segment = text.slice(bar.index);
    const slashed = SLASHED_NAME.exec(segment);
    cut(slashed ? bar.index + slashed.index : bar.index);
  }
  return text.slice(0, end).trimEnd();
}

/**
 * True when a paragraph reads as a photo caption: a photo credit or people's positions, in
 * a paragraph short enough to describe one photo. A lone agency tag "(AA)" marks a caption
 * only beside positions, since wire reports end paragraphs with it too.
 */
export function isCaption(text: string): boolean {
  if (text.split(/\s+/).length > MAX_CAPTION_WORDS) return false;
  if (hasPhotoCredit(text) || POSITION.test(text)) return true;
  return BARE_POSITION.test(text) && AGENCY_INITIALS.test(text);
}
