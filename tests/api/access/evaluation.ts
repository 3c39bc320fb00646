import { randomUUID } from 'node:crypto';
import { assignPeers, defaultEvaluationForms } from '@seedbed/core';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { sheetAt } from '../../support/evaluation';

/**
 * Access rows for the four-dimension evaluation 四维评估 (see access-control.test.ts). The demo holds
 * last year's released campaign and this year's open one, both with 夕阳红舞蹈队 (the leader's team)
 * and the demo expert; write rows that move a campaign make their own draft. Field checks: every
 * answer is scanned against each login's personal-data policy; only staff receive who gave a sheet
 * (GET …/sheets), teams their own line only after release (evaluation.test.ts checks the peers'
 * anonymity field by field), officials and funders released results without advice.
 */

const managers = (status: number) => all(403, { admin: status, staff: status });
const team = (status: number) => ({ leader: status, member: status, deputy: status, treasurer: status });

const userIdOf = async ({ db }: AccessContext, username: string) =>
  (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

/** The demo's campaign of the leader's team in a status (released: last year's; open: this year's). */
async function demoCampaign(ctx: AccessContext, status: 'open' | 'released') {
  const row = await ctx.db
    .selectFrom('evaluation_campaigns as c')
    .innerJoin('evaluation_campaign_organizations as eco', 'eco.campaign_id', 'c.id')
    .select('c.id')
    .where('eco.organization_id', '=', ctx.ids.organizationId)
    .where('c.status', '=', status)
    // The demo's own (the rows' fresh drafts, some opened, are made by nobody).
    .where('c.created_by', 'is not', null)
    .orderBy('c.created_at')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A fresh draft of the leader's team and two others of the main street, for rows that change a campaign. */
async function freshDraft(ctx: AccessContext) {
  const id = randomUUID();
  const at = new Date('2026-06-01T02:00:00Z');
  await ctx.db
    .insertInto('evaluation_campaigns')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      name: `访问控制评估 ${ctx.n}`,
      round_id: null,
      year: 2026,
      period: '',
      status: 'draft',
      forms: JSON.stringify(defaultEvaluationForms),
      self_weight: 10,
      peer_weight: 10,
      expert_weight: 40,
      incubator_weight: 40,
      peer_count: 2,
      created_by: null,
      created_at: at,
      released_at: null,
      released_by: null,
    })
    .execute();
  const others = await ctx.db
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', ctx.ids.mainStreetId)
    .where('id', '<>', ctx.ids.organizationId)
    .orderBy('id')
    .limit(2)
    .execute();
  const teamIds = [ctx.ids.organizationId, ...others.map((o) => o.id)];
  for (const organizationId of teamIds)
    await ctx.db
      .insertInto('evaluation_campaign_organizations')
      .values({
        id: randomUUID(),
        street_id: ctx.ids.mainStreetId,
        campaign_id: id,
        organization_id: organizationId,
        advice: '',
      })
      .execute();
  return { id, pairs: assignPeers(teamIds, 2, ctx.n) };
}

const campaignPath = async (ctx: AccessContext, status: 'open' | 'released') =>
  `/api/evaluation-campaigns/${await demoCampaign(ctx, status)}`;

const campaignInput = (ctx: AccessContext) => ({
  name: `访问控制 ${ctx.n}`,
  year: 2026,
  organizationIds: [ctx.ids.organizationId],
});

