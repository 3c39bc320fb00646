import {
  defaultMeetingTypes,
  fail,
  type MajorityRule,
  type MeetingType,
  type MeetingTypeInput,
  ok,
  type Result,
} from '@seedbed/core';
import { sql } from 'kysely';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';

/**
 * Meeting types: core's eight defaults (fixed ids, named by the reader's catalogue) and the types
 * staff add (rows). A meeting names either by id.
 */
export async function listMeetingTypes(call: Pick<StoreContext, 'db'>): Promise<Result<MeetingType[]>> {
  const added = await call.db.selectFrom('meeting_types').selectAll().orderBy('created_at').orderBy('id').execute();
  return ok([
    ...defaultMeetingTypes.map((t) => ({
      id: t.id,
      key: t.key,
      name: t.key,
      quorumPercent: t.quorumPercent,
      majorityRule: t.majorityRule,
    })),
    ...added.map((row) => ({
      id: row.id,
      key: null,
      name: row.name,
      quorumPercent: row.quorum_percent,
      majorityRule: row.majority_rule as MajorityRule,
    })),
  ]);
}

export function addMeetingType(call: StoreContext, input: MeetingTypeInput): Promise<Result<MeetingType>> {
  return inTransaction(call, async (tx) => {
    // Two additions of one name run one after the other (the name is unique deployment-wide), so
    // the second answers duplicate_type rather than a unique violation.
    await sql`select pg_advisory_xact_lock(hashtext('seedbed.meeting_types.name'))`.execute(tx.db);
    const taken = await tx.db
      .selectFrom('meeting_types')
      .select('id')
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (taken) return fail('deliberation.duplicate_type');
    const row = await insertAudited(
      tx,
      'meeting_types',
      {
        id: tx.newId(),
        name: input.name,
        quorum_percent: input.quorumPercent,
        majority_rule: input.majorityRule,
        created_by: tx.actor.userId,
      },
      { action: 'deliberation.type.add', streetId: null },
    );
    return ok({
      id: row.id,
      key: null,
      name: row.name,
      quorumPercent: row.quorum_percent,
      majorityRule: input.majorityRule,
    });
  });
}

/** A type by id, default or added: its column on the meeting row, and its rule. */
export async function meetingTypeOf(
  db: Db,
  id: string,
): Promise<Result<{ column: { type_key: string | null; type_id: string | null }; type: MeetingType }>> {
  const standard = defaultMeetingTypes.find((t) => t.id === id);
  if (standard)
    return ok({
      column: { type_key: standard.key, type_id: null },
      type: {
        id,
        key: standard.key,
        name: standard.key,
        quorumPercent: standard.quorumPercent,
        majorityRule: standard.majorityRule,
      },
    });
  const row = await db.selectFrom('meeting_types').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return fail('deliberation.unknown_type');
  return ok({
    column: { type_key: null, type_id: row.id },
    type: {
      id,
      key: null,
      name: row.name,
      quorumPercent: row.quorum_percent,
      majorityRule: row.majority_rule as MajorityRule,
    },
  });
}

/** The type of a stored meeting row. */
export async function typeOfMeeting(
  db: Db,
  meeting: { type_key: string | null; type_id: string | null },
): Promise<MeetingType> {
  const standard = defaultMeetingTypes.find((t) => t.key === meeting.type_key);
  const found = await meetingTypeOf(db, standard?.id ?? meeting.type_id ?? '');
  if (!found.ok) throw new Error('a meeting without its type');
  return found.value.type;
}
