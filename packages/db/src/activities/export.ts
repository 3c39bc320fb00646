import type { PersonExportHook } from '../people';
import { feedbackSaidBy, guestRowsNamed, signInsOfPerson } from './erasure';

/**
 * Activities' part of a person's export (PIPL art. 45): the activities they took part in (by their
 * record, or as a guest under their name), their self sign-ins at the door and feedback given under their name — the same rows
 * erasure reaches, found the same way.
 */
export const exportActivityRecords: PersonExportHook = async ({ db }, person) => {
  const [activities, signIns, feedback] = await Promise.all([
    db
      .selectFrom('activity_participants as p')
      .innerJoin('activities as a', 'a.id', 'p.activity_id')
      .select(['p.id', 'p.role', 'a.id as activityId', 'a.title', 'a.starts_at as startsAt', 'a.ends_at as endsAt'])
      .where((eb) =>
        eb.or([
          eb('p.person_id', '=', person.id),
          eb('p.id', 'in', guestRowsNamed(db, person).select('activity_participants.id')),
        ]),
      )
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
    feedbackSaidBy(db, person)
      .innerJoin('activities as a', 'a.id', 'activity_feedback.activity_id')
      .select([
        'activity_feedback.id',
        'activity_feedback.text',
        'activity_feedback.said_by as saidBy',
        'a.id as activityId',
        'a.title',
      ])
      .execute(),
  ]);
  return { activities, signIns, feedback };
};
