import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { grantRoundInput } from '../support/grant-rounds';
import { acceptApplication, openCohort, peopleOfStreet } from '../support/training';

/**
 * Graduates in linked rounds (issue 17: "graduates are marked eligible or given priority in the
 * rounds the cohort is linked to, and part of the round's money can be reserved for them"): a
 * round keeps part of its budget for them, a cohort links rounds of its street, and the round
 * lists its graduates — person ids for the review to mark proposals by, names for the incubator team.
 */
let api: TestApi;
let staff: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  staff = await api.as('staff');
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const place = () => ({ streetId: ids.mainStreetId, communityId: ids.officialCommunityId });

/** A cohort of one held session that graduates `people`: returns its id. */
async function graduatedCohort(people: { id: string }[], guarantor: { id: string }) {
  const cohortId = await openCohort(staff, ids.mainStreetId, { plannedSessions: 1 });
  const applicationIds: string[] = [];
  for (const person of people) {
    const applied = await staff.post(`/api/training/cohorts/${cohortId}/applications`, {
      personId: person.id,
      guarantorPersonId: guarantor.id,
      origin: 'activist',
    });
    await acceptApplication(staff, applied.body.id);
    applicationIds.push(applied.body.id);
  }
  const session = await staff.post(`/api/training/cohorts/${cohortId}/sessions`, {
    number: 1,
    heldOn: '2026-06-10',
    topic: '唯一一课',
  });
  await staff.call('PUT', `/api/training/sessions/${session.body.id}/attendance`, { applicationIds });
  expect((await staff.post(`/api/training/cohorts/${cohortId}/graduation`)).status).toBe(200);
  return cohortId;
}

describe('money kept for graduates', () => {
  it('is part of the total budget, never more', async () => {
    const over = await staff.post(
      '/api/grant-rounds',
      await grantRoundInput(api.db, place(), { totalBudgetFen: 2_000_000, graduateReserveFen: 2_000_001 }),
    );
    expect([over.status, over.body.code]).toEqual([400, 'grants.reserve_over_total']);
    const fractional = await staff.post(
      '/api/grant-rounds',
      await grantRoundInput(api.db, place(), { graduateReserveFen: 10.5 }),
    );
    expect([fractional.status, fractional.body.code]).toEqual([400, 'request.invalid']);
    const made = await staff.post(
      '/api/grant-rounds',
      await grantRoundInput(api.db, place(), { totalBudgetFen: 2_000_000, graduateReserveFen: 300_000 }),
    );
    expect(made.status).toBe(201);
    expect((await staff.get(`/api/grant-rounds/${made.body.id}`)).body.graduateReserveFen).toBe(300_000);
  });
});

describe('a round’s graduates', () => {
  it('lists the graduates of the cohorts linked to it: names for staff, ids for a funder', async () => {
    const round = await staff.post('/api/grant-rounds', await grantRoundInput(api.db, place()));
    const [ana, bo, guarantor] = await peopleOfStreet(api.db, ids.mainStreetId, 3);
    if (!ana || !bo || !guarantor) throw new Error('the demo street has people');
    const cohortId = await graduatedCohort([ana, bo], guarantor);
    expect((await staff.get(`/api/grant-rounds/${round.body.id}/graduates`)).body).toEqual({ graduates: [] });

    const admin = await api.as('admin');
    const elsewhere = await admin.post(
      '/api/grant-rounds',
      await grantRoundInput(api.db, { streetId: ids.otherStreetId, communityId: ids.otherCommunityId }),
    );
    const foreign = await admin.call('PUT', `/api/training/cohorts/${cohortId}/rounds`, {
      roundIds: [round.body.id, elsewhere.body.id],
    });
    expect([foreign.status, foreign.body.code]).toEqual([400, 'training.round_other_street']);
    expect((await staff.get(`/api/training/cohorts/${cohortId}`)).body.cohort.linkedRoundIds).toEqual([]);

    const linked = await staff.call('PUT', `/api/training/cohorts/${cohortId}/rounds`, { roundIds: [round.body.id] });
    expect(linked.body.linkedRoundIds).toEqual([round.body.id]);
    const seen = await staff.get(`/api/grant-rounds/${round.body.id}/graduates`);
    expect(seen.body.graduates.map((g: { personId: string; name: string }) => [g.personId, g.name]).sort()).toEqual(
      [
        [ana.id, ana.name],
        [bo.id, bo.name],
      ].sort(),
    );
    expect(seen.body.graduates[0]).toMatchObject({ cohortId, graduatedOn: '2026-06-30' });

    const funder = await api.as('funder');
    const funded = await funder.get(`/api/grant-rounds/${round.body.id}/graduates`);
    expect(funded.status).toBe(200);
    expect(funded.body.graduates.map((g: { name: string | null }) => g.name)).toEqual([null, null]);
  });
});

describe('the demo street', () => {
  it('keeps money in the running round for 友邻学社 第二期’s graduates, and lists them', async () => {
    const rounds = await staff.get('/api/grant-rounds');
    const running = rounds.body.find((r: { name: string }) => r.name === '第一桶金项目大赛 第二期');
    const round = await staff.get(`/api/grant-rounds/${running.id}`);
    expect(round.body.graduateReserveFen).toBe(3_000_000);
    const graduates = await staff.get(`/api/grant-rounds/${running.id}/graduates`);
    expect(graduates.body.graduates.length).toBeGreaterThan(5);
    expect(new Set(graduates.body.graduates.map((g: { cohortName: string }) => g.cohortName))).toEqual(
      new Set(['第二期']),
    );
  });
});
