import { minPasswordLength, type passwordResetInfoSchema, passwordResetUseInputSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { FormFooter } from '../shared/form-footer';
import { formatDateTime } from '../shared/format';
import { PasswordField } from '../shared/password-field';
import { ResourceView } from '../shared/resource-view';
import type { Parsed } from '../shared/schema-types';
import { type LoginResult, useSession } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { confirmationMismatch } from './password-confirmation';

type ResetInfo = Parsed<typeof passwordResetInfoSchema>;

/**
 * /reset/<code>: opened from the link or QR code a social worker gave, or after typing the code.
 * Whose account it is, then a new password typed twice; setting it signs the person in and takes
 * them home. A code that is wrong, used or expired says so and offers to type another.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwords.reset.title'));
  const { code = '' } = useParams();
  const { resource, reload } = useResource<ResetInfo>(`/api/password-resets/${encodeURIComponent(code)}`, {
    anonymous: true,
  });
  const [home, setHome] = useState<string | null>(null);
  if (home) return <Navigate to={home} replace />;

  return (
    <section className="page page--narrow">
      <h1>{t('passwords.reset.title')}</h1>
      {resource.status === 'error' && resource.error.status >= 400 && resource.error.status < 500 ? (
        <Unusable message={resource.error.message} />
      ) : (
        <ResourceView resource={resource} onRetry={reload}>
          {(reset) => <NewPasswordForm code={code} reset={reset} onDone={setHome} />}
        </ResourceView>
      )}
    </section>
  );
}

/** The server's message says what to do (check the code, ask for a new one, or log in). */
function Unusable({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorNotice message={message} />
      <Link className="button button--primary button--block" to="/reset" data-testid="reset-try-another">
        {t('passwords.reset.tryAnother')}
      </Link>
      <Link className="button button--secondary button--block" to="/login">
        {t('passwords.reset.goToLogin')}
      </Link>
    </>
  );
}

function NewPasswordForm({ code, reset, onDone }: { code: string; reset: ResetInfo; onDone: (home: string) => void }) {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const form = useSchemaForm(
    passwordResetUseInputSchema,
    { password: '', confirmation: '' },
    {
      toInput: ({ password }) => ({ password }),
      check: ({ password, confirmation }, found) => confirmationMismatch(t, password, confirmation, found.password),
      send: (data) =>
        api.post<LoginResult>(`/api/password-resets/${encodeURIComponent(code)}/use`, data, { anonymous: true }),
      onSaved: (result) => {
        signIn(result);
        onDone(result.user.homePath);
      },
    },
  );
  return (
    <>
      <p className="greeting">{t('passwords.reset.greeting', { name: reset.displayName })}</p>
      <p className="lead" data-testid="reset-login">
        {t('passwords.reset.login', { login: reset.login })}
      </p>
      <p className="muted">
        {t('passwords.reset.expires', { date: formatDateTime(reset.expiresAt, currentLocale()) })}
      </p>
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="reset-form">
        <PasswordField
          label={t('passwords.reset.password')}
          name="password"
          autoComplete="new-password"
          {...form.field('password')}
          hint={t('passwords.reset.passwordHint', { min: minPasswordLength })}
          testId="reset-password"
        />
        <PasswordField
          label={t('passwords.reset.confirm')}
          name="confirmation"
          autoComplete="new-password"
          {...form.field('confirmation')}
          required
          testId="reset-confirm"
        />
        {(form.failureCode === 'password_reset.used' || form.failureCode === 'password_reset.expired') && (
          <Link className="button button--secondary button--block" to="/reset">
            {t('passwords.reset.tryAnother')}
          </Link>
        )}
        <FormFooter
          state={form}
          label={t('passwords.reset.submit')}
          savingLabel={t('passwords.reset.submitting')}
          savedLabel=""
          testId="reset-submit"
          isBlock
        />
      </form>
    </>
  );
}
