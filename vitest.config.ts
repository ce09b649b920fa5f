import { configDefaults, defineConfig } from 'vitest/config';

/** Long soaks, left out of `npm test` and run by `npm run test:soak` (and by CI). */
export const SOAK_TESTS = 'tests/soak/**/*.test.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, SOAK_TESTS],
    globalSetup: ['tests/support/buildOnce.ts'],
    // Timeouts catch a test that hangs, not one that is slow: a busy two-core machine runs the
    // suite several times slower, and speed is measured by `npm run bench`, never here. The
    // tests' own waits stretch with the machine (tests/support/machine.ts) up to 8 times.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
