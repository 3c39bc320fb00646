import type { Role } from '../shared/roles';

/** Publicity drafts (活动信息稿), share pages, posters and the feed across organizations: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const publicityPermissions = {
  /**
   * The feed across organizations and whether an activity has a draft: whoever reads activities.
   * Experts review proposals, not activity records. The public pages need no permission.
   */
  'publicity.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
  ],
  /**
   * Make, edit, publish and unpublish a draft: the organization's leader (it is their record and
   * their voice), staff and admin. Assistants approve and publish nothing.
   */
  'publicity.edit': ['admin', 'incubator_staff', 'organization_leader'],
} as const satisfies Record<string, readonly Role[]>;
