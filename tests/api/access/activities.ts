import type { AccessRow } from '../../support/access';

/** Access rows for the activities routes (see access-control.test.ts). */
export const activitiesAccessRows: AccessRow[] = [];
