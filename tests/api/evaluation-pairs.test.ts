import { assignPeers, type PeerAssignment } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { otherTeamsOfStreet, sheetAt, userIdOf } from '../support/evaluation';

/**
 * Who rates whom, as staff adjust it (issue 18): a campaign of one or two teams cannot open while
 * peers count (a mean of one sheet names its giver), and a peer score of one sheet is withheld
 * (样本不足); staff regenerate or swap the pairs while a draft or open — each team rates k others,
 * never itself — but a pair whose sheet is in stays; experts are added and removed, except one
 * who has scored. A refusal changes nothing.
 */
let api: TestApi;
let staff: Client;
let leader: Client;
let expert: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let teamIds: string[];
let campaignId: string;

const campaign = () => `/api/evaluation-campaigns/${campaignId}`;
const pairsNow = async () => (await staff.get(`${campaign()}/peer-assignments`)).body as PeerAssignment[];
const sorted = (pairs: PeerAssignment[]) =>
  pairs.map((p) => `${p.raterOrganizationId}>${p.ratedOrganizationId}`).sort();

async function insertPeerSheet(pair: PeerAssignment, share: number) {
  const now = new Date('2026-06-29T02:00:00Z');
  await api.db
    .insertInto('evaluation_sheets')
    .values({
      id: crypto.randomUUID(),
      street_id: ids.mainStreetId,
      campaign_id: campaignId,
      organization_id: pair.ratedOrganizationId,
      dimension: 'peer',
      rater_organization_id: pair.raterOrganizationId,
      rater_user_id: null,
      rater_ref: pair.raterOrganizationId,
      scores: JSON.stringify(sheetAt(share)),
      comment: '',
      created_at: now,
      updated_at: now,
    })
    .execute();
}

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader, expert] = await Promise.all([api.as('staff'), api.as('leader'), api.as('expert')]);
  teamIds = [
    ids.organizationId,
    ...(await otherTeamsOfStreet(api.db, ids.mainStreetId, ids.organizationId, 3)).map((team) => team.id),
  ];
});
afterAll(() => api.close());

describe('a tiny campaign cannot reveal who gave a peer score', () => {
  it('refuses to open two teams while peers count, and opens them with the peer weight at 0', async () => {
    const input = { name: '两个团队的评估', year: 2026, organizationIds: teamIds.slice(0, 2) };
    const made = await staff.post('/api/evaluation-campaigns', input);
    expect(made.status).toBe(201);
    const path = `/api/evaluation-campaigns/${made.body.id}`;
    const refused = await staff.post(`${path}/status`, { to: 'open' });
    expect([refused.status, refused.body.code]).toEqual([409, 'evaluation.peer_too_few']);
    expect(refused.body.message).toContain('2 个团队');
    expect((await staff.get(path)).body.status).toBe('draft');
    expect((await staff.get(`${path}/peer-assignments`)).body).toEqual([]);
    const noPeers = await staff.call('PUT', path, {
      ...input,
      weights: { self: 10, peer: 0, expert: 40, incubator: 50 },
    });
    expect(noPeers.status).toBe(200);
    expect((await staff.post(`${path}/status`, { to: 'open' })).body.status).toBe('open');
  });

  it('refuses to open many teams each rating only one other', async () => {
    const made = await staff.post('/api/evaluation-campaigns', {
      name: '每队只评一个',
      year: 2026,
      organizationIds: teamIds,
      peerCount: 1,
    });
    const refused = await staff.post(`/api/evaluation-campaigns/${made.body.id}/status`, { to: 'open' });
    expect([refused.status, refused.body.code]).toEqual([409, 'evaluation.peer_too_few']);
  });
});

