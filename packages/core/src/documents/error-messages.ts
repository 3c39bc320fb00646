import type { ErrorMessages } from '../shared/error-messages';

/** Printable documents: the sign-in sheet, the activity record sheet and certificates (PDF): errors a user can meet (merged into the catalogue in ../errors.ts). */
export const documentErrorMessages = {} as const satisfies ErrorMessages;
