import type { AccessRow } from '../../support/access';

/** Access rows for the people routes added after the foundation (see access-control.test.ts). */
export const peopleAccessRows: AccessRow[] = [];
