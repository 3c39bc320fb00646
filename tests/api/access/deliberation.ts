import { randomUUID } from 'node:crypto';
import { defaultMeetingTypes } from '@seedbed/core';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { receiptOncePerDatabase } from '../../support/access-receipts';
import { postForm } from '../../support/forms';
import { makeJpeg, sendFile } from '../../support/images';

/**
 * Access rows for meetings and votes 议事协商 (issue 18, see access-control.test.ts): a meeting of
 * 夕阳红舞蹈队 with its members as attendees, a follow-up owned by one, and votes whose slips name
 * every current member — so the personal-data scan meets the names this capability shows. Read by
 * everyone who works with the team's residents (never funders or experts); run by the team's leader
 * and deputy, staff and the residents' committee. Fixtures go straight into the tables.
 */
const forum = defaultMeetingTypes.find((t) => t.key === 'forum')!.id;
const at = new Date('2026-06-30T02:00:00Z');

async function membersOf({ db, ids }: AccessContext): Promise<string[]> {
  // The demo's members who live in the team's community: rows run earlier (organizations' "add a
  // member") add members with random ids and no community, whom the community's official may not
  // see — taking the first by id would make a row's answer depend on those ids.
  const rows = await db
    .selectFrom('organization_members')
    .innerJoin('people', 'people.id', 'organization_members.person_id')
    .select('organization_members.person_id')
    .where('organization_members.organization_id', '=', ids.organizationId)
    .where('organization_members.left_on', 'is', null)
    .where('people.community_id', '=', ids.homeCommunityId)
    .where('people.erased_at', 'is', null)
    .orderBy('organization_members.person_id')
    .execute();
  return rows.map((r) => r.person_id);
}

/** A bare meeting row in the team's home community: the team's, or (organizationId null) the committee's. */
async function insertMeetingRow({ db, ids }: AccessContext, organizationId: string | null, title: string) {
  const id = randomUUID();
  await db
    .insertInto('meetings')
    .values({
      id,
      street_id: ids.mainStreetId,
      community_id: ids.homeCommunityId,
      organization_id: organizationId,
      council_term_id: null,
      activity_id: null,
      type_key: 'forum',
      type_id: null,
      title,
      held_on: '2026-06-30',
      place: null,
      minutes: null,
      public_summary: null,
      share_code: null,
      created_by: null,
      created_at: at,
    })
    .execute();
  return id;
}

/** A meeting of the team, its members attending and a follow-up owned by the first. */
async function insertMeeting(ctx: AccessContext): Promise<string> {
  const { db, ids } = ctx;
  const id = await insertMeetingRow(ctx, ids.organizationId, `访问控制议事 ${ctx.n}`);
  const members = await membersOf(ctx);
  for (const personId of members.slice(0, 5))
    await db
      .insertInto('meeting_attendees')
      .values({
        id: randomUUID(),
        street_id: ids.mainStreetId,
        meeting_id: id,
        person_id: personId,
        sign_in_id: null,
        is_child: false,
        guardian_agreed: false,
        source: 'chair',
        added_at: at,
      })
      .execute();
  await db
    .insertInto('meeting_follow_ups')
    .values({
      id: randomUUID(),
      street_id: ids.mainStreetId,
      meeting_id: id,
      what: '借音响',
      owner_person_id: members[0] ?? null,
      due_on: '2026-07-10',
      done_on: null,
      created_at: at,
    })
    .execute();
  return id;
}

