/**
 * English contractions written out, so that their parts read as the words they are: "didn't"
 * and "didnt" → "did not", "can't" → "can not", "what's" → "what is". Without this a search
 * takes "didnt" for a rare word no briefing holds, and a question loses its negation.
 */

/** Auxiliaries whose negative is written "<aux>n't", or "<aux>nt" by people typing fast. */
const NEGATIVE_AUXILIARIES: Readonly<Record<string, string>> = {
  do: 'do',
  does: 'does',
  did: 'did',
  is: 'is',
  are: 'are',
  was: 'was',
  were: 'were',
  has: 'has',
  have: 'have',
  had: 'had',
  could: 'could',
  would: 'would',
  should: 'should',
  might: 'might',
  must: 'must',
  need: 'need',
  ca: 'can',
  wo: 'will',
  sha: 'shall',
  ai: 'is',
};

/** "didn't", "didnt", "can't", "cant", "won't", "wont"; and "cannot". */
const NEGATIVE = new RegExp(`\\b(${Object.keys(NEGATIVE_AUXILIARIES).join('|')})n['’]?t\\b`, 'gi');
const CANNOT = /\b(can)(not)\b/gi;
/** Forms whose apostrophe is required: "we're", "they've", "I'll", "I'm", "you'd". */
const CLITICS: ReadonlyArray<readonly [RegExp, string]> = [
  [/['’]re\b/gi, ' are'],
  [/['’]ve\b/gi, ' have'],
  [/['’]ll\b/gi, ' will'],
  [/\b(i)['’]m\b/gi, '$1 am'],
  [/['’]d\b/gi, ' would'],
];
/** "'s" after a question word or pronoun is "is" ("what's", "who's", "it's"), else a possessive. */
const IS_CLITIC = /\b(what|who|where|when|why|how|which|that|there|here|it|he|she)['’]s\b/gi;

function keepCase(written: string, expanded: string): string {
  return written[0] === written[0]!.toUpperCase()
    ? expanded[0]!.toUpperCase() + expanded.slice(1)
    : expanded;
}

/** The text with every contraction written out; other text unchanged. */
export function expandContractions(text: string): string {
  let expanded = text
    .replace(NEGATIVE, (_, auxiliary: string) => {
      const full = NEGATIVE_AUXILIARIES[auxiliary.toLowerCase()] ?? auxiliary.toLowerCase();
      return `${keepCase(auxiliary, full)} not`;
    })
    .replace(CANNOT, '$1 $2')
    .replace(IS_CLITIC, (_, word: string) => `${word} is`);
  for (const [pattern, replacement] of CLITICS) expanded = expanded.replace(pattern, replacement);
  return expanded;
}
