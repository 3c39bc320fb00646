import { defaultMeetingTypes } from '@seedbed/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { postForm } from '../support/forms';
import { pdfText } from '../support/pdf';
import { testToday } from '../support/template';

/**
 * Meetings and votes 议事协商 (issue 18): a children's council term 届 of 夕阳红舞蹈队's street meets,
 * its members vote on grant proposals with personal ballot slips on their phones (/b/{code}), the
 * chair adds a paper tally, closes the vote, and the result shows on the proposal. A secret ballot
 * leaves nothing in any table that ties a voter to a choice.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let leader: Client;
let member: Client;
let funder: Client;
let memberIds: string[];
let proposalIds: string[];
let termNumber = 0;
/** The council's four members this term (the team's first four). */
const councillors = () => memberIds.slice(0, 4);

const typeId = (key: string) => defaultMeetingTypes.find((t) => t.key === key)!.id;
const count = async (
  table: 'meetings' | 'meeting_votes' | 'ballot_slips' | 'meeting_attendees' | 'vote_paper_tallies',
) => Number((await api.db.selectFrom(table).select(api.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, leader, member, funder] = await Promise.all([
    api.as('staff'),
    api.as('leader'),
    api.as('member'),
    api.as('funder'),
  ]);
  memberIds = (
    await api.db
      .selectFrom('organization_members')
      .select('person_id')
      .where('organization_id', '=', ids.organizationId)
      .where('left_on', 'is', null)
      .execute()
  ).map((m) => m.person_id);
  proposalIds = (
    await api.db.selectFrom('grant_proposals').select('id').where('street_id', '=', ids.mainStreetId).limit(2).execute()
  ).map((p) => p.id);
});
afterAll(() => api.close());

async function councilMeeting() {
  termNumber += 1;
  const term = await leader.post(`/api/organizations/${ids.organizationId}/council-terms`, {
    number: termNumber,
    startsOn: '2026-03-01',
    endsOn: '2027-02-28',
    goal: '让小区的流浪猫少一些',
    memberPersonIds: councillors(),
  });
  expect(term.status).toBe(201);
  const meeting = await leader.post('/api/meetings', {
    typeId: typeId('children_council'),
    communityId: ids.homeCommunityId,
    councilTermId: term.body.id,
    title: '第一次议事会：选一个要做的提案',
    heldOn: testToday,
    place: '社区活动室',
    agenda: ['介绍提案', '投票', '分工'],
  });
  expect(meeting.status).toBe(201);
  return { termId: term.body.id as string, meeting: meeting.body };
}

/**
 * Staff set up a vote among a round's proposals (a team's account sees only its own proposals);
 * the council's leader runs the rest.
 */
async function openProposalVote(meetingId: string, isSecret: boolean, termId: string) {
  const opened = await staff.post(`/api/meetings/${meetingId}/votes`, {
    question: '这一届做哪个提案？',
    kind: 'choice',
    isSecret,
    eligibility: 'term_members',
    eligibilityId: termId,
    options: proposalIds.map((proposalId, i) => ({ label: `提案 ${i + 1}`, proposalId })),
  });
  expect(opened.body.code).toBeUndefined();
  const vote = opened.body.votes.at(-1);
  const slips = await leader.get(`/api/votes/${vote.id}/slips`);
  expect(slips.status).toBe(200);
  return { vote, slips: slips.body.slips as { id: string; name: string; code: string }[] };
}

