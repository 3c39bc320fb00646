import {
  type ClaimState,
  claimAsSeenBy,
  type GrantClaim,
  type NegativeListHit,
  ok,
  type Result,
  type Role,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { Db } from '../connection';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { agreementLinesOf } from './agreement-read';
import type { GrantClaimsTable } from './agreement-tables';

type ClaimRow = Selectable<GrantClaimsTable>;
type Reader = Pick<StoreContext, 'db' | 'scope'>;

const instant = (value: Date | string) => new Date(value).toISOString();

function byClaim<T extends { claim_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) grouped.set(row.claim_id, [...(grouped.get(row.claim_id) ?? []), row]);
  return grouped;
}

/** Claims with their history and receipts, three queries whatever their number (the ledger bench reads 10,000). */
async function claimsOf(db: Db, rows: readonly ClaimRow[], labels: ReadonlyMap<string, string>): Promise<GrantClaim[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [events, receipts] = await Promise.all([
    db
      .selectFrom('grant_claim_events')
      .select(['claim_id', 'state', 'at', 'by_user_id', 'note'])
      .where('claim_id', 'in', ids)
      .orderBy('at')
      .execute(),
    db
      .selectFrom('grant_claim_receipts')
      .select(['id', 'claim_id'])
      .where('claim_id', 'in', ids)
      .orderBy('uploaded_at')
      .execute(),
  ]);
  const historyOf = byClaim(events);
  const receiptsOf = byClaim(receipts);
  return rows.map((row) => ({
    id: row.id,
    agreementId: row.agreement_id,
    organizationId: row.organization_id,
    number: row.number,
    lineKey: row.line_key,
    lineLabel: labels.get(row.line_key) ?? row.line_key,
    amountFen: Number(row.amount_fen),
    spentOn: row.spent_on,
    description: row.description,
    advancedByName: row.advanced_by_name,
    activityId: row.activity_id,
    state: row.state as ClaimState,
    sessionId: row.session_id,
    negativeListHits: row.negative_list_hits as NegativeListHit[],
    submittedBy: row.submitted_by,
    checkedBy: row.checked_by,
    approvedBy: row.approved_by,
    paidOn: row.paid_on,
    fromHeldFen: Number(row.from_held_fen),
    photoIds: (receiptsOf.get(row.id) ?? []).map((receipt) => receipt.id),
    history: (historyOf.get(row.id) ?? []).map((event) => ({
      state: event.state as ClaimState,
      at: instant(event.at),
      byUserId: event.by_user_id,
      note: event.note,
    })),
    createdAt: instant(row.created_at),
  }));
}

async function lineLabels(db: Db, agreementId: string): Promise<Map<string, string>> {
  const agreement = await db
    .selectFrom('grant_agreements')
    .selectAll()
    .where('id', '=', agreementId)
    .executeTakeFirstOrThrow();
  return new Map(agreementLinesOf(agreement).map((line) => [line.key, line.label]));
}

/** One claim as `role` may see it (a funder never sees who advanced the money). */
export async function readGrantClaim(call: Reader, claimId: string, role: Role): Promise<Result<GrantClaim>> {
  const found = await findInScope(call, 'grant_claims', claimId);
  if (!found.ok) return found;
  const [claim] = await claimsOf(call.db, [found.value], await lineLabels(call.db, found.value.agreement_id));
  return ok(claimAsSeenBy(role, claim!));
}

/** A grant's claims, newest first, as `role` may see them. */
export async function listAgreementClaims(
  call: Reader,
  agreementId: string,
  role: Role,
): Promise<Result<GrantClaim[]>> {
  const agreement = await findInScope(call, 'grant_agreements', agreementId);
  if (!agreement.ok) return agreement;
  const rows = await call.db
    .selectFrom('grant_claims')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('number', 'desc')
    .execute();
  const labels = new Map(agreementLinesOf(agreement.value).map((line) => [line.key, line.label]));
  return ok((await claimsOf(call.db, rows, labels)).map((claim) => claimAsSeenBy(role, claim)));
}

/**
 * The claims checked at one 报销会 session (staff's batch to sign off), oldest first, grouped by
 * grant; a claim of a grant outside the caller's scope is left out, as every read leaves it out.
 */
export async function listSessionClaims(call: Reader, sessionId: string, role: Role): Promise<Result<GrantClaim[]>> {
  const session = await findInScope(call, 'grant_claim_sessions', sessionId);
  if (!session.ok) return session;
  const rows = await call.db
    .selectFrom('grant_claims')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('agreement_id')
    .orderBy('number')
    .execute();
  const claims: GrantClaim[] = [];
  for (const agreementId of new Set(rows.map((row) => row.agreement_id))) {
    const agreement = await findInScope(call, 'grant_agreements', agreementId);
    if (!agreement.ok) continue;
    const labels = new Map(agreementLinesOf(agreement.value).map((line) => [line.key, line.label]));
    const own = rows.filter((row) => row.agreement_id === agreementId);
    claims.push(...(await claimsOf(call.db, own, labels)).map((claim) => claimAsSeenBy(role, claim)));
  }
  return ok(claims);
}
