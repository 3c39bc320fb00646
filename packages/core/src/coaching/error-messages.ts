import type { ErrorMessages } from '../shared/error-messages';

/** Coaching sessions (辅导), cultivation plans and the staff workload view: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const coachingErrorMessages = {} as const satisfies ErrorMessages;
