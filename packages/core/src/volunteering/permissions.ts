import type { Role } from '../accounts/roles';

/** Volunteer service hours (志愿服务时长) and numbered certificates: what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const volunteeringPermissions = {} as const satisfies Record<string, readonly Role[]>;
