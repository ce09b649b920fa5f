/**
 * The general lexicon the readers of the annotated document stand on: English titles,
 * honorifics, name particles, generational suffixes, function words and the head nouns of
 * named things. Each list is closed-class
 * knowledge of the language and of news style (the kind of list a style guide prints), not
 * words gathered from any set of reports. All entries are lower case, without a final dot.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Honorifics and forms of address: they vouch that a person follows but say nothing of an
 * office ("Mr", "Dr", "Sheikh", "His Highness", "HE" for His/Her Excellency).
 */
export const HONORIFICS = words(`
  mr mrs ms miss mx dr prof professor sir dame lord lady madam madame mme monsieur mister
  sheikh sheikha shaikh sheik sayyid sayed syed hajji haji
  highness excellency majesty eminence holiness
  he hh hrh hm h.e h.h rev reverend hon honourable honorable rt
`);

/** Words that stand before an honorific inside a form of address: "His Royal Highness". */
export const HONORIFIC_MODIFIERS = words(`his her their your royal serene imperial right most`);

/**
 * Nouns that name an office, rank or occupation and head a title placed before or after a
 * name: "Defence Minister", "the Russian leader", "spokesman", "Gen." Ranks and offices of
 * states, parties, courts, armies, churches and newsrooms, as any English news style uses them.
 */
export const TITLE_HEADS = words(`
  president president-elect vice-president premier chancellor minister secretary
  secretary-general undersecretary under-secretary governor mayor senator sen congressman
  congresswoman congressperson representative rep lawmaker legislator mp mep speaker
  chairman chairwoman chairperson chair leader head chief director director-general
  commissioner ambassador envoy emissary diplomat consul attache spokesman spokeswoman
  spokesperson adviser advisor aide counsellor counselor negotiator mediator coordinator
  sherpa delegate official commander commander-in-chief general gen admiral adm marshal
  colonel col major maj captain capt lieutenant lt brigadier brig sergeant sgt cmdr
  king queen prince princess emir amir sultan shah emperor empress tsar czar duke duchess
  monarch ruler regent caliph crown-prince
  pope ayatollah imam patriarch cardinal archbishop bishop rabbi mufti cleric
  judge justice prosecutor attorney attorney-general ombudsman
  founder ceo executive chairman president gov amb pres
  journalist reporter correspondent editor photographer columnist analyst economist
  expert researcher scholar lawyer activist candidate nominee counterpart host
`);

/**
 * Ranks and honorific-like titles that say less than an apposition does: "Admiral X, secretary
 * of the council," is better described by the apposition.
 */
export const RANKS = words(`
  general gen admiral adm marshal colonel col major maj captain capt lieutenant lt
  brigadier brig sergeant sgt cmdr commander
`);

/** Title heads that are also common English words, read as titles only when capitalised. */
export const CAPITALISED_ONLY_HEADS = words(`
  general major captain marshal chair host head chief justice rep sen gen col lt maj capt
  adm brig sgt cmdr gov amb pres executive expert official
`);

/**
 * Words that modify a title head: "Deputy Foreign", "former", "Crown", "national security".
 * They belong to a title only when a head stands after them.
 */
export const TITLE_MODIFIERS = words(`
  deputy vice assistant associate acting interim former ex late outgoing incoming
  caretaker designate elect first second third senior junior chief principal special top
  lead foreign defence defense interior home finance financial treasury economy economic
  trade commerce industry energy oil petroleum mining climate environment health education
  justice culture cultural agriculture transport transportation labour labor tourism
  information communications digital science technology security national intelligence
  military army navy naval air force forces staff cabinet presidential royal crown supreme
  grand state federal prime high permanent general affairs planning development
  international relations cooperation water resources natural housing youth sport sports
  women human rights migration immigration public works emergency emergencies
  infrastructure investment budget fiscal monetary central bank reserve parliamentary party
  opposition regional provincial local government governing ruling majority minority
  house senate two three four both
`);

/**
 * Small words that join the parts of a title: "Minister of Foreign Affairs", "Ambassador to",
 * "Minister for Trade and Industry", "Head of the …".
 */
export const TITLE_JOINERS = words(`of for to and the`);

/**
 * Particles inside names, written in lower case between the given name and the family name:
 * Arabic (bin, bint, ibn, al, el, abu, ould), Romance (da, de, di, do, dos, das, du, del,
 * della, la, le, y), Germanic (van, von, der, den, ter, ten, zu).
 */
export const NAME_PARTICLES = words(`
  bin bint ibn ben al el abu ould ag da de di do dos das du del della dei degli la le y
  van von der den ter ten zu af
`);

/** Particles that open a family name written without its given name: "von der Leyen", "de Gaulle". */
export const LEADING_PARTICLES = words(
  `von van de da di du der den le la ter ten dos das del della`,
);

