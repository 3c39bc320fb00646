import { publicPageRoutes } from '@seedbed/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AccessRow, all, type Ids, type Login, logins, personalDataPolicy } from '../support/access';
import { type Client, type JsonResponse, startTestApi, type TestApi } from '../support/api';
import { committeeAttitudeLeaks } from '../support/committee-attitude-scan';
import { demoIds } from '../support/demo-ids';
import { loadPersonalData, personalDataLeaks, recordingClient } from '../support/personal-data';
import { accountsAccessRows } from './access/accounts';
import { activitiesAccessRows } from './access/activities';
import { mediaAccessRows } from './access/activity-media';
import { allocationAccessRows } from './access/allocation';
import { booksAccessRows } from './access/books';
import { chatAnalysisAccessRows } from './access/chat-analysis';
import { chatGroupsAccessRows } from './access/chat-groups';
import { chatImportsAccessRows } from './access/chat-imports';
import { coachingAccessRows } from './access/coaching';
import { communitiesAccessRows } from './access/communities';
import { cultivationProgrammeAccessRows } from './access/cultivation-programmes';
import { deliberationAccessRows } from './access/deliberation';
import { documentsAccessRows } from './access/documents';
import { evaluationAccessRows } from './access/evaluation';
import { grantMoneyAccessRows } from './access/grant-money';
import { grantPlanItemsAccessRows } from './access/grant-plan-items';
import { grantProposalAttachmentsAccessRows } from './access/grant-proposal-attachments';
import { grantProposalsAccessRows } from './access/grant-proposals';
import { grantReviewAccessRows } from './access/grant-reviews';
import { grantsAccessRows } from './access/grants';
import { organizationsAccessRows } from './access/organizations';
import { passwordResetAccessRows } from './access/password-resets';
import { peopleAccessRows } from './access/people';
import { placesAccessRows } from './access/places';
import { publicityAccessRows } from './access/publicity';
import { serviceModelAccessRows } from './access/service-model';
import { trackingAccessRows } from './access/tracking';
import { trainingAccessRows } from './access/training';
import { trainingRoundAccessRows } from './access/training-rounds';
import { volunteeringAccessRows } from './access/volunteering';

/**
 * Every API route, called as every role from inside and outside its scope. Each row says what
 * each demo login must get, and every answer's body is scanned for residents' personal data that
 * login may not receive (`personalDataPolicy`, ../support/personal-data.ts) — a row cannot opt
 * out, only declare a narrow exception. A new route without a row fails the completeness check at
 * the end. Capabilities keep their rows in ./access/<capability>.ts.
 */