/** An open, open-ballot motion vote of a new meeting, a slip for each current member; its id and codes. */
async function insertVote(ctx: AccessContext, options: { tally?: boolean } = {}) {
  const { db, ids } = ctx;
  const meetingId = await insertMeeting(ctx);
  const voteId = randomUUID();
  await db
    .insertInto('meeting_votes')
    .values({
      id: voteId,
      street_id: ids.mainStreetId,
      meeting_id: meetingId,
      motion_id: null,
      question: `访问控制表决 ${ctx.n}`,
      kind: 'motion',
      is_secret: false,
      eligibility: 'organization_members',
      eligibility_id: ids.organizationId,
      majority_rule: 'simple',
      quorum_percent: 0,
      state: 'open',
      opened_at: at,
      closed_at: null,
      result: null,
      objection_note: null,
    })
    .execute();
  const slips = (await membersOf(ctx)).map((personId) => ({
    id: randomUUID(),
    street_id: ids.mainStreetId,
    vote_id: voteId,
    person_id: personId,
    attendee_id: null,
    code: randomUUID()
      .replace(/[^2-9]/g, '')
      .padEnd(10, '7')
      .slice(0, 10),
  }));
  await db.insertInto('ballot_slips').values(slips).execute();
  // One ballot in the open, so the vote's readers meet a voter's name.
  await db.updateTable('ballot_slips').set({ is_used: true }).where('id', '=', slips[0]!.id).execute();
  await db
    .insertInto('open_ballots')
    .values({
      id: randomUUID(),
      street_id: ids.mainStreetId,
      vote_id: voteId,
      slip_id: slips[0]!.id,
      choice: 'for',
      cast_at: at,
    })
    .execute();
  if (options.tally)
    await db
      .insertInto('vote_paper_tallies')
      .values({
        id: randomUUID(),
        street_id: ids.mainStreetId,
        vote_id: voteId,
        counts: JSON.stringify({}),
        ballots: 0,
        photo_key: null,
        thumbnail_key: null,
        entered_by: null,
        entered_at: at,
      })
      .execute();
  return { meetingId, voteId, slips };
}

const shared = new WeakMap<object, Promise<Awaited<ReturnType<typeof insertVote>>>>();
/** One vote per database for the rows that only read. */
function sharedVote(ctx: AccessContext) {
  let made = shared.get(ctx.db);
  if (!made) {
    made = insertVote(ctx);
    shared.set(ctx.db, made);
  }
  return made;
}

const committeeVotes = new WeakMap<object, Promise<{ proposalId: string; meetingId: string; voteId: string }>>();
/**
 * Once per database: a closed vote of a committee meeting (no organization, the team's home
 * community) with the team's proposal as an option — a meeting the team's own accounts may not read.
 */
function committeeVoteOnProposal(ctx: AccessContext) {
  let made = committeeVotes.get(ctx.db);
  if (!made) {
    made = makeCommitteeVote(ctx);
    committeeVotes.set(ctx.db, made);
  }
  return made;
}

async function makeCommitteeVote(ctx: AccessContext) {
  const { db, ids } = ctx;
  const proposal = await db
    .selectFrom('grant_proposals')
    .select('id')
    .where('organization_id', '=', ids.organizationId)
    .executeTakeFirstOrThrow();
  const meetingId = await insertMeetingRow(ctx, null, '居委会议事（访问控制）');
  const voteId = randomUUID();
  const optionId = randomUUID();
  await db
    .insertInto('meeting_votes')
    .values({
      id: voteId,
      street_id: ids.mainStreetId,
      meeting_id: meetingId,
      motion_id: null,
      question: '先做哪个提案？',
      kind: 'choice',
      is_secret: true,
      eligibility: 'attendees',
      eligibility_id: null,
      majority_rule: 'simple',
      quorum_percent: 0,
      state: 'closed',
      opened_at: at,
      closed_at: at,
      result: JSON.stringify({
        eligible: 3,
        cast: 3,
        quorumPercent: 0,
        quorumMet: true,
        majorityRule: 'simple',
        counts: { [optionId]: 3 },
        outcome: 'chosen',
        leaders: [optionId],
        objections: 0,
        objectionNote: null,
      }),
      objection_note: null,
    })
    .execute();
  await db
    .insertInto('meeting_vote_options')
    .values({
      id: optionId,
      street_id: ids.mainStreetId,
      vote_id: voteId,
      position: 1,
      label: '提案',
      proposal_id: proposal.id,
    })
    .execute();
  return { proposalId: proposal.id, meetingId, voteId };
}

const terms = new WeakMap<object, Promise<string>>();
/** One council term of the team per database, a member in it. */
function insertTerm(ctx: AccessContext): Promise<string> {
  let made = terms.get(ctx.db);
  if (!made) {
    made = makeTerm(ctx);
    terms.set(ctx.db, made);
  }
  return made;
}

async function nextTermNumber(ctx: AccessContext): Promise<number> {
  const { top } = await ctx.db
    .selectFrom('council_terms')
    .select(ctx.db.fn.max('number').as('top'))
    .where('organization_id', '=', ctx.ids.organizationId)
    .executeTakeFirstOrThrow();
  return Number(top ?? 0) + 1;
}

