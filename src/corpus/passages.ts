import type { Briefing, Paragraph, Passage, PassageId, Sentence } from '../types.js';

/** "d01.txt#3.2": briefing file, paragraph, sentence (both 1-based). */
export const passageId = (file: string, paragraph: number, sentence: number): PassageId =>
  `${file}#${paragraph}.${sentence}`;

/** A sentence of a briefing's paragraph as a citable passage. */
export const sentencePassage = (
  file: string,
  paragraph: Paragraph,
  sentence: Sentence,
): Passage => ({
  id: passageId(file, paragraph.index, sentence.index),
  briefing: file,
  paragraph: paragraph.index,
  sentence: sentence.index,
  text: sentence.text,
  kind: sentence.kind,
  cutOff: sentence.cutOff,
});

/** Every sentence of a briefing as a citable passage, in reading order. */
export function passagesOf(briefing: Briefing): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of briefing.paragraphs) {
    for (const sentence of paragraph.sentences) {
      passages.push(sentencePassage(briefing.file, paragraph, sentence));
    }
  }
  return passages;
}

/**
 * Where each paragraph's sentences begin among the briefing's passages (in `passagesOf`
 * order), with the count of all passages last: paragraph N's sentence S is at
 * `starts[N - 1] + S - 1`. Counting needs no passage, so a long briefing costs no allocation
 * per sentence.
 */
export function sentenceStarts(briefing: Briefing): Int32Array {
  const starts = new Int32Array(briefing.paragraphs.length + 1);
  let at = 0;
  for (const [k, paragraph] of briefing.paragraphs.entries()) {
    starts[k] = at;
    at += paragraph.sentences.length;
  }
  starts[briefing.paragraphs.length] = at;
  return starts;
}

const STARTS = new WeakMap<Briefing, Int32Array>();

/** `sentenceStarts`, worked out once per briefing (a changed file is a new Briefing). */
export function sentenceStartsOf(briefing: Briefing): Int32Array {
  let starts = STARTS.get(briefing);
  if (!starts) {
    starts = sentenceStarts(briefing);
    STARTS.set(briefing, starts);
  }
  return starts;
}

/** The position of a passage id among its briefing's passages, or -1 when it names none. */
export function positionOf(briefing: Briefing, id: PassageId): number {
  const hash = id.lastIndexOf('#');
  if (id.slice(0, hash) !== briefing.file) return -1;
  const match = /^([1-9]\d*)\.([1-9]\d*)$/.exec(id.slice(hash + 1));
  if (!match) return -1;
  const paragraph = Number(match[1]);
  const sentence = Number(match[2]);
  const starts = sentenceStartsOf(briefing);
  if (paragraph > briefing.paragraphs.length) return -1;
  const position = starts[paragraph - 1]! + sentence - 1;
  return position < starts[paragraph]! ? position : -1;
}

/** The passage at a position among the briefing's passages (see `sentenceStarts`). */
export function passageAt(briefing: Briefing, position: number): Passage {
  const starts = sentenceStartsOf(briefing);
  // The last paragraph whose sentences begin at or before the position.
  let low = 0;
  let high = briefing.paragraphs.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  const paragraph = briefing.paragraphs[low]!;
  return sentencePassage(briefing.file, paragraph, paragraph.sentences[position - starts[low]!]!);
}
