import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { otherTeamsOfStreet, sheetAt, userIdOf } from '../support/evaluation';
import { rowCount } from '../support/rows';

/**
 * Four-dimension evaluation 四维评估 (issue 18) as a year-end story: staff make a campaign of four
 * teams (weights must sum to 100), add an expert and open it; the leader fills the team's self sheet
 * on a phone and its assigned peer sheets, the expert scores, staff give the incubator's sheet; the
 * team sees nothing until staff release; then it sees its own line — the peer dimension as a mean,
 * nobody named — with the gap between self and others; a refusal writes nothing.
 */
let api: TestApi;
let staff: Client;
let leader: Client;
let member: Client;
let deputy: Client;
let expert: Client;
let official: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let teams: { id: string; name: string }[];
let campaignId: string;
/** The demo's own sheets, so each check counts what this story wrote. */
let demoSheets: number;
const sheetsWritten = async () => (await rowCount(api.db, 'evaluation_sheets')) - demoSheets;

interface TaskLine {
  campaignId: string;
  dimension: string;
  organizationId: string;
}
/** The team's released results of this story's campaign (the demo has its own released campaign). */
const ownResults = async (client: Client) =>
  (
    (await client.get(`/api/organizations/${ids.organizationId}/evaluation-results`)).body as {
      campaign: { id: string };
    }[]
  ).filter((line) => line.campaign.id === campaignId);

const campaign = () => `/api/evaluation-campaigns/${campaignId}`;
const input = () => ({
  name: '2026 年度四维评估',
  year: 2026,
  period: '2026 年度',
  organizationIds: [ids.organizationId, ...teams.map((team) => team.id)],
  peerCount: 2,
});

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader, member, deputy, expert, official] = await Promise.all([
    api.as('staff'),
    api.as('leader'),
    api.as('member'),
    api.as('deputy'),
    api.as('expert'),
    api.as('official'),
  ]);
  teams = await otherTeamsOfStreet(api.db, ids.mainStreetId, ids.organizationId, 3);
  demoSheets = await rowCount(api.db, 'evaluation_sheets');
});
afterAll(() => api.close());

describe('a campaign is made by staff', () => {
  it('refuses weights that do not sum to 100, naming the sum, and writes nothing', async () => {
    const [before, teamRows] = [
      await rowCount(api.db, 'evaluation_campaigns'),
      await rowCount(api.db, 'evaluation_campaign_organizations'),
    ];
    const refused = await staff.post('/api/evaluation-campaigns', {
      ...input(),
      weights: { self: 10, peer: 10, expert: 40, incubator: 30 },
    });
    expect([refused.status, refused.body.code]).toEqual([400, 'evaluation.weights_not_100']);
    expect(refused.body.message).toContain('90%');
    expect(await rowCount(api.db, 'evaluation_campaigns')).toBe(before);
    expect(await rowCount(api.db, 'evaluation_campaign_organizations')).toBe(teamRows);
  });

  it('makes a draft with the default form and expert 40%; teams cannot make one', async () => {
    expect((await leader.post('/api/evaluation-campaigns', input())).status).toBe(403);
    const made = await staff.post('/api/evaluation-campaigns', input());
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    campaignId = made.body.id;
    expect(made.body).toMatchObject({ status: 'draft', weights: { self: 10, peer: 10, expert: 40, incubator: 40 } });
    expect(made.body.forms.expert.map((c: { title: string }) => c.title)).toContain('财务公开');
    expect(made.body.organizations).toHaveLength(4);
  });

  it('runs for a grant round of its street, or standalone; another street’s round is refused', async () => {
    const rounds = await api.db.selectFrom('grant_rounds').select(['id', 'street_id']).execute();
    const own = rounds.find((round) => round.street_id === ids.mainStreetId);
    const foreign = rounds.find((round) => round.street_id !== ids.mainStreetId);
    expect(own).toBeDefined();
    const linked = await staff.post('/api/evaluation-campaigns', { ...input(), name: '结项评估', roundId: own!.id });
    expect([linked.status, linked.body.roundId]).toEqual([201, own!.id]);
    expect((await staff.get(`/api/evaluation-campaigns/${linked.body.id}`)).body.roundId).toBe(own!.id);
    if (foreign) {
      const before = await rowCount(api.db, 'evaluation_campaigns');
      const refused = await staff.post('/api/evaluation-campaigns', { ...input(), roundId: foreign.id });
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.status).toBeLessThan(500);
      expect(await rowCount(api.db, 'evaluation_campaigns')).toBe(before);
    }
  });

  it('adds an expert by speciality and refuses an account that is not an expert', async () => {
    const added = await staff.post(`${campaign()}/experts`, {
      userId: await userIdOf(api.db, 'expert'),
      speciality: 'finance',
    });
    expect([added.status, added.body.speciality]).toEqual([201, 'finance']);
    const refused = await staff.post(`${campaign()}/experts`, {
      userId: await userIdOf(api.db, 'leader'),
      speciality: 'project',
    });
    expect([refused.status, refused.body.code]).toEqual([400, 'evaluation.expert_not_eligible']);
  });

  it('opens only from a draft, one step at a time, and makes balanced peer pairs on opening', async () => {
    const skipped = await staff.post(`${campaign()}/status`, { to: 'released' });
    expect([skipped.status, skipped.body.code]).toEqual([409, 'evaluation.status_order']);
    expect((await staff.post(`${campaign()}/status`, { to: 'open' })).body.status).toBe('open');
    const pairs = (await staff.get(`${campaign()}/peer-assignments`)).body as {
      raterOrganizationId: string;
      ratedOrganizationId: string;
    }[];
    expect(pairs).toHaveLength(8);
    expect(pairs.every((pair) => pair.raterOrganizationId !== pair.ratedOrganizationId)).toBe(true);
    for (const team of input().organizationIds)
      expect(pairs.filter((pair) => pair.ratedOrganizationId === team)).toHaveLength(2);
    // While open and before any sheet, staff may still set the pairs (evaluation-pairs.test.ts).
    const edited = await staff.call('PUT', `${campaign()}/peer-assignments`, { assignments: pairs });
    expect(edited.status).toBe(200);
  });
});