async function makeTerm(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('council_terms')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      organization_id: ctx.ids.organizationId,
      number: await nextTermNumber(ctx),
      starts_on: '2026-03-01',
      ends_on: null,
      goal: '访问控制的目标',
      outcome: null,
      created_at: at,
    })
    .execute();
  const members = await membersOf(ctx);
  await ctx.db
    .insertInto('council_term_members')
    .values({ id: randomUUID(), street_id: ctx.ids.mainStreetId, term_id: id, person_id: members[1]! })
    .execute();
  return id;
}

/** A meeting of the team shared as a public summary, with a decision; its share code. */
async function insertSharedMeeting(ctx: AccessContext): Promise<string> {
  const meetingId = await insertMeeting(ctx);
  const code = randomUUID()
    .replace(/[^2-9]/g, '')
    .padEnd(10, '8')
    .slice(0, 10);
  await ctx.db
    .updateTable('meetings')
    .set({ share_code: code, public_summary: '大家商量了借音响的事。' })
    .where('id', '=', meetingId)
    .execute();
  await ctx.db
    .insertInto('meeting_decisions')
    .values({
      id: randomUUID(),
      street_id: ctx.ids.mainStreetId,
      meeting_id: meetingId,
      text: '周六借音响',
      motion_id: null,
      vote_id: null,
      created_at: at,
    })
    .execute();
  return code;
}

/** Everyone who works with the team's residents; never funders or experts, never the other street's team. */
const readers = (status: number) =>
  all(403, {
    admin: status,
    staff: status,
    assistant: status,
    leader: status,
    member: status,
    official: status,
    street: status,
    deputy: status,
    treasurer: status,
  });
/** deliberation.manage: the team's leader and its deputy (by team role), staff, the residents' committee. */
/** A list answers every reader, each with what their scope reaches (the other street's team: its own, none of these). */
const listReaders = { ...readers(200), leader2: 200, member2: 200 };
const runners = (status: number) =>
  all(403, { admin: status, staff: status, leader: status, deputy: status, official: status });
const publicRow = (status: number) => all(status, { anonymous: status });

const tallyPhoto = (c: Parameters<AccessRow['call']>[0], ctx: AccessContext) =>
  receiptOncePerDatabase(c, ctx, {
    kind: 'paper tally sheet',
    sender: 'staff',
    uploadPathOf: async () => `/api/votes/${(await insertVote(ctx, { tally: true })).voteId}/paper-tally/photo`,
  });
const sharedTallyVote = new WeakMap<object, string>();