const foundationRows: AccessRow[] = [
  { name: 'health', route: 'GET /api/health', call: (c) => c.get('/api/health'), expect: all(200, { anonymous: 200 }) },
  { name: 'me', route: 'GET /api/auth/me', call: (c) => c.get('/api/auth/me'), expect: all(200) },
  { name: 'list streets', route: 'GET /api/streets', call: (c) => c.get('/api/streets'), expect: all(200) },
  {
    name: 'overview of the main street',
    route: 'GET /api/streets/{id}/overview',
    call: (c, { ids }) => c.get(`/api/streets/${ids.mainStreetId}/overview`),
    expect: all(403, { admin: 200, staff: 200, assistant: 200, street: 200, funder: 200, expert: 200 }),
  },
  {
    name: 'overview of the other street',
    route: 'GET /api/streets/{id}/overview',
    call: (c, { ids }) => c.get(`/api/streets/${ids.otherStreetId}/overview`),
    expect: all(403, { admin: 200, funder: 200 }),
  },
  {
    name: 'the home community of the main organization',
    route: 'GET /api/communities/{id}',
    call: (c, { ids }) => c.get(`/api/communities/${ids.homeCommunityId}`),
    expect: all(200, { leader2: 403, member2: 403 }),
  },
  {
    name: 'a community of the other street',
    route: 'GET /api/communities/{id}',
    call: (c, { ids }) => c.get(`/api/communities/${ids.otherCommunityId}`),
    expect: all(403, { admin: 200, funder: 200, leader2: 200, member2: 200 }),
  },
  {
    name: 'list organizations',
    route: 'GET /api/organizations',
    call: (c) => c.get('/api/organizations'),
    expect: all(200),
  },
  {
    name: 'the main organization',
    route: 'GET /api/organizations/{id}',
    call: (c, { ids }) => c.get(`/api/organizations/${ids.organizationId}`),
    expect: all(200, { leader2: 403, member2: 403 }),
  },
  {
    name: 'the other street’s organization',
    route: 'GET /api/organizations/{id}',
    call: (c, { ids }) => c.get(`/api/organizations/${ids.otherOrganizationId}`),
    expect: all(403, { admin: 200, funder: 200, leader2: 200, member2: 200 }),
  },
  {
    name: 'edit the main organization',
    route: 'PATCH /api/organizations/{id}',
    call: (c, { ids, n }) => c.patch(`/api/organizations/${ids.organizationId}`, { meetingPlace: `活动室 ${n}` }),
    expect: all(403, { admin: 200, staff: 200, leader: 200 }),
  },
  {
    name: 'create an organization in the main street',
    route: 'POST /api/organizations',
    call: (c, { ids, n }) =>
      c.post('/api/organizations', {
        name: `新队伍 ${n}`,
        organizationType: 'environment',
        homeCommunityId: ids.homeCommunityId,
      }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'invite into the main organization',
    route: 'POST /api/invites',
    call: (c, { ids }) => c.post('/api/invites', { organizationId: ids.organizationId, displayName: '新队员' }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'read an invite (public)',
    route: 'GET /api/invites/{code}',
    call: (c) => c.get('/api/invites/NOSUCHCODE'),
    expect: all(404, { anonymous: 404 }),
  },
  {
    name: 'accept an invite (public)',
    route: 'POST /api/invites/{code}/accept',
    call: (c) => c.post('/api/invites/NOSUCHCODE/accept', { phone: '13900000000', password: 'long-enough' }),
    expect: all(404, { anonymous: 404 }),
  },
  {
    name: 'audit trail of the main organization',
    route: 'GET /api/audit/{table}/{id}',
    call: (c, { ids }) => c.get(`/api/audit/organizations/${ids.organizationId}`),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'log in (public; a wrong password is 401 for anyone)',
    route: 'POST /api/auth/login',
    // A login of its own per call: five failures for one login from one address make it wait.
    call: (c, { n }) => c.post('/api/auth/login', { login: `nobody-${n}`, password: 'wrong' }),
    expect: all(401),
  },
];

/** Last of all: they end every session. */
const logoutRows: AccessRow[] = [
  {
    name: 'sign out everywhere',
    route: 'POST /api/auth/logout-all',
    call: (c) => c.post('/api/auth/logout-all'),
    expect: all(200, { anonymous: 401 }),
  },
  {
    name: 'log out',
    route: 'POST /api/auth/logout',
    call: (c) => c.post('/api/auth/logout'),
    expect: all(200, { anonymous: 200 }),
  },
];

const rows = [
  ...foundationRows,
  ...accountsAccessRows,
  ...peopleAccessRows,
  ...communitiesAccessRows,
  ...placesAccessRows,
  ...organizationsAccessRows,
  ...activitiesAccessRows,
  ...mediaAccessRows,
  ...trackingAccessRows,
  ...coachingAccessRows,
  ...cultivationProgrammeAccessRows,
  ...serviceModelAccessRows,
  ...volunteeringAccessRows,
  ...publicityAccessRows,
  ...documentsAccessRows,
  ...passwordResetAccessRows,
  ...booksAccessRows,
  ...chatGroupsAccessRows,
  ...chatImportsAccessRows,
  ...grantsAccessRows,
  ...grantProposalsAccessRows,
  ...grantProposalAttachmentsAccessRows,
  ...grantMoneyAccessRows,
  ...grantPlanItemsAccessRows,
  ...grantReviewAccessRows,
  ...trainingAccessRows,
  ...trainingRoundAccessRows,
  ...allocationAccessRows,
  ...deliberationAccessRows,
  ...evaluationAccessRows,
  ...chatAnalysisAccessRows,
  ...logoutRows,
];

let api: TestApi;
let ids: Ids;
const clients = new Map<Login, Client>();
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  for (const login of logins) clients.set(login, await api.as(login));
  clients.set('anonymous', api.anonymous());
});
afterAll(() => api.close());

describe('access control: every route × every role, inside and outside its scope', () => {
  let counter = 0;
  for (const row of rows) {
    it(row.name, async () => {
      const answers = new Map<Login, { answer: JsonResponse; sent: Set<string> }>();
      for (const [login, client] of clients) {
        counter += 1;
        const sent = new Set<string>();
        answers.set(login, {
          answer: await row.call(recordingClient(client, sent), { ids, db: api.db, n: counter }),
          sent,
        });
      }
      const got = Object.fromEntries([...answers].map(([login, { answer }]) => [login, answer.status]));
      expect(got).toEqual(row.expect);
      // Read after the calls: a row may add the very person its answer names.
      const held = await loadPersonalData(api.db);
      const leaks = [...answers].flatMap(([login, { answer, sent }]) =>
        [
          ...personalDataLeaks(held, login, personalDataPolicy[login], answer, sent, row.exceptions),
          ...committeeAttitudeLeaks(personalDataPolicy[login], answer),
        ].map((leak) => `${login}: ${leak}`),
      );
      expect(leaks).toEqual([]);
    });
  }

  it('covers every route of the API', async () => {
    const doc = await api.anonymous().get('/api/openapi.json');
    const documented = Object.entries(doc.body.paths as Record<string, object>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(rows.map((row) => row.route));
    expect(documented.filter((route) => !covered.has(route))).toEqual([]);
  });

  it('covers every page the server renders (outside the API document)', () => {
    const covered = new Set(rows.map((row) => row.route));
    expect(publicPageRoutes().length).toBeGreaterThan(0);
    expect(publicPageRoutes().filter((route) => !covered.has(route))).toEqual([]);
  });
});
