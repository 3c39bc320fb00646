import type { Db } from '../connection';

/**
 * The names of a vote's slips: a person's name, or an attendee's — the person's, or the name their
 * activity sign-in carries. Read, never copied: erasing a person empties what these show.
 */
export async function slipsWithNames(
  db: Db,
  voteId: string,
): Promise<{ id: string; name: string; code: string; isUsed: boolean; onPaper: boolean }[]> {
  const rows = await db
    .selectFrom('ballot_slips as b')
    .leftJoin('meeting_attendees as a', 'a.id', 'b.attendee_id')
    .leftJoin('people as p', (join) =>
      join.on((eb) => eb.or([eb('p.id', '=', eb.ref('b.person_id')), eb('p.id', '=', eb.ref('a.person_id'))])),
    )
    .leftJoin('activity_sign_ins as s', 's.id', 'a.sign_in_id')
    .select(['b.id', 'b.code', 'b.is_used', 'b.on_paper', 'p.name as personName', 's.name as signInName'])
    .where('b.vote_id', '=', voteId)
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      name: r.personName ?? r.signInName ?? '',
      code: r.code,
      isUsed: r.is_used,
      onPaper: r.on_paper,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id));
}

/** The attendees of a meeting with their names, in the order they were added. */
export async function attendeesWithNames(db: Db, meetingId: string) {
  const rows = await db
    .selectFrom('meeting_attendees as a')
    .leftJoin('people as p', 'p.id', 'a.person_id')
    .leftJoin('activity_sign_ins as s', 's.id', 'a.sign_in_id')
    .select([
      'a.id',
      'a.person_id',
      'a.sign_in_id',
      'a.is_child',
      'a.guardian_agreed',
      'a.source',
      'p.name as personName',
      's.name as signInName',
    ])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('a.added_at')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    name: r.personName ?? r.signInName ?? '',
    isChild: r.is_child,
    guardianAgreed: r.guardian_agreed,
    source: r.source as 'chair' | 'sign_in',
  }));
}
