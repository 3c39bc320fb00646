import type { AccessRow } from '../../support/access';

/** Access rows for the printable PDFs routes (see access-control.test.ts). */
export const documentsAccessRows: AccessRow[] = [];
