import { recordAudit } from '../audit';
import type { TxContext } from '../context';

/** What a staff member's tracking log saw, enough to stand for the activity until its organization records it. */
export interface ObservedActivity {
  organization: { id: string; street_id: string; home_community_id: string };
  signInCode: string;
  /** The staff member whose log made the record. */
  recordedBy: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  placeText: string | null;
}

/**
 * The activity a tracking log makes when the organization has not recorded one (yet), inside the
 * log's transaction (tracking's recordTrackingVisit): title, time and place from the log, head
 * counts 0 (staff did not count for the organization), no content (the process record is the
 * staff's text, not the organization's). Openness is 'members_only' — the least claim: who could
 * join is evidence of 自益→公益 and only the organization can say it was open; it corrects it when
 * it completes the record. Returns the new activity's id.
 */
export async function recordObservedActivity(tx: TxContext, observed: ObservedActivity): Promise<string> {
  const { db: trx, actor } = tx;
  const { organization } = observed;
  const activity = { id: tx.newId() };
  const row = await trx
    .insertInto('activities')
    .values({
      id: activity.id,
      street_id: organization.street_id,
      community_id: organization.home_community_id,
      run_by: 'organizations',
      title: observed.title,
      starts_at: observed.startsAt,
      ends_at: observed.endsAt,
      space_id: null,
      estate_id: null,
      courtyard_id: null,
      place_text: observed.placeText,
      openness: 'members_only',
      organizer_count: 0,
      served_count: 0,
      reflection: null,
      plan_item_id: null,
      sign_in_code: observed.signInCode,
      planned_activity_id: null,
      occurrence_on: null,
      recorded_by: observed.recordedBy,
      created_by_tracking: true,
      merged_into_id: null,
      merged_at: null,
      merged_by: null,
      updated_at: actor.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('activity_organizations')
    .values({
      activity_id: activity.id,
      organization_id: organization.id,
      street_id: organization.street_id,
      position: 0,
    })
    .execute();
  // The audit entry keeps the organizations beside the row: insertAudited's row-only after does not
  // fit. The action keeps tracking's name: the log is what made the record.
  await recordAudit(trx, actor, {
    action: 'tracking.create_activity',
    tableName: 'activities',
    recordId: activity.id,
    streetId: organization.street_id,
    after: { ...row, organizationIds: [organization.id] },
  });
  return activity.id;
}
