import { type inviteCreatedSchema, inviteCreateInputSchema } from '@seedbed/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';
import type { Parsed } from '../shared/schema-types';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';

type InviteCreated = Parsed<typeof inviteCreatedSchema>;

/**
 * Staff create an invitation for an organization's leader and send the link themselves (usually
 * in WeChat); Seedbed sends no messages. The leader opens it on a phone at /invite/<code>.
 */
export function InviteLeader({ organizationId, suggestedName }: { organizationId: string; suggestedName: string }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(suggestedName);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<InviteCreated | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = inviteCreateInputSchema.safeParse({ organizationId, role: 'organization_leader', displayName });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      setCreated(await api.post<InviteCreated>('/api/invites', parsed.data));
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="invite-leader-title" data-testid="invite-leader">
      <h2 id="invite-leader-title">{t('inviteLeader.title')}</h2>
      <p className="muted">{t('inviteLeader.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          label={t('inviteLeader.name')}
          name="displayName"
          autoComplete="off"
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
          required
          testId="invite-leader-name"
        />
        {failure && <ErrorNotice message={failure} />}
        <button
          type="submit"
          className="button button--primary"
          data-testid="invite-leader-submit"
          disabled={isSubmitting}
        >
          {isSubmitting ? t('inviteLeader.submitting') : t('inviteLeader.submit')}
        </button>
      </form>
      {created && <InviteLink path={created.path} expiresAt={created.expiresAt} />}
    </section>
  );
}

function InviteLink({ path, expiresAt }: { path: string; expiresAt: string }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const link = `${window.location.origin}${path}`;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      // No clipboard API (plain http, old WebViews): select the text so a long-press copies it.
      input.current?.select();
      setCopyState('manual');
    }
  }

  return (
    <div className="invite-link" role="status">
      <label htmlFor="invite-link-input">{t('inviteLeader.link')}</label>
      <div className="invite-link__row">
        <input
          id="invite-link-input"
          ref={input}
          readOnly
          value={link}
          data-testid="invite-link"
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--secondary" data-testid="invite-copy" onClick={copy}>
          {t('inviteLeader.copy')}
        </button>
      </div>
      {copyState === 'copied' && <p className="success">{t('inviteLeader.copied')}</p>}
      {copyState === 'manual' && <p className="muted">{t('inviteLeader.copyManually')}</p>}
      <p className="muted">{t('inviteLeader.expires', { date: formatDateTime(expiresAt, currentLocale()) })}</p>
    </div>
  );
}
