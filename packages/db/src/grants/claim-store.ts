import {
  type ClaimHands,
  type ClaimInput,
  type ClaimMoveInput,
  type ClaimState,
  checkClaimFits,
  fail,
  isPending,
  ledgerOf,
  moveClaim,
  negativeListHits,
  ok,
  type Result,
  type Standing,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { agreementNegativeListOf, agreementTermsOf, lockOpenAgreement } from './agreement-read';
import type { GrantAgreementsTable, GrantClaimsTable } from './agreement-tables';
import { postClaimPayment } from './claim-payment';
import { ledgerInputsOf, ledgerOfAgreement } from './ledger-read';

type AgreementRow = Selectable<GrantAgreementsTable>;
type ClaimRow = Selectable<GrantClaimsTable>;

/**
 * Whether `amountFen` more on `lineKey` fits the grant, counting claims still on their way as if
 * approved — the team hears at submission that a claim would not fit, not a month later at the
 * 报销会. Approval checks again against approved and paid claims only (`fitsOnApproval`).
 */
async function fitsOnSubmission(
  tx: TxContext,
  agreement: AgreementRow,
  lineKey: string,
  amountFen: number,
  except?: string,
) {
  const { claims, tranches } = await ledgerInputsOf(tx.db, agreement.id);
  const others = except ? await otherClaims(tx, agreement.id, except) : claims;
  const counted = others.map((claim) =>
    isPending(claim.state) ? { ...claim, state: 'approved' as ClaimState } : claim,
  );
  return checkClaimFits(ledgerOf(agreementTermsOf(agreement), counted, tranches), lineKey, amountFen);
}

async function otherClaims(tx: TxContext, agreementId: string, except: string) {
  const rows = await tx.db
    .selectFrom('grant_claims')
    .select(['line_key', 'amount_fen', 'state', 'from_held_fen'])
    .where('agreement_id', '=', agreementId)
    .where('id', '<>', except)
    .execute();
  return rows.map((row) => ({
    lineKey: row.line_key,
    amountFen: Number(row.amount_fen),
    state: row.state as ClaimState,
    fromHeldFen: Number(row.from_held_fen),
  }));
}

/** The activity a claim served must be the team's own (an id of another team's is refused as unknown). */
async function checkActivity(tx: TxContext, organizationId: string, activityId: string | undefined) {
  if (!activityId) return ok(null);
  const activity = await findInScope(tx, 'activities', activityId);
  if (!activity.ok) return activity;
  const ours = await tx.db
    .selectFrom('activity_organizations')
    .select('activity_id')
    .where('activity_id', '=', activityId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return ours ? ok(null) : fail('activity.unknown');
}

async function recordEvent(tx: TxContext, claim: Pick<ClaimRow, 'id' | 'street_id'>, state: string, note: string) {
  await insertAudited(
    tx,
    'grant_claim_events',
    {
      id: tx.newId(),
      street_id: claim.street_id,
      claim_id: claim.id,
      state,
      by_user_id: tx.actor.userId!,
      note,
      at: tx.actor.now,
    },
    { action: 'grants.claim.event' },
  );
}

/**
 * The team claims back money it advanced 垫付 (POST /api/grant-agreements/{id}/claims): the line
 * must be the agreement's, the claim must fit the line's tolerance and the grant's cap, and the
 * grant must be open. The description is matched against the round's negative list as signed;
 * a hit is kept on the claim for the checker to look at — it decides nothing by itself.
 */
export function submitGrantClaim(
  call: StoreContext,
  agreementId: string,
  input: ClaimInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const agreement = await lockOpenAgreement(tx, agreementId);
    if (!agreement.ok) return agreement;
    const activity = await checkActivity(tx, agreement.value.organization_id, input.activityId);
    if (!activity.ok) return activity;
    const fits = await fitsOnSubmission(tx, agreement.value, input.lineKey, input.amountFen);
    if (!fits.ok) return fits;
    const last = await tx.db
      .selectFrom('grant_claims')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('agreement_id', '=', agreementId)
      .executeTakeFirst();
    const row = await insertAudited(
      tx,
      'grant_claims',
      {
        id: tx.newId(),
        street_id: agreement.value.street_id,
        organization_id: agreement.value.organization_id,
        agreement_id: agreementId,
        number: (last?.number ?? 0) + 1,
        line_key: input.lineKey,
        amount_fen: input.amountFen,
        spent_on: input.spentOn,
        description: input.description,
        advanced_by_person_id: null,
        advanced_by_name: input.advancedByName,
        activity_id: input.activityId ?? null,
        state: 'submitted',
        session_id: null,
        negative_list_hits: JSON.stringify(
          negativeListHits(input.description, agreementNegativeListOf(agreement.value)),
        ),
        submitted_by: tx.actor.userId!,
        checked_by: null,
        approved_by: null,
        paid_by: null,
        paid_on: null,
        from_held_fen: 0,
        created_at: tx.actor.now,
        updated_at: tx.actor.now,
      },
      { action: 'grants.claim.submit' },
    );
    await recordEvent(tx, row, 'submitted', '');
    return ok({ id: row.id });
  });
}

