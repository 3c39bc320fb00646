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
   */
  'grants.round.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'community_official',
    'street_official',
    'funder',
    'expert_reviewer',
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
} as const satisfies Record<string, readonly Role[]>;
