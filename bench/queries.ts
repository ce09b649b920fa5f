/**
 * The queries the benchmark times, drawn from a generated corpus with their own seed: words
 * copied from passages, the same with typos, questions as people ask them, meeting lookups
 * and what people type into autocomplete.
 */
import type { GeneratedCorpus, GeneratedMeeting } from './generate.js';
import { Random } from './random.js';
import { MONTHS } from './vocabulary.js';

export const QUERY_KINDS = [
  'exact',
  'typos',
  'natural',
  'meeting',
  'whoAttended',
  'autocomplete',
] as const;

export type QueryKind = (typeof QUERY_KINDS)[number];

export type QuerySet = Readonly<Record<QueryKind, readonly string[]>>;

const WORDS_PER_EXACT_QUERY = { min: 2, max: 3 };
const MIN_CONTENT_WORD_LENGTH = 3;
const MIN_TYPO_WORD_LENGTH = 4;
const TYPO_SHARE = 0.6;
const AUTOCOMPLETE_PREFIX = { min: 1, max: 14 };
const EMPTY_AUTOCOMPLETE_SHARE = 0.05;
const QUERY_SEED_SALT = 0x9e3779b9;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

const STOPWORDS = new Set(
  'the and for with that was said would from this will have has had are were its his her their they been into also after over about which than more said told on of in to a an at by as it is be'.split(
    ' ',
  ),
);

const WORD = /\p{L}[\p{L}'-]*/gu;

function contentWords(sentence: string): string[] {
  return (sentence.match(WORD) ?? []).filter(
    (word) => word.length >= MIN_CONTENT_WORD_LENGTH && !STOPWORDS.has(word.toLowerCase()),
  );
}

function randomSentence(random: Random, corpus: GeneratedCorpus): string {
  for (;;) {
    const file = random.pick(corpus.files);
    const paragraph = random.pick(file.paragraphs);
    const sentence = random.pick(paragraph);
    if (contentWords(sentence).length >= WORDS_PER_EXACT_QUERY.max) return sentence;
  }
}

/** Two or three consecutive content words of one passage, as written. */
function exactQuery(random: Random, corpus: GeneratedCorpus): string {
  const words = contentWords(randomSentence(random, corpus));
  const length = random.between(WORDS_PER_EXACT_QUERY.min, WORDS_PER_EXACT_QUERY.max);
  const start = random.int(words.length - length + 1);
  return words.slice(start, start + length).join(' ');
}

/** One keyboard slip: a swapped, dropped, doubled or wrong letter, never the first one. */
export function misspell(random: Random, word: string): string {
  const at = random.between(1, word.length - 2);
  switch (random.int(4)) {
    case 0:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word.charAt(at) + word.slice(at);
    default:
      return word.slice(0, at) + random.pick([...ALPHABET]) + word.slice(at + 1);
  }
}

function typoQuery(random: Random, corpus: GeneratedCorpus): string {
  const words = exactQuery(random, corpus).toLowerCase().split(' ');
  const long = words.filter((word) => word.length >= MIN_TYPO_WORD_LENGTH);
  const forced = long.length > 0 ? random.pick(long) : null;
  return words
    .map((word) =>
      word === forced || (word.length >= MIN_TYPO_WORD_LENGTH && random.chance(TYPO_SHARE))
        ? misspell(random, word)
        : word,
    )
    .join(' ');
}

function monthYear(meeting: GeneratedMeeting): string {
  const [year, month] = meeting.date.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

function naturalQuestion(random: Random, meeting: GeneratedMeeting): string {
  const [first, second] = meeting.countries;
  const person = random.pick(meeting.attendees);
  const role = meeting.roles[0]?.plural ?? 'ministers';
  const topic = random.pick(meeting.topics);
  const questions = [
    `when did the ${role} of ${first?.name} and ${second?.name} meet`,
    `what did ${person.surname} discuss in ${meeting.city}`,
    `where did ${person.name} hold talks with ${second?.demonym} officials`,
    `who attended the ${meeting.city} ${meeting.kind} on ${topic}`,
    `what was agreed about ${topic} in ${meeting.city}`,
    `did the ${first?.demonym} ${role} meet in ${meeting.city} in ${monthYear(meeting)}`,
  ];
  return random.pick(questions).toLowerCase();
}

function meetingQuery(random: Random, meeting: GeneratedMeeting): string {
  const [first, second] = meeting.countries;
  const role = meeting.roles[0]?.plural ?? 'meeting';
  return random.pick([
    `${meeting.city} ${role}`,
    `${first?.name} ${second?.name} ${meeting.kind} ${monthYear(meeting)}`,
    `${meeting.topics[0]} ${meeting.city}`,
    `${role} ${monthYear(meeting)}`,
  ]);
}

function whoAttendedQuery(random: Random, meeting: GeneratedMeeting): string {
  const role = meeting.roles[0]?.plural ?? 'meeting';
  return random.pick([
    `${meeting.city} ${meeting.kind} ${monthYear(meeting)}`,
    `${role} meeting in ${meeting.city}`,
    `${meeting.countries.map((country) => country.name).join(' ')} ${role}`,
  ]);
}

function autocompleteQuery(random: Random, meeting: GeneratedMeeting): string {
  if (random.chance(EMPTY_AUTOCOMPLETE_SHARE)) return '';
  const typed = random.pick([
    `${meeting.city} ${meeting.roles[0]?.plural ?? ''}`,
    `${meeting.roles[0]?.plural ?? ''} ${meeting.city}`,
    `${meeting.countries[0]?.name ?? ''} ${meeting.kind}`,
  ]);
  return typed
    .slice(0, random.between(AUTOCOMPLETE_PREFIX.min, AUTOCOMPLETE_PREFIX.max))
    .toLowerCase();
}

/** `count` queries of each kind, the same for the same corpus, seed and count. */
export function makeQueries(corpus: GeneratedCorpus, count: number, seed = corpus.seed): QuerySet {
  const random = new Random((seed ^ QUERY_SEED_SALT) >>> 0);
  const draw = (make: (random: Random) => string): string[] => {
    const stream = random.fork();
    return Array.from({ length: count }, () => make(stream));
  };
  const meetingDraw = (make: (random: Random, meeting: GeneratedMeeting) => string) =>
    draw((stream) => make(stream, stream.pick(corpus.meetings)));
  return {
    exact: draw((stream) => exactQuery(stream, corpus)),
    typos: draw((stream) => typoQuery(stream, corpus)),
    natural: meetingDraw(naturalQuestion),
    meeting: meetingDraw(meetingQuery),
    whoAttended: meetingDraw(whoAttendedQuery),
    autocomplete: meetingDraw(autocompleteQuery),
  };
}
