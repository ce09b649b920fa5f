import { configDefaults, defineConfig } from 'vitest/config';

/** Long soaks, left out of `npm test` and run by `npm run test:soak` (and by CI). */
export const SOAK_TESTS = 'tests/soak/**/*.test.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, SOAK_TESTS],
    globalSetup: ['tests/support/buildOnce.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
