import { fail, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';

/** Lookups the hours writes (record.ts, corrections.ts, link.ts) share. */

/** A person the caller sees; an erased one is refused like one out of scope. */
export async function visiblePerson(tx: TxContext, personId: string): Promise<Result<Selectable<Database['people']>>> {
  const person = await findInScope(tx, 'people', personId);
  if (person.ok && person.value.erased_at !== null) return fail('auth.forbidden');
  return person;
}

export async function hasCurrentRecord(tx: TxContext, activityId: string, organizationId: string, personId: string) {
  return !!(await tx.db
    .selectFrom('volunteer_hours')
    .select('id')
    .where('activity_id', '=', activityId)
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('superseded_by', 'is', null)
    .executeTakeFirst());
}

/** The current version of a record whose recorder the caller sees, locked for a change. */
export async function lockRecord(tx: TxContext, id: string): Promise<Result<Selectable<Database['volunteer_hours']>>> {
  const found = await findInScope(tx, 'volunteer_hours', id, { forUpdate: true });
  if (found.ok && found.value.superseded_by !== null) return fail('volunteering.superseded');
  return found;
}
