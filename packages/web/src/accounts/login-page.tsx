import { loginInputSchema } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { safeNextPath } from '../shared/layout';
import { Loading } from '../shared/loading';
import { type LoginResult, useSession } from '../shared/session';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';

/** Phone number or username, and a password. One column, big targets: it is opened on phones too. */
export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const { user, signIn } = useSession();
  const [searchParams] = useSearchParams();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  if (user === undefined) return <Loading />;
  if (user) return <Navigate to={safeNextPath(searchParams.get('next')) ?? user.homePath} replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = loginInputSchema.safeParse({ login, password });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const result = await api.post<LoginResult>('/api/auth/login', parsed.data, { anonymous: true });
      // The session change re-renders this page into a redirect to `next` or the home path.
      signIn(result);
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      setSubmitting(false);
    }
  }

  return (
    <section className="page page--narrow">
      <h1>{t('login.title')}</h1>
      <p className="lead">{t('login.intro')}</p>
      <form className="form" data-testid="login-form" noValidate onSubmit={submit}>
        <TextField
          label={t('login.login')}
          name="login"
          value={login}
          onChange={setLogin}
          autoComplete="username"
          error={errors.login}
          required
          testId="login-login"
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          error={errors.password}
          required
          testId="login-password"
        />
        {failure && <ErrorNotice message={failure} />}
        <button
          type="submit"
          className="button button--primary button--block"
          data-testid="login-submit"
          disabled={isSubmitting}
        >
          {isSubmitting ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      <p className="muted">{t('login.noAccount')}</p>
    </section>
  );
}
