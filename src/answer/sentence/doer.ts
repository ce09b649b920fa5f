import { fold, indexTermOf, tokenize } from '../../search/terms.js';
import type { NameSpan } from './names.js';

/**
 * What a sentence says of who did something, for "who chaired the talks?": a person does it
 * ("Ada Kowal chaired…", "…was chaired by Ada Kowal"), someone or something else does it or
 * nobody is said to ("the signing is expected", "…will be chaired, officials said"), or the
 * sentence does not use the verb at all (it may say it another way).
 */
export type DoerReading = 'person' | 'other' | 'noVerb';

/** Forms of "be" before a participle make it passive: the subject is not the doer. */
const BE: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);
/** Words between the verb and the "by" of its agent ("represented *only* by"). */
const BY_WITHIN = 3;
/** Words between "by" and the agent's name ("by *its foreign minister,* Yvan Gil"). */
const AGENT_WITHIN = 6;
/** Words between the subject's name and its verb (a title or a short apposition between). */
const SUBJECT_WITHIN = 16;
/**
 * Between a name and a verb, a clause ends: the name belongs to another clause ("Lindqvist
 * said the accord would be signed", "Brandt; the talks were chaired…").
 */
const CLAUSE_BREAK =
  /[;:"“”]|\b(?:said|says|told|tells|that|and then|but|while|whereas|after|before|when|because)\b/i;

/** Whether the agent after a passive verb is one of the persons: "signed by Ada Kowal". */
function agentIsPerson(
  sentence: string,
  tokens: ReturnType<typeof tokenize>,
  at: number,
  persons: readonly NameSpan[],
): boolean {
  for (let by = at + 1; by <= at + 1 + BY_WITHIN && by < tokens.length; by++) {
    if (tokens[by]!.word !== 'by') continue;
    const last = tokens[Math.min(by + AGENT_WITHIN, tokens.length - 1)]!;
    return persons.some(
      (person) =>
        person.start >= tokens[by]!.end &&
        person.start <= last.start &&
        !CLAUSE_BREAK.test(sentence.slice(tokens[by]!.end, person.start)),
    );
  }
  return false;
}

/** Whether one of the persons is the subject of the active verb: "Ada Kowal, the mayor, chaired". */
function subjectIsPerson(
  sentence: string,
  tokens: ReturnType<typeof tokenize>,
  at: number,
  persons: readonly NameSpan[],
): boolean {
  const verbStart = tokens[at]!.start;
  const earliest = tokens[Math.max(0, at - SUBJECT_WITHIN)]!.start;
  const before = persons.filter((person) => person.end <= verbStart && person.start >= earliest);
  const nearest = before.at(-1);
  return nearest !== undefined && !CLAUSE_BREAK.test(sentence.slice(nearest.end, verbStart));
}

/**
 * Who does what a verb says in a sentence, among the persons found in it: the question's verb
 * is matched in any inflection ("chaired", "chairs", "chairing" for "chair").
 */
export function doerIn(sentence: string, verb: string, persons: readonly NameSpan[]): DoerReading {
  const term = indexTermOf(fold(verb));
  const tokens = tokenize(sentence, true);
  let used = false;
  for (const [at, token] of tokens.entries()) {
    if (token.term !== term) continue;
    used = true;
    if (agentIsPerson(sentence, tokens, at, persons)) return 'person';
    const passive = [tokens[at - 1], tokens[at - 2]].some((t) => t && BE.has(t.word));
    if (!passive && subjectIsPerson(sentence, tokens, at, persons)) return 'person';
  }
  return used ? 'other' : 'noVerb';
}
