import type { Role } from '../accounts/roles';

/** Staff tracking logs (追踪日志) and merging two records of one activity: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const trackingPermissions = {} as const satisfies Record<string, readonly Role[]>;
