/**
 * Answers → Discord messages: embeds with numbered citation markers and a Sources section,
 * buttons for follow-ups, autocomplete choices. Every Discord limit lives here as a named
 * constant, and every text that reaches Discord passes through these limits: long text is
 * cut at a sentence boundary and long lists at an item, each saying "…and N more".
 * Pure: no client, no network.
 */
import type { RebuildReport } from '../io/liveKnowledge.js';
import { formatDate as formatIsoDate } from '../corpus/calendar.js';
import {
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import { NOT_FOUND_ANSWER } from '../answer/ask.js';
import { encodeButtonId } from '../discord/customIds.js';
import { noAttendees } from './text.js';
import type {
  AskResult,
  Attendee,
  Citation,
  IsoDate,
  Meeting,
  WhoAttendedResult,
} from '../types.js';

// ── Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)

export const EMBED_TITLE_LIMIT = 256;
export const EMBED_DESCRIPTION_LIMIT = 4096;
export const EMBED_FIELD_NAME_LIMIT = 256;
export const EMBED_FIELD_VALUE_LIMIT = 1024;
export const EMBED_FIELD_COUNT_LIMIT = 25;
export const EMBED_FOOTER_LIMIT = 2048;
export const EMBED_AUTHOR_LIMIT = 256;
/** Sum of every title, description, field, footer and author in one message. */
export const EMBEDS_TOTAL_LIMIT = 6000;
export const EMBEDS_PER_MESSAGE_LIMIT = 10;
export const MESSAGE_CONTENT_LIMIT = 2000;
export const AUTOCOMPLETE_CHOICE_LIMIT = 25;
export const AUTOCOMPLETE_CHOICE_NAME_LIMIT = 100;
export const AUTOCOMPLETE_CHOICE_VALUE_LIMIT = 100;
export const BUTTON_LABEL_LIMIT = 80;

/** Embed colours: answers, "nothing found", notices. */
const COLOUR = Object.freeze({ answer: 0x2f6fde, empty: 0x8a8f98, notice: 0xe0a100 });

/** Shown when a field or description would otherwise be empty (Discord refuses empty fields). */
const NOTHING = '—';

// ── the shapes rendered ──────────────────────────────────────────────────────────────────────

/** What the bot sends: pass it to reply/editReply/followUp/send (with allowedMentions added). */
export interface DiscordReply {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
}

/** How a briefing is named in a citation besides its file name. */
export interface BriefingLabel {
  readonly headline: string | null;
  readonly published: IsoDate | null;
}

export type BriefingLabeler = (file: string) => BriefingLabel | undefined;

/** A neighbouring meeting in the same series. */
export interface MeetingRef {
  readonly id: string;
  readonly title: string;
  readonly date: IsoDate | null;
}

/** Citation ids supporting each fact of a meeting (empty when unknown). */
export interface MeetingFactCitations {
  readonly date: readonly number[];
  readonly status: readonly number[];
  readonly location: readonly number[];
  /** Parallel to `Meeting.topics`. */
  readonly topics: readonly (readonly number[])[];
}

/** `/meeting`'s answer, with what the printed Meeting does not carry. */
export interface MeetingView {
  readonly query: string;
  readonly meeting: Meeting | null;
  readonly facts: MeetingFactCitations;
  readonly previous: MeetingRef | null;
  readonly next: MeetingRef | null;
  /** Other meetings that matched, best first. */
  readonly others: readonly MeetingRef[];
}

export interface MeetingSuggestionLike {
  readonly id: string;
  readonly label: string;
}

// ── text: escaping and cutting ───────────────────────────────────────────────────────────────

/**
 * Escapes text quoted from a briefing so that it shows verbatim: markdown markers, masked
 * links, and mention/emoji/timestamp syntax (`<@&123>` shows as written, not as a role).
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\*_~`|[\]]/g, '\\$&')
      .replace(/<(?=[@#:]|a:|t:)/g, '\\<')
      .replace(/^(\s*)([#>+-])/, '$1\\$2')
      // "1. " starts a list; a backslash before the digit would show, so it goes before the dot.
      .replace(/^(\s*\d+)\./, '$1\\.')
  );
}

/** Sentences of a text, each with its trailing space, so that joining them restores the text. */
export function splitSentences(text: string): string[] {
  return text.match(/[^.!?…]*[.!?…]+["'”’)\]]*\s*|[^.!?…]+$/g) ?? [text];
}

const plural = (count: number, noun: string) => `${count} more ${noun}${count === 1 ? '' : 's'}`;

/**
 * `text` within `limit` UTF-16 units (Discord counts no more than these): whole sentences
 * while they fit, then "…and N more sentences". A first sentence too long on its own is cut
 * at a word.
 */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const sentences = splitSentences(text);
  const note = (omitted: number) => (omitted > 0 ? ` …and ${plural(omitted, 'sentence')}` : '');
  let kept = '';
  let count = 0;
  for (const sentence of sentences) {
    const candidate = kept + sentence;
    if ((candidate.trimEnd() + note(sentences.length - count - 1)).length > limit) break;
    kept = candidate;
    count += 1;
  }
  if (count > 0) return kept.trimEnd() + note(sentences.length - count);
  const suffix = note(sentences.length - 1);
  return cutAtWord(sentences[0] ?? text, limit - suffix.length) + suffix;
}

/** The start of `text` within `limit`, ending at a word and with "…". */
export function cutAtWord(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit <= 1) return '…'.slice(0, Math.max(0, limit));
  let cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  if (space > limit / 2) cut = cut.slice(0, space);
  // Never leave half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/**
 * Lines joined by newlines within `limit`: whole lines while they fit, then
 * "…and N more <noun>s". A single line too long on its own is cut at a word.
 */
export function truncateLines(lines: readonly string[], limit: number, noun: string): string {
  const all = lines.join('\n');
  if (all.length <= limit) return all;
  const note = (omitted: number) => (omitted > 0 ? `\n…and ${plural(omitted, noun)}` : '');
  let kept = '';
  let count = 0;
  for (const line of lines) {
    const candidate = count === 0 ? line : `${kept}\n${line}`;
    if ((candidate + note(lines.length - count - 1)).length > limit) break;
    kept = candidate;
    count += 1;
  }
  if (count > 0) return kept + note(lines.length - count);
  const suffix = note(lines.length - 1);
  return cutAtWord(lines[0] ?? '', limit - suffix.length) + suffix;
}

// ── embeds within limits ─────────────────────────────────────────────────────────────────────

/** Characters Discord counts towards an embed's share of the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

/** Clamps every part of one embed to its own limit. */
function clampEmbed(embed: APIEmbed): APIEmbed {
  const fields = (embed.fields ?? []).map((field) => ({
    ...field,
    name: cutAtWord(field.name || NOTHING, EMBED_FIELD_NAME_LIMIT),
    value:
      field.value.length > EMBED_FIELD_VALUE_LIMIT
        ? truncateText(field.value, EMBED_FIELD_VALUE_LIMIT)
        : field.value || NOTHING,
  }));
  if (fields.length > EMBED_FIELD_COUNT_LIMIT) {
    const omitted = fields.length - (EMBED_FIELD_COUNT_LIMIT - 1);
    fields.splice(EMBED_FIELD_COUNT_LIMIT - 1, Number.POSITIVE_INFINITY, {
      name: NOTHING,
      value: `…and ${plural(omitted, 'section')}`,
    });
  }
  return {
    ...embed,
    ...(embed.title !== undefined ? { title: cutAtWord(embed.title, EMBED_TITLE_LIMIT) } : {}),
    ...(embed.description !== undefined
      ? { description: truncateText(embed.description, EMBED_DESCRIPTION_LIMIT) }
      : {}),
    ...(embed.footer
      ? { footer: { ...embed.footer, text: cutAtWord(embed.footer.text, EMBED_FOOTER_LIMIT) } }
      : {}),
    ...(embed.author
      ? { author: { ...embed.author, name: cutAtWord(embed.author.name, EMBED_AUTHOR_LIMIT) } }
      : {}),
    ...(embed.fields ? { fields } : {}),
  };
}

/**
 * Embeds for one message within every limit: each part clamped, at most 10 embeds, and the
 * 6000-character total kept by dropping trailing fields (noted as "…and N more <noun>s"),
 * then by shortening descriptions.
 */
export function fitEmbeds(embeds: readonly APIEmbed[], droppedNoun = 'source'): APIEmbed[] {
  const fitted = embeds.slice(0, EMBEDS_PER_MESSAGE_LIMIT).map(clampEmbed);
  const total = () => fitted.reduce((sum, embed) => sum + embedLength(embed), 0);
  let dropped = 0;
  let note: APIEmbedField | null = null;
  while (total() > EMBEDS_TOTAL_LIMIT) {
    const previousNote = note;
    const target = [...fitted]
      .reverse()
      .find((embed) => (embed.fields ?? []).some((field) => field !== previousNote));
    if (!target) break;
    for (const embed of fitted) {
      if (embed.fields) embed.fields = embed.fields.filter((field) => field !== previousNote);
    }
    target.fields?.pop();
    dropped += 1;
    note = { name: NOTHING, value: `…and ${plural(dropped, droppedNoun)}` };
    target.fields = [...(target.fields ?? []), note];
  }
  let excess = total() - EMBEDS_TOTAL_LIMIT;
  for (const embed of [...fitted].reverse()) {
    if (excess <= 0) break;
    if (!embed.description) continue;
    const shortened = truncateText(
      embed.description,
      Math.max(1, embed.description.length - excess),
    );
    excess -= embed.description.length - shortened.length;
    embed.description = shortened;
  }
  return fitted;
}

/** A message's content within 2000 characters. */
export function fitContent(content: string): string {
  return truncateText(content, MESSAGE_CONTENT_LIMIT);
}

// ── citations ────────────────────────────────────────────────────────────────────────────────

/** `[1][3]` after a fact. */
export function citationMarkers(ids: readonly number[]): string {
  return [...new Set(ids)].map((id) => `[${id}]`).join('');
}

/** "d01.txt ¶3 · Headline · 2023-04-24" */
export function citationSourceName(citation: Citation, labels: BriefingLabeler): string {
  const label = labels(citation.briefing);
  const parts = [`[${citation.id}] ${citation.briefing} ¶${citation.paragraph}`];
  if (label?.headline) parts.push(label.headline);
  if (label?.published) parts.push(formatDate(label.published));
  return cutAtWord(parts.join(' · '), EMBED_FIELD_NAME_LIMIT);
}

/** The quoted sentence, escaped, as a Discord block quote within one field. */
export function quote(text: string, limit = EMBED_FIELD_VALUE_LIMIT): string {
  return `> ${truncateText(escapeMarkdown(text.replace(/\s+/g, ' ').trim()), limit - 2)}`;
}

/**
 * Quotes in a meeting's Sources are kept short so that every source fits the 6000 total;
 * "Show sources" gives them in full.
 */
export const MEETING_QUOTE_LIMIT = 300;

function sourceFields(
  citations: readonly Citation[],
  labels: BriefingLabeler,
  quoteLimit = EMBED_FIELD_VALUE_LIMIT,
): APIEmbedField[] {
  return citations.map((citation) => ({
    name: citationSourceName(citation, labels),
    value: quote(citation.text, quoteLimit),
  }));
}

// ── dates ────────────────────────────────────────────────────────────────────────────────────

/** "2023-04-25" → "25 April 2023"; "2023-04" → "April 2023"; "2023" stays. */
export const formatDate = (date: IsoDate): string => formatIsoDate(date) ?? date;

// ── /ask ─────────────────────────────────────────────────────────────────────────────────────

export function renderAskReply(result: AskResult, labels: BriefingLabeler): DiscordReply {
  if (!result.found) {
    // The answer says why nothing answers (nothing matches, another language, no question).
    const hint =
      result.closest.length > 0
        ? '\nThe closest passages are below; try other words, or /meeting to browse meetings.'
        : result.answer === NOT_FOUND_ANSWER
          ? '\nTry other words, or /meeting to browse meetings.'
          : '';
    return reply([
      {
        title: cutAtWord(result.question, EMBED_TITLE_LIMIT),
        description: `${escapeMarkdown(result.answer)}${hint}`,
        color: COLOUR.empty,
        fields: sourceFields(result.closest, labels),
      },
    ]);
  }
  const markers = citationMarkers(result.citations.map((citation) => citation.id));
  // The short fact asked for leads, in bold; the sentence stating it follows, quoted.
  const answer = result.fact
    ? `**${escapeMarkdown(result.fact)}**\n“${escapeMarkdown(result.answer)}”`
    : escapeMarkdown(result.answer);
  return reply([
    {
      title: cutAtWord(result.question, EMBED_TITLE_LIMIT),
      description:
        `${truncateText(answer, EMBED_DESCRIPTION_LIMIT - markers.length - 1)} ${markers}`.trim(),
      color: COLOUR.answer,
      fields: sourceFields(result.citations, labels),
      footer: { text: 'Sources quote the briefings verbatim.' },
    },
  ]);
}

// ── /meeting ─────────────────────────────────────────────────────────────────────────────────

function describeAttendee(attendee: Attendee, withCountry: boolean): string {
  const name = attendee.name ? `**${escapeMarkdown(attendee.name)}**` : '*Name not given*';
  const role = attendee.role ? ` — ${escapeMarkdown(attendee.role)}` : '';
  const country = withCountry && attendee.country ? ` (${escapeMarkdown(attendee.country)})` : '';
  const markers = attendee.citations.length > 0 ? ` ${citationMarkers(attendee.citations)}` : '';
  return `• ${name}${role}${country}${markers}`;
}

function withMarkers(text: string, ids: readonly number[]): string {
  return ids.length > 0 ? `${text} ${citationMarkers(ids)}` : text;
}

/** A meeting's title, with its date unless the title already ends with it. */
function meetingRefText(ref: MeetingRef): string {
  const title = escapeMarkdown(ref.title);
  if (!ref.date || ref.title.includes(formatDate(ref.date))) return title;
  return `${title} (${formatDate(ref.date)})`;
}

function meetingButtons(meetingId: string): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = [];
  const attendees = encodeButtonId({ action: 'attendees', meetingId });
  const sources = encodeButtonId({ action: 'sources', meetingId });
  if (attendees) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: 'Who attended?',
      custom_id: attendees,
    });
  }
  if (sources) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: 'Show sources',
      custom_id: sources,
    });
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

