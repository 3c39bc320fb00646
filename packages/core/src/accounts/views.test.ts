import { describe, expect, it } from 'vitest';
import type { AccountSummary } from './manage-schemas';
import { accountAsSeenBy } from './views';

const account: AccountSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  displayName: '袁燕',
  username: null,
  phone: '13560070100',
  role: 'organization_leader',
  scopeKind: 'organization',
  scopeId: '00000000-0000-4000-8000-000000000002',
  scopeName: '夕阳红舞蹈队',
  createdAt: '2026-06-01T00:00:00.000Z',
  lastSignedInAt: null,
  lastSeenAt: null,
  deactivatedAt: null,
};

describe('an account as a role sees it', () => {
  it('shows the phone whole to those who may read contact details, masked to anyone else', () => {
    expect(accountAsSeenBy('incubator_staff', account).phone).toBe('13560070100');
    expect(accountAsSeenBy('admin', account).phone).toBe('13560070100');
    expect(accountAsSeenBy('incubator_assistant', account).phone).toBe('135****0100');
  });
});
