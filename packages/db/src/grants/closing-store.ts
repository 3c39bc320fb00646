import {
  type ClosingFigures,
  type ClosingInput,
  type ClosingReport,
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
import { closingWordsOf } from './closing-words';
import { ledgerOfAgreement } from './ledger-read';
import { planVersusHeldOf } from './plan-items';

type AgreementRow = Selectable<GrantAgreementsTable>;

/**
 * What the team did in the grant's period, from what exists: its activities (merged duplicates
 * skipped), their photos, head counts (organizers + served) and person-times (人次, attendances on
 * the sign-in), and planned against held per plan item of the agreement's proposal (activities
 * linked 计划内, whenever they were held).
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
    planItemsPlannedVsHeld: await planVersusHeldOf(db, await proposalOf(db, agreement.proposal_id)),
    photos: await count('activity_media', true),
    headCount: activities.reduce((total, a) => total + a.organizer_count + a.served_count, 0),
    personTimes: await count('activity_participants', false),
  };
}

async function proposalOf(db: Db, proposalId: string) {
  return db
    .selectFrom('grant_proposals')
    .select(['id', 'title'])
    .where('id', '=', proposalId)
    .executeTakeFirstOrThrow();
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
 * Closing 结项: the figures are frozen with the team's own words (saved by the team beforehand,
 * closing-words.ts; none yet is `grants.closing_words_missing`), tranche money the team still holds
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
    const teamWords = agreement.value.closing_words;
    if (teamWords === null) return fail('grants.closing_words_missing');
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
        team_words: teamWords,
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

/**
 * The final report as staff and the team read it: frozen once closed, today's figures meanwhile
 * (the preview is what closing would freeze), and the team's words as last saved.
 */
export async function readClosingReport(
  call: Pick<StoreContext, 'db' | 'scope'>,
  agreementId: string,
): Promise<Result<ClosingReport>> {
  const preview = await previewGrantClosing(call, agreementId);
  if (!preview.ok) return preview;
  const [row, agreement] = await Promise.all([
    call.db.selectFrom('grant_closings').selectAll().where('agreement_id', '=', agreementId).executeTakeFirst(),
    call.db
      .selectFrom('grant_agreements')
      .select(['closing_words', 'closing_words_at'])
      .where('id', '=', agreementId)
      .executeTakeFirstOrThrow(),
  ]);
  return ok({ closing: row ? closingOf(row) : null, preview: preview.value, teamWords: closingWordsOf(agreement) });
}
