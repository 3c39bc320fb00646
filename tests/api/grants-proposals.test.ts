import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { proposalContent, publishedRound, submittedProposal, teamPeople } from '../support/grant-proposals';
import { rowCount } from '../support/rows';

/**
 * Proposals (issue 17): the team writes them on a phone and every save is a version; only the team
 * writes (staff coach in comments); the round's cap, duration rule and negative list are checked; a
 * resend after a lost answer never makes a second proposal or version. Today is 2026-06-30.
 */
let api: TestApi;
let staff: Client;
let leader: Client;
let funder: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let round: { id: string };

beforeAll(async () => {
  api = await startTestApi();
  [staff, leader, funder] = await Promise.all([api.as('staff'), api.as('leader'), api.as('funder')]);
  ids = await demoIds(api.db);
  round = await publishedRound(api.db, staff, ids);
});
afterAll(() => api.close());

const start = async (overrides = {}, id: string = randomUUID()) =>
  leader.post('/api/grant-proposals', {
    id,
    roundId: round.id,
    organizationId: ids.organizationId,
    content: await proposalContent(api.db, overrides),
  });

describe('the team writes a proposal', () => {
  it('starts a draft with its first version, its figures and its plan items', async () => {
    const made = await start();
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      status: 'draft',
      currentVersion: 1,
      requestedFen: 150_000,
      leverageFen: 20_000,
      organization: { id: ids.organizationId },
      negativeListHits: [],
    });
    expect(made.body.people.every((person: { name: string | null }) => person.name)).toBe(true);
    const items = await api.db
      .selectFrom('grant_plan_items')
      .select('key')
      .where('proposal_id', '=', made.body.id)
      .execute();
    expect(items.map((item) => item.key).sort()).toEqual(['p1', 'p2']);
  });

  it('answers a resent create with the proposal it made (200), not a second one', async () => {
    const id = randomUUID();
    expect((await start({}, id)).status).toBe(201);
    const again = await start({}, id);
    expect([again.status, again.body.id]).toEqual([200, id]);
    const rows = await api.db.selectFrom('grant_proposals').select('id').where('id', '=', id).execute();
    expect(rows).toHaveLength(1);
  });

  it('saves versions, refuses a stale base, and takes a resent save as the one made', async () => {
    const { body: made } = await start();
    const second = await proposalContent(api.db, {
      title: '楼道花园（第二稿）',
      planItems: [{ key: 'p2', title: '一起种花' }],
    });
    const saved = await leader.call('PUT', `/api/grant-proposals/${made.id}`, { baseVersion: 1, content: second });
    expect([saved.status, saved.body.currentVersion, saved.body.title]).toEqual([200, 2, '楼道花园（第二稿）']);
    const resent = await leader.call('PUT', `/api/grant-proposals/${made.id}`, { baseVersion: 1, content: second });
    expect([resent.status, resent.body.currentVersion]).toEqual([200, 2]);
    const stale = await leader.call('PUT', `/api/grant-proposals/${made.id}`, {
      baseVersion: 1,
      content: await proposalContent(api.db, { title: '另一部手机上的稿子' }),
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'grants.proposal_stale_version']);
    // The dropped plan item keeps its row, marked removed, so activities linked to it stay linked.
    const items = await api.db
      .selectFrom('grant_plan_items')
      .select(['key', 'removed_at'])
      .where('proposal_id', '=', made.id)
      .orderBy('key')
      .execute();
    expect(items.map((item) => [item.key, item.removed_at !== null])).toEqual([
      ['p1', true],
      ['p2', false],
    ]);
    const versions = await leader.get(`/api/grant-proposals/${made.id}/versions`);
    expect(versions.body.map((version: { number: number }) => version.number)).toEqual([2, 1]);
    const first = await leader.get(`/api/grant-proposals/${made.id}/versions/1`);
    expect(first.body.content.title).toBe('楼道花园');
    expect((await leader.get(`/api/grant-proposals/${made.id}/versions/9`)).body.code).toBe(
      'grants.proposal_version_unknown',
    );
  });

  it('submits, and then funders read it without residents’ names', async () => {
    const id = await submittedProposal(api.db, leader, ids, round.id);
    const seen = await funder.get(`/api/grant-proposals/${id}`);
    expect([seen.status, seen.body.status]).toEqual([200, 'submitted']);
    expect(seen.body.people.map((person: { name: string | null }) => person.name)).toEqual([null, null]);
    expect(seen.body.authoredByName).toBeNull();
    const again = await leader.post(`/api/grant-proposals/${id}/submit`);
    expect([again.status, again.body.code]).toEqual([409, 'grants.proposal_already_submitted']);
  });

  it('withdraws, after which nothing changes it', async () => {
    const { body: made } = await start();
    expect((await leader.post(`/api/grant-proposals/${made.id}/withdraw`)).body.status).toBe('withdrawn');
    const save = await leader.call('PUT', `/api/grant-proposals/${made.id}`, {
      baseVersion: 1,
      content: await proposalContent(api.db),
    });
    expect([save.status, save.body.code]).toEqual([409, 'grants.proposal_not_editable']);
  });
});

