import type { Briefing, Passage, PassageId } from '../types.js';

/** "d01.txt#3.2": briefing file, paragraph, sentence (both 1-based). */
export const passageId = (file: string, paragraph: number, sentence: number): PassageId =>
  `${file}#${paragraph}.${sentence}`;

/** Every sentence of a briefing as a citable passage, in reading order. */
export function passagesOf(briefing: Briefing): Passage[] {
  const passages: Passage[] = [];
  for (const paragraph of briefing.paragraphs) {
    for (const sentence of paragraph.sentences) {
      passages.push({
        id: passageId(briefing.file, paragraph.index, sentence.index),
        briefing: briefing.file,
        paragraph: paragraph.index,
        sentence: sentence.index,
        text: sentence.text,
        kind: sentence.kind,
        cutOff: sentence.cutOff,
      });
    }
  }
  return passages;
}
