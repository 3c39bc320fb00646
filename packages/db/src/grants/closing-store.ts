import {
  type ClosingFigures,
  type ClosingInput,
  fail,
  type GrantClosing,
  ok,
  type Result,
  shanghaiDayEnd,
  shanghaiDayStart,
} from '@seedbed/core';
import type { Selectable } from 'kysely';
import { insertAudited, updateAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { lockOpenAgreement } from './agreement-read';
import type { GrantAgreementsTable, GrantClosingsTable } from './agreement-tables';
import { postGrantReturn } from './claim-payment';
import { ledgerOfAgreement } from './ledger-read';

type AgreementRow = Selectable<GrantAgreementsTable>;

/**
 * What the team did in the grant's period, from what exists: its activities (merged duplicates
 * skipped), their photos, head counts (organizers + served) and person-times (人次, attendances on
 * the sign-in). Planned against held per plan item waits for activities to link to the proposal's
 * plan items (`planItemsPlannedVsHeld` stays null until that part of issue 17 lands).
 */
async function activityFiguresOf(db: Db, agreement: AgreementRow) {
  const activities = await db
    .selectFrom('activities')
    .innerJoin('activity_organizations as mine', 'mine.activity_id', 'activities.id')
    .select(['activities.id', 'activities.organizer_count', 'activities.served_count'])
    .where('mine.organization_id', '=', agreement.organization_id)
    // Merged duplicates point at the record they were merged into (activities' notMerged, inline:
    // the activities capability reads grants' plan items, so grants does not import it back).
    .where('activities.merged_into_id', 'is', null)
    .where('activities.starts_at', '>=', shanghaiDayStart(agreement.starts_on))
    .where('activities.starts_at', '<', shanghaiDayEnd(agreement.ends_on))
    .execute();
  const ids = activities.map((activity) => activity.id);
  const count = async (table: 'activity_media' | 'activity_participants', photosOnly: boolean) => {
    if (ids.length === 0) return 0;
    let query = db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('activity_id', 'in', ids);
    if (photosOnly) query = query.where('kind' as never, '=', 'photo' as never);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };
  return {
    activitiesHeld: activities.length,
    planItemsPlannedVsHeld: null,
    photos: await count('activity_media', true),
    headCount: activities.reduce((total, a) => total + a.organizer_count + a.served_count, 0),
    personTimes: await count('activity_participants', false),
  };
}

function closingOf(row: Selectable<GrantClosingsTable>): GrantClosing {
  return {
    agreementId: row.agreement_id,
    closedOn: row.closed_on,
    teamWords: row.team_words,
    figures: row.figures as ClosingFigures,
    closedAt: new Date(row.closed_at).toISOString(),
  };
}

/** The final report as it would read today, before closing (staff and the team look at it first). */
export async function previewGrantClosing(
  call: Pick<StoreContext, 'db' | 'scope'>,
  agreementId: string,
): Promise<Result<ClosingFigures>> {
  const agreement = await findInScope(call, 'grant_agreements', agreementId);
  if (!agreement.ok) return agreement;
  const ledger = await ledgerOfAgreement(call.db, agreement.value);
  return ok({
    ...(await activityFiguresOf(call.db, agreement.value)),
    spentPerLine: ledger.lines,
    spentFen: ledger.spentFen,
    unspentFen: ledger.remainingFen,
    returnedFen: ledger.heldByTeamFen,
  });
}

/**
 * Closing 结项: the figures are frozen with the team's own words, tranche money the team still holds
 * is returned (posted into its book), and the grant takes no more claims or tranches. Refused while
 * an approved claim waits for its payment, so nobody's advance is stranded by closing; claims still
 * being checked are declined by staff first, on the record.
 */
export function closeGrant(
  call: StoreContext,
  agreementId: string,
  input: ClosingInput,
): Promise<Result<GrantClosing>> {
  return inTransaction(call, async (tx) => {
    const agreement = await lockOpenAgreement(tx, agreementId);
    if (!agreement.ok) return agreement;
    const open = await tx.db
      .selectFrom('grant_claims')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('agreement_id', '=', agreementId)
      .where('state', 'in', ['submitted', 'changes_requested', 'checked', 'approved'])
      .executeTakeFirstOrThrow();
    if (Number(open.n) > 0) return fail('grants.claims_unpaid', { count: Number(open.n) });
    const returnedFen = await postGrantReturn(tx, agreement.value);
    const preview = await previewGrantClosing(tx, agreementId);
    if (!preview.ok) return preview;
    const row = await insertAudited(
      tx,
      'grant_closings',
      {
        id: tx.newId(),
        agreement_id: agreementId,
        street_id: agreement.value.street_id,
        organization_id: agreement.value.organization_id,
        closed_on: input.closedOn,
        team_words: input.teamWords,
        figures: JSON.stringify({ ...preview.value, returnedFen }),
        closed_by: tx.actor.userId,
        closed_at: tx.actor.now,
      },
      { action: 'grants.closing.close' },
    );
    await updateAudited(
      tx,
      'grant_agreements',
      agreementId,
      { closed_at: tx.actor.now },
      { action: 'grants.agreement.close' },
    );
    return ok(closingOf(row));
  });
}

export async function readGrantClosing(
  call: Pick<StoreContext, 'db' | 'scope'>,
  agreementId: string,
): Promise<Result<GrantClosing | null>> {
  const agreement = await findInScope(call, 'grant_agreements', agreementId);
  if (!agreement.ok) return agreement;
  const row = await call.db
    .selectFrom('grant_closings')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  return ok(row ? closingOf(row) : null);
}
