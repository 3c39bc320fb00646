import type { Role } from '../shared/roles';

/** Volunteer service hours (志愿服务时长) and numbered certificates: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const volunteeringPermissions = {
  /**
   * A person's service record is personal: those who work with the organization read it (the
   * recorder's side, staff, the committee and street); funders and experts see figures elsewhere.
   * Members read their own through /api/me/volunteer-hours.
   */
  'volunteering.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'community_official',
    'street_official',
  ],
  /** The organization records its volunteers' hours (its leader); staff may too. */
  'volunteering.record': ['admin', 'incubator_staff', 'organization_leader'],
  /** Hours entered afterwards count only once staff confirm them. */
  'volunteering.confirm': ['admin', 'incubator_staff'],
  /**
   * Hours staff saw themselves at an activity they logged a tracking visit to (staff_observed) are
   * proven at once, so only staff record them — a leader enters hours afterwards, to be confirmed.
   */
  'volunteering.record_observed': ['admin', 'incubator_staff'],
  /** 谁记录谁证明: the recording organization's leader, or staff on its behalf. */
  'volunteering.certify': ['admin', 'incubator_staff', 'organization_leader'],
  /** Anyone with an account linked to a person sees their own record (民政部令第67号: 志愿者可查询). */
  'volunteering.own_record': [
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
} as const satisfies Record<string, readonly Role[]>;
