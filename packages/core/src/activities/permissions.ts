import type { Role } from '../shared/roles';

/** Activities: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const activityPermissions = {
  /**
   * Members read their organization's activities; officials and funders read those in their scope;
   * assistants read (they will record tracking logs against them). Experts review proposals, not
   * activity records.
   */
  'activity.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
  ],
  /** The organization records its own activities (its leader, from a phone); staff may too. */
  'activity.record': ['admin', 'incubator_staff', 'organization_leader'],
  /** Announcing ahead (预告) is the organization's, like recording. */
  'activity.plan': ['admin', 'incubator_staff', 'organization_leader'],
  /**
   * Who took part, gave feedback, recorded it and sent its photos — residents' names: whoever
   * reads the activity except funders, who check that it is real by its figures and evidence
   * (README: "without residents' names").
   */
  'activity.people.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
  ],
  /** Residents' names from self sign-in: those who work with the organization, not funders. */
  'activity.sign_ins.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'community_official',
    'street_official',
  ],
} as const satisfies Record<string, readonly Role[]>;
