import type { RecordOccurrenceInput } from '@seedbed/core';
import { type ExpressionBuilder, sql, type Transaction } from 'kysely';
import { updateAudited } from '../audited';
import type { TxContext } from '../context';
import type { Database } from '../tables';

/** One date of a planned activity (预告). */
export interface Occurrence {
  plannedActivityId: string;
  /** YYYY-MM-DD in Shanghai. */
  on: string;
}

/**
 * Everything that turns one planned date into its record or its code — reserving the code, the
 * first resident's sign-in, 举办了 — waits here for the others on the same date, so two first scans
 * (or a scan and 举办了 at once) make one record, and the record always takes the reserved code.
 * The unique (planned_activity_id, occurrence_on) index on activities stays the last word.
 */
export async function lockOccurrence(trx: Transaction<Database>, occurrence: Occurrence): Promise<void> {
  const key = `occurrence:${occurrence.plannedActivityId}:${occurrence.on}`;
  await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
}

/** The code reserved for a planned date, if someone asked for it before it was held. */
export async function reservedCodeOf(trx: Transaction<Database>, occurrence: Occurrence): Promise<string | undefined> {
  const row = await trx
    .selectFrom('occurrence_sign_in_codes')
    .select('code')
    .where('planned_activity_id', '=', occurrence.plannedActivityId)
    .where('occurrence_on', '=', occurrence.on)
    .executeTakeFirst();
  return row?.code;
}

/** The record a planned date became, if it was held (the one it was merged into, if merged). */
export async function heldRecordOf(trx: Transaction<Database>, occurrence: Occurrence) {
  return trx
    .selectFrom('activities')
    .select(['sign_in_code', sql<string>`coalesce(merged_into_id, id)`.as('id')])
    .where('planned_activity_id', '=', occurrence.plannedActivityId)
    .where('occurrence_on', '=', occurrence.on)
    .executeTakeFirst();
}

/** Whether a code is free in both places a code may live (migration 0019's triggers are the guarantee). */
export async function isSignInCodeFree(trx: Transaction<Database>, code: string): Promise<boolean> {
  const record = await trx.selectFrom('activities').select('id').where('sign_in_code', '=', code).executeTakeFirst();
  if (record) return false;
  const reserved = await trx
    .selectFrom('occurrence_sign_in_codes')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst();
  return !reserved;
}

/**
 * 举办了 on a date whose record a resident's scan made (no recorder yet, its code reserved): the
 * leader's tap completes that record — it becomes theirs, with the counts and reflection given —
 * rather than making another. Answers its id, or undefined when there is no such record to claim.
 */
export async function claimRecordMadeBySignIn(
  tx: Pick<TxContext, 'db' | 'actor'>,
  occurrence: Occurrence,
  counts: RecordOccurrenceInput,
): Promise<string | undefined> {
  const record = await tx.db
    .selectFrom('activities')
    .select('id')
    .where('planned_activity_id', '=', occurrence.plannedActivityId)
    .where('occurrence_on', '=', occurrence.on)
    .where('merged_into_id', 'is', null)
    .where(madeBySignIn)
    .executeTakeFirst();
  if (!record) return undefined;
  await updateAudited(
    tx,
    'activities',
    record.id,
    {
      recorded_by: tx.actor.userId,
      organizer_count: counts.organizerCount,
      served_count: counts.servedCount,
      reflection: counts.reflection ?? null,
      updated_at: tx.actor.now,
    },
    { action: 'activity.held' },
  );
  return record.id;
}

/** A record a resident's first scan made and nobody has claimed with 举办了 yet. */
export function madeBySignIn(eb: ExpressionBuilder<Database, 'activities'>) {
  return eb.and([
    eb('activities.recorded_by', 'is', null),
    eb.exists(
      eb
        .selectFrom('occurrence_sign_in_codes as reserved')
        .select('reserved.id')
        .whereRef('reserved.code', '=', 'activities.sign_in_code'),
    ),
  ]);
}
