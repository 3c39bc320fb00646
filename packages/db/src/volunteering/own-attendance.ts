import { byPublicCode } from '../activities';
import type { PublicContext } from '../context';
import { hashSignOutToken } from './sign-out-token';

/** What the phone holding a sign-out key is shown of its own attendance. */
export interface OwnAttendance {
  name: string;
  signedInAt: string;
  signedOutAt: string | null;
  /** The proven minutes once signed out (the current version of the hours record), else null. */
  minutes: number | null;
}

/**
 * The attendance the sign-out key this phone keeps opens at an activity's code, or null. The public
 * volunteer page reads it so that, back on the phone they signed in with, the volunteer sees their
 * own name and one 签退 button. Only the first sign-in's key is kept (as a hash, public.ts), so the
 * key shows its holder their own record and nobody else's.
 */
export async function findOwnAttendance(
  { db }: Pick<PublicContext, 'db'>,
  code: string,
  signOutToken: string,
): Promise<OwnAttendance | null> {
  const row = await db
    .selectFrom('volunteer_attendances as va')
    .innerJoin('activities', 'activities.id', 'va.activity_id')
    .leftJoin('volunteer_hours as vh', (join) =>
      join.onRef('vh.attendance_id', '=', 'va.id').on('vh.superseded_by', 'is', null),
    )
    .select(['va.name', 'va.signed_in_at', 'va.signed_out_at', 'vh.minutes'])
    .where(byPublicCode(code))
    .where('va.sign_out_token_hash', '=', hashSignOutToken(signOutToken))
    .executeTakeFirst();
  if (!row) return null;
  return {
    name: row.name,
    signedInAt: new Date(row.signed_in_at).toISOString(),
    signedOutAt: row.signed_out_at === null ? null : new Date(row.signed_out_at).toISOString(),
    minutes: row.signed_out_at === null ? null : (row.minutes ?? 0),
  };
}
