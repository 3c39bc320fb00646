import type { Transaction } from 'kysely';
import type { Database } from './tables';

/** Who is writing, and when: every store write takes one and leaves an audit row. */
export interface Actor {
  userId: string | null;
  now: Date;
  /** Shown where a record says who made it (a stakeholder's "made by"); absent for system writes. */
  displayName?: string;
}

export interface AuditEntry {
  action: string;
  tableName: keyof Database;
  recordId: string;
  streetId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records who changed which record, when, from what to what — in the same transaction as the write. */
export async function recordAudit(trx: Transaction<Database>, actor: Actor, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      street_id: entry.streetId,
      at: actor.now,
      actor_user_id: actor.userId,
      action: entry.action,
      table_name: entry.tableName,
      record_id: entry.recordId,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
    })
    .execute();
}

/** bigint (money in fen) has no JSON form of its own; it is kept exact as a string. */
function toJson(value: unknown): string {
  return JSON.stringify(withoutSecrets(value), (_, v) => (typeof v === 'bigint' ? v.toString() : v));
}

/** Password hashes and session secrets never go into the audit trail. */
function withoutSecrets(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of ['password_hash', 'code_hash', 'csrf_token']) if (key in copy) copy[key] = '[redacted]';
  return copy;
}
