import type { PersonExportHook } from '../people';

/** Coaching's part of a person's export: the sessions (courses, workshops, 生活会) they attended. */
export const exportCoachingRecords: PersonExportHook = async ({ db }, person) => ({
  coaching: await db
    .selectFrom('coaching_session_people as p')
    .innerJoin('coaching_sessions as s', 's.id', 'p.session_id')
    .select(['s.id as sessionId', 's.kind', 's.held_on as heldOn', 's.topic'])
    .where('p.person_id', '=', person.id)
    .orderBy('s.held_on')
    .execute(),
});
