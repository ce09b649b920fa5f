/**
 * What the Discord layer asks of the core, behind one interface, so tests can inject a slow
 * or failing answer without touching discord.js. The knowledge is read through a getter on
 * every call: a live re-index swaps it atomically and in-flight answers keep the one they
 * started with.
 */
import { ask, findMeetings, suggestMeetings, whoAttended } from '../answer/index.js';
import { MAX_CITED_PER_FACT } from '../answer/meetingView.js';
import type { Knowledge } from '../knowledge.js';
import type { BriefingLabel, MeetingRef, MeetingView } from '../render/discord.js';
import type { AskResult, Citation, Meeting, PassageId, WhoAttendedResult } from '../types.js';

/**
 * Longest text the core is asked about. Discord caps the commands' text options at this
 * length, but not what autocomplete or a channel message may carry, and the cost of a meeting
 * search grows with the length of the query: longer text is read up to here.
 */
export const QUERY_MAX_LENGTH = 300;

/** `text` cut to QUERY_MAX_LENGTH, never through a surrogate pair. */
export function clampQuery(text: string): string {
  if (text.length <= QUERY_MAX_LENGTH) return text;
  const cut = text.slice(0, QUERY_MAX_LENGTH);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** How many meetings /meeting considers (the best one is shown, the rest are named). */
export const MEETING_MATCH_LIMIT = 4;
/** Supporting passages per /ask answer (the spec allows 1–3). */
export const ASK_CITATION_LIMIT = 3;

type MaybeAsync<T> = T | Promise<T>;

export interface AnswerService {
  ask(question: string): MaybeAsync<AskResult>;
  meeting(query: string): MaybeAsync<MeetingView>;
  whoAttended(query: string, country?: string): MaybeAsync<WhoAttendedResult>;
  suggestMeetings(
    typed: string,
    limit: number,
  ): MaybeAsync<readonly { id: string; label: string }[]>;
  /** A meeting's printed form by id (for buttons on earlier replies), or null if gone. */
  meetingById(id: string): MaybeAsync<Meeting | null>;
  describeBriefing(file: string): BriefingLabel | undefined;
  /** True while answers may be slow (an index rebuild in progress): replies are deferred first. */
  isBusy(): boolean;
}

export interface AnswersFromKnowledgeOptions {
  readonly isRebuilding?: () => boolean;
}

export function answersFromKnowledge(
  getKnowledge: () => Knowledge,
  options: AnswersFromKnowledgeOptions = {},
): AnswerService {
  const meetingView = (knowledge: Knowledge, query: string): MeetingView => {
    const wanted = resolveMeetingQuery(knowledge, query);
    const { meetings } = findMeetings(knowledge, wanted.query, { limit: MEETING_MATCH_LIMIT });
    const best =
      (wanted.id ? meetings.find((meeting) => meeting.id === wanted.id) : undefined) ??
      meetings[0] ??
      null;
    return viewOf(
      knowledge,
      query,
      best,
      meetings.filter((meeting) => meeting !== best),
    );
  };
  return {
    ask: (question) => ask(getKnowledge(), clampQuery(question), { limit: ASK_CITATION_LIMIT }),
    meeting: (query) => meetingView(getKnowledge(), clampQuery(query)),
    whoAttended: (query, country) => {
      const knowledge = getKnowledge();
      const wanted = resolveMeetingQuery(knowledge, clampQuery(query));
      return whoAttended(knowledge, wanted.query, country ? { country: clampQuery(country) } : {});
    },
    suggestMeetings: (typed, limit) => suggestMeetings(getKnowledge(), clampQuery(typed), limit),
    meetingById: (id) => {
      const knowledge = getKnowledge();
      return knowledge.meetingById.has(id) ? meetingView(knowledge, id).meeting : null;
    },
    describeBriefing: (file) => {
      const briefing = getKnowledge().briefings.get(file);
      return briefing ? { headline: briefing.headline, published: briefing.published } : undefined;
    },
    isBusy: () => options.isRebuilding?.() ?? false,
  };
}

/**
 * Autocomplete sends a meeting id as the option value; the core searches text, so an id is
 * turned back into its meeting's title (and the id kept to pick that meeting among matches).
 */
function resolveMeetingQuery(
  knowledge: Knowledge,
  query: string,
): { query: string; id: string | null } {
  const record = knowledge.meetingById.get(query.trim());
  return record ? { query: record.title, id: record.id } : { query, id: null };
}

function refOf(knowledge: Knowledge, id: string | null): MeetingRef | null {
  const record = id ? knowledge.meetingById.get(id) : undefined;
  return record ? { id: record.id, title: record.title, date: record.date } : null;
}

/** Links each fact's source passages to the citation numbers of the printed meeting. */
function viewOf(
  knowledge: Knowledge,
  query: string,
  meeting: Meeting | null,
  others: readonly Meeting[],
): MeetingView {
  const record = meeting ? knowledge.meetingById.get(meeting.id) : undefined;
  const citationsFor = (sources: readonly PassageId[]): number[] =>
    meeting ? citationIds(knowledge, meeting.citations, sources) : [];
  return {
    query,
    meeting,
    facts: {
      date: record ? citationsFor(record.dateSources) : [],
      status: record ? citationsFor(record.statusSources) : [],
      location: record ? citationsFor(record.locationSources) : [],
      topics: meeting
        ? meeting.topics.map((topic) => {
            const match = record?.topics.find((candidate) => candidate.text === topic);
            return match ? citationsFor(match.sources) : [];
          })
        : [],
    },
    previous: refOf(knowledge, record?.previous ?? null),
    next: refOf(knowledge, record?.next ?? null),
    others: others.map((other) => ({ id: other.id, title: other.title, date: other.date })),
  };
}

/** Citations (by id) quoting the same briefing paragraph as one of the passages. */
function citationIds(
  knowledge: Knowledge,
  citations: readonly Citation[],
  sources: readonly PassageId[],
): number[] {
  // One pass over the citations, then one look-up per source: a meeting of thousands of
  // sources would otherwise cost sources × citations.
  const byParagraph = new Map<string, Citation[]>();
  for (const citation of citations) {
    const key = `${citation.briefing}#${citation.paragraph}`;
    const list = byParagraph.get(key);
    if (list) list.push(citation);
    else byParagraph.set(key, [citation]);
  }
  const ids = new Set<number>();
  for (const source of sources.slice(0, MAX_CITED_PER_FACT)) {
    const passage = knowledge.passageById.get(source);
    if (!passage) continue;
    const candidates = byParagraph.get(`${passage.briefing}#${passage.paragraph}`) ?? [];
    const citation =
      candidates.find((candidate) => candidate.text.includes(passage.text)) ?? candidates[0];
    if (citation) ids.add(citation.id);
  }
  return [...ids].sort((a, b) => a - b);
}
