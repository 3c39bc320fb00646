import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './document-title';

/** 403: shown instead of the data when the server refuses (e.g. a member of another street). */
export function ForbiddenPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.forbiddenTitle'));
  return (
    <section className="status-page" data-testid="forbidden" role="alert">
      <h1>{t('errors.forbiddenTitle')}</h1>
      <p>{message ?? t('errors.forbiddenBody')}</p>
      <Link className="button button--secondary" to="/">
        {t('common.backHome')}
      </Link>
    </section>
  );
}

/** 404: an unknown route, or a record the server does not know. */
export function NotFoundPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundTitle'));
  return (
    <section className="status-page" data-testid="not-found" role="alert">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{message ?? t('errors.notFoundBody')}</p>
      <Link className="button button--secondary" to="/">
        {t('common.backHome')}
      </Link>
    </section>
  );
}
