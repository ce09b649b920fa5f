import { fold } from '../corpus/fold.js';
import { memoize } from '../corpus/memoize.js';

export { fold };

/**
 * A key under which spelling variants of one name meet: Sergey/Sergei, Sousan/Susan,
 * Zelensky/Zelenskiy/Zelenskyy, Akçapar/Akcapar.
 */
export const nameKey = memoize(nameKeyOf);

function nameKeyOf(name: string): string {
  return fold(name)
    .replace(/-/g, ' ')
    .replace(/[^a-z ]/g, '')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/(.)\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "defence-ministers" style slug. */
export function slug(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
