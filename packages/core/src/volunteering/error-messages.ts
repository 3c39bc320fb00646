import type { ErrorMessages } from '../shared/error-messages';

/** Volunteer service hours (志愿服务时长) and numbered certificates: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const volunteeringErrorMessages = {} as const satisfies ErrorMessages;
