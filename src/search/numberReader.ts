/** Reads stored unsigned numbers in order; reading past the end is damage, not a zero. */
export class NumberReader {
  protected readonly numbers: Uint32Array;
  protected at = 0;
  readonly #tooShort: () => Error;

  /** `tooShort` makes the error thrown when the numbers run out. */
  constructor(
    numbers: Uint32Array,
    tooShort: () => Error = () => new Error('the numbers end too soon'),
  ) {
    this.numbers = numbers;
    this.#tooShort = tooShort;
  }

  /** Whether every number has been read. */
  get done(): boolean {
    return this.at === this.numbers.length;
  }

  next(): number {
    if (this.at >= this.numbers.length) throw this.#tooShort();
    return this.numbers[this.at++]!;
  }
}
