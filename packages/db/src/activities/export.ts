import type { PersonExportHook } from '../people';
import { signInsOfPerson } from './erasure';

/**
 * Activities' part of a person's export (PIPL art. 45): the activities they took part in (by their
 * record), their self sign-ins at the door and feedback given under their name — the same rows
 * erasure reaches, found the same way.
 */
export const exportActivityRecords: PersonExportHook = async ({ db }, person) => {
  const [activities, signIns, feedback] = await Promise.all([
    db
      .selectFrom('activity_participants as p')
      .innerJoin('activities as a', 'a.id', 'p.activity_id')
      .select(['p.id', 'p.role', 'a.id as activityId', 'a.title', 'a.starts_at as startsAt', 'a.ends_at as endsAt'])
      .where('p.person_id', '=', person.id)
      .orderBy('a.starts_at')
      .execute(),
    signInsOfPerson(db, person)
      .innerJoin('activities as a', 'a.id', 'activity_sign_ins.activity_id')
      .select([
        'activity_sign_ins.id',
        'activity_sign_ins.name',
        'activity_sign_ins.phone',
        'activity_sign_ins.signed_at as signedAt',
        'a.id as activityId',
        'a.title',
      ])
      .orderBy('activity_sign_ins.signed_at')
      .execute(),
    db
      .selectFrom('activity_feedback as f')
      .innerJoin('activities as a', 'a.id', 'f.activity_id')
      .select(['f.id', 'f.text', 'f.said_by as saidBy', 'a.id as activityId', 'a.title'])
      .where('f.street_id', '=', person.streetId)
      .where('f.said_by', '=', person.name)
      .execute(),
  ]);
  return { activities, signIns, feedback };
};
