import { inviteAcceptInputSchema, type inviteInfoSchema, minPasswordLength, needsPhoneLogin } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { type ApiError, api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { FormFooter } from '../shared/form-footer';
import { formatDateTime } from '../shared/format';
import { PasswordField } from '../shared/password-field';
import { ResourceView } from '../shared/resource-view';
import type { Parsed } from '../shared/schema-types';
import { type LoginResult, useSession } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { confirmationMismatch } from './password-confirmation';
import { ResetCodeEntry } from './reset-code-entry';

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
  // Leaders and members sign in with their phone; desktop roles may choose a username instead.
  const isPhoneLogin = needsPhoneLogin(invite.role);
  const form = useSchemaForm(
    inviteAcceptInputSchema,
    { phone: '', username: '', password: '', confirmation: '' },
    {
      toInput: ({ phone, username, password }) => ({
        phone: phone || (isPhoneLogin ? '' : undefined),
        username: username || undefined,
        password,
        locale,
      }),
      check: ({ password, confirmation }, found) => confirmationMismatch(t, password, confirmation, found.password),
      send: (data) =>
        api.post<LoginResult>(`/api/invites/${encodeURIComponent(code)}/accept`, data, { anonymous: true }),
      onSaved: (result) => {
        signIn(result);
        onAccepted(result.user.homePath);
      },
    },
  );

  return (
    <>
      <p className="greeting">{t('invite.greeting', { name: invite.displayName })}</p>
      <p className="lead" data-testid="invite-organization">
        {invite.organizationName
          ? t('invite.body', { organization: invite.organizationName, role: t(`role.${invite.role}`) })
          : invite.scopeName
            ? t('invite.bodyScope', { scope: invite.scopeName, role: t(`role.${invite.role}`) })
            : t('invite.bodyDeployment', { role: t(`role.${invite.role}`) })}
      </p>
      <p className="muted">{t('invite.expires', { date: formatDateTime(invite.expiresAt, locale) })}</p>
      <form className="form" data-testid="invite-form" noValidate onSubmit={form.onSubmit}>
        {!isPhoneLogin && <p className="muted">{t('invite.phoneOrUsername')}</p>}
        <TextField
          label={isPhoneLogin ? t('invite.phone') : t('invite.phoneOptional')}
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          {...form.field('phone')}
          required={isPhoneLogin}
          // 11 digits: the schema's pattern, which no .max() states.
          maxLength={11}
          hint={t('invite.phoneHint')}
          testId="invite-phone"
        />
        {!isPhoneLogin && (
          <TextField
            label={t('invite.username')}
            name="username"
            autoComplete="username"
            {...form.field('username')}
            hint={t('invite.usernameHint')}
            testId="invite-username"
          />
        )}
        <PasswordField
          label={t('invite.password')}
          name="password"
          autoComplete="new-password"
          {...form.field('password')}
          hint={t('invite.passwordHint', { min: minPasswordLength })}
          testId="invite-password"
        />
        <PasswordField
          label={t('invite.confirm')}
          name="confirmation"
          autoComplete="new-password"
          {...form.field('confirmation')}
          required
          testId="invite-confirm"
        />
        {form.failureCode === 'invite.used' && (
          <Link className="button button--secondary button--block" to="/login">
            {t('invite.goToLogin')}
          </Link>
        )}
        <FormFooter
          state={form}
          label={t('invite.submit')}
          savingLabel={t('invite.submitting')}
          savedLabel=""
          testId="invite-submit"
          isBlock
        />
      </form>
      {/* Never takes over the account: the way back in is a reset code from the social worker. */}
      {form.failureCode === 'account.login_taken' && (
        <section className="card" data-testid="invite-phone-taken">
          <p>{t('invite.phoneTaken')}</p>
          <ResetCodeEntry />
          <Link className="button button--secondary button--block" to="/login">
            {t('invite.goToLogin')}
          </Link>
        </section>
      )}
    </>
  );
}
