import { loginInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { safeNextPath } from '../shared/layout';
import { SessionPending } from '../shared/network-retry';
import { PasswordField } from '../shared/password-field';
import { type LoginResult, useSession } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * Phone number or username, and a password (显示密码 shows it). One column, big targets: it is
 * opened on phones too. 忘记密码？ explains the reset code a social worker gives.
 */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const { user, signIn } = useSession();
  const [searchParams] = useSearchParams();
  const form = useSchemaForm(
    loginInputSchema,
    { login: '', password: '' },
    {
      send: (data) => api.post<LoginResult>('/api/auth/login', data, { anonymous: true }),
      // The session change re-renders this page into a redirect to `next` or the home path.
      onSaved: signIn,
    },
  );

  if (user === undefined) return <SessionPending />;
  if (user) return <Navigate to={safeNextPath(searchParams.get('next')) ?? user.homePath} replace />;

  return (
    <section className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <form className="form" data-testid="login-form" noValidate onSubmit={form.onSubmit}>
        <TextField
          label={t('login.login')}
          name="login"
          {...form.field('login')}
          autoComplete="username"
          testId="login-login"
        />
        <PasswordField
          label={t('login.password')}
          name="password"
          {...form.field('password')}
          autoComplete="current-password"
          testId="login-password"
        />
        <FormFooter
          state={form}
          label={t('login.submit')}
          savingLabel={t('login.submitting')}
          savedLabel=""
          testId="login-submit"
          isBlock
        />
      </form>
      {/* The wrong-password answer says how many tries are left (the server counts them). */}
      <Link className="button button--link" to="/reset" data-testid="login-forgot">
        {t('login.forgot')}
      </Link>
      <p className="muted">{t('login.noAccount')}</p>
    </section>
  );
}
