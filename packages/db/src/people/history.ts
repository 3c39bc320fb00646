import {
  fail,
  ok,
  type PersonConsentInput,
  type PersonTrustMoveInput,
  type PersonVisitInput,
  type Result,
  type Scope,
  type TrustStage,
} from '@seedbed/core';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { lockPerson } from './store';

/**
 * A person's dated history: visits 走访, trust-stage moves, consents. Each write locks the person
 * (in the caller's scope), refuses erased or merged records, and leaves an audit row.
 */

export async function logVisit(
  db: Db,
  actor: Actor & { name: string },
  scope: Scope,
  personId: string,
  id: string,
  input: PersonVisitInput,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockPerson(trx, scope, personId);
    if (!locked.ok) return locked;
    const row = {
      id,
      street_id: locked.value.street_id,
      person_id: personId,
      visited_on: input.visitedOn,
      visitor_user_id: actor.userId,
      visitor_name: actor.name,
      place: input.place || null,
      learned: input.learned || null,
    };
    await trx.insertInto('person_visits').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'person.visit',
      tableName: 'person_visits',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

/** Moves the trust stage; `check` is core's rule on (from, to, reason). */
export async function moveTrustStage(
  db: Db,
  actor: Actor,
  scope: Scope,
  personId: string,
  id: string,
  input: PersonTrustMoveInput & { changedOn: string },
  check: (from: TrustStage) => Result<unknown>,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockPerson(trx, scope, personId);
    if (!locked.ok) return locked;
    const from = locked.value.trust_stage as TrustStage;
    const checked = check(from);
    if (!checked.ok) return fail(checked.error.code);
    const row = {
      id,
      street_id: locked.value.street_id,
      person_id: personId,
      changed_on: input.changedOn,
      from_stage: from,
      to_stage: input.toStage,
      reason: input.reason,
      changed_by: actor.userId,
    };
    await trx.insertInto('person_trust_changes').values(row).execute();
    await trx.updateTable('people').set({ trust_stage: input.toStage }).where('id', '=', personId).execute();
    await recordAudit(trx, actor, {
      action: 'person.trust.move',
      tableName: 'people',
      recordId: personId,
      streetId: row.street_id,
      before: { trust_stage: from },
      after: { trust_stage: input.toStage, reason: input.reason, changed_on: input.changedOn },
    });
    return ok({ id });
  });
}

/** Records a consent; `check` sees the person's birth facts (a child's consent is a guardian's). */
export async function recordConsent(
  db: Db,
  actor: Actor,
  scope: Scope,
  personId: string,
  id: string,
  input: PersonConsentInput,
  check: (person: { birthYear: number | null; birthDate: string | null }) => Result<unknown>,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    const locked = await lockPerson(trx, scope, personId);
    if (!locked.ok) return locked;
    const checked = check({ birthYear: locked.value.birth_year, birthDate: locked.value.birth_date });
    if (!checked.ok) return fail(checked.error.code);
    const row = {
      id,
      street_id: locked.value.street_id,
      person_id: personId,
      purpose: input.purpose,
      agreed_on: input.agreedOn,
      withdrawn_on: null,
      guardian_name: input.guardianName ?? null,
      guardian_relation: input.guardianRelation ?? null,
      recorded_by: actor.userId,
    };
    await trx.insertInto('person_consents').values(row).execute();
    await recordAudit(trx, actor, {
      action: 'person.consent',
      tableName: 'person_consents',
      recordId: id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id });
  });
}

export async function withdrawConsent(
  db: Db,
  actor: Actor,
  scope: Scope,
  personId: string,
  consentId: string,
  withdrawnOn: string,
): Promise<Result<{ id: string }>> {
  return db.transaction().execute(async (trx) => {
    // Withdrawing stays possible after erasure: the person's wishes still count.
    const locked = await lockPerson(trx, scope, personId, { live: false });
    if (!locked.ok) return locked;
    const before = await trx
      .selectFrom('person_consents')
      .selectAll()
      .where('id', '=', consentId)
      .where('person_id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!before) return fail('person.consent_unknown');
    if (before.withdrawn_on) return fail('person.consent_withdrawn');
    if (withdrawnOn < before.agreed_on) return fail('person.withdraw_before_agree');
    const after = await trx
      .updateTable('person_consents')
      .set({ withdrawn_on: withdrawnOn })
      .where('id', '=', consentId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'person.consent.withdraw',
      tableName: 'person_consents',
      recordId: consentId,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id: consentId });
  });
}
