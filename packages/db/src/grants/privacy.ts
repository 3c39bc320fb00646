import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../connection';
import type { ErasedPerson, PersonErasureHook, PersonExportHook } from '../people';
import type { Database } from '../tables';

/**
 * An objection is never linked to a person record (the resident raised it without an account), so
 * the person's copies are found by what the resident left: their phone, anywhere; or, on an
 * objection left without a phone, their name in their street. An objection that carries another
 * phone is another resident's — a namesake's objection keeps its contact (it was over-cleared when
 * the name alone decided).
 */
function leftBy(person: ErasedPerson) {
  return (eb: ExpressionBuilder<Database, 'grant_round_objections'>) =>
    eb.or([
      ...(person.phone ? [eb('grant_round_objections.phone', '=', person.phone)] : []),
      eb.and([
        eb('grant_round_objections.phone', 'is', null),
        eb('grant_round_objections.name', '=', person.name),
        eb('grant_round_objections.street_id', '=', person.streetId),
      ]),
    ]);
}

const objectionsLeftBy = (db: Db, person: ErasedPerson) =>
  db.selectFrom('grant_round_objections').where(leftBy(person));

/**
 * For the people capability's erasure (PIPL art. 47), inside its transaction: the name and phone
 * leave the person's objections; the objection's text and the answer stay on the record, as the
 * public page shows them (never with a name).
 */
export const eraseGrantObjectionContacts: PersonErasureHook = async ({ db: trx }, person) => {
  await trx.updateTable('grant_round_objections').set({ name: null, phone: null }).where(leftBy(person)).execute();
};

/** Grants' part of a person's export (PIPL art. 45): the objections they left their name or phone on. */
export const exportGrantObjections: PersonExportHook = async ({ db }, person) => {
  const grantObjections = await objectionsLeftBy(db, person)
    .select([
      'id',
      'round_id as roundId',
      'text',
      'name',
      'phone',
      'raised_at as raisedAt',
      'answer',
      'answered_at as answeredAt',
    ])
    .execute();
  return { grantObjections };
};
