import {
  fail,
  isOccurrence,
  type OccurrenceSignIn,
  occurrenceInstants,
  ok,
  plannedSignInOpensAt,
  plannedSignInState,
  type Result,
} from '@seedbed/core';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type PublicContext, type StoreContext, type TxContext } from '../context';
import { heldRecordOf, isSignInCodeFree, lockOccurrence, type Occurrence, reservedCodeOf } from './occurrence-codes';
import { findPlannedActivity, type PlannedActivityRow, planOf, recordOfOccurrence } from './planned';
import { placeName } from './read';
import { recordActivity } from './record';

/**
 * QR before the activity (issue 16): a planned date has its sign-in code before it is held. The
 * leader (or staff) asks for it — the code is reserved then, once — and prints its QR code and
 * sheet; a resident who scans it before anyone recorded the date makes the record from the plan
 * (firstSignInRecord), and 举办了 afterwards answers that record (planned.ts recordOccurrence).
 */

/** A planned date's code and what its page and sheet show; `link` is the server's to add. */
export type OccurrenceSignInFacts = Omit<OccurrenceSignIn, 'link'>;

/** Codes tried before giving up: 8 characters of 30 make a clash about one in 10¹¹, so one is enough. */
const codeAttempts = 5;

/**
 * The sign-in code of a planned date of a plan in the caller's scope: the record's once the date
 * is held, else the code reserved for it — reserved now (audited) if nobody asked before.
 * `newCode` draws a fresh readable code (the server's; the store has no randomness).
 */
export async function occurrenceSignIn(
  call: StoreContext,
  occurrence: Occurrence,
  newCode: () => string,
): Promise<Result<OccurrenceSignInFacts>> {
  const plan = await findPlannedActivity(call, occurrence.plannedActivityId);
  if (!plan.ok) return plan;
  if (!isOccurrence(planOf(plan.value), occurrence.on)) return fail('activity.not_an_occurrence');
  return inTransaction(call, async (tx) => {
    await lockOccurrence(tx.db, occurrence);
    const held = await heldRecordOf(tx.db, occurrence);
    const code =
      held?.sign_in_code ??
      (await reservedCodeOf(tx.db, occurrence)) ??
      (await reserveCode(tx, plan.value, occurrence, newCode));
    return ok({ ...(await occurrenceFacts(tx.db, plan.value, occurrence.on)), code, activityId: held?.id ?? null });
  });
}

async function reserveCode(
  tx: TxContext,
  plan: PlannedActivityRow,
  occurrence: Occurrence,
  newCode: () => string,
): Promise<string> {
  for (let attempt = 0; attempt < codeAttempts; attempt += 1) {
    const code = newCode();
    if (!(await isSignInCodeFree(tx.db, code))) continue;
    await insertAudited(
      tx,
      'occurrence_sign_in_codes',
      {
        id: tx.newId(),
        street_id: plan.street_id,
        planned_activity_id: plan.id,
        occurrence_on: occurrence.on,
        code,
        reserved_by: tx.actor.userId,
      },
      { action: 'activity.sign_in_code.reserve' },
    );
    return code;
  }
  throw new Error(`no free sign-in code in ${codeAttempts} draws: the code generator is broken`);
}

/** A planned date as its page and sheet show it (no people: a plan names none). */
async function occurrenceFacts(db: Db, plan: PlannedActivityRow, on: string) {
  const { startsAt, endsAt } = occurrenceInstants(on, plan.start_time, plan.duration_minutes);
  const organization = await db
    .selectFrom('organizations')
    .select('name')
    .where('id', '=', plan.organization_id)
    .executeTakeFirstOrThrow();
  return {
    plannedActivityId: plan.id,
    on,
    title: plan.title,
    organizationId: plan.organization_id,
    organizationName: organization.name,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    place: await placeName(db, plan),
    signInOpensAt: plannedSignInOpensAt(startsAt).toISOString(),
  };
}

/** The planned date behind a reserved code, with its plan and times (no scope: the code is the key). */
async function reservedOccurrence(db: Db, code: string) {
  const reserved = await db
    .selectFrom('occurrence_sign_in_codes as r')
    .innerJoin('planned_activities as p', 'p.id', 'r.planned_activity_id')
    .selectAll('p')
    .select(['r.occurrence_on', 'r.code'])
    .where('r.code', '=', code)
    .executeTakeFirst();
  if (!reserved) return undefined;
  const { occurrence_on: on, code: reservedCode, ...plan } = reserved;
  return { plan, on, code: reservedCode, ...occurrenceInstants(on, plan.start_time, plan.duration_minutes) };
}

/**
 * What the public sign-in page shows for a reserved code before its date is held: the plan's
 * title, organization and times, open from an hour before the start (core plannedSignInState).
 */
export async function publicOccurrenceByCode({ db, actor }: Pick<PublicContext, 'db' | 'actor'>, code: string) {
  const found = await reservedOccurrence(db, code);
  if (!found) return fail('activity.unknown');
  const facts = await occurrenceFacts(db, found.plan, found.on);
  const state = plannedSignInState(found, actor.now);
  return ok({
    title: facts.title,
    organizations: [facts.organizationName],
    startsAt: facts.startsAt,
    endsAt: facts.endsAt,
    isOpen: state === 'open',
    ...(state === 'not_open_yet' ? { opensAt: facts.signInOpensAt } : {}),
  });
}

/**
 * The first resident to scan a reserved code makes the date's record, in the sign-in's own
 * transaction (so a sign-in that fails leaves no record): prefilled from the plan as 举办了 makes
 * it, with no counts yet and the reserved code. A public action has no user: the record's
 * `recorded_by` is empty and its audit entry (`activity.record_by_sign_in`) has no actor, only the
 * instant and the row — which names the plan, the date and the code that made it. A scan that
 * waited here for another finds the record that one made. Answers the record's id, or why not.
 */
export async function firstSignInRecord(
  tx: Pick<PublicContext, 'actor' | 'today' | 'newId'> & { db: TxContext['db'] },
  code: string,
  findRecord: () => Promise<{ id: string } | undefined>,
): Promise<Result<{ id: string }>> {
  const found = await reservedOccurrence(tx.db, code);
  if (!found) return fail('activity.unknown');
  const occurrence = { plannedActivityId: found.plan.id, on: found.on };
  await lockOccurrence(tx.db, occurrence);
  const madeMeanwhile = await findRecord();
  if (madeMeanwhile) return ok(madeMeanwhile);
  const state = plannedSignInState(found, tx.actor.now);
  if (state !== 'open') return fail(state === 'closed' ? 'activity.sign_in_closed' : 'activity.sign_in_not_open');
  const asThePublic: TxContext = {
    db: tx.db,
    // The plan's street: its place and organization were checked against it when it was announced.
    scope: { kind: 'street', streetId: found.plan.street_id },
    actor: { userId: null, now: tx.actor.now, displayName: '' },
    today: tx.today,
    newId: tx.newId,
  };
  const none = { organizerCount: 0, servedCount: 0 };
  const recorded = await recordActivity(asThePublic, {
    ...recordOfOccurrence(found.plan, found.on, none, found.code),
    auditAction: 'activity.record_by_sign_in',
  });
  return recorded.ok ? ok({ id: recorded.value.id }) : recorded;
}