describe('pairs set by hand', () => {
  it('refuses to open while a swap leaves a team rated by only one other', async () => {
    const made = await staff.post('/api/evaluation-campaigns', {
      name: '手排的互评',
      year: 2026,
      organizationIds: teamIds,
      peerCount: 2,
    });
    const path = `/api/evaluation-campaigns/${made.body.id}`;
    const pairs = (await staff.post(`${path}/peer-assignments/generate`, { seed: 3 })).body as PeerAssignment[];
    const first = pairs[0]!;
    const free = teamIds.find(
      (t) =>
        t !== first.raterOrganizationId &&
        !pairs.some((p) => p.raterOrganizationId === first.raterOrganizationId && p.ratedOrganizationId === t),
    )!;
    const swapped = pairs.map((p) => (p === first ? { ...p, ratedOrganizationId: free } : p));
    expect((await staff.call('PUT', `${path}/peer-assignments`, { assignments: swapped })).status).toBe(200);
    const refused = await staff.post(`${path}/status`, { to: 'open' });
    expect([refused.status, refused.body.code]).toEqual([409, 'evaluation.peer_rated_too_few']);
    expect((await staff.get(path)).body.status).toBe('draft');
  });
});

describe('staff regenerate and adjust the peer pairs', () => {
  it('refuses a team rating fewer than k others or itself, and writes nothing', async () => {
    const made = await staff.post('/api/evaluation-campaigns', {
      name: '互评安排',
      year: 2026,
      organizationIds: teamIds,
      peerCount: 2,
    });
    campaignId = made.body.id;
    const generated = await staff.post(`${campaign()}/peer-assignments/generate`, { seed: 5 });
    expect(generated.status).toBe(200);
    expect(generated.body).toHaveLength(8);
    const before = sorted(await pairsNow());
    const short = await staff.call('PUT', `${campaign()}/peer-assignments`, {
      assignments: generated.body.slice(1),
    });
    expect([short.status, short.body.code]).toEqual([400, 'evaluation.peer_count']);
    expect(short.body.message).toContain('2');
    const own = generated.body.map((pair: PeerAssignment, index: number) =>
      index === 0 ? { ...pair, ratedOrganizationId: pair.raterOrganizationId } : pair,
    );
    const self = await staff.call('PUT', `${campaign()}/peer-assignments`, { assignments: own });
    expect([self.status, self.body.code]).toEqual([400, 'evaluation.peer_self']);
    expect(sorted(await pairsNow())).toEqual(before);
  });

  it('regenerates: the same seed the same pairs, balanced; another seed others', async () => {
    const again = await staff.post(`${campaign()}/peer-assignments/generate`, { seed: 5 });
    const other = await staff.post(`${campaign()}/peer-assignments/generate`, { seed: 6 });
    const five = sorted(assignPeers([...teamIds].sort(), 2, 5));
    expect(sorted(again.body)).toEqual(five);
    expect(sorted(other.body)).not.toEqual(five);
    for (const team of teamIds)
      expect((other.body as PeerAssignment[]).filter((p) => p.ratedOrganizationId === team)).toHaveLength(2);
  });

  it('swaps a target while open before any sheet; a pair whose sheet is in stays', async () => {
    expect((await staff.post(`${campaign()}/status`, { to: 'open' })).body.status).toBe('open');
    const pairs = await pairsNow();
    // The leader's team rates two; swap its first target for the one team it does not rate.
    const mine = pairs.filter((p) => p.raterOrganizationId === ids.organizationId);
    const free = teamIds.find((t) => t !== ids.organizationId && !mine.some((p) => p.ratedOrganizationId === t))!;
    const swapped = pairs.map((p) => (p === mine[0] ? { ...p, ratedOrganizationId: free } : p));
    const answer = await staff.call('PUT', `${campaign()}/peer-assignments`, { assignments: swapped });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const tasks = (await leader.get('/api/evaluation-tasks/team')).body as {
      campaignId: string;
      dimension: string;
      organizationId: string;
    }[];
    const peerTargets = tasks.filter((t) => t.campaignId === campaignId && t.dimension === 'peer');
    expect(peerTargets.map((t) => t.organizationId)).toContain(free);

    const saved = await leader.call('PUT', `${campaign()}/team-sheet`, {
      dimension: 'peer',
      organizationId: free,
      scores: sheetAt(0.8),
    });
    expect(saved.status).toBe(200);
    const back = swapped.map((p) =>
      p.raterOrganizationId === ids.organizationId && p.ratedOrganizationId === free ? mine[0]! : p,
    );
    const refused = await staff.call('PUT', `${campaign()}/peer-assignments`, { assignments: back });
    expect([refused.status, refused.body.code]).toEqual([409, 'evaluation.peer_pair_has_sheet']);
    // A seed whose pairs drop the rated pair is refused too.
    const seed = [1, 2, 3, 4, 7, 8, 9].find(
      (s) =>
        !assignPeers([...teamIds].sort(), 2, s).some(
          (p) => p.raterOrganizationId === ids.organizationId && p.ratedOrganizationId === free,
        ),
    )!;
    const regenerated = await staff.post(`${campaign()}/peer-assignments/generate`, { seed });
    expect([regenerated.status, regenerated.body.code]).toEqual([409, 'evaluation.peer_pair_has_sheet']);
    expect(sorted(await pairsNow())).toEqual(sorted(swapped));
  });

  it('withholds a peer score of one sheet (样本不足), and shows the mean from two', async () => {
    const rated = (
      await api.db
        .selectFrom('evaluation_sheets')
        .select('organization_id')
        .where('campaign_id', '=', campaignId)
        .where('dimension', '=', 'peer')
        .executeTakeFirstOrThrow()
    ).organization_id;
    const resultOf = async () =>
      (
        (await staff.get(`${campaign()}/table`)).body.results as {
          organizationId: string;
          dimensions: { peer: number | null };
          sheetCounts: { peer: number };
        }[]
      ).find((r) => r.organizationId === rated)!;
    expect((await resultOf()).sheetCounts.peer).toBe(1);
    expect((await resultOf()).dimensions.peer).toBeNull();
    const secondRater = (await pairsNow()).find(
      (p) => p.ratedOrganizationId === rated && p.raterOrganizationId !== ids.organizationId,
    )!;
    await insertPeerSheet(secondRater, 0.6);
    // sheetAt(0.8) gives 80 on the default form (20 16, 15 12, 10 8, 5 4), sheetAt(0.6) 60: the mean 70.
    const both = await resultOf();
    expect(both.sheetCounts.peer).toBe(2);
    expect(both.dimensions.peer).toBe(70);
  });
});

