import type { Knowledge } from '../../knowledge.js';
import { fold, indexTermOf, tokenize } from '../../search/terms.js';
import type { PassageHit, PassageIndex, QueryWord } from '../../search/types.js';
import type { Briefing, IsoDate, Passage, PassageId } from '../../types.js';
import type { QuestionAnalysis } from '../question/analyse.js';
import { answerCheck } from '../sentence/answerTypes.js';
import {
  type ReadBriefing,
  type ReadPassage,
  readableCount,
  readBriefing,
  readSome,
} from './readBriefing.js';

/** The weights of ranking, in one place. Set on the tuning half of the labelled questions. */
export interface RankingTuning {
  /** Briefings whose every sentence is ranked (those the search's best hits come from). */
  readonly briefings: number;
  /** Credit for a question word found not in the sentence but in the one before or the headline. */
  readonly previousCredit: number;
  /** The same when the sentence refers back with a pronoun ("…," he said). */
  readonly referenceCredit: number;
  /** Credit for a question word found only elsewhere in the briefing, once. */
  readonly briefingCredit: number;
  /**
   * Credit for a question word found elsewhere in the briefing that is one of its topics (in
   * its headline or in several sentences): the briefing is about it, so every sentence is.
   */
  readonly topicCredit: number;
  /** A sentence without the kind of thing asked for (a person for "who") rarely answers. */
  readonly missingTypeFactor: number;
  /**
   * Body sentences carry a report's facts; a headline or sub-heading compresses them and a
   * caption speaks only for its photo, so those lead only when clearly closer.
   */
  readonly notBodyFactor: number;
  /** A sentence about what is to come answers a question about what is to come better. */
  readonly futureFactor: number;
  /** Weight of a question word no briefing holds, as a share of an average known word's. */
  readonly unknownWeight: number;
  /**
   * A sentence from a briefing that announced, in the weeks before, the held meeting a question
   * in the past tense is about: it says what was planned, which need not be what happened.
   */
  readonly announcedFactor: number;
  /** How many days before a meeting a briefing published is taken for its announcement. */
  readonly announcedWithinDays: number;
  /** How much a sentence the meeting knowledge reads the asked-for fact from gains, at full strength. */
  readonly factBoost: number;
  /**
   * Share of its context credit a focus word (the question's main verb, the thing it asks
   * for) earns in ranking when it is not in the sentence itself: the sentence before or the
   * headline says what the talks are, not what this sentence says happened at them.
   */
  readonly focusContextShare: number;
  /**
   * Credit for a focus word found in the sentence only in another form of the word ("the
   * guarantors" for "guarantee", "preparatory" for "prepare").
   */
  readonly derivedCredit: number;
}

export const RANKING: RankingTuning = Object.freeze({
  briefings: 5,
  previousCredit: 0.5,
  referenceCredit: 1,
  briefingCredit: 0.15,
  topicCredit: 0.8,
  missingTypeFactor: 0.75,
  notBodyFactor: 0.7,
  factBoost: 0.3,
  unknownWeight: 1,
  futureFactor: 1.1,
  announcedFactor: 0.8,
  announcedWithinDays: 30,
  focusContextShare: 0,
  derivedCredit: 0.8,
});

/** What else ranks passages besides the question and the search: facts from meetings. */
export interface RankingEvidence {
  /** Sentences stating the meeting fact asked for, with their strength (0…1). */
  readonly facts?: ReadonlyMap<PassageId, number>;
  /** Briefings to read besides those of the search hits (the meeting's reports). */
  readonly briefings?: readonly string[];
  /** The date the meeting a question in the past tense is about was held. */
  readonly heldOn?: IsoDate | null;
}

/** A passage ranked for a question. */
export interface RankedPassage {
  readonly passage: Passage;
  /** Ranking score: higher is better. */
  readonly score: number;
  /** Share of the question's known words (IDF-weighted) the passage and its context hold, 0…1. */
  readonly coverage: number;
}

/** Words that put a sentence in the future: "will meet", "is expected to", "next spring". */
const FUTURE =
  /\b(?:will|shall|would|is to|are to|expected to|plans? to|planned|set to|scheduled|due to|next|upcoming|later this)\b/i;

/** How many of the best sentences ranking settles exactly: as many as an answer cites. */
const SETTLED = 3;

/** Sentences of a briefing that hold a word before the word is one of its topics. */
const TOPIC_SENTENCES = 2;

/** Where the question's terms stand in one briefing, looked up in the index once per term. */
class BriefingTerms {
  readonly #positions = new Map<string, ReadonlySet<number>>();

  constructor(
    private readonly index: PassageIndex,
    readonly read: ReadBriefing,
  ) {}

  positions(term: string): ReadonlySet<number> {
    let positions = this.#positions.get(term);
    if (!positions) {
      positions = new Set(this.index.termPositions(this.read.briefing.file, term));
      this.#positions.set(term, positions);
    }
    return positions;
  }

