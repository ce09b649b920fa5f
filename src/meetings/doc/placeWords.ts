/**
 * The general English the place reader needs: the words that introduce a place, the nouns
 * that name a building or a town, the events a place can modify. Linguistics of any news
 * report, not names: the names themselves come from the gazetteers (src/meetings/places/).
 */

/** Prepositions that put something in a place: "met in", "flew into", "talks near". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'into',
  'at',
  'to',
  'from',
  'near',
  'outside',
]);

/**
 * Nouns that head the name of a building or site: "Metropole Hotel", "Naval Base Point Loma",
 * "Elysee Palace", "NATO headquarters", "an Ottoman palace". Written in lower case; they count
 * in either case.
 */
export const VENUE_HEADS: ReadonlySet<string> = new Set([
  'hotel',
  'palace',
  'house',
  'guesthouse',
  'villa',
  'centre',
  'center',
  'hall',
  'estate',
  'base',
  'airbase',
  'headquarters',
  'building',
  'castle',
  'chateau',
  'château',
  'residence',
  'mansion',
  'lodge',
  'camp',
  'fort',
  'airport',
  'embassy',
  'consulate',
  'ministry',
  'museum',
  'library',
  'pavilion',
  'complex',
  'stadium',
  'arena',
  'theatre',
  'theater',
  'auditorium',
  'gardens',
  'park',
  'tower',
  'cathedral',
  'church',
  'mosque',
  'temple',
  'monastery',
  'abbey',
  'university',
  'college',
  'academy',
  'office',
  'compound',
  'retreat',
  'club',
  'chamber',
  'parliament',
  'capitol',
  'plaza',
  'palais',
  'schloss',
  'kremlin',
]);

/**
 * Venue words that also start a name, before it: "Villa La Grange", "Camp David", "Hotel
 * Metropole". Other venue words head a name only after its first word (a Korean surname "Park"
 * or a "House Speaker" is not a venue).
 */
export const LEADING_VENUE_WORDS: ReadonlySet<string> = new Set([
  'villa',
  'hotel',
  'camp',
  'fort',
  'palace',
  'palais',
  'chateau',
  'château',
  'castle',
  'schloss',
]);

/** Nouns of an event that a place names: "the Hanoi summit", "the Geneva talks". */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'summit',
  'talk',
  'talks',
  'meeting',
  'conference',
  'negotiation',
  'negotiations',
  'forum',
  'gathering',
  'session',
  'round',
  'ceremony',
  'dialogue',
  'visit',
  'consultation',
  'consultations',
  'assembly',
  'congress',
  'process',
  'format',
]);

/** Nouns that name a town in "the resort of X", "the city of X", "the outskirts of X". */
export const TOWN_NOUNS: ReadonlySet<string> = new Set([
  'resort',
  'city',
  'town',
  'village',
  'port',
  'capital',
  'outskirts',
  'suburb',
  'suburbs',
  'municipality',
  'enclave',
]);

/** Parts of a place a possessive place may have: "in Istanbul's old city", "Moscow's outskirts". */
export const LOCALITY_NOUNS: ReadonlySet<string> = new Set([
  'district',
  'province',
  'region',
  'outskirts',
  'suburb',
  'suburbs',
  'centre',
  'center',
  'downtown',
  'quarter',
  'neighbourhood',
  'neighborhood',
  'area',
  'coast',
  'port',
  'city',
  'old',
  'historic',
]);

/** Lower-case words inside place names: "Sharm el-Sheikh", "Rio de Janeiro", "Palace of Peace". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'des',
  'la',
  'le',
  'les',
  'el',
  'al',
  'bin',
  'ibn',
  'van',
  'von',
  'der',
  'den',
  'upon',
  'sur',
  'of',
]);

/** Words of time that are capitalised like places: "in March", "on Sunday". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/**
 * Words of natural features: "Lake Geneva", "the Red Sea", "Mount Fuji". A name with one is a
 * feature, not the town the city list may also hold under that name.
 */
export const FEATURE_WORDS: ReadonlySet<string> = new Set([
  'lake',
  'sea',
  'river',
  'gulf',
  'bay',
  'ocean',
  'strait',
  'straits',
  'mount',
  'mountain',
  'mountains',
  'valley',
  'desert',
  'peninsula',
  'canal',
  'channel',
]);

/** Continents and world regions: places, but neither a city nor a country. */
export const CONTINENTS: ReadonlySet<string> = new Set([
  'africa',
  'asia',
  'europe',
  'america',
  'americas',
  'oceania',
  'antarctica',
  'eurasia',
]);

/**
 * Words before "to" that make it a phrase of their own, not a place: "according to Kirby",
 * "thanks to", "in addition to".
 */
export const NOT_PLACE_BEFORE_TO: ReadonlySet<string> = new Set([
  'according',
  'due',
  'thanks',
  'owing',
  'prior',
  'addition',
  'compared',
  'similar',
  'close',
  'up',
]);

/**
 * Verbs whose "to" names the one spoken or given to, not a place: "said to Ivanov", "wrote to
 * the minister", "handed to Petrova".
 */
export const RECIPIENT_VERBS: ReadonlySet<string> = new Set([
  'say',
  'speak',
  'talk',
  'write',
  'explain',
  'reply',
  'respond',
  'listen',
  'give',
  'hand',
  'offer',
  'pledge',
  'propose',
  'report',
  'complain',
  'apologise',
  'apologize',
  'announce',
  'introduce',
  'appeal',
  'turn',
  'belong',
  'object',
  'happen',
]);