export function renderMeetingReply(view: MeetingView, labels: BriefingLabeler): DiscordReply {
  const { meeting } = view;
  if (!meeting) {
    return reply([
      {
        title: 'No matching meeting',
        description: truncateText(
          `No meeting in the briefings matches “${escapeMarkdown(view.query)}”. Start typing in the query option to pick from the meetings the briefings report.`,
          EMBED_DESCRIPTION_LIMIT,
        ),
        color: COLOUR.empty,
      },
    ]);
  }
  const when = meeting.date
    ? `${formatDate(meeting.date)} · ${meeting.status}`
    : `date not reported · ${meeting.status}`;
  const facts: APIEmbedField[] = [
    {
      name: 'When',
      value: withMarkers(when, [...view.facts.date, ...view.facts.status]),
      inline: true,
    },
    {
      name: 'Where',
      value: withMarkers(
        meeting.location ? escapeMarkdown(meeting.location) : 'not reported',
        view.facts.location,
      ),
      inline: true,
    },
  ];
  if (meeting.countries.length > 0) {
    facts.push({
      name: 'Countries',
      value: meeting.countries.map(escapeMarkdown).join(', '),
      inline: true,
    });
  }
  if (meeting.attendees.length > 0) {
    facts.push({
      name: 'Who took part',
      value: truncateLines(
        meeting.attendees.map((attendee) => describeAttendee(attendee, true)),
        EMBED_FIELD_VALUE_LIMIT,
        'participant',
      ),
    });
  }
  if (meeting.topics.length > 0) {
    facts.push({
      name: 'Topics',
      value: truncateLines(
        meeting.topics.map(
          (topic, index) =>
            `• ${withMarkers(escapeMarkdown(topic), view.facts.topics[index] ?? [])}`,
        ),
        EMBED_FIELD_VALUE_LIMIT,
        'topic',
      ),
    });
  }
  const series = [
    view.previous ? `Before: ${meetingRefText(view.previous)}` : null,
    view.next ? `After: ${meetingRefText(view.next)}` : null,
  ].filter((line): line is string => line !== null);
  if (series.length > 0) facts.push({ name: 'In the same series', value: series.join('\n') });

  const reportedBy = `Reported by ${meeting.briefings.map(escapeMarkdown).join(', ')}.`;
  const others =
    view.others.length > 0
      ? `Also matching: ${view.others.map((other) => meetingRefText(other)).join('; ')}`
      : undefined;
  const embed: APIEmbed = {
    title: cutAtWord(meeting.title, EMBED_TITLE_LIMIT),
    description: truncateText(reportedBy, EMBED_DESCRIPTION_LIMIT),
    color: COLOUR.answer,
    fields: [...facts, ...sourceFields(meeting.citations, labels, MEETING_QUOTE_LIMIT)],
    ...(others ? { footer: { text: others } } : {}),
  };
  return reply([embed], meetingButtons(meeting.id));
}

