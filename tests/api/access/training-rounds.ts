import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { grantRoundFixture } from './grants';
import { insertProgramme, insertCohort as insertTrainingCohort } from './training';

/**
 * Access rows for training's side of the grant rounds (issue 17): linking a cohort to rounds, and a
 * round's graduates. The fixture cohort graduated a resident of the main street and is linked to
 * the published main-street round, so the personal-data scan meets the graduate's name wherever an
 * answer carries it (the incubator team only: funders, experts and the team get person ids).
 */

const fixtures = new WeakMap<object, Promise<{ cohortId: string; roundId: string; otherRoundId: string }>>();

/** A main-street cohort (training's own fixture row), graduated on `graduatedOn` and linked to `linkedRoundIds`. */
async function insertCohort(ctx: AccessContext, graduatedOn: string | null, linkedRoundIds: string[]) {
  const programmeId = await insertProgramme(ctx, ctx.ids.mainStreetId);
  const cohortId = await insertTrainingCohort(ctx, ctx.ids.mainStreetId, programmeId);
  await ctx.db
    .updateTable('training_cohorts')
    .set({ graduated_on: graduatedOn, linked_round_ids: linkedRoundIds })
    .where('id', '=', cohortId)
    .execute();
  return cohortId;
}

function fixture(ctx: AccessContext) {
  let made = fixtures.get(ctx.db);
  if (!made) {
    made = (async () => {
      const { roundId, otherRoundId } = await grantRoundFixture(ctx);
      const cohortId = await insertCohort(ctx, '2026-06-20', [roundId]);
      const [graduate, guarantor] = await ctx.db
        .selectFrom('people')
        .select('id')
        .where('street_id', '=', ctx.ids.mainStreetId)
        .where('community_id', '=', ctx.ids.officialCommunityId)
        .where('erased_at', 'is', null)
        .orderBy('id', 'desc')
        .limit(2)
        .execute();
      if (!graduate || !guarantor) throw new Error('the official’s community has residents');
      await ctx.db
        .insertInto('training_applications')
        .values({
          id: randomUUID(),
          street_id: ctx.ids.mainStreetId,
          cohort_id: cohortId,
          person_id: graduate.id,
          guarantor_person_id: guarantor.id,
          origin: 'resident',
          status: 'accepted',
          interview_result: 'pass',
          interviewed_on: '2026-05-01',
          graduated: true,
          updated_at: new Date('2026-06-20T00:00:00Z'),
        })
        .execute();
      return { cohortId, roundId, otherRoundId };
    })();
    fixtures.set(ctx.db, made);
  }
  return made;
}

export const trainingRoundAccessRows: AccessRow[] = [
  {
    name: 'link a main-street cohort to the main-street round',
    route: 'PUT /api/training/cohorts/{id}/rounds',
    call: async (c, ctx) => {
      const { roundId } = await fixture(ctx);
      const cohortId = await insertCohort(ctx, null, []);
      return c.call('PUT', `/api/training/cohorts/${cohortId}/rounds`, { roundIds: [roundId] });
    },
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'a main-street round’s graduates: names for the incubator team, person ids for other readers',
    route: 'GET /api/grant-rounds/{id}/graduates',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).roundId}/graduates`),
    expect: all(403, {
      admin: 200,
      staff: 200,
      assistant: 200,
      official: 200,
      street: 200,
      funder: 200,
      expert: 200,
      // the round targets 夕阳红舞蹈队's community: its team reads it, graduates by id only
      leader: 200,
      member: 200,
    }),
  },
  {
    name: 'the other street’s round’s graduates',
    route: 'GET /api/grant-rounds/{id}/graduates',
    call: async (c, ctx) => c.get(`/api/grant-rounds/${(await fixture(ctx)).otherRoundId}/graduates`),
    expect: all(403, { admin: 200, funder: 200, leader2: 200, member2: 200 }),
  },
];
