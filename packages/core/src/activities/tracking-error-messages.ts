import type { ErrorMessages } from '../shared/error-messages';

/** Staff tracking logs (追踪日志) and merging: errors a user can meet (merged in ../errors.ts). */
export const trackingErrorMessages = {} as const satisfies ErrorMessages;