// ── /who-attended ────────────────────────────────────────────────────────────────────────────

/** Country groups in first-mention order; people without a country last. */
function groupByCountry(attendees: readonly Attendee[]): Map<string, Attendee[]> {
  const groups = new Map<string, Attendee[]>();
  for (const attendee of attendees) {
    const key = attendee.country ?? '';
    groups.set(key, [...(groups.get(key) ?? []), attendee]);
  }
  const unplaced = groups.get('');
  if (unplaced) {
    groups.delete('');
    groups.set('', unplaced);
  }
  return groups;
}

export function renderWhoAttendedReply(
  result: WhoAttendedResult,
  labels: BriefingLabeler,
  country?: string,
): DiscordReply {
  const { meeting } = result;
  if (!meeting) {
    return reply([
      {
        title: 'No matching meeting',
        description: truncateText(
          `No meeting in the briefings matches “${escapeMarkdown(result.query)}”. Start typing in the meeting option to pick one.`,
          EMBED_DESCRIPTION_LIMIT,
        ),
        color: COLOUR.empty,
      },
    ]);
  }
  const when = meeting.date ? formatDate(meeting.date) : 'date not reported';
  const where = meeting.location ? ` · ${escapeMarkdown(meeting.location)}` : '';
  const lead = `${when}${where} · ${meeting.status}`;
  const note =
    result.attendees.length === 0
      ? escapeMarkdown(noAttendees(meeting, result.country ?? country))
      : 'Participants the briefings describe without a name are listed as such; people only mentioned or quoted are not.';
  const groups: APIEmbedField[] = [...groupByCountry(result.attendees)].map(([group, members]) => ({
    name: group ? escapeMarkdown(group) : 'Country not reported',
    value: truncateLines(
      members.map((attendee) => describeAttendee(attendee, false)),
      EMBED_FIELD_VALUE_LIMIT,
      'participant',
    ),
  }));
  return reply(
    [
      {
        title: cutAtWord(`Who attended: ${meeting.title}`, EMBED_TITLE_LIMIT),
        description: `${lead}\n${note}`,
        color: result.attendees.length > 0 ? COLOUR.answer : COLOUR.empty,
        fields: [...groups, ...sourceFields(result.citations, labels, MEETING_QUOTE_LIMIT)],
      },
    ],
    [],
    'source',
  );
}

