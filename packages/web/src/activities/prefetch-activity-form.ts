import type { OrganizationDetail } from '@seedbed/core';
import { useEffect } from 'react';
import { loadMessages } from '../i18n';
import { useUser } from '../shared/session';
import { rememberOrganization } from './last-seen-organization';

/**
 * On the team's own page (leader, deputy, member), the activity form is fetched at once — its
 * chunk with what it imports, and its 'activities' strings — and the team is remembered for it, so
 * 记录活动 opens even when the signal is lost before the tap (issue 16). A failure is ignored: the
 * form's route tries again when it is opened.
 */
export function usePrefetchActivityForm(organization: OrganizationDetail, isOwnTeam: boolean): void {
  const { id: viewerId } = useUser();
  useEffect(() => {
    if (!isOwnTeam) return;
    rememberOrganization(organization, viewerId);
    import('./activity-form-page').catch(() => undefined);
    loadMessages(['activities']).catch(() => undefined);
  }, [organization, isOwnTeam, viewerId]);
}
