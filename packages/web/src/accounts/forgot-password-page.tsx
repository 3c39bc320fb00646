import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResetCodeEntry } from './reset-code-entry';

/** 忘记密码？ from the login page: there is no SMS; the social worker gives a reset code, typed here. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('passwords.forgot.title'));
  return (
    <section className="page page--narrow">
      <h1>{t('passwords.forgot.title')}</h1>
      <p className="lead">{t('passwords.forgot.body')}</p>
      <ResetCodeEntry />
      <p className="muted">{t('passwords.forgot.hasLink')}</p>
      <Link className="button button--secondary button--block" to="/login">
        {t('passwords.reset.goToLogin')}
      </Link>
    </section>
  );
}
