import type { AccessRow } from '../../support/access';

/** Access rows for the organizations routes added after the foundation (see access-control.test.ts). */
export const organizationsAccessRows: AccessRow[] = [];
