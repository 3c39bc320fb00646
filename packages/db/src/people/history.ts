import {
  checkPersonConsent,
  checkPersonDate,
  checkTrustMove,
  fail,
  ok,
  type PersonConsentInput,
  type PersonTrustMoveInput,
  type PersonVisitInput,
  type Result,
  type TrustStage,
} from '@seedbed/core';
import { recordAudit } from '../audit';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { lockPerson } from './store';

/**
 * A person's dated history: visits 走访, trust-stage moves, consents. Each write checks its date
 * (not after today), locks the person (in the caller's scope), refuses erased or merged records,
 * and leaves an audit row.
 */

/** A visit, by the caller: the visitor's name is the caller's display name. */
export async function logVisit(
  call: StoreContext,
  personId: string,
  input: PersonVisitInput,
): Promise<Result<{ id: string }>> {
  const dated = checkPersonDate(input.visitedOn, call.today);
  if (!dated.ok) return dated;
  return inTransaction(call, async (tx) => {
    const locked = await lockPerson(tx, personId);
    if (!locked.ok) return locked;
    const visit = await insertAudited(
      tx,
      'person_visits',
      {
        id: tx.newId(),
        street_id: locked.value.street_id,
        person_id: personId,
        visited_on: input.visitedOn,
        visitor_user_id: tx.actor.userId,
        visitor_name: tx.actor.displayName,
        place: input.place || null,
        learned: input.learned || null,
      },
      { action: 'person.visit' },
    );
    return ok({ id: visit.id });
  });
}

/** Moves the trust stage (on `changedOn`, today by default); core's rule judges (from, to, reason). */
export async function moveTrustStage(
  call: StoreContext,
  personId: string,
  input: PersonTrustMoveInput,
): Promise<Result<{ id: string }>> {
  const changedOn = input.changedOn ?? call.today;
  const dated = checkPersonDate(changedOn, call.today);
  if (!dated.ok) return dated;
  return inTransaction(call, async (tx) => {
    const locked = await lockPerson(tx, personId);
    if (!locked.ok) return locked;
    const from = locked.value.trust_stage as TrustStage;
    const checked = checkTrustMove(from, input.toStage, input.reason);
    if (!checked.ok) return fail(checked.error.code);
    const row = {
      id: tx.newId(),
      street_id: locked.value.street_id,
      person_id: personId,
      changed_on: changedOn,
      from_stage: from,
      to_stage: input.toStage,
      reason: input.reason,
      changed_by: tx.actor.userId,
    };
    await tx.db.insertInto('person_trust_changes').values(row).execute();
    await tx.db.updateTable('people').set({ trust_stage: input.toStage }).where('id', '=', personId).execute();
    // One audit row on the person says what moved and why; the history row is its detail.
    await recordAudit(tx.db, tx.actor, {
      action: 'person.trust.move',
      tableName: 'people',
      recordId: personId,
      streetId: row.street_id,
      before: { trust_stage: from },
      after: { trust_stage: input.toStage, reason: input.reason, changed_on: changedOn },
    });
    return ok({ id: row.id });
  });
}

/** Records a consent; for a child under 14 it is the guardian's (core's checkPersonConsent). */
export async function recordConsent(
  call: StoreContext,
  personId: string,
  input: PersonConsentInput,
): Promise<Result<{ id: string }>> {
  const dated = checkPersonDate(input.agreedOn, call.today);
  if (!dated.ok) return dated;
  return inTransaction(call, async (tx) => {
    const locked = await lockPerson(tx, personId);
    if (!locked.ok) return locked;
    const birth = { birthYear: locked.value.birth_year, birthDate: locked.value.birth_date };
    const checked = checkPersonConsent(input, birth, tx.today);
    if (!checked.ok) return fail(checked.error.code);
    const consent = await insertAudited(
      tx,
      'person_consents',
      {
        id: tx.newId(),
        street_id: locked.value.street_id,
        person_id: personId,
        purpose: input.purpose,
        agreed_on: input.agreedOn,
        withdrawn_on: null,
        guardian_name: input.guardianName ?? null,
        guardian_relation: input.guardianRelation ?? null,
        recorded_by: tx.actor.userId,
      },
      { action: 'person.consent' },
    );
    return ok({ id: consent.id });
  });
}

export async function withdrawConsent(
  call: StoreContext,
  personId: string,
  consentId: string,
  withdrawnOn: string,
): Promise<Result<{ id: string }>> {
  const dated = checkPersonDate(withdrawnOn, call.today);
  if (!dated.ok) return dated;
  return inTransaction(call, async (tx) => {
    // Withdrawing stays possible after erasure: the person's wishes still count.
    const locked = await lockPerson(tx, personId, { live: false });
    if (!locked.ok) return locked;
    const consent = await tx.db
      .selectFrom('person_consents')
      .select(['withdrawn_on', 'agreed_on'])
      .where('id', '=', consentId)
      .where('person_id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!consent) return fail('person.consent_unknown');
    if (consent.withdrawn_on) return fail('person.consent_withdrawn');
    if (withdrawnOn < consent.agreed_on) return fail('person.withdraw_before_agree');
    await updateAudited(
      tx,
      'person_consents',
      consentId,
      { withdrawn_on: withdrawnOn },
      { action: 'person.consent.withdraw' },
    );
    return ok({ id: consentId });
  });
}