describe('a meeting', () => {
  it('is made by the team’s leader with its agenda in order, and read by its members', async () => {
    const { meeting } = await councilMeeting();
    expect(meeting.typeName).toBe('儿童议事会');
    expect(meeting.organizationId).toBe(ids.organizationId);
    expect(meeting.agenda.map((a: { title: string }) => a.title)).toEqual(['介绍提案', '投票', '分工']);
    expect((await member.get(`/api/meetings/${meeting.id}`)).status).toBe(200);
    expect((await funder.get(`/api/meetings/${meeting.id}`)).status).toBe(403);
  });

  it('records attendees, a motion and its amendment, a decision and a follow-up with its owner', async () => {
    const { meeting } = await councilMeeting();
    const path = `/api/meetings/${meeting.id}`;
    expect((await leader.post(`${path}/attendees`, { personId: memberIds[0] })).status).toBe(201);
    const again = await leader.post(`${path}/attendees`, { personId: memberIds[0] });
    expect(again.body.code).toBe('deliberation.already_attending');
    const motion = await leader.post(`${path}/motions`, { text: '每月第一个周六一起喂猫' });
    const motionId = motion.body.motions[0].id;
    const amended = await leader.post(`${path}/motions`, { text: '改成每两周一次', amendsId: motionId });
    expect(amended.body.motions).toContainEqual(
      expect.objectContaining({ text: '改成每两周一次', amendsId: motionId }),
    );
    await leader.post(`${path}/decisions`, { text: '每两周喂一次猫', motionId });
    const withFollowUp = await leader.post(`${path}/follow-ups`, {
      what: '问物业能不能放猫粮盒',
      ownerPersonId: memberIds[1],
      dueOn: '2026-07-15',
    });
    const followUp = withFollowUp.body.followUps[0];
    expect(followUp.ownerName).toBeTruthy();
    const done = await leader.call('PUT', `${path}/follow-ups/${followUp.id}/done`, { done: true });
    expect(done.body.followUps[0].doneOn).toBe(testToday);
    const minutes = await leader.patch(path, { minutes: '大家同意每两周喂一次猫。' });
    expect(minutes.body.minutes).toBe('大家同意每两周喂一次猫。');
  });

  it('takes a child only with a guardian’s tick, and writes nothing without it', async () => {
    const { meeting } = await councilMeeting();
    const childId = memberIds[2]!;
    await api.db.updateTable('people').set({ birth_year: 2016 }).where('id', '=', childId).execute();
    const before = await count('meeting_attendees');
    const refused = await leader.post(`/api/meetings/${meeting.id}/attendees`, { personId: childId });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('deliberation.guardian_needed');
    expect(await count('meeting_attendees')).toBe(before);
    const ticked = await leader.post(`/api/meetings/${meeting.id}/attendees`, {
      personId: childId,
      guardianAgreed: true,
    });
    expect(ticked.body.attendees[0]).toMatchObject({ isChild: true, guardianAgreed: true });
  });

  it('of another street’s team is out of reach', async () => {
    const leader2 = await api.as('leader2');
    const { meeting } = await councilMeeting();
    expect((await leader2.get(`/api/meetings/${meeting.id}`)).status).toBe(403);
    const foreign = await leader2.post('/api/meetings', {
      typeId: typeId('forum'),
      communityId: ids.homeCommunityId,
      title: '座谈会',
      heldOn: testToday,
    });
    expect(foreign.status).toBe(403);
  });

  it('of the committee is not a team’s: its leader and members neither read nor run it', async () => {
    const committee = await staff.post('/api/meetings', {
      typeId: typeId('residents_council'),
      communityId: ids.homeCommunityId,
      title: '居民议事会：电梯加装',
      heldOn: testToday,
    });
    expect(committee.status).toBe(201);
    const path = `/api/meetings/${committee.body.id}`;
    expect((await (await api.as('official')).get(path)).status).toBe(200);
    expect((await leader.get(path)).status).toBe(403);
    expect((await member.get(path)).status).toBe(403);
    expect((await leader.call('PATCH', path, { minutes: '改写的纪要' })).status).toBe(403);
    const listed = await leader.get('/api/meetings');
    expect(listed.body.map((m: { id: string }) => m.id)).not.toContain(committee.body.id);
    // A community's own list (the dispute page's picker): this meeting, and none of another community.
    const ofHome = await staff.get(`/api/meetings?communityId=${ids.homeCommunityId}`);
    expect(ofHome.body.map((m: { id: string }) => m.id)).toContain(committee.body.id);
    expect(ofHome.body.every((m: { communityId: string }) => m.communityId === ids.homeCommunityId)).toBe(true);
    const ofOther = await staff.get(`/api/meetings?communityId=${ids.otherCommunityId}`);
    expect(ofOther.body.map((m: { id: string }) => m.id)).not.toContain(committee.body.id);
  });
});

