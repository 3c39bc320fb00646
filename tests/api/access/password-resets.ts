import type { AccessRow } from '../../support/access';
import { all } from '../../support/access';

/**
 * Access rows for getting back in (reset codes, changing one's password; see access-control.test.ts).
 * Issuing a reset writes only a new code for the account (its password stays), so rows may issue
 * for the demo's own logins; changing a password is called with a wrong current one, which changes
 * nothing and keeps every login's session.
 */
export const passwordResetAccessRows: AccessRow[] = [
  {
    name: 'issue a password reset for the main organization’s member',
    route: 'POST /api/password-resets',
    call: (c) => c.post('/api/password-resets', { login: 'member' }),
    expect: all(403, { admin: 201, staff: 201 }),
  },
  {
    name: 'issue a password reset for the other street’s leader',
    route: 'POST /api/password-resets',
    // Out of the staff member's street: answered like an account that does not exist.
    call: (c) => c.post('/api/password-resets', { login: 'leader2' }),
    expect: all(403, { admin: 201, staff: 404 }),
  },
  {
    name: 'read a password reset (public)',
    route: 'GET /api/password-resets/{code}',
    call: (c) => c.get('/api/password-resets/NOSUCHCODE'),
    expect: all(404, { anonymous: 404 }),
  },
  {
    name: 'use a password reset (public)',
    route: 'POST /api/password-resets/{code}/use',
    call: (c) => c.post('/api/password-resets/NOSUCHCODE/use', { password: 'long enough' }),
    expect: all(404, { anonymous: 404 }),
  },
  {
    name: 'change one’s password (a wrong current one changes nothing)',
    route: 'POST /api/auth/password',
    call: (c) => c.post('/api/auth/password', { currentPassword: 'not the password', newPassword: 'long enough' }),
    expect: all(400, { anonymous: 401 }),
  },
];
