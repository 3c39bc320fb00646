import type { Db } from '@seedbed/db';
import type { Client } from './api';

/** People of a street to apply and vouch (any person may: no membership or account needed). */
export async function peopleOfStreet(db: Db, streetId: string, count: number): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('people')
    .select(['id', 'name'])
    .where('street_id', '=', streetId)
    .where('erased_at', 'is', null)
    .where('id', 'not in', db.selectFrom('training_applications').select('person_id'))
    .orderBy('id')
    .limit(count)
    .execute();
}

/** A programme and a cohort of it, through the routes; returns the cohort's id. */
export async function openCohort(
  client: Client,
  streetId: string,
  cohort: { name?: string; plannedSessions?: number; minimumSessionsAttended?: number; communityId?: string } = {},
): Promise<string> {
  const programme = await client.post('/api/training/programmes', {
    streetId,
    name: '友邻学社',
    kind: 'neighbour_school',
    organizer: '培育中心',
  });
  if (programme.status !== 201) throw new Error(`programme: ${programme.status} ${JSON.stringify(programme.body)}`);
  const made = await client.post(`/api/training/programmes/${programme.body.id}/cohorts`, {
    name: cohort.name ?? '第二期',
    startsOn: '2026-06-01',
    plannedSessions: cohort.plannedSessions ?? 8,
    ...(cohort.minimumSessionsAttended !== undefined && { minimumSessionsAttended: cohort.minimumSessionsAttended }),
    ...(cohort.communityId && { communityId: cohort.communityId }),
    commitmentText: '我承诺按时参加培训，完成作业，回到社区做一件公共的事。',
  });
  if (made.status !== 201) throw new Error(`cohort: ${made.status} ${JSON.stringify(made.body)}`);
  return made.body.id as string;
}

/** Takes an application through interview and commitment to acceptance. */
export async function acceptApplication(client: Client, applicationId: string): Promise<void> {
  const steps = [
    [`/api/training/applications/${applicationId}/interview`, { interviewedOn: '2026-06-20', result: 'pass' }],
    [`/api/training/applications/${applicationId}/commitment`, {}],
    [`/api/training/applications/${applicationId}/decision`, { decision: 'accepted' }],
  ] as const;
  for (const [path, body] of steps) {
    const answer = await client.post(path, body);
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}
