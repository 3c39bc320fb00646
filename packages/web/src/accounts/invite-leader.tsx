import { inviteCreateInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../shared/api';
import { useSchemaForm } from '../shared/use-schema-form';
import { InviteCard } from './invite-card';
import type { InviteCreated } from './invite-link';

/**
 * Staff create an invitation for an organization's leader and send the link themselves (usually
 * in WeChat); Seedbed sends no messages. The leader opens it on a phone at /invite/<code>.
 */
export function InviteLeader({ organizationId, suggestedName }: { organizationId: string; suggestedName: string }) {
  const { t } = useTranslation();
  const [created, setCreated] = useState<InviteCreated | null>(null);
  const form = useSchemaForm(
    inviteCreateInputSchema,
    { displayName: suggestedName },
    {
      toInput: ({ displayName }) => ({ organizationId, role: 'organization_leader', displayName }),
      send: (data) => api.post<InviteCreated>('/api/invites', data),
      onSaved: setCreated,
    },
  );

  return (
    <InviteCard
      testId="invite-leader"
      title={t('inviteLeader.title')}
      intro={t('inviteLeader.intro')}
      nameLabel={t('inviteLeader.name')}
      nameField={form.field('displayName')}
      form={form}
      submitLabel={t('inviteLeader.submit')}
      submittingLabel={t('inviteLeader.submitting')}
      created={created}
    >
      {/* An invite never takes over an existing account: someone who only forgot the password gets a reset. */}
      <p className="muted">
        {t('inviteLeader.hasAccount')}{' '}
        <Link to="/accounts/reset" data-testid="invite-leader-reset-instead">
          {t('inviteLeader.resetInstead')}
        </Link>
      </p>
    </InviteCard>
  );
}
