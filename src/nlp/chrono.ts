import { createRequire } from 'node:module';

/** The part of chrono-node's English parser the product uses. */
export interface Chrono {
  parse(
    text: string,
    ref?: Date | { instant: Date; timezone: number },
    option?: { forwardDate: boolean },
  ): ChronoResult[];
}

export interface ChronoComponents {
  isCertain(component: 'day' | 'month' | 'year'): boolean;
  get(component: 'day' | 'month' | 'year'): number | null;
}

export interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
  end?: ChronoComponents;
}

let chrono: Chrono | null = null;
/** chrono-node's English parser, loaded on first use: most CLI runs date only a few sentences. */
export function theChrono(): Chrono {
  chrono ??= (createRequire(import.meta.url)('chrono-node/en') as { casual: Chrono }).casual;
  return chrono;
}
