import { defineConfig } from 'vitest/config';
import base, { SOAK_TESTS } from './vitest.config.js';

/** `npm run test:soak`: only the long soaks that `npm test` leaves out. */
export default defineConfig({
  ...base,
  test: { ...base.test, include: [SOAK_TESTS], exclude: [] },
});
