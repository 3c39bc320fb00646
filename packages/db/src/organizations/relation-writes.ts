import { checkNotInFuture, fail, type InterviewInput, ok, type RelationInput, type Result } from '@seedbed/core';
import { insertAudited } from '../audited';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { type WriteResult, writeUnderOrganization } from './lock';

/** Relations between organizations and baseline interviews. Each write: one transaction, an audit row. */

/** Not after today, not to itself, and not ending before it starts. */
function checkRelation(organizationId: string, input: RelationInput, today: string): Result<true> {
  const dated = checkNotInFuture([input.since], today);
  if (!dated.ok) return dated;
  if (input.relatedOrganizationId === organizationId) return fail('organization.relation_self');
  if (input.since && input.until && input.until < input.since) return fail('organization.date_order');
  return ok(true);
}

/** A dated relation to another organization the caller can see (it may lie in another street). */
export async function addRelation(
  call: StoreContext,
  organizationId: string,
  input: RelationInput,
): Promise<WriteResult> {
  const checked = checkRelation(organizationId, input, call.today);
  return writeUnderOrganization(call, organizationId, checked, async (tx, organization) => {
    const other = await findInScope(tx, 'organizations', input.relatedOrganizationId);
    if (!other.ok) return other;
    const { id } = await insertAudited(
      tx,
      'organization_relations',
      {
        id: tx.newId(),
        street_id: organization.street_id,
        organization_id: organizationId,
        related_organization_id: input.relatedOrganizationId,
        kind: input.kind,
        since: input.since ?? null,
        until: input.until ?? null,
        note: input.note ?? null,
      },
      { action: 'organization.relation.add' },
    );
    return ok({ id });
  });
}

export async function addInterview(
  call: StoreContext,
  organizationId: string,
  input: InterviewInput,
): Promise<WriteResult> {
  return writeUnderOrganization(call, organizationId, [input.interviewedOn], async (tx, organization) => {
    const { id } = await insertAudited(
      tx,
      'organization_interviews',
      {
        id: tx.newId(),
        street_id: organization.street_id,
        organization_id: organizationId,
        interviewed_on: input.interviewedOn,
        interviewer: input.interviewer,
        origin: input.origin ?? null,
        development: input.development ?? null,
        activities: input.activities ?? null,
        difficulties: input.difficulties ?? null,
        hopes: input.hopes ?? null,
        notes: input.notes ?? null,
        recorded_by: tx.actor.userId,
        recorded_at: tx.actor.now,
      },
      { action: 'organization.interview.add' },
    );
    return ok({ id });
  });
}
