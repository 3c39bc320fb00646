import type { Db } from '../connection';

/** The audit trail of one record, newest first. */
export async function listAuditFor(db: Db, tableName: string, recordId: string) {
  return db
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
}
