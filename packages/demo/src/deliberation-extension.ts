import { choiceOutcome, defaultMeetingTypes, motionOutcome, readableCodeAlphabet } from '@seedbed/core';
import { addDays } from './dates';
import type { DeliberationDemoData } from './deliberation-rows';
import type { GrantProposalDemoData } from './grants-proposals-extension';
import type { ProgrammeDemoData } from './programme-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * Rows of the deliberation tables (packages/db/src/migrations/0033-deliberation.ts), named as the
 * columns: meetings and votes 议事协商 on the demo street —
 * - a children's council 儿童议事会 in its second term 届 (the first closed with its outcome), whose
 *   members chose among the round's proposals by secret ballot (phone slips and a paper tally);
 * - a consensus meeting 共识会 where a new team named itself (seed 000), with its minutes;
 * - eight livelihood-issue meetings 民生议题讨论会 over five months (seed 002: 8 meetings, 19
 *   organizations), which the cultivation programmes will link to;
 * - a meeting of the leader's own team with an open vote, so the team's pages show one.
 */
const typeKeyOf = (key: (typeof defaultMeetingTypes)[number]['key']) =>
  defaultMeetingTypes.find((t) => t.key === key)!.key;

const at = (day: string, time = '15:00') => `${day}T${time}:00+08:00`;

