import type { Role } from '../accounts/roles';

/** Activities: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const activityPermissions = {} as const satisfies Record<string, readonly Role[]>;