describe('experts are added and removed', () => {
  it('removes an expert who has not scored, and refuses one who has', async () => {
    const userId = await userIdOf(api.db, 'expert');
    const added = await staff.post(`${campaign()}/experts`, { userId, speciality: 'finance' });
    expect(added.status).toBe(201);
    const removed = await staff.call('DELETE', `${campaign()}/experts/${added.body.id}`);
    expect([removed.status, removed.body.id]).toEqual([200, added.body.id]);
    expect((await staff.get(`${campaign()}/experts`)).body).toEqual([]);
    const unknown = await staff.call('DELETE', `${campaign()}/experts/${added.body.id}`);
    expect([unknown.status, unknown.body.code]).toEqual([404, 'evaluation.unknown_expert']);

    const again = await staff.post(`${campaign()}/experts`, { userId, speciality: 'finance' });
    const scored = await expert.call('PUT', `${campaign()}/expert-sheet`, {
      organizationId: ids.organizationId,
      scores: sheetAt(0.7),
    });
    expect(scored.status).toBe(200);
    const refused = await staff.call('DELETE', `${campaign()}/experts/${again.body.id}`);
    expect([refused.status, refused.body.code]).toEqual([409, 'evaluation.expert_has_sheets']);
    expect(refused.body.message).toContain('打过分');
    expect((await staff.get(`${campaign()}/experts`)).body).toHaveLength(1);
    expect((await leader.call('DELETE', `${campaign()}/experts/${again.body.id}`)).status).toBe(403);
  });

  it('fixes the pairs once the campaign is closed', async () => {
    expect((await staff.post(`${campaign()}/status`, { to: 'closed' })).body.status).toBe('closed');
    const refused = await staff.post(`${campaign()}/peer-assignments/generate`, { seed: 1 });
    expect([refused.status, refused.body.code]).toEqual([409, 'evaluation.peers_fixed']);
  });
});
