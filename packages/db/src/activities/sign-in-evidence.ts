import { type AttendanceEntry, type SignInFlag, signInFlags } from '@seedbed/core';
import type { Db } from '../connection';

export interface SignInEvidence {
  /** Each sign-in as the attendance count sees it (core figures.ts). */
  entries: AttendanceEntry[];
  count: number;
  /** Given with a phone, the stronger evidence — counted even after a guest's phone was removed. */
  withPhone: number;
  flags: SignInFlag[];
}

/** An activity's self sign-ins as evidence: who counts as whom, how many came with a phone, and what looks made up. */
export async function signInEvidenceOf(db: Db, activityId: string, statedSize: number): Promise<SignInEvidence> {
  const rows = await db
    .selectFrom('activity_sign_ins')
    .select(['id', 'name', 'phone', 'has_phone', 'contact_removed_at', 'signed_at'])
    .where('activity_id', '=', activityId)
    .execute();
  return {
    entries: rows.map(
      (s): AttendanceEntry =>
        s.phone === null && s.contact_removed_at !== null
          ? { kind: 'sign_in_contact_removed', id: s.id }
          : { kind: 'sign_in', name: s.name, phone: s.phone },
    ),
    count: rows.length,
    withPhone: rows.filter((s) => s.has_phone).length,
    flags: signInFlags(
      rows.map((s) => s.signed_at),
      statedSize,
    ),
  };
}
