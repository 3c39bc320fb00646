import { ok, type PersonTraining, type Result } from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { visibleTrainingCohorts } from '../scope';

/** A person's training history, for their page: applications they made or vouched for, in cohorts the caller sees. */
export async function readPersonTraining(
  call: Pick<StoreContext, 'db' | 'scope'>,
  personId: string,
): Promise<Result<PersonTraining>> {
  const person = await findInScope(call, 'people', personId);
  if (!person.ok) return person;
  const rows = await call.db
    .selectFrom('training_applications as a')
    .innerJoin('training_cohorts', 'training_cohorts.id', 'a.cohort_id')
    .innerJoin('training_programmes as p', 'p.id', 'training_cohorts.programme_id')
    .innerJoin('people as applicant', 'applicant.id', 'a.person_id')
    .select([
      'a.id',
      'a.cohort_id',
      'a.person_id',
      'a.status',
      'a.graduated',
      'p.name as programme_name',
      'training_cohorts.name as cohort_name',
      'training_cohorts.starts_on',
      'applicant.name as applicant_name',
    ])
    .where((eb) => eb.or([eb('a.person_id', '=', personId), eb('a.guarantor_person_id', '=', personId)]))
    .where(visibleTrainingCohorts(call.scope))
    .orderBy('training_cohorts.starts_on', 'desc')
    .orderBy('a.id')
    .execute();
  return ok({
    items: rows.map((r) => ({
      applicationId: r.id,
      cohortId: r.cohort_id,
      programmeName: r.programme_name,
      cohortName: r.cohort_name,
      startsOn: r.starts_on,
      as: r.person_id === personId ? ('applicant' as const) : ('guarantor' as const),
      applicantName: r.applicant_name,
      status: r.status as PersonTraining['items'][number]['status'],
      graduated: r.graduated,
    })),
  });
}
