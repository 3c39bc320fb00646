import { fail, ok, type Result, type RoundGraduate, type TrainingCohortRoundsInput } from '@seedbed/core';
import { sql } from 'kysely';
import { updateAudited } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/**
 * The rounds a cohort's graduates are eligible in (training_cohorts.linked_round_ids), replaced
 * whole. Each round is in the caller's scope and of the cohort's street: a cohort of one street
 * cannot reserve another street's money for its graduates.
 */
export function linkTrainingCohortRounds(
  call: StoreContext,
  cohortId: string,
  input: TrainingCohortRoundsInput,
): Promise<Result<{ id: string; linkedRoundIds: string[] }>> {
  return inTransaction(call, async (tx) => {
    const cohort = await findInScope(tx, 'training_cohorts', cohortId, { forUpdate: true });
    if (!cohort.ok) return cohort;
    const roundIds = [...new Set(input.roundIds)];
    for (const roundId of roundIds) {
      const round = await findInScope(tx, 'grant_rounds', roundId);
      if (!round.ok) return round;
      if (round.value.street_id !== cohort.value.street_id) return fail('training.round_other_street');
    }
    const { after } = await updateAudited(
      tx,
      'training_cohorts',
      cohortId,
      { linked_round_ids: roundIds, updated_at: tx.actor.now },
      { action: 'training.cohort.link_rounds' },
    );
    return ok({ id: after.id, linkedRoundIds: after.linked_round_ids });
  });
}

/**
 * A round's eligible graduates: those who graduated from a cohort linked to it, each person once
 * (the earliest graduation). Names are here for the view to keep or drop (core roundGraduateAsSeenBy).
 */
export async function graduatesOfRound(
  call: Pick<StoreContext, 'db' | 'scope'>,
  roundId: string,
): Promise<Result<RoundGraduate[]>> {
  const round = await findInScope(call, 'grant_rounds', roundId);
  if (!round.ok) return round;
  const rows = await call.db
    .selectFrom('training_applications as a')
    .innerJoin('training_cohorts as c', 'c.id', 'a.cohort_id')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.person_id', 'p.name', 'c.id as cohort_id', 'c.name as cohort_name'])
    .select(sql<string>`c.graduated_on::text`.as('graduated_on'))
    .where('a.graduated', '=', true)
    .where('c.graduated_on', 'is not', null)
    .where(sql<boolean>`${roundId}::uuid = any(c.linked_round_ids)`)
    .where('p.erased_at', 'is', null)
    .orderBy('c.graduated_on')
    .orderBy('p.name')
    .execute();
  const seen = new Set<string>();
  return ok(
    rows
      .filter((r) => !seen.has(r.person_id) && seen.add(r.person_id))
      .map((r) => ({
        personId: r.person_id,
        name: r.name,
        cohortId: r.cohort_id,
        cohortName: r.cohort_name,
        graduatedOn: r.graduated_on,
      })),
  );
}
