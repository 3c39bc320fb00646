import type { AccessRow } from '../../support/access';

/** Access rows for the activity photos, video and sheet photos routes (see access-control.test.ts). */
export const mediaAccessRows: AccessRow[] = [];
