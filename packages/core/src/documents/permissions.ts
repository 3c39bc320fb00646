import type { Role } from '../accounts/roles';

/** Printable documents: the sign-in sheet, the activity record sheet and certificates (PDF): what each role may do, inside its scope (accounts/permissions.ts gathers these). */
export const documentPermissions = {} as const satisfies Record<string, readonly Role[]>;
