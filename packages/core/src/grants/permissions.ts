import type { Role } from '../shared/roles';

/** Micro-grant rounds (微公益创投 轮次): what each role may do, inside its scope (gathered by ../permissions.ts). */
export const grantPermissions = {
  /**
   * Staff run the rounds (seed 002: the incubator organizes 宣讲会 and 第一桶金项目大赛) and the
   * admin with them: create, edit while draft, publish, move the steps, answer objections.
   */
  'grants.round.manage': ['admin', 'incubator_staff'],
  /**
   * Those a round touches read it: staff and assistants of its street, officials of its street or
   * of a community it targets, funders (their scope) and expert reviewers who will score it. The
   * store's scope decides which rounds; a published round's public page is open to anyone.
   * A team's accounts read the published rounds that target their home community (the open calls
   * their phone offers 写提案 for): what the public page shows, objections without names.
   */
  'grants.round.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
    'organization_leader',
    'organization_member',
  ],
  /** The deployment's list of funding directions: everyone who reads rounds reads it; staff keep it. */
  'grants.direction.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
  ],
  'grants.direction.manage': ['admin', 'incubator_staff'],
  /**
   * Only the team writes its proposal (seed 000: "即使你不会写，我也不能帮你写"): its leader, and by
   * team role its deputy and treasurer (permissions.ts teamRoleGrants). Staff coach in comments.
   */
  'grants.proposal.write': ['organization_leader'],
  /**
   * Proposals are read by those who coach, endorse, fund and judge them and by the team itself; the
   * store's scope decides which (an official's community, the team's own), and what of the team's
   * residents a role sees is proposal-read.ts's.
   */
  'grants.proposal.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
  ],
  /**
   * Coaching beside the text: staff and assistants who coach, the officials who know the community,
   * and reviewers (an outside adviser at 提案优化 is a reviewer account). Comments, never edits.
   */
  'grants.proposal.comment': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'expert_reviewer',
  ],
  /** The comments are coaching, read by those who write them and the team; funders read the proposal only. */
  'grants.proposal.comments.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'expert_reviewer',
  ],
  /** 居委会认可: the residents' committee's official records it for a team of their community (scope). */
  'grants.proposal.endorse': ['community_official'],
} as const satisfies Record<string, readonly Role[]>;
