import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';

/** Access rows for account management (issue 15; see access-control.test.ts). */

/**
 * A fresh account of the main street's residents' committee, made straight in the table for each
 * call (a deactivation must never touch a demo login the other rows sign in as), with a phone of
 * its own that belongs to no resident: the personal-data scan then meets an account's phone.
 */
async function communityAccount({ db, ids, n }: AccessContext, deactivated: boolean): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('users')
    .values({
      id,
      username: `committee-${n}`,
      phone: `1360000${String(n).padStart(4, '0')}`,
      display_name: `居委会干事 ${n}`,
      role: 'community_official',
      scope_kind: 'community',
      scope_id: ids.homeCommunityId,
      deactivated_at: deactivated ? new Date('2026-06-01T00:00:00Z') : null,
    })
    .execute();
  return id;
}

export const accountsAccessRows: AccessRow[] = [
  {
    name: 'invite a community official of the main street',
    route: 'POST /api/invites',
    call: (c, { ids }) =>
      c.post('/api/invites', {
        role: 'community_official',
        scopeKind: 'community',
        scopeId: ids.homeCommunityId,
        displayName: '新的居委会干事',
      }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'invite a funder for the whole deployment (admin only)',
    route: 'POST /api/invites',
    call: (c) => c.post('/api/invites', { role: 'funder', scopeKind: 'deployment', displayName: '新的基金会' }),
    expect: all(403, { admin: 201 }),
  },
  {
    name: 'deactivate an account of the main street',
    route: 'POST /api/accounts/{id}/deactivate',
    call: async (c, context) => c.post(`/api/accounts/${await communityAccount(context, false)}/deactivate`),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'reactivate an account of the main street',
    route: 'POST /api/accounts/{id}/reactivate',
    call: async (c, context) => c.post(`/api/accounts/${await communityAccount(context, true)}/reactivate`),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'the accounts page (its phones are checked by the scan)',
    route: 'GET /api/accounts',
    call: (c) => c.get('/api/accounts'),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'the accounts page, one role',
    route: 'GET /api/accounts',
    call: (c) => c.get('/api/accounts?role=organization_leader'),
    expect: all(403, { admin: 200, staff: 200 }),
  },
];
