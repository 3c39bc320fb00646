import {
  fail,
  mergeHeadCounts,
  mergeLists,
  mergeMedia,
  mergeParticipants,
  mergeSignIns,
  mergeTexts,
  ok,
  type Result,
} from '@seedbed/core';
import type { Selectable, Transaction } from 'kysely';
import { recordAudit } from '../audit';
import type { AuditedWriter } from '../audited';
import { inTransaction, type StoreContext } from '../context';
import type { Database } from '../tables';
import { lockPair } from './duplicates';
import { planColumnsAfterMerge } from './merge-sides';
import type { ActivitiesTable } from './tables';

/**
 * Merging two records of one activity (既不重复又不遗漏, seed 002); finding the pairs is duplicates.ts.
 * What other capabilities hang on an activity (staff tracking logs, volunteer hours, a publicity
 * draft) they move themselves, through the hooks the merge is given (db/src/capability-hooks.ts):
 * activities writes only its own tables.
 */

/**
 * Another capability's part of a merge, inside the merge's transaction: move what it hangs on the
 * merged record to the kept one, and say which of its rows moved (kept in the audit entry).
 */
export type ActivityMergeHook = (
  tx: AuditedWriter,
  merge: { keptId: string; mergedId: string },
) => Promise<Record<string, string[]>>;

async function runMergeHooks(
  hooks: readonly ActivityMergeHook[],
  tx: AuditedWriter,
  merge: { keptId: string; mergedId: string },
) {
  const moved: Record<string, string[]> = {};
  for (const hook of hooks) Object.assign(moved, await hook(tx, merge));
  return moved;
}

type ActivityRow = Selectable<ActivitiesTable>;

async function authorName(trx: Transaction<Database>, userId: string | null) {
  if (!userId) return null;
  const user = await trx.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirst();
  return user?.display_name ?? null;
}

/**
 * Merges record `mergeId` into `keepId` in one transaction (staff confirmed they are one activity):
 * organizations (union), participants (each person/guest once), feedback (appended), self
 * sign-ins (each identity once), media (all kept; the same bytes once; renumbered after the kept
 * record's), the planned date it fulfilled — and, through `hooks`, what other capabilities hang on
 * it (tracking logs, volunteer hours, a publicity draft); both authors' content and reflection
 * (core's mergeTexts); head counts the larger (core's mergeHeadCounts). The organization's side is
 * authoritative for what it did: when the kept record was made by a tracking log and the other is
 * the organization's, the organization's title and openness win. The merged record stays, pointing
 * to the kept one (its idempotent submissions follow the pointer); earlier merges into it are
 * re-pointed. Repeated participants and sign-ins are deleted; a repeated file stays with the merged
 * record (no file is ever lost).
 */
