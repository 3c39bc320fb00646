import type { AccessRow } from '../../support/access';

/** Access rows for the tracking logs and merging routes (see access-control.test.ts). */
export const trackingAccessRows: AccessRow[] = [];
