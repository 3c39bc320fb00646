import type { AccessRow } from '../../support/access';

/** Access rows for the publicity drafts, share pages and the feed routes (see access-control.test.ts). */
export const publicityAccessRows: AccessRow[] = [];
