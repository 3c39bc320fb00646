import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { proposalContent, publishedRound, submittedProposal } from '../support/grant-proposals';

/**
 * Coaching beside a proposal's text (issue 17; seed 000: "即使你不会写，我也不能帮你写"): staff,
 * officials and reviewers comment, the team answers each once and changes its own text; the
 * residents' committee's official endorses. Today is 2026-06-30.
 */
let api: TestApi;
let staff: Client;
let leader: Client;
let official: Client;
let funder: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let proposalId: string;

beforeAll(async () => {
  api = await startTestApi();
  [staff, leader, official, funder] = await Promise.all([
    api.as('staff'),
    api.as('leader'),
    api.as('official'),
    api.as('funder'),
  ]);
  ids = await demoIds(api.db);
  const round = await publishedRound(api.db, staff, ids);
  proposalId = await submittedProposal(api.db, leader, ids, round.id);
});
afterAll(() => api.close());

describe('comments beside the text', () => {
  it('staff comment on a budget line; the team accepts it and writes the change itself', async () => {
    const made = await staff.post(`/api/grant-proposals/${proposalId}/comments`, {
      anchor: 'budgetLines.b1',
      text: '花苗单价请再比一比价。',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      versionNumber: 1,
      anchor: 'budgetLines.b1',
      authorRole: 'incubator_staff',
      response: null,
    });
    const answered = await leader.post(`/api/grant-proposal-comments/${made.body.id}/response`, {
      decision: 'accepted',
      note: '问了两家，改成四元五角',
    });
    expect(answered.body.response).toMatchObject({ decision: 'accepted', note: '问了两家，改成四元五角' });
    const again = await leader.post(`/api/grant-proposal-comments/${made.body.id}/response`, { decision: 'declined' });
    expect([again.status, again.body.code]).toEqual([409, 'grants.comment_answered']);
    const content = await proposalContent(api.db);
    content.budgetLines![0]!.unitPriceFen = 450;
    const saved = await leader.call('PUT', `/api/grant-proposals/${proposalId}`, { baseVersion: 1, content });
    expect(saved.body.currentVersion).toBe(2);
    const list = await leader.get(`/api/grant-proposals/${proposalId}/comments`);
    expect(list.body.map((comment: { versionNumber: number }) => comment.versionNumber)).toEqual([1]);
  });

  it('refuses an anchor that names no section, and keeps coaching from funders', async () => {
    const refused = await staff.post(`/api/grant-proposals/${proposalId}/comments`, { anchor: 'password', text: '?' });
    expect([refused.status, refused.body.code]).toEqual([400, 'request.invalid']);
    expect((await funder.get(`/api/grant-proposals/${proposalId}/comments`)).status).toBe(403);
    expect((await leader.post(`/api/grant-proposals/${proposalId}/comments`, { text: '自己评自己' })).status).toBe(403);
  });
});

describe('the residents’ committee endorses', () => {
  it('records who endorsed and when, and the proposal shows it', async () => {
    const endorsed = await official.post(`/api/grant-proposals/${proposalId}/endorsement`, {
      decision: 'endorsed',
      note: '居委会支持，楼道清理可以配合。',
    });
    expect(endorsed.status, JSON.stringify(endorsed.body)).toBe(200);
    expect(endorsed.body.endorsement).toMatchObject({ status: 'endorsed', note: '居委会支持，楼道清理可以配合。' });
    expect(endorsed.body.endorsement.byName).toBeTruthy();
    expect((await leader.get(`/api/grant-proposals/${proposalId}`)).body.endorsementStatus).toBe('endorsed');
    expect((await staff.post(`/api/grant-proposals/${proposalId}/endorsement`, { decision: 'endorsed' })).status).toBe(
      403,
    );
  });
});
