import type { Role } from '../shared/roles';

/** Four-dimension evaluation 四维评估: what each role may do, inside its scope (gathered by ../permissions.ts). */
export const evaluationPermissions = {
  /**
   * Staff run campaigns (seed 002: the incubator organises the evaluation): make and edit them,
   * assign peers and experts, give the incubator's sheet 培育方评估, write the coaching advice, close
   * and release, export, and read every sheet with its author — only they see who gave which score.
   */
  'evaluation.manage': ['admin', 'incubator_staff'],
  /**
   * The team fills its self sheet and its assigned peer sheets on a phone: the leader, and by team
   * role the deputy (teamRoleGrants), who helps the leader with the team's paperwork.
   */
  'evaluation.team.write': ['organization_leader'],
  /** The whole team reads its own result once released: the dimensions, the peer mean, the gap, the advice. */
  'evaluation.team.read': ['organization_leader', 'organization_member'],
  /** Experts (management, project, finance) score the organizations of the campaigns they are assigned to. */
  'evaluation.expert.write': ['expert_reviewer'],
  /**
   * Officials and funders read released campaigns in their scope — each organization's dimensions,
   * total and rank — to follow the street's organizations and what their money built. Not the
   * sheets, not their authors, not the advice (a conversation between staff and the team).
   */
  'evaluation.read_released': ['community_official', 'street_official', 'funder'],
} as const satisfies Record<string, readonly Role[]>;