export async function mergeActivities(
  call: StoreContext,
  pair: { keepId: string; mergeId: string },
  hooks: readonly ActivityMergeHook[],
): Promise<Result<{ id: string }>> {
  if (pair.keepId === pair.mergeId) return fail('tracking.merge_same_activity');
  return inTransaction(call, async ({ db: trx, actor, scope }) => {
    const locked = await lockPair({ db: trx, scope }, [pair.keepId, pair.mergeId]);
    if (!locked.ok) return locked;
    const [kept, merged] = locked.value as [ActivityRow, ActivityRow];
    if (kept.merged_into_id || merged.merged_into_id) return fail('tracking.merge_already_merged');
    const organizations = await trx
      .selectFrom('activity_organizations')
      .selectAll()
      .where('activity_id', 'in', [kept.id, merged.id])
      .orderBy('position')
      .execute();
    const keptOrganizations = organizations.filter((o) => o.activity_id === kept.id);
    const mergedOrganizations = organizations.filter((o) => o.activity_id === merged.id);
    const shared = mergedOrganizations.some((m) =>
      keptOrganizations.some((k) => k.organization_id === m.organization_id),
    );
    if (!shared) return fail('tracking.merge_no_common_organization');

    const moved = {
      organizations: await unionOrganizations(trx, kept.id, keptOrganizations, mergedOrganizations),
      participants: await moveParticipants(trx, kept.id, merged.id),
      feedback: await moveFeedback(trx, kept.id, merged.id),
      signIns: await moveSignIns(trx, kept.id, merged.id),
      media: await moveMedia(trx, kept.id, merged.id),
      ...(await runMergeHooks(hooks, { db: trx, actor }, { keptId: kept.id, mergedId: merged.id })),
    };

    const [keptAuthor, mergedAuthor] = await Promise.all([
      authorName(trx, kept.recorded_by),
      authorName(trx, merged.recorded_by),
    ]);
    const organizationWins = kept.created_by_tracking && !merged.created_by_tracking;
    const movePlan = !kept.planned_activity_id && merged.planned_activity_id !== null;
    await trx
      .updateTable('activities')
      .set({ merged_into_id: kept.id, merged_at: actor.now, merged_by: actor.userId, updated_at: actor.now })
      .where('id', '=', merged.id)
      .execute();
    if (movePlan) {
      // The unique (planned_activity_id, occurrence_on) needs the merged record to let go first.
      await trx
        .updateTable('activities')
        .set({ planned_activity_id: null, occurrence_on: null })
        .where('id', '=', merged.id)
        .execute();
    }
    const counts = mergeHeadCounts(
      { organizerCount: kept.organizer_count, servedCount: kept.served_count },
      { organizerCount: merged.organizer_count, servedCount: merged.served_count },
    );
    const hasPlace = kept.space_id || kept.estate_id || kept.place_text;
    const after = await trx
      .updateTable('activities')
      .set({
        ...(organizationWins && { title: merged.title, openness: merged.openness }),
        content:
          mergeTexts(
            {
              text: organizationWins ? merged.content : kept.content,
              authorName: organizationWins ? mergedAuthor : keptAuthor,
            },
            {
              text: organizationWins ? kept.content : merged.content,
              authorName: organizationWins ? keptAuthor : mergedAuthor,
            },
          ) ?? '',
        reflection: mergeTexts(
          { text: kept.reflection, authorName: keptAuthor },
          { text: merged.reflection, authorName: mergedAuthor },
        ),
        organizer_count: counts.organizerCount,
        served_count: counts.servedCount,
        co_hosts: mergeLists(kept.co_hosts, merged.co_hosts),
        beneficiary_groups: mergeLists(kept.beneficiary_groups, merged.beneficiary_groups),
        ...(!hasPlace && {
          space_id: merged.space_id,
          estate_id: merged.estate_id,
          courtyard_id: merged.courtyard_id,
          place_text: merged.place_text,
        }),
        ...(!kept.community_id && { community_id: merged.community_id }),
        ...(movePlan && { planned_activity_id: merged.planned_activity_id, occurrence_on: merged.occurrence_on }),
        ...planColumnsAfterMerge(kept, merged),
        // Still "made by tracking" only if neither side is the organization's own record.
        created_by_tracking: kept.created_by_tracking && merged.created_by_tracking,
        updated_at: actor.now,
      })
      .where('id', '=', kept.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('activities')
      .set({ merged_into_id: kept.id, updated_at: actor.now })
      .where('merged_into_id', '=', merged.id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'activity.merge',
      tableName: 'activities',
      recordId: kept.id,
      streetId: kept.street_id,
      before: kept,
      after: { ...after, mergedId: merged.id, moved },
    });
    await recordAudit(trx, actor, {
      action: 'activity.merged_into',
      tableName: 'activities',
      recordId: merged.id,
      streetId: merged.street_id,
      before: merged,
      after: { mergedIntoId: kept.id },
    });
    return ok({ id: kept.id });
  });
}

type OrganizationRow = Selectable<Database['activity_organizations']>;

