import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../support/answer-text';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { fullSheet, insertSubmittedProposal } from '../support/grant-reviews';
import { grantRoundInput } from '../support/grant-rounds';
import { rowCount } from '../support/rows';

/**
 * Review, dialogue and selection (issue 17): staff add reviewers and assign proposals (obvious
 * conflicts refused), an expert scores blind what is assigned to them, staff read the decision
 * table and decide, the team reads its scores once released, and the public page shows the
 * approved proposals during 公示 (the tests' today, 2026-06-30, is inside the default round's 公示).
 */
let api: TestApi;
let staff: Client;
let expert: Client;
let leader: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let round: { id: string; code: string };
let expertUserId: string;
let proposalA: string;
let proposalB: string;

const place = () => ({ streetId: ids.mainStreetId, communityId: ids.homeCommunityId });
const proposalOf = (roundId: string, title: string, requestedFen = 1_200_000) =>
  insertSubmittedProposal(api.db, { ...place(), roundId, organizationId: ids.organizationId }, { title, requestedFen });

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, expert, leader] = await Promise.all([api.as('staff'), api.as('expert'), api.as('leader')]);
  const input = await grantRoundInput(api.db, { streetId: ids.mainStreetId, communityId: ids.homeCommunityId });
  round = (await staff.post('/api/grant-rounds', { ...input, totalBudgetFen: 2_000_000 })).body;
  expect((await staff.post(`/api/grant-rounds/${round.id}/publish`)).status).toBe(200);
  expertUserId = (
    await api.db.selectFrom('users').select('id').where('username', '=', 'expert').executeTakeFirstOrThrow()
  ).id;
  proposalA = await proposalOf(round.id, '楼道花园');
  proposalB = await proposalOf(round.id, '儿童议事会', 900_000);
});
afterAll(() => api.close());

