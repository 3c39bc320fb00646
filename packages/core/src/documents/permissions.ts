import type { Role } from '../shared/roles';

/** Printable documents: the sign-in sheet, the activity record sheet and certificates (PDF): what each role may do, inside its scope (core/src/permissions.ts gathers these). */
export const documentPermissions = {
  /**
   * The sign-in and record sheets print for anyone who may read the activity (the same roles as
   * `activity.read`): the leader prints them for the next session, staff for a team without a
   * printer, an official for a joint activity. They show no residents' data, only blank rows.
   */
  'document.activity_sheets.print': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
    'funder',
  ],
} as const satisfies Record<string, readonly Role[]>;
