import type { Timestamp } from '../column-types';

/** A one-time password reset (migration 0017); the code itself is never stored, only its hash. */
export interface PasswordResetsTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
}

export interface PasswordResetTables {
  password_resets: PasswordResetsTable;
}

/** After `users`, in tablesInDependencyOrder. */
export const passwordResetTablesAfterFoundation = ['password_resets'] as const;
