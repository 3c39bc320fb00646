import { passwordResetPermissions } from './accounts/password-reset-permissions';
import { accountPermissions } from './accounts/permissions';
import { mediaPermissions } from './activities/media-permissions';
import { activityPermissions } from './activities/permissions';
import { allocationPermissions } from './allocation/permissions';
import { booksPermissions } from './books/permissions';
import { chatPermissions } from './chat/permissions';
import { coachingPermissions } from './coaching/permissions';
import { communityPermissions } from './communities/permissions';
import { deliberationPermissions } from './deliberation/permissions';
import { documentPermissions } from './documents/permissions';
import { evaluationPermissions } from './evaluation/permissions';
import { grantMoneyPermissions } from './grants/claim-permissions';
import { grantPermissions } from './grants/permissions';
import { grantReviewPermissions } from './grants/review-permissions';
import { organizationPermissions } from './organizations/permissions';
import { type MemberRole, memberRoleSchema } from './organizations/types';
import { personPermissions } from './people/permissions';
import { publicityPermissions } from './publicity/permissions';
import type { Role } from './shared/roles';
import { trackingPermissions } from './tracking/permissions';
import { trainingPermissions } from './training/permissions';
import { volunteeringPermissions } from './volunteering/permissions';

/**
 * What each role may do, inside its scope, gathered from each capability's `permissions.ts` (as
 * errors.ts gathers their messages). Scope (which records) is applied by the store layer; this
 * table says which kinds of action a role may take at all. Routes, components and core's
 * "as seen by" views ask `can(role, action)`. It lives beside the capabilities rather than in one
 * of them, so a capability's views can ask it without a cycle through another's index.
 */
export const permissions = {
  ...accountPermissions,
  ...activityPermissions,
  ...communityPermissions,
  ...organizationPermissions,
  ...personPermissions,
  ...mediaPermissions,
  ...trackingPermissions,
  ...coachingPermissions,
  ...documentPermissions,
  ...publicityPermissions,
  ...volunteeringPermissions,
  ...passwordResetPermissions,
  ...booksPermissions,
  ...grantPermissions,
  ...grantReviewPermissions,
  ...trainingPermissions,
  ...grantMoneyPermissions,
  ...allocationPermissions,
  ...deliberationPermissions,
  ...evaluationPermissions,
  ...chatPermissions,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof permissions;

/**
 * What a role inside the team adds to its account's role (seed 000: "促进更多角色的产生，包括副队长、
 * 财务人员、后勤人员"; "在机制上分散队长的权力"). The account of a team (organization_leader or
 * organization_member, scoped to the organization) carries the holder's current role in that team;
 * the grants below come on top of the account role's own. The leader's powers come with the
 * organization_leader account, which a hand-over moves with the role.
 * - deputy 副队长: what the leader does for the team's activities — record and plan them, their
 *   sign-ins (reading who signed in), photos and sheets, publicity drafts, volunteer hours and their
 *   certificates; the team's grant proposals and closing words; its self and peer evaluation sheets (四维评估);
 *   the team's own meetings and their votes (议事: scope keeps them to its own organization, and a team
 *   never opens a vote of an estate's residents); and filling the service-model card and noting its 梳理
 *   sessions once the leader has started it — starting it stays the leader's voluntary choice
 *   ("前提是组织自愿梳理"). Not the organization's page or its members (organization.update, members.manage).
 * - treasurer 财务: keeps the money pages — the team's cash book 账本 (books) and, later, grants —
 *   and writes proposals and the closing words with the leader (their budgets are the treasurer's to keep).
 * - logistics 后勤, member: nothing beyond the account's role.
 */
export const teamRoleGrants = {
  leader: [],
  deputy: [
    'activity.record',
    'activity.plan',
    'activity.sign_ins.read',
    'activity.media.upload',
    'activity.media.change',
    'publicity.edit',
    'volunteering.read',
    'volunteering.record',
    'volunteering.certify',
    'grants.proposal.write',
    'grants.closing.write',
    'evaluation.team.write',
    'deliberation.manage',
    'organization.service_model.write',
    'organization.service_model.session.record',
  ],
  treasurer: ['organization.money.keep', 'grants.proposal.write', 'grants.claim.submit', 'grants.closing.write'],
  logistics: [],
  member: [],
} as const satisfies Record<MemberRole, readonly Action[]>;

/** Account roles whose holders belong to one team, and so carry a role inside it. */
export const teamAccountRoles: readonly Role[] = ['organization_leader', 'organization_member'];

/**
 * Who is acting: the account's role and, for a team's account, the holder's current role in the
 * team (null when the account is linked to no current member of its organization).
 */
export interface Standing {
  role: Role;
  teamRole?: MemberRole | null;
}

/** Whether `who` (a role, or a role with its team role) may take `action` at all, inside its scope. */
export function can(who: Role | Standing, action: Action): boolean {
  const { role, teamRole } = typeof who === 'string' ? { role: who, teamRole: null } : who;
  if ((permissions[action] as readonly Role[]).includes(role)) return true;
  if (!teamRole || !teamAccountRoles.includes(role)) return false;
  return (teamRoleGrants[teamRole] as readonly Action[]).includes(action);
}

/** Whether `who` records activities as the team's own side (its leader, a deputy), not as staff. */
export function recordsForTeam(who: Standing): boolean {
  return teamAccountRoles.includes(who.role) && can(who, 'activity.record');
}

/** A team role as stored (organization_members.role), or null when there is none or it is not one we know. */
export function teamRoleFrom(stored: string | null | undefined): MemberRole | null {
  const parsed = memberRoleSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
