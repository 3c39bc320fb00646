import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { grantAgreement } from '../support/grant-money';
import { testToday } from '../support/template';

/**
 * Closing 结项 (issue 17): "the final report assembles itself from what exists … and the team adds
 * its own words". The team (leader, deputy, treasurer) writes and rewrites its words until staff
 * close the grant; staff close with the words the team saved, never their own; the report counts
 * planned against held per plan item; a 报销会 session lists its batch. Today is 2026-06-30.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let leader: Client;
let deputy: Client;
let treasurer: Client;
let funder: Client;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader, deputy, treasurer, funder] = await Promise.all([
    api.as('staff'),
    api.as('leader'),
    api.as('deputy'),
    api.as('treasurer'),
    api.as('funder'),
  ]);
});
afterAll(() => api.close());

const wordsPath = (agreementId: string) => `/api/grant-agreements/${agreementId}/closing-words`;
const save = (client: Client, agreementId: string, words: string) =>
  client.call('PUT', wordsPath(agreementId), { words });
const close = (agreementId: string) =>
  staff.post(`/api/grant-agreements/${agreementId}/closing`, { closedOn: testToday });

describe('the team’s closing words', () => {
  it('are the team’s to write and rewrite; staff close only once the team has written', async () => {
    const agreement = await grantAgreement(api.db, { staff, leader }, ids);
    const early = await close(agreement.id);
    expect([early.status, early.body.code]).toEqual([409, 'grants.closing_words_missing']);
    expect(early.body.message).toContain('结项总结');
    expect((await staff.get(`/api/grant-agreements/${agreement.id}/closing`)).body).toMatchObject({
      closing: null,
      teamWords: null,
    });

    const first = await save(treasurer, agreement.id, '  种了三个楼道的花。  ');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.words).toBe('种了三个楼道的花。');
    expect((await save(deputy, agreement.id, '种了三个楼道的花，邻居都来帮忙。')).status).toBe(200);
    const staffWords = await save(staff, agreement.id, '社工替团队写的总结');
    expect([staffWords.status, staffWords.body.code]).toEqual([403, 'auth.forbidden']);
    const empty = await save(leader, agreement.id, '   ');
    expect(empty.status).toBe(400);

    const preview = await funder.get(`/api/grant-agreements/${agreement.id}/closing`);
    expect(preview.body.teamWords.words).toBe('种了三个楼道的花，邻居都来帮忙。');
    const trail = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('table_name', '=', 'grant_agreements')
      .where('record_id', '=', agreement.id)
      .where('action', '=', 'grants.closing.words')
      .execute();
    expect(trail).toHaveLength(2);

    const closed = await close(agreement.id);
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    expect(closed.body.teamWords).toBe('种了三个楼道的花，邻居都来帮忙。');
    const late = await save(leader, agreement.id, '结项后再改');
    expect([late.status, late.body.code]).toEqual([409, 'grants.closing_words_closed']);
    const report = await leader.get(`/api/grant-agreements/${agreement.id}/closing`);
    expect(report.body.closing.teamWords).toBe('种了三个楼道的花，邻居都来帮忙。');
    expect(report.body.teamWords.words).toBe('种了三个楼道的花，邻居都来帮忙。');
  });
});

describe('the final report', () => {
  it('counts planned against held per plan item of the agreement’s proposal, and freezes it', async () => {
    const agreement = await grantAgreement(api.db, { staff, leader }, ids, {
      proposal: {
        planItems: [
          { key: 'p1', title: '清理楼道', plannedMonth: '2026-06' },
          { key: 'p2', title: '一起种花', plannedMonth: '2026-08' },
        ],
      },
    });
    const items = await api.db
      .selectFrom('grant_plan_items')
      .select(['id', 'key'])
      .where('proposal_id', '=', agreement.proposalId)
      .execute();
    const cleaning = items.find((item) => item.key === 'p1')!.id;
    const recorded = await leader.call(
      'POST',
      '/api/activities',
      {
        organizationIds: [ids.organizationId],
        title: '清理三号楼楼道',
        startsAt: '2026-06-27T09:00:00+08:00',
        endsAt: '2026-06-27T11:00:00+08:00',
        openness: 'open_to_all',
        organizerCount: 4,
        servedCount: 11,
        isPlannedInProject: true,
        planItemId: cleaning,
      },
      { 'idempotency-key': `closing-${randomUUID()}` },
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);

    const preview = (await staff.get(`/api/grant-agreements/${agreement.id}/closing`)).body.preview;
    expect(preview.planItemsPlannedVsHeld).toMatchObject({ plannedCount: 2, heldItemCount: 1, personTimes: 15 });
    expect(preview.planItemsPlannedVsHeld.items).toMatchObject([
      { title: '清理楼道', heldCount: 1, heldOn: ['2026-06-27'], headCounts: [15], isHeldInPlannedMonth: true },
      { title: '一起种花', heldCount: 0, heldOn: [] },
    ]);

    await save(leader, agreement.id, '楼道干净了。');
    const closed = await close(agreement.id);
    expect(closed.body.figures.planItemsPlannedVsHeld).toEqual(preview.planItemsPlannedVsHeld);
  });
});

describe('a 报销会 session’s batch', () => {
  it('lists the claims checked at the session, for staff', async () => {
    const agreement = await grantAgreement(api.db, { staff, leader }, ids);
    const session = await staff.post('/api/grant-claim-sessions', {
      streetId: ids.mainStreetId,
      heldOn: testToday,
      title: '六月报销会',
    });
    expect(session.status, JSON.stringify(session.body)).toBe(201);
    const claim = await treasurer.post(`/api/grant-agreements/${agreement.id}/claims`, {
      lineKey: 'b1',
      amountFen: 2_000,
      spentOn: '2026-06-28',
      description: '扫帚两把',
      advancedByName: '王阿姨',
    });
    await staff.post(`/api/grant-claims/${claim.body.id}/moves`, { move: 'check', sessionId: session.body.id });
    const batch = await staff.get(`/api/grant-claim-sessions/${session.body.id}/claims`);
    expect(batch.body).toMatchObject([{ id: claim.body.id, lineLabel: '花苗', amountFen: 2_000, state: 'checked' }]);
    expect((await treasurer.get(`/api/grant-claim-sessions/${session.body.id}/claims`)).status).toBe(403);
  });
});
