/**
 * The general words the meeting extraction reads events by, in one place. Every list is
 * English grammar or the ordinary vocabulary of reporting on meetings (the verbs a dictionary
 * groups under "meet", "attend", "host", "cancel"), never words taken from particular reports.
 * Verbs are listed by their base form (wink-nlp's lemma); nouns by their singular.
 */

/** What a meeting verb says its subject did. */
export type EventVerbClass =
  /** Met someone, or met together: "met", "held talks", "sat down with", "negotiated". */
  | 'meet'
  /** Took part in a gathering: "attended", "joined", "took part", "participated". */
  | 'attend'
  /** Received others: "hosted", "received", "welcomed", "chaired", "opened", "led". */
  | 'host'
  /** Went to someone's country or city: "visited". */
  | 'visit'
  /** Signed an agreement at the meeting. */
  | 'sign'
  /** Spoke to the gathering: "addressed". */
  | 'address'
  /** Stayed away: "skipped", "boycotted", "missed", "declined". */
  | 'absent'
  /** Sent someone in one's place: the one sent attends. */
  | 'send'
  /** Put the meeting off: "postponed", "delayed", "put off". */
  | 'postpone'
  /** Called it off: "cancelled", "called off", "scrapped". */
  | 'cancel'
  /** Planned it: "scheduled", "announced", "planned" — the meeting is still to come. */
  | 'plan';

/** Classes of meeting verbs whose doer took part: not those that only say what became of it. */
export const DOER_TAKES_PART: ReadonlySet<EventVerbClass> = new Set<EventVerbClass>([
  'meet',
  'attend',
  'host',
  'visit',
  'sign',
  'address',
  'absent',
]);

/** Meeting verbs by base form. Multi-word verbs are keyed by their verb and particle. */
export const EVENT_VERBS: ReadonlyMap<string, EventVerbClass> = new Map<string, EventVerbClass>([
  // Meeting one another.
  ['meet', 'meet'],
  ['negotiate', 'meet'],
  ['confer', 'meet'],
  ['gather', 'meet'],
  ['convene', 'meet'],
  ['assemble', 'meet'],
  ['sit down', 'meet'],
  ['sit', 'meet'],
  ['huddle', 'meet'],
  ['hug', 'meet'],
  // "told his counterparts": only with the counterparts spoken to.
  ['tell', 'meet'],
  ['embrace', 'meet'],
  ['shake', 'meet'],
  // Taking part.
  ['attend', 'attend'],
  ['join', 'attend'],
  ['participate', 'attend'],
  ['take part', 'attend'],
  ['accompany', 'attend'],
  ['flank', 'attend'],
  // "the delegation included …", "a team comprising …": with a delegation word only.
  ['include', 'attend'],
  ['comprise', 'attend'],
  ['represent', 'attend'],
  ['arrive', 'attend'],
  ['land', 'attend'],
  ['fly in', 'attend'],
  ['come', 'attend'],
  // Receiving others, running the meeting.
  ['host', 'host'],
  ['receive', 'host'],
  ['welcome', 'host'],
  ['greet', 'host'],
  ['chair', 'host'],
  ['preside', 'host'],
  ['open', 'host'],
  ['lead', 'host'],
  ['head', 'host'],
  ['co-chair', 'host'],
  ['moderate', 'host'],
  ['witness', 'host'],
  ['visit', 'visit'],
  ['sign', 'sign'],
  ['ink', 'sign'],
  ['initial', 'sign'],
  ['address', 'address'],
  // Staying away.
  ['skip', 'absent'],
  ['miss', 'absent'],
  ['boycott', 'absent'],
  ['snub', 'absent'],
  ['shun', 'absent'],
  ['decline', 'absent'],
  ['stay away', 'absent'],
  ['pull out', 'absent'],
  ['withdraw', 'absent'],
  ['send', 'send'],
  // What happened to the meeting itself.
  ['postpone', 'postpone'],
  ['delay', 'postpone'],
  ['defer', 'postpone'],
  ['put off', 'postpone'],
  ['push back', 'postpone'],
  ['reschedule', 'postpone'],
  ['cancel', 'cancel'],
  ['call off', 'cancel'],
  ['scrap', 'cancel'],
  ['abandon', 'cancel'],
  ['scrub', 'cancel'],
  ['schedule', 'plan'],
  ['plan', 'plan'],
  ['announce', 'plan'],
  ['set', 'plan'],
]);

/** Particles that make a multi-word verb of the verb before them: "sit down", "call off". */
export const VERB_PARTICLES: ReadonlySet<string> = new Set([
  'down',
  'off',
  'away',
  'out',
  'part',
  'in',
  'back',
]);

/** What kind of gathering a noun names. */
export type EventNounKind =
  | 'summit'
  | 'talks'
  | 'meeting'
  | 'visit'
  | 'conference'
  | 'round'
  | 'session'
  | 'ceremony'
  | 'call';

/**
 * Nouns that name a meeting. "call" (a telephone or video call) is read so that it can be
 * told apart: a phone call is not a meeting.
 */
