import type { AccessRow } from '../../support/access';

/** Access rows for the volunteer hours and certificates routes (see access-control.test.ts). */
export const volunteeringAccessRows: AccessRow[] = [];
