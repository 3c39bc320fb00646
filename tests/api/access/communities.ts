import type { AccessRow } from '../../support/access';

/** Access rows for the communities routes added after the foundation (see access-control.test.ts). */
export const communitiesAccessRows: AccessRow[] = [];
