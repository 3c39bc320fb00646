import { checkTrancheFits, fail, type GrantTranche, ok, type Result, type TrancheInput } from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { lockOpenAgreement } from './agreement-read';
import type { GrantTranchesTable } from './agreement-tables';
import { postTranchePayment } from './claim-payment';
import { ledgerOfAgreement } from './ledger-read';

export function trancheOf(row: Selectable<GrantTranchesTable>): GrantTranche {
  return {
    id: row.id,
    agreementId: row.agreement_id,
    number: row.number,
    amountFen: Number(row.amount_fen),
    dueOn: row.due_on,
    paidOn: row.paid_on,
    note: row.note,
  };
}

/** A tranche planned (预拨): what the cap leaves after the tranches and direct payments already planned or made. */
export function addGrantTranche(
  call: StoreContext,
  agreementId: string,
  input: TrancheInput,
): Promise<Result<GrantTranche>> {
  return inTransaction(call, async (tx) => {
    const agreement = await lockOpenAgreement(tx, agreementId);
    if (!agreement.ok) return agreement;
    const ledger = await ledgerOfAgreement(tx.db, agreement.value);
    const planned = await tx.db
      .selectFrom('grant_tranches')
      .select(['amount_fen', 'number'])
      .where('agreement_id', '=', agreementId)
      .where('paid_on', 'is', null)
      .execute();
    const plannedFen = planned.reduce((total, row) => total + Number(row.amount_fen), 0);
    const fits = checkTrancheFits({ ...ledger, disbursedFen: ledger.disbursedFen + plannedFen }, input.amountFen);
    if (!fits.ok) return fits;
    const last = await tx.db
      .selectFrom('grant_tranches')
      .select((eb) => eb.fn.max('number').as('number'))
      .where('agreement_id', '=', agreementId)
      .executeTakeFirst();
    const row = await insertAudited(
      tx,
      'grant_tranches',
      {
        id: tx.newId(),
        street_id: agreement.value.street_id,
        organization_id: agreement.value.organization_id,
        agreement_id: agreementId,
        number: (last?.number ?? 0) + 1,
        amount_fen: input.amountFen,
        due_on: input.dueOn ?? null,
        note: input.note,
        paid_on: null,
        paid_by: null,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'grants.tranche.add' },
    );
    return ok(trancheOf(row));
  });
}

/** A tranche paid: marked once, and posted once into the team's book as grant income. */
export function payGrantTranche(call: StoreContext, trancheId: string, paidOn: string): Promise<Result<GrantTranche>> {
  if (paidOn > call.today) return Promise.resolve(fail('grants.paid_in_future'));
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'grant_tranches', trancheId);
    if (!found.ok) return found;
    const agreement = await lockOpenAgreement(tx, found.value.agreement_id);
    if (!agreement.ok) return agreement;
    const tranche = await findInScope(tx, 'grant_tranches', trancheId, { forUpdate: true });
    if (!tranche.ok) return tranche;
    if (tranche.value.paid_on !== null) return fail('grants.tranche_already_paid');
    await postTranchePayment(tx, agreement.value, tranche.value, paidOn);
    const { after } = await updateAudited(
      tx,
      'grant_tranches',
      trancheId,
      { paid_on: paidOn, paid_by: tx.actor.userId },
      { action: 'grants.tranche.pay' },
    );
    return ok(trancheOf(after));
  });
}

export async function listGrantTranches(
  call: Pick<StoreContext, 'db' | 'scope'>,
  agreementId: string,
): Promise<Result<GrantTranche[]>> {
  const agreement = await findInScope(call, 'grant_agreements', agreementId);
  if (!agreement.ok) return agreement;
  const rows = await call.db
    .selectFrom('grant_tranches')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('number')
    .execute();
  return ok(rows.map(trancheOf));
}
