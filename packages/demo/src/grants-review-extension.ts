import { type DialogueParty, defaultEligibility, defaultRubric } from '@seedbed/core';
import { addDays } from './dates';
import type { GrantDemoData } from './grants-extension';
import type { GrantProposalDemoData } from './grants-proposals-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The review behind the demo rounds' selections (seed 002: reviewed, then 展示评审 and 立项): the
 * street's expert and the residents' committee official review every proposal of both rounds,
 * their sheets agreeing with the selection the proposals section recorded (the selected score
 * higher); the confirmed eligibility rules are ticked; round two weighs its public presentation at
 * 30% with three judges' marks and records a dialogue meeting for the leader's team. Both rounds'
 * scores are released, as they are by the 公示. Rows of migration 0024's tables; jsonb as JSON text.
 */
export interface GrantReviewDemoData {
  grant_review_settings: {
    id: string;
    street_id: string;
    presentation_weight_percent: number;
    released_at: string | null;
    released_by: string | null;
  }[];
  grant_reviewers: {
    id: string;
    street_id: string;
    round_id: string;
    user_id: string;
    expertise: 'management' | 'project' | 'finance' | 'community';
    added_by: string | null;
    created_at: string;
  }[];
  grant_reviewer_conflicts: never[];
  grant_review_assignments: {
    id: string;
    street_id: string;
    round_id: string;
    proposal_id: string;
    reviewer_id: string;
    assigned_by: string | null;
    assigned_at: string;
  }[];
  grant_reviews: {
    id: string;
    street_id: string;
    assignment_id: string;
    proposal_id: string;
    proposal_version: number;
    scores: string;
    comment: string;
    recommendation: 'yes' | 'maybe' | 'no';
    recommended_fen: number | null;
    created_at: string;
    updated_at: string;
  }[];
  grant_presentation_scores: {
    id: string;
    street_id: string;
    proposal_id: string;
    points: number;
    recorded_by: string | null;
    recorded_at: string;
  }[];
  grant_eligibility_confirmations: {
    id: string;
    street_id: string;
    confirmed_keys: string;
    confirmed_by: string | null;
    updated_at: string;
  }[];
  grant_dialogue_meetings: {
    id: string;
    street_id: string;
    proposal_id: string;
    held_on: string;
    attendance: string;
    questions: string;
    agreed_changes: string;
    recorded_by: string | null;
    recorded_at: string;
  }[];
}

const at = (day: string, time = '10:00') => `${day}T${time}:00+08:00`;

const comments = {
  yes: ['议题真实，团队分工清楚，预算节约。', '居民参与面广，建议资助。'],
  maybe: ['想法好，计划还可以更具体。', '预算个别单价偏高，建议核减后资助。'],
  no: ['与本轮资助方向关系不大。', '团队还没有形成，建议先参加培训。'],
};

