import { type inviteCreatedSchema, inviteCreateInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { CopyLink } from '../shared/copy-link';
import { FormFooter } from '../shared/form-footer';
import { formatDateTime } from '../shared/format';
import type { Parsed } from '../shared/schema-types';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

type InviteCreated = Parsed<typeof inviteCreatedSchema>;

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
    <section className="card" aria-labelledby="invite-leader-title" data-testid="invite-leader">
      <h2 id="invite-leader-title">{t('inviteLeader.title')}</h2>
      <p className="muted">{t('inviteLeader.intro')}</p>
      <form className="form" noValidate onSubmit={form.onSubmit}>
        <TextField
          label={t('inviteLeader.name')}
          name="displayName"
          autoComplete="off"
          {...form.field('displayName')}
          testId="invite-leader-name"
        />
        {/* The link below is what a save leaves: no "saved" beside the button. */}
        <FormFooter
          state={form}
          label={t('inviteLeader.submit')}
          savingLabel={t('inviteLeader.submitting')}
          savedLabel=""
          testId="invite-leader-submit"
        />
      </form>
      {created && <InviteLink path={created.path} expiresAt={created.expiresAt} />}
      {/* An invite never takes over an existing account: someone who only forgot the password gets a reset. */}
      <p className="muted">
        {t('inviteLeader.hasAccount')}{' '}
        <Link to="/accounts/reset" data-testid="invite-leader-reset-instead">
          {t('inviteLeader.resetInstead')}
        </Link>
      </p>
    </section>
  );
}

function InviteLink({ path, expiresAt }: { path: string; expiresAt: string }) {
  const { t } = useTranslation();
  return (
    <div className="invite-link" role="status">
      <CopyLink label={t('inviteLeader.link')} link={`${window.location.origin}${path}`} testId="invite-link" />
      <p className="muted">{t('inviteLeader.expires', { date: formatDateTime(expiresAt, currentLocale()) })}</p>
    </div>
  );
}
