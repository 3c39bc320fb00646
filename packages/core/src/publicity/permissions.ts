import type { Role } from '../accounts/roles';

/** Publicity drafts (活动信息稿), share pages, posters and the feed across organizations: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const publicityPermissions = {} as const satisfies Record<string, readonly Role[]>;
