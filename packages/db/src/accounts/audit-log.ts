import { type AuditLogEntry, ok, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * The audit trail of one record, newest first (at most 200 entries). Shown only for records the
 * caller can see: an organization through the caller's scope (403/404 otherwise); users and
 * invites have no scope of their own, so who may read theirs is the route's permission.
 */
export async function listAuditFor(
  call: Pick<StoreContext, 'db' | 'scope'>,
  tableName: 'organizations' | 'users' | 'invites',
  recordId: string,
): Promise<Result<{ items: AuditLogEntry[] }>> {
  if (tableName === 'organizations') {
    const visible = await findInScope(call, 'organizations', recordId);
    if (!visible.ok) return visible;
  }
  const rows = await call.db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.table_name',
      'audit_log.record_id',
      'audit_log.before',
      'audit_log.after',
      'users.display_name as actor_name',
    ])
    .where('audit_log.table_name', '=', tableName)
    .where('audit_log.record_id', '=', recordId)
    .orderBy('audit_log.at', 'desc')
    .limit(200)
    .execute();
  return ok({
    items: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorName: row.actor_name,
      action: row.action,
      tableName: row.table_name,
      recordId: row.record_id,
      before: row.before ?? null,
      after: row.after ?? null,
    })),
  });
}
