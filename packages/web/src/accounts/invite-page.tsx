import { inviteAcceptInputSchema, type inviteInfoSchema, minPasswordLength } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { type ApiError, api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import type { Parsed } from '../shared/schema-types';
import { type LoginResult, useSession } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';

type InviteInfo = Parsed<typeof inviteInfoSchema>;

/**
 * Opened from a link a social worker sent in WeChat, on a cheap phone: who invites whom, then a
 * phone number and a password. Accepting logs the person in and takes them to their home page.
 */
export function InvitePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('invite.title'));
  const { code = '' } = useParams();
  const { resource, reload } = useResource<InviteInfo>(`/api/invites/${encodeURIComponent(code)}`, {
    anonymous: true,
  });
  const [acceptedHome, setAcceptedHome] = useState<string | null>(null);

  if (acceptedHome) return <Navigate to={acceptedHome} replace />;

  return (
    <section className="page page--narrow">
      <h1>{t('invite.title')}</h1>
      {resource.status === 'error' && isUnavailable(resource.error) ? (
        <InviteUnavailable message={resource.error.message} />
      ) : (
        <ResourceView resource={resource} onRetry={reload}>
          {(invite) => <InviteForm code={code} invite={invite} onAccepted={setAcceptedHome} />}
        </ResourceView>
      )}
    </section>
  );
}

/** Unknown, expired (404 invite.invalid) or already used (409 invite.used). */
function isUnavailable(error: ApiError): boolean {
  return error.isNotFound || error.status === 409;
}

/** The server's message says what to do (ask for a new link, or log in); offer login too. */
function InviteUnavailable({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorNotice message={message} />
      <Link className="button button--secondary button--block" to="/login">
        {t('invite.goToLogin')}
      </Link>
    </>
  );
}

function InviteForm({
  code,
  invite,
  onAccepted,
}: {
  code: string;
  invite: InviteInfo;
  onAccepted: (homePath: string) => void;
}) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const locale = currentLocale();
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; isUsed: boolean } | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = inviteAcceptInputSchema.safeParse({ phone, password, locale });
    const nextErrors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues, t);
    if (!nextErrors.password && password !== confirmation) nextErrors.confirmation = t('validation.passwordMismatch');
    setErrors(nextErrors);
    if (!parsed.success || Object.keys(nextErrors).length > 0) return;

    setSubmitting(true);
    try {
      const result = await api.post<LoginResult>(`/api/invites/${encodeURIComponent(code)}/accept`, parsed.data, {
        anonymous: true,
      });
      signIn(result);
      onAccepted(result.user.homePath);
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure({ message: apiError.message, isUsed: apiError.code === 'invite.used' });
      setSubmitting(false);
    }
  }

  return (
    <>
      <p className="greeting">{t('invite.greeting', { name: invite.displayName })}</p>
      <p className="lead" data-testid="invite-organization">
        {t('invite.body', { organization: invite.organizationName, role: t(`role.${invite.role}`) })}
      </p>
      <p className="muted">{t('invite.expires', { date: formatDateTime(invite.expiresAt, locale) })}</p>
      <form className="form" data-testid="invite-form" noValidate onSubmit={submit}>
        <TextField
          label={t('invite.phone')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maxLength={11}
          value={phone}
          onChange={setPhone}
          hint={t('invite.phoneHint')}
          error={errors.phone}
          required
          testId="invite-phone"
        />
        <TextField
          label={t('invite.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          hint={t('invite.passwordHint', { min: minPasswordLength })}
          error={errors.password}
          required
          testId="invite-password"
        />
        <TextField
          label={t('invite.confirm')}
          name="confirmation"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          error={errors.confirmation}
          required
          testId="invite-confirm"
        />
        {failure && <ErrorNotice message={failure.message} />}
        {failure?.isUsed && (
          <Link className="button button--secondary button--block" to="/login">
            {t('invite.goToLogin')}
          </Link>
        )}
        <button
          type="submit"
          className="button button--primary button--block"
          data-testid="invite-submit"
          disabled={isSubmitting}
        >
          {isSubmitting ? t('invite.submitting') : t('invite.submit')}
        </button>
      </form>
    </>
  );
}
