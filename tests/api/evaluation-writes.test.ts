import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { otherTeamsOfStreet } from '../support/evaluation';
import { failWritesTo } from '../support/failing-writes';
import { rowCount } from '../support/rows';

/**
 * The evaluation's writes of several steps complete or leave no trace (as multi-step-writes.test.ts
 * for issue 15's): a campaign and its teams; opening a campaign, its status and its peer pairs. The
 * last step is made to fail inside the database; the answer is the server's own 500, and nothing of
 * the earlier steps stays.
 */
let api: TestApi;
let staff: Client;
let organizationIds: string[];
beforeAll(async () => {
  api = await startTestApi();
  const ids = await demoIds(api.db);
  staff = await api.as('staff');
  organizationIds = [
    ids.organizationId,
    ...(await otherTeamsOfStreet(api.db, ids.mainStreetId, ids.organizationId, 3)).map((team) => team.id),
  ];
});
afterAll(() => api.close());

const counts = async () => ({
  campaigns: await rowCount(api.db, 'evaluation_campaigns'),
  teams: await rowCount(api.db, 'evaluation_campaign_organizations'),
  pairs: await rowCount(api.db, 'evaluation_peer_assignments'),
  audit: await rowCount(api.db, 'audit_log'),
});
const input = () => ({ name: '失败的评估', year: 2026, organizationIds });

describe('an evaluation write that fails at its last step leaves nothing', () => {
  it('makes no campaign whose teams cannot be written', async () => {
    const before = await counts();
    const restore = await failWritesTo(api.db, 'evaluation_campaign_organizations', 'insert');
    try {
      const answer = await staff.post('/api/evaluation-campaigns', input());
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect(await counts()).toEqual(before);
    expect((await staff.post('/api/evaluation-campaigns', input())).status).toBe(201);
  });

  it('leaves a campaign a draft when its peer pairs cannot be written on opening', async () => {
    const made = await staff.post('/api/evaluation-campaigns', input());
    const before = await counts();
    const restore = await failWritesTo(api.db, 'evaluation_peer_assignments', 'insert');
    try {
      const answer = await staff.post(`/api/evaluation-campaigns/${made.body.id}/status`, { to: 'open' });
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect(await counts()).toEqual(before);
    expect((await staff.get(`/api/evaluation-campaigns/${made.body.id}`)).body.status).toBe('draft');
    const opened = await staff.post(`/api/evaluation-campaigns/${made.body.id}/status`, { to: 'open' });
    expect([opened.status, opened.body.status]).toEqual([200, 'open']);
    expect((await counts()).pairs).toBe(before.pairs + 12);
  });

  it('keeps the old peer pairs when regenerated ones cannot be written', async () => {
    const made = await staff.post('/api/evaluation-campaigns', input());
    const path = `/api/evaluation-campaigns/${made.body.id}/peer-assignments`;
    const first = await staff.post(`${path}/generate`, { seed: 1 });
    expect(first.status).toBe(200);
    const before = await counts();
    const restore = await failWritesTo(api.db, 'evaluation_peer_assignments', 'insert');
    try {
      const answer = await staff.post(`${path}/generate`, { seed: 2 });
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect(await counts()).toEqual(before);
    const key = (pairs: { raterOrganizationId: string; ratedOrganizationId: string }[]) =>
      pairs.map((p) => `${p.raterOrganizationId}>${p.ratedOrganizationId}`).sort();
    expect(key((await staff.get(path)).body)).toEqual(key(first.body));
  });
});
