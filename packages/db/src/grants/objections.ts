import {
  fail,
  type GrantObjection,
  type GrantObjectionAnswerInput,
  type GrantObjectionInput,
  isPublicNoticeOpen,
  objectionAsSeenBy,
  ok,
  type PipelineStep,
  type Result,
  type Role,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type PublicContext, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { GrantRoundObjectionsTable } from './tables';

/** Objections (异议) raised during a round's 公示 and the staff's answers on the record. */

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export const objectionOf = (row: Selectable<GrantRoundObjectionsTable>): GrantObjection => ({
  id: row.id,
  roundId: row.round_id,
  text: row.text,
  raisedAt: iso(row.raised_at)!,
  raisedByName: row.name,
  raisedByPhone: row.phone,
  answer: row.answer,
  answeredByName: row.answered_by_name,
  answeredAt: iso(row.answered_at),
});

export function objectionsOfRound(db: PublicContext['db'], roundId: string) {
  return db
    .selectFrom('grant_round_objections')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('raised_at')
    .orderBy('id')
    .execute();
}

/** A round's objections as the caller's role may read them (names to staff only). */
export async function listGrantObjections(
  call: Pick<StoreContext, 'db' | 'scope'>,
  role: Role,
  roundId: string,
): Promise<Result<GrantObjection[]>> {
  const found = await findInScope(call, 'grant_rounds', roundId);
  if (!found.ok) return found;
  const rows = await objectionsOfRound(call.db, roundId);
  return ok(rows.map((row) => objectionAsSeenBy(role, objectionOf(row))));
}

/**
 * A resident's objection from the public page, by the round's code: only to a published round,
 * only while its 公示 is open (Shanghai days), a name or phone only with consent.
 */
export function raiseGrantObjection(
  call: PublicContext,
  code: string,
  input: GrantObjectionInput,
): Promise<Result<{ id: string }>> {
  return call.db.transaction().execute(async (trx) => {
    const round = await trx
      .selectFrom('grant_rounds')
      .select(['id', 'street_id', 'status', 'steps'])
      .where('code', '=', code)
      .forShare()
      .executeTakeFirst();
    if (round?.status !== 'published') return fail('grants.round_unknown');
    if (!isPublicNoticeOpen(round.steps as PipelineStep[], call.today)) return fail('grants.objection_closed');
    const hasContact = input.name !== undefined || input.phone !== undefined;
    if (hasContact && !input.consent) return fail('grants.objection_consent_required');
    const row = await insertAudited(
      { db: trx, actor: call.actor },
      'grant_round_objections',
      {
        id: call.newId(),
        street_id: round.street_id,
        round_id: round.id,
        text: input.text,
        name: input.name ?? null,
        phone: input.phone ?? null,
        consent: hasContact && input.consent,
        raised_at: call.actor.now,
      },
      { action: 'grants.objection.raise' },
    );
    return ok({ id: row.id });
  });
}

/** Staff answer an objection on the record, once; the answer and when show on the public page. */
export function answerGrantObjection(
  call: StoreContext,
  id: string,
  input: GrantObjectionAnswerInput,
): Promise<Result<GrantObjection>> {
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_round_objections', id, { forUpdate: true });
    if (!found.ok) return found;
    if (found.value.answer !== null) return fail('grants.objection_answered');
    const { after } = await updateAudited(
      tx,
      'grant_round_objections',
      id,
      {
        answer: input.answer,
        answered_by: tx.actor.userId,
        answered_by_name: tx.actor.displayName,
        answered_at: tx.actor.now,
      },
      { action: 'grants.objection.answer' },
    );
    return ok(objectionOf(after));
  });
}
