import type { PersonExportHook } from '../people';

/** Volunteering's part of a person's export: sign-ins and sign-outs, hours and certificates. */
export const exportVolunteerRecords: PersonExportHook = async ({ db }, person) => {
  const [volunteerAttendances, volunteerHours, certificates] = await Promise.all([
    db
      .selectFrom('volunteer_attendances')
      // Named columns: a sign-out secret, if one is added, is not part of anyone's export.
      .select([
        'id',
        'activity_id as activityId',
        'name',
        'phone',
        'signed_in_at as signedInAt',
        'signed_out_at as signedOutAt',
      ])
      .where('person_id', '=', person.id)
      .execute(),
    db.selectFrom('volunteer_hours').selectAll().where('person_id', '=', person.id).execute(),
    db
      .selectFrom('volunteer_certificates')
      .select(['id', 'number', 'snapshot'])
      .where('person_id', '=', person.id)
      .execute(),
  ]);
  return { volunteerAttendances, volunteerHours, certificates };
};
