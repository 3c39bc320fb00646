import type { AccessRow } from '../../support/access';

/** Access rows for the coaching sessions, cultivation plans and workload routes (see access-control.test.ts). */
export const coachingAccessRows: AccessRow[] = [];
