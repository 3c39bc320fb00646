import type { Role } from '../shared/roles';

/** Photos, the video clip and sheet photos of activities: what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const mediaPermissions = {
  /** See and download the files: whoever may read the activity (activity.read). */
  'activity.media.read': [
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
   * The organization's side: photos, the clip and the sheet photos of its record. Whoever may
   * record the activity (activity.record): its leader, staff, admin.
   */
  'activity.media.upload': ['admin', 'incubator_staff', 'organization_leader'],
  /** Photos of a staff tracking log: staff and assistants (assistants record the logs). */
  'activity.media.upload_tracking': ['admin', 'incubator_staff', 'incubator_assistant'],
  /**
   * Caption, order and removal. The role may try; `mayChangeMedia` (media-rules.ts) then decides
   * per file: staff and admin any, an assistant their own uploads, a leader the organization's side.
   */
  'activity.media.change': ['admin', 'incubator_staff', 'incubator_assistant', 'organization_leader'],
} as const satisfies Record<string, readonly Role[]>;
