import { NON_PARTICIPANT_ROLE } from './roles.js';

/** Full names by folded name token, for mentions by surname ("Akar") of someone named before. */
export type KnownNames = (token: string) => string | null;

/** Whether a title is one of those who speak about meetings rather than take part. */
export const speaksOnly = (role: string | null): boolean =>
  role !== null && NON_PARTICIPANT_ROLE.test(role);
