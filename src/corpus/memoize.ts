/** Memo entries kept before a memo starts afresh: the words of a corpus repeat heavily. */
export const MEMO_LIMIT = 100_000;

/** Remembers a pure string function's answers (bounded, so a long-running bot stays small). */
export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  let memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(key, value);
    }
    return value;
  };
}
