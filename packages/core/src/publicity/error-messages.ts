import type { ErrorMessages } from '../shared/error-messages';

/** Publicity drafts (活动信息稿), share pages, posters and the feed across organizations: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const publicityErrorMessages = {} as const satisfies ErrorMessages;