async function unionOrganizations(
  trx: Transaction<Database>,
  keptId: string,
  kept: OrganizationRow[],
  merged: OrganizationRow[],
) {
  const missing = merged.filter((m) => !kept.some((k) => k.organization_id === m.organization_id));
  const next = Math.max(-1, ...kept.map((k) => k.position)) + 1;
  if (missing.length > 0)
    await trx
      .insertInto('activity_organizations')
      .values(
        missing.map((m, i) => ({
          activity_id: keptId,
          organization_id: m.organization_id,
          street_id: m.street_id,
          position: next + i,
        })),
      )
      .execute();
  return missing.map((m) => m.organization_id);
}

async function moveParticipants(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const rows = await trx
    .selectFrom('activity_participants')
    .select(['id', 'activity_id', 'person_id', 'guest_name', 'role'])
    .where('activity_id', 'in', [keptId, mergedId])
    .orderBy('id')
    .execute();
  const asMerge = (r: (typeof rows)[number]) => ({
    id: r.id,
    personId: r.person_id,
    guestName: r.guest_name,
    role: r.role as 'organizer' | 'participant',
  });
  const plan = mergeParticipants(
    rows.filter((r) => r.activity_id === keptId).map(asMerge),
    rows.filter((r) => r.activity_id === mergedId).map(asMerge),
  );
  if (plan.drop.length > 0) await trx.deleteFrom('activity_participants').where('id', 'in', plan.drop).execute();
  if (plan.move.length > 0)
    await trx.updateTable('activity_participants').set({ activity_id: keptId }).where('id', 'in', plan.move).execute();
  if (plan.promote.length > 0)
    await trx.updateTable('activity_participants').set({ role: 'organizer' }).where('id', 'in', plan.promote).execute();
  return plan;
}

async function moveFeedback(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const last = await trx
    .selectFrom('activity_feedback')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('activity_id', '=', keptId)
    .executeTakeFirst();
  const rows = await trx
    .selectFrom('activity_feedback')
    .select(['id', 'position'])
    .where('activity_id', '=', mergedId)
    .orderBy('position')
    .execute();
  const start = (last?.position ?? -1) + 1;
  for (const [i, row] of rows.entries())
    await trx
      .updateTable('activity_feedback')
      .set({ activity_id: keptId, position: start + i })
      .where('id', '=', row.id)
      .execute();
  return rows.map((r) => r.id);
}

async function moveSignIns(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const rows = await trx
    .selectFrom('activity_sign_ins')
    .select(['id', 'activity_id', 'identity_key as identityKey'])
    .where('activity_id', 'in', [keptId, mergedId])
    .orderBy('signed_at')
    .execute();
  const plan = mergeSignIns(
    rows.filter((r) => r.activity_id === keptId),
    rows.filter((r) => r.activity_id === mergedId),
  );
  if (plan.drop.length > 0) await trx.deleteFrom('activity_sign_ins').where('id', 'in', plan.drop).execute();
  if (plan.move.length > 0)
    await trx.updateTable('activity_sign_ins').set({ activity_id: keptId }).where('id', 'in', plan.move).execute();
  return plan;
}

async function moveMedia(trx: Transaction<Database>, keptId: string, mergedId: string) {
  const rows = await trx
    .selectFrom('activity_media')
    .select(['id', 'activity_id', 'kind', 'content_hash as contentHash', 'position'])
    .where('activity_id', 'in', [keptId, mergedId])
    .orderBy('position')
    .orderBy('created_at')
    .execute();
  const plan = mergeMedia(
    rows.filter((r) => r.activity_id === keptId),
    rows.filter((r) => r.activity_id === mergedId),
  );
  for (const move of plan.move)
    await trx
      .updateTable('activity_media')
      .set({ activity_id: keptId, position: move.position })
      .where('id', '=', move.id)
      .execute();
  return plan;
}
