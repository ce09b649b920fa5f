import { fold, STOP_WORDS } from '../../search/terms.js';

/**
 * Frequent function words of other languages the team may write in (Spanish, French,
 * German, Italian, Portuguese, Dutch, Turkish), folded — only those that are not also English
 * words ("die", "was", "come", "son" are left out). Closed-class words, like the English stop
 * words: general knowledge of the languages.
 */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  // Spanish
  (
    'que quien quienes cuando donde cual cuales cuantos cuantas los las del fue fueron una ' +
    'esta estan sus por porque tambien entre sobre hasta desde ' +
    // French
    'qui quand ou pourquoi comment quel quelle quels quelles est sont les des du une avec ' +
    'pour dans sur ete ont aux cette ces leur qu ' +
    // German
    'wer wann wo warum wie welche welcher welches ist sind waren der das und mit fur von ' +
    'dem ein eine einen haben wurde wurden nicht auch ' +
    // Italian
    'chi dove perche quale quali sono della delle degli nel nella gli stato stata ' +
    // Portuguese
    'quem onde qual foram sao dos das uma nao ao pelo pela ' +
    // Dutch
    'wanneer waar waarom hoe welke het een zijn werd voor naar ' +
    // Turkish
    'kim nerede neden nasil hangi ile icin ve mi mu bir'
  ).split(' '),
);

/**
 * Particles that also stand inside names ("da Silva", "de Gaulle", "El Sisi"): counted only
 * when written in lower case.
 */
const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(
  'la el le de di da del em al alla ha il lo'.split(' '),
);

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
const WORD = /[\p{L}']+/gu;

/**
 * Whether a question is written in English, the language of the briefings and of the
 * search's stemmer: mostly Latin letters, and some English function word or none of another
 * language's. A bare list of names and topics ("Erdogan Putin Sochi") reads as English.
 */
export function readsAsEnglish(question: string): boolean {
  const letters = question.match(LETTER)?.length ?? 0;
  const latin = question.match(LATIN)?.length ?? 0;
  if (letters > 0 && latin / letters < 0.5) return false;
  const written = question.match(WORD) ?? [];
  const words = written.map((word) => fold(word).replace(/'/g, ''));
  // Short English words ("a", "in", "an") are words of other languages too.
  const english = words.filter(
    (word) => word.length >= 3 && STOP_WORDS.has(word) && !FOREIGN_FUNCTION_WORDS.has(word),
  ).length;
  const foreign =
    words.filter((word) => FOREIGN_FUNCTION_WORDS.has(word)).length +
    written.filter((word) => FOREIGN_PARTICLES.has(word)).length;
  return !(foreign >= 2 && foreign > english);
}
