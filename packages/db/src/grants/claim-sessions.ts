import { type ClaimSession, ok, type Result } from '@seedbed/core';
import { sql } from 'kysely';
import { insertAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * The monthly reimbursement session 报销会 (seed 002: "每月一次的报销辅导"): staff open one for a
 * street and the claims checked there name it, so a session's batch is one list to sign off.
 */
export function createClaimSession(
  call: StoreContext,
  input: { streetId: string; heldOn: string; title: string },
): Promise<Result<ClaimSession>> {
  return inTransaction(call, async (tx) => {
    const street = await findInScope(tx, 'streets', input.streetId);
    if (!street.ok) return street;
    const row = await insertAudited(
      tx,
      'grant_claim_sessions',
      {
        id: tx.newId(),
        street_id: input.streetId,
        held_on: input.heldOn,
        title: input.title,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'grants.claim_session.create' },
    );
    return ok({
      id: row.id,
      streetId: row.street_id,
      heldOn: row.held_on,
      title: row.title,
      claimCount: 0,
      checkedFen: 0,
    });
  });
}

/** A street's sessions, newest first, with how many claims were checked at each and their sum. */
export async function listClaimSessions(
  call: Pick<StoreContext, 'db' | 'scope'>,
  streetId: string,
): Promise<Result<ClaimSession[]>> {
  const street = await findInScope(call, 'streets', streetId);
  if (!street.ok) return street;
  const rows = await call.db
    .selectFrom('grant_claim_sessions as s')
    .leftJoin('grant_claims as c', 'c.session_id', 's.id')
    .select([
      's.id',
      's.street_id',
      's.held_on',
      's.title',
      sql<string>`count(c.id)`.as('claim_count'),
      sql<string>`coalesce(sum(c.amount_fen), 0)`.as('checked_fen'),
    ])
    .where('s.street_id', '=', streetId)
    .groupBy(['s.id', 's.street_id', 's.held_on', 's.title'])
    .orderBy('s.held_on', 'desc')
    .execute();
  return ok(
    rows.map((row) => ({
      id: row.id,
      streetId: row.street_id,
      heldOn: row.held_on,
      title: row.title,
      claimCount: Number(row.claim_count),
      checkedFen: Number(row.checked_fen),
    })),
  );
}
