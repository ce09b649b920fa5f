/** What a question asks for, from its wording: it decides which passages can answer it. */
export type QuestionKind = 'when' | 'who' | 'where' | 'howMany' | 'why' | 'said' | 'other';

const KIND_PATTERNS: ReadonlyArray<readonly [QuestionKind, RegExp]> = [
  ['when', /\b(when|what (date|day|time|year|month)|how soon|how long ago|until when)\b/i],
  ['howMany', /\bhow (many|much)\b/i],
  [
    'who',
    /\b(who|whom|whose)\b|\bwhich (leaders?|ministers?|officials?|people|persons?|countries)\b/i,
  ],
  ['where', /\bwhere\b|\bwhat (city|place|venue|country)\b/i],
  ['said', /\bwhat did .+\b(say|tell|announce|declare|claim|warn|promise|stress)\b/i],
  ['why', /\bwhy\b|\bwhat (was|is) the reason\b|\bfor what reason\b/i],
];

export function questionKind(question: string): QuestionKind {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(question)) return kind;
  return 'other';
}

const MONTH =
  'jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?';
const WEEKDAY = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const HAS_DATE = new RegExp(
  `\\b(${MONTH}|${WEEKDAY}|(19|20)\\d\\d|today|yesterday|tomorrow|` +
    '(next|last|this|earlier this|later this) (week|month|year)|within \\w+ (days|weeks|months)|' +
    '(first|second) half|(early|mid|late)[ -]\\w+)\\b',
  'i',
);
/** Two capitalised words in a row after the first word: a name ("… Foreign Minister Hakan Fidan"). */
const HAS_NAME = /\s\p{Lu}[\p{Ll}'’-]+\s(?:\p{Lu}\.?\s)?\p{Lu}[\p{Ll}'’-]+/u;
const CALENDAR_WORD = new RegExp(`^(${MONTH}|${WEEKDAY})$`, 'i');
const PLACE_AFTER_PREPOSITION = /\b(?:in|at|to|from|near|outside)\s(?:the\s)?(\p{Lu}\p{Ll}+)/gu;
/** "in Moscow", "at the Filoli estate" — but not "in June" or "on Monday". */
const hasPlace = (text: string): boolean =>
  [...text.matchAll(PLACE_AFTER_PREPOSITION)].some((match) => !CALENDAR_WORD.test(match[1]!));
const HAS_REASON =
  /\b(because|due to|owing to|citing|cited|as a result|in order to|so that|reasons?|since|amid|given that|arguing|saying)\b/i;
const HAS_SPEECH =
  /\b(said|says|told|tells|stated|added|declared|announced|warned|argued|stressed|insisted|claimed|noted|promised|called for|according to)\b/i;
const HAS_NUMBER =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?)\b/i;

/** Whether a passage contains the kind of thing the question asks for. */
export function suitsKind(text: string, kind: QuestionKind): boolean {
  switch (kind) {
    case 'when':
      return HAS_DATE.test(text);
    case 'who':
      return HAS_NAME.test(text);
    case 'where':
      return hasPlace(text);
    case 'howMany':
      return HAS_NUMBER.test(text);
    case 'why':
      return HAS_REASON.test(text);
    case 'said':
      return HAS_SPEECH.test(text);
    case 'other':
      return false;
  }
}
