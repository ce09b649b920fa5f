import { createRequire } from 'node:module';

/** The part of chrono-node's English parser the product uses. */
export interface Chrono {
  parse(
    text: string,
    ref?: Date | { instant: Date; timezone: number },
    option?: { forwardDate: boolean },
  ): ChronoResult[];
}

/** The calendar components chrono reports, each either read from the text or implied. */
export type ChronoComponent = 'day' | 'month' | 'year' | 'weekday';

export interface ChronoComponents {
  isCertain(component: ChronoComponent): boolean;
  get(component: ChronoComponent): number | null;
}

export interface ChronoResult {
  index: number;
  text: string;
  start: ChronoComponents;
  end?: ChronoComponents;
  /** The parsers and refiners that made the result ("parser/ENMonthNameParser", …). */
  tags?(): Set<string>;
}

let chrono: Chrono | null = null;
/** chrono-node's English parser, loaded on first use: most CLI runs date only a few sentences. */
export function theChrono(): Chrono {
  chrono ??= (createRequire(import.meta.url)('chrono-node/en') as { casual: Chrono }).casual;
  return chrono;
}