export const evaluationAccessRows: AccessRow[] = [
  {
    name: 'evaluation campaigns in scope',
    route: 'GET /api/evaluation-campaigns',
    call: (c) => c.get('/api/evaluation-campaigns'),
    expect: managers(200),
  },
  {
    name: 'released evaluation campaigns for officials and funders',
    route: 'GET /api/evaluation-campaigns/released',
    call: (c) => c.get('/api/evaluation-campaigns/released'),
    expect: all(403, { official: 200, street: 200, funder: 200 }),
  },
  {
    name: 'make an evaluation campaign',
    route: 'POST /api/evaluation-campaigns',
    call: (c, ctx) => c.post('/api/evaluation-campaigns', campaignInput(ctx)),
    expect: managers(201),
  },
  {
    name: 'an evaluation campaign with its forms and weights',
    route: 'GET /api/evaluation-campaigns/{id}',
    call: async (c, ctx) => c.get(await campaignPath(ctx, 'open')),
    expect: managers(200),
  },
  {
    name: 'replace a draft campaign',
    route: 'PUT /api/evaluation-campaigns/{id}',
    call: async (c, ctx) =>
      c.call('PUT', `/api/evaluation-campaigns/${(await freshDraft(ctx)).id}`, campaignInput(ctx)),
    expect: managers(200),
  },
  {
    name: 'open a draft campaign',
    route: 'POST /api/evaluation-campaigns/{id}/status',
    call: async (c, ctx) => c.post(`/api/evaluation-campaigns/${(await freshDraft(ctx)).id}/status`, { to: 'open' }),
    expect: managers(200),
  },
  {
    name: 'the peer pairs',
    route: 'GET /api/evaluation-campaigns/{id}/peer-assignments',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'open')}/peer-assignments`),
    expect: managers(200),
  },
  {
    name: 'set the peer pairs of a draft by hand',
    route: 'PUT /api/evaluation-campaigns/{id}/peer-assignments',
    call: async (c, ctx) => {
      const draft = await freshDraft(ctx);
      return c.call('PUT', `/api/evaluation-campaigns/${draft.id}/peer-assignments`, { assignments: draft.pairs });
    },
    expect: managers(200),
  },
  {
    name: 'generate the peer pairs of a draft from a seed',
    route: 'POST /api/evaluation-campaigns/{id}/peer-assignments/generate',
    call: async (c, ctx) =>
      c.post(`/api/evaluation-campaigns/${(await freshDraft(ctx)).id}/peer-assignments/generate`, { seed: 7 }),
    expect: managers(200),
  },
  {
    name: 'the campaign’s experts',
    route: 'GET /api/evaluation-campaigns/{id}/experts',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'open')}/experts`),
    expect: managers(200),
  },
  {
    name: 'expert accounts that may join the campaign',
    route: 'GET /api/evaluation-campaigns/{id}/expert-candidates',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'open')}/expert-candidates`),
    expect: managers(200),
  },
  {
    name: 'add the expert to a draft campaign',
    route: 'POST /api/evaluation-campaigns/{id}/experts',
    call: async (c, ctx) =>
      c.post(`/api/evaluation-campaigns/${(await freshDraft(ctx)).id}/experts`, {
        userId: await userIdOf(ctx, 'expert'),
        speciality: 'management',
      }),
    expect: managers(201),
  },
  {
    name: 'remove an expert who has not scored',
    route: 'DELETE /api/evaluation-campaigns/{id}/experts/{expertId}',
    call: async (c, ctx) => {
      const draft = await freshDraft(ctx);
      const expertId = randomUUID();
      await ctx.db
        .insertInto('evaluation_experts')
        .values({
          id: expertId,
          street_id: ctx.ids.mainStreetId,
          campaign_id: draft.id,
          user_id: await userIdOf(ctx, 'expert'),
          speciality: 'project',
          added_by: null,
          created_at: new Date('2026-06-01T02:00:00Z'),
        })
        .execute();
      return c.call('DELETE', `/api/evaluation-campaigns/${draft.id}/experts/${expertId}`);
    },
    expect: managers(200),
  },
  {
    name: 'the sheets the team is to fill',
    route: 'GET /api/evaluation-tasks/team',
    call: (c) => c.get('/api/evaluation-tasks/team'),
    expect: all(403, { leader: 200, deputy: 200, leader2: 200 }),
  },
  {
    name: 'the sheets the expert is to fill',
    route: 'GET /api/evaluation-tasks/expert',
    call: (c) => c.get('/api/evaluation-tasks/expert'),
    expect: all(403, { expert: 200 }),
  },
  {
    name: 'the incubator’s sheets of a campaign',
    route: 'GET /api/evaluation-campaigns/{id}/incubator-tasks',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'open')}/incubator-tasks`),
    expect: managers(200),
  },
  {
    name: 'the team’s self sheet (leader, deputy; another street’s team cannot reach the campaign)',
    route: 'PUT /api/evaluation-campaigns/{id}/team-sheet',
    call: async (c, ctx) =>
      c.call('PUT', `${await campaignPath(ctx, 'open')}/team-sheet`, {
        dimension: 'self',
        organizationId: ctx.ids.organizationId,
        scores: sheetAt(0.8),
      }),
    expect: all(403, { leader: 200, deputy: 200 }),
  },
  {
    name: 'the expert’s sheet on a team',
    route: 'PUT /api/evaluation-campaigns/{id}/expert-sheet',
    call: async (c, ctx) =>
      c.call('PUT', `${await campaignPath(ctx, 'open')}/expert-sheet`, {
        organizationId: ctx.ids.organizationId,
        scores: sheetAt(0.7),
      }),
    expect: all(403, { expert: 200 }),
  },
  {
    name: 'the incubator’s sheet on a team',
    route: 'PUT /api/evaluation-campaigns/{id}/incubator-sheet',
    call: async (c, ctx) =>
      c.call('PUT', `${await campaignPath(ctx, 'open')}/incubator-sheet`, {
        organizationId: ctx.ids.organizationId,
        scores: sheetAt(0.7),
      }),
    expect: managers(200),
  },
  {
    name: 'the campaign table (staff)',
    route: 'GET /api/evaluation-campaigns/{id}/table',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'released')}/table`),
    expect: managers(200),
  },
  {
    name: 'a released campaign’s results in scope, without advice (officials, funders)',
    route: 'GET /api/evaluation-campaigns/{id}/released-table',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'released')}/released-table`),
    expect: all(403, { official: 200, street: 200, funder: 200 }),
  },
  {
    name: 'every sheet with who gave it (staff only)',
    route: 'GET /api/evaluation-campaigns/{id}/sheets',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'released')}/sheets`),
    expect: managers(200),
  },
  {
    name: 'coaching advice on a team’s result',
    route: 'PUT /api/evaluation-campaigns/{id}/advice',
    call: async (c, ctx) =>
      c.call('PUT', `${await campaignPath(ctx, 'open')}/advice`, {
        organizationId: ctx.ids.organizationId,
        advice: '多记录活动。',
      }),
    expect: managers(200),
  },
  {
    name: 'open a stage assessment from a result (以评促建)',
    route: 'POST /api/evaluation-campaigns/{id}/stage-assessments',
    call: async (c, ctx) =>
      c.post(`${await campaignPath(ctx, 'released')}/stage-assessments`, {
        organizationId: ctx.ids.organizationId,
        assessment: { assessedOn: '2026-06-01', stage: 'sapling', criteria: [], evidence: [] },
      }),
    expect: managers(201),
  },
  {
    name: 'the team’s own released results',
    route: 'GET /api/organizations/{id}/evaluation-results',
    call: (c, ctx) => c.get(`/api/organizations/${ctx.ids.organizationId}/evaluation-results`),
    expect: all(403, team(200)),
  },
  {
    name: 'the campaign table as .xlsx',
    route: 'GET /api/evaluation-campaigns/{id}/table.xlsx',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'released')}/table.xlsx`),
    expect: managers(200),
  },
  {
    name: 'the campaign table as PDF',
    route: 'GET /api/evaluation-campaigns/{id}/table.pdf',
    call: async (c, ctx) => c.get(`${await campaignPath(ctx, 'released')}/table.pdf`),
    expect: managers(200),
  },
  {
    name: 'a team’s report as .xlsx',
    route: 'GET /api/evaluation-campaigns/{id}/report.xlsx',
    call: async (c, ctx) =>
      c.get(`${await campaignPath(ctx, 'released')}/report.xlsx?organizationId=${ctx.ids.organizationId}`),
    expect: managers(200),
  },
  {
    name: 'a team’s report as PDF',
    route: 'GET /api/evaluation-campaigns/{id}/report.pdf',
    call: async (c, ctx) =>
      c.get(`${await campaignPath(ctx, 'released')}/report.pdf?organizationId=${ctx.ids.organizationId}`),
    expect: managers(200),
  },
];
