import type { Role } from '../accounts/roles';

/** Coaching sessions (辅导), cultivation plans and the staff workload view: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const coachingPermissions = {} as const satisfies Record<string, readonly Role[]>;
