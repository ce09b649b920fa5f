import { ask, findMeetings, whoAttended } from '../answer/index.js';
import type { Knowledge } from '../knowledge.js';
import type { Citation, PassageKind, PublishedFrom } from '../types.js';
import { PASSAGE_KINDS } from '../types.js';
import type { TruthQuestion } from './truth.js';

/**
 * How the briefings were read: where their publication dates came from, and what kind of
 * passage every answer to the corpus's questions cites. Answers should cite body text; page
 * furniture must never be cited.
 */
export interface ReadingFigures {
  readonly published: Readonly<Record<'dateLine' | 'page' | 'none', number>>;
  readonly citations: number;
  /** Cited passages by kind, over every answer to every question. */
  readonly citedByKind: Readonly<Record<PassageKind, number>>;
  /** Citations of furniture, which must never happen, as "file¶paragraph: text". */
  readonly citedFurniture: readonly string[];
}

const fromKey = (from: PublishedFrom) => from ?? 'none';

/** The kind of the passage a citation quotes (its sentence's, else its paragraph's). */
function kindOf(knowledge: Knowledge, citation: Citation): PassageKind {
  const paragraph = knowledge.briefings.get(citation.briefing)?.paragraphs[citation.paragraph - 1];
  if (!paragraph) return 'body';
  const sentence = paragraph.sentences.find((s) => citation.text.includes(s.text));
  return sentence?.kind ?? paragraph.kind;
}

function citationsOf(knowledge: Knowledge, question: TruthQuestion): readonly Citation[] {
  switch (question.command) {
    case 'ask':
      return ask(knowledge, question.text).citations;
    case 'meeting':
      return findMeetings(knowledge, question.text).meetings.flatMap((m) => m.citations);
    default:
      return whoAttended(knowledge, question.text).citations;
  }
}

export function evaluateReading(
  knowledge: Knowledge,
  questions: readonly TruthQuestion[],
): ReadingFigures {
  const published = { dateLine: 0, page: 0, none: 0 };
  for (const briefing of knowledge.briefings.values()) published[fromKey(briefing.publishedFrom)]++;
  const citedByKind = Object.fromEntries(PASSAGE_KINDS.map((kind) => [kind, 0])) as Record<
    PassageKind,
    number
  >;
  const citedFurniture: string[] = [];
  let citations = 0;
  for (const question of questions) {
    for (const citation of citationsOf(knowledge, question)) {
      const kind = kindOf(knowledge, citation);
      citations++;
      citedByKind[kind]++;
      if (kind === 'furniture') {
        citedFurniture.push(`${citation.briefing}¶${citation.paragraph}: ${citation.text}`);
      }
    }
  }
  return { published, citations, citedByKind, citedFurniture };
}

export function readingReportLines(figures: ReadingFigures): string[] {
  const { published, citedByKind } = figures;
  const notBody = PASSAGE_KINDS.filter((kind) => kind !== 'body')
    .map((kind) => `${kind} ${citedByKind[kind]}`)
    .join(', ');
  return [
    `publication dates: ${published.dateLine} from a date line, ${published.page} from the page, ${published.none} none`,
    `cited passages (${figures.citations}, all answers): ${figures.citations - citedByKind.body} not body text (${notBody})`,
    ...figures.citedFurniture.map((citation) => `  furniture cited: ${citation.slice(0, 160)}`),
  ];
}