/** The claim and its grant, both locked (grant first, the order every money write takes). */
async function lockClaim(
  tx: TxContext,
  claimId: string,
): Promise<Result<{ claim: ClaimRow; agreement: AgreementRow }>> {
  const found = await findInScope(tx, 'grant_claims', claimId);
  if (!found.ok) return found;
  const agreement = await lockOpenAgreement(tx, found.value.agreement_id);
  if (!agreement.ok) return agreement;
  const claim = await findInScope(tx, 'grant_claims', claimId, { forUpdate: true });
  if (!claim.ok) return claim;
  return ok({ claim: claim.value, agreement: agreement.value });
}

const handsOf = (claim: ClaimRow): ClaimHands => ({
  state: claim.state as ClaimState,
  submittedBy: claim.submitted_by,
  checkedBy: claim.checked_by,
  approvedBy: claim.approved_by,
});

/**
 * The team corrects a claim staff asked changes of (PUT /api/grant-claims/{id}): the fields given
 * replace the old ones and the claim goes back to submitted, checked again against the ledger.
 */
export function resubmitGrantClaim(
  call: StoreContext,
  claimId: string,
  standing: Standing,
  changes: Partial<ClaimInput>,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const locked = await lockClaim(tx, claimId);
    if (!locked.ok) return locked;
    const { claim, agreement } = locked.value;
    const moved = moveClaim(handsOf(claim), 'resubmit', { standing, userId: tx.actor.userId! });
    if (!moved.ok) return moved;
    const merged = {
      lineKey: changes.lineKey ?? claim.line_key,
      amountFen: changes.amountFen ?? Number(claim.amount_fen),
      description: changes.description ?? claim.description,
    };
    const activity = await checkActivity(tx, claim.organization_id, changes.activityId);
    if (!activity.ok) return activity;
    const fits = await fitsOnSubmission(tx, agreement, merged.lineKey, merged.amountFen, claim.id);
    if (!fits.ok) return fits;
    await updateAudited(
      tx,
      'grant_claims',
      claim.id,
      {
        line_key: merged.lineKey,
        amount_fen: merged.amountFen,
        description: merged.description,
        spent_on: changes.spentOn ?? claim.spent_on,
        advanced_by_name: changes.advancedByName ?? claim.advanced_by_name,
        activity_id: changes.activityId ?? claim.activity_id,
        negative_list_hits: JSON.stringify(negativeListHits(merged.description, agreementNegativeListOf(agreement))),
        state: moved.value,
        updated_at: tx.actor.now,
      },
      { action: 'grants.claim.resubmit' },
    );
    await recordEvent(tx, claim, moved.value, '');
    return ok({ id: claim.id });
  });
}

/**
 * A step on a claim (POST /api/grant-claims/{id}/moves): core's `moveClaim` decides who may make it
 * (the role × state table and the four-eyes rule). The grant and the claim are locked first, so two
 * approvals at the same moment run one after the other: the second finds the claim approved and
 * answers `grants.claim_already_approved`; two payments pay once. Approval checks the claim
 * against the ledger again (cap and tolerance); payment posts it into the team's book.
 */
export function moveGrantClaim(
  call: StoreContext,
  claimId: string,
  standing: Standing,
  input: ClaimMoveInput,
): Promise<Result<{ id: string }>> {
  return inTransaction(call, async (tx) => {
    const locked = await lockClaim(tx, claimId);
    if (!locked.ok) return locked;
    const { claim, agreement } = locked.value;
    const moved = moveClaim(handsOf(claim), input.move, { standing, userId: tx.actor.userId! });
    if (!moved.ok) return moved;
    const changes: Partial<Record<keyof GrantClaimsTable, unknown>> = { state: moved.value, updated_at: tx.actor.now };
    if (input.move === 'check') {
      changes.checked_by = tx.actor.userId;
      if (input.sessionId) {
        const session = await findInScope(tx, 'grant_claim_sessions', input.sessionId);
        if (!session.ok) return session;
        changes.session_id = session.value.id;
      }
    }
    if (input.move === 'approve') {
      // The claim itself is 'checked', so the ledger counts only the others already approved or paid.
      const ledger = await ledgerOfAgreement(tx.db, agreement);
      const fits = checkClaimFits(ledger, claim.line_key, Number(claim.amount_fen));
      if (!fits.ok) return fits;
      changes.approved_by = tx.actor.userId;
    }
    if (input.move === 'pay') {
      const paid = await postClaimPayment(tx, agreement, claim);
      changes.paid_by = tx.actor.userId;
      changes.paid_on = tx.today;
      changes.from_held_fen = paid.fromHeldFen;
    }
    await updateAudited(tx, 'grant_claims', claim.id, changes as never, { action: `grants.claim.${input.move}` });
    await recordEvent(tx, claim, moved.value, input.note);
    return ok({ id: claim.id });
  });
}
