import { PatientLimit } from './machine.js';

/**
 * Resolves once `condition` holds, checking every `everyMs`; rejects once `timeoutMs` (enough
 * on an idle machine) stretched by the machine's slowdown has passed.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  everyMs = 20,
): Promise<void> {
  const limit = new PatientLimit(timeoutMs);
  while (!(await condition())) {
    if (limit.expired) throw new Error(`condition not met within ${limit.describe()}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
