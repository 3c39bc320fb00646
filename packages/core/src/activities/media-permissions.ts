import type { Role } from '../accounts/roles';

/** Photos, the video clip and sheet photos of activities: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const mediaPermissions = {} as const satisfies Record<string, readonly Role[]>;
