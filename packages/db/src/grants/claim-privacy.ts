import type { ExpressionBuilder } from 'kysely';
import type { ErasedPerson, PersonErasureHook, PersonExportHook } from '../people';
import type { Database } from '../tables';

/**
 * Who advanced a claim's money is a name typed by the treasurer (or a member picked): found by the
 * person's id where it was picked, else by their name in their street — as objections and
 * publicity quotes are found.
 */
function advancedBy(person: ErasedPerson) {
  return (eb: ExpressionBuilder<Database, 'grant_claims'>) =>
    eb.or([
      eb('grant_claims.advanced_by_person_id', '=', person.id),
      eb.and([
        eb('grant_claims.advanced_by_name', '=', person.name),
        eb('grant_claims.street_id', '=', person.streetId),
      ]),
    ]);
}

/**
 * For the people capability's erasure (PIPL art. 47), inside its transaction: the name leaves the
 * claims; the amounts, receipts and states stay — the money trail a funder audits is not theirs.
 */
export const eraseGrantClaimAdvances: PersonErasureHook = async ({ db }, person) => {
  await db
    .updateTable('grant_claims')
    .set({ advanced_by_person_id: null, advanced_by_name: null })
    .where(advancedBy(person))
    .execute();
};

/** Grants' part of a person's export (PIPL art. 45): the claims naming them as the one who advanced the money. */
export const exportGrantClaimAdvances: PersonExportHook = async ({ db }, person) => {
  const grantClaimAdvances = await db
    .selectFrom('grant_claims')
    .where(advancedBy(person))
    .select([
      'id',
      'agreement_id as agreementId',
      'amount_fen as amountFen',
      'spent_on as spentOn',
      'description',
      'advanced_by_name as advancedByName',
      'state',
    ])
    .execute();
  return { grantClaimAdvances: grantClaimAdvances.map((claim) => ({ ...claim, amountFen: Number(claim.amountFen) })) };
};
