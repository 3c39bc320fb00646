import type { PersonExportHook } from '../people';

/** Accounts' part of a person's export: their account (never its password) and invites made for them. */
export const exportAccountRecords: PersonExportHook = async ({ db }, person) => {
  const [accounts, invites] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'username', 'display_name as displayName', 'phone', 'role', 'created_at as createdAt'])
      .where('person_id', '=', person.id)
      .execute(),
    db
      .selectFrom('invites')
      .select(['id', 'display_name as displayName', 'role', 'expires_at as expiresAt', 'used_at as usedAt'])
      .where('person_id', '=', person.id)
      .execute(),
  ]);
  return { accounts, invites };
};
