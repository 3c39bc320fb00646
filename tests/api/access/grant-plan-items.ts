import type { AccessRow } from '../../support/access';
import { all } from '../../support/access';

/**
 * Access rows for plan items (计划内, see access-control.test.ts): the list the activity form picks
 * from is the team's approved plan — the demo's 夕阳红舞蹈队 has an approved proposal in round two —
 * read by whoever reads the team's proposals. Titles of a plan, no one's name: the personal-data scan
 * checks that it stays so.
 */
export const grantPlanItemsAccessRows: AccessRow[] = [
  {
    name: 'the main team’s plan items',
    route: 'GET /api/organizations/{id}/plan-items',
    call: (c, ctx) => c.get(`/api/organizations/${ctx.ids.organizationId}/plan-items`),
    expect: all(403, {
      admin: 200,
      staff: 200,
      assistant: 200,
      official: 200,
      street: 200,
      funder: 200,
      expert: 200,
      leader: 200,
      member: 200,
    }),
  },
];
