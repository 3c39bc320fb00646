import { useTranslation } from 'react-i18next';

/** A failure the user can read: the server's (already localised) message, and a retry if useful. */
export function ErrorNotice({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert" data-testid="error">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