// ── Show sources ─────────────────────────────────────────────────────────────────────────────

/** Every citation of a meeting, spread over as many embeds as one message allows. */
export function renderSourcesReply(
  title: string,
  citations: readonly Citation[],
  labels: BriefingLabeler,
): DiscordReply {
  const fields = sourceFields(citations, labels);
  const embeds: APIEmbed[] = [];
  for (
    let start = 0;
    start < fields.length || embeds.length === 0;
    start += EMBED_FIELD_COUNT_LIMIT
  ) {
    embeds.push({
      ...(embeds.length === 0 ? { title: cutAtWord(`Sources: ${title}`, EMBED_TITLE_LIMIT) } : {}),
      color: COLOUR.answer,
      ...(fields.length === 0 ? { description: 'No passages are cited.' } : {}),
      fields: fields.slice(start, start + EMBED_FIELD_COUNT_LIMIT),
    });
  }
  return reply(embeds);
}

// ── /help, notices, autocomplete ─────────────────────────────────────────────────────────────

export interface HelpEntry {
  readonly usage: string;
  readonly description: string;
  readonly example: string;
}

export function renderHelpReply(
  entries: readonly HelpEntry[],
  channelQuestions: boolean,
): DiscordReply {
  const fields = entries.map((entry) => ({
    name: entry.usage,
    value: `${entry.description}\nExample: \`${entry.example}\``,
  }));
  if (channelQuestions) {
    fields.push({
      name: '@briefing-bot <question>',
      value:
        'Mention the bot in a channel to ask in your own words; it replies to your message.\nExample: `@briefing-bot when did they last meet in Moscow?`',
    });
  }
  return reply([
    {
      title: 'Briefing bot',
      description:
        'Answers questions about the team’s briefings with quotes you can check: every fact carries a numbered marker, and Sources names the briefing and paragraph it comes from. Add `private:true` to see an answer only yourself.',
      color: COLOUR.answer,
      fields,
    },
  ]);
}

