import type { Role } from '../shared/roles';

/**
 * The team's cash book 账本 (issue 17): what each role may do, inside its scope (core/src/permissions.ts
 * gathers these). Writing it is `organization.money.keep` (the treasurer 财务 by team role, staff).
 */
export const booksPermissions = {
  /**
   * Reading the book and its statement is 财务公开 (seed 000): the whole team — its leader, deputy and
   * members — sees where the money went, and so do staff who coach it and the officials whose
   * community it serves (共建资金 is the community's money). Funders and experts see figures elsewhere.
   */
  'books.read': [
    'admin',
    'incubator_staff',
    'incubator_assistant',
    'organization_leader',
    'organization_member',
    'community_official',
    'street_official',
  ],
  /** Staff get the whole book as a sheet for their files and the funder's audit. */
  'books.export': ['admin', 'incubator_staff'],
  /**
   * Confirming one's side of a treasurer handover 交接: the outgoing and the incoming member each from
   * their own phone (the store checks it is their side), or staff on behalf of one who cannot.
   */
  'books.handover.confirm': ['admin', 'incubator_staff', 'organization_leader', 'organization_member'],
} as const satisfies Record<string, readonly Role[]>;