export const EVENT_NOUNS: ReadonlyMap<string, EventNounKind> = new Map<string, EventNounKind>([
  ['summit', 'summit'],
  ['talk', 'talks'],
  ['talks', 'talks'],
  ['negotiation', 'talks'],
  ['negotiations', 'talks'],
  ['consultation', 'talks'],
  ['consultations', 'talks'],
  ['dialogue', 'talks'],
  ['meeting', 'meeting'],
  ['meetings', 'meeting'],
  ['encounter', 'meeting'],
  ['gathering', 'meeting'],
  ['bilateral', 'meeting'],
  ['tête-à-tête', 'meeting'],
  ['retreat', 'meeting'],
  ['dinner', 'meeting'],
  ['visit', 'visit'],
  ['trip', 'visit'],
  ['tour', 'visit'],
  ['conference', 'conference'],
  ['forum', 'conference'],
  ['round', 'round'],
  ['session', 'session'],
  ['plenary', 'session'],
  ['ceremony', 'ceremony'],
  ['signing', 'ceremony'],
  ['call', 'call'],
  ['phone', 'call'],
  ['telephone', 'call'],
  ['videoconference', 'call'],
]);

/** Words before "call" or "conversation" that make it remote, not a meeting. */
export const REMOTE_WORDS: ReadonlySet<string> = new Set([
  'phone',
  'telephone',
  'video',
  'virtual',
  'online',
  'telephonic',
]);

/**
 * Verbs of saying: their subject is quoted, not shown taking part. The standard reporting
 * verbs of news English.
 */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'state',
  'add',
  'note',
  'warn',
  'write',
  'tweet',
  'post',
  'comment',
  'insist',
  'stress',
  'claim',
  'argue',
  'explain',
  'report',
  'confirm',
  'deny',
  'reply',
  'respond',
  'declare',
  'remark',
  'quote',
  'brief',
  'predict',
  'indicate',
  'suggest',
  'signal',
  'describe',
]);

/** Words that mark a meeting other than the one being reported: earlier, later, first since. */
export const OTHER_MEETING_MARKERS: ReadonlySet<string> = new Set([
  'previous',
  'previously',
  'last',
  'earlier',
  'former',
  'prior',
  'past',
  'first',
  'next',
  'upcoming',
  'following',
  'future',
  'another',
  'second',
  'third',
  'subsequent',
]);

/** "on the sidelines of", "on the margins of": the gathering is the setting of another meeting. */
export const SETTING_WORDS: ReadonlySet<string> = new Set([
  'sidelines',
  'sideline',
  'margins',
  'margin',
  'fringes',
  'fringe',
]);

/**
 * Words of modality and intention that put an event ahead of the report: "will", "is to",
 * "expected to", "due to", "scheduled to".
 */
export const FUTURE_WORDS: ReadonlySet<string> = new Set([
  'will',
  'shall',
  "'ll",
  'to',
  'expected',
  'due',
  'scheduled',
  'set',
  'planned',
  'plans',
  'planning',
  'would',
  'going',
  'upcoming',
  'intends',
  'hopes',
]);

/** Determiners and pronouns that point back to a meeting already named: "the talks", "their meeting". */
export const DEFINITE_WORDS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'their',
  'his',
  'her',
  'its',
  'our',
  "today's",
  "monday's",
  "tuesday's",
  "wednesday's",
  "thursday's",
  "friday's",
  "saturday's",
  "sunday's",
]);

/** Words before a meeting noun that make it something else: a "news conference" is no meeting. */
export const NOT_MEETING_MODIFIERS: ReadonlySet<string> = new Set(['news', 'press']);

/** Verbs of arriving: the day someone arrives is before, not of, the meeting. */
export const ARRIVAL_VERBS: ReadonlySet<string> = new Set(['arrive', 'land', 'fly in', 'come']);

/** Number words for the length of a gathering: "a three-day summit". */
export const LENGTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
]);

/** Words before a plural meeting noun that speak of meetings in general: "such meetings". */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  'such',
  'these',
  'those',
  'regular',
  'future',
  'further',
  'more',
  'periodic',
  'similar',
]);

/** Verbs whose meeting sense needs a meeting word or a delegation nearby ("led the delegation"). */
export const WEAK_VERBS: ReadonlySet<string> = new Set([
  'lead',
  'head',
  'open',
  'set',
  'arrive',
  'land',
  'fly in',
  'come',
  'sit',
  'shake',
  'hug',
  'embrace',
  'witness',
  'represent',
  'accompany',
  'gather',
  'announce',
  'plan',
  'miss',
  'send',
  'withdraw',
  // "pulled out of the deal": leaving an agreement, a meeting only when one is named.
  'pull out',
  'decline',
  'receive',
  'welcome',
  'greet',
  'address',
  'flank',
  'include',
  'comprise',
]);

/** Words that make a weak verb a meeting verb when they stand in its clause. */
export const DELEGATION_WORDS =
  /^(?:delegations?|team|side|sides|counterparts?|leaders|heads|guests?|table|talks?)$/i;
/** Greeting on arrival is not taking part: "received at the airport", "welcomed on arrival". */
export const ARRIVAL_WORDS = /^(?:airport|tarmac|arrival|airbase|runway|steps)$/i;