describe('a council term', () => {
  it('keeps its members when only what came of it is written', async () => {
    const { termId } = await councilMeeting();
    const changed = await leader.patch(`/api/council-terms/${termId}`, { outcome: '给 12 只猫做了绝育' });
    expect(changed.body.outcome).toBe('给 12 只猫做了绝育');
    expect(changed.body.members).toHaveLength(4);
    expect(changed.body.meetings).toHaveLength(1);
  });
});

describe('a children’s council votes on proposals with ballot slips', () => {
  it('counts phone ballots and one paper tally, one vote per slip, and shows the result on the proposal', async () => {
    const { meeting, termId } = await councilMeeting();
    const { vote, slips } = await openProposalVote(meeting.id, true, termId);
    expect(memberIds.length).toBeGreaterThanOrEqual(4);
    expect(slips).toHaveLength(4);
    expect(vote).toMatchObject({
      eligible: 4,
      used: 0,
      state: 'open',
      majorityRule: 'simple',
      quorumPercent: 50,
    });
    const [first, second, third, ...rest] = slips;
    const [optionA, optionB] = vote.options.map((o: { id: string }) => o.id);

    const phone = api.anonymous();
    const page = await api.request(`/b/${first!.code}`);
    expect(page.status).toBe(200);
    const pageText = await page.text();
    expect(pageText).toContain('这一届做哪个提案？');
    expect(pageText).not.toContain(first!.name);

    expect((await postForm(phone, `/b/${first!.code}`, { choice: optionA })).status).toBe(200);
    expect((await postForm(phone, `/b/${second!.code.toLowerCase()}`, { choice: optionA })).status).toBe(200);
    const twice = await postForm(phone, `/b/${first!.code}`, { choice: optionB });
    expect(twice.status).toBe(409);
    const badChoice = await postForm(phone, `/b/${third!.code}`, { choice: 'not-an-option' });
    expect(badChoice.status).toBe(400);
    expect((await postForm(phone, '/b/ZZZZZZZZZZ', { choice: optionA })).status).toBe(404);

    // While a secret vote is open, only how many slips were used shows.
    const watching = await leader.get(`/api/votes/${vote.id}`);
    expect(watching.body).toMatchObject({ used: 2, result: null, openBallots: null });

    const talliesBefore = await count('vote_paper_tallies');
    const mismatch = await leader.post(`/api/votes/${vote.id}/paper-tally`, {
      counts: { [optionB!]: 2 },
      slipIds: [third!.id],
    });
    expect(mismatch.body.code).toBe('deliberation.tally_mismatch');
    const usedSlip = await leader.post(`/api/votes/${vote.id}/paper-tally`, {
      counts: { [optionB!]: 1 },
      slipIds: [first!.id],
    });
    expect(usedSlip.body.code).toBe('deliberation.slip_used');
    expect(await count('vote_paper_tallies')).toBe(talliesBefore);
    const tally = await leader.post(`/api/votes/${vote.id}/paper-tally`, {
      counts: { [optionB!]: 1 },
      slipIds: [third!.id],
    });
    expect(tally.status).toBe(201);
    expect(tally.body.paperTally).toMatchObject({ ballots: 1, hasPhoto: false });
    // The slip handed in on paper cannot also vote by phone.
    expect((await postForm(phone, `/b/${third!.code}`, { choice: optionA })).status).toBe(409);

    const closed = await leader.post(`/api/votes/${vote.id}/close`, {});
    expect(closed.status).toBe(200);
    const cast = 3;
    expect(closed.body.result).toMatchObject({
      eligible: 4,
      cast,
      quorumMet: true,
      counts: { [optionA!]: 2, [optionB!]: 1 },
      outcome: 'chosen',
      leaders: [optionA],
    });
    expect((await leader.post(`/api/votes/${vote.id}/close`, {})).body.code).toBe('deliberation.vote_closed');
    expect((await postForm(phone, `/b/${rest[0]!.code}`, { choice: optionA })).status).toBe(409);

    const onProposal = await staff.get(`/api/grant-proposals/${proposalIds[0]}/council-votes`);
    expect(onProposal.status).toBe(200);
    expect(onProposal.body).toContainEqual(expect.objectContaining({ voteId: vote.id, count: 2, cast }));
  });

  it('shows a proposal’s team the result of a committee’s vote on it, but not the committee’s meeting', async () => {
    const proposal = await api.db
      .selectFrom('grant_proposals')
      .select('id')
      .where('organization_id', '=', ids.organizationId)
      .executeTakeFirstOrThrow();
    const committee = await staff.post('/api/meetings', {
      typeId: typeId('forum'),
      communityId: ids.homeCommunityId,
      title: '居委会议事：哪个提案先做',
      heldOn: testToday,
    });
    expect(committee.status).toBe(201);
    const opened = await staff.post(`/api/meetings/${committee.body.id}/votes`, {
      question: '先做哪个提案？',
      kind: 'choice',
      eligibility: 'organization_members',
      eligibilityId: ids.organizationId,
      options: [{ label: '提案甲', proposalId: proposal.id }, { label: '另一个' }],
    });
    expect(opened.body.code).toBeUndefined();
    const voteId = opened.body.votes.at(-1).id;
    expect((await staff.post(`/api/votes/${voteId}/close`, {})).status).toBe(200);

    // The team's leader may not read a committee's meeting, so its proposal's page names no meeting.
    expect((await leader.get(`/api/meetings/${committee.body.id}`)).status).toBe(403);
    const seenByTeam = await leader.get(`/api/grant-proposals/${proposal.id}/council-votes`);
    expect(seenByTeam.status).toBe(200);
    expect(seenByTeam.body).toContainEqual(
      expect.objectContaining({
        voteId,
        meetingId: null,
        meetingTitle: null,
        heldOn: null,
        outcome: expect.any(String),
      }),
    );
    const seenByStaff = await staff.get(`/api/grant-proposals/${proposal.id}/council-votes`);
    expect(seenByStaff.body).toContainEqual(
      expect.objectContaining({ voteId, meetingId: committee.body.id, meetingTitle: '居委会议事：哪个提案先做' }),
    );
  });

  it('keeps nothing in any table that ties a secret ballot to its voter', async () => {
    const { meeting, termId } = await councilMeeting();
    const { vote, slips } = await openProposalVote(meeting.id, true, termId);
    const [optionA, optionB] = vote.options.map((o: { id: string }) => o.id);
    const auditBefore = Number(
      (await api.db.selectFrom('audit_log').select(api.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
    );
    await postForm(api.anonymous(), `/b/${slips[0]!.code}`, { choice: optionA });
    await postForm(api.anonymous(), `/b/${slips[1]!.code}`, { choice: optionB });
    // No ballot row, no time on the slip, no audit entry: only counts per choice, and used flags.
    expect(await api.db.selectFrom('open_ballots').selectAll().where('vote_id', '=', vote.id).execute()).toEqual([]);
    const slipRows = await api.db.selectFrom('ballot_slips').selectAll().where('vote_id', '=', vote.id).execute();
    for (const row of slipRows)
      expect(Object.keys(row).sort()).toEqual([
        'attendee_id',
        'code',
        'id',
        'is_used',
        'on_paper',
        'person_id',
        'street_id',
        'vote_id',
      ]);
    const counts = await api.db.selectFrom('secret_ballot_counts').selectAll().where('vote_id', '=', vote.id).execute();
    for (const row of counts)
      expect(Object.keys(row).sort()).toEqual(['choice', 'count', 'id', 'street_id', 'vote_id']);
    expect(
      counts
        .filter((c) => c.count > 0)
        .map((c) => [c.choice, c.count])
        .sort(),
    ).toEqual(
      [
        [optionA, 1],
        [optionB, 1],
      ].sort(),
    );
    const auditAfter = Number(
      (await api.db.selectFrom('audit_log').select(api.db.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n,
    );
    expect(auditAfter).toBe(auditBefore);
    // Nobody — the admin neither — reads a choice through the API while it runs or after.
    const admin = await api.as('admin');
    const read = await admin.get(`/api/votes/${vote.id}`);
    expect(read.body.openBallots).toBeNull();
    const closed = await admin.post(`/api/votes/${vote.id}/close`, {});
    expect(closed.body.openBallots).toBeNull();
    expect(JSON.stringify(closed.body)).not.toContain(slips[0]!.name);
  });

  it('shows an open vote’s ballots with their voters’ names', async () => {
    const { meeting, termId } = await councilMeeting();
    const { vote, slips } = await openProposalVote(meeting.id, false, termId);
    const [optionA] = vote.options.map((o: { id: string }) => o.id);
    const done = await postForm(api.anonymous(), `/b/${slips[0]!.code}`, { choice: optionA });
    expect(done.body as string).toContain('提案 1');
    const read = await member.get(`/api/votes/${vote.id}`);
    expect(read.body.openBallots).toEqual([{ name: slips[0]!.name, choice: optionA }]);
  });

  it('refuses a vote nobody may take, and a team member opens none', async () => {
    const { meeting } = await councilMeeting();
    const before = await count('meeting_votes');
    const empty = await leader.post(`/api/meetings/${meeting.id}/votes`, {
      question: '同意吗？',
      kind: 'motion',
      eligibility: 'attendees',
    });
    expect(empty.body.code).toBe('deliberation.no_eligible_voters');
    const byMember = await member.post(`/api/meetings/${meeting.id}/votes`, {
      question: '同意吗？',
      kind: 'motion',
      eligibility: 'organization_members',
      eligibilityId: ids.organizationId,
    });
    expect(byMember.status).toBe(403);
    // The slips of an estate's vote name every resident: a team's account opens none.
    const estate = await api.db
      .selectFrom('estates')
      .select('id')
      .where('community_id', '=', ids.homeCommunityId)
      .executeTakeFirstOrThrow();
    const byEstate = await leader.post(`/api/meetings/${meeting.id}/votes`, {
      question: '同意吗？',
      kind: 'motion',
      eligibility: 'estate_residents',
      eligibilityId: estate.id,
    });
    expect(byEstate.status).toBe(403);
    expect(byEstate.body.code).toBe('deliberation.eligibility_not_allowed');
    expect(await count('meeting_votes')).toBe(before);
  });
});

describe('a consensus meeting 共识会', () => {
  it('carries a motion only without objection, and records the objections', async () => {
    const meeting = await leader.post('/api/meetings', {
      typeId: typeId('consensus_meeting'),
      communityId: ids.homeCommunityId,
      title: '给新队伍起名字',
      heldOn: testToday,
    });
    const opened = await leader.post(`/api/meetings/${meeting.body.id}/votes`, {
      question: '队名叫“银发巡逻队”',
      kind: 'motion',
      eligibility: 'organization_members',
      eligibilityId: ids.organizationId,
      quorumPercent: 0,
    });
    const vote = opened.body.votes[0];
    expect(vote.majorityRule).toBe('consensus');
    const { slips } = (await leader.get(`/api/votes/${vote.id}/slips`)).body;
    await postForm(api.anonymous(), `/b/${slips[0].code}`, { choice: 'for' });
    await postForm(api.anonymous(), `/b/${slips[1].code}`, { choice: 'against' });
    const closed = await leader.post(`/api/votes/${vote.id}/close`, { objectionNote: '有人觉得“巡逻”太严肃' });
    expect(closed.body.result).toMatchObject({ outcome: 'lost', objections: 1, objectionNote: '有人觉得“巡逻”太严肃' });
  });
});

describe('the minutes and the slips print', () => {
  it('as a PDF in Chinese with the agenda, the vote’s count and outcome, decisions and follow-ups', async () => {
    const { meeting, termId } = await councilMeeting();
    const path = `/api/meetings/${meeting.id}`;
    await leader.post(`${path}/decisions`, { text: '每两周喂一次猫' });
    await leader.post(`${path}/follow-ups`, { what: '问物业能不能放猫粮盒', ownerPersonId: memberIds[1] });
    await leader.patch(path, { minutes: '大家同意每两周喂一次猫。' });
    const { vote, slips } = await openProposalVote(meeting.id, true, termId);
    const [optionA] = vote.options.map((o: { id: string }) => o.id);
    await postForm(api.anonymous(), `/b/${slips[0]!.code}`, { choice: optionA });
    await postForm(api.anonymous(), `/b/${slips[1]!.code}`, { choice: optionA });
    await postForm(api.anonymous(), `/b/${slips[2]!.code}`, { choice: 'abstain' });
    await leader.post(`/api/votes/${vote.id}/close`, {});
    const pdf = await member.get(`${path}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = (await pdfText(pdf.bytes)).replace(/\s+/g, '');
    for (const words of [
      '会议纪要',
      '第一次议事会：选一个要做的提案',
      '介绍提案',
      '每两周喂一次猫',
      '问物业能不能放猫粮盒',
      '提案1',
      '弃权1',
      '实投3票',
      '选出',
    ])
      expect(text).toContain(words);
    const sheet = await leader.get(`/api/votes/${vote.id}/slips.pdf`);
    expect(sheet.status).toBe(200);
    const sheetText = (await pdfText(sheet.bytes)).replace(/\s+/g, '');
    for (const slip of slips) expect(sheetText).toContain(slip.code);
  });
});

describe('multi-step writes fail whole', () => {
  it('a vote whose last step fails leaves no vote, option or slip behind', async () => {
    const { meeting, termId } = await councilMeeting();
    const [votes, slipCount] = [await count('meeting_votes'), await count('ballot_slips')];
    const restore = await failWritesTo(api.db, 'secret_ballot_counts', 'insert');
    try {
      const opened = await staff.post(`/api/meetings/${meeting.id}/votes`, {
        question: '这一届做哪个提案？',
        kind: 'choice',
        isSecret: true,
        eligibility: 'term_members',
        eligibilityId: termId,
        options: proposalIds.map((proposalId, i) => ({ label: `提案 ${i + 1}`, proposalId })),
      });
      expect(opened.status).toBe(500);
    } finally {
      await restore();
    }
    expect([await count('meeting_votes'), await count('ballot_slips')]).toEqual([votes, slipCount]);
  });

  it('a paper tally whose record fails leaves its slips unused', async () => {
    const { meeting, termId } = await councilMeeting();
    const { vote, slips } = await openProposalVote(meeting.id, true, termId);
    const restore = await failWritesTo(api.db, 'vote_paper_tallies', 'insert');
    try {
      const tally = await leader.post(`/api/votes/${vote.id}/paper-tally`, {
        counts: { abstain: 1 },
        slipIds: [slips[0]!.id],
      });
      expect(tally.status).toBe(500);
    } finally {
      await restore();
    }
    const row = await api.db
      .selectFrom('ballot_slips')
      .selectAll()
      .where('id', '=', slips[0]!.id)
      .executeTakeFirstOrThrow();
    expect([row.is_used, row.on_paper]).toEqual([false, false]);
  });
});
