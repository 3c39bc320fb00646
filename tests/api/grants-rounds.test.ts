import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../support/answer-text';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { postForm } from '../support/forms';
import { grantRoundInput } from '../support/grant-rounds';
import { rowCount } from '../support/rows';

/**
 * Micro-grant rounds (issue 17): staff make a round from the defaults and publish it; residents
 * read its rules on /r/{code} without an account and, during its 公示, raise an objection that
 * staff answer on the record. The tests' today is 2026-06-30, inside the default round's 公示.
 */
let api: TestApi;
let staff: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let place: { streetId: string; communityId: string };

beforeAll(async () => {
  api = await startTestApi();
  staff = await api.as('staff');
  ids = await demoIds(api.db);
  place = { streetId: ids.mainStreetId, communityId: ids.officialCommunityId };
});
afterAll(() => api.close());

const objectionsOf = (roundId: string) =>
  api.db.selectFrom('grant_round_objections').selectAll().where('round_id', '=', roundId).execute();

describe('staff make a round', () => {
  it('creates a draft from the defaults, with today’s step and its public code', async () => {
    const made = await staff.post('/api/grant-rounds', await grantRoundInput(api.db, place));
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({ status: 'draft', totalBudgetFen: 30_000_000, isPublicNoticeOpen: false });
    expect(made.body.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(made.body.steps[made.body.currentStepIndex].name).toBe('公示');
    expect(made.body.directions).toHaveLength(2);
    expect((await staff.get('/api/grant-rounds')).body.map((r: { id: string }) => r.id)).toContain(made.body.id);
  });

  it('refuses weights that do not add up to 100, saying the sum', async () => {
    const input = await grantRoundInput(api.db, place);
    input.rubric[0]!.weightPercent += 5;
    const refused = await staff.post('/api/grant-rounds', input);
    expect([refused.status, refused.body.code]).toEqual([400, 'grants.weights_not_100']);
    expect(refused.body.message).toContain('105%');
  });

  it('refuses negative or fractional fen, and a cap above the total', async () => {
    for (const money of [{ totalBudgetFen: -1 }, { perProposalCapFen: 100.5 }]) {
      const refused = await staff.post('/api/grant-rounds', await grantRoundInput(api.db, place, money));
      expect([refused.status, refused.body.code]).toEqual([400, 'request.invalid']);
    }
    const over = await staff.post(
      '/api/grant-rounds',
      await grantRoundInput(api.db, place, { perProposalCapFen: 30_000_001 }),
    );
    expect([over.status, over.body.code]).toEqual([400, 'grants.cap_over_total']);
  });

  it('refuses a step outside the round’s dates', async () => {
    const input = await grantRoundInput(api.db, place);
    const refused = await staff.post('/api/grant-rounds', { ...input, endsOn: '2026-12-31' });
    expect([refused.status, refused.body.code]).toEqual([400, 'grants.step_outside_period']);
  });

  it('writes no round when its target communities cannot be written (one transaction)', async () => {
    const input = await grantRoundInput(api.db, place);
    const before = [await rowCount(api.db, 'grant_rounds'), await rowCount(api.db, 'audit_log')];
    const restore = await failWritesTo(api.db, 'grant_round_communities', 'insert');
    try {
      const answer = await staff.post('/api/grant-rounds', input);
      expect([answer.status, answer.body.code]).toEqual([500, 'server.error']);
    } finally {
      await restore();
    }
    expect([await rowCount(api.db, 'grant_rounds'), await rowCount(api.db, 'audit_log')]).toEqual(before);
  });
});

describe('a published round on its public page', () => {
  let round: { id: string; code: string };
  beforeAll(async () => {
    round = (await staff.post('/api/grant-rounds', await grantRoundInput(api.db, place))).body;
  });

  it('is not public while a draft, and is once published', async () => {
    const draft = await api.anonymous().get(`/r/${round.code}`);
    expect(draft.status).toBe(404);
    // Who to ask is the round's people, not "the team running the activity" of the sign-in pages.
    expect(pageText(draft.body)).toContain('社工站');
    expect(pageText(draft.body)).not.toContain('办活动的队伍');
    const published = await staff.post(`/api/grant-rounds/${round.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body.isPublicNoticeOpen).toBe(true);
    const page = await api.anonymous().get(`/r/${round.code}`);
    expect(page.status).toBe(200);
    const text = pageText(page.body);
    for (const words of [
      '第一桶金项目大赛',
      '¥300,000.00',
      '¥15,000.00',
      '3–9 个月',
      '已向居委会备案',
      '议题公共性',
      '权重 30%',
      '烟酒',
      '现在：公示',
    ])
      expect(text).toContain(words);
    expect(page.body).toContain('data-testid="objection-form"');
    expect(pageText((await api.anonymous().get(`/r/${round.code}?lang=en`)).body)).toContain(
      'Total budget CNY 300,000.00',
    );
  });

  it('goes over the wire small for a cheap phone on WeChat (gzip, under 6 KB with the whole rulebook)', async () => {
    const answer = await api.request(`/r/${round.code}`, { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect((await answer.arrayBuffer()).byteLength).toBeLessThan(6 * 1024);
  });

  it('keeps its rules once published', async () => {
    const edit = await staff.call('PUT', `/api/grant-rounds/${round.id}`, await grantRoundInput(api.db, place));
    expect([edit.status, edit.body.code]).toEqual([409, 'grants.not_draft']);
  });

  it('takes an objection during 公示, and shows the answer but never the name', async () => {
    const resident = api.anonymous();
    const sent = await postForm(resident, `/r/${round.code}`, {
      text: '评审专家名单没有公开',
      name: '异议居民',
      phone: '13911112222',
      agree: 'yes',
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toContain('data-testid="objection-done"');
    const [objection] = await objectionsOf(round.id);
    expect(objection).toMatchObject({ text: '评审专家名单没有公开', name: '异议居民', phone: '13911112222' });

    const listed = await staff.get(`/api/grant-rounds/${round.id}/objections`);
    expect(listed.body[0].raisedByName).toBe('异议居民');
    const official = await api.as('street');
    expect((await official.get(`/api/grant-rounds/${round.id}/objections`)).body[0].raisedByName).toBeNull();

    const answered = await staff.post(`/api/grant-objections/${objection!.id}/answer`, {
      answer: '名单已在街道公告栏公示。',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.answeredByName).toBeTruthy();
    const again = await staff.post(`/api/grant-objections/${objection!.id}/answer`, { answer: '再答' });
    expect([again.status, again.body.code]).toEqual([409, 'grants.objection_answered']);

    const page = await api.anonymous().get(`/r/${round.code}`);
    const text = pageText(page.body);
    expect(text).toContain('评审专家名单没有公开');
    expect(text).toContain('名单已在街道公告栏公示。');
    expect(page.body).not.toContain('异议居民');
    expect(page.body).not.toContain('13911112222');
  });

  it('asks for consent before keeping a name', async () => {
    const refused = await postForm(api.anonymous(), `/r/${round.code}`, { text: '有意见', name: '不同意的人' });
    expect(refused.status).toBe(400);
    expect(pageText(refused.body)).toContain('请先勾选同意');
    expect((await objectionsOf(round.id)).some((o) => o.name === '不同意的人')).toBe(false);
  });

  it('refuses an objection outside 公示 with a page that says so', async () => {
    const later = (
      await staff.post('/api/grant-rounds', await grantRoundInput(api.db, place, { startsOn: '2026-06-01' }))
    ).body;
    await staff.post(`/api/grant-rounds/${later.id}/publish`);
    const page = await api.anonymous().get(`/r/${later.code}`);
    expect(page.body).not.toContain('data-testid="objection-form"');
    expect(pageText(page.body)).toContain('公示期：2026年8月10日—2026年8月16日');
    const refused = await postForm(api.anonymous(), `/r/${later.code}`, { text: '太早了' });
    expect(refused.status).toBe(409);
    expect(pageText(refused.body)).toContain('现在不在公示期内');
    expect(await objectionsOf(later.id)).toEqual([]);
  });

  it('moves its steps after publishing, in order only', async () => {
    const current = (await staff.get(`/api/grant-rounds/${round.id}`)).body;
    const steps = current.steps.map((s: { name: string }, i: number) =>
      i === 0 ? { ...s, name: '社区公益宣讲会' } : s,
    );
    const moved = await staff.call('PUT', `/api/grant-rounds/${round.id}/steps`, { steps });
    expect([moved.status, moved.body.steps[0].name]).toEqual([200, '社区公益宣讲会']);
    const swapped = [steps[1], steps[0], ...steps.slice(2)];
    const refused = await staff.call('PUT', `/api/grant-rounds/${round.id}/steps`, { steps: swapped });
    expect([refused.status, refused.body.code]).toEqual([400, 'grants.steps_out_of_order']);
  });
});

describe('who reads a round', () => {
  it('shows a round to its street and the communities it targets, not to another street', async () => {
    const admin = await api.as('admin');
    const other = await admin.post(
      '/api/grant-rounds',
      await grantRoundInput(api.db, { streetId: ids.otherStreetId, communityId: ids.otherCommunityId }),
    );
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    const mine = (await staff.post('/api/grant-rounds', await grantRoundInput(api.db, place))).body;
    for (const login of ['street', 'official']) {
      const client = await api.as(login);
      expect((await client.get(`/api/grant-rounds/${other.body.id}`)).status, login).toBe(403);
      expect((await client.get(`/api/grant-rounds/${mine.id}`)).status, login).toBe(200);
      const listed = (await client.get('/api/grant-rounds')).body.map((r: { id: string }) => r.id);
      expect(listed).not.toContain(other.body.id);
    }
    expect(
      (
        await staff.post(
          '/api/grant-rounds',
          await grantRoundInput(api.db, { streetId: ids.otherStreetId, communityId: ids.otherCommunityId }),
        )
      ).status,
    ).toBe(403);
  });

  it('lists for a team the published rounds of its home community only, as much as the public page shows', async () => {
    const leader = await api.as('leader');
    const home = { streetId: ids.mainStreetId, communityId: ids.homeCommunityId };
    const draft = (await staff.post('/api/grant-rounds', await grantRoundInput(api.db, home))).body;
    const open = (await staff.post('/api/grant-rounds', await grantRoundInput(api.db, home))).body;
    await staff.post(`/api/grant-rounds/${open.id}/publish`);
    const elsewhere = await api.db
      .selectFrom('communities')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', '!=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const notOurs = (
      await staff.post('/api/grant-rounds', await grantRoundInput(api.db, { ...home, communityId: elsewhere.id }))
    ).body;
    await staff.post(`/api/grant-rounds/${notOurs.id}/publish`);
    await postForm(api.anonymous(), `/r/${open.code}`, {
      text: '队长的亲戚也在评审里',
      name: '提异议的居民',
      phone: '13912345678',
      agree: 'yes',
    });

    const listed = (await leader.get('/api/grant-rounds')).body as { id: string; status: string }[];
    expect(listed.map((round) => round.id)).toContain(open.id);
    expect(listed.map((round) => round.id)).not.toContain(draft.id);
    expect(listed.map((round) => round.id)).not.toContain(notOurs.id);
    expect(listed.every((round) => round.status === 'published')).toBe(true);
    expect((await leader.get(`/api/grant-rounds/${draft.id}`)).status).toBe(403);
    expect((await leader.get(`/api/grant-rounds/${notOurs.id}`)).status).toBe(403);

    // Nothing beyond the public page: the same round, objections without who raised them.
    const read = await leader.get(`/api/grant-rounds/${open.id}`);
    const published = await api.anonymous().get(`/api/public/grant-rounds/${open.code}`);
    expect(read.body).toEqual(published.body.round);
    const objections = (await leader.get(`/api/grant-rounds/${open.id}/objections`)).body;
    expect(objections).toHaveLength(1);
    expect(objections[0]).toMatchObject({ raisedByName: null, raisedByPhone: null });
    expect(JSON.stringify(objections)).not.toContain('13912345678');
    const graduates = (await leader.get(`/api/grant-rounds/${open.id}/graduates`)).body.graduates;
    expect(graduates.every((graduate: { name: string | null }) => graduate.name === null)).toBe(true);
  });

  it('lets staff keep the directions, names unique', async () => {
    const added = await staff.post('/api/grant-directions', { name: '邻里互助' });
    expect(added.status).toBe(201);
    const twice = await staff.post('/api/grant-directions', { name: '邻里互助' });
    expect([twice.status, twice.body.code]).toEqual([409, 'grants.direction_duplicate']);
    const names = (await (await api.as('funder')).get('/api/grant-directions')).body.map(
      (d: { name: string }) => d.name,
    );
    expect(names).toEqual(expect.arrayContaining(['残障友好', '社区应急管理', '邻里互助']));
  });
});