// ── /reload ──────────────────────────────────────────────────────────────────────────────────

/** What a forced re-index did (the rebuild's counts), in the words the reply shows. */
export interface ReindexView extends Pick<
  RebuildReport,
  | 'briefingsBefore'
  | 'briefingsAfter'
  | 'meetingsBefore'
  | 'meetingsAfter'
  | 'added'
  | 'changed'
  | 'removed'
> {
  /** One line per skipped file: "skipped notes/x.txt: the file is empty". */
  readonly skipped: readonly string[];
  /** Why the folder could not be read (the previous index is still answering), or null. */
  readonly problem: string | null;
  readonly durationMs: number;
}

export function renderReindexReply(view: ReindexView): DiscordReply {
  const change = (before: number, after: number) =>
    before === after ? `${after} (unchanged)` : `${before} → ${after}`;
  const fields: APIEmbedField[] = [
    { name: 'Briefings', value: change(view.briefingsBefore, view.briefingsAfter), inline: true },
    { name: 'Meetings', value: change(view.meetingsBefore, view.meetingsAfter), inline: true },
    {
      name: 'Files',
      value: `${view.added} added · ${view.changed} changed · ${view.removed} removed`,
      inline: true,
    },
  ];
  if (view.skipped.length > 0) {
    fields.push({
      name: `Skipped files (${view.skipped.length})`,
      value: truncateLines(
        view.skipped.map((line) => `• ${escapeMarkdown(line)}`),
        EMBED_FIELD_VALUE_LIMIT,
        'file',
      ),
    });
  }
  return reply(
    [
      {
        title: view.problem ? 'Briefings not re-read' : 'Briefings re-indexed',
        description: view.problem ?? `Done in ${Math.max(1, Math.round(view.durationMs))} ms.`,
        color: view.problem ? COLOUR.notice : COLOUR.answer,
        fields,
      },
    ],
    [],
    'file',
  );
}

/** A short plain-text message (usage hints, cooldown notes, apologies). */
export function renderNotice(text: string): DiscordReply {
  return { content: fitContent(text), embeds: [], components: [] };
}

/** Autocomplete choices: at most 25, names and values within 100 characters. */
export function renderMeetingChoices(
  suggestions: readonly MeetingSuggestionLike[],
): APIApplicationCommandOptionChoice<string>[] {
  return suggestions.slice(0, AUTOCOMPLETE_CHOICE_LIMIT).map((suggestion) => ({
    name: cutAtWord(suggestion.label || suggestion.id, AUTOCOMPLETE_CHOICE_NAME_LIMIT),
    // An id too long to be a value falls back to the label, which /meeting searches for.
    value:
      suggestion.id.length <= AUTOCOMPLETE_CHOICE_VALUE_LIMIT
        ? suggestion.id
        : cutAtWord(suggestion.label, AUTOCOMPLETE_CHOICE_VALUE_LIMIT),
  }));
}

function reply(
  embeds: readonly APIEmbed[],
  components: APIActionRowComponent<APIButtonComponent>[] = [],
  droppedNoun = 'source',
): DiscordReply {
  return { embeds: fitEmbeds(embeds, droppedNoun), components };
}
