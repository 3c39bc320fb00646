import { fail, ok, type ProposalContent, type Result } from '@seedbed/core';
import type { TxContext } from '../context';

/**
 * What a proposal's content points at must be the team's own: the people in its roles are current
 * members of the organization (a proposal names no stranger), and the need it answers is one of the
 * team's community's register.
 */
export async function checkContentRefersToTeam(
  tx: TxContext,
  team: { organizationId: string; communityId: string },
  content: ProposalContent,
): Promise<Result<null>> {
  const personIds = [
    ...new Set([
      ...content.team.map((entry) => entry.personId),
      ...(content.leaderPersonId ? [content.leaderPersonId] : []),
    ]),
  ];
  if (personIds.length > 0) {
    const members = await tx.db
      .selectFrom('organization_members')
      .select('person_id')
      .distinct()
      .where('organization_id', '=', team.organizationId)
      .where('left_on', 'is', null)
      .where('person_id', 'in', personIds)
      .execute();
    if (members.length !== personIds.length) return fail('grants.proposal_person_not_member');
  }
  if (content.needId) {
    const need = await tx.db
      .selectFrom('needs')
      .select('id')
      .where('id', '=', content.needId)
      .where('community_id', '=', team.communityId)
      .executeTakeFirst();
    if (!need) return fail('grants.proposal_need_unknown');
  }
  return ok(null);
}

/**
 * The plan items' rows follow the version just saved: a key seen before keeps its row (and the
 * activities linked to it) with the new title and month; a new key gets a row; a key the version
 * dropped is marked removed, not deleted, so what was recorded against it stays linked.
 */
export async function writePlanItems(
  tx: TxContext,
  proposal: { id: string; streetId: string },
  content: ProposalContent,
) {
  const existing = await tx.db
    .selectFrom('grant_plan_items')
    .select(['id', 'key'])
    .where('proposal_id', '=', proposal.id)
    .execute();
  const idByKey = new Map(existing.map((row) => [row.key, row.id]));
  for (const [position, item] of content.planItems.entries()) {
    const values = { title: item.title, planned_month: item.plannedMonth ?? null, position, removed_at: null };
    const id = idByKey.get(item.key);
    if (id) await tx.db.updateTable('grant_plan_items').set(values).where('id', '=', id).execute();
    else
      await tx.db
        .insertInto('grant_plan_items')
        .values({ id: tx.newId(), proposal_id: proposal.id, street_id: proposal.streetId, key: item.key, ...values })
        .execute();
  }
  const kept = new Set(content.planItems.map((item) => item.key));
  const dropped = existing.filter((row) => !kept.has(row.key)).map((row) => row.id);
  if (dropped.length > 0)
    await tx.db
      .updateTable('grant_plan_items')
      .set({ removed_at: tx.actor.now })
      .where('id', 'in', dropped)
      .where('removed_at', 'is', null)
      .execute();
}

/** Two contents are the same save when their canonical JSON is (jsonb reorders keys). */
export function isSameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => x.localeCompare(y)))
      : inner,
  );
}
