import type { Role } from '../shared/roles';

/** Review, dialogue and selection of proposals: what each role may do, inside its scope (gathered by ../permissions.ts). */
export const grantReviewPermissions = {
  /** Staff choose a round's reviewers, assign proposals, release the scores to the teams and tick eligibility at 立案评审. */
  'grants.review.manage': ['admin', 'incubator_staff'],
  /**
   * Reviewers score what is assigned to them (seed 002: management, project and finance experts;
   * issue 17: community officials too) and declare their conflicts. The store lets each see only
   * their own assignments and sheets.
   */
  'grants.review.write': ['expert_reviewer', 'community_official'],
  /** The decision table with everyone's scores and the determination: the committee's staff. */
  'grants.decision.manage': ['admin', 'incubator_staff'],
  /** A proposal's dialogue-meeting records (多方对话会): staff and assistants write them (they take the notes). */
  'grants.dialogue.write': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * Those who follow the proposal read its meeting records: staff, officials, funders and the team.
   * Not expert reviewers: they reach only the proposals assigned to them, through their assignment.
   */
  'grants.dialogue.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
    'organization_leader',
    'organization_member',
  ],
  /** The team reads its own determination and, once released, its scores (the store checks it is theirs). */
  'grants.review.read_released': ['organization_leader', 'organization_member'],
} as const satisfies Record<string, readonly Role[]>;