/** Particles that open a hyphenated family name: "al-Sudani", "el-Sisi", "bin-Ali". */
export const HYPHEN_PARTICLES = words(`al el bin ibn ben abu ould`);

/** Generational and regnal suffixes, part of the name: "Jr.", "Sr.", "II", "III". */
export const NAME_SUFFIXES = words(`jr jnr sr snr`);

/** Roman numerals of two letters or more, as regnal numbers ("Charles III"); "I", "V", "X" are too ambiguous. */
export const REGNAL_NUMBER = /^(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Head nouns of named things that are not people: organisations, buildings, places, events,
 * documents and media ("Security Council", "Metropole Hotel", "Black Sea", "Camp David
 * Accords", "Associated Press"). A name followed by one of these names the thing.
 */
export const THING_HEADS = words(`
  council ministry committee commission organisation organization union party agency forum
  bank fund group office assembly parliament congress court department institute institution
  foundation university college school academy corporation company inc ltd llc airlines
  airways news times post press network channel television tv radio agency service services
  force forces army navy guard guards police movement front alliance coalition initiative
  program programme project summit conference dialogue format process declaration treaty
  accord accords agreement pact plan strategy charter convention act law games cup festival
  award prize
  hotel palace house villa castle tower towers centre center hall museum stadium arena
  airport station embassy consulate residence estate resort gardens garden park square
  street avenue road boulevard bridge building complex cathedral mosque church temple
  shrine monastery memorial cemetery base camp port harbour harbor
  sea ocean river lake mountain mountains valley gulf bay strait peninsula desert island
  islands coast region province county district city republic kingdom emirate emirates
  federation empire caliphate dynasty revolution war crisis pandemic
  statute constitution resolution protocol communique memorandum doctrine
`);

/** Words that open the name of a place or building: "Villa La Grange", "Camp David", "Lake Geneva". */
export const THING_OPENERS = words(`
  villa palazzo palacio palácio palais schloss castillo casa quinta chateau château mount mt
  lake fort camp port cape saint st san santa sao são hotel palace
`);

/** Prepositions of place: a name right after one, with no title, is the place ("in Geneva"). */
export const LOCATIVE_PREPOSITIONS = words(`in near outside inside across throughout within`);

/**
 * Nouns for places that take their name after "of": "the city of X", "the town of X", "the
 * province of X". A name there is the place's.
 */
export const PLACE_NOUNS = words(`
  city town village region province district county island islands capital port
  municipality governorate prefecture oblast territory republic kingdom emirate state
  neighbourhood neighborhood suburb area
`);

/** Months and weekdays: never names ("on May 5" is a date). */
export const CALENDAR_WORDS = words(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

/**
 * Their news abbreviations, dates only when written with a dot or before a number ("Feb. 27",
 * "Sun 4 May"): "Sun" and "Mar" are also parts of names.
 */
export const CALENDAR_ABBREVIATIONS = words(`
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
`);

/**
 * Adverbs that open a sentence before a bare name ("Yesterday Akar said", "Meanwhile Lavrov
 * told"): time and discourse adverbs, a closed class.
 */
export const SENTENCE_ADVERBS = words(`
  yesterday today tonight tomorrow meanwhile later earlier separately also then now still
  however thus instead afterwards afterward elsewhere overall finally again recently
  previously already initially subsequently moreover furthermore additionally likewise
  similarly nevertheless nonetheless besides hence accordingly indeed notably meantime
`);

/**
 * English function words (determiners, pronouns, prepositions, conjunctions, wh-words,
 * auxiliaries): capitalised at the start of a sentence the tagger may call them proper nouns,
 * but they never open a name.
 */
export const FUNCTION_WORDS = words(`
  a an the this that these those some any each every all both either neither no none
  i you he she it we they me him her us them my your his its our their mine yours theirs
  who whom whose which what when where why how whether while whilst if unless until till
  once since because although though as after before during despite about above across
  against along amid among around at by beyond for from in inside into near of off on onto
  out outside over past through throughout to toward towards under unlike upon via with
  within without and but or nor so yet not is are was were be been being am do does did
  has have had will would shall should can could may might must there here
`);

/** Months that are also given names and surnames ("Theresa May", "April Ryan"). */
export const NAME_LIKE_MONTHS = words(`may june april august`);

/**
 * The singular of a title head written in the plural ("Presidents", "spokesmen",
 * "secretaries"), or null when the word is no plural title head.
 */
export function singularTitleHead(word: string): string | null {
  const candidates = [
    word.endsWith('men') ? `${word.slice(0, -3)}man` : null,
    word.endsWith('ies') ? `${word.slice(0, -3)}y` : null,
    word.endsWith('es') ? word.slice(0, -2) : null,
    word.endsWith('s') ? word.slice(0, -1) : null,
  ];
  for (const candidate of candidates) {
    if (candidate && candidate !== word && TITLE_HEADS.has(candidate)) return candidate;
  }
  return null;
}