  /** The best credit any of a word's terms earns in the passage at a position. */
  creditAt(word: QueryWord, position: number): number {
    let credit = 0;
    for (const { term, weight } of word.alternatives) {
      if (this.positions(term).has(position)) credit = Math.max(credit, weight);
    }
    return credit;
  }

  inHeadline(word: QueryWord): number {
    let credit = 0;
    for (const position of this.read.headline)
      credit = Math.max(credit, this.creditAt(word, position));
    return credit;
  }

  /** Credit for a word found elsewhere in the briefing: more when it is one of its topics. */
  inBriefing(word: QueryWord, tuning: RankingTuning): number {
    let credit = 0;
    for (const { term, weight } of word.alternatives) {
      const positions = this.positions(term);
      const dated = this.read.dateTerms.has(term);
      if (positions.size === 0 && !dated) continue;
      const inHeadline = this.read.headline.some((position) => positions.has(position));
      const topical = positions.size >= TOPIC_SENTENCES || inHeadline || dated;
      credit = Math.max(credit, weight * (topical ? tuning.topicCredit : tuning.briefingCredit));
    }
    return credit;
  }
}

/** Stems shorter than this are not matched by their derivations ("sign" is not "signal"). */
const MIN_DERIVED_STEM = 6;

/**
 * Whether two index terms are forms of one word: one is the other, but for its last letter,
 * followed by more ("guarante"/"guarantor", "prepar"/"preparatori").
 */
function derived(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_DERIVED_STEM) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short.slice(0, -1));
}

/** The best credit a focus word earns in a sentence through another form of it. */
function derivedCreditIn(text: string, word: QueryWord, tuning: RankingTuning): number {
  const terms = tokenize(text).map((token) => token.term);
  let credit = 0;
  for (const { term, weight } of word.alternatives) {
    if (terms.some((other) => derived(term, other))) credit = Math.max(credit, weight);
  }
  return credit * tuning.derivedCredit;
}

/** How much of the question a passage holds, each share of the question's (IDF-weighted) words. */
interface Coverage {
  /** Reading the passage with its previous sentence, its headline and its briefing's topics. */
  readonly coverage: number;
  /** The same, with the question's focus words counted only where the passage holds them. */
  readonly focused: number;
}

/** How much of the question a passage holds, reading it with its previous sentence and headline. */
function coverageOf(
  read: ReadPassage,
  terms: BriefingTerms,
  words: readonly QueryWord[],
  focus: ReadonlySet<string>,
  totalIdf: number,
  tuning: RankingTuning,
): Coverage {
  let covered = 0;
  let focused = 0;
  for (const word of words) {
    const isFocus = focus.has(word.word);
    let own = terms.creditAt(word, read.position);
    if (isFocus && own === 0 && tuning.derivedCredit > 0)
      own = derivedCreditIn(read.passage.text, word, tuning);
    const before = read.previous ? terms.creditAt(word, read.previous.position) : 0;
    const near = Math.max(
      before * (read.refersBack ? tuning.referenceCredit : tuning.previousCredit),
      terms.inHeadline(word) * tuning.previousCredit,
    );
    const far = terms.inBriefing(word, tuning);
    const credit = Math.max(own, near, far);
    covered += word.idf * credit;
    focused += word.idf * (isFocus ? Math.max(own, credit * tuning.focusContextShare) : credit);
  }
  if (totalIdf === 0) return { coverage: 0, focused: 0 };
  return { coverage: covered / totalIdf, focused: focused / totalIdf };
}

/**
 * How many of the question's words no briefing holds: those the search found no spelling for,
 * and short ones it leaves out as noise ("egg"). A hyphenated word counts once, and not at
 * all when one of its forms is known ("trump-kim" is known through "trump" and "kim").
 */
function unknownWords(searchText: string, words: readonly QueryWord[]): number {
  const known = new Set(words.filter((word) => word.alternatives.length > 0).map((w) => w.word));
  const formsAt = new Map<number, string[]>();
  for (const token of tokenize(searchText)) {
    const forms = formsAt.get(token.start);
    if (forms) forms.push(token.word);
    else formsAt.set(token.start, [token.word]);
  }
  let unknown = 0;
  for (const forms of formsAt.values()) if (!forms.some((form) => known.has(form))) unknown++;
  return unknown;
}

/** The briefings the search's hits come from, best first, and any others asked for. */
function briefingsOf(
  knowledge: Knowledge,
  hits: readonly PassageHit[],
  count: number,
  others: readonly string[],
) {
  const files: string[] = [];
  for (const hit of hits) {
    if (files.length >= count) break;
    if (!files.includes(hit.passage.briefing)) files.push(hit.passage.briefing);
  }
  for (const file of others) if (!files.includes(file)) files.push(file);
  return files.flatMap((file) => {
    const briefing = knowledge.briefings.get(file);
    return briefing ? [briefing] : [];
  });
}

