/** Memo tables stay below this size; words of a corpus repeat, so a small table serves most calls. */
const MEMO_LIMIT = 100_000;

function memoized(compute: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      value = compute(text);
      memo.set(text, value);
    }
    return value;
  };
}

const PLAIN = /^[\x20-\x26\x28-\x7e]*$/;
const foldMemo = memoized(foldText);

/** Lower case without diacritics: "Türkiye" → "turkiye", "Çavuşoğlu" → "cavusoglu". */
export const fold = (text: string): string =>
  PLAIN.test(text) ? text.toLowerCase() : foldMemo(text);

function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʼ]/g, "'").toLowerCase();
}

/**
 * A key under which spelling variants of one name meet: Sergey/Sergei, Sousan/Susan,
 * Zelensky/Zelenskiy/Zelenskyy, Akçapar/Akcapar.
 */
export const nameKey = memoized(nameKeyOf);

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
