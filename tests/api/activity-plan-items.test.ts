import { randomUUID } from 'node:crypto';
import { readPlanVersusHeld } from '@seedbed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { publishedRound, submittedProposal } from '../support/grant-proposals';

/**
 * 计划内 (issue 17): an activity links to a plan item of an approved proposal of a team that ran it,
 * the form lists what the team may link, the link survives a merge, and the closing report reads
 * planned vs held. The determination has no route yet: the test approves in the table, as staff's
 * decision will.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let leader: Client;
let staff: Client;
let proposalId: string;
let items: Map<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [leader, staff] = await Promise.all([api.as('leader'), api.as('staff')]);
  const round = await publishedRound(api.db, staff, ids);
  proposalId = await submittedProposal(api.db, leader, ids, round.id, {
    title: '楼道花园',
    planItems: [
      { key: 'p1', title: '清理楼道', plannedMonth: '2026-08' },
      { key: 'p2', title: '一起种花', plannedMonth: '2026-06' },
      { key: 'p3', title: '评比最美楼道', plannedMonth: '2026-09' },
    ],
  });
  const rows = await api.db
    .selectFrom('grant_plan_items')
    .select(['id', 'key'])
    .where('proposal_id', '=', proposalId)
    .execute();
  items = new Map(rows.map((row) => [row.key, row.id]));
});
afterAll(() => api.close());

async function approve(id: string) {
  await api.db
    .updateTable('grant_proposals')
    .set({ determination: 'approved', approved_fen: 150_000, determined_at: new Date('2026-06-20T02:00:00Z') })
    .where('id', '=', id)
    .execute();
}

// The test clock stands at 2026-06-30 in Shanghai.
const activity = (day: string, extra: Record<string, unknown> = {}) => ({
  organizationIds: [ids.organizationId],
  title: '楼道里种花',
  startsAt: `2026-06-${day}T09:00:00+08:00`,
  endsAt: `2026-06-${day}T11:00:00+08:00`,
  openness: 'open_to_all',
  organizerCount: 3,
  servedCount: 12,
  ...extra,
});
const record = (client: Client, body: unknown) =>
  client.call('POST', '/api/activities', body, { 'idempotency-key': `plan-item-${randomUUID()}` });

async function activityCount() {
  const row = await api.db
    .selectFrom('activities')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('linking an activity to a plan item (计划内)', () => {
  it('refuses an item before its proposal is approved, an unknown one and another team’s, writing nothing', async () => {
    const before = await activityCount();
    const early = await record(leader, activity('25', { isPlannedInProject: true, planItemId: items.get('p2') }));
    expect(early.status).toBe(400);
    expect(early.body.code).toBe('activity.plan_item_not_approved');
    expect(early.body.message).toContain('获批');
    const listed = await leader.get(`/api/organizations/${ids.organizationId}/plan-items`);
    expect(listed.body.map((item: { proposalId: string }) => item.proposalId)).not.toContain(proposalId);

    await approve(proposalId);
    const unknown = await record(
      leader,
      activity('25', { isPlannedInProject: true, planItemId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.body.code).toBe('activity.plan_item_unknown');
    const otherTeam = await record(staff, {
      ...activity('25', { isPlannedInProject: true, planItemId: items.get('p2') }),
      organizationIds: [await otherTeamOfStreet()],
    });
    expect(otherTeam.status).toBe(400);
    expect(otherTeam.body.code).toBe('activity.plan_item_other_team');
    expect(await activityCount()).toBe(before);
  });

  it('lists the approved plan this month first, links an item and shows it with its proposal', async () => {
    await approve(proposalId);
    const listed = await leader.get(`/api/organizations/${ids.organizationId}/plan-items`);
    expect(listed.status).toBe(200);
    const ours = listed.body.filter((item: { proposalId: string }) => item.proposalId === proposalId);
    expect(ours.map((item: { title: string }) => item.title)).toEqual(['一起种花', '清理楼道', '评比最美楼道']);
    expect(listed.body[0]).toMatchObject({ plannedMonth: '2026-06' });
    expect(ours[0]).toEqual({
      id: items.get('p2'),
      title: '一起种花',
      plannedMonth: '2026-06',
      proposalId,
      proposalTitle: '楼道花园',
    });

    const linked = await record(leader, activity('26', { isPlannedInProject: true, planItemId: items.get('p2') }));
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({
      isPlannedInProject: true,
      planItemId: items.get('p2'),
      planItem: { title: '一起种花', proposalId, proposalTitle: '楼道花园' },
    });
    const unplanned = await leader.patch(`/api/activities/${linked.body.id}`, { isPlannedInProject: false });
    expect(unplanned.body).toMatchObject({ isPlannedInProject: false, planItemId: null, planItem: null });
    const relinked = await leader.patch(`/api/activities/${linked.body.id}`, {
      isPlannedInProject: true,
      planItemId: items.get('p1'),
    });
    expect(relinked.body).toMatchObject({ planItemId: items.get('p1'), planItem: { title: '清理楼道' } });
    const withoutItem = await leader.patch(`/api/activities/${linked.body.id}`, { planItemId: null });
    expect(withoutItem.body.code).toBe('activity.plan_item_required');
    expect((await leader.get(`/api/activities/${linked.body.id}`)).body.planItemId).toBe(items.get('p1'));
  });

  it('takes no new link to an item dropped from the plan, and keeps the one made before', async () => {
    await approve(proposalId);
    const made = await record(leader, activity('27', { isPlannedInProject: true, planItemId: items.get('p3') }));
    expect(made.status).toBe(201);
    await api.db
      .updateTable('grant_plan_items')
      .set({ removed_at: new Date('2026-06-28T00:00:00Z') })
      .where('id', '=', items.get('p3')!)
      .execute();
    const fresh = await record(leader, activity('28', { isPlannedInProject: true, planItemId: items.get('p3') }));
    expect(fresh.body.code).toBe('activity.plan_item_removed');
    const kept = await leader.patch(`/api/activities/${made.body.id}`, { title: '评比最美楼道（第一轮）' });
    expect(kept.body).toMatchObject({ planItemId: items.get('p3'), planItem: { title: '评比最美楼道' } });
    const listed = await leader.get(`/api/organizations/${ids.organizationId}/plan-items`);
    expect(listed.body.map((item: { id: string }) => item.id)).not.toContain(items.get('p3'));
  });

  it('keeps the link when two records of one activity are merged', async () => {
    await approve(proposalId);
    const plain = await record(leader, activity('29', { title: '种花' }));
    const planned = await record(
      leader,
      activity('29', { title: '一起种花', isPlannedInProject: true, planItemId: items.get('p2') }),
    );
    const merged = await staff.post('/api/activity-duplicates/merge', {
      keepId: plain.body.id,
      mergeId: planned.body.id,
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ isPlannedInProject: true, planItemId: items.get('p2') });
  });
});

describe('planned vs held for the closing report', () => {
  it('counts the activities held for each item of the plan, merged records once', async () => {
    const report = await readPlanVersusHeld(
      { db: api.db, scope: { kind: 'deployment' }, today: '2026-06-30' },
      proposalId,
    );
    if (!report.ok) throw new Error(report.error.code);
    const byTitle = new Map(report.value.items.map((item) => [item.title, item]));
    expect(byTitle.get('一起种花')).toMatchObject({ heldCount: 1, heldOn: ['2026-06-29'], isHeldInPlannedMonth: true });
    expect(byTitle.get('清理楼道')).toMatchObject({ heldCount: 1, heldOn: ['2026-06-26'], headCounts: [15] });
    expect(byTitle.get('评比最美楼道')).toMatchObject({ heldCount: 1, isRemoved: true });
    expect(report.value).toMatchObject({ proposalTitle: '楼道花园', plannedCount: 2, heldItemCount: 2 });
  });
});

async function otherTeamOfStreet() {
  const row = await api.db
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', ids.mainStreetId)
    .where('id', '!=', ids.organizationId)
    .executeTakeFirstOrThrow();
  return row.id;
}