/**
 * Sentences of one briefing ranked for a question at most; a longer briefing (one that
 * repeats a sentence thousands of times, say) has only the search's hits, the sentences
 * after them and the meeting's facts read and ranked, so that no question costs its length.
 */
const MAX_RANKED_PER_BRIEFING = 1_000;

function passagesToRank(
  briefing: Briefing,
  hits: readonly PassageHit[],
  facts: ReadonlyMap<PassageId, number>,
): ReadBriefing {
  if (readableCount(briefing) <= MAX_RANKED_PER_BRIEFING) return readBriefing(briefing);
  const hit = new Set(
    hits.filter((h) => h.passage.briefing === briefing.file).map((h) => h.passage.id),
  );
  return readSome(briefing, [...hit, ...facts.keys()], hit);
}

const DAY_MS = 86_400_000;

/**
 * Whether a briefing was published in the weeks before a meeting, so announced it. One
 * published long before is about something else, or the meeting's date is misread.
 */
function announced(published: IsoDate | null, heldOn: IsoDate, withinDays: number): boolean {
  if (!published || published >= heldOn) return false;
  return (Date.parse(heldOn) - Date.parse(published)) / DAY_MS <= withinDays;
}

/**
 * Ranks passages for a question in two stages: the briefings the search's best hits point to,
 * then every sentence of those briefings on how much of the question it holds — read with
 * the sentence before it and the headline, so that "they" and "the talks" carry their
 * meaning — and whether it holds the kind of thing asked for.
 */
export function rankPassages(
  knowledge: Knowledge,
  analysis: QuestionAnalysis,
  words: readonly QueryWord[],
  hits: readonly PassageHit[],
  evidence: RankingEvidence = {},
  tuning: RankingTuning = RANKING,
): RankedPassage[] {
  const typeTerm =
    analysis.askedFor && analysis.askedForIsType ? indexTermOf(fold(analysis.askedFor)) : null;
  const known = words.filter(
    (word) =>
      word.alternatives.length > 0 && !word.alternatives.some((alt) => alt.term === typeTerm),
  );
  const knownIdf = known.reduce((sum, word) => sum + word.idf, 0);
  // A word no briefing holds may be another wording of what is there, or a subject that is
  // not: it weighs as an average word, at a share, never as the rarest of all.
  const unknown = unknownWords(analysis.searchText, words);
  const totalIdf =
    known.length === 0 ? 0 : knownIdf * (1 + (unknown * tuning.unknownWeight) / known.length);
  const answers = answerCheck(
    analysis,
    words.map((word) => word.word),
  );
  const focus = new Set(analysis.focus.map((word) => fold(word)));
  const facts = evidence.facts ?? new Map<PassageId, number>();
  const others = evidence.briefings ?? [];
  const scored: RankedPassage[] = [];
  for (const briefing of briefingsOf(knowledge, hits, tuning.briefings, others)) {
    const reading = passagesToRank(briefing, hits, facts);
    const terms = new BriefingTerms(knowledge.index, reading);
    const briefingFactor =
      evidence.heldOn && announced(briefing.published, evidence.heldOn, tuning.announcedWithinDays)
        ? tuning.announcedFactor
        : 1;
    for (const read of reading.passages) {
      const { coverage, focused } = coverageOf(read, terms, known, focus, totalIdf, tuning);
      if (coverage === 0) continue;
      const kindFactor = read.passage.kind === 'body' ? 1 : tuning.notBodyFactor;
      const factFactor = 1 + tuning.factBoost * (facts.get(read.passage.id) ?? 0);
      const tenseFactor =
        analysis.future && FUTURE.test(read.passage.text) ? tuning.futureFactor : 1;
      scored.push({
        passage: read.passage,
        score: focused * kindFactor * factFactor * tenseFactor * briefingFactor,
        coverage,
      });
    }
  }
  // Whether a sentence holds what is asked for is the costly check: sentences are checked best
  // first, until one could no longer reach the top few even if it held it; the rest are taken
  // not to hold it, which leaves them below those top few either way.
  scored.sort((a, b) => b.score - a.score);
  const top: number[] = [];
  const ranked = scored.map((candidate) => {
    const reachable = top.length < SETTLED || candidate.score >= top[SETTLED - 1]!;
    const holds = reachable && answers(candidate.passage.text);
    const final = holds
      ? candidate
      : { ...candidate, score: candidate.score * tuning.missingTypeFactor };
    if (reachable) {
      top.push(final.score);
      top.sort((a, b) => b - a);
      top.length = Math.min(top.length, SETTLED);
    }
    return final;
  });
  return ranked.sort((a, b) => b.score - a.score);
}