describe('the team fills its sheets on a phone', () => {
  const teamTasks = async () =>
    ((await leader.get('/api/evaluation-tasks/team')).body as TaskLine[]).filter(
      (task) => task.campaignId === campaignId,
    );

  it('lists its self sheet and the two peers assigned to it, with the form', async () => {
    const tasks = await teamTasks();
    expect(tasks.map((task) => task.dimension)).toEqual(['self', 'peer', 'peer']);
    expect(tasks[0]).toMatchObject({ organizationId: ids.organizationId, sheet: null });
  });

  it('saves the self sheet; a score over the maximum is refused and nothing is written', async () => {
    const over = sheetAt(0.9);
    over[0] = { criterionKey: 'goals', points: 21 };
    const refused = await leader.call('PUT', `${campaign()}/team-sheet`, {
      dimension: 'self',
      organizationId: ids.organizationId,
      scores: over,
    });
    expect([refused.status, refused.body.code]).toEqual([400, 'evaluation.score_over_max']);
    expect(refused.body.message).toContain('20');
    expect(await sheetsWritten()).toBe(0);
    const saved = await leader.call('PUT', `${campaign()}/team-sheet`, {
      dimension: 'self',
      organizationId: ids.organizationId,
      scores: sheetAt(0.95),
      comment: '我们做得很好',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.sheet.comment).toBe('我们做得很好');
  });

  it('refuses a peer sheet on its own team and one on a team not assigned to it', async () => {
    const own = await leader.call('PUT', `${campaign()}/team-sheet`, {
      dimension: 'peer',
      organizationId: ids.organizationId,
      scores: sheetAt(1),
    });
    expect([own.status, own.body.code]).toEqual([400, 'evaluation.rate_own_organization']);
    const assigned = (await teamTasks()).filter((task) => task.dimension === 'peer').map((task) => task.organizationId);
    const other = teams.find((team) => !assigned.includes(team.id))!;
    const notMine = await leader.call('PUT', `${campaign()}/team-sheet`, {
      dimension: 'peer',
      organizationId: other.id,
      scores: sheetAt(0.5),
    });
    expect([notMine.status, notMine.body.code]).toEqual([403, 'evaluation.not_assigned']);
    expect(await sheetsWritten()).toBe(1);
  });

  it('lets the deputy fill a peer sheet for the team; a plain member may not', async () => {
    const peer = (await teamTasks()).find((task) => task.dimension === 'peer')!;
    const body = { dimension: 'peer', organizationId: peer.organizationId, scores: sheetAt(0.7) };
    expect((await member.call('PUT', `${campaign()}/team-sheet`, body)).status).toBe(403);
    expect((await deputy.call('PUT', `${campaign()}/team-sheet`, body)).status).toBe(200);
  });

  it('shows the team nothing of the results before release', async () => {
    expect((await leader.get(`${campaign()}/table`)).status).toBe(403);
    expect(await ownResults(leader)).toEqual([]);
    const early = await official.get(`${campaign()}/released-table`);
    expect([early.status, early.body.code]).toEqual([409, 'evaluation.not_released']);
  });
});

describe('experts and staff score; staff close, advise and release', () => {
  it('the expert scores each team of the campaign they are in', async () => {
    const tasks = ((await expert.get('/api/evaluation-tasks/expert')).body as TaskLine[]).filter(
      (task) => task.campaignId === campaignId,
    );
    expect(tasks).toHaveLength(4);
    for (const [index, task] of tasks.entries()) {
      const saved = await expert.call('PUT', `${campaign()}/expert-sheet`, {
        organizationId: task.organizationId,
        scores: sheetAt(task.organizationId === ids.organizationId ? 0.7 : 0.6 + index * 0.05),
      });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    }
  });

  it('staff give the incubator sheet; the other teams’ peer sheets come in', async () => {
    for (const team of input().organizationIds) {
      const saved = await staff.call('PUT', `${campaign()}/incubator-sheet`, {
        organizationId: team,
        scores: sheetAt(team === ids.organizationId ? 0.75 : 0.7),
      });
      expect(saved.status).toBe(200);
    }
    // The other teams have no logins in the demo: their peer sheets go straight in the table.
    const pairs = (await staff.get(`${campaign()}/peer-assignments`)).body as {
      raterOrganizationId: string;
      ratedOrganizationId: string;
    }[];
    const now = new Date('2026-06-29T02:00:00Z');
    for (const pair of pairs.filter((p) => p.raterOrganizationId !== ids.organizationId))
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
          scores: JSON.stringify(sheetAt(0.7)),
          comment: '',
          created_at: now,
          updated_at: now,
        })
        .execute();
  });

  it('the campaign table has every dimension, the weighted total, ranks and the team’s gap', async () => {
    const table = (await staff.get(`${campaign()}/table`)).body;
    const own = table.results.find((r: { organizationId: string }) => r.organizationId === ids.organizationId);
    // sheetAt rounds each criterion down: self 92 (of the default form's 100), peer 68, expert 68, incubator 72
    expect(own.dimensions).toEqual({ self: 92, peer: 68, expert: 68, incubator: 72 });
    // 9.2 + 6.8 + 27.2 + 28.8; the gap: 92 − (68×10 + 68×40 + 72×40) / 90
    expect(own.total).toBe(72);
    expect(own.gap).toEqual({ points: 22.22, isSignal: true });
    expect(own.sheetCounts.peer).toBe(2);
    const others = table.results.filter((r: { organizationId: string }) => r.organizationId !== ids.organizationId);
    // The others have no self sheet yet: the total waits, and they have no rank.
    expect(
      others.every((r: { total: number | null; rank: number | null }) => r.total === null && r.rank === null),
    ).toBe(true);
    expect(own.rank).toBe(1);
  });

  it('only staff see who gave which sheet', async () => {
    const sheets = await staff.get(`${campaign()}/sheets`);
    expect(sheets.status).toBe(200);
    expect(sheets.body.some((s: { raterName: string }) => s.raterName.length > 0)).toBe(true);
    expect((await leader.get(`${campaign()}/sheets`)).status).toBe(403);
    expect((await expert.get(`${campaign()}/sheets`)).status).toBe(403);
  });

  it('after closing no sheet is taken and nothing changes', async () => {
    expect((await staff.post(`${campaign()}/status`, { to: 'closed' })).body.status).toBe('closed');
    const late = await leader.call('PUT', `${campaign()}/team-sheet`, {
      dimension: 'self',
      organizationId: ids.organizationId,
      scores: sheetAt(0.5),
    });
    expect([late.status, late.body.code]).toEqual([409, 'evaluation.not_open']);
    const table = (await staff.get(`${campaign()}/table`)).body;
    expect(
      table.results.find((r: { organizationId: string }) => r.organizationId === ids.organizationId).dimensions.self,
    ).toBe(92);
  });

  it('writes advice, exports the table and a report, and opens a stage assessment from the result', async () => {
    const advised = await staff.call('PUT', `${campaign()}/advice`, {
      organizationId: ids.organizationId,
      advice: '自评偏高，下次对照签到表和账本再打分。',
    });
    expect([advised.status, advised.body.advice]).toEqual([200, '自评偏高，下次对照签到表和账本再打分。']);
    const xlsx = await staff.get(`${campaign()}/table.xlsx`);
    expect([xlsx.status, xlsx.headers.get('content-type')]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    const pdf = await staff.get(`${campaign()}/report.pdf?organizationId=${ids.organizationId}`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(pdf.bytes.byteLength).toBeGreaterThan(1000);
    const assessed = await staff.post(`${campaign()}/stage-assessments`, {
      organizationId: ids.organizationId,
      assessment: { assessedOn: '2026-06-29', stage: 'sapling', criteria: [], evidence: [] },
    });
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(201);
    const stored = await api.db
      .selectFrom('stage_assessments')
      .select(['evidence', 'advice'])
      .where('id', '=', assessed.body.id)
      .executeTakeFirstOrThrow();
    expect((stored.evidence as string[])[0]).toContain('自评比他评高 22 分');
    expect(stored.advice).toBe('自评偏高，下次对照签到表和账本再打分。');
  });

  it('after release the team sees its own line — peers as a mean, nobody named — and officials the totals', async () => {
    expect((await staff.post(`${campaign()}/status`, { to: 'released' })).body.status).toBe('released');
    const seen = (await ownResults(member)) as unknown as { result: unknown }[];
    expect(seen).toHaveLength(1);
    expect(seen[0]!.result).toMatchObject({ total: 72, gap: { points: 22.22, isSignal: true } });
    const text = JSON.stringify(seen);
    for (const team of teams) expect(text).not.toContain(team.id);
    expect(text).not.toContain('raterName');
    const forOfficial = await official.get(`${campaign()}/released-table`);
    expect(forOfficial.status).toBe(200);
    expect(JSON.stringify(forOfficial.body)).not.toContain('自评偏高');
    const advice = await staff.call('PUT', `${campaign()}/advice`, {
      organizationId: ids.organizationId,
      advice: '改',
    });
    expect([advice.status, advice.body.code]).toEqual([409, 'evaluation.released']);
  });
});
