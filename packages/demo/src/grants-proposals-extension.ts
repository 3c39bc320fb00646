import { type BudgetCategory, budgetLineAmountFen, type ProposalContent, proposalContentSchema } from '@seedbed/core';
import { addDays } from './dates';
import type { GrantDemoData } from './grants-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * Proposals to the demo street's two rounds, as seed 002 counts them: round one closed with 37
 * proposals from 9 communities and 20 selected; round two in its 公示 today with 19 "seeds"
 * reviewed and 16 selected. The leader's team (夕阳红舞蹈队) has one in round two, approved, so the
 * leader's phone shows a proposal with its plan items. Rows of migration 0023's tables; content as
 * JSON text, parsed by core's schema here so the demo never stores what the app would refuse.
 */
export interface GrantProposalRow {
  id: string;
  street_id: string;
  round_id: string;
  organization_id: string;
  community_id: string;
  title: string;
  requested_fen: number;
  status: 'draft' | 'submitted' | 'withdrawn';
  current_version: number;
  submitted_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  endorsement_status: 'none' | 'endorsed' | 'declined';
  endorsed_by: string | null;
  endorsed_at: string | null;
  endorsement_note: string | null;
  determination: 'approved' | 'declined' | 'more_information' | null;
  approved_fen: number | null;
  determination_reason: string | null;
  determined_by: string | null;
  determined_at: string | null;
  determined_version: number | null;
  adult_signer_person_id: string | null;
  adult_signed_at: string | null;
  adult_signature_recorded_by: string | null;
}

export interface GrantProposalVersionRow {
  id: string;
  proposal_id: string;
  street_id: string;
  number: number;
  content: string;
  requested_fen: number;
  authored_by: string | null;
  created_at: string;
}

export interface GrantPlanItemRow {
  id: string;
  proposal_id: string;
  street_id: string;
  key: string;
  title: string;
  planned_month: string | null;
  position: number;
  removed_at: string | null;
}

export interface GrantProposalCommentRow {
  id: string;
  street_id: string;
  proposal_id: string;
  version_number: number;
  anchor: string | null;
  text: string;
  author_id: string | null;
  author_role: string;
  created_at: string;
  response_decision: 'accepted' | 'declined' | null;
  response_note: string | null;
  responded_by: string | null;
  responded_at: string | null;
}

export type GrantProposalDemoData = {
  grant_proposals: GrantProposalRow[];
  grant_proposal_versions: GrantProposalVersionRow[];
  grant_plan_items: GrantPlanItemRow[];
  grant_proposal_comments: GrantProposalCommentRow[];
};

/** What teams of seed 002's street proposed: a title, its issue, and what the money buys. */
const ideas: { title: string; issue: string; lines: [BudgetCategory, string, number, number][]; plan: string[] }[] = [
  {
    title: '楼道微花园',
    issue: '楼道里堆满杂物，邻居们想把它变成花园。',
    lines: [
      ['materials', '花苗', 800, 120],
      ['materials', '花盆和土', 600, 120],
      ['printing', '养护公约海报', 1500, 10],
    ],
    plan: ['清理楼道', '一起种花', '养护交流会'],
  },
  {
    title: '老街坊助餐队',
    issue: '独居老人吃饭难，午饭常常凑合。',
    lines: [
      ['materials', '保温餐盒', 3500, 40],
      ['transport', '三轮车维修', 30000, 1],
      ['insurance', '志愿者保险', 2000, 20],
    ],
    plan: ['走访独居老人', '试送一周', '助餐队例会'],
  },
  {
    title: '流浪猫绝育计划',
    issue: '小区流浪猫越来越多，居民意见不一。',
    lines: [
      ['expert', '绝育手术（合作医院）', 30000, 20],
      ['materials', '诱捕笼', 12000, 4],
      ['printing', '宣传单', 50, 500],
    ],
    plan: ['儿童议事会讨论', '诱捕和手术', '回放和喂养点'],
  },
  {
    title: '胡同记忆口述史',
    issue: '老住户越来越少，胡同的故事没人记下来。',
    lines: [
      ['equipment', '录音笔', 30000, 2],
      ['printing', '故事小册子印刷', 1500, 200],
      ['venue', '分享会场地布置', 20000, 1],
    ],
    plan: ['访谈老住户', '整理故事', '故事分享会'],
  },
  {
    title: '垃圾分类酵素坊',
    issue: '厨余垃圾分不好，楼下味道大。',
    lines: [
      ['materials', '酵素桶', 4500, 30],
      ['materials', '红糖', 800, 60],
      ['printing', '分类指南', 100, 300],
    ],
    plan: ['酵素制作课', '楼门分类督导', '成果展示'],
  },
  {
    title: '儿童周末小课堂',
    issue: '双职工家庭的孩子周末没人照看。',
    lines: [
      ['materials', '文具和手工材料', 2000, 50],
      ['expert', '手工老师课时费', 20000, 8],
      ['insurance', '活动保险', 1000, 30],
    ],
    plan: ['报名和分组', '八次小课堂', '作品展'],
  },
];