export function generateDeliberationDemo(
  random: Random,
  base: BaseDemoData,
  proposals: Pick<GrantProposalDemoData, 'grant_proposals'>,
  programmes: Pick<ProgrammeDemoData, 'cultivation_programmes'>,
  today: string,
): DeliberationDemoData {
  const data: DeliberationDemoData = {
    council_terms: [],
    council_term_members: [],
    meetings: [],
    meeting_agenda_items: [],
    meeting_attendees: [],
    meeting_motions: [],
    meeting_votes: [],
    meeting_vote_options: [],
    ballot_slips: [],
    open_ballots: [],
    secret_ballot_counts: [],
    vote_paper_tallies: [],
    meeting_decisions: [],
    meeting_follow_ups: [],
  };
  const mainStreetId = base.users.find((u) => u.username === 'staff')?.scope_id;
  const staffUserId = base.users.find((u) => u.username === 'staff')?.id ?? null;
  const leaderTeamId = base.users.find((u) => u.username === 'leader')?.scope_id;
  const leaderTeam = base.organizations.find((o) => o.id === leaderTeamId);
  if (!mainStreetId || !leaderTeam) return data;
  const membersOf = (organizationId: string) =>
    base.organization_members
      .filter((m) => m.organization_id === organizationId && m.left_on === null)
      .map((m) => m.person_id);
  const slipCode = () => Array.from({ length: 10 }, () => random.pick([...readableCodeAlphabet])).join('');

  const meeting = (m: {
    organizationId: string | null;
    communityId: string;
    termId?: string;
    type: Parameters<typeof typeKeyOf>[0];
    title: string;
    heldOn: string;
    place: string;
    agenda: string[];
    minutes: string;
    attendees: string[];
    programmeId?: string;
    /** Shared as a public summary /m/{code} (the code made from the meeting's id: no draw from `random`). */
    publicSummary?: string;
  }) => {
    const id = random.uuid();
    data.meetings.push({
      id,
      street_id: mainStreetId,
      community_id: m.communityId,
      organization_id: m.organizationId,
      council_term_id: m.termId ?? null,
      activity_id: null,
      programme_id: m.programmeId ?? null,
      type_key: typeKeyOf(m.type),
      type_id: null,
      title: m.title,
      held_on: m.heldOn,
      place: m.place,
      minutes: m.minutes,
      public_summary: m.publicSummary ?? null,
      share_code: m.publicSummary ? shareCodeOf(id) : null,
      created_by: staffUserId,
      created_at: at(m.heldOn, '09:00'),
    });
    for (const [i, title] of m.agenda.entries())
      data.meeting_agenda_items.push({
        id: random.uuid(),
        street_id: mainStreetId,
        meeting_id: id,
        position: i + 1,
        title,
      });
    for (const personId of m.attendees)
      data.meeting_attendees.push({
        id: random.uuid(),
        street_id: mainStreetId,
        meeting_id: id,
        person_id: personId,
        sign_in_id: null,
        is_child: false,
        guardian_agreed: false,
        source: 'chair',
        added_at: at(m.heldOn),
      });
    return id;
  };

  const decision = (meetingId: string, text: string, heldOn: string, voteId: string | null = null) =>
    data.meeting_decisions.push({
      id: random.uuid(),
      street_id: mainStreetId,
      meeting_id: meetingId,
      text,
      motion_id: null,
      vote_id: voteId,
      created_at: at(heldOn, '16:30'),
    });

  // 1. The children's council: two terms; the current one voted on the round's proposals.
  const council = base.organizations.find(
    (o) => o.street_id === mainStreetId && o.organization_type === 'children_council' && o.status === 'active',
  );
  const councilMembers = council ? membersOf(council.id) : [];
  const roundProposals = proposals.grant_proposals
    .filter((p) => p.street_id === mainStreetId && p.status === 'submitted')
    .slice(0, 3);
  if (council && councilMembers.length >= 3) {
    const lastYear = addDays(today, -365);
    const firstTerm = random.uuid();
    data.council_terms.push({
      id: firstTerm,
      street_id: mainStreetId,
      organization_id: council.id,
      number: 1,
      starts_on: addDays(lastYear, -180),
      ends_on: addDays(lastYear, 150),
      goal: '让小区的垃圾分类桶旁边不再有乱扔的垃圾',
      outcome: '做了 6 次“小小督导员”值守，垃圾桶旁的乱扔少了一大半；物业答应加装一盏灯。',
      created_at: at(addDays(lastYear, -180)),
    });
    const termId = random.uuid();
    const termStart = addDays(lastYear, 151);
    data.council_terms.push({
      id: termId,
      street_id: mainStreetId,
      organization_id: council.id,
      number: 2,
      starts_on: termStart,
      ends_on: null,
      goal: '给小区的流浪猫做绝育，让它们少一些',
      outcome: null,
      created_at: at(termStart),
    });
    for (const [termRow, people] of [
      [firstTerm, councilMembers.slice(1)],
      [termId, councilMembers],
    ] as const)
      for (const personId of people)
        data.council_term_members.push({
          id: random.uuid(),
          street_id: mainStreetId,
          term_id: termRow,
          person_id: personId,
        });
    const heldOn = addDays(today, -20);
    const meetingId = meeting({
      organizationId: council.id,
      communityId: council.home_community_id,
      termId,
      type: 'children_council',
      title: `${council.name}第二届第三次议事会：选一个要做的提案`,
      heldOn,
      place: '社区四点半课堂',
      agenda: ['各小组介绍提案', '提问和讨论', '不记名投票', '分工'],
      minutes: '三个小组各介绍了自己的提案，大家提了问题。用手机扫选票投票，两位没带手机的小朋友交了纸质票。',
      attendees: councilMembers,
    });
    if (roundProposals.length >= 2) {
      const voteId = random.uuid();
      const optionIds = roundProposals.map(() => random.uuid());
      for (const [i, p] of roundProposals.entries())
        data.meeting_vote_options.push({
          id: optionIds[i]!,
          street_id: mainStreetId,
          vote_id: voteId,
          position: i + 1,
          label: p.title,
          proposal_id: p.id,
        });
      // Everyone votes: all but two on their phones, two on paper; the first proposal leads.
      const paperVoters = councilMembers.slice(0, 2);
      const phoneCounts: Record<string, number> = {};
      councilMembers.slice(2).forEach((_, i) => {
        const choice = i % 3 === 2 ? optionIds[1]! : optionIds[0]!;
        phoneCounts[choice] = (phoneCounts[choice] ?? 0) + 1;
      });
      const paperCounts = { [optionIds[0]!]: 1, abstain: 1 };
      for (const personId of councilMembers)
        data.ballot_slips.push({
          id: random.uuid(),
          street_id: mainStreetId,
          vote_id: voteId,
          person_id: personId,
          attendee_id: null,
          code: slipCode(),
          is_used: true,
          on_paper: paperVoters.includes(personId),
        });
      for (const choice of [...optionIds, 'abstain'])
        data.secret_ballot_counts.push({
          id: random.uuid(),
          street_id: mainStreetId,
          vote_id: voteId,
          choice,
          count: phoneCounts[choice] ?? 0,
        });
      const counts: Record<string, number> = { ...phoneCounts };
      for (const [choice, n] of Object.entries(paperCounts)) counts[choice] = (counts[choice] ?? 0) + n;
      const outcome = choiceOutcome(counts, optionIds, councilMembers.length, 50);
      data.meeting_votes.push({
        id: voteId,
        street_id: mainStreetId,
        meeting_id: meetingId,
        motion_id: null,
        question: '这一届做哪个提案？',
        kind: 'choice',
        is_secret: true,
        eligibility: 'term_members',
        eligibility_id: termId,
        majority_rule: 'simple',
        quorum_percent: 50,
        state: 'closed',
        opened_at: at(heldOn, '15:30'),
        closed_at: at(heldOn, '15:50'),
        result: JSON.stringify({
          eligible: councilMembers.length,
          cast: outcome.cast,
          quorumPercent: 50,
          quorumMet: outcome.quorumMet,
          majorityRule: 'simple',
          counts,
          outcome: outcome.outcome,
          leaders: outcome.leaders,
          objections: 0,
          objectionNote: null,
        }),
        objection_note: null,
      });
      data.vote_paper_tallies.push({
        id: random.uuid(),
        street_id: mainStreetId,
        vote_id: voteId,
        counts: JSON.stringify(paperCounts),
        ballots: 2,
        photo_key: null,
        thumbnail_key: null,
        entered_by: staffUserId,
        entered_at: at(heldOn, '15:45'),
      });
      decision(meetingId, `这一届做“${roundProposals[0]!.title}”`, heldOn, voteId);
    }
  }

  // 2. A consensus meeting 共识会: a new team names itself and chooses its first work.
  const newTeam = base.organizations.find(
    (o) =>
      o.street_id === mainStreetId && o.stage === 'nurturing' && o.status === 'active' && membersOf(o.id).length >= 3,
  );
  if (newTeam) {
    const people = membersOf(newTeam.id);
    const heldOn = addDays(today, -45);
    const meetingId = meeting({
      organizationId: newTeam.id,
      communityId: newTeam.home_community_id,
      type: 'consensus_meeting',
      title: '共识会：我们叫什么名字，先做什么',
      heldOn,
      place: '小区凉亭',
      agenda: ['每人说一个名字', '说说想做的事', '达成共识'],
      minutes: `大家先各自提了名字，讨论后一致同意叫“${newTeam.name}”。一位队员对活动时间有保留意见，记录在案，下次再商量。`,
      attendees: people,
      publicSummary: `新队伍开了共识会，一致同意叫“${newTeam.name}”，先每周六上午活动一次。`,
    });
    const motionId = random.uuid();
    data.meeting_motions.push({
      id: motionId,
      street_id: mainStreetId,
      meeting_id: meetingId,
      text: `队名定为“${newTeam.name}”，先每周六上午活动一次`,
      amends_id: null,
      agenda_position: 3,
      created_at: at(heldOn, '15:20'),
    });
    const voteId = random.uuid();
    const votes = { for: people.length - 1, against: 0, abstain: 1 };
    const outcome = motionOutcome(votes, 'consensus', people.length, 50);
    data.meeting_votes.push({
      id: voteId,
      street_id: mainStreetId,
      meeting_id: meetingId,
      motion_id: motionId,
      question: `队名定为“${newTeam.name}”，先每周六上午活动一次`,
      kind: 'motion',
      is_secret: false,
      eligibility: 'attendees',
      eligibility_id: null,
      majority_rule: 'consensus',
      quorum_percent: 50,
      state: 'closed',
      opened_at: at(heldOn, '15:30'),
      closed_at: at(heldOn, '15:40'),
      result: JSON.stringify({
        eligible: people.length,
        cast: outcome.cast,
        quorumPercent: 50,
        quorumMet: outcome.quorumMet,
        majorityRule: 'consensus',
        counts: votes,
        outcome: outcome.outcome,
        leaders: [],
        objections: outcome.objections,
        objectionNote: '一位队员觉得周六上午要接送孙子，希望以后能换到下午。',
      }),
      objection_note: '一位队员觉得周六上午要接送孙子，希望以后能换到下午。',
    });
    const attendees = data.meeting_attendees.filter((a) => a.meeting_id === meetingId);
    attendees.forEach((attendee, i) => {
      const slipId = random.uuid();
      data.ballot_slips.push({
        id: slipId,
        street_id: mainStreetId,
        vote_id: voteId,
        person_id: null,
        attendee_id: attendee.id as string,
        code: slipCode(),
        is_used: true,
        on_paper: false,
      });
      data.open_ballots.push({
        id: random.uuid(),
        street_id: mainStreetId,
        vote_id: voteId,
        slip_id: slipId,
        choice: i === 0 ? 'abstain' : 'for',
        cast_at: at(heldOn, '15:35'),
      });
    });
    decision(meetingId, `队名定为“${newTeam.name}”`, heldOn, voteId);
    data.meeting_follow_ups.push({
      id: random.uuid(),
      street_id: mainStreetId,
      meeting_id: meetingId,
      what: '去居委会备案',
      owner_person_id: people[0]!,
      due_on: addDays(heldOn, 14),
      done_on: addDays(heldOn, 10),
      created_at: at(heldOn, '16:00'),
    });
  }

  // 3. Eight livelihood-issue meetings 民生议题讨论会 over five months, convened by staff.
  const community = leaderTeam.home_community_id;
  const activists = base.people.filter((p) => p.community_id === community && p.is_activist).map((p) => p.id);
  const topics = [
    '楼道堆物怎么办',
    '老人助餐点',
    '停车难',
    '垃圾分类',
    '小区绿地认养',
    '儿童放学后去哪',
    '噪音和广场舞',
    '公共空间开放时间',
  ];
  // They are the meetings of the street's 民生议题讨论会 programme (coaching), inside its period.
  const forum = programmes.cultivation_programmes.find(
    (p) => p.kind === 'livelihood_forum' && p.street_id === mainStreetId,
  );
  topics.forEach((topic, i) => {
    const heldOn = addDays(today, -150 + i * 16);
    const meetingId = meeting({
      organizationId: null,
      communityId: community,
      type: 'livelihood_issues',
      title: `民生议题讨论会第 ${i + 1} 次：${topic}`,
      heldOn,
      place: '社区议事厅',
      programmeId: forum && forum.starts_on <= heldOn && (forum.ends_on ?? heldOn) >= heldOn ? forum.id : undefined,
      agenda: ['居民说问题', '各组织说能做什么', '定下一步'],
      minutes: `围绕“${topic}”，各组织的骨干说了自己的观察和能出的力，约定了下一步由谁牵头。`,
      attendees: random.sample(activists, Math.min(activists.length, random.int(6, 12))),
    });
    decision(meetingId, `“${topic}”由一个组织牵头，两个组织配合，下次会上汇报`, heldOn);
    if (activists.length > 0)
      data.meeting_follow_ups.push({
        id: random.uuid(),
        street_id: mainStreetId,
        meeting_id: meetingId,
        what: `整理“${topic}”的居民意见`,
        owner_person_id: random.pick(activists),
        due_on: addDays(heldOn, 14),
        done_on: heldOn < addDays(today, -30) ? addDays(heldOn, 12) : null,
        created_at: at(heldOn, '16:00'),
      });
  });

  // 4. The leader's own team: a forum with its members, minutes not yet written.
  const teamMembers = membersOf(leaderTeam.id);
  const teamMeeting = meeting({
    organizationId: leaderTeam.id,
    communityId: leaderTeam.home_community_id,
    type: 'forum',
    title: '队委会：下半年的演出安排',
    heldOn: addDays(today, -3),
    place: leaderTeam.meeting_place ?? '社区活动室',
    agenda: ['回顾上半年', '下半年演出', '分工'],
    minutes: '',
    attendees: teamMembers.slice(0, 8),
  });
  data.meeting_follow_ups.push({
    id: random.uuid(),
    street_id: mainStreetId,
    meeting_id: teamMeeting,
    what: '联系街道文化站借音响',
    owner_person_id: teamMembers[0] ?? null,
    due_on: addDays(today, 7),
    done_on: null,
    created_at: at(addDays(today, -3), '16:00'),
  });
  return data;
}

/** A meeting's share code from its id: 10 characters of the readable alphabet, the same on every run. */
function shareCodeOf(meetingId: string): string {
  const hex = meetingId.replace(/-/g, '');
  let code = '';
  for (let i = 0; i < 10; i += 1)
    code += readableCodeAlphabet[Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) % readableCodeAlphabet.length];
  return code;
}
