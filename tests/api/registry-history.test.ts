import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const count = async (table: 'organizations' | 'organization_changes' | 'audit_log') =>
  Number(
    (
      await api.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a new organization starts its dated history', () => {
  it('records the orientation on the founding date, in the same write as the organization', async () => {
    const staff = await api.as('staff');
    const created = await staff.post('/api/organizations', {
      name: '槐荫读书会',
      organizationType: 'education',
      orientation: 'mutual_benefit',
      homeCommunityId: ids.homeCommunityId,
      foundedOn: '2024-09-01',
    });
    expect(created.status).toBe(201);
    const registry = await staff.get(`/api/organizations/${created.body.id}/registry`);
    expect(registry.body.changes).toEqual([
      expect.objectContaining({ field: 'orientation', value: 'mutual_benefit', changedOn: '2024-09-01' }),
    ]);
  });

  it('back-fills a filed organization that has dissolved: filing with its document, dissolution with date and reason', async () => {
    const staff = await api.as('staff');
    const created = await staff.post('/api/organizations', {
      name: '老槐树合唱团',
      organizationType: 'culture_recreation',
      homeCommunityId: ids.homeCommunityId,
      foundedOn: '2012-03-01',
      filingStatus: 'filed',
      filedOn: '2013-05-10',
      filingDocumentRef: '槐居备〔2013〕7号',
      status: 'dissolved',
      statusOn: '2019-12-31',
      statusReason: '指挥搬离社区，无人接续',
    });
    expect(created.status).toBe(201);
    expect(created.body.filingStatus).toBe('filed');
    expect(created.body.status).toBe('dissolved');
    const registry = await staff.get(`/api/organizations/${created.body.id}/registry`);
    expect(registry.body.dissolvedOn).toBe('2019-12-31');
    expect(registry.body.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'orientation', value: 'self_benefit', changedOn: '2012-03-01' }),
        expect.objectContaining({ field: 'filing_status', value: 'filed', documentRef: '槐居备〔2013〕7号' }),
        expect.objectContaining({ field: 'status', value: 'dissolved', reason: '指挥搬离社区，无人接续' }),
      ]),
    );
  });

  it('refuses a dissolution without a reason, a future filing date, and a filing before the founding: nothing written', async () => {
    const staff = await api.as('staff');
    const before = [await count('organizations'), await count('organization_changes')];
    const base = { name: '无效的队', organizationType: 'safety', homeCommunityId: ids.homeCommunityId };
    const noReason = await staff.post('/api/organizations', { ...base, status: 'dissolved' });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'organization.dissolve_needs_reason']);
    const future = await staff.post('/api/organizations', { ...base, filingStatus: 'filed', filedOn: '2030-01-01' });
    expect([future.status, future.body.code]).toEqual([400, 'organization.future_date']);
    const order = await staff.post('/api/organizations', { ...base, foundedOn: '2020-01-01', filedOn: '2019-01-01' });
    expect([order.status, order.body.code]).toEqual([400, 'organization.date_order']);
    const badStatus = await staff.post('/api/organizations', { ...base, status: 'sleeping' });
    expect([badStatus.status, badStatus.body.code]).toEqual([400, 'request.invalid']);
    expect([await count('organizations'), await count('organization_changes')]).toEqual(before);
  });
});

describe("the deployment's stage model", () => {
  it('is read and changed by the admin only, with an audit row; past assessments keep their own model', async () => {
    const admin = await api.as('admin');
    const shown = await admin.get('/api/settings/stage-model');
    expect(shown.status).toBe(200);
    expect(shown.body.stageModel).toBe('five_stage');
    expect(shown.body.models.map((m: { model: string }) => m.model)).toEqual(['five_stage', 'one_two', 'lifecycle']);
    expect(shown.body.organizationsOnOtherModels).toBe(0);

    const staff = await api.as('staff');
    expect((await staff.call('PUT', '/api/settings/stage-model', { stageModel: 'one_two' })).status).toBe(403);
    const audits = await count('audit_log');
    const same = await admin.call('PUT', '/api/settings/stage-model', { stageModel: 'five_stage' });
    expect(same.status).toBe(200);
    const invalid = await admin.call('PUT', '/api/settings/stage-model', { stageModel: 'four_seasons' });
    expect([invalid.status, invalid.body.code]).toEqual([400, 'request.invalid']);
    expect(await count('audit_log')).toBe(audits);

    const changed = await admin.call('PUT', '/api/settings/stage-model', { stageModel: 'one_two' });
    expect(changed.status).toBe(200);
    expect(changed.body.stageModel).toBe('one_two');
    expect(changed.body.organizationsOnOtherModels).toBeGreaterThan(0);
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('action', '=', 'settings.stage_model.update')
      .executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ stage_model: 'one_two' });

    const stages = await staff.get(`/api/organizations/${ids.organizationId}/stages`);
    expect(stages.body.stageModel).toBe('one_two');
    expect(stages.body.stages.map((s: { stage: string }) => s.stage)).toEqual(['emergence', 'v1', 'v2']);
    expect(stages.body.assessments.every((a: { stageModel: string }) => a.stageModel === 'five_stage')).toBe(true);
    const assessed = await staff.post(`/api/organizations/${ids.organizationId}/assessments`, {
      assessedOn: '2026-06-29',
      stage: 'sapling',
      evidence: ['追踪日志'],
    });
    expect(assessed.body.code).toBe('organization.stage_not_in_model');

    await admin.call('PUT', '/api/settings/stage-model', { stageModel: 'five_stage' });
    expect((await admin.get('/api/settings/stage-model')).body.stageModel).toBe('five_stage');
  });
});
