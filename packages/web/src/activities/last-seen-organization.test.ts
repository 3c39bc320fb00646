import type { OrganizationDetail } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../shared/api';
import { orLastSeen, rememberOrganization } from './last-seen-organization';

const team = { id: 'org-1', name: '夕阳红舞蹈队' } as OrganizationDetail;
const fresh = { ...team, name: '夕阳红舞蹈队（新）' } as OrganizationDetail;

describe('the team the activity form opens with', () => {
  rememberOrganization(team, 'leader-1');

  it('is the team as its page showed it while the form’s own copy loads, or when the network is gone', () => {
    expect(orLastSeen({ status: 'loading' }, 'org-1', 'leader-1')).toEqual({ status: 'ready', data: team });
    const offline = new ApiError(0, 'client.network', '网络不通');
    expect(orLastSeen({ status: 'error', error: offline }, 'org-1', 'leader-1')).toEqual({
      status: 'ready',
      data: team,
    });
  });

  it('is the fresh copy once it arrives, and the server’s refusal when it refuses', () => {
    expect(orLastSeen({ status: 'ready', data: fresh }, 'org-1', 'leader-1')).toEqual({ status: 'ready', data: fresh });
    const forbidden = { status: 'error', error: new ApiError(403, 'auth.forbidden', '无权查看') } as const;
    expect(orLastSeen(forbidden, 'org-1', 'leader-1')).toBe(forbidden);
  });

  it('is nothing for a team this tab has not shown, nor for someone else signed in on the same phone', () => {
    expect(orLastSeen({ status: 'loading' }, 'org-2', 'leader-1')).toEqual({ status: 'loading' });
    const offline = { status: 'error', error: new ApiError(0, 'client.network', '网络不通') } as const;
    expect(orLastSeen(offline, 'org-1', 'staff-7')).toBe(offline);
  });
});