describe('reviewers and assignments', () => {
  it('adds an expert as a reviewer once; an account that cannot review is refused', async () => {
    const candidates = await staff.get(`/api/grant-rounds/${round.id}/reviewer-candidates`);
    expect(candidates.body.map((c: { userId: string }) => c.userId)).toContain(expertUserId);
    const added = await staff.post(`/api/grant-rounds/${round.id}/reviewers`, {
      userId: expertUserId,
      expertise: 'finance',
    });
    expect([added.status, added.body.expertise, added.body.displayName]).toEqual([201, 'finance', expect.any(String)]);
    const again = await staff.post(`/api/grant-rounds/${round.id}/reviewers`, {
      userId: expertUserId,
      expertise: 'project',
    });
    expect([again.status, again.body.code]).toEqual([409, 'grants.reviewer_duplicate']);
    const leaderUser = await api.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    const refused = await staff.post(`/api/grant-rounds/${round.id}/reviewers`, {
      userId: leaderUser.id,
      expertise: 'project',
    });
    expect([refused.status, refused.body.code]).toEqual([400, 'grants.reviewer_not_eligible']);
    expect(refused.body.message).toMatch(/评审专家|expert/);
  });

  it('assigns a submitted proposal; refuses one of another round, a draft, and a declared conflict', async () => {
    const assigned = await staff.post(`/api/grant-rounds/${round.id}/assignments`, {
      proposalId: proposalA,
      reviewerUserId: expertUserId,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
    const otherRound = (
      await staff.post(
        '/api/grant-rounds',
        await grantRoundInput(api.db, { streetId: ids.mainStreetId, communityId: ids.homeCommunityId }),
      )
    ).body;
    const elsewhere = await proposalOf(otherRound.id, '别的轮次');
    const wrongRound = await staff.post(`/api/grant-rounds/${round.id}/assignments`, {
      proposalId: elsewhere,
      reviewerUserId: expertUserId,
    });
    expect([wrongRound.status, wrongRound.body.code]).toEqual([400, 'grants.proposal_other_round']);
    const draft = await insertSubmittedProposal(
      api.db,
      { ...place(), roundId: round.id, organizationId: ids.organizationId },
      { status: 'draft' },
    );
    const notSubmitted = await staff.post(`/api/grant-rounds/${round.id}/assignments`, {
      proposalId: draft,
      reviewerUserId: expertUserId,
    });
    expect([notSubmitted.status, notSubmitted.body.code]).toEqual([409, 'grants.proposal_not_submitted']);

    // the expert's niece is on the other team: declared, then the assignment is refused and nothing written
    const reviewer = (await staff.get(`/api/grant-rounds/${round.id}/reviewers`)).body[0];
    const neighbour = await api.db
      .selectFrom('organizations')
      .select(['id', 'home_community_id'])
      .where('street_id', '=', ids.mainStreetId)
      .where('id', '!=', ids.organizationId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const otherTeam = await insertSubmittedProposal(
      api.db,
      {
        streetId: ids.mainStreetId,
        roundId: round.id,
        organizationId: neighbour.id,
        communityId: neighbour.home_community_id,
      },
      { title: '另一支队伍' },
    );
    const declared = await expert.post(`/api/grant-reviewers/${reviewer.id}/conflicts`, {
      organizationId: neighbour.id,
      note: '亲属在这个团队',
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    expect(declared.body.conflicts).toHaveLength(1);
    const mine = (await expert.get('/api/grant-reviewers/mine')).body;
    expect(mine.find((place: { id: string }) => place.id === reviewer.id)).toMatchObject({
      roundName: expect.any(String),
      conflicts: [{ organizationId: neighbour.id, note: '亲属在这个团队' }],
    });
    const before = await rowCount(api.db, 'grant_review_assignments');
    const conflict = await staff.post(`/api/grant-rounds/${round.id}/assignments`, {
      proposalId: otherTeam,
      reviewerUserId: expertUserId,
    });
    expect([conflict.status, conflict.body.code]).toEqual([409, 'grants.conflict_declared']);
    expect(await rowCount(api.db, 'grant_review_assignments')).toBe(before);
    const staffDeclares = await staff.post(`/api/grant-reviewers/${reviewer.id}/conflicts`, {
      organizationId: ids.organizationId,
    });
    expect(staffDeclares.status).toBe(403);
    const nothingNamed = await expert.post(`/api/grant-reviewers/${reviewer.id}/conflicts`, { note: '说不清' });
    expect([nothingNamed.status, nothingNamed.body.code]).toEqual([400, 'grants.conflict_target_missing']);
  });

  it('names a resident a conflict names to staff only, never back to the reviewer who declared it', async () => {
    const reviewer = (await staff.get(`/api/grant-rounds/${round.id}/reviewers`)).body[0];
    const resident = await api.db
      .selectFrom('people')
      .select(['id', 'name'])
      .where('street_id', '=', ids.mainStreetId)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const declared = await expert.post(`/api/grant-reviewers/${reviewer.id}/conflicts`, {
      personId: resident.id,
      note: '邻居',
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const answered = declared.body.conflicts.find((c: { personId: string | null }) => c.personId === resident.id);
    expect(answered.personName).toBeNull();
    const mine = (await expert.get('/api/grant-reviewers/mine')).body as { conflicts: unknown[] }[];
    expect(JSON.stringify(mine)).not.toContain(resident.name);
    const asStaff = (await staff.get(`/api/grant-rounds/${round.id}/reviewers`)).body[0];
    expect(asStaff.conflicts.find((c: { personId: string | null }) => c.personId === resident.id)).toMatchObject({
      personName: resident.name,
    });
  });

  it('refuses a reviewer who is a member of the proposing team', async () => {
    const member = await api.db
      .selectFrom('organization_members')
      .select('person_id')
      .where('organization_id', '=', ids.organizationId)
      .where('left_on', 'is', null)
      .executeTakeFirstOrThrow();
    const official = await api.db
      .selectFrom('users')
      .select(['id', 'person_id'])
      .where('username', '=', 'official')
      .executeTakeFirstOrThrow();
    await api.db.updateTable('users').set({ person_id: member.person_id }).where('id', '=', official.id).execute();
    try {
      expect(
        (await staff.post(`/api/grant-rounds/${round.id}/reviewers`, { userId: official.id, expertise: 'community' }))
          .status,
      ).toBe(201);
      const refused = await staff.post(`/api/grant-rounds/${round.id}/assignments`, {
        proposalId: proposalB,
        reviewerUserId: official.id,
      });
      expect([refused.status, refused.body.code]).toEqual([409, 'grants.conflict_member']);
      expect(refused.body.message).toContain('成员');
    } finally {
      await api.db.updateTable('users').set({ person_id: official.person_id }).where('id', '=', official.id).execute();
    }
  });
});

describe('blind scoring', () => {
  let assignmentId: string;
  beforeAll(async () => {
    // The demo's rounds are the expert's too; of this round, only what was assigned.
    const mine = (await expert.get('/api/grant-reviews/mine')).body.filter(
      (a: { roundId: string }) => a.roundId === round.id,
    );
    expect(mine.map((a: { proposalId: string }) => a.proposalId)).toEqual([proposalA]);
    assignmentId = mine[0].id;
  });

  it('refuses a score above a criterion’s maximum or a missing criterion, writing nothing', async () => {
    const before = await rowCount(api.db, 'grant_reviews');
    const over = await expert.call(
      'PUT',
      `/api/grant-review-assignments/${assignmentId}/review`,
      fullSheet([11, 8, 8, 8]),
    );
    expect([over.status, over.body.code]).toEqual([400, 'grants.review_score_over_max']);
    expect(over.body.message).toContain('10');
    const sheet = fullSheet([8, 8, 8, 8]);
    const missing = await expert.call('PUT', `/api/grant-review-assignments/${assignmentId}/review`, {
      ...sheet,
      scores: sheet.scores.slice(1),
    });
    expect([missing.status, missing.body.code]).toEqual([400, 'grants.review_score_missing']);
    const fraction = await expert.call(
      'PUT',
      `/api/grant-review-assignments/${assignmentId}/review`,
      fullSheet([7.5, 8, 8, 8]),
    );
    expect([fraction.status, fraction.body.code]).toEqual([400, 'request.invalid']);
    expect(await rowCount(api.db, 'grant_reviews')).toBe(before);
  });

  it('saves the sheet, then replaces it; another reviewer’s assignment is refused', async () => {
    const made = await expert.call(
      'PUT',
      `/api/grant-review-assignments/${assignmentId}/review`,
      fullSheet([8, 7, 6, 5], 'maybe'),
    );
    expect([made.status, made.body.review.recommendation], JSON.stringify(made.body)).toEqual([201, 'maybe']);
    const replaced = await expert.call(
      'PUT',
      `/api/grant-review-assignments/${assignmentId}/review`,
      fullSheet([10, 9, 8, 10]),
    );
    expect([replaced.status, replaced.body.review.recommendation]).toEqual([200, 'yes']);
    const read = await expert.get(`/api/grant-review-assignments/${assignmentId}`);
    expect(read.body.review.scores[0].points).toBe(10);
    expect(read.body.proposal.id).toBe(proposalA);
    const staffTries = await staff.call(
      'PUT',
      `/api/grant-review-assignments/${assignmentId}/review`,
      fullSheet([1, 1, 1, 1]),
    );
    expect(staffTries.status).toBe(403);
  });
});

describe('the decision table and the determination', () => {
  it('shows staff the weighted total (hand-derived) and each sheet; reviewers and teams may not open it', async () => {
    // 10/10×30 + 9/10×25 + 8/10×25 + 10/10×20 = 30 + 22.5 + 20 + 20 = 92.5
    const table = await staff.get(`/api/grant-rounds/${round.id}/decision-table`);
    expect(table.status).toBe(200);
    const rowA = table.body.candidates.find((c: { proposalId: string }) => c.proposalId === proposalA);
    expect(rowA.scores).toMatchObject({ total: 92.5, reviewCount: 1, recommendations: { yes: 1, maybe: 0, no: 0 } });
    expect(rowA.sheets[0]).toMatchObject({ expertise: 'finance', total: 92.5 });
    expect((await expert.get(`/api/grant-rounds/${round.id}/decision-table`)).status).toBe(403);
    expect((await leader.get(`/api/grant-rounds/${round.id}/decision-table`)).status).toBe(403);
  });

  it('refuses an approval above the ask, or below it without a reason; writes nothing', async () => {
    const path = `/api/grant-proposals/${proposalA}/determination`;
    const over = await staff.call('PUT', path, { determination: 'approved', approvedFen: 1_200_001 });
    expect([over.status, over.body.code]).toEqual([400, 'grants.approved_over_requested']);
    const noReason = await staff.call('PUT', path, { determination: 'approved', approvedFen: 1_000_000 });
    expect([noReason.status, noReason.body.code]).toEqual([400, 'grants.reduction_reason_required']);
    const declineBare = await staff.call('PUT', path, { determination: 'declined' });
    expect([declineBare.status, declineBare.body.code]).toEqual([400, 'grants.determination_reason_required']);
    const row = await api.db
      .selectFrom('grant_proposals')
      .select('determination')
      .where('id', '=', proposalA)
      .executeTakeFirstOrThrow();
    expect(row.determination).toBeNull();
  });

  it('approves less than asked with a reason, audited, and refuses going over the round’s budget', async () => {
    const approved = await staff.call('PUT', `/api/grant-proposals/${proposalA}/determination`, {
      determination: 'approved',
      approvedFen: 1_000_000,
      reason: '花盆按市场价核减',
    });
    expect([approved.status, approved.body.approvedFen, approved.body.determinedVersion]).toEqual([200, 1_000_000, 1]);
    const row = await api.db
      .selectFrom('grant_proposals')
      .selectAll()
      .where('id', '=', proposalA)
      .executeTakeFirstOrThrow();
    expect([row.determination, Number(row.approved_fen), row.determination_reason]).toEqual([
      'approved',
      1_000_000,
      '花盆按市场价核减',
    ]);
    const audit = await api.db.selectFrom('audit_log').select('action').where('record_id', '=', proposalA).execute();
    expect(audit.map((entry) => entry.action)).toContain('grants.proposal.determine_approved');
    // ¥20,000 budget, ¥10,000 approved: ¥9,000.00 fits, ¥10,000.01 does not
    const over = await staff.call('PUT', `/api/grant-proposals/${proposalB}/determination`, {
      determination: 'approved',
      approvedFen: 900_000,
    });
    expect(over.status).toBe(200);
    const third = await proposalOf(round.id, '第三个提案', 200_000);
    const refused = await staff.call('PUT', `/api/grant-proposals/${third}/determination`, {
      determination: 'approved',
      approvedFen: 100_001,
      reason: '只剩这么多',
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'grants.over_round_budget']);
    expect(refused.body.message).toContain('1000.00');
  });

  it('shows the approved proposals on the public page during 公示, with no reviewer named', async () => {
    const page = await api.anonymous().get(`/r/${round.code}`);
    const text = pageText(page.body);
    expect(text).toContain('楼道花园');
    expect(text).toContain('¥10,000.00');
    expect(text).toContain('共批准 2 个提案');
    const expertName = await api.db
      .selectFrom('users')
      .select('display_name')
      .where('username', '=', 'expert')
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(expertName.display_name);
    const json = await api.anonymous().get(`/api/public/grant-rounds/${round.code}`);
    expect(json.body.results).toContainEqual({
      teamName: expect.any(String),
      title: '楼道花园',
      approvedFen: 1_000_000,
    });
  });
});

describe('releasing the scores to the teams', () => {
  it('keeps the scores from the team until released, then shows them without reviewers’ names', async () => {
    const before = await leader.get(`/api/grant-proposals/${proposalA}/scores`);
    expect([before.status, before.body.code]).toEqual([403, 'grants.scores_not_released']);
    const released = await staff.post(`/api/grant-rounds/${round.id}/release-reviews`);
    expect(released.status).toBe(200);
    expect((await staff.post(`/api/grant-rounds/${round.id}/release-reviews`)).body.code).toBe(
      'grants.reviews_released',
    );
    const after = await leader.get(`/api/grant-proposals/${proposalA}/scores`);
    expect([after.status, after.body.scores.total]).toEqual([200, 92.5]);
    expect(after.body.comments).toEqual([{ recommendation: 'yes', comment: '团队很有热情' }]);
    expect(JSON.stringify(after.body)).not.toContain('finance');
  });

  it('fixes the sheets once released', async () => {
    const assignment = (await expert.get('/api/grant-reviews/mine')).body.find(
      (a: { roundId: string }) => a.roundId === round.id,
    );
    const late = await expert.call(
      'PUT',
      `/api/grant-review-assignments/${assignment.id}/review`,
      fullSheet([1, 1, 1, 1]),
    );
    expect([late.status, late.body.code]).toEqual([409, 'grants.reviews_released']);
  });
});

describe('eligibility at 立案评审 and the dialogue meeting', () => {
  it('computes the checked rules and takes the confirmed ones ticked by staff', async () => {
    const read = await staff.get(`/api/grant-proposals/${proposalB}/eligibility`);
    expect(read.body.isEligible).toBe(false);
    expect(read.body.rules.find((rule: { key: string }) => rule.key === 'within_cap').verdict).toBe('met');
    const unknown = await staff.call('PUT', `/api/grant-proposals/${proposalB}/eligibility`, {
      confirmedKeys: ['within_cap'],
    });
    expect([unknown.status, unknown.body.code]).toEqual([400, 'grants.eligibility_rule_unknown']);
    const ticked = await staff.call('PUT', `/api/grant-proposals/${proposalB}/eligibility`, {
      confirmedKeys: ['public_issue', 'team_formed', 'committee_filed'],
    });
    expect([ticked.status, ticked.body.isEligible]).toEqual([200, true]);
  });

  it('records who came, what was asked and what was agreed; the team reads it, an expert may not', async () => {
    const path = `/api/grant-proposals/${proposalB}/dialogue-meetings`;
    const recorded = await staff.post(path, {
      heldOn: '2026-05-20',
      attendance: [
        { party: 'team', count: 4 },
        { party: 'residents_committee', count: 1 },
        { party: 'property', count: 1 },
      ],
      questions: '物业问：孩子们议事的场地谁来管？',
      agreedChanges: '改在社区活动室，每月一次',
    });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const bad = await staff.post(path, { heldOn: '2026-05-20', attendance: [], questions: '' });
    expect([bad.status, bad.body.code]).toEqual([400, 'request.invalid']);
    const read = await leader.get(path);
    expect(read.body.map((m: { agreedChanges: string }) => m.agreedChanges)).toEqual(['改在社区活动室，每月一次']);
    expect((await expert.get(path)).status).toBe(403);
  });
});

describe('blind both ways', () => {
  it('shows a reviewer their own sheet only, never another reviewer’s, on the same proposal', async () => {
    const input = await grantRoundInput(api.db, { streetId: ids.mainStreetId, communityId: ids.homeCommunityId });
    const other = (await staff.post('/api/grant-rounds', input)).body;
    const proposal = await proposalOf(other.id, '共享工具角');
    const officialClient = await api.as('official');
    const officialUser = await api.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'official')
      .executeTakeFirstOrThrow();
    for (const userId of [expertUserId, officialUser.id]) {
      expect(
        (await staff.post(`/api/grant-rounds/${other.id}/reviewers`, { userId, expertise: 'project' })).status,
      ).toBe(201);
      const assigned = await staff.post(`/api/grant-rounds/${other.id}/assignments`, {
        proposalId: proposal,
        reviewerUserId: userId,
      });
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(201);
    }
    const assignmentOf = async (client: Client) =>
      (await client.get('/api/grant-reviews/mine')).body.find((a: { roundId: string }) => a.roundId === other.id).id;
    const officialAssignment = await assignmentOf(officialClient);
    const saved = await officialClient.call('PUT', `/api/grant-review-assignments/${officialAssignment}/review`, {
      ...fullSheet([2, 2, 2, 2], 'no'),
      comment: '居委会的意见：场地不够',
    });
    expect(saved.status).toBe(201);
    const expertAssignment = await assignmentOf(expert);
    const view = await expert.get(`/api/grant-review-assignments/${expertAssignment}`);
    expect([view.status, view.body.review]).toEqual([200, null]);
    expect(JSON.stringify(view.body)).not.toContain('场地不够');
    const intoOthers = await expert.get(`/api/grant-review-assignments/${officialAssignment}`);
    expect([intoOthers.status, intoOthers.body.code]).toEqual([403, 'grants.not_your_review']);
    const mine = (await expert.get('/api/grant-reviews/mine')).body.filter(
      (a: { roundId: string }) => a.roundId === other.id,
    );
    expect(mine).toHaveLength(1);
    expect(JSON.stringify(mine)).not.toContain('场地不够');
  });
});