describe('a children’s council’s proposal', () => {
  it('needs its accountable adult’s signature to submit, and again after a change', async () => {
    const { leaderPersonId } = await teamPeople(api.db);
    await api.db
      .updateTable('organizations')
      .set({ accountable_adult_person_id: leaderPersonId })
      .where('id', '=', ids.organizationId)
      .execute();
    try {
      const { body: made } = await start();
      expect(made.adultSignature).toEqual({
        accountablePersonId: leaderPersonId,
        signedByPersonId: null,
        signedAt: null,
      });
      const unsigned = await leader.post(`/api/grant-proposals/${made.id}/submit`);
      expect([unsigned.status, unsigned.body.code]).toEqual([409, 'grants.proposal_adult_signature_required']);
      const signed = await leader.post(`/api/grant-proposals/${made.id}/adult-signature`);
      expect(signed.body.adultSignature.signedByPersonId).toBe(leaderPersonId);
      const changed = await leader.call('PUT', `/api/grant-proposals/${made.id}`, {
        baseVersion: 1,
        content: await proposalContent(api.db, { goal: '改过的目标' }),
      });
      expect(changed.body.adultSignature.signedAt).toBeNull();
      await leader.post(`/api/grant-proposals/${made.id}/adult-signature`);
      expect((await leader.post(`/api/grant-proposals/${made.id}/submit`)).body.status).toBe('submitted');
    } finally {
      await api.db
        .updateTable('organizations')
        .set({ accountable_adult_person_id: null })
        .where('id', '=', ids.organizationId)
        .execute();
    }
  });

  it('refuses a signature where the team has no accountable adult', async () => {
    const { body: made } = await start();
    const refused = await leader.post(`/api/grant-proposals/${made.id}/adult-signature`);
    expect([refused.status, refused.body.code]).toEqual([409, 'grants.proposal_no_accountable_adult']);
  });
});

describe('bad input and who writes', () => {
  it('refuses a budget over the round’s cap, saying both sums', async () => {
    const refused = await start({
      budgetLines: [{ key: 'b1', category: 'equipment', item: '音响', unitPriceFen: 1_600_000, quantity: 1 }],
    });
    expect([refused.status, refused.body.code]).toEqual([400, 'grants.proposal_over_cap']);
    expect(refused.body.message).toContain('¥16,000.00');
  });

  it('refuses negative or fractional fen and a zero quantity at the edge', async () => {
    for (const line of [
      { unitPriceFen: -1, quantity: 1 },
      { unitPriceFen: 10.5, quantity: 1 },
      { unitPriceFen: 100, quantity: 0 },
    ]) {
      const refused = await start({ budgetLines: [{ key: 'b1', category: 'materials', item: '花苗', ...line }] });
      expect([refused.status, refused.body.code]).toEqual([400, 'request.invalid']);
    }
  });

  it('refuses to submit a budget line on the negative list, or months outside the rule', async () => {
    const { body: withCash } = await start({
      budgetLines: [{ key: 'b1', category: 'other', item: '参与居民现金红包', unitPriceFen: 2_000, quantity: 10 }],
    });
    expect(withCash.negativeListHits).toHaveLength(1);
    const cash = await leader.post(`/api/grant-proposals/${withCash.id}/submit`);
    expect([cash.status, cash.body.code]).toEqual([400, 'grants.proposal_negative_list']);
    const { body: long } = await start({ projectMonths: 12 });
    const months = await leader.post(`/api/grant-proposals/${long.id}/submit`);
    expect([months.status, months.body.code]).toEqual([400, 'grants.proposal_months_outside']);
    const still = await api.db
      .selectFrom('grant_proposals')
      .select('status')
      .where('id', 'in', [withCash.id, long.id])
      .execute();
    expect(still.map((row) => row.status)).toEqual(['draft', 'draft']);
  });

  it('refuses a person outside the team in its roles', async () => {
    const stranger = await api.db
      .selectFrom('people')
      .select('id')
      .where(
        'id',
        'not in',
        api.db.selectFrom('organization_members').select('person_id').where('organization_id', '=', ids.organizationId),
      )
      .executeTakeFirstOrThrow();
    const refused = await start({ team: [{ personId: stranger.id, role: '帮忙' }] });
    expect([refused.status, refused.body.code]).toEqual([400, 'grants.proposal_person_not_member']);
  });

  it('lets no one but the team write it: staff coach, they do not edit', async () => {
    const { body: made } = await start();
    const edited = await staff.call('PUT', `/api/grant-proposals/${made.id}`, {
      baseVersion: 1,
      content: await proposalContent(api.db, { title: '社工改的' }),
    });
    expect(edited.status).toBe(403);
    expect((await leader.get(`/api/grant-proposals/${made.id}`)).body.currentVersion).toBe(1);
  });

  it('writes nothing when the version cannot be written (one transaction)', async () => {
    const before = [await rowCount(api.db, 'grant_proposals'), await rowCount(api.db, 'audit_log')];
    const restore = await failWritesTo(api.db, 'grant_proposal_versions', 'insert');
    try {
      const answer = await start();
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect([await rowCount(api.db, 'grant_proposals'), await rowCount(api.db, 'audit_log')]).toEqual(before);
  });
});