export const deliberationAccessRows: AccessRow[] = [
  {
    name: 'meeting types with their rules',
    route: 'GET /api/meeting-types',
    call: (c) => c.get('/api/meeting-types'),
    expect: listReaders,
  },
  {
    name: 'add a meeting type (staff)',
    route: 'POST /api/meeting-types',
    call: (c, ctx) =>
      c.post('/api/meeting-types', { name: `楼栋议事会 ${ctx.n}`, quorumPercent: 50, majorityRule: 'simple' }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'the meetings list',
    route: 'GET /api/meetings',
    call: async (c, ctx) => {
      await sharedVote(ctx);
      return c.get(`/api/meetings?organizationId=${ctx.ids.organizationId}`);
    },
    expect: listReaders,
  },
  {
    name: 'make a meeting of the team',
    route: 'POST /api/meetings',
    call: (c, ctx) =>
      c.post('/api/meetings', {
        typeId: forum,
        communityId: ctx.ids.homeCommunityId,
        organizationId: ctx.ids.organizationId,
        title: `座谈会 ${ctx.n}`,
        heldOn: '2026-06-30',
      }),
    expect: runners(201),
  },
  {
    name: 'a meeting with attendees’ names and follow-ups',
    route: 'GET /api/meetings/{id}',
    call: async (c, ctx) => c.get(`/api/meetings/${(await sharedVote(ctx)).meetingId}`),
    expect: readers(200),
  },
  {
    name: 'write a meeting’s minutes',
    route: 'PATCH /api/meetings/{id}',
    call: async (c, ctx) => c.patch(`/api/meetings/${await insertMeeting(ctx)}`, { minutes: '会议记录' }),
    expect: runners(200),
  },
  {
    name: 'add an attendee',
    route: 'POST /api/meetings/{id}/attendees',
    call: async (c, ctx) => {
      const meetingId = await insertMeeting(ctx);
      // A member living in the team's home community (the committee sees its own residents), not yet attending.
      const { id } = await ctx.db
        .selectFrom('people')
        .select('id')
        .where('community_id', '=', ctx.ids.homeCommunityId)
        .where('id', 'in', await membersOf(ctx))
        .where(
          'id',
          'not in',
          ctx.db
            .selectFrom('meeting_attendees')
            .select('person_id')
            .where('meeting_id', '=', meetingId)
            .where('person_id', 'is not', null)
            .$castTo<string>(),
        )
        .orderBy('id')
        .executeTakeFirstOrThrow();
      return c.post(`/api/meetings/${meetingId}/attendees`, { personId: id });
    },
    expect: runners(201),
  },
  {
    name: 'attendees from the activity’s sign-ins',
    route: 'POST /api/meetings/{id}/attendees/from-sign-ins',
    call: async (c, ctx) => c.post(`/api/meetings/${await insertMeeting(ctx)}/attendees/from-sign-ins`),
    expect: runners(200),
  },
  {
    name: 'add a motion',
    route: 'POST /api/meetings/{id}/motions',
    call: async (c, ctx) => c.post(`/api/meetings/${await insertMeeting(ctx)}/motions`, { text: '动议' }),
    expect: runners(201),
  },
  {
    name: 'record a decision',
    route: 'POST /api/meetings/{id}/decisions',
    call: async (c, ctx) => c.post(`/api/meetings/${await insertMeeting(ctx)}/decisions`, { text: '决定' }),
    expect: runners(201),
  },
  {
    name: 'add a follow-up with its owner',
    route: 'POST /api/meetings/{id}/follow-ups',
    call: async (c, ctx) => {
      const [owner] = await membersOf(ctx);
      return c.post(`/api/meetings/${await insertMeeting(ctx)}/follow-ups`, { what: '跟进', ownerPersonId: owner });
    },
    expect: runners(201),
  },
  {
    name: 'mark a follow-up done',
    route: 'PUT /api/meetings/{id}/follow-ups/{itemId}/done',
    call: async (c, ctx) => {
      const meetingId = await insertMeeting(ctx);
      const { id } = await ctx.db
        .selectFrom('meeting_follow_ups')
        .select('id')
        .where('meeting_id', '=', meetingId)
        .executeTakeFirstOrThrow();
      return c.call('PUT', `/api/meetings/${meetingId}/follow-ups/${id}/done`, { done: true });
    },
    expect: runners(200),
  },
  {
    name: 'open a vote of the team’s members',
    route: 'POST /api/meetings/{id}/votes',
    call: async (c, ctx) =>
      c.post(`/api/meetings/${await insertMeeting(ctx)}/votes`, {
        question: '同意吗？',
        kind: 'motion',
        eligibility: 'organization_members',
        eligibilityId: ctx.ids.organizationId,
      }),
    expect: runners(201),
  },
  {
    name: 'a vote with its open ballots’ names',
    route: 'GET /api/votes/{id}',
    call: async (c, ctx) => c.get(`/api/votes/${(await sharedVote(ctx)).voteId}`),
    expect: readers(200),
  },
  {
    name: 'the ballot slips to print (names and codes)',
    route: 'GET /api/votes/{id}/slips',
    call: async (c, ctx) => c.get(`/api/votes/${(await sharedVote(ctx)).voteId}/slips`),
    expect: runners(200),
  },
  {
    name: 'enter a paper tally',
    route: 'POST /api/votes/{id}/paper-tally',
    call: async (c, ctx) => {
      const { voteId, slips } = await insertVote(ctx);
      return c.post(`/api/votes/${voteId}/paper-tally`, { counts: { for: 1 }, slipIds: [slips[1]!.id] });
    },
    expect: runners(201),
  },
  {
    name: 'the tally sheet’s photo',
    route: 'POST /api/votes/{id}/paper-tally/photo',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `/api/votes/${(await insertVote(ctx, { tally: true })).voteId}/paper-tally/photo`,
        await makeJpeg(200, 150, { color: { r: ctx.n % 255, g: 60, b: 90 } }),
        'image/jpeg',
      ),
    expect: runners(201),
  },
  {
    name: 'read the tally sheet’s photo',
    route: 'GET /api/votes/{id}/paper-tally/photo',
    call: async (c, ctx) => {
      await tallyPhoto(c, ctx);
      let voteId = sharedTallyVote.get(ctx.db);
      if (!voteId) {
        const row = await ctx.db
          .selectFrom('vote_paper_tallies')
          .select('vote_id')
          .where('photo_key', 'is not', null)
          .where('street_id', '=', ctx.ids.mainStreetId)
          .executeTakeFirstOrThrow();
        voteId = row.vote_id;
        sharedTallyVote.set(ctx.db, voteId);
      }
      return c.get(`/api/votes/${voteId}/paper-tally/photo`);
    },
    expect: readers(200),
  },
  {
    name: 'close a vote',
    route: 'POST /api/votes/{id}/close',
    call: async (c, ctx) => c.post(`/api/votes/${(await insertVote(ctx)).voteId}/close`, {}),
    expect: runners(200),
  },
  {
    name: 'a proposal’s council votes (counts only; the meeting only to who may read it)',
    route: 'GET /api/grant-proposals/{id}/council-votes',
    call: async (c, ctx) => {
      const { proposalId, meetingId, voteId } = await committeeVoteOnProposal(ctx);
      const answer = await c.get(`/api/grant-proposals/${proposalId}/council-votes`);
      if (answer.status !== 200) return answer;
      // The field check: the committee's meeting is named exactly to those who may open it.
      const mayRead = (await c.get(`/api/meetings/${meetingId}`)).status === 200;
      const line = (answer.body as { voteId: string; meetingId: string | null; meetingTitle: string | null }[]).find(
        (vote) => vote.voteId === voteId,
      );
      if (!line) throw new Error('the closed vote naming the proposal is missing');
      if ((line.meetingId !== null || line.meetingTitle !== null) !== mayRead)
        throw new Error(`meeting ${mayRead ? 'hidden from one who may read it' : 'named to one who may not read it'}`);
      return answer;
    },
    expect: readers(200),
  },
  {
    name: 'a council’s terms',
    route: 'GET /api/organizations/{id}/council-terms',
    call: async (c, ctx) => {
      await insertTerm(ctx);
      return c.get(`/api/organizations/${ctx.ids.organizationId}/council-terms`);
    },
    expect: readers(200),
  },
  {
    name: 'start a council term',
    route: 'POST /api/organizations/{id}/council-terms',
    call: async (c, ctx) =>
      c.post(`/api/organizations/${ctx.ids.organizationId}/council-terms`, {
        number: await nextTermNumber(ctx),
        startsOn: '2026-03-01',
        memberPersonIds: (await membersOf(ctx)).slice(0, 2),
      }),
    expect: all(403, { admin: 201, staff: 201, leader: 201 }),
  },
  {
    name: 'a council term with its members',
    route: 'GET /api/council-terms/{id}',
    call: async (c, ctx) => c.get(`/api/council-terms/${await insertTerm(ctx)}`),
    expect: readers(200),
  },
  {
    name: 'write what came of a term',
    route: 'PATCH /api/council-terms/{id}',
    call: async (c, ctx) => c.patch(`/api/council-terms/${await insertTerm(ctx)}`, { outcome: '做成了' }),
    expect: all(403, { admin: 200, staff: 200, leader: 200 }),
  },
  {
    name: 'the minutes as a PDF',
    route: 'GET /api/meetings/{id}/minutes.pdf',
    call: async (c, ctx) => c.get(`/api/meetings/${(await sharedVote(ctx)).meetingId}/minutes.pdf`),
    expect: readers(200),
  },
  {
    name: 'the ballot slips as a PDF to print (names and codes)',
    route: 'GET /api/votes/{id}/slips.pdf',
    call: async (c, ctx) => c.get(`/api/votes/${(await sharedVote(ctx)).voteId}/slips.pdf`),
    expect: runners(200),
  },
  {
    name: 'a ballot slip’s page (public: no name on it)',
    route: 'GET /b/{code}',
    call: async (c, ctx) => c.get(`/b/${(await sharedVote(ctx)).slips[2]!.code}`),
    expect: publicRow(200),
  },
  {
    name: 'vote with a slip (public)',
    route: 'POST /b/{code}',
    call: async (c, ctx) => postForm(c, `/b/${(await insertVote(ctx)).slips[1]!.code}`, { choice: 'against' }),
    expect: publicRow(200),
  },
  {
    name: 'share a meeting’s public summary (the page’s code)',
    route: 'POST /api/meetings/{id}/share',
    call: async (c, ctx) => c.post(`/api/meetings/${await insertMeeting(ctx)}/share`),
    expect: runners(200),
  },
  {
    name: 'a meeting’s public summary page (public: attendees counted, owners never named)',
    route: 'GET /m/{code}',
    call: async (c, ctx) => c.get(`/m/${await insertSharedMeeting(ctx)}`),
    expect: publicRow(200),
  },
];
