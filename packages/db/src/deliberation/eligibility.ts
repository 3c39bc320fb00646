import { type EligibilityKind, fail, ok, type Result } from '@seedbed/core';
import type { TxContext } from '../context';
import { findInScope } from '../find-in-scope';

/** One slip to make: a person's, or an attendee's (a sign-in without a person row). */
export type Voter = { personId: string; attendeeId: null } | { personId: null; attendeeId: string };

/**
 * Who may vote, as the vote was opened: the meeting's attendees, an organization's current members,
 * a council term's members, or the residents of an estate (people not erased or merged). The list
 * is fixed when the vote opens — one slip each — so joining later does not change a running count.
 */
export async function eligibleVoters(
  tx: TxContext,
  meeting: { id: string; organization_id: string | null; community_id: string },
  kind: EligibilityKind,
  refId: string | undefined,
): Promise<Result<Voter[]>> {
  const people = (rows: { person_id: string }[]): Voter[] =>
    [...new Set(rows.map((r) => r.person_id))].map((personId) => ({ personId, attendeeId: null }));
  switch (kind) {
    case 'attendees': {
      const rows = await tx.db
        .selectFrom('meeting_attendees')
        .select('id')
        .where('meeting_id', '=', meeting.id)
        .orderBy('added_at')
        .orderBy('id')
        .execute();
      return ok(rows.map((r) => ({ personId: null, attendeeId: r.id })));
    }
    case 'organization_members': {
      const organization = await findInScope(tx, 'organizations', refId ?? '');
      if (!organization.ok) return organization;
      const rows = await tx.db
        .selectFrom('organization_members')
        .select('person_id')
        .where('organization_id', '=', organization.value.id)
        .where('left_on', 'is', null)
        .execute();
      return ok(people(rows));
    }
    case 'term_members': {
      const term = await findInScope(tx, 'council_terms', refId ?? '');
      if (!term.ok) return term;
      const rows = await tx.db
        .selectFrom('council_term_members')
        .select('person_id')
        .where('term_id', '=', term.value.id)
        .execute();
      return ok(people(rows));
    }
    case 'estate_residents': {
      // A team's account may not list the residents of an estate: the slips name every voter, and a
      // team sees its own members only.
      if (tx.scope.kind === 'organization') return fail('deliberation.eligibility_not_allowed');
      const estate = await findInScope(tx, 'estates', refId ?? '');
      if (!estate.ok) return estate;
      if (estate.value.community_id !== meeting.community_id) return fail('deliberation.eligibility_mismatch');
      const rows = await tx.db
        .selectFrom('people')
        .select('id as person_id')
        .where('estate_id', '=', estate.value.id)
        .where('erased_at', 'is', null)
        .where('merged_into', 'is', null)
        .execute();
      return ok(people(rows));
    }
  }
}