export function generateReviewsDemo(
  random: Random,
  base: BaseDemoData,
  grants: GrantDemoData,
  proposals: GrantProposalDemoData,
  today: string,
): GrantReviewDemoData {
  const data: GrantReviewDemoData = {
    grant_review_settings: [],
    grant_reviewers: [],
    grant_reviewer_conflicts: [],
    grant_review_assignments: [],
    grant_reviews: [],
    grant_presentation_scores: [],
    grant_eligibility_confirmations: [],
    grant_dialogue_meetings: [],
  };
  const staff = base.users.find((user) => user.username === 'staff');
  const expert = base.users.find((user) => user.username === 'expert');
  const official = base.users.find((user) => user.username === 'official');
  const leader = base.users.find((user) => user.username === 'leader');
  if (!staff || !expert) return data;
  const confirmable = defaultEligibility.filter((rule) => rule.mode === 'confirmed').map((rule) => rule.key);

  for (const [roundIndex, round] of grants.grant_rounds.entries()) {
    const street_id = round.street_id;
    const reviewedOn = addDays(round.starts_on, 50);
    const releasedOn = addDays(round.starts_on, 68);
    const presentationWeight = roundIndex === 1 ? 30 : 0;
    data.grant_review_settings.push({
      id: round.id,
      street_id,
      presentation_weight_percent: presentationWeight,
      released_at: at(releasedOn, '17:00'),
      released_by: staff.id,
    });
    const reviewers = [
      { user: expert, expertise: 'finance' as const },
      ...(official ? [{ user: official, expertise: 'community' as const }] : []),
    ].map(({ user, expertise }) => {
      // A community official reviews their own community's proposals only: their account reads no other.
      const id = random.uuid();
      data.grant_reviewers.push({
        id,
        street_id,
        round_id: round.id,
        user_id: user.id,
        expertise,
        added_by: staff.id,
        created_at: at(addDays(round.starts_on, 40)),
      });
      return { id, communityId: user.scope_kind === 'community' ? user.scope_id : null };
    });
    for (const proposal of proposals.grant_proposals.filter((one) => one.round_id === round.id)) {
      const isSelected = proposal.determination === 'approved';
      data.grant_eligibility_confirmations.push({
        id: proposal.id,
        street_id,
        confirmed_keys: JSON.stringify(confirmable),
        confirmed_by: staff.id,
        updated_at: at(addDays(round.starts_on, 45)),
      });
      for (const { id: reviewerId, communityId } of reviewers) {
        if (communityId !== null && communityId !== proposal.community_id) continue;
        const assignmentId = random.uuid();
        data.grant_review_assignments.push({
          id: assignmentId,
          street_id,
          round_id: round.id,
          proposal_id: proposal.id,
          reviewer_id: reviewerId,
          assigned_by: staff.id,
          assigned_at: at(addDays(round.starts_on, 41)),
        });
        const scores = defaultRubric.map((criterion) => ({
          criterionKey: criterion.key,
          points: isSelected ? random.int(7, criterion.maxPoints) : random.int(3, 7),
          comment: '',
        }));
        const recommendation = isSelected
          ? random.pick(['yes', 'yes', 'maybe'] as const)
          : random.pick(['maybe', 'no'] as const);
        data.grant_reviews.push({
          id: random.uuid(),
          street_id,
          assignment_id: assignmentId,
          proposal_id: proposal.id,
          proposal_version: proposal.current_version,
          scores: JSON.stringify(scores),
          comment: random.pick(comments[recommendation]),
          recommendation,
          recommended_fen: null,
          created_at: at(reviewedOn, '20:00'),
          updated_at: at(reviewedOn, '20:00'),
        });
      }
      if (presentationWeight > 0)
        for (let judge = 0; judge < 3; judge += 1)
          data.grant_presentation_scores.push({
            id: random.uuid(),
            street_id,
            proposal_id: proposal.id,
            points: isSelected ? random.int(75, 95) : random.int(55, 75),
            recorded_by: staff.id,
            recorded_at: at(addDays(round.starts_on, 63), '16:00'),
          });
      if (leader && proposal.organization_id === leader.scope_id) {
        const attendance: { party: DialogueParty; count: number }[] = [
          { party: 'team', count: 5 },
          { party: 'residents_committee', count: 1 },
          { party: 'property', count: 1 },
          { party: 'staff', count: 2 },
        ];
        data.grant_dialogue_meetings.push({
          id: random.uuid(),
          street_id,
          proposal_id: proposal.id,
          held_on: addDays(round.starts_on, 52),
          attendance: JSON.stringify(attendance),
          questions: '物业问：晚上跳舞的音响会不会吵到楼上？居委会问：活动场地能不能和棋牌队错开？',
          agreed_changes: '音响音量控制在 60 分贝以下，晚上八点半前结束；周二、周四用小广场，和棋牌队错开。',
          recorded_by: staff.id,
          recorded_at: at(addDays(round.starts_on, 52), '18:00'),
        });
      }
    }
  }
  void today;
  return data;
}