const month = (day: string, offset: number) => {
  const [year, monthOfYear] = day.split('-').map(Number) as [number, number];
  const index = year * 12 + monthOfYear - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

export function generateProposalsDemo(
  random: Random,
  base: BaseDemoData,
  grants: GrantDemoData,
  /** The organizations with their accountable adults (the registry's): a children's council's proposal is signed. */
  registered: readonly { id: string; accountable_adult_person_id: string | null }[],
  today: string,
): GrantProposalDemoData {
  const data: GrantProposalDemoData = {
    grant_proposals: [],
    grant_proposal_versions: [],
    grant_plan_items: [],
    grant_proposal_comments: [],
  };
  const staff = base.users.find((user) => user.username === 'staff');
  const leaderUser = base.users.find((user) => user.username === 'leader');
  const leaderTeamId = leaderUser?.scope_id;
  if (!staff || !leaderTeamId) return data;
  const adultSignature = (organizationId: string, submittedOn: string) => {
    const adult = registered.find((organization) => organization.id === organizationId)?.accountable_adult_person_id;
    return {
      adult_signer_person_id: adult ?? null,
      adult_signed_at: adult ? at(addDays(submittedOn, -1)) : null,
      adult_signature_recorded_by: null,
    };
  };
  const official = (communityId: string) =>
    base.users.find((user) => user.role === 'community_official' && user.scope_id === communityId)?.id ?? null;

  const roundsPlayed = [
    { round: grants.grant_rounds[0], count: 37, selected: 20 },
    { round: grants.grant_rounds[1], count: 19, selected: 16 },
  ];
  for (const [roundIndex, { round, count, selected }] of roundsPlayed.entries()) {
    if (!round) continue;
    const targets = new Set(
      grants.grant_round_communities
        .filter((target) => target.round_id === round.id)
        .map((target) => target.community_id),
    );
    const teams: BaseDemoData['organizations'] = base.organizations.filter(
      (organization) =>
        organization.street_id === round.street_id &&
        organization.status === 'active' &&
        targets.has(organization.home_community_id) &&
        organization.id !== leaderTeamId,
    );
    const proposing: BaseDemoData['organizations'] = random.sample(teams, count);
    // The leader's team proposes in round two (the running one), among the selected.
    if (roundIndex === 1) {
      const leaderTeam = base.organizations.find((organization) => organization.id === leaderTeamId);
      if (leaderTeam) proposing.splice(0, 1, leaderTeam);
    }
    const submittedOn = addDays(round.starts_on, 30);
    const decidedOn = addDays(round.starts_on, 66);
    for (const [index, team] of proposing.entries()) {
      const idea = ideas[index % ideas.length]!;
      const members = base.organization_members.filter(
        (member) => member.organization_id === team.id && member.left_on === null,
      );
      const leader = members.find((member) => member.role === 'leader') ?? members[0];
      const content: ProposalContent = proposalContentSchema.parse({
        title: `${team.name}·${idea.title}`,
        publicIssue: idea.issue,
        goal: `${idea.title}办起来，让更多邻居参与。`,
        targets: [{ text: '参与的居民', quantity: random.int(20, 80), unit: '人' }],
        planItems: idea.plan.map((title, position) => ({
          key: `p${position + 1}`,
          title,
          plannedMonth: month(round.starts_on, 3 + position),
        })),
        team: members.slice(0, 3).map((member, position) => ({
          personId: member.person_id,
          role: ['队长', '记账', '联络'][position]!,
        })),
        ...(leader ? { leaderPersonId: leader.person_id } : {}),
        budgetLines: idea.lines.map(([category, item, unitPriceFen, quantity], position) => ({
          key: `b${position + 1}`,
          category,
          item,
          unitPriceFen,
          quantity,
        })),
        otherSupport: random.chance(0.7)
          ? [{ kind: 'self_raised', source: '队员自筹', amountFen: random.int(5, 30) * 10_000 }]
          : [],
        shortfallPlan: '钱不够的话先做前两项，再找物业和居委会商量。',
        projectMonths: random.int(3, 9),
      });
      const requested = content.budgetLines.reduce((sum, line) => sum + budgetLineAmountFen(line), 0);
      const isSelected = index < selected;
      const id = random.uuid();
      const authoredBy = team.id === leaderTeamId ? (leaderUser?.id ?? null) : null;
      const endorsedBy = official(team.home_community_id);
      data.grant_proposals.push({
        id,
        street_id: round.street_id,
        round_id: round.id,
        organization_id: team.id,
        community_id: team.home_community_id,
        title: content.title,
        requested_fen: requested,
        status: 'submitted',
        current_version: 1,
        submitted_at: at(submittedOn),
        created_by: authoredBy,
        created_at: at(addDays(submittedOn, -5)),
        updated_at: at(decidedOn),
        endorsement_status: 'endorsed',
        endorsed_by: endorsedBy,
        endorsed_at: at(addDays(submittedOn, 3)),
        endorsement_note: '居委会已了解，支持。',
        determination: isSelected ? 'approved' : 'declined',
        approved_fen: isSelected ? requested : null,
        determination_reason: isSelected ? null : '评审得分未进入本轮资助名额，欢迎下一期再报。',
        determined_by: staff.id,
        determined_at: at(decidedOn),
        determined_version: 1,
        ...adultSignature(team.id, submittedOn),
      });
      data.grant_proposal_versions.push({
        id: random.uuid(),
        proposal_id: id,
        street_id: round.street_id,
        number: 1,
        content: JSON.stringify(content),
        requested_fen: requested,
        authored_by: authoredBy,
        created_at: at(addDays(submittedOn, -5)),
      });
      // Staff coach beside the text; the leader's team answered one comment and has one to answer.
      const comment = (
        anchor: string | null,
        text: string,
        authorId: string | null,
        role: string,
        answered: boolean,
      ): void => {
        data.grant_proposal_comments.push({
          id: random.uuid(),
          street_id: round.street_id,
          proposal_id: id,
          version_number: 1,
          anchor,
          text,
          author_id: authorId,
          author_role: role,
          created_at: at(addDays(submittedOn, -3)),
          response_decision: answered ? 'accepted' : null,
          response_note: answered ? '好的，已按建议写清楚。' : null,
          responded_by: answered ? authoredBy : null,
          responded_at: answered ? at(addDays(submittedOn, -2)) : null,
        });
      };
      if (team.id === leaderTeamId) {
        comment('budgetLines.b1', '单价可以再问两家店比一比，写上比价的结果。', staff.id, 'incubator_staff', true);
        comment('goal', '目标里可以写上想请多少位楼里的老人一起参加。', endorsedBy, 'community_official', false);
      } else if (random.chance(0.3))
        comment(
          null,
          '公共议题写得很清楚，可以再说说怎么让更多邻居参与。',
          staff.id,
          'incubator_staff',
          random.chance(0.5),
        );
      for (const [position, item] of content.planItems.entries())
        data.grant_plan_items.push({
          id: random.uuid(),
          proposal_id: id,
          street_id: round.street_id,
          key: item.key,
          title: item.title,
          planned_month: item.plannedMonth ?? null,
          position,
          removed_at: null,
        });
    }
  }
  void today;
  return data;
}
