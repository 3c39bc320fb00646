import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/** Access rows for the organizations routes added after the foundation (see access-control.test.ts). */
const unknownId = '00000000-0000-4000-8000-000000000000';
const org = ({ ids }: AccessContext) => `/api/organizations/${ids.organizationId}`;

async function leaderPersonId({ db }: AccessContext) {
  const user = await db
    .selectFrom('users')
    .select('person_id')
    .where('username', '=', 'leader')
    .executeTakeFirstOrThrow();
  return user.person_id ?? unknownId;
}

async function anotherMainStreetOrganization({ db, ids }: AccessContext) {
  const row = await db
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', ids.mainStreetId)
    .where('id', '!=', ids.organizationId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A current member who does not lead (the hand-over row's target: a real hand-over per call). */
async function nonLeaderMember({ db }: AccessContext, organizationId: string) {
  const row = await db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('left_on', 'is', null)
    .where('role', '!=', 'leader')
    .orderBy('person_id')
    .executeTakeFirstOrThrow();
  return row.person_id;
}

/** A member of the main team whom no login is (leaving and coming back changes no one's access). */
async function memberWithoutAccount({ db, ids }: AccessContext) {
  const row = await db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', ids.organizationId)
    .where('role', '=', 'member')
    // Current, or gone today by an earlier call of the row: the same person each time.
    .where((eb) => eb.or([eb('left_on', 'is', null), eb('left_on', '=', '2026-06-30')]))
    .where((eb) =>
      eb('person_id', 'not in', eb.selectFrom('users').select('person_id').where('person_id', 'is not', null)),
    )
    .orderBy('person_id')
    .executeTakeFirstOrThrow();
  return row.person_id;
}

const caseReaders = { admin: 200, staff: 200, assistant: 200, street: 200, official: 200 };

export const organizationsAccessRows: AccessRow[] = [
  {
    // The organization list's search and pages (issue 16): the same scope as the whole list.
    name: 'search organizations by name, one page',
    route: 'GET /api/organizations',
    call: (c) => c.get(`/api/organizations?q=${encodeURIComponent('队')}&limit=5&offset=5`),
    expect: all(200),
  },
  {
    name: 'add a member to the main organization',
    route: 'POST /api/organizations/{id}/members',
    call: (c, ctx) => c.post(`${org(ctx)}/members`, { name: `新成员 ${ctx.n}` }),
    expect: all(403, { admin: 201, staff: 201, leader: 201 }),
  },
  {
    name: 'add a member to the other street’s organization',
    route: 'POST /api/organizations/{id}/members',
    call: (c, { ids, n }) => c.post(`/api/organizations/${ids.otherOrganizationId}/members`, { name: `新成员 ${n}` }),
    expect: all(403, { admin: 201, leader2: 201 }),
  },
  {
    name: 'change a member’s role in the main organization',
    route: 'PATCH /api/organizations/{id}/members/{personId}',
    call: async (c, ctx) => c.patch(`${org(ctx)}/members/${await leaderPersonId(ctx)}`, { role: 'leader' }),
    expect: all(403, { admin: 200, staff: 200, leader: 200 }),
  },
  {
    // A real undo each call: the member is marked as left today first (in the tables), so those
    // who may bring them back get the team's page with them in it (names and phones scanned).
    name: 'bring back a member of the main organization marked as left by mistake',
    route: 'POST /api/organizations/{id}/members/{personId}/undo-leave',
    call: async (c, ctx) => {
      const personId = await memberWithoutAccount(ctx);
      await ctx.db
        .updateTable('organization_members')
        .set({ left_on: '2026-06-30' })
        .where('organization_id', '=', ctx.ids.organizationId)
        .where('person_id', '=', personId)
        .where('left_on', 'is', null)
        .execute();
      return c.post(`${org(ctx)}/members/${personId}/undo-leave`, { leftOn: '2026-06-30' });
    },
    expect: all(403, { admin: 200, staff: 200, leader: 200 }),
  },
  {
    // A real hand-over each call, in another team of the street: the main team keeps its leader.
    name: 'hand leadership over in another organization of the main street',
    route: 'POST /api/organizations/{id}/leadership',
    call: async (c, ctx) => {
      const id = await anotherMainStreetOrganization(ctx);
      const toPersonId = await nonLeaderMember(ctx, id);
      return c.post(`/api/organizations/${id}/leadership`, { toPersonId, formerLeaderBecomes: 'deputy' });
    },
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    // To the leader themself: refused (409) for those who may hand over, so the main team is unchanged.
    name: 'hand leadership of the main organization to its own leader',
    route: 'POST /api/organizations/{id}/leadership',
    call: async (c, ctx) =>
      c.post(`${org(ctx)}/leadership`, { toPersonId: await leaderPersonId(ctx), formerLeaderBecomes: 'member' }),
    expect: all(403, { admin: 409, staff: 409, leader: 409 }),
  },
  {
    name: 'registry of the main organization',
    route: 'GET /api/organizations/{id}/registry',
    call: (c, ctx) => c.get(`${org(ctx)}/registry`),
    expect: all(200, { leader2: 403, member2: 403 }),
  },
  {
    name: 'record a dated change',
    route: 'POST /api/organizations/{id}/changes',
    call: (c, ctx) =>
      c.post(`${org(ctx)}/changes`, { field: 'orientation', value: 'mutual_benefit', changedOn: '2020-01-01' }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'serve a community that does not exist',
    route: 'POST /api/organizations/{id}/served-communities',
    call: (c, ctx) => c.post(`${org(ctx)}/served-communities`, { communityId: unknownId }),
    expect: all(403, { admin: 404, staff: 404 }),
  },
  {
    name: 'stop serving a community it does not serve',
    route: 'POST /api/organizations/{id}/served-communities/{communityId}/end',
    call: (c, ctx) => c.post(`${org(ctx)}/served-communities/${unknownId}/end`, { until: '2026-06-01' }),
    expect: all(403, { admin: 404, staff: 404 }),
  },
  {
    name: 'add a sub-team',
    route: 'POST /api/organizations/{id}/sub-teams',
    call: (c, ctx) => c.post(`${org(ctx)}/sub-teams`, { name: `分队 ${ctx.n}` }),
    expect: all(403, { admin: 201, staff: 201, leader: 201 }),
  },
  {
    name: 'add a member to an unknown sub-team',
    route: 'POST /api/organizations/{id}/sub-teams/{itemId}/members',
    call: async (c, ctx) =>
      c.post(`${org(ctx)}/sub-teams/${unknownId}/members`, { personId: await leaderPersonId(ctx) }),
    expect: all(403, { admin: 404, staff: 404, leader: 404 }),
  },
  {
    name: 'add a chat group',
    route: 'POST /api/organizations/{id}/chat-groups',
    call: (c, ctx) => c.post(`${org(ctx)}/chat-groups`, { name: `群 ${ctx.n}`, layer: 'chat' }),
    expect: all(403, { admin: 201, staff: 201, leader: 201 }),
  },
  {
    name: 'count an unknown chat group',
    route: 'POST /api/organizations/{id}/chat-groups/{itemId}/counts',
    call: (c, ctx) =>
      c.post(`${org(ctx)}/chat-groups/${unknownId}/counts`, { countedOn: '2026-06-01', memberCount: 3 }),
    expect: all(403, { admin: 404, staff: 404, leader: 404 }),
  },
  {
    name: 'relate the main organization to another of its street',
    route: 'POST /api/organizations/{id}/relations',
    call: async (c, ctx) =>
      c.post(`${org(ctx)}/relations`, {
        relatedOrganizationId: await anotherMainStreetOrganization(ctx),
        kind: 'partner',
      }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'record a baseline interview',
    route: 'POST /api/organizations/{id}/interviews',
    call: (c, ctx) => c.post(`${org(ctx)}/interviews`, { interviewedOn: '2026-06-01', interviewer: '社工' }),
    expect: all(403, { admin: 201, staff: 201, assistant: 201 }),
  },
  {
    name: 'stages of the main organization',
    route: 'GET /api/organizations/{id}/stages',
    call: (c, ctx) => c.get(`${org(ctx)}/stages`),
    expect: all(200, { leader2: 403, member2: 403 }),
  },
  {
    name: 'assess the main organization',
    route: 'POST /api/organizations/{id}/assessments',
    call: (c, ctx) =>
      c.post(`${org(ctx)}/assessments`, { assessedOn: '2026-06-01', stage: 'sapling', evidence: ['追踪日志'] }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'case outcomes',
    route: 'GET /api/case-outcomes',
    call: (c) => c.get('/api/case-outcomes'),
    expect: all(403, caseReaders),
  },
  {
    name: 'export case outcomes',
    route: 'GET /api/case-outcomes/export',
    call: (c) => c.get('/api/case-outcomes/export'),
    expect: all(403, caseReaders),
  },
  {
    name: 'record a case outcome for the main organization',
    route: 'POST /api/case-outcomes',
    call: (c, { ids }) =>
      c.post('/api/case-outcomes', {
        organizationId: ids.organizationId,
        recordedOn: '2026-06-01',
        difficulty: '缺场地',
        staffAction: '协调活动室',
        change: '每周固定活动',
      }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'read the stage model',
    route: 'GET /api/settings/stage-model',
    call: (c) => c.get('/api/settings/stage-model'),
    expect: all(403, { admin: 200 }),
  },
  {
    // The model already in use, so the other rows (assessments of 小苗) keep working.
    name: 'choose the stage model',
    route: 'PUT /api/settings/stage-model',
    call: (c) => c.call('PUT', '/api/settings/stage-model', { stageModel: 'five_stage' }),
    expect: all(403, { admin: 200 }),
  },
  {
    // The test client sends JSON, not a file: allowed callers get 415 (not a PDF or picture).
    name: 'attach a document to a change of the main organization',
    route: 'PUT /api/organizations/{id}/changes/{changeId}/document',
    call: async (c, { ids, db }) =>
      c.call(
        'PUT',
        `/api/organizations/${ids.organizationId}/changes/${await firstChangeId(db, ids.organizationId)}/document`,
        {
          not: 'a file',
        },
      ),
    expect: all(403, { admin: 415, staff: 415 }),
  },
  {
    name: 'record the filing of the main organization',
    route: 'POST /api/organizations/{id}/filing',
    call: (c, ctx) => c.post(`${org(ctx)}/filing`, { changedOn: '2026-06-01', documentRef: `居备 ${ctx.n}` }),
    // Its home community's committee files it; staff record it for the committee to confirm.
    expect: all(403, { admin: 201, staff: 201, official: 201 }),
  },
  {
    name: 'record the filing of the other street’s organization',
    route: 'POST /api/organizations/{id}/filing',
    call: (c, { ids }) => c.post(`/api/organizations/${ids.otherOrganizationId}/filing`, { changedOn: '2026-06-01' }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'confirm a filing of the main organization',
    route: 'POST /api/organizations/{id}/changes/{changeId}/confirm',
    call: async (c, ctx) =>
      c.post(
        `${org(ctx)}/changes/${await unconfirmedFiling(ctx, ctx.ids.organizationId, ctx.ids.mainStreetId)}/confirm`,
      ),
    expect: all(403, { admin: 200, official: 200 }),
  },
  {
    name: 'confirm a filing of the other street’s organization',
    route: 'POST /api/organizations/{id}/changes/{changeId}/confirm',
    call: async (c, ctx) => {
      const { otherOrganizationId, otherStreetId } = ctx.ids;
      const changeId = await unconfirmedFiling(ctx, otherOrganizationId, otherStreetId);
      return c.post(`/api/organizations/${otherOrganizationId}/changes/${changeId}/confirm`);
    },
    expect: all(403, { admin: 200 }),
  },
  {
    // Demo changes carry no document: those who handle registration learn that (404) in scope;
    // assistants, members, funders and experts may not read registration scans at all (403).
    name: 'read the document of a change of the main organization',
    route: 'GET /api/organizations/{id}/changes/{changeId}/document',
    call: async (c, { ids, db }) =>
      c.get(`/api/organizations/${ids.organizationId}/changes/${await firstChangeId(db, ids.organizationId)}/document`),
    expect: all(403, { admin: 404, staff: 404, leader: 404, official: 404, street: 404 }),
  },
];

/** A filing staff recorded and nobody confirmed yet, fresh for each call. */
async function unconfirmedFiling({ db, n }: AccessContext, organizationId: string, streetId: string) {
  const id = randomUUID();
  await db
    .insertInto('organization_changes')
    .values({
      id,
      street_id: streetId,
      organization_id: organizationId,
      field: 'filing_status',
      value: 'filed',
      changed_on: '2026-06-01',
      document_ref: `备案 ${n}`,
      recorded_at: new Date('2026-06-01T02:00:00Z'),
    })
    .execute();
  return id;
}

async function firstChangeId(db: AccessContext['db'], organizationId: string): Promise<string> {
  const row = await db
    .selectFrom('organization_changes')
    .select('id')
    .where('organization_id', '=', organizationId)
    .orderBy('changed_on')
    .executeTakeFirstOrThrow();
  return row.id;
}
