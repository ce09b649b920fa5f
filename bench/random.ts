/**
 * A small seeded pseudo-random generator (mulberry32), so that a seed always yields the same
 * corpus and the same queries on every machine and Node version.
 */

const UINT32_RANGE = 2 ** 32;
const MULBERRY_INCREMENT = 0x6d2b79f5;

export type RandomSource = () => number;

/** mulberry32: 32 bits of state, good enough statistically for test data, and tiny. */
export function mulberry32(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + MULBERRY_INCREMENT) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  };
}

/** Convenience draws over a seeded source. */
export class Random {
  private readonly next: RandomSource;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const taken: T[] = [];
    while (taken.length < count && pool.length > 0) {
      const at = this.int(pool.length);
      taken.push(pool[at] as T);
      pool[at] = pool[pool.length - 1] as T;
      pool.pop();
    }
    return taken;
  }

  /** A new generator derived from this one, so that one stream's length does not shift another. */
  fork(): Random {
    return new Random(this.int(UINT32_RANGE));
  }
}

/**
 * Draws ranks 0…n-1 with probability proportional to 1/(rank+1)^exponent: the few common
 * words appear everywhere, the long tail rarely, as in real text.
 */
export class ZipfSampler<T> {
  private readonly cumulative: number[];

  constructor(
    private readonly items: readonly T[],
    exponent = 1,
  ) {
    let total = 0;
    this.cumulative = items.map((_, rank) => {
      total += 1 / (rank + 1) ** exponent;
      return total;
    });
  }

  draw(random: Random): T {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const target = random.float() * total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] ?? 0) <= target) low = middle + 1;
      else high = middle;
    }
    return this.items[low] as T;
  }
}
